"""The exercise 08 and 09 checks judge the residents' work itself: files byte by byte, texts by content."""

import shutil

from irsocial.course.checks import advocacy, confidentiality as conf
from irsocial.synthetic_images import BURNED_IN_BOX, make_dicom, make_photo


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


def test_plain_rewrites_need_the_grade_and_the_facts():
    assert advocacy.rewrite("pae", advocacy.SAMPLE_POSTS["pae"]).status == "not yet"
    short_but_wrong = ("This treats a gland in men. A doctor puts a thin tube into a blood vessel. You are awake. "
                       "You will feel fine and can rest at home soon after.")
    result = advocacy.rewrite("pae", short_but_wrong)
    assert result.status == "not yet" and "key fact" in result.message
