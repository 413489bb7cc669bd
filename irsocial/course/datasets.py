"""The course's synthetic data sets: one registry over every chapter's seeded generators.

Each chapter that has data keeps its generators in ``irsocial.course.chapters.chNN_slug.data``
(a ``DATASETS`` dict: file name -> generator) and its files in ``exercises/data/NN-slug/``.
Nothing here is real. Regenerate every file with ``python -m irsocial.course.datasets --out exercises/data``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

# Chapters with data sets, by slug (the package is ch + slug with underscores).
CHAPTERS_WITH_DATA = ("01-landscape", "04-learning", "05-mentoring", "07-research", "10-misinformation")


@dataclass(frozen=True)
class DataSet:
    """One data file: its chapter's slug, its file name and the seeded code that makes it."""

    chapter: str
    name: str
    make: Callable

    @property
    def relative_path(self) -> Path:
        """Where the file lives under ``exercises/data`` (or ``data`` in a student copy)."""
        return Path(self.chapter) / self.name


def _registry() -> dict[str, DataSet]:
    found: dict[str, DataSet] = {}
    for slug in CHAPTERS_WITH_DATA:
        module = importlib.import_module(f"irsocial.course.chapters.ch{slug.replace('-', '_')}.data")
        for name, make in module.DATASETS.items():
            found[name] = DataSet(slug, name, make)
    return found


DATASETS = _registry()


def write_datasets(folder: Path) -> list[Path]:
    """Write every data set into ``folder/NN-slug/`` (created if needed).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     paths = write_datasets(Path(d))
    ...     sorted(p.relative_to(d).as_posix() for p in paths)[:2]
    ['01-landscape/platform_survey.csv', '04-learning/learning_posts.csv']
    """
    paths = []
    for data in DATASETS.values():
        path = folder / data.relative_path
        path.parent.mkdir(parents=True, exist_ok=True)
        made = data.make()
        if data.name.endswith(".csv"):
            made.to_csv(path, index=False)
        else:  # .json: plain data (lists and dicts), written with stable formatting
            path.write_text(json.dumps(made, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def load(name: str, data_dir: str | Path | None = None):
    """Load a course data set from ``data/`` (beside the notebook) or make it afresh if the file is absent.

    The file and a fresh generation are identical, because both come from the same seeded code.
    """
    if name not in DATASETS:
        raise KeyError(f"Unknown data set {name!r}; the course has: {', '.join(DATASETS)}.")
    data = DATASETS[name]
    folders = [Path(data_dir)] if data_dir else [Path("data"), Path("exercises") / "data"]
    for folder in folders:
        path = folder / data.relative_path
        if path.is_file():
            if name.endswith(".csv"):
                return pd.read_csv(path, keep_default_na=False)
            return json.loads(path.read_text(encoding="utf-8"))
    return data.make()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the course's synthetic data sets.")
    parser.add_argument("--out", default="exercises/data", help="folder to write into")
    args = parser.parse_args(argv)
    for path in write_datasets(Path(args.out)):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
