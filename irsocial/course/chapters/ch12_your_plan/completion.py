"""A one-page completion record for self-paced readers (chapter 12): the plan and the exercises done.

The record is built on the resident's own computer from two things they already have: their plan
(``plan.build_plan``) and the check results their notebooks saved. Every exercise check records its
result in the cell output's metadata under ``irsocial_check`` (``feedback.METADATA_KEY``), so the
record reads the ``.ipynb`` files of a folder, keeps the last result of each task, and counts what
passed. The PDF (fpdf2, DejaVu fonts) ends with lines for a program director's name, signature and
date. Nothing is sent anywhere, and an existing file is never replaced unless ``force=True``.

>>> from irsocial.course.chapters.ch12_your_plan.plan import build_plan
>>> plan = build_plan("Dr A. Resident", goals=["Teach one IR case a month"], audience=["IR residents"],
...                   platforms=["x"], weekly_minutes=60,
...                   calendar=[("Mon", "x", "case thread", "TACE for a single HCC")],
...                   metrics=["replies from trainees"])
>>> records = exercise_records("exercises")  # doctest: +SKIP
>>> write_completion_record(plan, records, "output/completion-record.pdf")  # doctest: +SKIP
PosixPath('output/completion-record.pdf')
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from irsocial.course.chapters.ch12_your_plan.plan import SocialMediaPlan, plan_problems
from irsocial.course.feedback import METADATA_KEY, PASSED


class CompletionError(ValueError):
    """The record cannot be made; the message says what to change."""


@dataclass(frozen=True)
class ExerciseRecord:
    """The check results of one notebook: task → status, in the order the tasks first appear."""

    notebook: str
    title: str
    tasks: tuple[tuple[str, str], ...]

    @property
    def passed(self) -> list[str]:
        return [task for task, status in self.tasks if status == PASSED]


def _title(cells: list, fallback: str) -> str:
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            for line in "".join(cell.get("source", "")).splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def read_checks(path: str | Path) -> ExerciseRecord:
    """The last recorded result of every check in one notebook file.

    Raises ``CompletionError`` naming the file when it is not a notebook.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        cells = data["cells"]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError):
        raise CompletionError(f"{path.name} cannot be read as a Jupyter notebook: is it a saved .ipynb file?") from None
    results: dict[str, str] = {}
    for cell in cells:
        for output in cell.get("outputs", []) if isinstance(cell, dict) else []:
            record = (output.get("metadata") or {}).get(METADATA_KEY) if isinstance(output, dict) else None
            if isinstance(record, dict) and record.get("task") and record.get("status"):
                results[str(record["task"])] = str(record["status"])
    return ExerciseRecord(path.name, _title(cells, path.stem), tuple(results.items()))


def exercise_records(folder: str | Path) -> list[ExerciseRecord]:
    """The check results of every notebook in ``folder`` (not its subfolders), by file name.

    Notebooks with no saved check (never run, or saved without outputs) are left out.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise CompletionError(f"There is no folder {folder}: give the folder that holds your exercise notebooks.")
    notebooks = sorted(folder.glob("*.ipynb"))
    if not notebooks:
        raise CompletionError(f"No .ipynb files in {folder}: give the folder that holds your exercise notebooks.")
    return [r for r in (read_checks(p) for p in notebooks) if r.tasks]


def _draw(pdf, size: float, plan: SocialMediaPlan, records: list[ExerciseRecord], made: str) -> None:
    def text(value: str, style: str = "", bigger: float = 0, indent: float = 0) -> None:
        pdf.set_font("DejaVu", style, size + bigger)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, (size + bigger) * 0.45, value, align="L", new_x="LMARGIN", new_y="NEXT")

    text("Completion record", "B", 8)
    text(f"Social Media for Interventional Radiologists · self-paced · made on {made}")
    pdf.ln(2)
    text(f"Name: {plan.name}", "B", 1)
    pdf.ln(1.5)
    text("My social media plan", "B", 1)
    text("Goals: " + "; ".join(plan.goals), indent=3)
    text("Audience: " + "; ".join(plan.audience), indent=3)
    text(
        f"Platforms: {', '.join(plan.platforms)} · time budget: {plan.weekly_minutes} minutes a week · "
        f"{len(plan.calendar)} posts planned for the first week",
        indent=3,
    )
    text("What I will measure: " + "; ".join(plan.metrics), indent=3)
    pdf.ln(1.5)
    passed = sum(len(r.passed) for r in records)
    total = sum(len(r.tasks) for r in records)
    text(f"Exercises: {passed} of {total} checked tasks passed, in {len(records)} notebook(s)", "B", 1)
    for r in records:
        text(f"{r.title} ({r.notebook}): {len(r.passed)} of {len(r.tasks)} passed", indent=3)
        if r.passed:
            text("✓ " + " · ".join(r.passed), indent=7)
    if not records:
        text("No saved check results were found in the notebooks.", indent=3)
    pdf.ln(2)
    text(
        "Made on the resident's own computer from the check results saved in their notebooks. The course does not "
        "collect or verify it; a program director who signs below confirms that they discussed it with the resident."
    )
    pdf.ln(4)
    for label in ("Program director (name)", "Signature", "Date"):
        pdf.ln(7)
        pdf.set_font("DejaVu", "", size + 1)
        pdf.cell(55, 5, label)
        pdf.line(pdf.l_margin + 58, pdf.get_y() + 5, pdf.w - pdf.r_margin, pdf.get_y() + 5)
    pdf.ln(8)


def write_completion_record(
    plan: SocialMediaPlan, records: list[ExerciseRecord], out: str | Path, force: bool = False, made: str | None = None
) -> Path:
    """Write the one-page A4 completion record to ``out`` (a ``.pdf``); never replace a file unless ``force``.

    Raises ``CompletionError`` for a plan with problems, a name that is not a PDF, an existing file,
    or a record too long for one page.
    """
    import matplotlib
    from fpdf import FPDF

    if not isinstance(plan, SocialMediaPlan):
        raise CompletionError("The first argument must be your plan, as build_plan(...) makes it.")
    problems = plan_problems(plan)
    if problems:
        raise CompletionError("The plan is not ready: " + " ".join(problems))
    if not all(isinstance(r, ExerciseRecord) for r in records):
        raise CompletionError("The records must come from exercise_records(folder).")
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise CompletionError(f"{out.name}: the record is a PDF, so the file name must end in .pdf.")
    if out.exists() and not force:
        raise CompletionError(f"{out} already exists: choose another name, or pass force=True to replace it.")
    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    made = made or date.today().isoformat()
    for size in (11, 10, 9, 8, 7):
        pdf = FPDF(format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(18, 16, 18)
        pdf.add_page()
        pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
        pdf.set_title(f"Completion record: {plan.name}")
        _draw(pdf, size, plan, records, made)
        if pdf.page_no() == 1 and pdf.get_y() <= 297 - 14:
            out.parent.mkdir(parents=True, exist_ok=True)
            partial = out.with_name(out.name + ".partial")
            pdf.output(str(partial))
            partial.replace(out)
            return out
    raise CompletionError("The record does not fit one page: shorten the plan's goals or metrics.")
