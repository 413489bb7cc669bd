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
    pixel_data: np.ndarray | None = None,
    burned_in_annotation: str | None = "default",
) -> Path:
    """Write a synthetic DICOM file with fictional identifiers at several nesting depths.

    ``burned_in`` draws a bright block (the stand-in for printed name and date) and sets
    BurnedInAnnotation to YES; ``pixels=False`` leaves out Pixel Data entirely. ``pixel_data``
    (frames, rows, cols[, 3]) of uint8 or uint16 replaces the gradient; ``burned_in_annotation``
    sets that header value ("YES", "NO", or None to leave the element out, as many systems do).
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
    if burned_in_annotation == "default":
        ds.BurnedInAnnotation = "YES" if burned_in else "NO"
    elif burned_in_annotation is not None:
        ds.BurnedInAnnotation = burned_in_annotation
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
        if pixel_data is not None:
            data = np.asarray(pixel_data)
            if data.ndim == 2 or (data.ndim == 3 and data.shape[-1] == 3 and rgb):
                data = data[None]
            frames, rows, cols = data.shape[:3]
            bits = 8 if data.dtype == np.uint8 else 16
            rgb = data.ndim == 4
        else:
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


# --- realistic synthetic IR images (issue 15) ---------------------------------------------------
# Everything below is drawn by seeded code: the vessels are random branching curves, the patient,
# hospital and operator are invented, and the overlays copy only where angiography systems, PACS
# viewers and ultrasound machines put their text, not any real image.

FICTIONAL_PATIENTS = (
    ("FICTIONAL^ALICE", "MRN00482913", "14.03.1933", "F"),
    ("INVENTED^BORIS", "MRN00739120", "02.11.1957", "M"),
    ("MADEUP^CLARA", "MRN00911847", "27.06.1968", "F"),
    ("SYNTHETIC^DMITRI", "MRN00264059", "09.01.1949", "M"),
)
FICTIONAL_HOSPITALS = ("St Elsewhere General Hospital", "Oakhurst Vale Infirmary", "Brookfield Teaching Hospital")
FICTIONAL_OPERATORS = ("Dr O. Operator", "Dr R. Referrer", "Dr N. Nobody")


def font_path(mono: bool = False, bold: bool = False) -> str:
    """A real TrueType font: matplotlib's bundled DejaVu (Bitstream Vera licence), found via its data path."""
    import os

    import matplotlib

    name = "DejaVuSansMono" if mono else "DejaVuSans"
    name += "-Bold" if bold else ""
    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf", f"{name}.ttf")


def _font(size: int, mono: bool = False, bold: bool = False):
    from PIL import ImageFont

    return ImageFont.truetype(font_path(mono, bold), size)


def cap_height(size: int) -> int:
    """The height in pixels of a capital letter of DejaVu Sans at ``size`` points (as drawn by PIL)."""
    return _font(size).getbbox("H")[3] - _font(size).getbbox("H")[1]


def overlay_font_size(rows: int, min_cap: int = 10) -> int:
    """A font size proportioned like a modality's overlay (about 1/45 of the height), with capitals
    at least ``min_cap`` pixels high."""
    size = max(8, rows // 45)
    while cap_height(size) < min_cap:
        size += 1
    return size


def _vessel_map(rows: int, cols: int, rng, depth: int = 6, trunks: int = 1):
    """Float map in 0..1 of a branching vessel tree (with a depth map 0..1 for the contrast to fill),
    drawn as tapered curves and smoothed: arteries that branch and narrow, like a coeliac run."""
    from PIL import Image, ImageDraw, ImageFilter

    scale = 2  # draw at twice the size, then shrink: smooth edges
    img = Image.new("L", (cols * scale, rows * scale), 0)
    order = Image.new("L", (cols * scale, rows * scale), 0)
    draw, draw_order = ImageDraw.Draw(img), ImageDraw.Draw(order)

    def branch(x, y, angle, length, width, level):
        if level > depth or width < 1.2 or length < 6:
            return
        steps = max(4, int(length / 8))
        bend = rng.normal(0, 0.012)
        for _ in range(steps):
            angle += bend + rng.normal(0, 0.025)
            nx, ny = x + np.cos(angle) * length / steps, y + np.sin(angle) * length / steps
            w = max(1, int(round(width)))
            draw.line((x, y, nx, ny), fill=255, width=w)
            draw_order.line((x, y, nx, ny), fill=int(40 + 215 * level / (depth + 1)), width=w)
            x, y, width = nx, ny, width * 0.997
        children = 2 if rng.random() < 0.8 else 3
        for c in range(children):
            spread = rng.uniform(0.3, 0.75) * (1 if c % 2 == 0 else -1)
            branch(x, y, angle + spread, length * rng.uniform(0.62, 0.8), width * rng.uniform(0.65, 0.8), level + 1)

    for t in range(trunks):
        x0 = cols * scale * (rng.uniform(0.4, 0.6) if trunks == 1 else 0.3 + 0.4 * t / max(1, trunks - 1))
        y0 = rows * scale * rng.uniform(0.1, 0.18)
        angle = np.pi / 2 + rng.normal(0, 0.2)
        branch(x0, y0, angle, rows * scale * 0.24, max(4.0, cols * scale / 60), 0)
    img = img.filter(ImageFilter.GaussianBlur(scale * 1.2)).resize((cols, rows), Image.Resampling.LANCZOS)
    order = order.resize((cols, rows), Image.Resampling.NEAREST)
    vessels = np.asarray(img, dtype=np.float32) / 255.0
    return vessels, np.asarray(order, dtype=np.float32) / 255.0


def _catheter(rows: int, cols: int, rng):
    """Float map 0..1 of a catheter coming up from below with a curved (Cobra-like) tip."""
    from PIL import Image, ImageDraw, ImageFilter

    img = Image.new("L", (cols, rows), 0)
    draw = ImageDraw.Draw(img)
    x, y = cols * rng.uniform(0.45, 0.6), rows * 1.02
    points = [(x, y)]
    for i in range(60):
        y -= rows * 0.011
        x += np.sin(i / 12.0) * cols * 0.002 + rng.normal(0, 0.4)
        points.append((x, y))
    angle = -np.pi / 2
    for _ in range(10):  # the hooked tip
        angle += 0.11
        x, y = x + np.cos(angle) * rows * 0.005, y + np.sin(angle) * rows * 0.005
        points.append((x, y))
    draw.line(points, fill=255, width=max(3, cols // 150), joint="curve")
    return np.asarray(img.filter(ImageFilter.GaussianBlur(0.8)), dtype=np.float32) / 255.0


def _fluoro_background(rows: int, cols: int, rng):
    """Soft tissue, a spine and ribs, under a round collimator: what a fluoroscopy frame shows."""
    yy, xx = np.mgrid[0:rows, 0:cols].astype(np.float32)
    cx = cols * rng.uniform(0.42, 0.58)
    spine = np.exp(-(((xx - cx) / (cols * 0.07)) ** 2)) * 0.35
    vertebrae = 0.08 * (np.sin(yy / rows * np.pi * 9 + rng.uniform(0, 6)) > 0.6) * (np.abs(xx - cx) < cols * 0.07)
    ribs = np.zeros_like(xx)
    for k in range(6):
        y0 = rows * (0.1 + 0.14 * k)
        curve = y0 + (np.abs(xx - cx) / cols) ** 1.5 * rows * 0.5
        ribs += 0.12 * np.exp(-(((yy - curve) / (rows * 0.012)) ** 2)) * (np.abs(xx - cx) > cols * 0.08)
    tissue = 0.45 + 0.1 * np.sin(xx / cols * 3.1) + spine + vertebrae + ribs
    r = np.hypot(xx - cols / 2, yy - rows / 2) / (min(rows, cols) / 2)
    collimator = np.clip((1.0 - r) * 12, 0, 1)
    return tissue, collimator


def _draw_texts(img, texts, color):
    """Draw (x, y, text, size, anchor) items; returns the pixel boxes of what was drawn."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(img)
    boxes = []
    for x, y, text, size, anchor in texts:
        font = _font(size, mono=False)
        draw.text((x, y), text, fill=color, font=font, anchor=anchor)
        boxes.append((text, tuple(int(v) for v in draw.textbbox((x, y), text, font=font, anchor=anchor))))
    return boxes


def angio_overlay_texts(
    rows: int,
    cols: int,
    frame: int,
    frames: int,
    patient=FICTIONAL_PATIENTS[0],
    hospital: str = FICTIONAL_HOSPITALS[0],
    operator: str = FICTIONAL_OPERATORS[0],
    study_date: str = "14.03.2026",
    size: int | None = None,
):
    """The text an angiography system burns into each frame, where it puts it: patient block top
    left, hospital and date top right, exposure (kV, mA, ms) bottom left, frame counter and
    operator bottom right."""
    size = size or overlay_font_size(rows)
    m, step = max(6, cols // 80), int(size * 1.35)
    name, mrn, dob, sex = patient
    left = [f"{name.replace('^', ', ')}", f"ID {mrn}  {sex}", f"DOB {dob}"]
    right = [hospital, f"{study_date}  10:{22 + frame // 10:02d}:{(frame * 7) % 60:02d}", "DSA  LAO 12 CRA 8"]
    bottom_left = [f"{70 + frame % 5} kV  {180 + 3 * frame} mA  {6.3:.1f} ms", "FL 7.5 fps  DAP 12.4 Gy·cm²"]
    bottom_right = [f"Frame {frame + 1}/{frames}", operator]
    texts = [(m, m + i * step, t, size, "la") for i, t in enumerate(left)]
    texts += [(cols - m, m + i * step, t, size, "ra") for i, t in enumerate(right)]
    texts += [(m, rows - m - (len(bottom_left) - 1 - i) * step, t, size, "ld") for i, t in enumerate(bottom_left)]
    texts += [
        (cols - m, rows - m - (len(bottom_right) - 1 - i) * step, t, size, "rd") for i, t in enumerate(bottom_right)
    ]
    return texts


def render_angiogram(
    kind: str = "dsa",
    rows: int = 512,
    cols: int = 512,
    frames: int = 8,
    seed: int = 0,
    overlay: bool = True,
    bits: int = 16,
    patient=FICTIONAL_PATIENTS[0],
    font_size: int | None = None,
):
    """Frames of a synthetic DSA ("dsa": subtracted, vessels dark on grey, contrast filling the tree
    frame by frame) or fluoroscopy ("fluoro": spine, ribs, catheter, faint vessels, round
    collimator) run, with the overlay an angiography system burns in.

    Returns (frames array (frames, rows, cols) uint16 in 0..4095 or uint8, a list per frame of
    (text, (x0, y0, x1, y1)) burned in)."""
    from PIL import Image

    if kind not in ("dsa", "fluoro"):
        raise ValueError('kind must be "dsa" or "fluoro"')
    rng = np.random.default_rng(seed)
    vessels, order = _vessel_map(rows, cols, rng, trunks=1 if kind == "dsa" else 2)
    catheter = _catheter(rows, cols, rng)
    if kind == "fluoro":
        tissue, collimator = _fluoro_background(rows, cols, rng)
    top = 4095 if bits == 16 else 255
    out = np.empty((frames, rows, cols), dtype=np.uint16 if bits == 16 else np.uint8)
    boxes = []
    for f in range(frames):
        fill = min(1.0, (f + 1) / max(1.0, frames * 0.55))
        washout = max(0.0, (f - frames * 0.75) / max(1.0, frames * 0.25))
        contrast = vessels * np.clip((fill * 1.15 - order) * 4, 0, 1) * (1 - 0.6 * washout)
        if kind == "dsa":
            frame = 0.55 - 0.42 * contrast - 0.25 * catheter
            frame += rng.normal(0, 0.018, size=(rows, cols))
        else:
            frame = (tissue - 0.12 * contrast - 0.3 * catheter) * collimator
            frame += rng.normal(0, 0.02, size=(rows, cols)) * collimator
        frame = np.clip(frame, 0, 0.8)
        img = Image.fromarray((frame * 255).astype(np.uint8), "L")
        drawn = []
        if overlay:
            drawn = _draw_texts(img, angio_overlay_texts(rows, cols, f, frames, patient, size=font_size), 250)
        arr = np.asarray(img)
        if bits == 16:
            arr16 = (frame * top).astype(np.uint16)
            text = arr >= 200  # where the overlay was drawn: the system burns it in at full white
            arr16[text] = (arr[text].astype(np.uint32) * top // 255).astype(np.uint16)
            out[f] = arr16
        else:
            out[f] = arr
        boxes.append(drawn)
    return out, boxes


def make_angiogram(
    path: str | Path,
    kind: str = "dsa",
    rows: int = 512,
    cols: int = 512,
    frames: int = 8,
    seed: int = 0,
    overlay: bool = True,
    bits: int = 16,
    burned_in_annotation: str | None = None,
    font_size: int | None = None,
) -> Path:
    """Write a synthetic multi-frame XA DICOM (DSA or fluoroscopy) whose pixels carry the burned-in
    overlay of an angiography system, while its header (by default) says nothing about it: no
    BurnedInAnnotation element, as in the files that slipped through before OCR."""
    data, _boxes = render_angiogram(kind, rows, cols, frames, seed, overlay, bits, font_size=font_size)
    return make_dicom(path, modality="XA", seed=seed, pixel_data=data, burned_in_annotation=burned_in_annotation)


def render_ultrasound(
    rows: int = 480, cols: int = 640, seed: int = 0, overlay: bool = True, font_size: int | None = None
):
    """A synthetic ultrasound frame: a speckled sector with a dark cyst-like region, the header bar
    (hospital, patient, date, probe, MI/TIS) and a depth scale. Returns (uint8 array, text boxes)."""
    from PIL import Image, ImageDraw

    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:rows, 0:cols].astype(np.float32)
    apex_x, apex_y = cols / 2, rows * 0.08
    r = np.hypot(xx - apex_x, yy - apex_y)
    theta = np.arctan2(xx - apex_x, yy - apex_y)
    sector = (np.abs(theta) < 0.62) & (r > rows * 0.05) & (r < rows * 0.95)
    speckle = rng.rayleigh(0.35, size=(rows, cols)).astype(np.float32)
    layers = 0.5 + 0.25 * np.sin(r / rows * 18 + rng.uniform(0, 6))
    cyst = np.hypot(xx - cols * rng.uniform(0.42, 0.58), yy - rows * 0.55) < rows * 0.09
    image = np.clip(speckle * layers * (1 - 0.85 * cyst) * (1.1 - r / rows * 0.6), 0, 1) * sector
    img = Image.fromarray((image * 200).astype(np.uint8), "L")
    boxes = []
    if overlay:
        size = font_size or overlay_font_size(rows)
        name, mrn, dob, _sex = FICTIONAL_PATIENTS[seed % len(FICTIONAL_PATIENTS)]
        texts = [
            (8, 6, FICTIONAL_HOSPITALS[seed % 3], size, "la"),
            (8, 6 + int(size * 1.4), f"{name.replace('^', ' ')}  {mrn}", size, "la"),
            (cols - 8, 6, "14/03/2026 10:22:01", size, "ra"),
            (cols - 8, 6 + int(size * 1.4), "C5-1  Abd  MI 1.2 TIS 0.4", size, "ra"),
            (8, rows - 8, f"DOB {dob}", size, "ld"),
        ]
        boxes = _draw_texts(img, texts, 235)
        draw = ImageDraw.Draw(img)
        for k in range(1, 9):  # depth ticks, no text
            y = int(rows * 0.08 + k * rows * 0.1)
            draw.line((cols - 20, y, cols - 12, y), fill=180)
    return np.asarray(img), boxes


def make_ultrasound(
    path: str | Path,
    rows: int = 480,
    cols: int = 640,
    seed: int = 0,
    overlay: bool = True,
    burned_in_annotation: str | None = None,
) -> Path:
    """Write a synthetic US DICOM frame with its header bar burned in (8-bit grey)."""
    data, _ = render_ultrasound(rows, cols, seed, overlay)
    return make_dicom(path, modality="US", seed=seed, pixel_data=data, burned_in_annotation=burned_in_annotation)


def render_pacs_screenshot(width: int = 1280, height: int = 800, seed: int = 0, font_size: int | None = None):
    """A synthetic PACS viewer screenshot: a dark window with a study list on the left, a DSA frame
    in the viewport with the viewer's corner overlays, window/level and zoom. Returns (RGB array, boxes)."""
    from PIL import Image, ImageDraw

    size = font_size or max(13, height // 55)
    img = Image.new("RGB", (width, height), (24, 26, 30))
    draw = ImageDraw.Draw(img)
    panel = int(width * 0.22)
    draw.rectangle((0, 0, width, int(size * 2.2)), fill=(45, 48, 56))
    boxes = _draw_texts(img, [(10, int(size * 0.4), "Viewer  File  Study  Tools  Help", size, "la")], (210, 210, 210))
    draw.rectangle((0, int(size * 2.2), panel, height), fill=(34, 36, 42))
    view_size = min(width - panel - 20, height - int(size * 2.2) - 20)
    frames, _ = render_angiogram("dsa", view_size, view_size, frames=6, seed=seed, overlay=False, bits=8)
    view = Image.fromarray(frames[4], "L").convert("RGB")
    x0, y0 = panel + 10, int(size * 2.2) + 10
    img.paste(view, (x0, y0))
    patients = FICTIONAL_PATIENTS
    items = []
    y = int(size * 3)
    for name, mrn, dob, _sex in patients:
        items += [
            (10, y, name.replace("^", ", "), size, "la"),
            (10, y + int(size * 1.3), f"{mrn}  {dob}", size - 1, "la"),
        ]
        y += int(size * 3.2)
    boxes += _draw_texts(img, items, (200, 205, 215))
    name, mrn, dob, sex = patients[seed % len(patients)]
    m = 8
    corner = [
        (x0 + m, y0 + m, name.replace("^", " "), size, "la"),
        (x0 + m, y0 + m + int(size * 1.35), f"{mrn} {sex} {dob}", size, "la"),
        (x0 + view_size - m, y0 + m, FICTIONAL_HOSPITALS[0], size, "ra"),
        (x0 + view_size - m, y0 + m + int(size * 1.35), "Study 14/03/2026", size, "ra"),
        (x0 + m, y0 + view_size - m, "W: 400  L: 40  Zoom 1.00", size, "ld"),
        (x0 + view_size - m, y0 + view_size - m, "Im: 5/6  Se: 3", size, "rd"),
    ]
    boxes += _draw_texts(img, corner, (255, 235, 120))
    return np.asarray(img), boxes


def make_pacs_screenshot(path: str | Path, width: int = 1280, height: int = 800, seed: int = 0) -> Path:
    """Write the synthetic PACS screenshot as PNG (or JPEG, by the extension)."""
    from PIL import Image

    path = Path(path)
    arr, _ = render_pacs_screenshot(width, height, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(arr).save(path, "JPEG" if path.suffix.lower() in (".jpg", ".jpeg") else "PNG")
    return path


def render_monitor_photo(width: int = 1600, height: int = 1200, seed: int = 0, font_size: int | None = None):
    """A synthetic phone photo of a monitor showing the IR worklist: the screen tilted in
    perspective, with glare, a bezel, a desk below, blur and sensor noise. Returns (RGB array, boxes
    of the worklist text after the perspective, approximately)."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = np.random.default_rng(seed)
    sw, sh = int(width * 0.8), int(height * 0.7)
    size = font_size or max(16, sh // 30)
    screen = Image.new("RGB", (sw, sh), (235, 238, 242))
    draw = ImageDraw.Draw(screen)
    draw.rectangle((0, 0, sw, int(size * 2)), fill=(30, 70, 130))
    rows_txt = [(10, int(size * 0.45), "IR worklist  Angio suite 2  14/03/2026", size, "la")]
    header = ["Time", "Patient", "MRN", "DOB", "Procedure"]
    cols_x = [10, int(sw * 0.1), int(sw * 0.4), int(sw * 0.58), int(sw * 0.75)]
    y = int(size * 2.6)
    rows_txt += [(x, y, h, size, "la") for x, h in zip(cols_x, header, strict=True)]
    procedures = ["TACE", "Nephrostomy", "UAE", "PICC line"]
    for i, (name, mrn, dob, _sex) in enumerate(FICTIONAL_PATIENTS):
        y += int(size * 1.8)
        cells = [f"{8 + i:02d}:30", name.replace("^", ", "), mrn, dob, procedures[i]]
        rows_txt += [(x, y, c, size, "la") for x, c in zip(cols_x, cells, strict=True)]
    boxes = _draw_texts(screen, rows_txt[:1], (255, 255, 255)) + _draw_texts(screen, rows_txt[1:], (20, 20, 30))
    photo = Image.new("RGB", (width, height), (92, 84, 76))
    pd = ImageDraw.Draw(photo)
    pd.rectangle((0, int(height * 0.85), width, height), fill=(120, 100, 80))  # the desk
    ox, oy = (width - sw) // 2, int(height * 0.08)
    pd.rectangle((ox - 24, oy - 24, ox + sw + 24, oy + sh + 24), fill=(18, 18, 20))  # the bezel
    # A gentle perspective: the right side of the screen a little further away.
    k = rng.uniform(0.02, 0.05)
    src_quad = [(0, 0), (sw, int(sh * k)), (sw, int(sh * (1 - k))), (0, sh)]
    coeffs = _perspective_coeffs([(0, 0), (sw, 0), (sw, sh), (0, sh)], src_quad)
    warped = screen.transform(
        (sw, sh), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=(18, 18, 20)
    )
    photo.paste(warped, (ox, oy))
    arr = np.asarray(photo, dtype=np.float32)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    glare = 40 * np.exp(-(((xx - width * 0.7) / (width * 0.25)) ** 2 + ((yy - height * 0.3) / (height * 0.2)) ** 2))
    arr = arr + glare[..., None] + rng.normal(0, 4, size=arr.shape)
    photo = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    inverse = _perspective_coeffs(src_quad, [(0, 0), (sw, 0), (sw, sh), (0, sh)])
    moved = []
    for text, (x0, y0, x1, y1) in boxes:
        pts = [_apply_perspective(inverse, x, y) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
        xs, ys = [p[0] + ox for p in pts], [p[1] + oy for p in pts]
        moved.append((text, (int(min(xs)), int(min(ys)), int(max(xs)) + 1, int(max(ys)) + 1)))
    return np.asarray(photo), moved


def _perspective_coeffs(dst_quad, src_quad):
    """PIL PERSPECTIVE coefficients mapping output points ``dst_quad`` to input points ``src_quad``."""
    matrix, vector = [], []
    for (x, y), (u, v) in zip(dst_quad, src_quad, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        vector += [u, v]
    return np.linalg.solve(np.array(matrix, dtype=float), np.array(vector, dtype=float)).tolist()


def _apply_perspective(c, x, y):
    d = c[6] * x + c[7] * y + 1
    return (c[0] * x + c[1] * y + c[2]) / d, (c[3] * x + c[4] * y + c[5]) / d


def make_monitor_photo(path: str | Path, width: int = 1600, height: int = 1200, seed: int = 0) -> Path:
    """Write the synthetic phone photo of a worklist as a JPEG with a phone's EXIF (GPS included)."""
    from PIL import Image

    path = Path(path)
    arr, _ = render_monitor_photo(width, height, seed)
    exif = Image.Exif()
    exif[0x010F] = "FictionalPhone"
    exif[0x0110] = "Model 7"
    exif[0x0132] = "2026:03:14 10:22:01"
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 39.0)}
    path.parent.mkdir(parents=True, exist_ok=True)
    img = Image.fromarray(arr)
    if path.suffix.lower() == ".png":
        img.save(path, "PNG", exif=exif.tobytes())
    else:
        img.save(path, "JPEG", exif=exif.tobytes(), quality=88)
    return path


FIGURE_ALT = (
    "Three panels of the same synthetic fluoroscopy frame (spine, ribs, catheter, branching vessels under a "
    "round collimator). Left: the frame as the angiography system exported it, with a fictional patient's "
    "name, ID and date of birth top left, hospital and date top right, kV and mA bottom left, frame counter "
    "and operator bottom right. Middle: the toolkit's OCR has boxed every line of text in red and proposed four "
    "yellow masks, one per corner. Right: the output after auto-mask, the four corners black and the anatomy "
    "untouched."
)


def make_deid_figure(path: str | Path, size: int = 512, seed: int = 4) -> tuple[Path, str]:
    """The before / text found / after figure for the chapters (PNG) and its alt text.

    Uses the toolkit itself (OCR, proposed masks, auto-mask) on a synthetic fluoroscopy frame.
    """
    import tempfile

    from PIL import Image, ImageDraw

    from irsocial.postsafety import ocr
    from irsocial.postsafety.deid import deidentify

    path = Path(path)
    frames, _ = render_angiogram("fluoro", size, size, 1, seed=seed, bits=8)
    scan = ocr.scan_frames(frames)
    masks = scan.masks((size, size))
    found = ocr.preview_image(frames, scan, masks).crop((0, 0, size, size))
    with tempfile.TemporaryDirectory() as tmp:
        src = make_dicom(Path(tmp) / "in.dcm", pixel_data=frames, burned_in_annotation=None, seed=seed)
        deidentify(src, Path(tmp) / "out.dcm", auto_mask=True)
        import pydicom

        after = pydicom.dcmread(Path(tmp) / "out.dcm").pixel_array
    panels = [Image.fromarray(frames[0]).convert("RGB"), found, Image.fromarray(after).convert("RGB")]
    titles = ["As exported (synthetic)", "Text found by OCR, masks proposed", "After --auto-mask"]
    out = Image.new("RGB", (3 * size + 16, size + 28), (255, 255, 255))
    draw = ImageDraw.Draw(out)
    for i, (panel, title) in enumerate(zip(panels, titles, strict=True)):
        out.paste(panel, (i * (size + 8), 28))
        draw.text((i * (size + 8) + 4, 4), title, fill=(0, 0, 0), font=_font(16))
    path.parent.mkdir(parents=True, exist_ok=True)
    out.save(path, "PNG")
    return path, FIGURE_ALT
