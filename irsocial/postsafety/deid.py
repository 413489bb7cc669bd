"""De-identify an image before it leaves the hospital: DICOM header and pixels, phone photos.

- **DICOM** (pydicom): the Basic Application Level Confidentiality Profile of DICOM PS3.15
  Annex E, Table E.1-1 (``irsocial.postsafety.deid_profile``), applied at every nesting depth; private
  attributes removed; UIDs replaced consistently (the same old UID gets the same new one within
  a ``UIDMap``, so a series stays a series); PatientIdentityRemoved = YES and the method
  recorded (DeidentificationMethod and its code sequence: DCM 113100 Basic Profile, plus 113101
  Clean Pixel Data when masks were applied). Free text (LT, ST, UT) and person names that the
  table does not list are not trusted either: they are removed or emptied.
- **Burned-in text**: the profile does not touch pixels (PS3.15 E.3.1). A file whose
  BurnedInAnnotation is YES, a secondary capture, or an ultrasound image is refused unless masks
  are given (or the caller confirms they looked); masks are filled with black in every frame,
  in place, one frame at a time.
- **Photos and screenshots** (JPEG, PNG): only the pixels are kept; EXIF (including GPS), XMP,
  comments, ICC profiles and PNG text chunks are dropped, after turning the image upright.

Never writes its input; refuses an existing output unless ``force``; writes to a temporary file
in the output folder and renames it, so a failure leaves nothing half-written.

>>> Mask.parse("10,20,110,60")
Mask(x0=10, y0=20, x1=110, y1=60)
"""

from __future__ import annotations

import hashlib
import os
import secrets
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from irsocial.postsafety.deid_profile import profile_row

METHOD = "DICOM PS3.15 Annex E Basic Profile (irsocial)"  # LO: at most 64 characters
MAX_PHOTO_PIXELS = 100_000_000


class DeidError(Exception):
    """Base class: the de-identification could not be done (the message says why)."""

    exit_status = 2


class InputError(DeidError):
    """The input is missing, empty, truncated or not a DICOM, JPEG or PNG file."""


class OutputError(DeidError):
    """The output exists (and ``force`` was not given), is the input, or cannot be written."""


class MaskError(DeidError):
    """A mask is malformed or cannot be applied to this image."""


class BurnedInTextError(DeidError):
    """The image probably carries burned-in text and no masks were given."""

    exit_status = 1


@dataclass(frozen=True)
class Mask:
    """A rectangle to fill with black: columns x0..x1-1 and rows y0..y1-1 (pixels)."""

    x0: int
    y0: int
    x1: int
    y1: int

    @classmethod
    def parse(cls, text: str) -> Mask:
        """Read "X0,Y0,X1,Y1" (as on the command line)."""
        try:
            values = [int(v) for v in str(text).split(",")]
        except ValueError:
            raise MaskError(f"Mask {text!r} must be four whole numbers X0,Y0,X1,Y1.") from None
        if len(values) != 4:
            raise MaskError(f"Mask {text!r} must be four whole numbers X0,Y0,X1,Y1.")
        mask = cls(*values)
        if min(values) < 0 or mask.x1 <= mask.x0 or mask.y1 <= mask.y0:
            raise MaskError(f"Mask {text!r} is empty or negative: need 0 <= X0 < X1 and 0 <= Y0 < Y1.")
        return mask


@dataclass
class DeidReport:
    """What was done to one file, so a resident can see the work."""

    kind: str  # "dicom", "jpeg" or "png"
    source: str
    output: str
    removed: list[str] = field(default_factory=list)
    emptied: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    uids_replaced: int = 0
    private_removed: int = 0
    masks: list[list[int]] = field(default_factory=list)
    frames_masked: int = 0
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    def lines(self) -> list[str]:
        """The report as short lines of text."""
        out = [f"De-identified {self.kind.upper()} {self.source} -> {self.output}"]
        if self.removed:
            out.append(f"Removed ({len(self.removed)}): " + ", ".join(sorted(set(self.removed))))
        if self.emptied:
            out.append(f"Emptied ({len(self.emptied)}): " + ", ".join(sorted(set(self.emptied))))
        if self.replaced:
            out.append(f"Replaced ({len(self.replaced)}): " + ", ".join(sorted(set(self.replaced))))
        if self.uids_replaced:
            out.append(f"UIDs replaced: {self.uids_replaced}")
        if self.private_removed:
            out.append(f"Private attributes removed: {self.private_removed}")
        if self.masks:
            out.append(f"Masked {len(self.masks)} rectangle(s) in {self.frames_masked} frame(s): {self.masks}")
        out += self.notes
        return out


class UIDMap:
    """Replaces UIDs consistently: the same old UID always maps to the same new one.

    New UIDs are derived from the old one and a random secret of this map (UUID-derived 2.25
    form), so they cannot be traced back without the secret, which is never saved.

    >>> m = UIDMap(); a = m("1.2.3.4.5.6"); a == m("1.2.3.4.5.6") and a != m("1.2.3.4.5.7")
    True
    """

    def __init__(self, secret: str | None = None):
        self._secret = secret or secrets.token_hex(16)
        self._map: dict[str, str] = {}

    def __call__(self, old: str) -> str:
        old = str(old).strip()
        if not old:
            return old
        if old not in self._map:
            digest = hashlib.sha256(f"{self._secret}:{old}".encode()).digest()
            self._map[old] = "2.25." + str(int.from_bytes(digest[:16], "big"))  # PS3.5 B.2 UUID form
        return self._map[old]

    def __len__(self) -> int:
        return len(self._map)


# --- files ------------------------------------------------------------------------------------

def detect_kind(path: str | Path) -> str:
    """"dicom", "jpeg" or "png" from the file's first bytes; ``InputError`` otherwise."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(132)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file.") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not a file.") from None
    except OSError as exc:
        raise InputError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    if not head:
        raise InputError(f"{path} is empty.")
    if len(head) == 132 and head[128:132] == b"DICM":
        return "dicom"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    raise InputError(f"{path} is not a DICOM file (no DICM marker), a JPEG or a PNG.")


def _check_paths(src: Path, dst: Path, force: bool) -> None:
    if dst.exists():
        if dst.is_dir():
            raise OutputError(f"{dst} is a folder: give a file name for the output.")
        if src.exists() and os.path.samefile(src, dst):
            raise OutputError(f"{dst} is the input file: the input is never overwritten; choose another name.")
        if not force:
            raise OutputError(f"{dst} already exists: choose another name or add --force.")
    if not dst.parent.exists():
        raise OutputError(f"The folder {dst.parent} does not exist.")


def _write_atomically(dst: Path, write) -> None:
    """Call ``write(file_object)`` on a temporary file beside ``dst``, then rename it to ``dst``."""
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".part", dir=dst.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dst)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def deidentify(
    src: str | Path,
    dst: str | Path,
    masks: list[Mask] | tuple[Mask, ...] = (),
    force: bool = False,
    confirm_no_burned_in: bool = False,
    uid_map: UIDMap | None = None,
) -> DeidReport:
    """De-identify one DICOM, JPEG or PNG file ``src`` into a new file ``dst``.

    Raises ``InputError``/``OutputError``/``MaskError`` (exit status 2 on the command line) or
    ``BurnedInTextError`` (exit status 1).
    """
    src, dst = Path(src), Path(dst)
    kind = detect_kind(src)
    _check_paths(src, dst, force)
    masks = [m if isinstance(m, Mask) else Mask.parse(m) for m in masks]
    if kind == "dicom":
        return _deidentify_dicom(src, dst, masks, confirm_no_burned_in, uid_map if uid_map is not None else UIDMap())
    return _deidentify_photo(src, dst, kind, masks)


# --- DICOM --------------------------------------------------------------------------------------

_DUMMY = {"PN": "ANONYMOUS", "DA": "19000101", "TM": "000000", "DT": "19000101000000", "AS": "000Y",
          "IS": "0", "DS": "0"}
_TEXT_VRS = {"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM", "UC", "UR", "UT", "UI"}
_FREE_TEXT_VRS = {"LT", "ST", "UT"}  # free text is not trusted, listed or not
_BURNED_IN_MODALITIES = {"US", "SC", "OT", "XC", "ES"}


def burned_in_reason(ds) -> str | None:
    """Why this dataset probably carries burned-in text (None if there is no sign of it)."""
    if str(ds.get("BurnedInAnnotation", "")).upper() == "YES":
        return "BurnedInAnnotation is YES"
    sop_class = str(ds.get("SOPClassUID", ""))
    if sop_class.startswith("1.2.840.10008.5.1.4.1.1.7"):
        return "it is a secondary capture (screenshots and exported frames usually carry text)"
    image_type = [str(v).upper() for v in (ds.get("ImageType") or [])] if ds.get("ImageType") else []
    if "SCREEN SHOT" in image_type or "SCREENSHOT" in image_type:
        return "its image type says it is a screenshot"
    modality = str(ds.get("Modality", "")).upper()
    if modality in _BURNED_IN_MODALITIES:
        return f"modality {modality} images routinely carry burned-in text"
    return None


def deidentify_dataset(ds, uid_map: UIDMap | None = None, report: DeidReport | None = None) -> DeidReport:
    """Apply the Basic Profile to a pydicom ``Dataset`` in memory (header only, not pixels)."""
    from pydicom.dataset import Dataset
    from pydicom.sequence import Sequence

    uid_map = uid_map if uid_map is not None else UIDMap()
    report = report or DeidReport("dicom", "<dataset>", "<dataset>")
    seen_uids = len(uid_map)

    def name_of(elem, depth: str) -> str:
        return f"{depth}{elem.keyword or elem.tag}"

    def walk(dataset, depth: str) -> None:
        for elem in list(dataset):
            tag = elem.tag
            if tag.is_private:
                del dataset[tag]
                report.private_removed += 1
                continue
            if tag == 0x7FE00010:
                continue
            row = profile_row(int(tag))
            if row is not None:
                action = row.first_action
                if action == "X":
                    del dataset[tag]
                    report.removed.append(name_of(elem, depth))
                elif action == "Z":
                    if elem.VR == "SQ":
                        elem.value = Sequence([])
                    elif elem.VR.startswith("O") or elem.VR == "UN":
                        elem.value = b""
                    else:
                        elem.value = "" if elem.VR in _TEXT_VRS else None
                    report.emptied.append(name_of(elem, depth))
                elif action == "D":
                    if elem.VR == "SQ":
                        elem.value = Sequence([])
                    elif elem.VR == "UI":
                        elem.value = uid_map(str(elem.value))
                    elif elem.VR in _TEXT_VRS:
                        elem.value = _DUMMY.get(elem.VR, "ANONYMIZED")
                    elif elem.VR.startswith("O") or elem.VR == "UN":
                        elem.value = b"\x00\x00"
                    else:
                        elem.value = 0
                    report.replaced.append(name_of(elem, depth))
                elif action == "U":
                    if elem.VR == "SQ":
                        walk_sequence(elem, depth)
                    elif elem.VM > 1:
                        elem.value = [uid_map(str(v)) for v in elem.value]
                    elif elem.value:
                        elem.value = uid_map(str(elem.value))
                continue  # K and C rows do not occur in the first position of the Basic Profile
            if elem.VR == "SQ":
                walk_sequence(elem, depth)
            elif elem.VR in _FREE_TEXT_VRS:
                del dataset[tag]
                report.removed.append(name_of(elem, depth) + " (free text, not trusted)")
            elif elem.VR in ("DA", "DT", "TM") and elem.value:
                del dataset[tag]
                report.removed.append(name_of(elem, depth) + " (date or time, not trusted)")
            elif elem.VR == "PN" and elem.value:
                elem.value = ""
                report.emptied.append(name_of(elem, depth) + " (person name, not trusted)")

    def walk_sequence(elem, depth: str) -> None:
        for item in elem.value:
            if isinstance(item, Dataset):
                walk(item, f"{depth}{elem.keyword or elem.tag} > ")

    walk(ds, "")
    meta = getattr(ds, "file_meta", None)
    if meta is not None and "MediaStorageSOPInstanceUID" in meta:
        meta.MediaStorageSOPInstanceUID = ds.get("SOPInstanceUID") or uid_map(str(meta.MediaStorageSOPInstanceUID))
    report.uids_replaced += len(uid_map) - seen_uids
    ds.PatientIdentityRemoved = "YES"
    ds.LongitudinalTemporalInformationModified = "REMOVED"
    ds.DeidentificationMethod = METHOD
    code = Dataset()
    code.CodeValue, code.CodingSchemeDesignator = "113100", "DCM"
    code.CodeMeaning = "Basic Application Confidentiality Profile"
    ds.DeidentificationMethodCodeSequence = Sequence([code])
    return report


def _pixel_geometry(ds) -> tuple[int, int, int, int, int, int]:
    rows, cols = int(ds.Rows), int(ds.Columns)
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    spp = int(ds.get("SamplesPerPixel", 1) or 1)
    bits = int(ds.BitsAllocated)
    planar = int(ds.get("PlanarConfiguration", 0) or 0)
    return rows, cols, frames, spp, bits, planar


def _mask_pixels(ds, masks: list[Mask], report: DeidReport) -> None:
    """Fill the masks with black in every frame, in place in one buffer, frame by frame."""
    import numpy as np

    if "PixelData" not in ds:
        raise MaskError("This DICOM file has no pixel data to mask.")
    if ds.file_meta.TransferSyntaxUID.is_compressed:
        raise MaskError(
            f"Masks need uncompressed pixel data; this file is {ds.file_meta.TransferSyntaxUID.name}. "
            "Export it uncompressed first."
        )
    try:
        rows, cols, frames, spp, bits, planar = _pixel_geometry(ds)
    except (AttributeError, KeyError, TypeError, ValueError):
        raise InputError("The image attributes (Rows, Columns, BitsAllocated) are missing or invalid.") from None
    if bits not in (8, 16, 32):
        raise MaskError(f"Masks support 8-, 16- and 32-bit pixels, not {bits}-bit.")
    for m in masks:
        if m.x0 >= cols or m.y0 >= rows:
            raise MaskError(f"Mask {m.x0},{m.y0},{m.x1},{m.y1} lies outside the {cols}x{rows} image.")
    signed = int(ds.get("PixelRepresentation", 0) or 0) == 1
    dtype = np.dtype(f"{'i' if signed else 'u'}{bits // 8}")
    if not ds.file_meta.TransferSyntaxUID.is_little_endian:
        dtype = dtype.newbyteorder(">")
    count = rows * cols * frames * spp
    element = ds["PixelData"]
    buffer = bytearray(element.value)  # the one writable copy of the pixels
    # Hand the buffer to the element directly: the setter would turn a bytearray into a list of
    # ints; this way the original bytes are released and the file is written from this buffer.
    element._value = buffer
    if len(buffer) < count * dtype.itemsize:
        raise InputError(f"The pixel data is truncated: {len(buffer)} bytes, {count * dtype.itemsize} expected.")
    pixels = np.frombuffer(buffer, dtype=dtype, count=count)
    if spp == 1:
        pixels = pixels.reshape(frames, rows, cols)
    elif planar == 0:
        pixels = pixels.reshape(frames, rows, cols, spp)
    else:
        pixels = pixels.reshape(frames, spp, rows, cols)
    stored = int(ds.get("BitsStored", bits) or bits)
    if str(ds.get("PhotometricInterpretation", "")).upper() == "MONOCHROME1":
        black = (1 << (stored - 1)) - 1 if signed else (1 << stored) - 1  # MONOCHROME1: high = black
    else:
        black = -(1 << (stored - 1)) if signed else 0
    for f in range(frames):
        frame = pixels[f]
        for m in masks:
            if spp > 1 and planar == 1:
                frame[:, m.y0 : m.y1, m.x0 : m.x1] = black
            else:
                frame[m.y0 : m.y1, m.x0 : m.x1] = black
    report.frames_masked = frames
    report.masks = [[m.x0, m.y0, m.x1, m.y1] for m in masks]


def _check_not_truncated(ds, src: Path) -> None:
    """pydicom stops quietly at a cut-off file; compare the raw elements with the file's size."""
    from pydicom.dataelem import RawDataElement

    raw = [e for e in ds._dict.values() if isinstance(e, RawDataElement)]
    for elem in raw:
        if elem.value is not None and elem.length != 0xFFFFFFFF and len(elem.value) < elem.length:
            raise InputError(f"{src} is truncated: {elem.tag} has {len(elem.value)} of {elem.length} bytes.")
    if raw:
        last = max(raw, key=lambda e: e.value_tell)
        if last.length != 0xFFFFFFFF and last.value_tell + last.length < src.stat().st_size - 8:
            return  # more data after the last element read: pydicom would have read it
        if last.length != 0xFFFFFFFF and last.value_tell + last.length != src.stat().st_size:
            raise InputError(f"{src} is truncated or has trailing bytes after {last.tag}.")


def _read_dicom(src: Path):
    import pydicom
    from pydicom.errors import InvalidDicomError

    try:
        ds = pydicom.dcmread(src)
        meta = ds.file_meta
        if len(ds) == 0 or "TransferSyntaxUID" not in meta or "MediaStorageSOPInstanceUID" not in meta:
            raise InputError(f"{src} is truncated or incomplete: no data set after the DICM header.")
        _check_not_truncated(ds, src)
        for elem in ds:  # touch every element so a truncated header fails here, not later
            elem.value  # noqa: B018
    except (InvalidDicomError, EOFError, ValueError, KeyError, TypeError, OSError, AttributeError) as exc:
        raise InputError(f"{src} is not a readable DICOM file ({type(exc).__name__}: {str(exc)[:80]}).") from None
    if "PixelData" in ds and "Rows" in ds and not ds.file_meta.TransferSyntaxUID.is_compressed:
        try:
            rows, cols, frames, spp, bits, _planar = _pixel_geometry(ds)
        except (AttributeError, KeyError, TypeError, ValueError):
            raise InputError(f"{src}: the image attributes are missing or invalid.") from None
        expected = rows * cols * frames * spp * bits // 8
        if len(ds.PixelData) < expected:
            raise InputError(f"{src} is truncated: pixel data has {len(ds.PixelData)} of {expected} bytes.")
    return ds


def _deidentify_dicom(src: Path, dst: Path, masks: list[Mask], confirm: bool, uid_map: UIDMap) -> DeidReport:
    ds = _read_dicom(src)
    reason = burned_in_reason(ds)
    if reason and not masks and not confirm and "PixelData" in ds:
        raise BurnedInTextError(
            f"Refused: {reason}, so names or dates may be printed in the pixels, which header "
            "de-identification does not touch. Look at every frame and give --mask X0,Y0,X1,Y1 "
            "for each text area (or --confirm-no-burned-in if there is none)."
        )
    report = DeidReport("dicom", str(src), str(dst))
    if masks:
        _mask_pixels(ds, masks, report)
    deidentify_dataset(ds, uid_map, report)
    if masks:
        from pydicom.dataset import Dataset

        code = Dataset()
        code.CodeValue, code.CodingSchemeDesignator = "113101", "DCM"
        code.CodeMeaning = "Clean Pixel Data Option"
        ds.DeidentificationMethodCodeSequence.append(code)
        ds.DeidentificationMethod = METHOD + "; pixels masked"
        ds.BurnedInAnnotation = "NO"
        report.notes.append("BurnedInAnnotation set to NO: check the output image yourself.")
    elif reason and confirm:
        report.notes.append(f"Warning: {reason}; you confirmed the pixels carry no text.")
    if "PixelData" not in ds:
        report.notes.append("The file has no pixel data (header only).")
    report.notes.append("Kept: attributes that Table E.1-1 does not list (check descriptions you add later).")
    _write_atomically(dst, lambda fh: ds.save_as(fh, enforce_file_format=True))
    return report


# --- photos ---------------------------------------------------------------------------------------

def _deidentify_photo(src: Path, dst: Path, kind: str, masks: list[Mask]) -> DeidReport:
    from PIL import ExifTags, Image, ImageDraw, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PHOTO_PIXELS
    report = DeidReport(kind, str(src), str(dst))
    try:
        with Image.open(src) as img:
            img.load()
            exif = img.getexif()
            for tag in exif:
                report.removed.append(f"EXIF {ExifTags.TAGS.get(tag, hex(tag))}")
            if 0x8825 in exif:
                for tag in exif.get_ifd(0x8825):
                    report.removed.append(f"EXIF GPS {ExifTags.GPSTAGS.get(tag, hex(tag))}")
            for key in img.info:
                if key in ("exif", "jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi", "progressive", "progression"):
                    continue
                report.removed.append("XMP" if key in ("xmp", "XML:com.adobe.xmp") else f"{key}")
            upright = ImageOps.exif_transpose(img)
            if upright.mode not in ("RGB", "RGBA", "L", "LA"):
                upright = upright.convert("RGBA" if "A" in upright.getbands() or "transparency" in img.info else "RGB")
            clean = Image.frombytes(upright.mode, upright.size, upright.tobytes())
    except Image.DecompressionBombError:
        raise InputError(f"{src} is too large to open safely (over {MAX_PHOTO_PIXELS:,} pixels).") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"{src} is not a readable {kind.upper()} image ({str(exc)[:80]}).") from None
    if kind == "jpeg" and clean.mode not in ("RGB", "L"):
        clean = clean.convert("RGB")
    width, height = clean.size
    if masks:
        draw = ImageDraw.Draw(clean)
        fill = (0,) * len(clean.getbands()) if len(clean.getbands()) > 1 else 0
        if clean.mode in ("RGBA", "LA"):
            fill = (0,) * (len(clean.getbands()) - 1) + (255,)
        for m in masks:
            if m.x0 >= width or m.y0 >= height:
                raise MaskError(f"Mask {m.x0},{m.y0},{m.x1},{m.y1} lies outside the {width}x{height} image.")
            draw.rectangle((m.x0, m.y0, min(m.x1, width) - 1, min(m.y1, height) - 1), fill=fill)
        report.masks = [[m.x0, m.y0, m.x1, m.y1] for m in masks]
        report.frames_masked = 1
    report.notes.append("Only the pixels were kept (turned upright first, so the picture looks the same).")

    def write(fh) -> None:
        if kind == "jpeg":
            clean.save(fh, "JPEG", quality=95)
        else:
            clean.save(fh, "PNG")

    _write_atomically(dst, write)
    return report
