"""Student notebooks: the committed notebooks with solution cells removed and outputs cleared.

Run ``python -m irsocial.course.student --src exercises --out _build/student``.
"""

from __future__ import annotations

import argparse
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


def make_student_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Return a copy of ``nb`` without solution cells, outputs, execution counts or widget state."""
    student = nbformat.from_dict(nb)  # deep copy
    student.cells = [cell for cell in student.cells if not is_solution(cell)]
    for cell in student.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cell.get("metadata", {}).pop("execution", None)
    student.metadata.pop("widgets", None)
    return student


def read_notebook(path: Path) -> nbformat.NotebookNode:
    """Read a notebook, turning every reading problem into a ``StudentCopyError``."""
    try:
        return nbformat.read(path, as_version=4)
    except FileNotFoundError:
        raise StudentCopyError(f"{path}: no such notebook.") from None
    except Exception as err:  # nbformat raises several kinds for a damaged file
        raise StudentCopyError(f"{path}: not a readable notebook ({type(err).__name__}: {err}).") from None


def write_student_copies(src: Path, out: Path) -> list[Path]:
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
    written = []
    for path in notebooks:
        student = make_student_notebook(read_notebook(path))
        target = out / path.name
        nbformat.write(student, target)
        written.append(target)
    if (src / "data").is_dir():
        shutil.copytree(src / "data", out / "data", dirs_exist_ok=True)
    book = src.resolve().parent / "book"
    for folder in TRAVELLING_CONTENT:  # quizzes and course content travel with the notebooks, so a copied folder still works
        if (book / folder).is_dir():
            shutil.copytree(book / folder, out / "book" / folder, dirs_exist_ok=True)
    if (book / "teaching" / "checklist.yml").is_file():
        (out / "book" / "teaching").mkdir(parents=True, exist_ok=True)
        shutil.copy2(book / "teaching" / "checklist.yml", out / "book" / "teaching" / "checklist.yml")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", default="exercises", help="folder of the committed notebooks")
    parser.add_argument("--out", default="_build/student", help="folder for the student copies")
    args = parser.parse_args(argv)
    try:
        written = write_student_copies(Path(args.src), Path(args.out))
    except StudentCopyError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path}")
    print(f"{len(written)} student notebooks in {args.out} (solutions removed, outputs cleared).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
