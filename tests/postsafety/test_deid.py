"""De-identification of DICOM files and photos: the profile, burned-in text, masks, bad inputs, no overwrite."""

import os

import numpy as np
import pydicom
import pytest
from PIL import Image
from pydicom.datadict import dictionary_VR
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from irsocial.course import synthetic_images as synth
from irsocial.course.synthetic_images import FAKE_ID, make_dicom, make_photo
from irsocial.postsafety import ocr
from irsocial.postsafety.deid import (
    BurnedInTextError,
    DeidError,
    InputError,
    Mask,
    MaskError,
    OutputError,
    UIDMap,
    deidentify,
    deidentify_dataset,
)
from irsocial.postsafety.deid_profile import PROFILE, profile_row


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
    return {
        "PN": "NAME^X",
        "DA": "20260314",
        "TM": "101010",
        "DT": "20260314101010",
        "UI": "1.2.3.4.5.6.7",
        "US": 1,
        "SS": 1,
        "UL": 1,
        "SL": 1,
        "FL": 1.0,
        "FD": 1.0,
        "IS": "1",
        "DS": "1.0",
        "AS": "093Y",
        "OB": b"\x00\x01",
        "OW": b"\x00\x01",
        "UN": b"\x00\x01",
        "AT": 0x00100010,
        "CS": "ABC",
        "SQ": Sequence([Dataset()]),
    }.get(vr, "identifying text")


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
    a = make_dicom(
        tmp_path / "a.dcm", seed=1, series_uid="1.2.826.0.1.3680043.8.498.77", study_uid="1.2.826.0.1.3680043.8.498.78"
    )
    b = make_dicom(
        tmp_path / "b.dcm", seed=2, series_uid="1.2.826.0.1.3680043.8.498.77", study_uid="1.2.826.0.1.3680043.8.498.78"
    )
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


@pytest.mark.parametrize(
    "kwargs,reason", [({"secondary_capture": True}, "secondary capture"), ({"modality": "US"}, "US")]
)
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


@pytest.mark.parametrize(
    "content", [b"", b"\x00\x01\x02" * 100, "café au lait".encode("latin-1"), b"GIF89a" + b"\x00" * 50]
)
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


# --- burned-in text found by OCR (issue 15) -------------------------------------------------------


def _readable_text(frames) -> list[str]:
    """What the OCR engine can still read in these frames (used to prove outputs are clean)."""
    scan = ocr.scan_frames(frames)
    return [r.text for regs in scan.regions.values() for r in regs if r.readable]


@pytest.mark.parametrize("header", [None, "NO"])
def test_text_in_the_pixels_is_refused_whatever_the_header_says(tmp_path, header):
    src = synth.make_angiogram(tmp_path / "xa.dcm", rows=256, cols=256, frames=3, seed=4, burned_in_annotation=header)
    with pytest.raises(BurnedInTextError, match="OCR found text in 3 of 3") as info:
        deidentify(src, tmp_path / "out.dcm")
    assert info.value.exit_status == 1 and info.value.masks and info.value.frames == [1, 2, 3]
    assert "--mask" in str(info.value) and not (tmp_path / "out.dcm").exists()
    # The proposed masks, given back by hand, make it pass: they cover every region in every frame.
    report = deidentify(src, tmp_path / "out.dcm", masks=info.value.masks)
    assert report.frames_masked == 3 and not _readable_text(pydicom.dcmread(tmp_path / "out.dcm").pixel_array)


def test_proposed_masks_are_merged_with_a_margin_and_cover_every_text_box(tmp_path):
    frames, boxes = synth.render_angiogram("dsa", 256, 256, 2, seed=5, bits=8)
    src = synth.make_dicom(tmp_path / "xa.dcm", pixel_data=frames, burned_in_annotation=None)
    with pytest.raises(BurnedInTextError) as info:
        deidentify(src, tmp_path / "out.dcm", preview=tmp_path / "preview.png")
    masks = info.value.masks
    assert len(masks) < sum(len(b) for b in boxes)  # lines of one corner block merged
    for _text, (x0, y0, x1, y1) in boxes[0] + boxes[1]:
        assert any(m.x0 <= x0 and m.y0 <= y0 and m.x1 >= x1 and m.y1 >= y1 for m in masks), (x0, y0, x1, y1)
    with Image.open(tmp_path / "preview.png") as preview:
        assert preview.format == "PNG" and preview.width >= 256
        assert (np.asarray(preview.convert("RGB")) == (255, 0, 0)).all(axis=-1).any()  # boxes drawn in red


def test_auto_mask_blacks_out_every_region_and_proves_nothing_is_readable(tmp_path):
    src = synth.make_angiogram(tmp_path / "fl.dcm", kind="fluoro", rows=256, cols=256, frames=3, seed=6)
    before = src.read_bytes()
    report = deidentify(src, tmp_path / "out.dcm", auto_mask=True)
    out = pydicom.dcmread(tmp_path / "out.dcm")
    assert report.auto_masks and report.text_frames == [1, 2, 3] and report.frames_checked == 3
    assert not _readable_text(out.pixel_array)
    assert out.BurnedInAnnotation == "NO" and src.read_bytes() == before
    assert [c.CodeValue for c in out.DeidentificationMethodCodeSequence] == ["113100", "113101"]


def test_every_frame_is_read_and_identical_frames_are_read_once(tmp_path):
    frames, _ = synth.render_angiogram("dsa", 192, 192, 4, seed=7, overlay=False, bits=8)
    frames[1] = frames[0]  # a repeated frame
    clean = synth.make_dicom(tmp_path / "clean.dcm", pixel_data=frames, burned_in_annotation=None)
    report = deidentify(clean, tmp_path / "out.dcm")
    assert report.frames_checked == 4 and report.frames_read == 3
    # Text only in the last frame is found: no frame is skipped.
    texted, _ = synth.render_angiogram("dsa", 192, 192, 4, seed=7, bits=8)
    frames[3] = texted[3]
    late = synth.make_dicom(tmp_path / "late.dcm", pixel_data=frames, burned_in_annotation=None)
    with pytest.raises(BurnedInTextError) as info:
        deidentify(late, tmp_path / "out2.dcm")
    assert info.value.frames == [4]


@pytest.mark.parametrize("name", ["screen.png", "screen.jpg"])
def test_screenshots_with_names_are_refused_and_auto_masked(tmp_path, name):
    src = synth.make_pacs_screenshot(tmp_path / name, width=640, height=400, seed=1)
    with pytest.raises(BurnedInTextError, match="OCR found text"):
        deidentify(src, tmp_path / f"out-{name}")
    deidentify(src, tmp_path / f"out-{name}", auto_mask=True)
    with Image.open(tmp_path / f"out-{name}") as out:
        assert not _readable_text([np.asarray(out.convert("RGB"))])


def test_ultrasound_and_phone_photo_of_a_worklist_are_caught(tmp_path):
    us = synth.make_ultrasound(tmp_path / "us.dcm", rows=240, cols=320, seed=2)
    with pytest.raises(BurnedInTextError, match="OCR found text"):
        deidentify(us, tmp_path / "us-out.dcm")
    photo = synth.make_monitor_photo(tmp_path / "worklist.jpg", width=800, height=600, seed=2)
    with pytest.raises(BurnedInTextError, match="OCR found text"):
        deidentify(photo, tmp_path / "w-out.jpg")


def test_without_the_ocr_engine_the_file_is_refused_with_one_clear_message(tmp_path, monkeypatch):
    def missing():
        raise ocr.OCRUnavailable("the OCR engine is not installed (pip install rapidocr-onnxruntime)")

    monkeypatch.setattr(ocr, "engine", missing)
    with pytest.raises(DeidError, match="not installed.*--confirm-no-burned-in") as info:
        deidentify(make_dicom(tmp_path / "in.dcm"), tmp_path / "out.dcm")
    assert info.value.exit_status == 2 and not (tmp_path / "out.dcm").exists()


def test_confirm_skips_ocr_and_says_so(tmp_path):
    src = synth.make_angiogram(tmp_path / "xa.dcm", rows=128, cols=128, frames=1, seed=8, overlay=False)
    report = deidentify(src, tmp_path / "out.dcm", confirm_no_burned_in=True)
    assert report.frames_checked == 0 and any("OCR skipped" in n for n in report.notes)


# --- leaks closed (issue 15) ---------------------------------------------------------------------


def _leaky(tmp_path):
    from pydicom.dataelem import DataElement

    src = make_dicom(tmp_path / "in.dcm", rows=32, cols=32, bits=16)
    ds = pydicom.dcmread(src)
    ds.add_new(0x00080017, "UI", "1.2.826.0.1.3680043.8.498.20260314.1")  # Acquisition UID
    ds.add_new(0x00080019, "UI", "1.2.826.0.1.3680043.8.498.20260314.2")  # Pyramid UID
    ds.add_new(0x00200242, "UI", "1.2.826.0.1.3680043.8.498.20260314.3")  # SOP Instance UID of Concatenation Source
    ds.add_new(0x00081190, "UR", f"https://pacs.example.org/studies/{ds.StudyInstanceUID}")  # Retrieve URL
    ds.add_new(0x00287FE0, "UR", f"https://pacs.example.org/pixels?mrn={FAKE_ID}")  # Pixel Data Provider URL
    ds.add_new(0x00100033, "LO", "1311 Esfand 23")  # birth date in an alternative calendar
    ds.add_new(0x00100034, "LO", "1405 Farvardin 2")  # death date in an alternative calendar
    ds.add_new(0x60000022, "LO", "Alice FICTIONAL overlay")  # Overlay Description
    ds.add_new(0x60001500, "LO", "FICTIONAL label")  # Overlay Label
    ds.add_new(0x00281055, "LO", "ALICE window")  # Window Center & Width Explanation
    ds[0x00191234] = DataElement(0x00191234, "LO", "private")  # removed as private anyway
    ds.add(DataElement(0x00431029, "UN", b"FICTIONAL UN"))
    ds.add(DataElement(0x00087FFE, "LO", "FICTIONAL unknown public"))  # no such public tag
    meta = ds.file_meta
    meta.SourceApplicationEntityTitle = "ALICE_PACS"
    meta.SendingApplicationEntityTitle = "ALICE_SEND"
    meta.SourcePresentationAddress = "dicom://10.1.2.3:104"
    meta.PrivateInformationCreatorUID = "1.2.826.0.1.3680043.8.498.9"
    meta.PrivateInformation = b"FICTIONAL^ALICE 19330314"
    ds.save_as(tmp_path / "leaky.dcm")
    return tmp_path / "leaky.dcm"


def test_uids_urls_file_meta_and_untrusted_attributes_do_not_leak(tmp_path):
    src = _leaky(tmp_path)
    original = pydicom.dcmread(src)
    deidentify(src, tmp_path / "out.dcm", confirm_no_burned_in=True)
    data = (tmp_path / "out.dcm").read_bytes()
    for leftover in (
        b"20260314",
        b"FICTIONAL",
        b"ALICE",
        FAKE_ID.encode(),
        b"Esfand",
        b"Farvardin",
        b"10.1.2.3",
        b"pacs.example.org",
        original.StudyInstanceUID.encode(),
        original.SOPInstanceUID.encode(),
    ):
        assert leftover not in data, leftover
    out = pydicom.dcmread(tmp_path / "out.dcm")
    assert (
        out.SOPClassUID == original.SOPClassUID
        and out.file_meta.TransferSyntaxUID == original.file_meta.TransferSyntaxUID
    )
    assert "SourceApplicationEntityTitle" not in out.file_meta and "PrivateInformation" not in out.file_meta
    assert out.file_meta.MediaStorageSOPInstanceUID == out.SOPInstanceUID


def test_encapsulated_pdf_is_refused(tmp_path):
    src = make_dicom(tmp_path / "in.dcm", pixels=False)
    ds = pydicom.dcmread(src)
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.104.1"
    ds.EncapsulatedDocument = b"%PDF-1.4 Alice Fictional MRN00482913"
    ds.MIMETypeOfEncapsulatedDocument = "application/pdf"
    ds.save_as(tmp_path / "pdf.dcm")
    with pytest.raises(InputError, match="encapsulated PDF"):
        deidentify(tmp_path / "pdf.dcm", tmp_path / "out.dcm")
    assert not (tmp_path / "out.dcm").exists()


def test_pixel_data_longer_than_the_frames_is_refused(tmp_path):
    src = make_dicom(tmp_path / "in.dcm", rows=32, cols=32, frames=2, bits=8)
    ds = pydicom.dcmread(src)
    ds.PixelData = ds.PixelData + bytes(32 * 32)  # a hidden third frame
    ds.save_as(tmp_path / "long.dcm")
    with pytest.raises(InputError, match="extra frames"):
        deidentify(tmp_path / "long.dcm", tmp_path / "out.dcm", masks=[Mask(0, 0, 8, 8)])


def test_overlay_in_unused_high_bits_is_cleared(tmp_path):
    src = make_dicom(tmp_path / "in.dcm", rows=32, cols=32, bits=16)  # 12 bits stored of 16
    ds = pydicom.dcmread(src)
    arr = np.frombuffer(ds.PixelData, dtype="<u2").copy()
    arr[:100] |= 0x8000  # an overlay in bit 15
    ds.PixelData = arr.tobytes()
    ds.save_as(tmp_path / "hb.dcm")
    report = deidentify(tmp_path / "hb.dcm", tmp_path / "out.dcm", confirm_no_burned_in=True)
    out = np.frombuffer(pydicom.dcmread(tmp_path / "out.dcm").PixelData, dtype="<u2")
    assert out.max() < 4096 and any("BitsStored" in n for n in report.notes)


def test_deflated_and_ybr_full_422_are_read(tmp_path):
    from pydicom.uid import DeflatedExplicitVRLittleEndian

    src = make_dicom(tmp_path / "in.dcm", rows=32, cols=32, bits=8)
    ds = pydicom.dcmread(src)
    ds.file_meta.TransferSyntaxUID = DeflatedExplicitVRLittleEndian
    ds.save_as(tmp_path / "deflated.dcm", enforce_file_format=True)
    deidentify(tmp_path / "deflated.dcm", tmp_path / "out1.dcm", confirm_no_burned_in=True)
    assert pydicom.dcmread(tmp_path / "out1.dcm").PatientIdentityRemoved == "YES"
    ds = pydicom.dcmread(make_dicom(tmp_path / "rgb.dcm", rows=32, cols=32, bits=8, rgb=True))
    ds.PhotometricInterpretation = "YBR_FULL_422"
    ds.PixelData = np.full(32 * 32 * 2, 128, dtype=np.uint8).tobytes()  # Y Y Cb Cr per pixel pair
    ds.save_as(tmp_path / "ybr.dcm")
    deidentify(tmp_path / "ybr.dcm", tmp_path / "out2.dcm", masks=[Mask(0, 0, 8, 8)])
    out = pydicom.dcmread(tmp_path / "out2.dcm")
    assert out.PhotometricInterpretation == "RGB" and out.pixel_array[:8, :8].max() == 0


# --- formats (issue 15) --------------------------------------------------------------------------


def test_16_bit_png_keeps_its_depth(tmp_path):
    arr = (np.arange(64 * 48, dtype=np.uint32).reshape(48, 64) * 20).astype(np.uint16)
    Image.fromarray(arr).save(tmp_path / "deep.png")
    deidentify(tmp_path / "deep.png", tmp_path / "out.png")
    with Image.open(tmp_path / "out.png") as out:
        assert out.mode.startswith("I") and (np.asarray(out).astype(np.uint16) == arr).all()


def test_output_is_what_its_extension_says_or_refused(tmp_path):
    src = make_photo(tmp_path / "p.png")
    deidentify(src, tmp_path / "out.jpg")
    assert (tmp_path / "out.jpg").read_bytes().startswith(b"\xff\xd8\xff")
    with pytest.raises(OutputError, match="extension"):
        deidentify(src, tmp_path / "out.gif")
    with pytest.raises(OutputError, match="DICOM"):
        deidentify(make_dicom(tmp_path / "in.dcm"), tmp_path / "out.png")


def test_pixel_limit_holds_for_png(tmp_path, monkeypatch):
    import irsocial.postsafety.deid as deid

    monkeypatch.setattr(deid, "MAX_PHOTO_PIXELS", 1000)
    with pytest.raises(InputError, match="too large"):
        deidentify(make_photo(tmp_path / "p.png", size=(40, 30)), tmp_path / "out.png")


def test_outputs_get_normal_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        deidentify(make_dicom(tmp_path / "in.dcm"), tmp_path / "out.dcm")
    finally:
        os.umask(old)
    assert (tmp_path / "out.dcm").stat().st_mode & 0o777 == 0o644


def test_the_file_preamble_is_cleared(tmp_path):
    ds = pydicom.dcmread(make_dicom(tmp_path / "in.dcm"))
    ds.preamble = b"II*\x00 FICTIONAL^ALICE MRN00482913".ljust(128, b"\x00")
    ds.save_as(tmp_path / "pre.dcm")
    deidentify(tmp_path / "pre.dcm", tmp_path / "out.dcm")
    assert (tmp_path / "out.dcm").read_bytes()[:128] == b"\x00" * 128
