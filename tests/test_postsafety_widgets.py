"""The post checker and the before/after image viewer, driven as a person would."""

from irsocial.synthetic_images import make_photo
from irsocial.widgets import image_viewer, post_checker


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


def test_image_viewer_refuses_burned_in_text_until_a_mask_is_added():
    viewer = image_viewer()
    assert viewer.run() is None and "Not done" in viewer.message.value
    for box, value in zip(viewer.coords, (0, 0, 64, 14)):
        box.value = value
    viewer.add_button.click()
    assert len(viewer.masks) == 1
    viewer.run_button.click()
    assert viewer.report is not None and viewer.report.masks == [[0, 0, 64, 14]]
    assert bytes(viewer.after.value).startswith(b"\x89PNG")
    viewer.clear_button.click()
    assert viewer.masks == []


def test_image_viewer_reports_a_bad_mask_instead_of_crashing():
    viewer = image_viewer()
    for box, value in zip(viewer.coords, (10, 10, 5, 5)):
        box.value = value
    assert viewer.add_mask() is None and "empty or negative" in viewer.message.value


def test_image_viewer_strips_a_photo(tmp_path):
    viewer = image_viewer(make_photo(tmp_path / "p.png"))
    report = viewer.run()
    assert report.kind == "png" and "XMP" in report.removed
    assert "Before/after image viewer" in viewer._repr_mimebundle_()["text/html"]
