"""Settings that depend on where the site is published: launch buttons, repository links, Colab set-up.

Locally nothing here runs, so a local build has no launch buttons rather than broken ones. The
publish workflow calls, with the repository it runs in (``$GITHUB_REPOSITORY``)::

    python -m irsocial.course.publish stamp  --repository OWNER/NAME exercises
    python -m irsocial.course.publish config --repository OWNER/NAME --branch launch --out _build/publish-config.yml
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from pathlib import Path

import nbformat
import yaml

#: The first code cell of every exercise notebook. Tests check that each notebook uses it verbatim.
SETUP_CODE = """\
# Set-up: run this cell first. On Binder or your own computer it only loads the course toolkit.
# On Colab it first fetches the course (toolkit, data, quizzes) from the repository it came from.
import importlib.util, os, subprocess, sys
COURSE_REPOSITORY = ""  # filled in for the copies that the site's launch buttons open
if importlib.util.find_spec("irsocial") is None:
    if "google.colab" in sys.modules and COURSE_REPOSITORY:
        subprocess.run(["git", "clone", "-q", "--depth", "1", "--branch", "launch", COURSE_REPOSITORY, "/content/course"], check=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "-e", "/content/course[course]"], check=True)
        sys.path.insert(0, "/content/course")
        os.chdir("/content/course/exercises")
    else:
        print("The course toolkit 'irsocial' is not installed here. Open this notebook with the launch button "
              "on the course website, or on your computer run: pip install -r requirements.txt")
if importlib.util.find_spec("irsocial") is not None:
    from irsocial.course import friendly
    friendly.install()  # a slip in an answer gets one plain sentence, not a traceback"""

_REPOSITORY = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")
_STAMP_LINE = re.compile(r'^COURSE_REPOSITORY = ".*"', re.MULTILINE)


class PublishError(ValueError):
    """A repository name or file the publish step cannot use."""


def _check_repository(repository: str) -> str:
    if not _REPOSITORY.match(repository or ""):
        raise PublishError(f"Repository must look like OWNER/NAME (as in $GITHUB_REPOSITORY); got {repository!r}.")
    return repository


def publish_config(base: dict, repository: str, branch: str = "launch") -> dict:
    """The book configuration for the published site: ``base`` plus repository links and launch buttons."""
    _check_repository(repository)
    config = copy.deepcopy(base)
    config["repository"] = {"url": f"https://github.com/{repository}", "path_to_book": "", "branch": branch}
    config.setdefault("html", {}).update({"use_repository_button": True, "use_issues_button": True})
    config.setdefault("launch_buttons", {}).update(
        {"binderhub_url": "https://mybinder.org", "colab_url": "https://colab.research.google.com", "thebe": False}
    )
    return config


def stamp_notebook(nb: nbformat.NotebookNode, repository: str) -> bool:
    """Write the repository URL into the set-up cell; returns whether the notebook had one."""
    url = f"https://github.com/{_check_repository(repository)}"
    for cell in nb.cells:
        if cell.cell_type == "code" and _STAMP_LINE.search(cell.source):
            cell.source = _STAMP_LINE.sub(f'COURSE_REPOSITORY = "{url}"', cell.source, count=1)
            return True
    return False


def stamp_folder(folder: Path, repository: str) -> list[Path]:
    """Stamp every exercise notebook in ``folder`` (used only on the publish branch's copy)."""
    stamped = []
    for path in sorted(Path(folder).glob("[0-9][0-9]-*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        if not stamp_notebook(nb, repository):
            raise PublishError(f"{path}: no set-up cell with COURSE_REPOSITORY to stamp.")
        nbformat.write(nb, path)
        stamped.append(path)
    return stamped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Prepare the published site's settings.")
    sub = parser.add_subparsers(dest="command", required=True)
    cfg = sub.add_parser("config", help="write the publish configuration")
    cfg.add_argument("--repository", required=True)
    cfg.add_argument("--branch", default="launch")
    cfg.add_argument("--base", default="_config.yml")
    cfg.add_argument("--out", required=True)
    stamp = sub.add_parser("stamp", help="write the repository into the notebooks' set-up cells")
    stamp.add_argument("--repository", required=True)
    stamp.add_argument("folder", nargs="?", default="exercises")
    args = parser.parse_args(argv)
    try:
        if args.command == "config":
            base = yaml.safe_load(Path(args.base).read_text(encoding="utf-8"))
            out = Path(args.out)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(yaml.safe_dump(publish_config(base, args.repository, args.branch), sort_keys=False))
            print(f"wrote {out}")
        else:
            for path in stamp_folder(Path(args.folder), args.repository):
                print(f"stamped {path}")
    except (PublishError, OSError, yaml.YAMLError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
