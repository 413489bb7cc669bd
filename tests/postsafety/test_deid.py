"""De-identification of DICOM files and photos: the profile, burned-in text, masks, bad inputs, no overwrite."""

import os

import numpy as np
import pydicom
import pytest
from PIL import Image
from pydicom.datadict import dictionary_VR
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from irsocial.postsafety.deid import (
    BurnedInTextError, InputError, Mask, MaskError, OutputError, UIDMap, deidentify, deidentify_dataset,
)
from irsocial.postsafety.deid_profile import PROFILE, profile_row
from irsocial.course.synthetic_images import FAKE_ID, make_dicom, make_photo


def all_values(ds):
    """Every element value as text, at every depth (to search for leftovers)."""
    out = []
    for elem in ds.iterall():
        if elem.VR not in ("SQ", "OB", "OW"):
            out.append(str(elem.value))
    return " | ".join(out)


# --- the profile ------------------------------------------------------------------------------

def test_profile_table_has_every_row_with_a_known_tag():
    assert len(PROFILE) >= 450
    assert PROFILE[0x00100010].action == "Z" and PROFILE[0x00101010].action == "X"
    assert PROFILE[0x0020000D].action == "U" and PROFILE[0x00080080].action == "X/Z/D"
    assert profile_row(0x60023000).name == "Overlay Data" and profile_row(0x50101234).name == "Curve Data"


def _dummy(vr):
    return {"PN": "NAME^X", "DA": "20260314", "TM": "101010", "DT": "20260314101010", "UI": "1.2.3.4.5.6.7",
            "US": 1, "SS": 1, "UL": 1, "SL": 1, "FL": 1.0, "FD": 1.0, "IS": "1", "DS": "1.0", "AS": "093Y",
            "OB": b"\x00\x01", "OW": b"\x00\x01", "UN": b"\x00\x01", "AT": 0x00100010, "CS": "ABC",
            "SQ": Sequence([Dataset()])}.get(vr, "identifying text")


def test_every_attribute_in_table_e1_1_is_removed_emptied_or_replaced():
    ds = Dataset()
    for tag in PROFILE:
        if tag >> 16 in (0x0000, 0x0002):
            continue
        vr = dictionary_VR(tag).split(" or ")[0]
        ds.add_new(tag, vr, _dummy(vr))
    deidentify_dataset(ds, UIDMap("fixed"))
    for tag, row in PROFILE.items():
        if tag >> 16 in (0x0000, 0x0002):
            continue
        action = row.first_action
        if action == "X":
            assert tag not in ds, row.name
        elif action == "Z":
            assert not ds[tag].value, row.name
        elif action == "U" and ds[tag].VR == "UI":
            assert ds[tag].value != "1.2.3.4.5.6.7", row.name
        elif action == "D" and ds[tag].VR not in ("SQ", "US", "SS", "UL", "SL", "FL", "FD"):
            assert ds[tag].value != _dummy(ds[tag].VR), row.name


def test_identifiers_are_gone_at_every_depth_and_private_tags_removed(tmp_path):
    src = make_dicom(tmp_path / "in.dcm")
    report = deidentify(src, tmp_path / "out.dcm")
    out = pydicom.dcmread(tmp_path / "out.dcm")
    text = all_values(out)
    for leftover in ("FICTIONAL", "ALICE", FAKE_ID, "Elsewhere", "20260314", "RITA", "OLIVIA", "Mill Lane"):
        assert leftover not in text
    assert not any(elem.tag.is_private for elem in out.iterall())
    assert report.private_removed == 3
    assert "ReferencedSeriesSequence > ReferencedInstanceSequence > PatientName" in report.emptied


def test_identity_removed_and_method_are_recorded(tmp_path):
    deidentify(make_dicom(tmp_path / "in.dcm"), tmp_path / "out.dcm")
    out = pydicom.dcmread(tmp_path / "out.dcm")
    assert out.PatientIdentityRemoved == "YES"
    assert "PS3.15" in out.DeidentificationMethod
    assert [c.CodeValue for c in out.DeidentificationMethodCodeSequence] == ["113100"]
    assert out.LongitudinalTemporalInformationModified == "REMOVED"


def test_uids_are_replaced_consistently_so_a_series_stays_a_series(tmp_path):
    a = make_dicom(tmp_path / "a.dcm", seed=1, series_uid="1.2.826.0.1.3680043.8.498.77", study_uid="1.2.826.0.1.3680043.8.498.78")
    b = make_dicom(tmp_path / "b.dcm", seed=2, series_uid="1.2.826.0.1.3680043.8.498.77", study_uid="1.2.826.0.1.3680043.8.498.78")
    uids = UIDMap()
    deidentify(a, tmp_path / "a2.dcm", uid_map=uids)
    deidentify(b, tmp_path / "b2.dcm", uid_map=uids)
    a2, b2 = pydicom.dcmread(tmp_path / "a2.dcm"), pydicom.dcmread(tmp_path / "b2.dcm")
    assert a2.SeriesInstanceUID == b2.SeriesInstanceUID != "1.2.826.0.1.3680043.8.498.77"
    assert a2.StudyInstanceUID == b2.StudyInstanceUID
    assert a2.SOPInstanceUID != b2.SOPInstanceUID
    assert a2.file_meta.MediaStorageSOPInstanceUID == a2.SOPInstanceUID
    assert a2.ReferencedSeriesSequence[0].SeriesInstanceUID == a2.SeriesInstanceUID
    assert a2.SOPClassUID == pydicom.dcmread(a).SOPClassUID  # class UIDs are kept


# --- burned-in text and masks ---------------------------------------------------------------

def test_burned_in_annotation_yes_is_refused_without_masks(tmp_path):
    src = make_dicom(tmp_path / "in.dcm", burned_in=True)
    with pytest.raises(BurnedInTextError, match="BurnedInAnnotation is YES") as info:
        deidentify(src, tmp_path / "out.dcm")
    assert info.value.exit_status == 1 and not (tmp_path / "out.dcm").exists()


@pytest.mark.parametrize("kwargs,reason", [({"secondary_capture": True}, "secondary capture"), ({"modality": "US"}, "US")])
def test_screenshots_and_ultrasound_are_refused_without_masks(tmp_path, kwargs, reason):
    with pytest.raises(BurnedInTextError, match=reason):
        deidentify(make_dicom(tmp_path / "in.dcm", **kwargs), tmp_path / "out.dcm")


def test_confirming_no_burned_in_text_lets_it_through_with_a_warning(tmp_path):
    report = deidentify(make_dicom(tmp_path / "in.dcm", modality="US"), tmp_path / "out.dcm", confirm_no_burned_in=True)
    assert any("Warning" in note for note in report.notes)


@pytest.mark.parametrize("bits,rgb,frames", [(8, False, 1), (16, False, 1), (8, True, 1), (16, False, 4), (8, True, 3)])
def test_masks_black_out_every_frame_for_8_and_16_bit_rgb_and_multiframe(tmp_path, bits, rgb, frames):
    src = make_dicom(tmp_path / "in.dcm", bits=bits, rgb=rgb, frames=frames, burned_in=True)
    report = deidentify(src, tmp_path / "out.dcm", masks=[Mask(0, 0, 64, 14)])
    out = pydicom.dcmread(tmp_path / "out.dcm")
    pixels = out.pixel_array.reshape(frames, 64, 64, *((3,) if rgb else ()))
    assert pixels[:, 0:14, 0:64].max() == 0
    assert pixels[:, 14:, :].max() > 0
    assert report.frames_masked == frames
    assert out.BurnedInAnnotation == "NO"
    assert [c.CodeValue for c in out.DeidentificationMethodCodeSequence] == ["113100", "113101"]


def test_monochrome1_masks_are_filled_with_its_black(tmp_path):
    src = make_dicom(tmp_path / "in.dcm", burned_in=True)
    ds = pydicom.dcmread(src)
    ds.PhotometricInterpretation = "MONOCHROME1"
    ds.save_as(tmp_path / "m1.dcm")
    deidentify(tmp_path / "m1.dcm", tmp_path / "out.dcm", masks=[Mask(0, 0, 10, 10)])
    assert (pydicom.dcmread(tmp_path / "out.dcm").pixel_array[:10, :10] == 4095).all()


@pytest.mark.parametrize("text", ["1,2,3", "a,b,c,d", "10,10,5,20", "-1,0,4,4"])
def test_malformed_masks_are_refused(text):
    with pytest.raises(MaskError):
        Mask.parse(text)


def test_mask_outside_the_image_is_refused(tmp_path):
    with pytest.raises(MaskError, match="outside"):
        deidentify(make_dicom(tmp_path / "in.dcm"), tmp_path / "out.dcm", masks=[Mask(100, 100, 200, 200)])


# --- bad inputs -------------------------------------------------------------------------------

def test_dicom_without_pixels_is_deidentified_but_cannot_be_masked(tmp_path):
    src = make_dicom(tmp_path / "in.dcm", pixels=False, burned_in=True)
    report = deidentify(src, tmp_path / "out.dcm")
    assert "no pixel data" in " ".join(report.notes)
    with pytest.raises(MaskError, match="no pixel data"):
        deidentify(src, tmp_path / "out2.dcm", masks=[Mask(0, 0, 4, 4)])


@pytest.mark.parametrize("keep", [200, 600, 1000, -100])
def test_truncated_dicom_is_an_input_error(tmp_path, keep):
    data = make_dicom(tmp_path / "in.dcm").read_bytes()
    (tmp_path / "cut.dcm").write_bytes(data[:keep])
    with pytest.raises(InputError):
        deidentify(tmp_path / "cut.dcm", tmp_path / "out.dcm")
    assert not (tmp_path / "out.dcm").exists()


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02" * 100, "café au lait".encode("latin-1"), b"GIF89a" + b"\x00" * 50])
def test_empty_binary_text_and_unsupported_files_are_input_errors(tmp_path, content):
    (tmp_path / "in.bin").write_bytes(content)
    with pytest.raises(InputError):
        deidentify(tmp_path / "in.bin", tmp_path / "out.bin")


def test_missing_input_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        deidentify(tmp_path / "nothing.dcm", tmp_path / "out.dcm")


# --- never overwrite, never half-write -------------------------------------------------------

def test_never_writes_its_input_even_with_force(tmp_path):
    src = make_dicom(tmp_path / "in.dcm")
    before = src.read_bytes()
    with pytest.raises(OutputError, match="input"):
        deidentify(src, src, force=True)
    assert src.read_bytes() == before


def test_refuses_an_existing_output_unless_force(tmp_path):
    src = make_dicom(tmp_path / "in.dcm")
    (tmp_path / "out.dcm").write_bytes(b"keep me")
    with pytest.raises(OutputError, match="already exists"):
        deidentify(src, tmp_path / "out.dcm")
    assert (tmp_path / "out.dcm").read_bytes() == b"keep me"
    deidentify(src, tmp_path / "out.dcm", force=True)
    assert pydicom.dcmread(tmp_path / "out.dcm").PatientIdentityRemoved == "YES"


def test_a_failure_while_writing_leaves_nothing_behind(tmp_path, monkeypatch):
    src = make_dicom(tmp_path / "in.dcm")

    def broken_save(self, fp, **kwargs):
        fp.write(b"half a file")
        raise OSError("disk full")

    monkeypatch.setattr(pydicom.dataset.Dataset, "save_as", broken_save)
    with pytest.raises(OSError):
        deidentify(src, tmp_path / "out.dcm")
    assert sorted(os.listdir(tmp_path)) == ["in.dcm"]


def test_a_failure_with_force_keeps_the_old_output(tmp_path, monkeypatch):
    src = make_dicom(tmp_path / "in.dcm")
    (tmp_path / "out.dcm").write_bytes(b"old output")
    monkeypatch.setattr(pydicom.dataset.Dataset, "save_as", lambda self, fp, **kw: (_ for _ in ()).throw(OSError("x")))
    with pytest.raises(OSError):
        deidentify(src, tmp_path / "out.dcm", force=True)
    assert (tmp_path / "out.dcm").read_bytes() == b"old output"


# --- photos -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["photo.jpg", "screenshot.png"])
def test_photo_metadata_exif_gps_xmp_and_text_chunks_are_stripped(tmp_path, name):
    src = make_photo(tmp_path / name)
    with Image.open(src) as original:
        assert original.getexif().get_ifd(0x8825) and "xmp" in original.info
    report = deidentify(src, tmp_path / f"out-{name}", masks=[Mask(0, 0, 60, 12)])
    with Image.open(tmp_path / f"out-{name}") as out:
        assert len(out.getexif()) == 0
        assert not set(out.info) & {"exif", "xmp", "XML:com.adobe.xmp", "Author", "Comment", "comment", "icc_profile"}
        assert np.asarray(out)[0:12, 0:60].max() <= 8  # black (JPEG may ring by a few levels)
    assert any("GPS" in item for item in report.removed) and "XMP" in report.removed


def test_photo_is_turned_upright_before_the_orientation_tag_is_dropped(tmp_path):
    img = Image.new("RGB", (40, 20), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° when displayed
    img.save(tmp_path / "rot.jpg", exif=exif.tobytes())
    deidentify(tmp_path / "rot.jpg", tmp_path / "out.jpg")
    with Image.open(tmp_path / "out.jpg") as out:
        assert out.size == (20, 40)


def test_truncated_jpeg_is_an_input_error(tmp_path):
    data = make_photo(tmp_path / "p.jpg", size=(400, 300)).read_bytes()
    (tmp_path / "cut.jpg").write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError):
        deidentify(tmp_path / "cut.jpg", tmp_path / "out.jpg")
    assert not (tmp_path / "out.jpg").exists()
