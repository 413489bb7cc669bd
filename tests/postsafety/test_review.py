"""One review of a draft: identifiers, platform length, hashtags, alt text, reading grade."""

import pytest

from irsocial.postsafety.platforms import POST_ONLY_PLATFORMS, find_hashtags, get_platform
from irsocial.postsafety.readability import count_syllables, find_jargon, flesch_kincaid_grade, reading_stats
from irsocial.postsafety.review import ReviewError, review_post


def rules(review):
    return [f.rule for f in review.findings]


def test_clean_peer_post_has_no_findings_and_does_not_block():
    review = review_post("Coiled a splenic pseudoaneurysm through a 2.7 Fr microcatheter. #IRad", "x")
    assert review.findings == [] and not review.blocking and review.fits


def test_post_over_the_x_limit_is_blocked_and_urls_count_as_23():
    long_url = "https://example.org/" + "a" * 300
    assert review_post(f"See {long_url}", "x").length == 4 + 23
    review = review_post("word " * 60, "x")
    assert "length" in rules(review) and review.blocking


def test_bluesky_counts_graphemes():
    assert review_post("👩🏽‍⚕️" * 300, "bluesky").fits
    assert not review_post("👩🏽‍⚕️" * 301, "bluesky").fits


def test_instagram_allows_five_hashtags_not_thirty():
    plat = get_platform("instagram")
    assert plat.hashtag_limit == 5 and "18 Dec 2025" in plat.hashtag_source and plat.checked
    assert "hashtag_count" not in rules(review_post("Case #a #b #c #d #e", "instagram"))
    review = review_post("Case #a #b #c #d #e #f", "instagram")
    assert "hashtag_count" in rules(review) and review.blocking


def test_malformed_hashtags_are_reported():
    tags = find_hashtags("#IRad #IR-rad #2026 # alone")
    assert [t.text for t in tags if t.problem] == ["#IR-rad", "#2026", "#"]
    assert rules(review_post("Great case #IR-rad", "x")) == ["hashtag_malformed"]


def test_facebook_is_known_with_no_verified_limit():
    assert "facebook" in POST_ONLY_PLATFORMS
    review = review_post("word " * 10_000, "facebook")
    assert review.limit is None and review.fits


def test_every_platform_rule_has_a_source_and_a_check_date():
    for key in ("x", "bluesky", "mastodon", "linkedin", "instagram", "facebook"):
        plat = get_platform(key)
        assert plat.source and plat.hashtag_source and plat.checked.startswith("20")


def test_missing_alt_text_is_a_reminder_and_identifiers_in_alt_text_are_found():
    review = review_post("Angio of the week #IRad", "x", images=2, alt_texts=["DSA, coeliac trunk, active bleed"])
    assert rules(review) == ["alt_text_missing"]
    review = review_post("Angio of the week", "x", images=1, alt_texts=["DSA of Mrs Okafor's coeliac trunk"])
    assert review.blocking and "In the alt text" in review.findings[0].message


def test_patient_audience_gets_reading_grade_and_jargon_suggestions():
    text = (
        "We will perform transarterial chemoembolization through the femoral artery under conscious "
        "sedation to treat hepatocellular carcinoma in a minimally invasive fashion."
    )
    review = review_post(text, "linkedin", "patients")
    assert review.grade > 8 and "reading_grade" in rules(review)
    jargon = {f.text: f.message for f in review.findings if f.rule == "jargon"}
    assert "the artery in the groin" in jargon["femoral artery"]
    assert review_post(text, "linkedin", "peers").grade is None


def test_plain_patient_post_passes_the_grade_target():
    review = review_post(
        "We put a thin tube in the artery at your wrist. It does not hurt. You go home the same day.", "x", "patients"
    )
    assert review.grade <= 8 and "reading_grade" not in rules(review)


def test_flesch_kincaid_uses_the_published_formula():
    stats = reading_stats("The cat sat on the mat. The dog ran.")
    expected = 0.39 * stats.words / stats.sentences + 11.8 * stats.syllables / stats.words - 15.59
    assert stats.grade == pytest.approx(expected, abs=0.01)
    assert flesch_kincaid_grade("") == 0.0


def test_syllable_counter_handles_common_and_ir_words():
    assert [count_syllables(w) for w in ("cat", "make", "table", "embolization", "radiology")] == [1, 1, 2, 5, 5]


def test_acronym_jargon_must_match_case():
    assert [t.term for t in find_jargon("Tips for residents: TIPS in cirrhosis")] == ["TIPS"]


def test_json_ready_dict_lists_findings():
    data = review_post("Mrs Okafor #IRad", "x").to_dict()
    assert data["blocking"] and data["findings"][0]["rule"] == "name" and data["hashtags"] == ["#IRad"]


def test_bad_audience_and_non_text_are_refused():
    with pytest.raises(ReviewError):
        review_post("ok", "x", "public")
    with pytest.raises(ReviewError):
        review_post(None, "x")
