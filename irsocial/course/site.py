"""After the build: accessibility fixes to the theme's HTML, and the site's offline downloads."""

from __future__ import annotations

import re
import tempfile
import zipfile
from pathlib import Path

from irsocial.course.student import write_student_copies

DOWNLOADS = "downloads"
SITE_ZIP = "course-site.zip"
STUDENT_ZIP = "student-notebooks.zip"

# The toggles of the sidebar's table of contents are <summary> elements holding only an icon.
_ICON_ONLY_SUMMARY = re.compile(r'<summary>(\s*<span class="toctree-toggle")')
# Notebook tables (pandas): they can scroll sideways on a phone, so they must take focus, and
# pandas leaves the corner cell of the header empty, which is a data cell, not a header.
_DATAFRAME = re.compile(r'<table border="1" class="dataframe"(?P<attrs>[^>]*)>(?P<body>.*?)</table>', re.S)
# Tables scroll sideways on a phone (irs-course.css), so each must take focus; the theme's own
# script does this for code blocks and notebook outputs, not for tables written by the course.
_TABLE_WITHOUT_TABINDEX = re.compile(r"<table(?![^>]*\btabindex=)(?=[\s>])([^>]*)>")
# The course title at the top of the sidebar sits outside every landmark (axe: region).
_SIDEBAR_BRAND = re.compile(r'<div class="sidebar-primary-item">(\s*<a class="navbar-brand logo")')


# The theme's Font Awesome "SVG + JS" bundle is 1.5 MB; its CSS already draws the same icons with
# the (vendored, on-demand) web fonts, so the bundle is dropped to keep a first visit under 2 MB.
_FONTAWESOME_JS = re.compile(r'\s*<script defer src="[^"]*_static/scripts/fontawesome\.js[^"]*"></script>')
HEAVY_ASSETS = ("_static/scripts/fontawesome.js", "_static/scripts/fontawesome.js.map")
# Thebe (live code on the page from a CDN and Binder) is switched off, but sphinx-thebe, which
# Jupyter Book always loads, still writes its loader into every page, twice on some pages
# ("Identifier 'THEBE_JS_URL' has already been declared"). It is removed: nothing uses it.
_THEBE = (
    re.compile(r"\s*<script>const THEBE_JS_URL = [^<]*</script>"),
    re.compile(r'\s*<script [^>]*src="[^"]*_static/sphinx-thebe\.js[^"]*"></script>'),
    re.compile(r'\s*<link [^>]*href="[^"]*_static/sphinx-thebe\.css[^"]*" />'),
    re.compile(r'\s*<script type="text/x-thebe-config">.*?</script>', re.S),
)


def slim_page(html: str) -> str:
    """Remove the 1.5 MB icon script (icons stay, drawn by the theme's CSS fonts) and the unused Thebe loader."""
    html = _FONTAWESOME_JS.sub("", html)
    for pattern in _THEBE:
        html = pattern.sub("", html)
    return html


def _fix_dataframe(match: re.Match) -> str:
    attrs = match.group("attrs") if "tabindex" in match.group("attrs") else ' tabindex="0"' + match.group("attrs")
    body = match.group("body").replace("<th></th>", "<td></td>")
    return f'<table border="1" class="dataframe"{attrs}>{body}</table>'


def fix_accessibility(html: str) -> str:
    """Repair what the theme and Sphinx emit that axe flags.

    - Sphinx marks bibliography entries ``role="doc-biblioentry"`` inside ``role="list"``; a list
      needs list items (axe: aria-required-children), so entries become ``role="listitem"``.
    - Sidebar toggles get an accessible name (axe: summary-name).
    - Every table becomes keyboard-focusable: the course's CSS lets tables scroll sideways on a
      phone (axe: scrollable-region-focusable). Code blocks need nothing: the theme's script gives
      each one that scrolls a tab stop, and updates it when the window is resized.
    - The course title in the sidebar, a link home, becomes a navigation landmark (axe: region).
    - The empty corner cells of notebook tables become data cells (axe: empty-table-header).
    """
    html = html.replace('role="doc-biblioentry"', 'role="listitem"')
    html = _ICON_ONLY_SUMMARY.sub(r'<summary aria-label="Show or hide the pages in this section">\1', html)
    html = _DATAFRAME.sub(_fix_dataframe, html)
    html = _TABLE_WITHOUT_TABINDEX.sub(r'<table tabindex="0"\1>', html)
    html = _SIDEBAR_BRAND.sub(r'<div class="sidebar-primary-item" role="navigation" aria-label="Course home">\1', html)
    return html


def fix_site(outdir: Path) -> int:
    """Apply ``fix_accessibility`` and ``slim_page`` to every page of a built site; returns how many changed."""
    changed = 0
    for asset in HEAVY_ASSETS:
        (Path(outdir) / asset).unlink(missing_ok=True)
    for page in Path(outdir).rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        fixed = slim_page(fix_accessibility(text))
        if fixed != text:
            page.write_text(fixed, encoding="utf-8")
            changed += 1
    return changed


def _zip_folder(folder: Path, target: Path, skip: str | None = None) -> None:
    """Zip ``folder`` into ``target`` atomically (a temporary file renamed at the end)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if path.is_dir() or (skip and relative.parts[0] == skip and path.suffix in (".zip", ".partial")):
                continue
            archive.write(path, Path(folder.name) / relative)
    partial.replace(target)


def write_offline_copies(outdir: Path, exercises: Path) -> tuple[Path, Path]:
    """Write ``downloads/student-notebooks.zip`` and ``downloads/course-site.zip`` into the built site.

    The site zip holds every page and asset (open ``index.html`` from disk) and the other downloads
    (checklist PDF, slides), but not the zip files themselves.
    """
    outdir = Path(outdir)
    downloads = outdir / DOWNLOADS
    with tempfile.TemporaryDirectory() as tmp:
        student = Path(tmp) / "student-notebooks"
        write_student_copies(Path(exercises), student)
        _zip_folder(student, downloads / STUDENT_ZIP)
    _zip_folder(outdir, downloads / SITE_ZIP, skip=DOWNLOADS)
    return downloads / SITE_ZIP, downloads / STUDENT_ZIP
