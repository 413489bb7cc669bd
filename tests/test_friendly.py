"""Errors in plain words: the slips a resident makes get one sentence, not a traceback, in a real kernel."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT
from irsocial.course import friendly
from irsocial.course.feedback import NOT_ATTEMPTED, NOT_YET, choice


def test_outside_ipython_install_does_nothing_and_no_failure_is_known():
    assert friendly.install() is False
    assert friendly.last_failure() is None
    assert choice("T", ..., "A", {"B": ("No.", "")}, "Yes.").status == NOT_ATTEMPTED


@pytest.mark.parametrize(
    "name, source, expected",
    [
        ("B", "best_reply_to_message = B", 'Put your answer in quotes: "B".'),
        ("A", "my_path = A, C", 'Put your answer in quotes: "A, C".'),
        ("wang_any_account", "figure_key = wang_any_account", 'Put your answer in quotes: "wang_any_account".'),
        ("true", "p_below_005 = true", "capital letter"),
        ("post_checker", "post_checker()", "Run ▸ Run All Cells"),
        ("check", "check.patient_message(x)", "Run ▸ Run All Cells"),
    ],
)
def test_a_name_python_does_not_know_gets_one_plain_sentence(name, source, expected):
    assert expected in friendly.explain_name_error(name, source)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("share_probability = 5%", 'put it in quotes: "5%"'),
        ("my_reply = 'You don't need surgery'", "apostrophe"),
        ("x = (1, 2", "Python could not read"),
    ],
)
def test_a_line_python_cannot_read_gets_one_plain_sentence(line, expected):
    assert expected in friendly.explain_syntax_error(line, "invalid syntax", 1)


def _run(cells: list[str]) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    NotebookClient(
        nb,
        timeout=60,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(ROOT / "exercises")}},
    ).execute()
    return nb


def _text(cell) -> str:
    parts = []
    for out in cell.outputs:
        parts += out.get("traceback", []) + [out.get("text", "")] + [str(out.get("data", {}).get("text/plain", ""))]
    return "\n".join(parts)


def test_in_a_kernel_slips_give_a_sentence_and_the_check_below_says_the_cell_failed():
    nb = _run(
        [
            "from irsocial.course import friendly; friendly.install()\nfrom irsocial.course.feedback import choice",
            "best = B",
            'choice("Task 1", globals().get("best", ...), "A", {"B": ("No.", ""), "C": ("No.", "")}, "Yes.")',
            "share = 5%",
            "p = true",
            "post_checker()",
            "best = ...",
            'choice("Task 1", best, "A", {"B": ("No.", ""), "C": ("No.", "")}, "Yes.")',
        ]
    )
    cells = nb.cells
    for i in (1, 3, 4, 5):
        text = _text(cells[i])
        assert "Traceback" not in text and "----" not in text, text
        assert cells[i].outputs[0]["output_type"] == "error", "the cell still counts as failed (Run All stops)"
    assert _text(cells[1]).strip() == 'Put your answer in quotes: "B".'
    assert 'quotes: "5%"' in _text(cells[3])
    assert "capital letter" in _text(cells[4])
    assert "Run All Cells" in _text(cells[5])
    failed_check = cells[2].outputs[0]["metadata"]["irsocial_check"]
    assert failed_check["status"] == NOT_YET and failed_check["message"].startswith("The cell above did not run:")
    assert cells[7].outputs[0]["metadata"]["irsocial_check"]["status"] == NOT_ATTEMPTED


def test_the_course_kernel_loads_the_plain_words_errors_before_any_cell_runs(tmp_path, monkeypatch):
    """Coming back the next day and running a widget cell first: one sentence, not a NameError traceback."""
    spec = friendly.install_kernel(str(tmp_path))
    assert friendly.install_kernel(str(tmp_path)) == spec  # idempotent
    data = json.loads(Path(spec).read_text())
    assert data["argv"].count("--ext=irsocial.course.friendly") == 1
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "share" / "jupyter"))  # this kernelspec first
    nb = _run(["post_checker()"])
    text = _text(nb.cells[0])
    assert "Run the cells from the top" in text and "Traceback" not in text, text
