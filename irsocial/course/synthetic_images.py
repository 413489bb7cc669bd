"""Seeded synthetic test images: DICOM files and phone photos full of fictional identifiers.

Nothing here comes from a real patient: the "patient" is a made-up name, the pixels are a
seeded gradient with noise, and the "burned-in text" is a bright block where a modality would
print the name and date. Used by the tests, the benchmarks and the image viewer's example.

>>> import tempfile, pathlib, pydicom
>>> path = make_dicom(pathlib.Path(tempfile.mkdtemp()) / "a.dcm", rows=32, cols=32)
>>> str(pydicom.dcmread(path).PatientName)
'FICTIONAL^ALICE'
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

FAKE_NAME = "FICTIONAL^ALICE"
FAKE_ID = "MRN00482913"
FAKE_INSTITUTION = "St Elsewhere General Hospital"
BURNED_IN_BOX = (2, 2, 60, 12)  # x0, y0, x1, y1 of the bright "text" block (pixels)
SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7"
XA_IMAGE = "1.2.840.10008.5.1.4.1.1.12.1"
ORG_ROOT = "1.2.826.0.1.3680043.8.498."  # pydicom's documented example root, used only in tests


def _pixels(rows: int, cols: int, frames: int, bits: int, rgb: bool, burned_in: bool, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    top = 255 if bits == 8 else 4095
    dtype = np.uint8 if bits == 8 else np.uint16
    ramp = np.linspace(top * 0.1, top * 0.6, cols, dtype=np.float32)[None, :]
    base = np.repeat(ramp, rows, axis=0)
    shape = (frames, rows, cols, 3) if rgb else (frames, rows, cols)
    out = np.empty(shape, dtype=dtype)
    for f in range(frames):
        frame = base + rng.normal(0, top * 0.02, size=(rows, cols))
        frame = np.clip(frame, 0, top).astype(dtype)
        if burned_in:
            x0, y0, x1, y1 = BURNED_IN_BOX
            frame[y0:y1, x0:x1] = top
        out[f] = frame[..., None] if rgb else frame
    return out


def make_dicom(
    path: str | Path,
    rows: int = 64,
    cols: int = 64,
    frames: int = 1,
    bits: int = 16,
    rgb: bool = False,
    modality: str = "XA",
    burned_in: bool = False,
    pixels: bool = True,
    seed: int = 0,
    study_uid: str | None = None,
    series_uid: str | None = None,
    secondary_capture: bool = False,
) -> Path:
    """Write a synthetic DICOM file with fictional identifiers at several nesting depths.

    ``burned_in`` draws a bright block (the stand-in for printed name and date) and sets
    BurnedInAnnotation to YES; ``pixels=False`` leaves out Pixel Data entirely.
    """
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.sequence import Sequence
    from pydicom.uid import ExplicitVRLittleEndian, generate_uid

    path = Path(path)
    rng = np.random.default_rng(seed)
    sop_class = SECONDARY_CAPTURE if secondary_capture else XA_IMAGE
    sop_uid = generate_uid(ORG_ROOT, entropy_srcs=[f"sop{seed}"])
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = sop_uid
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = sop_uid
    ds.StudyInstanceUID = study_uid or generate_uid(ORG_ROOT, entropy_srcs=[f"study{seed}"])
    ds.SeriesInstanceUID = series_uid or generate_uid(ORG_ROOT, entropy_srcs=[f"series{seed}"])
    ds.FrameOfReferenceUID = generate_uid(ORG_ROOT, entropy_srcs=[f"for{seed}"])
    ds.PatientName = FAKE_NAME
    ds.PatientID = FAKE_ID
    ds.PatientBirthDate = "19330314"
    ds.PatientSex = "F"
    ds.PatientAge = "093Y"
    ds.PatientAddress = "12 Mill Lane, Oakhurst Vale"
    ds.OtherPatientIDs = "NHS 943 476 5919"
    ds.PatientComments = "Daughter Maria phones on 07700 900123"
    ds.AccessionNumber = f"ACC{int(rng.integers(100000, 999999))}"
    ds.StudyID = "4471"
    ds.StudyDate = "20260314"
    ds.StudyTime = "102201"
    ds.SeriesDate = "20260314"
    ds.AcquisitionDate = "20260314"
    ds.ContentDate = "20260314"
    ds.StudyDescription = "TACE right lobe for Mrs Fictional"
    ds.SeriesDescription = "DSA coeliac"
    ds.ImageComments = "Alice F., 93, bed 12"
    ds.InstitutionName = FAKE_INSTITUTION
    ds.InstitutionAddress = "1 Hospital Road, Oakhurst Vale"
    ds.ReferringPhysicianName = "REFERRER^ROBERT"
    ds.PerformingPhysicianName = "OPERATOR^OLIVIA"
    ds.OperatorsName = "RADIOGRAPHER^RITA"
    ds.StationName = "ANGIO-SUITE-2"
    ds.DeviceSerialNumber = "SN-99812"
    ds.Modality = modality
    ds.Manufacturer = "Synthetic Imaging Co"
    ds.BurnedInAnnotation = "YES" if burned_in else "NO"
    ds.ImageType = ["DERIVED", "SECONDARY"] if secondary_capture else ["ORIGINAL", "PRIMARY", "SINGLE PLANE"]
    # Nested identifiers: equipment that touched the image, and a referenced series.
    equipment = Dataset()
    equipment.Manufacturer = "Synthetic Imaging Co"
    equipment.InstitutionName = FAKE_INSTITUTION
    equipment.OperatorsName = "RADIOGRAPHER^RITA"
    equipment.ContributionDateTime = "20260314102201"
    equipment.ContributionDescription = "Exported for Mrs Fictional's teaching file"
    ds.ContributingEquipmentSequence = Sequence([equipment])
    referenced = Dataset()
    referenced.SeriesInstanceUID = ds.SeriesInstanceUID
    inner = Dataset()
    inner.ReferencedSOPClassUID = sop_class
    inner.ReferencedSOPInstanceUID = sop_uid
    inner.PatientName = FAKE_NAME  # a name hidden two levels down
    referenced.ReferencedInstanceSequence = Sequence([inner])
    ds.ReferencedSeriesSequence = Sequence([referenced])
    block = ds.private_block(0x0009, "FICTIONAL VENDOR", create=True)
    block.add_new(0x01, "LO", "patient alice fictional, 93")
    block.add_new(0x02, "SH", FAKE_ID)
    if pixels:
        data = _pixels(rows, cols, frames, bits, rgb, burned_in, seed)
        ds.Rows, ds.Columns = rows, cols
        ds.SamplesPerPixel = 3 if rgb else 1
        ds.PhotometricInterpretation = "RGB" if rgb else "MONOCHROME2"
        if rgb:
            ds.PlanarConfiguration = 0
        ds.BitsAllocated = 8 if bits == 8 else 16
        ds.BitsStored = 8 if bits == 8 else 12
        ds.HighBit = ds.BitsStored - 1
        ds.PixelRepresentation = 0
        if frames > 1:
            ds.NumberOfFrames = frames
        ds.PixelData = data.tobytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)
    return path


def make_photo(path: str | Path, fmt: str | None = None, size: tuple[int, int] = (96, 64), seed: int = 0) -> Path:
    """Write a synthetic phone photo (JPEG or PNG) carrying EXIF with GPS, XMP and text chunks."""
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    path = Path(path)
    fmt = (fmt or ("PNG" if path.suffix.lower() == ".png" else "JPEG")).upper()
    rng = np.random.default_rng(seed)
    w, h = size
    ramp = np.linspace(40, 200, w, dtype=np.float32)[None, :, None]
    arr = np.clip(np.repeat(ramp, h, axis=0) + rng.normal(0, 8, (h, w, 3)), 0, 255).astype(np.uint8)
    arr[2:12, 2:60] = 255  # a label with the patient's name, as a phone photo of a screen would show
    img = Image.fromarray(arr, "RGB")
    exif = Image.Exif()
    exif[0x010F] = "FictionalPhone"  # Make
    exif[0x0110] = "Model 7"  # Model
    exif[0x0132] = "2026:03:14 10:22:01"  # DateTime
    exif[0x013B] = "Dr Fictional Photographer"  # Artist
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 39.0)}  # GPS
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Alice Fictional"/>'
        b"</rdf:RDF></x:xmpmeta>"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "PNG":
        info = PngInfo()
        info.add_text("Author", "Alice Fictional")
        info.add_text("Comment", "MRN00482913 bed 12")
        info.add_itxt("XML:com.adobe.xmp", xmp.decode())
        img.save(path, "PNG", pnginfo=info, exif=exif.tobytes())
    else:
        img.save(path, "JPEG", exif=exif.tobytes(), xmp=xmp, quality=90, comment=b"MRN00482913")
    return path
