"""Before/after image viewer (chapter 09): draw masks by coordinates, de-identify, compare."""

from __future__ import annotations

import html
import io
import tempfile
from pathlib import Path

import ipywidgets as w

from irsocial.course.widgets.base import StaticAwareBox
from irsocial.postsafety.deid import DeidError, DeidReport, Mask, deidentify, detect_kind


def preview_png(path: str | Path, masks: list[Mask] | tuple[Mask, ...] = (), max_size: int = 256) -> bytes:
    """A PNG of the image's first frame (DICOM, JPEG or PNG), with masks outlined in red."""
    import numpy as np
    from PIL import Image, ImageDraw

    path = Path(path)
    if detect_kind(path) == "dicom":
        import pydicom

        ds = pydicom.dcmread(path)
        if "PixelData" not in ds:
            img = Image.new("RGB", (max_size, max_size // 2), "grey")
        else:
            arr = ds.pixel_array
            frames = int(ds.get("NumberOfFrames", 1) or 1)
            frame = arr[0] if frames > 1 else arr
            frame = frame.astype("float32")
            lo, hi = float(frame.min()), float(frame.max())
            scaled = ((frame - lo) / (hi - lo or 1.0) * 255).astype(np.uint8)
            img = Image.fromarray(scaled).convert("RGB")
    else:
        with Image.open(path) as opened:
            img = opened.convert("RGB")
    draw = ImageDraw.Draw(img)
    for m in masks:
        draw.rectangle((m.x0, m.y0, m.x1 - 1, m.y1 - 1), outline=(255, 0, 0), width=2)
    scale = max_size / max(img.size)
    if scale < 1:
        img = img.resize((max(1, int(img.width * scale)), max(1, int(img.height * scale))))
    buffer = io.BytesIO()
    img.save(buffer, "PNG")
    return buffer.getvalue()


def report_html(report: DeidReport) -> str:
    """The de-identification report as an HTML list."""
    return "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in report.lines()) + "</ul>"


class ImageViewerTool(StaticAwareBox):
    """Pick mask rectangles by coordinates, de-identify the image, and compare before and after."""

    def __init__(self, path: str | Path | None = None):
        self._folder = Path(tempfile.mkdtemp(prefix="irsocial-viewer-"))
        if path is None:
            from irsocial.course.synthetic_images import make_dicom

            path = make_dicom(self._folder / "example.dcm", rows=128, cols=128, burned_in=True)
        self.path = Path(path)
        self.masks: list[Mask] = []
        self.report: DeidReport | None = None
        self.coords = [
            w.BoundedIntText(value=v, min=0, max=100_000, description=d, layout=w.Layout(width="11em"))
            for v, d in ((0, "X0"), (0, "Y0"), (64, "X1"), (16, "Y1"))
        ]
        self.add_button = w.Button(description="Add mask")
        self.clear_button = w.Button(description="Clear masks")
        self.run_button = w.Button(description="De-identify", button_style="primary")
        self.find_button = w.Button(description="Find text (OCR)", tooltip="read every frame and propose masks")
        self.before = w.Image(format="png")
        self.after = w.Image(format="png")
        self.message = w.HTML()
        self.add_button.on_click(lambda _b: self.add_mask())
        self.clear_button.on_click(lambda _b: self.clear_masks())
        self.run_button.on_click(lambda _b: self.run())
        self.find_button.on_click(lambda _b: self.find_text())
        self._refresh_before()
        static = (
            "<p><strong>Before/after image viewer.</strong> “Find text (OCR)” reads every frame and adds the "
            "masks it proposes (text regions merged, with a margin); check them in red on the image. Or give the corners of each rectangle that holds "
            "burned-in text (X0,Y0 top left; X1,Y1 bottom right, in pixels), add it as a mask, then "
            "de-identify: the tool strips the DICOM header with the PS3.15 Annex E basic profile (or a photo's "
            "EXIF, GPS and XMP), fills the masks with black in every frame and lists what it changed. "
            "Example for a synthetic angiography frame whose bright band stands for a printed name and date: "
            "mask 0,0,64,16 blacks it out and the report lists, among others, PatientName emptied and "
            "private attributes removed.</p>"
        )
        super().__init__(
            [
                w.HTML(f"<p>Image: {html.escape(self.path.name)}</p>"),
                w.HBox(self.coords),
                w.HBox([self.find_button, self.add_button, self.clear_button, self.run_button]),
                w.HBox(
                    [
                        w.VBox([w.HTML("<p>Before (masks in red)</p>"), self.before]),
                        w.VBox([w.HTML("<p>After</p>"), self.after]),
                    ]
                ),
                self.message,
            ],
            static_html=static,
            summary="Before/after image viewer (interactive)",
        )

    def _refresh_before(self) -> None:
        try:
            self.before.value = preview_png(self.path, self.masks)
        except (DeidError, OSError, ValueError) as exc:
            self.message.value = f"<p>Cannot show this image: {html.escape(str(exc))}</p>"

    def add_mask(self) -> Mask | None:
        """Add the rectangle typed in the four boxes as a mask (shown in red)."""
        try:
            mask = Mask.parse(",".join(str(c.value) for c in self.coords))
        except DeidError as exc:
            self.message.value = f"<p>{html.escape(str(exc))}</p>"
            return None
        self.masks.append(mask)
        self.message.value = (
            f"<p>{len(self.masks)} mask(s): {html.escape(str([[m.x0, m.y0, m.x1, m.y1] for m in self.masks]))}</p>"
        )
        self._refresh_before()
        return mask

    def find_text(self) -> list[Mask]:
        """Read every frame with the toolkit's OCR and add the masks it proposes."""
        from irsocial.postsafety.deid import BurnedInTextError

        probe = self._folder / ("probe" + {"dicom": ".dcm", "jpeg": ".jpg", "png": ".png"}[detect_kind(self.path)])
        try:
            deidentify(self.path, probe, self.masks, force=True)
        except BurnedInTextError as exc:
            new = [m for m in exc.masks if m not in self.masks]
            self.masks += new
            found = f"OCR found text in frame(s) {exc.frames}; " if exc.frames else ""
            self.message.value = f"<p>{html.escape(found)}{len(new)} mask(s) added. Check them in red.</p>"
            self._refresh_before()
            return new
        except DeidError as exc:
            self.message.value = f"<p><strong>Not done:</strong> {html.escape(str(exc))}</p>"
            return []
        finally:
            probe.unlink(missing_ok=True)
        self.message.value = "<p>OCR found no readable text. Still look at every frame yourself.</p>"
        return []

    def clear_masks(self) -> None:
        self.masks = []
        self.message.value = "<p>No masks.</p>"
        self._refresh_before()

    def run(self) -> DeidReport | None:
        """De-identify into a temporary file and show the result and the report."""
        suffix = {"dicom": ".dcm", "jpeg": ".jpg", "png": ".png"}.get(detect_kind(self.path), "")
        out = self._folder / f"deidentified{suffix}"
        try:
            self.report = deidentify(self.path, out, self.masks, force=True)
        except DeidError as exc:
            self.report = None
            self.message.value = f"<p><strong>Not done:</strong> {html.escape(str(exc))}</p>"
            return None
        self.after.value = preview_png(out)
        self.message.value = report_html(self.report)
        return self.report


def image_viewer(path: str | Path | None = None) -> ImageViewerTool:
    """The before/after viewer for ``path`` (default: a synthetic DICOM with burned-in text)."""
    return ImageViewerTool(path)
