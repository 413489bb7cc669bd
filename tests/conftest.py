"""Shared helpers for the course's tests: where things are, and how to run a notebook."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
import yaml
from nbclient import NotebookClient

from irsocial.course.feedback import METADATA_KEY

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_TIMES: dict[str, float] = {}


def toc_files() -> list[str]:
    """Every file named in _toc.yml, in order (without extension)."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    files = [toc["root"]]

    def walk(entries):
        for entry in entries or []:
            if "file" in entry:
                files.append(entry["file"])
            walk(entry.get("sections"))
            walk(entry.get("chapters"))

    for part in toc.get("parts", []):
        walk(part.get("chapters"))
    walk(toc.get("chapters"))
    return files


def toc_notebooks() -> list[Path]:
    return [ROOT / f"{f}.ipynb" for f in toc_files() if f.startswith("exercises/")]


def toc_chapters() -> list[Path]:
    return [ROOT / f"{f}.md" for f in toc_files() if re.match(r"book/\d\d-", f)]


def execute(nb: nbformat.NotebookNode, cwd: Path, timeout: int = 60) -> float:
    """Execute a notebook in place with its folder as working directory; returns seconds taken."""
    start = time.perf_counter()
    NotebookClient(nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}).execute()
    return time.perf_counter() - start


def check_results(nb: nbformat.NotebookNode) -> list[dict]:
    """The results every check cell recorded in the executed notebook's outputs."""
    results = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            recorded = output.get("metadata", {}).get(METADATA_KEY)
            if recorded:
                results.append(recorded)
    return results


def check_cells(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    """Cells that run a check (their source starts with ``check.``)."""
    return [c for c in nb.cells if c.cell_type == "code" and c.source.lstrip().startswith("check.") and "preview" not in c.source]


def pytest_terminal_summary(terminalreporter):
    for name, value in BUILD_REPORT.items():
        terminalreporter.write_line(f"{name}: {value:.1f}")
    if NOTEBOOK_TIMES:
        terminalreporter.section("notebook execution times")
        for name, seconds in sorted(NOTEBOOK_TIMES.items()):
            terminalreporter.write_line(f"{name}: {seconds:.1f} s")


@pytest.fixture
def root() -> Path:
    return ROOT


def build_book(source: Path, *extra: str) -> subprocess.CompletedProcess:
    """Run the README's build command (jupyter-book build -W --keep-going) on ``source``."""
    jb = str(Path(sys.executable).parent / "jupyter-book")
    return subprocess.run([jb, "build", "--warningiserror", "--keep-going", *extra, str(source)],
                          capture_output=True, text=True, timeout=900)


BUILD_REPORT: dict[str, float] = {}


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The book built once per test session, from scratch, into a temporary folder (nothing stale)."""
    out = tmp_path_factory.mktemp("site")
    start = time.perf_counter()
    run = build_book(ROOT, "--path-output", str(out))
    BUILD_REPORT["book build from scratch (s)"] = time.perf_counter() - start
    output = run.stdout + run.stderr
    assert run.returncode == 0, f"the book build failed:\n{output[-6000:]}"
    # Sphinx and myst-nb print "WARNING:"/"ERROR:"; the kernel's own "[IPKernelApp] WARNING |" note is not a build warning.
    warnings = [line for line in output.splitlines() if re.search(r"\b(WARNING|ERROR|CRITICAL):", line)]
    assert not warnings, "the build printed warnings:\n" + "\n".join(warnings)
    return out / "_build" / "html"
