"""Shared helpers for the course's tests: where things are, and how to run a notebook."""

from __future__ import annotations

import os
import re
import shutil
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
    return [
        c
        for c in nb.cells
        if c.cell_type == "code" and c.source.lstrip().startswith("check.") and "preview" not in c.source
    ]


def pytest_terminal_summary(terminalreporter):
    for name, value in BUILD_REPORT.items():
        terminalreporter.write_line(f"{name}: {value:.1f}")
    if KERNEL_NOTES:
        terminalreporter.section("notebook kernels logged (not build warnings)")
        for note in KERNEL_NOTES:
            terminalreporter.write_line(note)
    if NOTEBOOK_TIMES:
        terminalreporter.section("notebook execution times")
        for name, seconds in sorted(NOTEBOOK_TIMES.items()):
            terminalreporter.write_line(f"{name}: {seconds:.1f} s")


@pytest.fixture(scope="session", autouse=True)
def _outputs_outside_the_repository(tmp_path_factory):
    """Notebook 12 writes its plan into $IRSOCIAL_OUTPUT: a temporary folder, never exercises/output/.

    Kernels started by the tests and by the book build inherit the variable.
    """
    os.environ["IRSOCIAL_OUTPUT"] = str(tmp_path_factory.mktemp("notebook-output"))
    yield
    os.environ.pop("IRSOCIAL_OUTPUT", None)


@pytest.fixture
def root() -> Path:
    return ROOT


def build_book(source: Path, *extra: str) -> subprocess.CompletedProcess:
    """Run the README's build command (jupyter-book build -W --keep-going) on ``source``."""
    jb = str(Path(sys.executable).parent / "jupyter-book")
    return subprocess.run(
        [jb, "build", "--warningiserror", "--keep-going", *extra, str(source)],
        capture_output=True,
        text=True,
        timeout=900,
    )


BUILD_REPORT: dict[str, float] = {}


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The book built once per test session, from scratch, into a temporary folder (nothing stale).

    With ``IRSOCIAL_SITE=path/to/html`` the tests judge that build instead (CI builds the site once
    with ``make book``, which fails on any warning, then tests and publishes that same build).
    """
    given = os.environ.get("IRSOCIAL_SITE")
    if given:
        html = Path(given).resolve()
        assert (html / "index.html").is_file(), f"IRSOCIAL_SITE={given}: no built site there (run make book first)"
        return html
    out = tmp_path_factory.mktemp("site")
    start = time.perf_counter()
    run = build_book(ROOT, "--path-output", str(out))
    BUILD_REPORT["book build from scratch (s)"] = time.perf_counter() - start
    output = run.stdout + run.stderr
    assert run.returncode == 0, f"the book build failed:\n{output[-6000:]}"
    warnings, kernel_notes = build_warnings(output)
    assert not warnings, "the build printed warnings:\n" + "\n\n".join(warnings)
    KERNEL_NOTES.extend(kernel_notes)
    return out / "_build" / "html"


# A notebook kernel (ipykernel) logs its own tornado errors with Python's basic format
# ("ERROR:tornado.general:...") on the build's stderr; ipykernel 7 does so now and then for a
# race while the kernel shuts down after a notebook has finished. Such a record is the kernel's,
# not Sphinx's or myst-nb's: the build's exit code (-W, raise_on_error) and the tests of the
# built pages judge the notebooks. Kernel records are reported in the summary, not hidden.
_KERNEL_RECORD = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL):tornado(\.\w+)*:")
_WARNING = re.compile(r"\b(WARNING|ERROR|CRITICAL):")
KERNEL_NOTES: list[str] = []


def build_warnings(output: str) -> tuple[list[str], list[str]]:
    """Split a build's output into (build warnings, kernel log records), each with what follows it.

    A build warning is any line with "WARNING:", "ERROR:" or "CRITICAL:" (Sphinx, myst-nb,
    jupyter-cache); the kernel's "[IPKernelApp] WARNING |" notes do not match. Each entry carries
    the indented or traceback lines after it, so a failure shows the whole message.
    """
    lines = output.splitlines()
    warnings: list[str] = []
    kernel: list[str] = []
    for i, line in enumerate(lines):
        if not _WARNING.search(line):
            continue
        block = [line]
        for follow in lines[i + 1 : i + 40]:
            if follow.startswith((" ", "\t", "Traceback")) or re.match(r"^[\w.]+(Error|Exception)\b", follow):
                block.append(follow)
            else:
                break
        (kernel if _KERNEL_RECORD.match(line) else warnings).append("\n".join(block))
    return warnings, kernel


# --- the real browser shared by the site, slide and JupyterLab tests -------------------------------------------

#: Debian's Chromium, headless, with nothing that reaches out to Google's hosts (the machine's network is closed).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


def chromium_path() -> str | None:
    for candidate in (
        os.environ.get("CHROMIUM_PATH"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def require_chromium() -> str:
    """Chromium's path; locally a missing browser skips the test, under CI=true it fails it."""
    path = chromium_path()
    if path is None:
        message = (
            "Chromium not found: install Debian's browser with `sudo apt-get install chromium` "
            "(or set CHROMIUM_PATH) to run the browser tests."
        )
        if os.environ.get("CI") == "true":
            pytest.fail(message + " Under CI these tests are mandatory.")
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def browser():
    path = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory) -> Path:
    """Where screenshots go: $IRSOCIAL_ARTIFACTS (CI keeps them) or a temporary folder, never the source tree."""
    folder = Path(os.environ.get("IRSOCIAL_ARTIFACTS") or tmp_path_factory.mktemp("test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"screenshots in {folder}")
    return folder
