"""Identifier rules, each as a specification: what is blocked, what is only flagged, what is left alone."""

import pytest

from irsocial.postsafety.identifiers import RULES, find_identifiers, has_blocking


def found(text):
    return [(f.rule, f.severity, f.text) for f in find_identifiers(text)]


def blocked_rules(text):
    return {f.rule for f in find_identifiers(text) if f.severity == "block"}


# --- names ---------------------------------------------------------------------------------


def test_titled_patient_name_is_blocked():
    assert ("name", "block", "Mrs Okafor") in found("Mrs Okafor had a TACE.")


def test_initials_of_a_patient_are_blocked():
    assert ("name", "block", "J.D.") in found("Patient J.D. presented with hemoptysis.")


def test_given_name_in_a_patient_sentence_is_blocked():
    assert ("name", "block", "Maria") in found("Maria, 54, presented with melena.")


def test_clinicians_own_names_are_not_flagged():
    assert found("Great talk by Dr Ana Ruiz at CIRSE. Thanks to Maria Lopez for the slides!") == []


def test_citation_initials_are_not_flagged():
    assert found("Smith J.D., Jones K. et al. showed this in 2019.") == []


def test_account_handles_are_not_flagged():
    assert found("Follow @IR_Juniors and @ETF_IRtrainees for cases.") == []


# --- dates and ages -------------------------------------------------------------------------


@pytest.mark.parametrize("date", ["03/14/2026", "14.03.2026", "2026-03-14", "3rd March", "Feb 3, 2026", "14 March"])
def test_date_in_a_patient_sentence_is_blocked_in_any_format(date):
    assert ("date", "block", date) in found(f"She was admitted on {date} with a GI bleed.")


def test_relative_date_in_a_patient_sentence_is_blocked():
    assert ("relative_date", "block", "last Tuesday") in found("The patient came in last Tuesday with hemoptysis.")


def test_conference_date_is_not_flagged():
    assert found("CIRSE 2026 runs 12-16 September; abstract deadline 3 March.") == []


def test_date_with_no_context_is_left_for_review():
    assert found("Follow-up 14/03/2026.") == [("date", "review", "14/03/2026")]


def test_years_alone_are_not_flagged():
    assert found("Since 2015 we have done 400 cases; in 2019 the trial ended.") == []


def test_age_over_89_is_blocked():
    assert ("age_over_89", "block", "92") in found("A 92-year-old woman with a bleeding duodenal ulcer.")
    assert ("age_over_89", "block", "95") in found("Our patient (aged 95) did well.")


def test_ages_89_and_under_are_not_flagged():
    assert found("An 89-year-old and a 67-year-old man, both treated with GAE.") == []


def test_grouped_age_90_or_older_is_allowed():
    assert found("Patients aged 90+ did as well as younger ones.") == []


# --- numbers and contact details ------------------------------------------------------------


@pytest.mark.parametrize(
    "text,value",
    [
        ("MRN 00482913: splenic bleed, coiled.", "00482913"),
        ("Accession number ACC554120 for the CT.", "ACC554120"),
        ("Stent serial no. SN4471920 noted.", "SN4471920"),
        ("Insurance no. 88213377 on the form.", "88213377"),
        ("Licence plate AB12CDE in the car park.", "AB12CDE"),
    ],
)
def test_record_device_and_vehicle_numbers_are_blocked(text, value):
    assert ("record_number", "block", value) in found(text)


def test_phone_number_of_a_patients_family_is_blocked():
    assert ("phone", "block", "07700 900123") in found("Her son asked us to call him on 07700 900123.")


def test_fax_number_is_flagged():
    assert any(rule == "phone" for rule, _s, _t in found("Fax referrals to 020 7946 0958."))


def test_email_is_flagged_and_blocked_in_a_patient_sentence():
    assert ("email", "block", "anna.k@example.com") in found("The patient's daughter wrote from anna.k@example.com.")
    assert ("email", "review", "me@example.org") in found("Questions? me@example.org")


def test_street_address_and_postcodes_are_blocked():
    rules = blocked_rules("He lives at 12 Mill Lane, postcode KT12 4QB; her old ZIP code 94110.")
    assert {"street_address", "postcode"} <= rules


def test_small_town_tied_to_the_patient_is_blocked():
    assert ("place", "block", "Oakhurst Vale") in found("A farmer from Oakhurst Vale with a renal AVM.")


def test_country_or_large_region_is_not_flagged():
    assert found("A patient from Greece with a renal AVM was treated in Germany.") == []


def test_url_to_a_patients_study_and_dicom_uid_are_blocked():
    assert "url" in blocked_rules("Images: https://pacs.example.org/viewer?study=1.2.840.1234.5.6.7")
    assert "dicom_uid" in blocked_rules("Study UID 1.2.840.113619.2.55.3.604688119.971 if you want it.")


def test_ordinary_links_and_dois_are_not_flagged():
    assert found("Read it at https://www.cirse.org/education or doi:10.1148/rg.220157.") == []


def test_social_security_and_national_health_numbers_are_blocked():
    assert "national_id" in blocked_rules("SSN 123-45-6789 was on the referral.")
    assert "national_id" in blocked_rules("Patient's NHS number 943 476 5919 is on the request.")


def test_ip_address_is_blocked():
    assert "ip_address" in blocked_rules("The workstation 192.168.10.24 had her images.")


def test_unique_detail_is_left_for_review():
    assert ("rare_detail", "review", "first case") in found("The first case in our town of this anomaly.")


# --- ordinary IR content --------------------------------------------------------------------


def test_device_sizes_doses_percentages_are_not_flagged():
    text = (
        '5 Fr sheath, 2.7 Fr microcatheter, 0.035" wire; 120 kVp, DAP 95 Gy·cm², fluoro 12 min; '
        "technical success 95% (n = 120); 300-500 µm particles; 3/4 patients improved."
    )
    assert found(text) == []


# --- the data ----------------------------------------------------------------------------


def test_every_finding_has_rule_severity_offsets_text_and_message():
    text = "Mrs Okafor, 93, MRN 00482913, admitted 14/03/2026."
    findings = find_identifiers(text)
    assert len(findings) == 4
    for f in findings:
        assert f.rule in RULES and f.severity in ("block", "review") and f.message
        assert text[f.start : f.end] == f.text
        assert set(f.to_dict()) == {"rule", "severity", "start", "end", "text", "message"}


def test_findings_are_sorted_and_do_not_overlap():
    findings = find_identifiers("Mr. Smith (93) lives at 12 Baker Street, London NW1 6XE, tel 020 7946 0958.")
    starts = [f.start for f in findings]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:]))


def test_empty_text_has_no_findings_and_non_text_is_refused():
    assert find_identifiers("") == []
    with pytest.raises(TypeError):
        find_identifiers(b"bytes")


def test_huge_text_is_handled_without_false_alarms():
    text = "A 67-year-old man, 5 Fr sheath, coiled. " * 5000
    assert not has_blocking(find_identifiers(text))


def test_messages_say_what_to_do_instead():
    (finding,) = [f for f in find_identifiers("A 94-year-old woman.") if f.rule == "age_over_89"]
    assert "90 or older" in finding.message and "nineties" not in finding.message


def test_name_with_apostrophe_or_label_is_blocked_but_patient_safety_week_is_not():
    assert ("name", "block", "Mrs O'Brien-Smith") in found("Mrs O'Brien-Smith had TACE.")
    assert ("name", "block", "Mrs. Garcia") in found("Mrs. Garcia's CT showed a bleed.")
    assert ("name", "block", "Smith") in found("Patient Smith in bed 14 needs a PICC.")
    assert found("Patient Safety Week starts Monday: join us.") == []


def test_today_in_a_case_post_is_left_for_review():
    assert found("Fascinating case from today's angio list.") == [("relative_date", "review", "today")]


def test_a_city_tied_to_the_patient_is_blocked_as_safe_harbor_requires():
    assert ("place", "block", "Boston") in found("Case from Boston: 58F with HCC, TACE done.")
