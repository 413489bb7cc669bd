"""The book builds with zero warnings; the site has what residents need; a broken notebook fails the build."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from conftest import ROOT, toc_chapters, toc_files, toc_notebooks

JB = str(Path(sys.executable).parent / "jupyter-book")


def build(source: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([JB, "build", "--warningiserror", "--keep-going", *extra, str(source)],
                          capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Build the book from scratch into a temporary folder (fresh execution cache: nothing stale)."""
    out = tmp_path_factory.mktemp("site")
    start = time.perf_counter()
    run = build(ROOT, "--path-output", str(out))
    seconds = time.perf_counter() - start
    output = run.stdout + run.stderr
    assert run.returncode == 0, f"the book build failed:\n{output[-6000:]}"
    # Sphinx and myst-nb print "WARNING:"/"ERROR:"; the kernel's own "[IPKernelApp] WARNING |" note is not a build warning.
    warnings = [line for line in output.splitlines() if re.search(r"\b(WARNING|ERROR|CRITICAL):", line)]
    assert not warnings, "the build printed warnings:\n" + "\n".join(warnings)
    print(f"book build: {seconds:.1f} s")
    return out / "_build" / "html"


def page(site: Path, name: str) -> str:
    return (site / f"{name}.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_every_toc_page_is_built(site):
    for entry in toc_files():
        assert (site / f"{entry}.html").is_file(), entry
    assert (site / "index.html").is_file()


@pytest.mark.slow
def test_chapter_pages_have_a_kernel_free_quiz_and_its_script(site):
    assert (site / "_static" / "irs-quiz.js").is_file() and (site / "_static" / "irs-course.css").is_file()
    for chapter in toc_chapters():
        html = page(site, f"book/{chapter.stem}")
        assert html.count('class="irs-quiz-question"') >= 4, chapter.stem
        assert "irs-quiz.js" in html and 'type="radio"' in html and "Show the answer and every explanation" in html


@pytest.mark.slow
def test_exercise_pages_show_outputs_passed_checks_and_folded_solutions(site):
    for nb_path in toc_notebooks():
        html = page(site, f"exercises/{nb_path.stem}")
        nb = nbformat.read(nb_path, as_version=4)
        n_solutions = sum("solution" in c.metadata.get("tags", []) for c in nb.cells)
        assert html.count("tag_solution") == n_solutions
        assert html.count("tag_hide-cell") >= n_solutions and "Show solution" in html
        assert "irs-check irs-passed" in html, "check outputs are shown"
        assert "irs-not-yet" not in html and "irs-not-attempted" not in html
        for repr_text in ("VBox(", "RadioButtons(", "QuizWidget(", "ProfileAuditTool(", "Button(description"):
            assert repr_text not in html, f"a widget shows as a Python repr on {nb_path.stem}"
        assert "irs-static-widget" in html, "widgets show a static rendering"


@pytest.mark.slow
def test_no_page_loads_scripts_or_styles_from_other_hosts_and_no_launch_buttons_locally(site):
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        external = re.findall(r'<(?:script|link)[^>]+(?:src|href)="(https?:)?//[^"]+"', html)
        assert not external, f"{path.relative_to(site)} loads {external}"
        assert "mybinder.org" not in html and "colab.research.google.com" not in html


@pytest.mark.slow
def test_a_failing_notebook_fails_the_build(tmp_path):
    copy = tmp_path / "book"
    copy.mkdir()
    for name in ("_config.yml", "_toc.yml"):
        shutil.copy(ROOT / name, copy / name)
    shutil.copytree(ROOT / "book", copy / "book")
    shutil.copytree(ROOT / "exercises", copy / "exercises")
    target = copy / "exercises" / "01-landscape.ipynb"
    nb = nbformat.read(target, as_version=4)
    nb.cells.insert(3, nbformat.v4.new_code_cell('raise RuntimeError("deliberately broken for the test")'))
    nbformat.write(nb, target)
    run = build(copy)
    output = run.stdout + run.stderr
    assert run.returncode != 0, "the build succeeded although a notebook raised"
    assert "01-landscape" in output and "deliberately broken" in output


@pytest.mark.slow
def test_every_image_has_meaningful_alt_text(site):
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for tag in re.findall(r"<img\b[^>]*>", html):
            alt = re.search(r'\balt="([^"]*)"', tag)
            assert alt and len(alt.group(1)) > 20 and not alt.group(1).endswith((".png", ".svg")), \
                f"{path.relative_to(site)}: image without real alt text: {tag[:160]}"
