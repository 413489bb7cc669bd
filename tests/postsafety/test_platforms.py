import pytest

from irsocial.postsafety.platforms import PlatformError, get_platform, graphemes, text_length, x_weighted_length


def test_x_counts_every_url_as_23_characters():
    short = "See https://a.io"
    long = "See https://example.org/" + "x" * 200
    assert x_weighted_length(short) == x_weighted_length(long) == 4 + 23


def test_x_counts_emoji_and_cjk_as_two():
    assert x_weighted_length("🩺") == 2
    assert x_weighted_length("👩🏽‍⚕️") == 2
    assert x_weighted_length("放射") == 4
    assert x_weighted_length("IR") == 2


def test_bluesky_counts_graphemes_not_code_points():
    assert len("👩🏽‍⚕️") > 1
    assert text_length("👩🏽‍⚕️", "bluesky") == 1
    assert len(graphemes("e\u0301")) == 1
    assert len(graphemes("🇬🇧🇫🇷")) == 2


def test_other_platforms_count_characters():
    assert text_length("abc", "linkedin") == 3


def test_unknown_platform_lists_the_known_ones():
    with pytest.raises(PlatformError, match="bluesky, instagram, linkedin, mastodon, x"):
        get_platform("myspace")


def test_every_platform_names_its_source():
    for key in ("x", "bluesky", "mastodon", "linkedin", "instagram"):
        assert get_platform(key).source


def test_mastodon_counts_links_as_23_and_emoji_as_one():
    assert text_length("See https://example.org/" + "x" * 100, "mastodon") == 4 + 23
    assert text_length("👩🏽‍⚕️", "mastodon") == 1
