"""The post-safety toolkit is a product of its own: no course code, no heavy libraries, installable alone."""

import ast
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import ROOT

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: pytest itself depends on tomli there
    import tomli as tomllib

POSTSAFETY = ROOT / "irsocial" / "postsafety"
COURSE_ONLY = (
    "pandas",
    "matplotlib",
    "ipywidgets",
    "nbformat",
    "networkx",
    "scipy",
    "yaml",
    "sphinx",
    "docutils",
    "fpdf",
)


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted(POSTSAFETY.rglob("*.py")), ids=lambda p: p.name)
def test_no_postsafety_module_imports_the_course_or_a_course_only_library(path):
    imported = _imported_modules(path)
    assert not [m for m in imported if m.startswith("irsocial.course")], f"{path.name} imports the course half"
    assert not [m for m in imported if m.split(".")[0] in COURSE_ONLY], f"{path.name} imports a course-only library"


def test_importing_the_toolkit_and_running_the_checker_loads_no_course_library():
    code = (
        "import sys\n"
        "import irsocial.postsafety.cli, irsocial.postsafety.review, irsocial.postsafety.deid\n"
        "from irsocial.postsafety.review import review_post\n"
        "review_post('Coiled a GDA bleed through a 2.7 Fr microcatheter.', 'x')\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {COURSE_ONLY!r} or m.startswith('irsocial.course')))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert run.stdout.strip() == "[]"


def test_every_third_party_import_is_declared_in_pyproject():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    toolkit = " ".join(declared["dependencies"]).lower()
    course = toolkit + " " + " ".join(declared["optional-dependencies"]["course"]).lower()
    distribution = {"PIL": "pillow", "yaml": "pyyaml", "fpdf": "fpdf2", "markdown_it": "markdown-it-py"}
    stdlib = set(sys.stdlib_module_names)
    for path in (ROOT / "irsocial").rglob("*.py"):
        needed = toolkit if POSTSAFETY in path.parents else course
        for module in _imported_modules(path):
            top = module.split(".")[0]
            if top in stdlib or top in ("irsocial", "__future__"):
                continue
            assert distribution.get(top, top).lower().replace("_", "-") in needed.replace("_", "-"), (
                f"{path.relative_to(ROOT)} imports {top}, which pyproject.toml does not declare for it"
            )


def _copy_distribution(name: str, site: Path, seen: set[str]) -> None:
    """Copy an installed distribution (and what it requires) into ``site``: an offline install of it."""
    from importlib import metadata

    from packaging.requirements import Requirement

    dist = metadata.distribution(name)
    key = dist.metadata["Name"].lower()
    if key in seen:
        return
    seen.add(key)
    for file in dist.files or []:
        source = Path(dist.locate_file(file))
        if source.is_file() and ".." not in file.parts:
            target = site / file
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    for requirement in dist.requires or []:
        parsed = Requirement(requirement)
        if parsed.marker is None or parsed.marker.evaluate({"extra": ""}):
            _copy_distribution(parsed.name, site, seen)


@pytest.mark.slow
def test_pip_install_into_an_empty_virtualenv_gives_a_working_command(tmp_path):
    """`pip install .` with only the toolkit's declared dependencies present: check-post and deid work.

    Offline: the declared dependencies (and theirs) are copied from this environment into a new,
    empty virtualenv, and pip installs the package with --no-index. An import the toolkit needs but
    pyproject.toml does not declare fails here; so does a declared dependency that is not present.
    """
    from packaging.requirements import Requirement

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())
    seen: set[str] = set()
    for requirement in declared["project"]["dependencies"] + declared["build-system"]["requires"]:
        _copy_distribution(Requirement(requirement).name, site, seen)
    _copy_distribution("wheel", site, seen)  # setuptools older than 70.1 builds wheels with it
    src = tmp_path / "src"  # the package as it is in the working tree, without the rest of the course
    shutil.copytree(ROOT / "irsocial", src / "irsocial", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("pyproject.toml", "README.md", "LICENSE.md"):
        shutil.copy2(ROOT / name, src / name)
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--no-index",
            "--no-build-isolation",
            "--disable-pip-version-check",
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    command = env_dir / "bin" / "irsocial"
    draft = tmp_path / "draft.txt"
    draft.write_text("Mrs Okafor, 93, had a TACE today. #IRad\n", encoding="utf-8")
    checked = subprocess.run([str(command), "check-post", str(draft)], capture_output=True, text=True)
    assert checked.returncode == 1 and "block" in checked.stdout.lower(), checked.stdout + checked.stderr
    clean = tmp_path / "clean.txt"
    clean.write_text("Coiled a GDA bleed through a 2.7 Fr microcatheter. #IRad\n", encoding="utf-8")
    assert subprocess.run([str(command), "check-post", str(clean)], capture_output=True).returncode == 0
    patients = subprocess.run(
        [str(command), "check-post", "--audience", "patients", str(clean)], capture_output=True, text=True
    )  # reads the jargon table shipped as package data
    assert patients.returncode == 0 and "microcatheter" in patients.stdout, patients.stdout + patients.stderr
    photo = tmp_path / "photo.png"
    subprocess.run(
        [str(python), "-c", f"from PIL import Image; Image.new('RGB', (64, 48), 'gray').save({str(photo)!r})"],
        check=True,
    )
    deid = subprocess.run([str(command), "deid", str(photo), str(tmp_path / "out.png")], capture_output=True, text=True)
    assert deid.returncode in (0, 1) and "Traceback" not in deid.stderr, deid.stdout + deid.stderr
    missing = subprocess.run([str(python), "-c", "import pandas"], capture_output=True)
    assert missing.returncode != 0, "the toolkit alone should not pull in pandas"
    assert os.access(command, os.X_OK)
