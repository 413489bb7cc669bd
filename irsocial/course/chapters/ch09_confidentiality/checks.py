"""Checks for exercise 09 (patient confidentiality): draft posts, a DICOM file, a phone photo, a verdict.

The image checks read the files the resident produced, byte by byte: a check passes only if no
identifying string planted in the synthetic input appears anywhere in the output, and the
toolkit's OCR reads no text left in any frame. Running a function is not enough.
"""

from __future__ import annotations

import re
from pathlib import Path

from irsocial.course.feedback import CheckResult, is_placeholder, missing_key_terms, not_attempted, not_yet, passed
from irsocial.course.posting_scenarios import ScenarioError, judge
from irsocial.postsafety.deid import BurnedInTextError, DeidError, DeidReport, Mask, deidentify, detect_kind
from irsocial.postsafety.identifiers import find_identifiers, has_blocking, rule_label

# --- Task 1: five synthetic draft posts (every person and place is fictional) -----------------
DRAFTS: dict[int, str] = {
    1: "Great save tonight: Mr Hollis, 94, bleeding duodenal ulcer, GDA coil embolization at 02:10 on 3 March 2026. #IRad",
    2: "TIPS for refractory ascites in a 52-year-old from Brookfield, MRN 4482190. Portosystemic gradient 22 to 8 mmHg. #IRad",
    3: "Retrieved a fractured IVC filter (serial no. FX-22817) from the right atrium today. Patient's daughter, call 555-201-7788, sends thanks! #IRad",
    4: "UAE for a 9 cm fibroid: see the full case at https://myclinic.example.com/cases/jane-doe and email jdoe.case@example.com for images. #IRad",
    5: "Only the third Kasabach-Merritt case our hospital has seen: 7-day-old at St Elsewhere NICU, admitted 14/03/2026, embolized today. #IRad",
}

# What identifies (or helps single out) the patient in each draft, whether or not the screening
# tool flags it: the rewrite must contain none of these (case does not matter).
PLANTED: dict[int, tuple[str, ...]] = {
    1: ("Hollis", "94", "tonight", "02:10", "3 March", "2026"),
    2: ("Brookfield", "4482190", "MRN", "52-year-old"),
    3: ("FX-22817", "555-201-7788", "daughter", "today"),
    4: ("myclinic", "jane-doe", "jdoe", "http", "@example.com"),
    5: ("third", "7-day-old", "St Elsewhere", "NICU", "14/03", "2026", "today", "our hospital"),
}

# The teaching point that must survive: each item is a group of acceptable words (any one will do).
KEY_TERMS: dict[int, tuple[tuple[str, ...], ...]] = {
    1: (("duodenal", "ulcer"), ("GDA", "gastroduodenal"), ("coil",)),
    2: (("TIPS",), ("ascites",), ("22",), ("8 mmHg", "8mmHg")),
    3: (("IVC filter",), ("atrium",)),
    4: (("fibroid",), ("UAE", "emboliz")),
    5: (("Kasabach-Merritt",), ("emboliz",)),
}


def post_problems(number: int, text: str) -> list[str]:
    """What is still wrong with the rewrite of draft ``number`` (an empty list means it is fine)."""
    problems = []
    findings = find_identifiers(text)
    if has_blocking(findings):
        problems += [
            f"the toolkit still finds {rule_label(f.rule).lower()} “{f.text}”"
            for f in findings
            if f.severity == "block"
        ]
    low = text.lower()
    left = [p for p in PLANTED[number] if p.lower() in low]
    if left:
        problems.append("still there: " + ", ".join(f"“{p}”" for p in left))
    missing = missing_key_terms(text, {" or ".join(g): g for g in KEY_TERMS[number]})
    if missing:
        problems.append("the teaching point lost: " + "; ".join(missing))
    return problems


def rewritten_posts(rewrites) -> CheckResult:
    """Task 1: every draft rewritten with no identifier left and the teaching point kept."""
    task = "Task 1: rewrite five draft posts"
    if not isinstance(rewrites, dict) or all(is_placeholder(rewrites.get(n)) for n in DRAFTS):
        return not_attempted(task, "your rewrites, in quotes, in place of each ...")
    report = []
    for n in DRAFTS:
        text = rewrites.get(n)
        if is_placeholder(text):
            report.append(f"post {n}: not rewritten yet")
        elif not isinstance(text, str):
            report.append(f"post {n}: must be text in quotes")
        else:
            report += [f"post {n}: {p}" for p in post_problems(n, text)]
    if report:
        return not_yet(
            task,
            "; ".join(report) + ".",
            "Remove names, places, dates and times, numbers and links; keep the clinical teaching words.",
        )
    return passed(
        task,
        "All five rewrites keep the teaching point and carry no identifier the toolkit or the "
        "planted list can find. Read them once more as the patient's neighbor would.",
    )


# --- Tasks 2 and 3: images ------------------------------------------------------------------


def _mask_list(mask) -> list[str]:
    """Masks as "x0,y0,x1,y1" strings, from what a resident may give: one mask, four numbers
    ``(0, 0, 64, 20)``, a list of masks, masks one per line or separated by ";", or "none".

    >>> _mask_list((0, 0, 64, 20)), _mask_list("0,0,64,20; --mask 10,10,20,20"), _mask_list(["1,2,3,4"])
    (['0,0,64,20'], ['0,0,64,20', '10,10,20,20'], ['1,2,3,4'])
    """
    if isinstance(mask, (list, tuple)) and len(mask) == 4 and all(isinstance(v, int) for v in mask):
        return [",".join(str(v) for v in mask)]
    if isinstance(mask, (list, tuple)):
        return [m for item in mask for m in _mask_list(item)]
    text = str(mask).strip()
    if text.lower() in ("none", ""):
        return []
    return [part.replace("--mask", "").strip() for part in re.split(r"[;\n]+", text) if part.strip()]


def run_deidentify(src, dst, mask, preview=None) -> DeidReport | None:
    """De-identify ``src`` into ``dst`` with masks: one "x0,y0,x1,y1", a list of them, or "auto"
    (the toolkit blacks out what its OCR finds and reads the result again). Does nothing for a
    placeholder.

    Any earlier output is replaced; a refusal or a bad mask is printed, not raised, so the
    notebook keeps going and the check below explains what to do.
    """
    dst = Path(dst)
    if dst.exists():
        dst.unlink()
    if is_placeholder(mask):
        print('Replace ... with your mask first, e.g. "0,0,40,10" (or a list of them, or "auto").')
        return None
    try:
        auto = isinstance(mask, str) and mask.strip().lower() == "auto"
        masks = [] if auto else [Mask.parse(m) for m in _mask_list(mask)]
        report = deidentify(src, dst, masks=masks, auto_mask=auto, preview=preview)
        print("\n".join(report.lines()))
        return report
    except (DeidError, ValueError) as err:
        print(f"Not done: {err}")
        return None


def propose_masks(src, preview) -> list[str]:
    """Run the toolkit's OCR on every frame of ``src`` and return the masks it proposes (as
    "x0,y0,x1,y1" strings); the preview PNG shows the regions (red) and the masks (yellow)."""
    import tempfile

    out = Path(tempfile.mkdtemp(prefix="irsocial-probe-")) / ("probe" + (Path(src).suffix or ".dcm"))
    try:
        deidentify(src, out, preview=preview)
    except BurnedInTextError as err:
        print(f"OCR found text in frame(s) {err.frames}: {len(err.masks)} mask(s) proposed.")
        return [f"{m.x0},{m.y0},{m.x1},{m.y1}" for m in err.masks]
    except DeidError as err:
        print(f"Not done: {err}")
        return []
    finally:
        if out.exists():
            out.unlink()
    print("OCR found no readable text (still look at every frame yourself).")
    return []


def readable_text(path) -> list[str]:
    """What the toolkit's OCR can still read in every frame of an output file (DICOM or picture)."""
    import numpy as np

    from irsocial.postsafety import ocr

    path = Path(path)
    if detect_kind(path) == "dicom":
        import pydicom

        ds = pydicom.dcmread(path)
        if "PixelData" not in ds:
            return []
        arr = ds.pixel_array
        frames = arr if int(ds.get("NumberOfFrames", 1) or 1) > 1 else arr[None]
    else:
        from PIL import Image

        with Image.open(path) as img:
            frames = [np.asarray(img.convert("RGB"))]
    scan = ocr.scan_frames(frames)
    return [r.text for regs in scan.regions.values() for r in regs if r.readable]


def dicom_identifiers(path) -> list[str]:
    """Every identifying string planted in the synthetic DICOM input, read from the input itself."""
    import pydicom

    ds = pydicom.dcmread(path)
    found: set[str] = set()
    for elem in ds.iterall():
        if elem.tag.is_private and isinstance(elem.value, str) and len(elem.value) >= 4:
            found.add(elem.value)
        elif elem.VR in ("PN", "LO", "SH", "LT", "ST", "UT", "DA", "DT", "UI") and elem.keyword in _IDENTIFYING:
            value = str(elem.value)
            if len(value) >= 4:
                found.add(value)
                if elem.VR == "PN":
                    found.update(part for part in value.split("^") if len(part) >= 4)
    return sorted(found)


_IDENTIFYING = {
    "PatientName",
    "PatientID",
    "PatientBirthDate",
    "PatientAddress",
    "OtherPatientIDs",
    "PatientComments",
    "AccessionNumber",
    "StudyDate",
    "SeriesDate",
    "AcquisitionDate",
    "ContentDate",
    "StudyDescription",
    "ImageComments",
    "InstitutionName",
    "InstitutionAddress",
    "ReferringPhysicianName",
    "PerformingPhysicianName",
    "OperatorsName",
    "StationName",
    "DeviceSerialNumber",
    "ContributionDateTime",
    "ContributionDescription",
    "StudyInstanceUID",
    "SeriesInstanceUID",
    "SOPInstanceUID",
    "FrameOfReferenceUID",
    "ReferencedSOPInstanceUID",
}


def _strings_in(data: bytes, strings) -> list[str]:
    low = data.lower()
    return [s for s in strings if s.lower().encode("utf-8") in low]


def deidentified_dicom(mask, src, dst, text_box=None) -> CheckResult:
    """Task 2: the output file exists, no planted identifier is anywhere in its bytes, the OCR reads
    nothing in any frame, and (if ``text_box`` is given) that area is black in every frame."""
    task = "Task 2: de-identify an angiogram"
    if is_placeholder(mask):
        return not_attempted(task, 'your masks "x0,y0,x1,y1" in place of ...')
    dst = Path(dst)
    if not dst.is_file():
        return not_yet(
            task,
            "There is no output file: the de-identification refused or failed (see the message above).",
            "Give masks that cover every text region: copy the proposed ones after checking them on the preview.",
        )
    import pydicom

    left = _strings_in(dst.read_bytes(), dicom_identifiers(src))
    if left:
        return not_yet(
            task,
            "The output file still contains: " + ", ".join(left[:6]) + ".",
            "Use the toolkit's deidentify(); do not edit the header by hand.",
        )
    if text_box is not None:
        pixels = pydicom.dcmread(dst).pixel_array
        x0, y0, x1, y1 = text_box
        area = pixels[..., y0:y1, x0:x1] if pixels.ndim == 3 else pixels[y0:y1, x0:x1]
        if area.max() > 0:
            return not_yet(
                task,
                "The header is clean, but part of the burned-in text is still visible in the pixels.",
                "Make the mask larger: it must cover the whole bright block in the image above.",
            )
    still = readable_text(dst)
    if still:
        return not_yet(
            task,
            f"The header is clean, but OCR still reads {len(still)} piece(s) of text in the pixels.",
            "Cover every region in the preview; a margin around the letters helps.",
        )
    return passed(
        task,
        f"None of the {len(dicom_identifiers(src))} identifying strings planted in the input is "
        "anywhere in the output file, and OCR reads no text in any frame.",
    )


PHOTO_STRINGS = (
    "FictionalPhone",
    "Model 7",
    "2026:03:14",
    "Dr Fictional Photographer",
    "Alice Fictional",
    "MRN00482913",
    "xmpmeta",
    "Exif",
)


def stripped_photo(mask, dst, text_box=None) -> CheckResult:
    """Task 3: the cleaned photo has no EXIF, GPS, XMP or comment, OCR reads no text in it, and
    (if ``text_box`` is given) that label is blacked out."""
    task = "Task 3: strip a phone photo"
    if is_placeholder(mask):
        return not_attempted(task, '"auto" or masks "x0,y0,x1,y1" in place of ...')
    dst = Path(dst)
    if not dst.is_file():
        return not_yet(
            task,
            "There is no cleaned photo yet (see the message above).",
            'Give "auto" or masks "x0,y0,x1,y1" that cover the worklist.',
        )
    import numpy as np
    from PIL import Image

    left = _strings_in(dst.read_bytes(), PHOTO_STRINGS)
    with Image.open(dst) as img:
        exif = dict(img.getexif())
        arr = np.asarray(img.convert("L"))
    if left or exif:
        return not_yet(
            task,
            "The file still carries metadata: " + ", ".join(left or ["EXIF"]) + ".",
            "Run the cleaning cell again; it keeps only the pixels.",
        )
    if text_box is not None:
        x0, y0, x1, y1 = text_box
        if arr[y0:y1, x0:x1].mean() > 20:
            return not_yet(
                task,
                "The metadata are gone, but the name label in the picture is still visible.",
                "Make the mask cover the whole white label.",
            )
    still = readable_text(dst)
    if still:
        return not_yet(
            task,
            f"The metadata are gone, but OCR still reads {len(still)} piece(s) of text in the picture.",
            'Let the toolkit find and black out the text ("auto"), or cover every line with masks.',
        )
    return passed(
        task, "No EXIF, GPS, XMP or comment is left in the file's bytes, and OCR reads no text in the picture."
    )


def mask_and_check_dicom(mask, src, dst) -> CheckResult:
    """What the answer box's Check button does in Task 2: de-identify with these masks, then check."""
    if not is_placeholder(mask):
        run_deidentify(src, dst, mask)
    return deidentified_dicom(mask, src, dst)


def mask_and_check_photo(mask, src, dst) -> CheckResult:
    """What the answer box's Check button does in Task 3: clean the photo this way, then check."""
    if not is_placeholder(mask):
        run_deidentify(src, dst, mask)
    return stripped_photo(mask, dst)


def post_verdict(key, verdict) -> CheckResult:
    """Task 4: your verdict on one scenario of the quiz."""
    task = "Task 4: would you post this?"
    if is_placeholder(verdict):
        return not_attempted(task, '"post", "fix" or "dont"')
    try:
        j = judge(key, verdict)
    except ScenarioError as err:
        return not_yet(task, str(err), 'Type one of "post", "fix" or "dont".')
    if j.correct:
        return passed(task, j.feedback)
    return not_yet(task, j.feedback, "Read the scenario again: what is in the background, and what could be undone?")
