"""Find burned-in text in pixels with a real OCR engine (RapidOCR on ONNX Runtime).

The engine is ``rapidocr-onnxruntime`` (Apache-2.0; ONNX Runtime is MIT): its three PP-OCR models
(text detection, orientation, recognition) ship inside the wheel, so ``pip install`` is all a
resident needs and nothing is downloaded at run time. It is imported lazily, the first time a
frame is read, so that ``irsocial check-post`` starts as fast as before.

A frame "has text" when the recognizer reads at least three letters or digits in a detected region
with a confidence of at least ``MIN_SCORE`` (two with at least ``SHORT_SCORE``); every detected
region is masked (with a margin), read or not. One thread by default (``IRSOCIAL_OCR_THREADS``
changes it): about 0.26 s for a 512x512 frame and 0.75 s for a 1024x1024 frame on one core of the
course's test machine (``tests/benchmarks/bench_deid_ocr.py``).

>>> merge_boxes([(10, 10, 20, 20), (18, 12, 40, 22), (100, 100, 110, 110)], margin=0, size=(200, 200))
[(10, 10, 40, 22), (100, 100, 110, 110)]
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass

MIN_SCORE = 0.5  # recognizer confidence for a region of 3 or more letters or digits to count as text
MIN_CHARS = 2  # letters or digits read in a region for it to count as text...
SHORT_SCORE = 0.75  # ...with this confidence when there are only two (vessel crossings can read as "dk")
MARGIN = 4  # pixels added on every side of a detected region (plus a fifth of its height)
# Frames whose short side is below this are enlarged to it before detection (RapidOCR's default is
# 736; 512 reads text of 10 px capitals as well and takes half the time on small frames).
DET_MIN_SIDE = 512
# Larger frames are shrunk to this long side before detection (RapidOCR's default, 2000, would halve
# the letters of a 4096-pixel frame); slower on such frames, but small text stays readable.
MAX_SIDE = 4096


class OCRUnavailable(Exception):
    """The OCR engine is not installed (or cannot start)."""


@dataclass(frozen=True)
class TextRegion:
    """A region where text was detected: pixel box x0..x1-1, y0..y1-1, what was read, how sure."""

    x0: int
    y0: int
    x1: int
    y1: int
    text: str
    score: float

    @property
    def readable(self) -> bool:
        chars = sum(ch.isalnum() for ch in self.text)
        return chars >= MIN_CHARS and self.score >= (MIN_SCORE if chars > MIN_CHARS else SHORT_SCORE)

    @property
    def height(self) -> int:
        return self.y1 - self.y0


_ENGINE = None


def engine():
    """The RapidOCR engine, created once (lazy import); ``OCRUnavailable`` if it is not installed."""
    global _ENGINE
    if _ENGINE is None:
        try:
            from rapidocr_onnxruntime import RapidOCR
        except ImportError as exc:
            raise OCRUnavailable(
                f"the OCR engine is not installed (pip install rapidocr-onnxruntime; Python 3.10 to 3.12): {exc}"
            ) from None
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        threads = int(os.environ.get("IRSOCIAL_OCR_THREADS", "1") or 1)
        try:
            _ENGINE = RapidOCR(
                intra_op_num_threads=threads,
                inter_op_num_threads=1,
                text_score=0.3,
                det_limit_side_len=DET_MIN_SIDE,
                max_side_len=MAX_SIDE,
            )
        except Exception as exc:  # a broken install: say so in one line
            raise OCRUnavailable(f"the OCR engine could not start ({type(exc).__name__}: {exc})") from None
    return _ENGINE


def to_rgb8(frame, invert: bool = False):
    """An 8-bit RGB copy of a frame of any depth (grey, RGB or RGBA), stretched to its full range."""
    import numpy as np

    arr = np.asarray(frame)
    if arr.ndim == 3 and arr.shape[2] == 4:
        arr = arr[..., :3]
    if arr.dtype != np.uint8:
        arr = arr.astype(np.float32)
        lo, hi = float(arr.min()), float(arr.max())
        arr = ((arr - lo) * (255.0 / (hi - lo or 1.0))).astype(np.uint8)
    if invert:
        arr = 255 - arr
    if arr.ndim == 2:
        arr = np.repeat(arr[:, :, None], 3, axis=2)
    return np.ascontiguousarray(arr)


def read_frame(frame, invert: bool = False) -> list[TextRegion]:
    """Every text region the engine finds in one frame (a numpy array, any depth)."""
    import numpy as np

    rgb = to_rgb8(frame, invert)
    height, width = rgb.shape[:2]
    if height < 8 or width < 8:
        return []
    result, _elapsed = engine()(rgb, use_det=True, use_cls=False, use_rec=True, text_score=0.3)
    regions = []
    for points, text, score in result or []:
        pts = np.asarray(points, dtype=np.float32)
        x0, y0 = (int(max(0, np.floor(v))) for v in pts.min(axis=0))
        x1, y1 = (int(np.ceil(v)) for v in pts.max(axis=0))
        x1, y1 = min(x1, width), min(y1, height)
        if x1 > x0 and y1 > y0:
            regions.append(TextRegion(x0, y0, x1, y1, str(text), float(score)))
    return regions


def merge_boxes(boxes, margin: int = MARGIN, size: tuple[int, int] | None = None) -> list[tuple[int, int, int, int]]:
    """Grow each (x0, y0, x1, y1) box by a margin, clip it to ``size`` (width, height), merge overlaps."""
    grown = []
    for x0, y0, x1, y1 in boxes:
        pad = margin + ((y1 - y0) // 5 if margin else 0)
        x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
        if size is not None:
            x0, y0, x1, y1 = max(0, x0), max(0, y0), min(size[0], x1), min(size[1], y1)
        else:
            x0, y0 = max(0, x0), max(0, y0)
        if x1 > x0 and y1 > y0:
            grown.append([x0, y0, x1, y1])
    changed = True
    while changed:
        changed = False
        out: list[list[int]] = []
        for box in grown:
            for other in out:
                if box[0] <= other[2] and other[0] <= box[2] and box[1] <= other[3] and other[1] <= box[3]:
                    other[0], other[1] = min(other[0], box[0]), min(other[1], box[1])
                    other[2], other[3] = max(other[2], box[2]), max(other[3], box[3])
                    changed = True
                    break
            else:
                out.append(box)
        grown = out
    return sorted(tuple(b) for b in grown)


@dataclass
class Scan:
    """The result of reading every frame of an image."""

    frames: int
    frames_read: int  # frames actually sent to the engine (identical frames are read once)
    regions: dict[int, list[TextRegion]]  # frame index -> regions found (only frames with any)

    @property
    def text_frames(self) -> list[int]:
        """Frames with readable text."""
        return sorted(f for f, regs in self.regions.items() if any(r.readable for r in regs))

    @property
    def found(self) -> bool:
        return bool(self.text_frames)

    def masks(self, size: tuple[int, int], margin: int = MARGIN) -> list[tuple[int, int, int, int]]:
        """Rectangles covering every region of every frame (merged, with a margin)."""
        boxes = [(r.x0, r.y0, r.x1, r.y1) for regs in self.regions.values() for r in regs]
        return merge_boxes(boxes, margin, size)


def scan_frames(frames, invert: bool = False) -> Scan:
    """Read every frame of ``frames`` (an iterable of arrays). Identical frames (same bytes) are
    read once and share the result: that is the only shortcut, so every distinct frame is read."""
    cache: dict[bytes, list[TextRegion]] = {}
    regions: dict[int, list[TextRegion]] = {}
    count = 0
    for index, frame in enumerate(frames):
        count += 1
        key = hashlib.sha256(memoryview(frame.tobytes())).digest()
        if key not in cache:
            cache[key] = read_frame(frame, invert)
        if cache[key]:
            regions[index] = cache[key]
    return Scan(frames=count, frames_read=len(cache), regions=regions)


def preview_image(frames, scan: Scan, masks, max_frames: int = 4, max_side: int = 768):
    """A PIL image: up to ``max_frames`` frames with text side by side, regions in red and the
    proposed masks in yellow, each frame labelled with its number."""
    from PIL import Image, ImageDraw

    frames = list(frames)
    chosen = scan.text_frames[:max_frames] or sorted(scan.regions)[:max_frames] or [0]
    tiles = []
    for index in chosen:
        img = Image.fromarray(to_rgb8(frames[index]))
        draw = ImageDraw.Draw(img)
        width = max(2, img.width // 300)
        for x0, y0, x1, y1 in masks:
            draw.rectangle((x0, y0, x1 - 1, y1 - 1), outline=(255, 220, 0), width=width)
        for r in scan.regions.get(index, []):
            draw.rectangle((r.x0, r.y0, r.x1 - 1, r.y1 - 1), outline=(255, 0, 0), width=max(1, width // 2))
        scale = min(1.0, max_side / max(img.size))
        if scale < 1:
            img = img.resize((max(1, int(img.width * scale)), max(1, int(img.height * scale))))
        tile = Image.new("RGB", (img.width, img.height + 18), (0, 0, 0))  # the label goes below the frame
        tile.paste(img, (0, 0))
        found = sum(r.readable for r in scan.regions.get(index, []))
        ImageDraw.Draw(tile).text(
            (3, img.height + 3), f"frame {index + 1} of {len(frames)}: {found} text region(s)", fill=(255, 255, 0)
        )
        tiles.append(tile)
    out = Image.new(
        "RGB", (sum(t.width for t in tiles) + 8 * (len(tiles) - 1), max(t.height for t in tiles)), (40, 40, 40)
    )
    x = 0
    for t in tiles:
        out.paste(t, (x, 0))
        x += t.width + 8
    return out
