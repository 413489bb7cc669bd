from irsocial.course.chapters.ch02_professional_presence import checks as check
from irsocial.course.chapters.ch02_professional_presence.data import sample_profiles
from irsocial.course.chapters.ch02_professional_presence.profiles import (
    Profile,
    audit_profile,
    mentions_disclosure,
    missing_items,
)
from irsocial.course.chapters.ch02_professional_presence.widgets import profile_audit_tool
from irsocial.course.feedback import NOT_ATTEMPTED, NOT_YET, PASSED
from irsocial.postsafety.platforms import get_platform


def keys(profile):
    return {item.key for item in missing_items(profile)}


def test_a_complete_profile_meets_every_item():
    p = Profile("x", "Dr Ana Ruiz", "IR resident @CityHospital. Views my own, not medical advice.")
    assert keys(p) == set()
    assert len(audit_profile(p)) == 7


def test_an_anonymous_advice_offering_profile_misses_the_basics():
    assert keys(sample_profiles()[1]) == {"real_name", "role", "affiliation", "views_disclaimer", "not_medical_advice"}


def test_undisclosed_industry_tie_is_caught():
    p = Profile(
        "x", "Dr Ana Ruiz", "IR resident @CityHospital. Views my own, not medical advice.", industry_ties=("Acme",)
    )
    assert keys(p) == {"disclosure"}
    p2 = Profile("x", p.display_name, p.bio + " Consultant for Acme.", industry_ties=("Acme",))
    assert keys(p2) == set()


def test_too_long_for_the_platform_is_caught_with_the_overrun():
    bio = "IR fellow @CityHospital. Views my own, not medical advice. " + "Embolization. " * 20
    item = next(i for i in audit_profile(Profile("x", "Dr Ana Ruiz", bio)) if i.key == "fits_limit")
    assert not item.passed and "cut" in item.advice


def test_each_sample_profile_has_the_gaps_its_note_describes():
    gaps = [keys(p) for p in sample_profiles()]
    assert gaps[0] == set()
    assert gaps[2] == {"not_medical_advice", "disclosure"}
    assert gaps[3] == {"fits_limit"}


def test_disclosure_needs_the_company_and_the_relationship():
    assert mentions_disclosure("Disclosure: Vexa Medical paid my travel", "Vexa Medical")
    assert not mentions_disclosure("Great Vexa Medical catheter!", "Vexa Medical")
    assert not mentions_disclosure("Disclosure: travel paid by a sponsor", "Vexa Medical")


def test_the_example_bio_in_chapter_02_meets_the_checklist_the_exercise_uses():
    import re

    from conftest import ROOT

    text = (ROOT / "book/02-professional-presence.md").read_text(encoding="utf-8")
    name = re.search(r'display name becomes "([^"]+)"', text).group(1)
    bio = re.search(r'new X bio, at (\d+) characters: "([^"]+)"', text)
    assert int(bio.group(1)) == len(bio.group(2))
    profile = Profile("x", name, bio.group(2), industry_ties=("Acme Vascular",))
    assert keys(profile) == set()


def test_profile_audit_tool_counts_live_and_audits_on_click():
    tool = profile_audit_tool()
    tool.platform.value = "x"
    tool.display_name.value = "Dr Ana Ruiz"
    tool.bio.value = "x" * 170
    assert "10 too many" in tool.counter.value
    tool.bio.value = "IR resident @CityHospital. Views my own, not medical advice."
    tool.button.click()
    assert "7 of 7 items met" in tool.result.value
    tool.ties.value = "Vexa Medical"
    tool.button.click()
    assert "6 of 7 items met" in tool.result.value and "Vexa Medical" in tool.result.value


def test_profile_audit_tool_switching_platform_changes_the_limit():
    tool = profile_audit_tool(sample_profiles()[3])
    tool.platform.value = "bluesky"
    assert "too many" in tool.counter.value
    tool.platform.value = "mastodon"
    assert "too many" not in tool.counter.value


def test_the_boundary_task_wants_profile_2_and_reads_a_number_in_quotes():
    assert check.riskiest_profile(...).status == NOT_ATTEMPTED
    assert check.riskiest_profile(2).status == PASSED
    assert check.riskiest_profile("2").status == PASSED
    assert "other gaps" in check.riskiest_profile(3).message
    assert "not a profile number" in check.riskiest_profile(9).message
    assert check.riskiest_profile(True).status == NOT_YET


def test_the_headline_check_reads_the_limit_from_the_platform_table():
    headline = (
        "Interventional radiology resident (PGY-4), Lakeside Medical Center | views my own, "
        "not medical advice | Disclosure: consultant for Corvan Devices"
    )
    result = check.fixed_headline(headline)
    assert result.passed, result.as_text()
    assert f"of {get_platform('linkedin').bio_limit} characters" in result.message
    assert check.fixed_headline(42).status == "not yet"
