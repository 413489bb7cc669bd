"""The course's shape: chapters and exercises pair up, follow the templates, and cite what they claim."""

from __future__ import annotations

import importlib.metadata
import re

import nbformat
import pytest
import yaml

from conftest import ROOT, toc_chapters, toc_files, toc_notebooks

CHAPTERS = toc_chapters()
NOTEBOOKS = toc_notebooks()
BIB = (ROOT / "book/references.bib").read_text(encoding="utf-8")
BIB_KEYS = set(re.findall(r"@\w+\s*\{\s*([^,\s]+)\s*,", BIB))


def front_matter(path):
    text = path.read_text(encoding="utf-8")
    match = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    assert match, f"{path.name} has no front matter"
    return yaml.safe_load(match.group(1)), text[match.end() :]


def test_jupyter_book_is_1x():
    version = importlib.metadata.version("jupyter-book")
    assert version.split(".")[0] == "1", (
        f"jupyter-book {version} is installed; the book needs 1.x (2.x ignores _config.yml/_toc.yml)"
    )


def test_every_toc_file_exists():
    for entry in toc_files():
        assert (ROOT / f"{entry}.md").is_file() or (ROOT / f"{entry}.ipynb").is_file(), entry


def test_every_exercise_has_a_chapter_of_the_same_slug_and_both_are_in_the_toc():
    files = toc_files()
    for nb in sorted((ROOT / "exercises").glob("[0-9][0-9]-*.ipynb")):
        assert (ROOT / "book" / f"{nb.stem}.md").is_file(), f"{nb.name} has no chapter"
        assert f"exercises/{nb.stem}" in files and f"book/{nb.stem}" in files, nb.stem
    for chapter in CHAPTERS:
        assert (ROOT / "exercises" / f"{chapter.stem}.ipynb").is_file(), f"{chapter.name} has no exercise"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.stem for c in CHAPTERS])
def test_chapter_follows_the_template(chapter):
    meta, body = front_matter(chapter)
    for key in ("teaching", "exercises"):
        assert isinstance(meta.get(key), int) and 5 <= meta[key] <= 90, f"{chapter.name}: front matter '{key}' minutes"
    assert "Learning objectives" in body
    assert body.count("Pause and reflect") >= 1
    assert re.search(r"^## Key points", body, re.M)
    assert re.search(r"^## Check your understanding", body, re.M)
    assert f"../exercises/{chapter.stem}" in body, "link to the paired exercise"
    assert "{bibliography}" in body
    assert re.search(r"Case:", body), "at least one IR case vignette"


@pytest.mark.parametrize("page", sorted((ROOT / "book").glob("*.md")), ids=lambda p: p.stem)
def test_every_citation_key_is_in_the_bibliography(page):
    text = page.read_text(encoding="utf-8")
    keys = {k.strip() for group in re.findall(r"\{cite(?::\w+)?\}`([^`]+)`", text) for k in group.split(",")}
    missing = keys - BIB_KEYS
    assert not missing, f"{page.name} cites keys missing from references.bib: {sorted(missing)}"


def test_the_source_articles_four_references_are_there_with_dois():
    for doi in (
        "10.1016/j.acra.2016.09.026",
        "10.1111/1754-9485.13142",
        "10.1148/rg.220157",
        "10.1097/ACM.0000000000002811",
    ):
        assert doi in BIB, doi


def test_published_figures_cite_existing_references():
    from irsocial.course.chapters.ch01_landscape.surveys import PUBLISHED

    for figure in PUBLISHED.values():
        assert figure.reference in BIB_KEYS, figure.key


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_follows_the_exercise_template(path):
    nb = nbformat.read(path, as_version=4)
    cells = nb.cells
    assert cells[0].cell_type == "markdown" and f"../book/{path.stem}.md" in cells[0].source, "title links the chapter"
    assert "Time:" in cells[0].source
    solutions = [i for i, c in enumerate(cells) if "solution" in c.metadata.get("tags", [])]
    assert solutions, "at least one solution cell"
    for i in solutions:
        tags = cells[i].metadata["tags"]
        assert "hide-cell" in tags, f"solution cell {i} must also be tagged hide-cell"
        before = cells[i - 1]
        assert before.cell_type == "code" and ("..." in before.source or _asked_names(before.source)), (
            f"cell {i - 1} should be the student cell: an answer widget (ask.*) or a ... placeholder"
        )
    factories = widget_factories(path.stem)
    assert any(re.search(rf"\b{name}\(", c.source) for c in cells if c.cell_type == "code" for name in factories), (
        "an interactive widget from irsocial.course.widgets or the chapter's widgets"
    )
    assert "summary()" in cells[-1].source
    for cell in cells:
        if cell.cell_type == "code":
            assert not cell.get("outputs"), "commit notebooks without outputs (the build and tests execute them)"


def widget_factories(slug: str) -> list[str]:
    """The widget-making functions a notebook may call: the shared ones and its chapter's own."""
    import importlib

    import irsocial.course.widgets as shared

    names = [n for n in shared.__all__ if n[0].islower() and not n.endswith(("_html", "_png"))]
    try:
        own = importlib.import_module(f"{chapter_package(slug)}.widgets")
    except ModuleNotFoundError:
        return names
    return names + [n for n in dir(own) if n.endswith("_tool") or n in ("image_viewer",)]


def chapter_package(slug: str) -> str:
    return "irsocial.course.chapters.ch" + slug.replace("-", "_")


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.stem for c in CHAPTERS])
def test_everything_of_a_chapter_is_found_by_its_slug(chapter):
    """The layout convention of irsocial/course/chapters/__init__.py, for every chapter in the toc."""
    import importlib

    slug = chapter.stem
    assert (ROOT / "exercises" / f"{slug}.ipynb").is_file()
    assert (ROOT / "book" / "quizzes" / f"{slug}.yml").is_file()
    package = chapter_package(slug)
    folder = ROOT / package.replace(".", "/")
    assert (folder / "__init__.py").is_file() and (folder / "checks.py").is_file(), (
        f"{folder}: __init__.py and checks.py"
    )
    assert slug in importlib.import_module(package).__doc__
    assert (ROOT / "tests" / "chapters" / f"test_{folder.name}.py").is_file()
    nb = (ROOT / "exercises" / f"{slug}.ipynb").read_text(encoding="utf-8")
    imported = set(re.findall(r"irsocial\.course\.chapters\.(ch\d\d_\w+)", nb))
    assert imported == {folder.name}, f"the notebook imports chapter code only from its own package, not {imported}"
    from irsocial.course import datasets

    for data in datasets.DATASETS.values():
        assert (ROOT / "exercises" / "data" / data.relative_path).parent.name == data.chapter


def test_no_chapter_package_without_a_chapter():
    folders = {p.name for p in (ROOT / "irsocial/course/chapters").iterdir() if p.is_dir() and p.name.startswith("ch")}
    assert folders == {"ch" + c.stem.replace("-", "_") for c in CHAPTERS}


def _assigned_names(source: str) -> dict[str, bool]:
    """Top-level names a cell assigns, and whether the value holds the ``...`` placeholder."""
    import ast

    found: dict[str, bool] = {}
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        found[name.id] = any(
                            isinstance(v, ast.Constant) and v.value is Ellipsis for v in ast.walk(node.value)
                        )
    return found


def _asked_names(source: str) -> set[str]:
    """Names an answer widget leaves as ``...`` until the resident answers: ``ask.choice("name", ...)``."""
    import ast

    found = set()
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "ask"
            and node.func.attr != "form"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def test_asked_names_are_read_from_answer_widgets():
    source = 'ask.form(ask.pick("figure_key", keys), ask.yes_no("inside", check=lambda v: check.x(figure_key, v)))'
    assert _asked_names(source) == {"figure_key", "inside"}
    assert _asked_names("x = 1") == set()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_each_solution_assigns_exactly_the_names_its_exercise_leaves_as_a_placeholder(path):
    """Neuromatch-style: an exercise stub and its solution cannot drift apart."""
    cells = nbformat.read(path, as_version=4).cells
    for i, cell in enumerate(cells):
        if "solution" not in cell.metadata.get("tags", []):
            continue
        stub = _assigned_names(cells[i - 1].source)
        placeholders = {name for name, is_placeholder in stub.items() if is_placeholder} | _asked_names(
            cells[i - 1].source
        )
        solved = set(_assigned_names(cell.source))
        assert placeholders, f"cell {i - 1} leaves nothing as ... (or to an answer widget) for the resident"
        assert solved == placeholders, (
            f"cell {i}: the solution assigns {sorted(solved)} but the exercise leaves {sorted(placeholders)} as ..."
        )


def test_no_file_refers_to_a_document_outside_the_project():
    """The fact sheet the team works from is not part of the project: cite the original sources instead."""
    import subprocess

    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    offenders = []
    for name in files:
        path = ROOT / name
        if path.suffix in {".png", ".jpg", ".pdf", ".zip", ".dcm"} or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        if re.search(r"FACTS\.md|\.\./shared/|DESIGN\.md|STYLE\.md", text):
            offenders.append(name)
    assert not offenders, f"these files refer to documents that are not in the project: {offenders}"


NOT_YET_ON_ANSWER_WIDGETS: set[str] = set()  # every notebook answers through widgets


@pytest.mark.parametrize(
    "path",
    [p for p in NOTEBOOKS if p.stem not in NOT_YET_ON_ANSWER_WIDGETS],
    ids=[p.stem for p in NOTEBOOKS if p.stem not in NOT_YET_ON_ANSWER_WIDGETS],
)
def test_every_task_is_answered_in_an_answer_widget_not_in_python(path):
    """A resident can finish every task without typing Python syntax: each student cell is an answer widget."""
    cells = nbformat.read(path, as_version=4).cells
    for i, cell in enumerate(cells):
        if "solution" in cell.metadata.get("tags", []):
            stub = cells[i - 1].source
            assert _asked_names(stub) and not any(v for v in _assigned_names(stub).values()), (
                f"cell {i - 1}: answer through ask.* widgets, not by replacing ..."
            )
    text = "\n".join(c.source for c in cells if c.cell_type == "markdown")
    for words in ("in quotes", "replace the `...`", "Replace each `...`", "arrow keys", "(no quotes)"):
        assert words not in text, f"the text still asks for Python syntax: {words!r}"
