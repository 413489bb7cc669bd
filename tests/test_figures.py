"""Every chapter shows at least one teaching figure that exists, is small, and has alt text."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, toc_chapters
from irsocial.course.figures import FIGURES, write_figures

CHAPTERS = toc_chapters()
FIGURE_DIR = ROOT / "book" / "images" / "figures"
_FIGURE = re.compile(r"^```\{figure\}\s+(\S+)\n(.*?)^```", re.M | re.S)


def figures_in(chapter):
    """(path relative to the chapter, option block) for each {figure} directive in a chapter."""
    return _FIGURE.findall(chapter.read_text(encoding="utf-8"))


def test_the_figures_regenerate_from_the_seeded_code(tmp_path):
    written = write_figures(tmp_path)
    assert sorted(p.stem for p in written) == sorted(FIGURES)
    for path in written:
        data = path.read_bytes()
        assert data.startswith(b"\x89PNG"), path.name
        assert len(data) < 150_000, f"{path.name} is {len(data) // 1024} kB; keep figures under 150 kB"


def test_every_figure_is_committed():
    for name in FIGURES:
        assert (FIGURE_DIR / f"{name}.png").is_file(), f"run python -m irsocial.course.figures ({name})"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.stem for c in CHAPTERS])
def test_each_chapter_shows_a_figure_with_alt_text(chapter):
    found = figures_in(chapter)
    assert found, f"{chapter.name} has no {{figure}} directive"
    for target, body in found:
        assert (chapter.parent / target).is_file(), f"{chapter.name}: {target} does not exist"
        alt = re.search(r"^:alt:\s*(.+)$", body, re.M)
        assert alt and len(alt.group(1).split()) >= 8, f"{chapter.name}: {target} needs descriptive alt text"
        caption = [line for line in body.splitlines() if line.strip() and not line.startswith(":")]
        assert caption, f"{chapter.name}: {target} needs a caption"
