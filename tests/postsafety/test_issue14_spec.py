"""Issue 14 as a specification: the examples of its "Why", its precision cases, normalisation, no network."""

import socket

import pytest

from irsocial.postsafety.identifiers import find_identifiers, has_blocking


def blocks(text):
    return has_blocking(find_identifiers(text))


def rules(text, severity="block"):
    return {f.rule for f in find_identifiers(text) if f.severity == severity}


# --- "Each of these exits 0 today" -> each must now block ---------------------------------------


@pytest.mark.parametrize(
    "text,rule",
    [
        ("Age 92, EF 20%, massive PE, aspiration thrombectomy.", "age_over_89"),
        ("Heute eine 94-jährige Patientin (Frau Müller) embolisiert.", "age_over_89"),
        ("Heute eine 94-jährige Patientin (Frau Müller) embolisiert.", "name"),
        ("His car (plate 7ABC123) is blocking the IR entrance.", "record_number"),
        ("Link to the video of her procedure: drive.google.com/file/d/1xQz84AbCdEf/view", "url"),
        ("Fax the consent to (617) 555-0187 before the TACE.", "phone"),
    ],
)
def test_the_five_examples_of_the_issue_are_blocked(text, rule):
    assert rule in rules(text)


# --- "Other misses seen" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Okafor had a TACE.",
        "Frau Öztürk, Zustand nach TACE.",
        "Mrs. Pérez was embolised.",
        "Sig. Bianchi, embolizzato ieri.",
        "M. Dubois a été embolisé.",
        "κα Παπαδοπούλου, εμβολισμός σήμερα.",
        "Sra. Fernández ingresó con hemorragia.",
        "Dhr. de Vries is opgenomen.",
        "Patient Nakamura-Whitfield, GI bleed.",
    ],
)
def test_names_with_titles_in_every_language_and_any_alphabet(text):
    assert "name" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "She is 99yrs and still sharp.",
        "Happy birthday to our patient, 101!!!",
        "Patiente de 92 ans, embolisée.",
        "Paciente de 95 años con hemoptisis.",
        "Our centenarian patient did well after PAE.",
        "Una paziente di 96 anni.",
        "Patiënt van 93 jaar.",
        "Ασθενής 97 ετών.",
    ],
)
def test_ages_over_89_in_every_language(text):
    assert "age_over_89" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The patient came in on 3/14 with melena.",
        "She was admitted on the 12th.",
        "Admitted 14-Mar-2026.",
        "He was admitted 20260314 with a bleed.",
        "Die Patientin wurde am 14. März aufgenommen.",
        "Patiente admise le 14 mars.",
        "Paziente ricoverata il 14 marzo.",
        "Paciente ingresada el 14 de marzo.",
        "Ασθενής εισήχθη στις 14 Μαρτίου.",
        "The patient fell on Christmas Day.",
    ],
)
def test_dates_in_many_forms_and_languages(text):
    assert rules(text) & {"date", "relative_date"}


@pytest.mark.parametrize(
    "text",
    [
        "Call the daughter on +33 6 12 34 56 78.",
        "Her son: +49 89 4400 12345.",
        "Her husband's mobile 07700 900123.",
    ],
)
def test_international_phone_numbers(text):
    assert "phone" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "She lives near Galway, Eircode D02 X285.",
        "Her address: 221 Queen St, Toronto M5V 2T6.",
        "Woont op Dorpsstraat 12, 1234 AB Brembroek.",
        "Mora na Rua das Flores 12, 4050-262 Vila Seca.",
    ],
)
def test_postcodes_irish_canadian_and_european(text):
    assert rules(text) & {"postcode", "street_address"}


def test_links_without_a_scheme():
    assert "url" in rules("Her angio: pacs.example-hospital.org/viewer?study=55812")


@pytest.mark.parametrize(
    "text",
    [
        "Call her son on 07700\u200b900123.",  # zero-width space inside the number
        "MRN\u00a0004\u20118291\u20113 was on the slide.",  # no-break space and non-breaking hyphens
        "Mrs\u00a0Okafor had a TACE.",
        "Mrs Pe\u0301rez was embolised.",  # a combining accent typed separately
        "Mrs \uff2f\uff4b\uff41\uff46\uff4f\uff52, \uff19\uff13, TACE.",  # full-width letters and digits
    ],
)
def test_identifiers_split_by_invisible_characters_are_still_found_at_original_offsets(text):
    findings = find_identifiers(text)
    assert has_blocking(findings)
    for f in findings:
        assert text[f.start : f.end] == f.text


# --- precision: "a checker that cries wolf is switched off" --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SNIS 2026 abstract deadline is 15 March",
        "Early-bird registration 30 June",
        "outcomes in 12500 procedures",
        "Más de 10000 pacientes",
        "firmware 10.1.2.15",
        "Mr Patel (vascular surgery)",
        "Kudos to our fellows J.M. and S.K.",
        "A woman in her 70s with HCC, TACE done.",
        "5 Fr sheath, 2.7 Fr microcatheter, 120 Gy with Y-90.",
        "See doi:10.1016/j.jvir.2024.01.015, PMID 38123456.",
        "The PEITHO-3 trial (NCT04790370) randomised 650 patients.",
        "Read it at https://www.jvir.org/article/S1051-0443(24)00012-3/fulltext",
    ],
)
def test_clean_ir_posts_are_not_blocked(text):
    assert not blocks(text), find_identifiers(text)


def test_a_departments_phone_number_is_left_for_review_not_blocked():
    findings = find_identifiers("Our department phone for referrals is 020 7188 7188 (Mon-Fri 8-18).")
    assert [(f.rule, f.severity) for f in findings] == [("phone", "review")]


def test_an_unsupported_language_is_a_blocking_finding_never_a_silent_pass():
    findings = find_identifiers("Dzisiaj zembolizowaliśmy tętnicę u pacjentki z krwawieniem, wszystko poszło dobrze.")
    (language,) = [f for f in findings if f.rule == "language"]
    assert language.severity == "block" and "cannot read this language" in language.message


@pytest.mark.parametrize(
    "text",
    ["Dzisiaj embolizacja tętnicy", "Kiitos tiimille hyvästä työstä tänään", "Сегодня эмболизация", "今天做了栓塞"],
)
def test_short_posts_in_other_languages_or_scripts_are_blocked_too(text):
    assert "language" in rules(text)


def test_mixed_language_post_is_read():
    text = "Great case today! Heute eine 94-jährige Patientin, embolisiert. Merci à l'équipe."
    findings = find_identifiers(text)
    assert "age_over_89" in {f.rule for f in findings} and "language" not in {f.rule for f in findings}


def test_the_checker_runs_with_networking_disabled(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    import irsocial.postsafety.language as language

    language._identifier.cache_clear()  # load the language model again, offline
    texts = [
        "Mrs Okafor, 93, MRN 00482913, +33 6 12 34 56 78, drive.google.com/file/d/x1/view",
        "Сегодня выполнили эмболизацию артерии у пациентки.",
        "Dzisiaj zembolizowaliśmy tętnicę u pacjentki z krwawieniem, wszystko poszło dobrze.",
    ]
    assert all(has_blocking(find_identifiers(t)) for t in texts)


def test_the_post_checker_widget_shows_the_language_finding_and_the_covered_languages():
    pytest.importorskip("ipywidgets")
    from irsocial.course.widgets.postchecker import review_html
    from irsocial.postsafety.review import review_post

    page = review_html(
        review_post("Dzisiaj zembolizowaliśmy tętnicę u pacjentki z krwawieniem, wszystko poszło dobrze.")
    )
    assert "cannot read this language" in page and "Greek" in page
    page = review_html(review_post("Fax the consent to (617) 555-0187 before the TACE."))
    assert "Telephone or fax number" in page


def test_a_named_hospital_in_a_post_about_a_patient_blocks_but_not_in_a_bio_or_an_event():
    from irsocial.postsafety.identifiers import find_identifiers

    def blocked(text):
        return [f.text for f in find_identifiers(text) if f.severity == "block"]

    assert "St Brigid's Hospital" in blocked(
        "Embolized a splenic bleed in a 19-year-old cyclist at St Brigid's Hospital."
    )
    assert "Klinikum Nordstadt" in blocked("Heute eine 94-jährige Patientin im Klinikum Nordstadt embolisiert.")
    assert "Hôpital Lariboisière" in blocked("La patiente a été transférée à l'Hôpital Lariboisière hier soir.")
    assert any("City Trauma Centre" in t for t in blocked("Saved a young cyclist tonight at City Trauma Centre!"))
    assert blocked("IR fellow at Northbridge University Hospital. Views my own.") == []
    assert blocked("Great talk on GAE at St Brigid's Hospital grand rounds today.") == []
    assert blocked("Join us at the Royal Infirmary for the EBIR prep course on 3 May.") == []
