"""The exercise 08 and 09 checks judge the residents' work itself: files byte by byte, texts by content."""

import shutil

from irsocial.course.chapters.ch09_confidentiality import checks as conf
from irsocial.course.chapters.ch09_confidentiality.widgets import image_viewer
from irsocial.course.synthetic_images import BURNED_IN_BOX, make_dicom, make_photo


def test_dicom_check_reads_the_output_file_not_the_report(tmp_path):
    src = make_dicom(tmp_path / "in.dcm", rows=64, cols=64, frames=2, bits=8, burned_in=True, seed=3)
    assert "FICTIONAL^ALICE" in conf.dicom_identifiers(src)
    copied = tmp_path / "copy.dcm"
    shutil.copy(src, copied)  # a "de-identification" that changed nothing
    assert conf.deidentified_dicom("0,0,64,14", src, copied, BURNED_IN_BOX).status == "not yet"
    small = tmp_path / "small.dcm"
    assert conf.run_deidentify(src, small, "0,0,10,5") is not None
    result = conf.deidentified_dicom("0,0,10,5", src, small, BURNED_IN_BOX)
    assert result.status == "not yet" and "pixels" in result.message
    good = tmp_path / "good.dcm"
    conf.run_deidentify(src, good, "0,0,64,14")
    assert conf.deidentified_dicom("0,0,64,14", src, good, BURNED_IN_BOX).status == "passed"
    assert conf.deidentified_dicom(..., src, good, BURNED_IN_BOX).status == "not attempted"


def test_photo_check_finds_metadata_left_in_the_file(tmp_path):
    photo = make_photo(tmp_path / "p.jpg", seed=3)
    assert conf.stripped_photo("0,0,64,14", photo, BURNED_IN_BOX).status == "not yet"
    clean = tmp_path / "clean.jpg"
    conf.run_deidentify(photo, clean, "0,0,64,14")
    assert conf.stripped_photo("0,0,64,14", clean, BURNED_IN_BOX).status == "passed"


def test_post_rewrites_need_no_identifier_and_the_teaching_point():
    assert conf.post_problems(2, conf.DRAFTS[2])
    assert any("teaching point" in p for p in conf.post_problems(2, "An interesting case today."))
    assert not conf.post_problems(2, "TIPS for refractory ascites: gradient fell from 22 to 8 mmHg. #IRad")
    partial = conf.rewritten_posts({1: ..., 2: "TIPS for refractory ascites: 22 to 8 mmHg.", 3: ..., 4: ..., 5: ...})
    assert partial.status == "not yet" and "post 1: not rewritten yet" in partial.message


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


def test_image_viewer_finds_text_with_ocr_and_proposes_masks(tmp_path):
    from irsocial.course.synthetic_images import make_angiogram

    viewer = image_viewer(make_angiogram(tmp_path / "xa.dcm", rows=256, cols=256, frames=2, seed=1))
    assert viewer.run() is None and "OCR found text" in viewer.message.value
    viewer.find_button.click()
    assert viewer.masks and "mask(s) added" in viewer.message.value
    report = viewer.run()
    assert report is not None and report.masks == [[m.x0, m.y0, m.x1, m.y1] for m in viewer.masks]


def test_checks_ocr_the_output_and_accept_auto(tmp_path):
    from irsocial.course.synthetic_images import make_angiogram

    src = make_angiogram(tmp_path / "xa.dcm", rows=256, cols=256, frames=2, seed=2)
    masks = conf.propose_masks(src, tmp_path / "preview.png")
    assert masks and (tmp_path / "preview.png").is_file()
    partial = tmp_path / "partial.dcm"
    conf.run_deidentify(src, partial, masks[:1])  # refused: text left
    assert conf.deidentified_dicom(masks[:1], src, partial).status == "not yet"
    good = tmp_path / "good.dcm"
    assert conf.run_deidentify(src, good, masks) is not None
    assert conf.deidentified_dicom(masks, src, good).status == "passed"
    auto = tmp_path / "auto.dcm"
    assert conf.run_deidentify(src, auto, "auto") is not None
    assert conf.deidentified_dicom("auto", src, auto).status == "passed"


def test_the_chapter_figure_is_made_from_synthetic_images_with_alt_text(tmp_path):
    from PIL import Image

    from irsocial.course.synthetic_images import make_deid_figure

    path, alt = make_deid_figure(tmp_path / "fig.png", size=256)
    with Image.open(path) as img:
        assert img.size == (3 * 256 + 16, 256 + 28)
    assert "synthetic" in alt and "auto-mask" in alt
