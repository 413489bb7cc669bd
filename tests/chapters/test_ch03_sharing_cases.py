"""The synthetic case write-ups (chapter 03) and the exercise's checks read as specifications."""

from __future__ import annotations

import pytest

from irsocial.course.chapters.ch03_sharing_cases import checks as check
from irsocial.course.chapters.ch03_sharing_cases.case_writeups import (
    KINDS,
    CaseWriteupError,
    alt_text_problems,
    blocking_findings,
    hashtag_problems,
    make_case_writeup,
    missing_terms,
)
from irsocial.course.feedback import NOT_ATTEMPTED, NOT_YET, PASSED
from irsocial.postsafety.platforms import get_platform


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", range(6))
def test_every_planted_identifier_is_found_and_blocks(kind, seed):
    case = make_case_writeup(kind, seed)
    found = [f.text for f in blocking_findings(case.text)]
    for planted in case.planted:
        assert any(planted.text in f or f in planted.text for f in found), (kind, seed, planted)


@pytest.mark.parametrize("kind", KINDS)
def test_the_same_seed_gives_the_same_case_and_another_seed_may_differ(kind):
    assert make_case_writeup(kind, 4) == make_case_writeup(kind, 4)
    assert len({make_case_writeup(kind, s).text for s in range(6)}) > 1


@pytest.mark.parametrize("kind", KINDS)
def test_the_teaching_point_of_the_raw_case_is_intact(kind):
    case = make_case_writeup(kind, 0)
    assert missing_terms(case.text, case) == []
    assert missing_terms("A nice case.", case) == list(case.key_terms)


def test_an_unknown_kind_is_refused_with_the_choices():
    with pytest.raises(CaseWriteupError, match="tace"):
        make_case_writeup("uae")


def test_alt_text_needs_modality_and_finding_and_no_identifier():
    case = make_case_writeup("pseudoaneurysm", 1)
    assert alt_text_problems("Selective angiogram: a pseudoaneurysm sac filling with contrast.", case) == []
    assert alt_text_problems("angio", case)
    assert any("modality" in p for p in alt_text_problems("A rounded pseudoaneurysm sac fills from the artery.", case))
    assert any(
        "finding" in p for p in alt_text_problems("Selective angiogram of the upper abdomen, late arterial.", case)
    )
    name = case.planted[0].text
    assert any("identifier" in p for p in alt_text_problems(f"{name}: angiogram of a pseudoaneurysm sac.", case))
    assert any("1000" in p for p in alt_text_problems("Angiogram of a pseudoaneurysm sac. " + "x" * 1000, case, "x"))


def test_hashtags_follow_the_instagram_limit_and_are_well_formed():
    assert hashtag_problems(["#IRad", "#TACE"], "instagram") == []
    assert any("allows 5" in p for p in hashtag_problems([f"#Tag{i}" for i in range(6)], "instagram"))
    assert hashtag_problems([f"#Tag{i}" for i in range(6)], "x") == []
    assert hashtag_problems(["#IR-rad"], "x")
    assert hashtag_problems(["IRad"], "x")
    assert hashtag_problems([], "x")


def test_checks_say_not_attempted_for_placeholders():
    results = [
        check.blocking_count(...),
        check.fixed_writeup(...),
        check.thread_for_two(..., ...),
        check.alt_text(...),
        check.hashtags(..., ...),
        check.opening_post(..., ..., ...),
    ]
    assert all(r.status == NOT_ATTEMPTED for r in results)


def test_the_raw_write_up_does_not_pass_and_a_fixed_one_does():
    case = check.case()
    assert check.fixed_writeup(case.text).status == NOT_YET
    fixed = case.text
    for planted in case.planted:
        fixed = fixed.replace(f", {planted.text}," if planted.rule == "age_over_89" else planted.text, "")
    fixed = fixed.replace(" from ,", "").replace(" on  with", " with").replace(" (MRN )", "")
    assert check.fixed_writeup(fixed).status == PASSED, check.fixed_writeup(fixed).as_text()
    assert check.fixed_writeup(case.teaching_point).status == NOT_YET  # most of the case has gone
    assert check.thread_for_two(fixed, ("x", "mastodon")).status == PASSED
    assert check.thread_for_two(fixed, ("x", "x")).status == NOT_YET
    assert check.thread_for_two(case.text, ("x", "bluesky")).status == NOT_YET


def test_the_hashtag_check_wants_one_specific_tag_and_both_platforms_rules():
    assert check.hashtags(["#IR", "#Radiology"], ("x", "bluesky")).status == NOT_YET
    assert check.hashtags(["#IRad", "#TACE"], ("x", "instagram")).status == PASSED
    assert check.hashtags([f"#Tag{i}" for i in range(6)] + ["#IRad"], ("x", "instagram")).status == NOT_YET


def test_the_opening_post_check_reviews_with_the_image():
    alt = "Digital subtraction angiogram: a hypervascular tumor blush fed by one branch."
    good = "Case: one HCC in a cirrhotic liver. How would you treat it? A thread on superselective TACE. #IRad #TACE"
    assert check.opening_post(good, alt, ("x", "bluesky")).status == PASSED
    assert check.opening_post(good.replace("Case:", "Mrs Okafor, 93:"), alt, ("x", "bluesky")).status == NOT_YET
    assert check.opening_post(good.replace(" #IRad #TACE", ""), alt, ("x", "bluesky")).status == NOT_YET


def test_the_count_of_blocking_findings_is_a_whole_number_read_kindly():
    right = len(blocking_findings(check.case().text))
    assert check.blocking_count(right).status == PASSED
    assert check.blocking_count(str(right)).status == PASSED
    assert check.blocking_count(right + 1).status == NOT_YET
    assert check.blocking_count("some").status == NOT_YET


def test_an_unknown_platform_is_named_in_plain_words():
    result = check.thread_for_two("A short case about TACE.", ("x", "myspace"))
    assert result.status == NOT_YET and "myspace" in result.message and "(" not in result.message


def test_the_hashtag_hint_takes_the_instagram_limit_from_the_platform_table():
    result = check.hashtags([f"#Tag{i}" for i in range(6)] + ["#IRad"], ("x", "instagram"))
    assert f"allows {get_platform('instagram').hashtag_limit} hashtags" in result.hint


def test_the_fixed_write_up_names_the_lost_teaching_terms_in_plain_words():
    result = check.fixed_writeup("A patient with a liver tumour was treated. " * 30)
    assert result.status == NOT_YET and "superselective" in result.message.lower()
