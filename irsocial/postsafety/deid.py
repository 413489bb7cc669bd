"""De-identify an image before it leaves the hospital: DICOM header and pixels, phone photos.

- **DICOM** (pydicom): the Basic Application Level Confidentiality Profile of DICOM PS3.15
  Annex E, Table E.1-1 (``irsocial.postsafety.deid_profile``), applied at every nesting depth; private
  attributes removed; UIDs replaced consistently (the same old UID gets the same new one within
  a ``UIDMap``, so a series stays a series); PatientIdentityRemoved = YES and the method
  recorded (DeidentificationMethod and its code sequence: DCM 113100 Basic Profile, plus 113101
  Clean Pixel Data when masks were applied). Beyond the table, nothing is trusted that is not
  known to be safe: every UID except the standard's own (``1.2.840.10008.``) is replaced; free
  text, person names, dates, times, URLs, AE titles, unknown public tags, UN values, overlays and
  curves are removed; the file meta group keeps only what a reader needs. Encapsulated documents
  (PDF, CDA, 3-D models) are refused: their payload cannot be checked.
- **Burned-in text, found by OCR** (``irsocial.postsafety.ocr``): every frame is read, whatever
  the header says. Text found: refused (``BurnedInTextError``, exit 1) with the ``--mask`` values
  that cover every region (merged, with a margin) and, if asked, a preview PNG with the boxes
  drawn. ``auto_mask`` blacks the regions out in every frame and reads the result again to prove
  nothing readable is left. A header that says text is there (BurnedInAnnotation YES, secondary
  capture, ultrasound...) still needs masks or the caller's confirmation.
- **Pixels**: the pixel data must be exactly as long as the header says (else refused); bits
  above BitsStored (where overlays hide) are cleared; compressed frames are decoded and written
  uncompressed, so metadata segments inside encapsulated JPEG frames do not survive; YBR colour
  is written as RGB; Deflated files are written as Explicit VR Little Endian.
- **Photos and screenshots** (JPEG, PNG): only the pixels are kept; EXIF (including GPS), XMP,
  comments, ICC profiles and PNG text chunks are dropped, after turning the image upright;
  16-bit PNG depth is kept.

Never writes its input; refuses an existing output unless ``force``; writes what the output's
extension says (or refuses); writes to a temporary file in the output folder and renames it, with
the permissions the user's umask gives, so a failure leaves nothing half-written.

>>> Mask.parse("10,20,110,60")
Mask(x0=10, y0=20, x1=110, y1=60)
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
import tempfile
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path

from irsocial.postsafety.deid_profile import profile_row

METHOD = "DICOM PS3.15 Annex E Basic Profile (irsocial)"  # LO: at most 64 characters
MAX_PHOTO_PIXELS = 100_000_000  # per image or per frame, every format
MAX_PIXEL_BYTES = 2 * 1024**3  # a DICOM file's whole pixel data

logging.getLogger("pydicom").addHandler(logging.NullHandler())  # no stray log lines on stderr


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
    """The image carries (or probably carries) burned-in text and no masks were given.

    ``masks`` holds the rectangles that would cover every text region found (may be empty when
    the refusal comes from the header alone); ``frames`` the frames (1-based) with text."""

    exit_status = 1

    def __init__(self, message: str, masks: list[Mask] | None = None, frames: list[int] | None = None):
        super().__init__(message)
        self.masks = list(masks or [])
        self.frames = list(frames or [])


@dataclass(frozen=True)
class Mask:
    """A rectangle to fill with black: columns x0..x1-1 and rows y0..y1-1 (pixels)."""

    x0: int
    y0: int
    x1: int
    y1: int

    @classmethod
    def parse(cls, text: str) -> Mask:
        """Read "X0,Y0,X1,Y1" (as on the command line; "(0, 0, 64, 20)" and spaces are fine too).

        >>> Mask.parse("(0, 0, 64, 20)").arg()
        '--mask 0,0,64,20'
        """
        cleaned = str(text).strip().strip("()[]").strip()
        try:
            values = [int(v) for v in re.split(r"[,\s]+", cleaned) if v]
        except ValueError:
            raise MaskError(f"Mask {text!r} must be four whole numbers X0,Y0,X1,Y1.") from None
        if len(values) != 4:
            raise MaskError(f"Mask {text!r} must be four whole numbers X0,Y0,X1,Y1.")
        mask = cls(*values)
        if min(values) < 0 or mask.x1 <= mask.x0 or mask.y1 <= mask.y0:
            raise MaskError(f"Mask {text!r} is empty or negative: need 0 <= X0 < X1 and 0 <= Y0 < Y1.")
        return mask

    def arg(self) -> str:
        return f"--mask {self.x0},{self.y0},{self.x1},{self.y1}"


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
    frames_checked: int = 0  # frames read by OCR (every frame, unless the caller confirmed)
    frames_read: int = 0  # distinct frames sent to the OCR engine (identical frames are read once)
    text_frames: list[int] = field(default_factory=list)  # 1-based frames where text was found
    auto_masks: list[list[int]] = field(default_factory=list)
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
        if self.frames_checked:
            out.append(
                f"OCR read {self.frames_checked} frame(s) ({self.frames_read} distinct): text found in "
                f"{len(self.text_frames)} before masking, none readable after."
            )
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
        old = str(old).strip().rstrip("\x00")
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
    """ "dicom", "jpeg" or "png" from the file's first bytes; ``InputError`` otherwise."""
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


_EXTENSIONS = {
    ".dcm": "dicom",
    ".dicom": "dicom",
    ".dic": "dicom",
    "": "dicom",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".png": "png",
}


def output_kind(src_kind: str, dst: Path) -> str:
    """What to write, from OUT's extension: a photo may become JPEG or PNG; DICOM stays DICOM."""
    suffix = dst.suffix.lower()
    wanted = _EXTENSIONS.get(suffix)
    if wanted is None:
        allowed = ".dcm" if src_kind == "dicom" else ".jpg, .jpeg or .png"
        raise OutputError(f"{dst}: the extension {suffix!r} is not one this tool writes; use {allowed}.")
    if (wanted == "dicom") != (src_kind == "dicom"):
        if src_kind == "dicom":
            raise OutputError(f"{dst}: the input is DICOM, so the output must be DICOM too: name it .dcm.")
        raise OutputError(f"{dst}: the input is a {src_kind.upper()} picture: name the output .jpg or .png.")
    return wanted


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


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_atomically(dst: Path, write) -> None:
    """Call ``write(file_object)`` on a temporary file beside ``dst``, then rename it to ``dst``
    with the permissions a new file gets under the user's umask (not the 0600 of a temp file)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".part", dir=dst.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~current_umask())
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
    auto_mask: bool = False,
    preview: str | Path | None = None,
) -> DeidReport:
    """De-identify one DICOM, JPEG or PNG file ``src`` into a new file ``dst``.

    Every frame is read by OCR unless ``confirm_no_burned_in``. ``auto_mask`` masks what OCR
    finds (and checks the result again); ``preview`` writes a PNG with the regions found drawn.
    Raises ``InputError``/``OutputError``/``MaskError`` (exit status 2 on the command line) or
    ``BurnedInTextError`` (exit status 1). Library warnings end up in the report's notes.
    """
    src, dst = Path(src), Path(dst)
    kind = detect_kind(src)
    _check_paths(src, dst, force)
    out_kind = output_kind(kind, dst)
    masks = [m if isinstance(m, Mask) else Mask.parse(m) for m in masks]
    preview = Path(preview) if preview else None
    if preview is not None and preview.exists() and os.path.samefile(preview, src):
        raise OutputError(f"{preview} is the input file: choose another name for the preview.")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if kind == "dicom":
            report = _deidentify_dicom(
                src, dst, masks, confirm_no_burned_in, uid_map if uid_map is not None else UIDMap(), auto_mask, preview
            )
        else:
            report = _deidentify_photo(src, dst, kind, out_kind, masks, confirm_no_burned_in, auto_mask, preview)
    for w in caught:
        message = f"Library warning: {str(w.message).splitlines()[0][:120]}" if str(w.message) else ""
        if message and message not in report.notes:
            report.notes.append(message)
    return report


# --- burned-in text: OCR on every frame ---------------------------------------------------------


def _ocr():
    from irsocial.postsafety import ocr

    try:
        ocr.engine()
    except ocr.OCRUnavailable as exc:
        raise DeidError(
            f"Cannot check the pixels for burned-in text: {exc}. "
            "Install it, or look at every frame yourself and add --confirm-no-burned-in."
        ) from None
    return ocr


def _apply_masks(frames, masks: list[Mask], black, planar: bool) -> None:
    """Fill the masks with ``black`` in every frame of ``frames`` (frames, rows, cols[, spp])."""
    for f in range(frames.shape[0]):
        frame = frames[f]
        for m in masks:
            if planar:
                frame[:, m.y0 : m.y1, m.x0 : m.x1] = black
            else:
                frame[m.y0 : m.y1, m.x0 : m.x1] = black


def _text_check(
    frames_for_ocr,
    apply,
    size: tuple[int, int],
    masks: list[Mask],
    auto_mask: bool,
    preview: Path | None,
    report: DeidReport,
    invert: bool = False,
) -> list[Mask]:
    """Read every frame; with ``auto_mask`` mask what is found and read again (up to three rounds).

    ``frames_for_ocr()`` gives the current frames (after masks); ``apply(new_masks)`` masks them.
    Returns the masks added automatically; raises ``BurnedInTextError`` if readable text is left.
    """
    ocr = _ocr()
    added: list[Mask] = []
    first = None
    for _round in range(3):
        scan = ocr.scan_frames(frames_for_ocr(), invert)
        if first is None:
            first = scan
            report.frames_checked, report.frames_read = scan.frames, scan.frames_read
            report.text_frames = [f + 1 for f in scan.text_frames]
        if not scan.found:
            if added:
                report.auto_masks = [[m.x0, m.y0, m.x1, m.y1] for m in added]
                report.notes.append(
                    f"Auto-mask: {len(added)} region(s) blacked out in every frame; OCR read the "
                    "result again and found nothing readable. Look at it yourself before posting."
                )
            return added
        proposed = [Mask(*box) for box in scan.masks(size)]
        if preview is not None:
            _write_preview(preview, frames_for_ocr(), scan, proposed)
        if not auto_mask:
            every = masks + proposed
            frames_txt = ", ".join(str(f + 1) for f in scan.text_frames[:12]) + (
                "…" if len(scan.text_frames) > 12 else ""
            )
            raise BurnedInTextError(
                f"Refused: OCR found text in {len(scan.text_frames)} of {scan.frames} frame(s) (frame {frames_txt}), "
                "whatever the header says. Check the boxes"
                + (f" in the preview {preview}" if preview is not None else " (add --preview PNG to see them)")
                + ", then run again with "
                + " ".join(m.arg() for m in every)
                + " (or --auto-mask).",
                every,
                [f + 1 for f in scan.text_frames],
            )
        apply(proposed)
        added += proposed
    raise BurnedInTextError(
        "Refused: text is still readable after auto-masking three times; mask by hand with --mask "
        "(the preview shows where) or crop the image.",
        masks + added,
        [f + 1 for f in scan.text_frames],
    )


def _write_preview(preview: Path, frames, scan, proposed: list[Mask]) -> None:
    from irsocial.postsafety import ocr

    img = ocr.preview_image(list(frames), scan, [(m.x0, m.y0, m.x1, m.y1) for m in proposed])
    try:
        _write_atomically(preview, lambda fh: img.save(fh, "PNG"))
    except OSError as exc:
        raise OutputError(f"The preview {preview} cannot be written: {exc.strerror or exc}.") from None


# --- DICOM --------------------------------------------------------------------------------------

_DUMMY = {
    "PN": "ANONYMOUS",
    "DA": "19000101",
    "TM": "000000",
    "DT": "19000101000000",
    "AS": "000Y",
    "IS": "0",
    "DS": "0",
}
_TEXT_VRS = {"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM", "UC", "UR", "UT", "UI"}
# Text that may carry a name, a date, an address or a place when the table does not list it:
# removed unless the attribute is known to be safe.
_UNTRUSTED_VRS = {"AE", "AS", "DA", "DT", "LO", "LT", "PN", "SH", "ST", "TM", "UC", "UR", "UT"}
_SAFE_TEXT = {
    "Manufacturer",
    "ManufacturerModelName",
    "SoftwareVersions",
    "CodeValue",
    "CodingSchemeDesignator",
    "CodingSchemeVersion",
    "CodeMeaning",
    "LongCodeValue",
    "URNCodeValue",
    "MappingResource",
    "ContextIdentifier",
    "DeidentificationMethod",
    "PixelSpacingCalibrationDescription",
}
_BURNED_IN_MODALITIES = {"US", "SC", "OT", "XC", "ES"}
_STANDARD_UID_ROOT = "1.2.840.10008."  # SOP classes, transfer syntaxes, coding schemes: kept
_DOCUMENT_CLASSES = {
    "1.2.840.10008.5.1.4.1.1.104.1": "an encapsulated PDF",
    "1.2.840.10008.5.1.4.1.1.104.2": "an encapsulated CDA",
    "1.2.840.10008.5.1.4.1.1.104.3": "an encapsulated STL model",
    "1.2.840.10008.5.1.4.1.1.104.4": "an encapsulated OBJ model",
    "1.2.840.10008.5.1.4.1.1.104.5": "an encapsulated MTL file",
}
_META_KEEP = ("MediaStorageSOPClassUID", "MediaStorageSOPInstanceUID", "TransferSyntaxUID")


def burned_in_reason(ds) -> str | None:
    """Why the header says this dataset probably carries burned-in text (None if it does not)."""
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


def _new_uid(value: str, uid_map: UIDMap) -> str:
    value = str(value).strip().rstrip("\x00")
    return value if not value or value.startswith(_STANDARD_UID_ROOT) else uid_map(value)


def deidentify_dataset(ds, uid_map: UIDMap | None = None, report: DeidReport | None = None) -> DeidReport:
    """Apply the Basic Profile (and the stricter rules above) to a pydicom ``Dataset`` in memory
    (header only, not pixels); the file meta group, if any, keeps only what a reader needs."""
    from pydicom.dataset import Dataset
    from pydicom.sequence import Sequence

    uid_map = uid_map if uid_map is not None else UIDMap()
    report = report or DeidReport("dicom", "<dataset>", "<dataset>")
    seen_uids = len(uid_map)

    def name_of(elem, depth: str) -> str:
        return f"{depth}{elem.keyword or elem.tag}"

    def replace_uid(elem) -> None:
        if elem.VM > 1:
            elem.value = [_new_uid(v, uid_map) for v in elem.value]
        elif elem.value:
            elem.value = _new_uid(elem.value, uid_map)

    def walk(dataset, depth: str) -> None:
        for elem in list(dataset):
            tag = elem.tag
            if tag.is_private:
                del dataset[tag]
                report.private_removed += 1
                continue
            if tag == 0x7FE00010:
                continue
            if tag.group & 0xFF00 in (0x6000, 0x5000) or tag.element == 0x0000:
                del dataset[tag]  # overlays, curves (and their descriptions, labels), group lengths
                report.removed.append(name_of(elem, depth) + (" (overlay or curve)" if tag.element else ""))
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
                    elif elem.VR == "UI":
                        replace_uid(elem)
                continue  # K and C rows do not occur in the first position of the Basic Profile
            if not elem.keyword or elem.VR == "UN":
                del dataset[tag]
                report.removed.append(name_of(elem, depth) + " (unknown or UN, not trusted)")
            elif elem.VR == "SQ":
                walk_sequence(elem, depth)
            elif elem.VR == "UI":
                before = elem.value
                replace_uid(elem)
                if elem.value != before:
                    report.replaced.append(name_of(elem, depth) + " (UID)")
            elif elem.VR in _UNTRUSTED_VRS and elem.keyword not in _SAFE_TEXT:
                if elem.value in (None, "", b""):
                    continue
                del dataset[tag]
                report.removed.append(name_of(elem, depth) + " (text, name, date or URL, not trusted)")

    def walk_sequence(elem, depth: str) -> None:
        for item in elem.value:
            if isinstance(item, Dataset):
                walk(item, f"{depth}{elem.keyword or elem.tag} > ")

    walk(ds, "")
    meta = getattr(ds, "file_meta", None)
    if meta is not None:
        _clean_file_meta(ds, uid_map, report)
    report.uids_replaced += len(uid_map) - seen_uids
    ds.PatientIdentityRemoved = "YES"
    ds.LongitudinalTemporalInformationModified = "REMOVED"
    ds.DeidentificationMethod = METHOD
    code = Dataset()
    code.CodeValue, code.CodingSchemeDesignator = "113100", "DCM"
    code.CodeMeaning = "Basic Application Confidentiality Profile"
    ds.DeidentificationMethodCodeSequence = Sequence([code])
    return report


def _clean_file_meta(ds, uid_map: UIDMap, report: DeidReport) -> None:
    """Group 0002 keeps the SOP class, the (new) SOP instance UID and the transfer syntax; AE
    titles, presentation addresses and private information go; pydicom fills in the rest."""
    from pydicom.dataset import FileMetaDataset

    old = ds.file_meta
    new = FileMetaDataset()
    for keyword in _META_KEEP:
        if keyword in old:
            setattr(new, keyword, old[keyword].value)
    for elem in old:
        if elem.keyword not in _META_KEEP and elem.keyword not in (
            "FileMetaInformationGroupLength",
            "FileMetaInformationVersion",
            "ImplementationClassUID",
            "ImplementationVersionName",
        ):  # pydicom writes its own of these
            report.removed.append(f"file meta {elem.keyword or elem.tag}")
    if "MediaStorageSOPInstanceUID" in new:
        new.MediaStorageSOPInstanceUID = ds.get("SOPInstanceUID") or _new_uid(new.MediaStorageSOPInstanceUID, uid_map)
    ds.file_meta = new


def _pixel_geometry(ds) -> tuple[int, int, int, int, int, int]:
    rows, cols = int(ds.Rows), int(ds.Columns)
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    spp = int(ds.get("SamplesPerPixel", 1) or 1)
    bits = int(ds.BitsAllocated)
    planar = int(ds.get("PlanarConfiguration", 0) or 0)
    if rows <= 0 or cols <= 0 or frames <= 0 or spp not in (1, 3, 4) or bits not in (1, 8, 16, 32):
        raise ValueError("bad geometry")
    return rows, cols, frames, spp, bits, planar


def _expected_bytes(ds) -> int:
    rows, cols, frames, spp, bits, _planar = _pixel_geometry(ds)
    if str(ds.get("PhotometricInterpretation", "")).upper() in ("YBR_FULL_422", "YBR_PARTIAL_422"):
        return rows * cols * 2 * frames * bits // 8  # two samples per pixel after 4:2:2 subsampling
    if bits == 1:
        return (rows * cols * frames * spp + 7) // 8
    return rows * cols * frames * spp * bits // 8


class _Pixels:
    """The native pixel data of a dataset as a writable numpy array (frames, rows, cols[, spp])."""

    def __init__(self, ds, src: Path):
        import numpy as np

        rows, cols, frames, spp, bits, planar = _pixel_geometry(ds)
        if bits == 1:
            raise MaskError("1-bit pixel data cannot be checked or masked here.")
        signed = int(ds.get("PixelRepresentation", 0) or 0) == 1
        dtype = np.dtype(f"{'i' if signed else 'u'}{bits // 8}")
        if not ds.file_meta.TransferSyntaxUID.is_little_endian:
            dtype = dtype.newbyteorder(">")
        count = rows * cols * frames * spp
        self.buffer = bytearray(ds.PixelData)
        arr = np.frombuffer(self.buffer, dtype=dtype, count=count)
        self.planar = spp > 1 and planar == 1
        if spp == 1:
            arr = arr.reshape(frames, rows, cols)
        elif planar == 0:
            arr = arr.reshape(frames, rows, cols, spp)
        else:
            arr = arr.reshape(frames, spp, rows, cols)
        self.array, self.rows, self.cols, self.bits, self.signed = arr, rows, cols, bits, signed
        stored = int(ds.get("BitsStored", bits) or bits)
        self.stored = stored if 0 < stored <= bits else bits
        self.monochrome1 = str(ds.get("PhotometricInterpretation", "")).upper() == "MONOCHROME1"
        self.changed = False

    @property
    def black(self) -> int:
        s = self.stored
        if self.monochrome1:
            return (1 << (s - 1)) - 1 if self.signed else (1 << s) - 1  # MONOCHROME1: high = black
        return -(1 << (s - 1)) if self.signed else 0

    def clear_high_bits(self) -> bool:
        """Clear the bits above BitsStored (an overlay can hide there); True if any was set."""
        import numpy as np

        if self.stored >= self.bits:
            return False
        if self.signed:
            shift = self.bits - self.stored
            fixed = (self.array << shift) >> shift  # sign-extend the stored bits
        else:
            fixed = self.array & np.array((1 << self.stored) - 1, dtype=self.array.dtype)
        if np.array_equal(fixed, self.array):
            return False
        self.array[...] = fixed
        self.changed = True
        return True

    def frames_for_ocr(self):
        for f in range(self.array.shape[0]):
            frame = self.array[f]
            yield frame.transpose(1, 2, 0) if self.planar else frame

    def mask(self, masks: list[Mask]) -> None:
        for m in masks:
            if m.x0 >= self.cols or m.y0 >= self.rows:
                raise MaskError(f"Mask {m.x0},{m.y0},{m.x1},{m.y1} lies outside the {self.cols}x{self.rows} image.")
        _apply_masks(self.array, masks, self.black, self.planar)
        self.changed = True


def _check_not_truncated(ds, src: Path) -> None:
    """pydicom stops quietly at a cut-off file; compare the raw elements with the file's size."""
    raw = [ds.get_item(tag) for tag in ds.keys()]
    raw = [e for e in raw if e is not None and hasattr(e, "value_tell")]
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
    from pydicom.uid import DeflatedExplicitVRLittleEndian

    try:
        ds = pydicom.dcmread(src)
        meta = ds.file_meta
        if len(ds) == 0 or "TransferSyntaxUID" not in meta or "MediaStorageSOPInstanceUID" not in meta:
            raise InputError(f"{src} is truncated or incomplete: no data set after the DICM header.")
        if meta.TransferSyntaxUID != DeflatedExplicitVRLittleEndian:  # offsets are in the inflated stream
            _check_not_truncated(ds, src)
        for elem in ds:  # touch every element so a truncated header fails here, not later
            elem.value  # noqa: B018
    except (
        InvalidDicomError,
        EOFError,
        ValueError,
        KeyError,
        TypeError,
        OSError,
        AttributeError,
        NotImplementedError,
    ) as exc:
        raise InputError(f"{src} is not a readable DICOM file ({type(exc).__name__}: {str(exc)[:80]}).") from None
    sop_class = str(ds.get("SOPClassUID", "") or meta.get("MediaStorageSOPClassUID", ""))
    if sop_class in _DOCUMENT_CLASSES or "EncapsulatedDocument" in ds:
        what = _DOCUMENT_CLASSES.get(sop_class, "an encapsulated document")
        raise InputError(
            f"{src} is {what}: its payload cannot be checked for identifiers, so it is refused. "
            "Share a screenshot of the page instead, de-identified as a picture."
        )
    if "PixelData" in ds:
        try:
            rows, cols, frames, _spp, bits, _planar = _pixel_geometry(ds)
        except (AttributeError, KeyError, TypeError, ValueError):
            raise InputError(
                f"{src}: the image attributes (Rows, Columns, BitsAllocated...) are missing or invalid."
            ) from None
        if rows * cols > MAX_PHOTO_PIXELS or rows * cols * frames * max(bits, 8) // 8 > MAX_PIXEL_BYTES:
            raise InputError(f"{src} is too large to process safely ({cols}x{rows} pixels, {frames} frame(s)).")
        if not ds.file_meta.TransferSyntaxUID.is_compressed:
            expected, actual = _expected_bytes(ds), len(ds.PixelData)
            if actual < expected:
                raise InputError(f"{src} is truncated: pixel data has {actual} of {expected} bytes.")
            if actual > expected + (expected % 2):
                raise InputError(
                    f"{src}: the pixel data holds {actual} bytes but the header describes {expected} "
                    f"({frames} frame(s) of {cols}x{rows}): extra frames could hide text, so it is refused."
                )
    return ds


def _to_native(ds, src: Path, report: DeidReport) -> None:
    """Decode compressed frames (dropping JPEG metadata segments with the bitstream) and turn YBR
    colour into RGB, so the pixels can be read, masked and written plainly."""
    from pydicom.uid import DeflatedExplicitVRLittleEndian, ExplicitVRLittleEndian

    ts = ds.file_meta.TransferSyntaxUID
    if ts == DeflatedExplicitVRLittleEndian:
        ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
        report.notes.append("Deflated input written as Explicit VR Little Endian.")
    if "PixelData" not in ds:
        return
    ts = ds.file_meta.TransferSyntaxUID
    if ts.is_compressed:
        try:
            ds.decompress()
        except Exception as exc:  # no decoder, or a broken bitstream: the pixels cannot be checked
            raise InputError(
                f"{src}: the compressed pixel data ({ts.name}) cannot be decoded here "
                f"({type(exc).__name__}), so it cannot be checked for text or metadata."
            ) from None
        report.notes.append(
            f"Pixel data decoded from {ts.name} and written uncompressed (metadata segments inside "
            "the compressed frames are gone with it)."
        )
        if len(ds.PixelData) != _expected_bytes(ds):
            raise InputError(f"{src}: the decoded pixel data does not match the header (frames or size differ).")
    photometric = str(ds.get("PhotometricInterpretation", "")).upper()
    if photometric.startswith("YBR") and int(ds.get("SamplesPerPixel", 1) or 1) == 3:
        import numpy as np
        from pydicom.pixels import convert_color_space

        arr = ds.pixel_array
        rgb = convert_color_space(arr, photometric, "RGB")
        ds.PixelData = np.ascontiguousarray(rgb).astype(arr.dtype).tobytes()
        ds.PhotometricInterpretation = "RGB"
        ds.PlanarConfiguration = 0
        report.notes.append(f"Colour converted from {photometric} to RGB.")


def _deidentify_dicom(
    src: Path, dst: Path, masks: list[Mask], confirm: bool, uid_map: UIDMap, auto_mask: bool, preview: Path | None
) -> DeidReport:
    ds = _read_dicom(src)
    report = DeidReport("dicom", str(src), str(dst))
    reason = burned_in_reason(ds)
    has_pixels = "PixelData" in ds
    added: list[Mask] = []
    if masks and not has_pixels:
        raise MaskError("This DICOM file has no pixel data to mask.")
    _to_native(ds, src, report)
    if has_pixels:
        try:
            pixels = _Pixels(ds, src)
        except (AttributeError, KeyError, TypeError, ValueError):
            raise InputError(f"{src}: the image attributes are missing or invalid.") from None
        if pixels.clear_high_bits():
            report.notes.append(
                f"Bits above BitsStored ({pixels.stored}) were set (an overlay can hide there): cleared."
            )
        if masks:
            pixels.mask(masks)
        if not confirm:
            added = _text_check(
                pixels.frames_for_ocr,
                pixels.mask,
                (pixels.cols, pixels.rows),
                masks,
                auto_mask,
                preview,
                report,
                invert=pixels.monochrome1,
            )
        if reason and not masks and not confirm and not (added or (auto_mask and "BurnedInAnnotation" not in reason)):
            raise BurnedInTextError(
                f"Refused: {reason}, so names or dates may be printed in the pixels, which header "
                "de-identification does not touch. OCR read no text, but it can miss some: look at every frame "
                "and give --mask X0,Y0,X1,Y1 for each text area (or --confirm-no-burned-in if there is none)."
            )
        if reason and auto_mask and not added and not masks:
            report.notes.append(f"Warning: {reason}, but OCR found no text to mask: look at every frame yourself.")
        every = masks + added
        if pixels.changed:
            ds.PixelData = bytes(pixels.buffer)
        if every:
            report.masks = [[m.x0, m.y0, m.x1, m.y1] for m in every]
            report.frames_masked = pixels.array.shape[0]
    deidentify_dataset(ds, uid_map, report)
    if has_pixels and (masks or added):
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
    elif confirm:
        report.notes.append("OCR skipped: you confirmed that no frame carries text.")
    if not has_pixels:
        report.notes.append("The file has no pixel data (header only).")
    if ds.preamble is not None and any(ds.preamble):
        report.removed.append("file preamble (128 bytes that can hold a TIFF header or text)")
    ds.preamble = b"\x00" * 128
    _write_atomically(dst, lambda fh: ds.save_as(fh, enforce_file_format=True))
    return report


# --- photos ---------------------------------------------------------------------------------------


def _deidentify_photo(
    src: Path,
    dst: Path,
    kind: str,
    out_kind: str,
    masks: list[Mask],
    confirm: bool,
    auto_mask: bool,
    preview: Path | None,
) -> DeidReport:
    import numpy as np
    from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

    # The limit is checked below from the header, before decoding, whatever Pillow's own global
    # limit is (left alone: it belongs to the whole process); its warning goes to the report.
    report = DeidReport(kind, str(src), str(dst))
    try:
        with Image.open(src) as img:
            if img.width * img.height > MAX_PHOTO_PIXELS:
                raise InputError(
                    f"{src} is too large to open safely ({img.width}x{img.height}, over {MAX_PHOTO_PIXELS:,} pixels)."
                )
            img.load()
            exif = img.getexif()
            for tag in exif:
                report.removed.append(f"EXIF {ExifTags.TAGS.get(tag, hex(tag))}")
            if 0x8825 in exif:
                for tag in exif.get_ifd(0x8825):
                    report.removed.append(f"EXIF GPS {ExifTags.GPSTAGS.get(tag, hex(tag))}")
            for key in img.info:
                if key in (
                    "exif",
                    "jfif",
                    "jfif_version",
                    "jfif_unit",
                    "jfif_density",
                    "dpi",
                    "progressive",
                    "progression",
                ):
                    continue
                report.removed.append("XMP" if key in ("xmp", "XML:com.adobe.xmp") else f"{key}")
            upright = ImageOps.exif_transpose(img)
            if upright.mode in ("I;16", "I;16B", "I;16L"):
                arr = np.array(upright, dtype=np.uint16)
            elif upright.mode == "I":
                arr = np.clip(np.array(upright), 0, 65535).astype(np.uint16)
            else:
                if upright.mode not in ("RGB", "RGBA", "L", "LA"):
                    upright = upright.convert(
                        "RGBA" if "A" in upright.getbands() or "transparency" in img.info else "RGB"
                    )
                arr = np.array(upright)
    except Image.DecompressionBombError:
        raise InputError(f"{src} is too large to open safely (over {MAX_PHOTO_PIXELS:,} pixels).") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"{src} is not a readable {kind.upper()} image ({str(exc)[:80]}).") from None
    arr = np.ascontiguousarray(arr)
    height, width = arr.shape[:2]
    frames = arr[None, ...]  # one frame

    def mask(new: list[Mask]) -> None:
        for m in new:
            if m.x0 >= width or m.y0 >= height:
                raise MaskError(f"Mask {m.x0},{m.y0},{m.x1},{m.y1} lies outside the {width}x{height} image.")
        if arr.ndim == 3 and arr.shape[2] in (2, 4):  # keep alpha opaque so black stays black
            for m in new:
                arr[m.y0 : m.y1, m.x0 : m.x1, :-1] = 0
                arr[m.y0 : m.y1, m.x0 : m.x1, -1] = np.iinfo(arr.dtype).max
        else:
            _apply_masks(frames, new, 0, False)

    if masks:
        mask(masks)
    added: list[Mask] = []
    if not confirm:
        added = _text_check(
            lambda: iter(
                [
                    arr[..., :3]
                    if arr.ndim == 3 and arr.shape[2] == 4
                    else (arr[..., 0] if arr.ndim == 3 and arr.shape[2] == 2 else arr)
                ]
            ),
            mask,
            (width, height),
            masks,
            auto_mask,
            preview,
            report,
        )
    else:
        report.notes.append("OCR skipped: you confirmed that the picture carries no text.")
    every = masks + added
    if every:
        report.masks = [[m.x0, m.y0, m.x1, m.y1] for m in every]
        report.frames_masked = 1
    report.notes.append("Only the pixels were kept (turned upright first, so the picture looks the same).")
    if arr.dtype == np.uint16:
        clean = Image.fromarray(arr)  # uint16 grey: mode I;16
    else:
        clean = Image.fromarray(arr)
    if out_kind == "jpeg":
        if arr.dtype == np.uint16:
            clean = Image.fromarray((arr >> 8).astype(np.uint8), "L")
            report.notes.append(
                "16-bit picture written as 8-bit: JPEG has no 16-bit form (use .png to keep the depth)."
            )
        elif clean.mode not in ("RGB", "L"):
            clean = clean.convert("RGB")

    def write(fh) -> None:
        if out_kind == "jpeg":
            clean.save(fh, "JPEG", quality=95)
        else:
            clean.save(fh, "PNG")

    _write_atomically(dst, write)
    return report
