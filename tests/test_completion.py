"""The self-paced completion record (chapter 12): read the checks saved in notebooks, one signed-off page."""

from __future__ import annotations

import nbformat
import pytest

from irsocial.course.chapters.ch12_your_plan import completion
from irsocial.course.chapters.ch12_your_plan.plan import build_plan
from irsocial.course.feedback import METADATA_KEY

pypdf = pytest.importorskip("pypdf")


def plan():
    return build_plan(
        "Dr Ada Fictional",
        goals=["Teach one IR case a month"],
        audience=["IR residents"],
        platforms=["x", "linkedin"],
        weekly_minutes=60,
        calendar=[("Mon", "x", "case thread", "TACE for a single HCC")],
        metrics=["replies from trainees"],
    )


def notebook(path, title, results):
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_markdown_cell(f"# {title}\n\nText."))
    for task, status in results:
        cell = nbformat.v4.new_code_cell("check.something(answer)")
        cell.outputs = [
            nbformat.v4.new_output(
                "display_data",
                data={"text/plain": f"{task}: {status}"},
                metadata={METADATA_KEY: {"task": task, "status": status, "message": "m", "hint": ""}},
            )
        ]
        nb.cells.append(cell)
    nbformat.write(nb, str(path))


@pytest.fixture
def folder(tmp_path):
    work = tmp_path / "exercises"
    work.mkdir()
    notebook(
        work / "02-professional-presence.ipynb",
        "Exercise 02: A professional presence",
        [
            ("Task 1: the riskiest profile", "not yet"),
            ("Task 1: the riskiest profile", "passed"),
            ("Task 2: a fixed headline", "passed"),
            ("Task 3: your bio", "not attempted"),
        ],
    )
    notebook(
        work / "09-confidentiality.ipynb", "Exercise 09: Patient confidentiality", [("Task 1: five rewrites", "passed")]
    )
    notebook(work / "10-misinformation.ipynb", "Exercise 10: never run", [])
    return work


def test_the_last_result_of_each_task_counts_and_unrun_notebooks_are_left_out(folder):
    records = completion.exercise_records(folder)
    assert [r.notebook for r in records] == ["02-professional-presence.ipynb", "09-confidentiality.ipynb"]
    first = records[0]
    assert first.title == "Exercise 02: A professional presence"
    assert first.passed == ["Task 1: the riskiest profile", "Task 2: a fixed headline"] and len(first.tasks) == 3


def test_the_record_is_one_page_with_the_plan_the_exercises_and_a_signature_line(folder, tmp_path):
    out = completion.write_completion_record(
        plan(), completion.exercise_records(folder), tmp_path / "record.pdf", made="2026-11-30"
    )
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for words in (
        "Completion record",
        "Dr Ada Fictional",
        "Teach one IR case a month",
        "60 minutes a week",
        "3 of 4 checked tasks passed",
        "Exercise 09: Patient confidentiality",
        "Program director (name)",
        "Signature",
        "2026-11-30",
        "own computer",
    ):
        assert words in text, words
    assert not list(tmp_path.glob("*.partial"))


def test_an_existing_record_is_never_replaced_without_consent(folder, tmp_path):
    out = tmp_path / "record.pdf"
    out.write_bytes(b"my signed copy")
    records = completion.exercise_records(folder)
    with pytest.raises(completion.CompletionError, match="already exists.*force=True"):
        completion.write_completion_record(plan(), records, out)
    assert out.read_bytes() == b"my signed copy"
    completion.write_completion_record(plan(), records, out, force=True)
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "bad, message",
    [
        ("no-such-folder", "There is no folder"),
        ("empty", "No .ipynb files"),
        ("broken", "cannot be read as a Jupyter notebook"),
    ],
)
def test_bad_folders_and_files_get_one_clear_sentence(tmp_path, bad, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "01.ipynb").write_text("{not json", encoding="utf-8")
    with pytest.raises(completion.CompletionError, match=message):
        completion.exercise_records(tmp_path / bad)


def test_a_plan_that_is_not_a_plan_or_a_name_that_is_not_a_pdf_is_refused(folder, tmp_path):
    records = completion.exercise_records(folder)
    with pytest.raises(completion.CompletionError, match="build_plan"):
        completion.write_completion_record({"name": "x"}, records, tmp_path / "r.pdf")
    with pytest.raises(completion.CompletionError, match="must end in .pdf"):
        completion.write_completion_record(plan(), records, tmp_path / "r.docx")
    with pytest.raises(completion.CompletionError, match="exercise_records"):
        completion.write_completion_record(plan(), ["02.ipynb"], tmp_path / "r.pdf")
