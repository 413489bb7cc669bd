"""Student notebooks: the committed notebooks with solution cells removed and outputs cleared.

A copy must make sense on its own, opened in JupyterLab or Colab from a folder of copies:

- no mention of folded solutions ("Show solution"): they are gone;
- the "Paired chapter" link goes to the chapter on the published site when its address is known
  (``--site-url``, or ``html.baseurl`` in ``_config.yml``), else it names the chapter's page in the
  offline site (``course-site.zip``) instead of ``../book/NN-slug.md``, which is not in the copy;
- paths fit the copy's layout (``exercises/data/`` is ``data/``, ``exercises/output/`` is ``output/``);
- MyST-only markup (```{admonition} Title``` blocks with ``:class:`` lines) becomes a Markdown
  blockquote with the title in bold, which JupyterLab renders;
- the set-up cell is collapsed, with a one-line "Run this first" above it, and the notebook opens
  with "Start here: Run ▸ Run All Cells, then work from Task 1".

Run ``python -m irsocial.course.student --src exercises --out _build/student``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

import nbformat

SOLUTION_TAG = "solution"


TRAVELLING_CONTENT = ("quizzes", "content")  # folders of book/ that the notebooks read


class StudentCopyError(ValueError):
    """A notebook or folder that cannot be turned into a student copy."""


def is_solution(cell: nbformat.NotebookNode) -> bool:
    """True for a cell tagged ``solution``."""
    return SOLUTION_TAG in cell.get("metadata", {}).get("tags", [])


START_HERE = "**Start here:** Run ▸ Run All Cells, then work from Task 1."
RUN_THIS_FIRST = (
    "**Run this first:** the collapsed cell below loads the course toolkit (Run ▸ Run All Cells runs it for you)."
)
OFFLINE_SITE = "course-site.zip"

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*“\"(])")
_FOLDED = re.compile(r"show solution|folded under|solutions? (is|are) folded", re.IGNORECASE)
_DIRECTIVE = re.compile(
    r"^```\{([\w-]+)\}[ \t]*([^\n]*)\n((?::[\w-]+:[^\n]*\n)*)(.*?)\n```[ \t]*$", re.DOTALL | re.MULTILINE
)
_CHAPTER_LINK = re.compile(r"\[([^\]]+)\]\(\.\./book/(\d\d-[\w-]+)\.md\)")
_PATHS = (("exercises/data/", "data/"), ("exercises/output/", "output/"))


def drop_folded_solution_mentions(text: str) -> str:
    """Remove every sentence that points to folded solutions (the copy has none).

    >>> drop_folded_solution_mentions("Run each cell. A worked solution is folded under each task (“Show solution”): try first.")
    'Run each cell.'
    """
    lines = []
    for line in text.split("\n"):
        kept = [s for s in _SENTENCE_END.split(line) if not _FOLDED.search(s)]
        lines.append(" ".join(kept).rstrip() if kept or not line else "")
    return "\n".join(lines)


def plain_admonitions(text: str) -> str:
    """MyST directive blocks (```{admonition} Title``` with ``:class:`` lines) as Markdown blockquotes.

    >>> print(plain_admonitions("```{admonition} Pause and reflect\\n:class: tip\\nWhy?\\n```"))
    > **Pause and reflect**
    >
    > Why?
    """

    def quote(match: re.Match) -> str:
        kind, title, _options, body = match.groups()
        title = title.strip() or kind.replace("-", " ").capitalize()
        body_lines = [f"> {line}" if line.strip() else ">" for line in body.strip("\n").split("\n")]
        return "\n".join([f"> **{title}**", ">", *body_lines])

    return _DIRECTIVE.sub(quote, text)


def chapter_link(text: str, site_url: str = "") -> str:
    """The "Paired chapter" link: to the published site when its address is known, else to the offline site's page.

    >>> chapter_link("[Landscape](../book/01-landscape.md)", "https://x.github.io/course/")
    '[Landscape](https://x.github.io/course/book/01-landscape.html)'
    >>> chapter_link("[Landscape](../book/01-landscape.md)")
    '*Landscape* (on the course website, or offline: unzip course-site.zip and open book/01-landscape.html)'
    """

    def link(match: re.Match) -> str:
        title, slug = match.groups()
        if site_url:
            return f"[{title}]({site_url.rstrip('/')}/book/{slug}.html)"
        return f"*{title}* (on the course website, or offline: unzip {OFFLINE_SITE} and open book/{slug}.html)"

    return _CHAPTER_LINK.sub(link, text)


def copy_paths(text: str) -> str:
    """Paths as they are in a folder of copies: ``exercises/data/`` is ``data/``.

    >>> copy_paths("See `exercises/data/README.md` and exercises/output/.")
    'See `data/README.md` and output/.'
    """
    for old, new in _PATHS:
        text = text.replace(old, new)
    return text


def _is_setup(cell: nbformat.NotebookNode) -> bool:
    return cell.cell_type == "code" and "setup" in cell.get("metadata", {}).get("tags", [])


def make_student_notebook(nb: nbformat.NotebookNode, site_url: str = "") -> nbformat.NotebookNode:
    """Return a copy of ``nb`` without solution cells, outputs, execution counts or widget state,
    whose text makes sense in a folder of copies (see the module's docstring)."""
    student = nbformat.from_dict(nb)  # deep copy
    student.cells = [cell for cell in student.cells if not is_solution(cell)]
    for cell in student.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cell.get("metadata", {}).pop("execution", None)
        if cell.cell_type == "markdown":
            text = drop_folded_solution_mentions(cell.source)
            text = plain_admonitions(chapter_link(copy_paths(text), site_url))
            cell.source = text
    setup = next((i for i, c in enumerate(student.cells) if _is_setup(c)), None)
    if setup is not None:
        student.cells[setup].metadata.setdefault("jupyter", {})["source_hidden"] = True
        student.cells.insert(setup, nbformat.v4.new_markdown_cell(RUN_THIS_FIRST, id="run-this-first"))
    if student.cells and student.cells[0].cell_type == "markdown":
        head, _, rest = student.cells[0].source.partition("\n")
        if head.startswith("#"):
            student.cells[0].source = f"{head}\n\n{START_HERE}\n{rest}"
        else:
            student.cells[0].source = f"{START_HERE}\n\n{student.cells[0].source}"
    elif student.cells:
        student.cells.insert(0, nbformat.v4.new_markdown_cell(START_HERE, id="start-here"))
    student.metadata.pop("widgets", None)
    return student


def site_url_from_config(config: Path) -> str:
    """The published site's address, if the book configuration has one (``html.baseurl``); else ""."""
    try:
        import yaml

        data = yaml.safe_load(Path(config).read_text(encoding="utf-8")) or {}
    except (OSError, ValueError):
        return ""
    return str((data.get("html") or {}).get("baseurl") or "").strip()


def read_notebook(path: Path) -> nbformat.NotebookNode:
    """Read a notebook, turning every reading problem into a ``StudentCopyError``."""
    try:
        return nbformat.read(path, as_version=4)
    except FileNotFoundError:
        raise StudentCopyError(f"{path}: no such notebook.") from None
    except Exception as err:  # nbformat raises several kinds for a damaged file
        raise StudentCopyError(f"{path}: not a readable notebook ({type(err).__name__}: {err}).") from None


def write_student_copies(src: Path, out: Path, site_url: str | None = None) -> list[Path]:
    """Write the student version of every ``NN-*.ipynb`` in ``src`` (and its ``data/``) into ``out``.

    ``out`` must not be ``src``: the committed notebooks are never overwritten.
    """
    src, out = Path(src), Path(out)
    if not src.is_dir():
        raise StudentCopyError(f"{src}: no such folder of exercise notebooks.")
    if out.resolve() == src.resolve():
        raise StudentCopyError("The output folder must differ from the exercises folder.")
    notebooks = sorted(src.glob("[0-9][0-9]-*.ipynb"))
    if not notebooks:
        raise StudentCopyError(f"{src}: no exercise notebooks (NN-name.ipynb) found.")
    out.mkdir(parents=True, exist_ok=True)
    if site_url is None:
        site_url = site_url_from_config(src.resolve().parent / "_config.yml")
    written = []
    for path in notebooks:
        student = make_student_notebook(read_notebook(path), site_url)
        target = out / path.name
        nbformat.write(student, target)
        written.append(target)
    if (src / "data").is_dir():
        shutil.copytree(src / "data", out / "data", dirs_exist_ok=True)
    book = src.resolve().parent / "book"
    for (
        folder
    ) in TRAVELLING_CONTENT:  # quizzes and course content travel with the notebooks, so a copied folder still works
        if (book / folder).is_dir():
            shutil.copytree(book / folder, out / "book" / folder, dirs_exist_ok=True)
    if (book / "references.bib").is_file():  # sources are shown by their titles
        shutil.copy2(book / "references.bib", out / "book" / "references.bib")
    if (book / "teaching" / "checklist.yml").is_file():
        (out / "book" / "teaching").mkdir(parents=True, exist_ok=True)
        shutil.copy2(book / "teaching" / "checklist.yml", out / "book" / "teaching" / "checklist.yml")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", default="exercises", help="folder of the committed notebooks")
    parser.add_argument("--out", default="_build/student", help="folder for the student copies")
    parser.add_argument(
        "--site-url",
        default=None,
        help="the published site's address, for the chapter links (default: html.baseurl in _config.yml)",
    )
    args = parser.parse_args(argv)
    try:
        written = write_student_copies(Path(args.src), Path(args.out), args.site_url)
    except StudentCopyError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path}")
    print(f"{len(written)} student notebooks in {args.out} (solutions removed, outputs cleared).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
