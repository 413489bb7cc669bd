"""An adversarial set for `irsocial deid`, written apart from the detector (issue 15).

Nothing here imports ``irsocial``: the files are built with pydicom, Pillow and numpy only, the
text is drawn in fonts and colours the course's own synthetic images do not use, and the header
tricks are the ones seen on files no one on the team made (see issue 15). Every identifier is
invented. ``build(folder)`` writes the set and returns a list of ``Case``.

Run ``python tests/postsafety/make_adversarial.py OUT`` to look at the files.
"""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

NAME = "ZEBEDEE^QUENTIN"
MRN = "QX77310"
DOB = "19410228"
HOSPITAL = "Larkspur Cottage Hospital"
# Strings that must not survive anywhere in an output header (bytes), and tokens that must not
# be readable in output pixels.
HEADER_STRINGS = (
    "ZEBEDEE",
    "QUENTIN",
    MRN,
    DOB,
    "Larkspur",
    "10.20.30.40",
    "pacs.larkspur.example",
    "Esfand",
    "Khordad",
    "Zebby",
    "QZ-CONCAT",
    "19410228",
    "20260502",
)
PIXEL_TOKENS = ("ZEBEDEE", "QUENTIN", "QX77310", "28.02.1941", "1941", "LARKSPUR")
ROOT = "1.2.826.0.1.3680043.8.498."  # pydicom's example root
DATED_UID = ROOT + "20260502.101010.7"  # a UID that carries a date


@dataclass
class Case:
    name: str
    path: Path
    text_frames: list[int] = field(default_factory=list)  # 1-based frames with text (cap height >= 10 px)
    expect: str = "ok"  # "ok" (de-identified with --auto-mask), "refused" (exit 2: payload cannot be checked)
    frames: int = 1


def _font(size: int, which: str = "DejaVuSerif-Bold"):
    import matplotlib
    from PIL import ImageFont

    return ImageFont.truetype(os.path.join(matplotlib.get_data_path(), "fonts", "ttf", f"{which}.ttf"), size)


def _text_image(shape, lines, where, value, background=None, font="DejaVuSerif-Bold", size=18):
    """A uint8 picture (grey) with ``lines`` drawn at ``where`` ("tl", "br", "c"), value ``value``."""
    from PIL import Image, ImageDraw

    h, w = shape
    rng = np.random.default_rng(h * 7 + w)
    base = background if background is not None else np.clip(rng.normal(90, 12, (h, w)), 0, 255)
    img = Image.fromarray(np.asarray(base, dtype=np.uint8), "L")
    draw = ImageDraw.Draw(img)
    f = _font(size, font)
    step = int(size * 1.3)
    for i, line in enumerate(lines):
        if where == "tl":
            xy, anchor = (10, 10 + i * step), "la"
        elif where == "br":
            xy, anchor = (w - 10, h - 10 - (len(lines) - 1 - i) * step), "rd"
        else:
            xy, anchor = (w // 2, h // 2 + i * step), "mm"
        draw.text(xy, line, fill=value, font=f, anchor=anchor)
    return np.asarray(img)


def _base_dataset(modality="XA", sop_class="1.2.840.10008.5.1.4.1.1.12.1", seed=0):
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = f"{ROOT}20260502.{seed}.1"
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID = f"{ROOT}20260502.{seed}.2"
    ds.SeriesInstanceUID = f"{ROOT}20260502.{seed}.3"
    ds.PatientName = NAME
    ds.PatientID = MRN
    ds.PatientBirthDate = DOB
    ds.StudyDate = "20260502"
    ds.InstitutionName = HOSPITAL
    ds.Modality = modality
    return ds


def _set_pixels(ds, frames: np.ndarray, signed=False, stored=None, photometric="MONOCHROME2"):
    frames = np.asarray(frames)
    ds.Rows, ds.Columns = frames.shape[1], frames.shape[2]
    ds.SamplesPerPixel = 3 if frames.ndim == 4 else 1
    ds.PhotometricInterpretation = photometric
    if frames.ndim == 4:
        ds.PlanarConfiguration = 0
    bits = frames.dtype.itemsize * 8
    ds.BitsAllocated = bits
    ds.BitsStored = stored or bits
    ds.HighBit = ds.BitsStored - 1
    ds.PixelRepresentation = 1 if signed else 0
    if frames.shape[0] > 1:
        ds.NumberOfFrames = frames.shape[0]
    ds.PixelData = frames.tobytes()


def _save(ds, path: Path) -> Path:
    ds.save_as(path, enforce_file_format=True)
    return path


def build(folder: str | Path) -> list[Case]:
    from PIL import Image
    from pydicom.dataelem import DataElement
    from pydicom.encaps import encapsulate
    from pydicom.uid import DeflatedExplicitVRLittleEndian, JPEGBaseline8Bit

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []
    label = [f"{NAME.replace('^', ' ')}", f"{MRN}  28.02.1941"]

    # 1. Eight-frame XA, name and date in a corner, no BurnedInAnnotation element.
    frames = np.stack([_text_image((256, 256), label, "tl", 250) for _ in range(8)])
    frames[:, 200:, 100:140] = np.arange(8)[:, None, None] * 20  # frames differ
    ds = _base_dataset(seed=1)
    _set_pixels(ds, frames)
    cases.append(Case("xa-8-frames-no-header", _save(ds, folder / "xa8.dcm"), list(range(1, 9)), frames=8))

    # 2. CT, 16-bit signed, BurnedInAnnotation=NO, name in the pixels (bottom right, sans mono).
    img = _text_image((256, 256), label, "br", 255, font="DejaVuSansMono-Bold", size=17).astype(np.int16) * 8 - 1024
    ds = _base_dataset("CT", "1.2.840.10008.5.1.4.1.1.2", seed=2)
    ds.BurnedInAnnotation = "NO"
    _set_pixels(ds, img[None], signed=True)
    cases.append(Case("ct-header-says-no", _save(ds, folder / "ct.dcm"), [1]))

    # 3. MONOCHROME1: text stored as low values (it shows white), 12 of 16 bits.
    img = 4095 - _text_image((240, 320), label, "c", 250, font="DejaVuSerif", size=20).astype(np.uint16) * 16
    ds = _base_dataset("DX", "1.2.840.10008.5.1.4.1.1.1.1", seed=3)
    _set_pixels(ds, img[None], stored=12, photometric="MONOCHROME1")
    cases.append(Case("mono1-12-bit", _save(ds, folder / "mono1.dcm"), [1]))

    # 4. Dark text on a bright background (inverted polarity), 8-bit.
    img = _text_image((256, 320), label, "c", 10, background=np.full((256, 320), 220, np.uint8), size=19)
    ds = _base_dataset("RF", "1.2.840.10008.5.1.4.1.1.12.2", seed=4)
    _set_pixels(ds, img[None])
    cases.append(Case("dark-text-on-light", _save(ds, folder / "inverted.dcm"), [1]))

    # 5. Six frames, text only in frame 5.
    frames = np.stack([_text_image((256, 256), [], "tl", 0) for _ in range(6)])
    for f in range(6):
        frames[f, 100:120, 30 + 10 * f : 50 + 10 * f] = 30  # small moving blob, no text
    frames[4] = _text_image((256, 256), label, "br", 240, font="DejaVuSans-Bold", size=16)
    ds = _base_dataset(seed=5)
    _set_pixels(ds, frames)
    cases.append(Case("text-in-one-frame-of-six", _save(ds, folder / "oneframe.dcm"), [5], frames=6))

    # 6. RGB ultrasound with yellow text.
    grey = _text_image((240, 320), [], "tl", 0)
    rgb = np.stack([grey, grey, grey], axis=-1).copy()
    text = _text_image((240, 320), label, "tl", 255, background=np.zeros((240, 320), np.uint8), size=16) > 128
    rgb[text] = (255, 230, 40)
    ds = _base_dataset("US", "1.2.840.10008.5.1.4.1.1.6.1", seed=6)
    _set_pixels(ds, rgb[None], photometric="RGB")
    cases.append(Case("rgb-ultrasound", _save(ds, folder / "us.dcm"), [1]))

    # 7. Pixel data longer than NumberOfFrames: a hidden third frame with the name.
    frames = np.stack([_text_image((128, 128), [], "tl", 0) for _ in range(2)])
    hidden = _text_image((128, 128), ["ZEBEDEE"], "c", 250, size=16)
    ds = _base_dataset(seed=7)
    _set_pixels(ds, frames)
    ds.PixelData = frames.tobytes() + hidden.tobytes()
    cases.append(Case("pixel-data-longer-than-frames", _save(ds, folder / "long.dcm"), expect="refused"))

    # 8. An overlay in bit 15 of 12-bit data: the name as a bit pattern.
    img = _text_image((128, 256), [], "tl", 0).astype(np.uint16) * 8
    mask = _text_image((128, 256), ["ZEBEDEE"], "c", 255, background=np.zeros((128, 256), np.uint8), size=24) > 128
    img[mask] |= 0x8000
    ds = _base_dataset(seed=8)
    _set_pixels(ds, img[None], stored=12)
    cases.append(Case("overlay-in-high-bit", _save(ds, folder / "highbit.dcm"), []))

    # 9. JPEG-compressed frame whose bitstream carries EXIF and a comment with the name.
    img = _text_image((128, 128), [], "tl", 0)
    exif = Image.Exif()
    exif[0x013B] = "Zebby QUENTIN ZEBEDEE"  # Artist
    buf = io.BytesIO()
    Image.fromarray(img, "L").save(buf, "JPEG", quality=90, exif=exif.tobytes(), comment=f"{NAME} {MRN}".encode())
    ds = _base_dataset(seed=9)
    _set_pixels(ds, img[None])
    ds.PixelData = encapsulate([buf.getvalue()])
    ds["PixelData"].VR = "OB"
    ds.file_meta.TransferSyntaxUID = JPEGBaseline8Bit
    cases.append(Case("jpeg-frame-with-exif-and-comment", _save(ds, folder / "jpeg.dcm"), []))

    # 10. Deflated transfer syntax.
    ds = _base_dataset(seed=10)
    _set_pixels(ds, _text_image((64, 64), [], "tl", 0)[None])
    ds.file_meta.TransferSyntaxUID = DeflatedExplicitVRLittleEndian
    cases.append(Case("deflated", _save(ds, folder / "deflated.dcm"), []))

    # 11. Native YBR_FULL_422 (two luma and two chroma bytes per pixel pair).
    ds = _base_dataset("XC", "1.2.840.10008.5.1.4.1.1.77.1.4", seed=11)
    _set_pixels(ds, np.zeros((1, 64, 64, 3), np.uint8), photometric="RGB")
    ds.PhotometricInterpretation = "YBR_FULL_422"
    ds.PixelData = np.tile(np.array([90, 92, 128, 128], np.uint8), 64 * 32).tobytes()
    cases.append(Case("ybr-full-422", _save(ds, folder / "ybr.dcm"), []))

    # 12. Header leaks outside the profile table.
    ds = _base_dataset(seed=12)
    _set_pixels(ds, _text_image((64, 64), [], "tl", 0)[None])
    ds.add_new(0x00080017, "UI", DATED_UID)  # Acquisition UID
    ds.add_new(0x00080019, "UI", DATED_UID + ".1")  # Pyramid UID
    ds.add_new(0x00200242, "UI", DATED_UID + ".2")  # SOP Instance UID of Concatenation Source
    ds.add_new(0x00081190, "UR", f"https://pacs.larkspur.example/wado/studies/{ds.StudyInstanceUID}")
    ds.add_new(0x00287FE0, "UR", f"https://pacs.larkspur.example/pixels?patient={MRN}")
    ds.add_new(0x00100033, "LO", "1319 Esfand 9")  # Patient's Birth Date in Alternative Calendar
    ds.add_new(0x00100034, "LO", "1405 Khordad 1")  # Patient's Death Date in Alternative Calendar
    ds.add_new(0x60000022, "LO", "Zebby overlay")
    ds.add_new(0x60001500, "LO", "ZEBEDEE")
    ds.add_new(0x00281055, "LO", "window for QUENTIN")
    ds.add(DataElement(0x00431029, "UN", b"ZEBEDEE^QUENTIN"))
    ds.add(DataElement(0x00087FFE, "LO", "QZ-CONCAT ZEBEDEE"))  # not a known public tag
    ds.file_meta.SourceApplicationEntityTitle = "ZEBEDEE_WS"
    ds.file_meta.SendingApplicationEntityTitle = "LARKSPUR"
    ds.file_meta.SourcePresentationAddress = "dicom://10.20.30.40:104"
    ds.file_meta.PrivateInformationCreatorUID = ROOT + "99"
    ds.file_meta.PrivateInformation = f"{NAME} {DOB}".encode()
    cases.append(Case("header-leaks", _save(ds, folder / "leaks.dcm"), []))

    # 13. Encapsulated PDF.
    ds = _base_dataset("DOC", "1.2.840.10008.5.1.4.1.1.104.1", seed=13)
    ds.EncapsulatedDocument = f"%PDF-1.4 {NAME} {MRN}".encode()
    ds.MIMETypeOfEncapsulatedDocument = "application/pdf"
    cases.append(Case("encapsulated-pdf", _save(ds, folder / "pdf.dcm"), expect="refused"))

    # 14. Screenshots: PNG and JPEG, text in several fonts.
    page = _text_image(
        (300, 480),
        [f"Patient: {NAME.replace('^', ', ')}", f"MRN {MRN}", "DOB 28.02.1941"],
        "tl",
        235,
        background=np.full((300, 480), 30, np.uint8),
        font="DejaVuSansMono",
        size=18,
    )
    Image.fromarray(page, "L").convert("RGB").save(folder / "viewer.png")
    cases.append(Case("png-screenshot", folder / "viewer.png", [1]))
    Image.fromarray(255 - page, "L").convert("RGB").save(folder / "viewer-light.jpg", quality=85)
    cases.append(Case("jpeg-screenshot-light", folder / "viewer-light.jpg", [1]))

    # 15. 16-bit PNG with text; a PNG whose name says .jpg.
    deep = _text_image((200, 320), label, "tl", 250, size=17).astype(np.uint16) * 257
    Image.fromarray(deep).save(folder / "deep16.png")
    cases.append(Case("png-16-bit", folder / "deep16.png", [1]))
    Image.fromarray(_text_image((64, 64), [], "tl", 0)).save(folder / "really-png.jpg", "PNG")
    cases.append(Case("png-named-jpg", folder / "really-png.jpg", []))

    # 16. Over the 100-megapixel limit (mostly zeros: small file, large picture).
    Image.new("L", (10_050, 10_000), 0).save(folder / "huge.png", optimize=False, compress_level=1)
    cases.append(Case("over-the-pixel-limit", folder / "huge.png", expect="refused"))
    return cases


def clean_frames(count: int = 20, size: int = 256, seed: int = 0) -> np.ndarray:
    """Frames with no text at all: vessels as random dark curves on noise, a catheter, a collimator."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = np.random.default_rng(seed)
    out = np.empty((count, size, size), np.uint8)
    yy, xx = np.mgrid[0:size, 0:size]
    round_field = np.hypot(xx - size / 2, yy - size / 2) < size * 0.48
    for f in range(count):
        img = Image.fromarray(np.clip(rng.normal(120, 10, (size, size)), 0, 255).astype(np.uint8), "L")
        draw = ImageDraw.Draw(img)
        for _ in range(int(rng.integers(3, 9))):
            pts = [(float(rng.uniform(0, size)), float(rng.uniform(0, size)))]
            for _ in range(12):
                pts.append((pts[-1][0] + float(rng.normal(0, 12)), pts[-1][1] + float(rng.normal(8, 6))))
            draw.line(pts, fill=int(rng.integers(20, 70)), width=int(rng.integers(1, 5)), joint="curve")
        arr = np.asarray(img.filter(ImageFilter.GaussianBlur(0.8)))
        out[f] = np.where(round_field, arr, 0) if f % 2 else arr
    return out


_READER = None


def readable_text(path) -> str:
    """Everything RapidOCR (its default configuration, not the toolkit's) reads in every frame of an output
    file, and in its negative, upper-cased, letters and digits only: the judge of the adversarial bars."""
    global _READER
    import re

    import pydicom
    from PIL import Image
    from rapidocr_onnxruntime import RapidOCR

    _READER = _READER or RapidOCR()
    if path.suffix == ".dcm":
        ds = pydicom.dcmread(path)
        if "PixelData" not in ds:
            return ""
        arr = ds.pixel_array
        frames = arr if int(ds.get("NumberOfFrames", 1) or 1) > 1 else arr[None]
    else:
        with Image.open(path) as img:
            frames = [np.asarray(img.convert("RGB") if img.mode not in ("I;16", "I") else img)]
    out = []
    for frame in frames:
        f = np.asarray(frame, dtype=np.float64)
        f = ((f - f.min()) / ((f.max() - f.min()) or 1) * 255).astype(np.uint8)
        if f.ndim == 2:
            f = np.repeat(f[..., None], 3, axis=2)
        for inverted in (False, True):
            result, _ = _READER(255 - f if inverted else f)
            out += [r[1] for r in result or []]
    return re.sub(r"[^A-Z0-9]", "", " ".join(out).upper())


if __name__ == "__main__":
    for case in build(sys.argv[1] if len(sys.argv) > 1 else "adversarial"):
        print(f"{case.name:36} {case.path}  text frames {case.text_frames}  expect {case.expect}")
