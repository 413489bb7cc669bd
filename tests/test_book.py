"""The book builds with zero warnings; the site has what residents need; a broken notebook fails the build."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import nbformat
import pytest

from conftest import ROOT, build_book, build_warnings, toc_chapters, toc_files, toc_notebooks
from irsocial.course.site import fix_accessibility, slim_page


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
        assert "unpkg.com" not in html and "jsdelivr" not in html and "cdnjs" not in html


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
    run = build_book(copy)
    output = run.stdout + run.stderr
    assert run.returncode != 0, "the build succeeded although a notebook raised"
    assert "01-landscape" in output and "deliberately broken" in output


def test_build_warnings_are_told_apart_from_a_kernels_own_log():
    output = "\n".join(
        [
            "Running Sphinx v7.4.7",
            "/repo/book/03-sharing-cases.md:41: WARNING: undefined label: 'ch03-alt-text'",
            "[IPKernelApp] WARNING | Kernel is running over TCP without encryption.",
            "WARNING: Executing notebook failed: CellExecutionError [mystnb.exec]",
            "ERROR:tornado.general:Uncaught exception in ZMQStream callback",
            "Traceback (most recent call last):",
            '  File "zmq/eventloop/zmqstream.py", line 565, in _run_callback',
            "zmq.error.ZMQError: Socket operation on non-socket",
            "ERROR: jupyter_cache could not write the cache",
            "    the disk is full",
            "build succeeded.",
        ]
    )
    warnings, kernel = build_warnings(output)
    assert [w.splitlines()[0] for w in warnings] == [
        "/repo/book/03-sharing-cases.md:41: WARNING: undefined label: 'ch03-alt-text'",
        "WARNING: Executing notebook failed: CellExecutionError [mystnb.exec]",
        "ERROR: jupyter_cache could not write the cache",
    ]
    assert warnings[2].endswith("the disk is full")
    assert len(kernel) == 1 and kernel[0].startswith("ERROR:tornado.general:")
    assert kernel[0].endswith("Socket operation on non-socket")


@pytest.mark.slow
def test_every_image_has_meaningful_alt_text(site):
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for tag in re.findall(r"<img\b[^>]*>", html):
            alt = re.search(r'\balt="([^"]*)"', tag)
            assert alt and len(alt.group(1)) > 20 and not alt.group(1).endswith((".png", ".svg")), (
                f"{path.relative_to(site)}: image without real alt text: {tag[:160]}"
            )


@pytest.mark.slow
def test_offline_copies_are_built_and_linked_from_the_introduction(site):
    intro = page(site, "book/intro")
    for name in ("course-site.zip", "student-notebooks.zip"):
        assert f'href="../downloads/{name}"' in intro
        assert (site / "downloads" / name).is_file()
    with zipfile.ZipFile(site / "downloads" / "course-site.zip") as archive:
        names = archive.namelist()
    assert "html/index.html" in names and "html/book/01-landscape.html" in names
    assert not any(n.endswith(".zip") for n in names), "the site zip does not contain itself"
    with zipfile.ZipFile(site / "downloads" / "student-notebooks.zip") as archive:
        names = archive.namelist()
        for nb_path in toc_notebooks():
            member = f"student-notebooks/{nb_path.name}"
            assert member in names
            nb = nbformat.reads(archive.read(member).decode(), as_version=4)
            assert not any("solution" in c.metadata.get("tags", []) for c in nb.cells)


def test_accessibility_fixes_repair_what_axe_flags():
    html = (
        '<div role="list" class="citation-list"><div class="citation" role="doc-biblioentry"></div></div>'
        '<summary>\n<span class="toctree-toggle" role="presentation"></span></summary>'
        '<table border="1" class="dataframe"><thead><tr><th></th><th>n</th></tr></thead></table>'
        '<div class="sidebar-primary-item">\n\n<a class="navbar-brand logo" href="intro.html"></a></div>'
        '<table class="irs-findings"><tr><td>a</td></tr></table>'
    )
    fixed = fix_accessibility(html)
    assert '<table tabindex="0" class="irs-findings">' in fixed
    assert 'role="listitem"' in fixed and "doc-biblioentry" not in fixed
    assert '<summary aria-label="' in fixed
    assert '<table border="1" class="dataframe" tabindex="0"><thead><tr><td></td><th>n</th>' in fixed
    assert '<div class="sidebar-primary-item" role="navigation" aria-label="Course home">' in fixed
    assert fix_accessibility(fixed) == fixed


def test_the_heavy_icon_script_and_the_unused_thebe_loader_are_removed_from_pages():
    html = (
        '<head>\n  <script defer src="../_static/scripts/fontawesome.js?digest=1"></script>\n'
        '<script>const THEBE_JS_URL = "https://unpkg.com/thebe@0.8.2/lib/index.js"; const x = 1</script>\n'
        '<script async="async" src="../_static/sphinx-thebe.js?v=c1"></script>\n'
        '<link rel="stylesheet" type="text/css" href="../_static/sphinx-thebe.css?v=4f" />\n</head>'
        '<script type="text/x-thebe-config">\n{ requestKernel: true }\n</script>'
    )
    slim = slim_page(html)
    assert "fontawesome" not in slim and "thebe" not in slim.lower() and "unpkg" not in slim


@pytest.mark.slow
def test_figures_made_by_notebooks_have_captions(site):
    for path in (site / "exercises").glob("*.html"):
        html = path.read_text(encoding="utf-8")
        captioned = set()
        for block in re.findall(r"<figure\b.*?</figure>", html, re.S):
            caption = re.search(r"<figcaption>(.*?)</figcaption>", block, re.S)
            if caption and re.sub(r"<[^>]+>", "", caption.group(1)).strip():
                captioned.update(re.findall(r'<img\b[^>]*src="([^"]+)"', block))
        images = re.findall(r'<img\b[^>]*src="([^"]+)"', html)
        missing = [src for src in images if src not in captioned]
        assert not missing, f"{path.name}: notebook figures without a caption: {missing}"
