"""Splitting a case write-up into a numbered thread that fits the platform."""

import re

import pytest

from irsocial.postsafety.platforms import ThreadError, split_into_thread, text_length
from irsocial.postsafety.review import review_thread

CASE = (
    "A man in his sixties presented with hemoptysis. CT angiography showed a hypertrophied right bronchial "
    "artery. We selected it with a 5 Fr Cobra catheter and a 2.7 Fr microcatheter. Embolization with "
    "300-500 µm particles stopped the bleeding. See https://www.cirse.org/education/a-very-long-path-to-a-"
    "teaching-page for the technique. Key point: look for non-bronchial systemic collaterals too. "
    "#IRad #MedEd #FOAMrad"
) * 2


@pytest.mark.parametrize("platform", ["x", "bluesky", "mastodon"])
def test_every_post_fits_and_is_numbered(platform):
    posts = split_into_thread(CASE, platform)
    assert len(posts) > 1
    for i, post in enumerate(posts, start=1):
        assert text_length(post, platform) <= {"x": 280, "bluesky": 300, "mastodon": 500}[platform]
        assert post.endswith(f" {i}/{len(posts)}")


def test_no_word_url_or_hashtag_is_broken():
    posts = split_into_thread(CASE, "x")
    words = set(" ".join(re.sub(r" \d+/\d+$", "", p) for p in posts).split())
    assert words == set(CASE.split())


def test_breaks_at_sentence_ends_where_possible():
    posts = split_into_thread("First sentence here. " * 40, "x")
    assert all(re.sub(r" \d+/\d+$", "", p).endswith(".") for p in posts)


def test_short_text_is_one_unnumbered_post_and_empty_text_is_no_post():
    assert split_into_thread("Short case. #IRad", "x") == ["Short case. #IRad"]
    assert split_into_thread("   ", "x") == []


def test_a_word_longer_than_a_post_is_refused():
    with pytest.raises(ThreadError, match="longer than"):
        split_into_thread("a" * 400, "bluesky")


def test_thread_numbering_grows_to_two_digits():
    posts = split_into_thread("Embolized a lumbar artery bleed. " * 120, "x")
    assert len(posts) >= 10 and posts[-1].endswith(f" {len(posts)}/{len(posts)}")
    assert all(text_length(p, "x") <= 280 for p in posts)


def test_every_post_of_a_thread_is_rechecked():
    reviews = review_thread("Mrs Okafor came in on 14/03/2026. " + "Coiled the GDA. " * 40, "x")
    assert reviews[0].blocking and not reviews[-1].blocking
