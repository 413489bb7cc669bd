"""The post checker and the before/after image viewer, driven as a person would."""

from irsocial.course.widgets import post_checker


def test_post_checker_highlights_findings_as_you_type():
    tool = post_checker()
    tool.draft.value = "Mrs Okafor, 93, had a TACE. #IRad"
    assert "<mark" in tool.result.value and "blocking finding" in tool.result.value
    assert tool.review.blocking
    tool.draft.value = "Coiled a GDA bleed through a 2.7 Fr microcatheter. #IRad"
    assert "<mark" not in tool.result.value and "Nothing blocking" in tool.result.value


def test_post_checker_count_follows_the_platform_and_audience():
    tool = post_checker("word " * 60)
    assert "too many" in tool.result.value
    tool.platform.value = "mastodon"
    assert "too many" not in tool.result.value
    tool.audience.value = "patients"
    assert "Reading grade" in tool.result.value
    tool.platform.value = "facebook"
    assert "no verified limit" in tool.result.value


def test_post_checker_has_a_static_rendering_with_an_example():
    bundle = post_checker()._repr_mimebundle_()
    assert "Post checker" in bundle["text/html"] and "<mark" in bundle["text/html"]
    assert "VBox(" not in bundle["text/plain"]
