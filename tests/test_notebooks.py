"""Every notebook in the toc runs in both modes: full (all checks pass) and student (all "not attempted").

Times are recorded for the summary, not asserted (timings belong in tests/benchmarks/); each cell has
nbclient's timeout.
"""

from __future__ import annotations

import nbformat
import pytest

from conftest import NOTEBOOK_TIMES, check_cells, check_results, execute, toc_notebooks
from irsocial.course.student import make_student_notebook

NOTEBOOKS = toc_notebooks()


def test_the_toc_lists_notebooks():
    assert NOTEBOOKS, "no exercise notebooks in _toc.yml"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_full_mode_every_check_passes(path):
    nb = nbformat.read(path, as_version=4)
    seconds = execute(nb, path.parent)
    NOTEBOOK_TIMES[f"{path.name} (full)"] = seconds
    results = check_results(nb)
    assert len(results) == len(check_cells(nb)) > 0, "every check cell must record exactly one result"
    failing = [f"{r['task']}: {r['status']} — {r['message']}" for r in results if r["status"] != "passed"]
    assert not failing, "checks that did not pass with the solutions:\n" + "\n".join(failing)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_student_mode_runs_and_every_check_says_not_attempted(path):
    nb = make_student_notebook(nbformat.read(path, as_version=4))
    assert not any("solution" in c.metadata.get("tags", []) for c in nb.cells)
    seconds = execute(nb, path.parent)
    NOTEBOOK_TIMES[f"{path.name} (student)"] = seconds
    results = check_results(nb)
    assert len(results) == len(check_cells(nb)) > 0
    assert {r["status"] for r in results} == {"not attempted"}, results
