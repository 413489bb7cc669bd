"""Seeded generators for every synthetic data set in exercises/data/ (nothing here is real).

Regenerate the files with ``python -m irsocial.datasets --out exercises/data``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from irsocial.profiles import Profile

SURVEY_SEED = 20260301
PLATFORM_COLUMNS = ("linkedin", "x", "youtube", "researchgate", "instagram", "facebook", "bluesky", "mastodon")

# Invented shapes, loosely modelled on the published surveys so the exercise has something to
# compare with. They are NOT measurements: never quote a number from this data set as a fact.
_STAGES = {"resident": 0.40, "fellow": 0.15, "attending": 0.45}
_USE_BY_STAGE = {  # (professional, personal only, none)
    "resident": (0.70, 0.17, 0.13),
    "fellow": (0.64, 0.18, 0.18),
    "attending": (0.50, 0.20, 0.30),
}
_PLATFORM_BY_STAGE = {  # probability of professional use of each platform, among professional users
    "resident": (0.50, 0.62, 0.55, 0.30, 0.40, 0.25, 0.18, 0.05),
    "fellow": (0.60, 0.58, 0.45, 0.35, 0.30, 0.25, 0.15, 0.05),
    "attending": (0.72, 0.45, 0.35, 0.40, 0.15, 0.30, 0.10, 0.06),
}
_PURPOSES = ("education", "networking", "research", "advocacy")
_BARRIERS = ("confidentiality", "time", "mixing private and professional life", "no interest")


def platform_survey(n: int = 400, seed: int = SURVEY_SEED) -> pd.DataFrame:
    """A synthetic survey of radiologists' and IRs' social media use (one row per respondent).

    >>> df = platform_survey(50, seed=1)
    >>> sorted(df["use"].unique())
    ['none', 'personal only', 'professional']
    """
    rng = np.random.default_rng(seed)
    stages = rng.choice(list(_STAGES), size=n, p=list(_STAGES.values()))
    rows = []
    for i, stage in enumerate(stages, start=1):
        use = rng.choice(["professional", "personal only", "none"], p=_USE_BY_STAGE[stage])
        professional = use == "professional"
        platforms = {
            col: int(professional and rng.random() < p)
            for col, p in zip(PLATFORM_COLUMNS, _PLATFORM_BY_STAGE[stage])
        }
        if professional and not any(platforms.values()):
            platforms["linkedin"] = 1
        rows.append(
            {
                "respondent": f"R{i:03d}",
                "region": rng.choice(["Europe", "North America", "Other"], p=[0.5, 0.38, 0.12]),
                "career_stage": stage,
                "subspecialty": rng.choice(["interventional", "diagnostic"], p=[0.45, 0.55]),
                "use": use,
                **platforms,
                "main_purpose": rng.choice(_PURPOSES, p=[0.45, 0.25, 0.2, 0.1]) if professional else "",
                "minutes_per_day": int(rng.gamma(2.0, 12.0)) if use != "none" else 0,
                "main_barrier": rng.choice(_BARRIERS, p=[0.4, 0.3, 0.2, 0.1]) if use == "none" else "",
            }
        )
    return pd.DataFrame(rows)


def sample_profiles() -> list[Profile]:
    """Fictional profiles for the chapter 02 audit, each with something to fix (or nothing)."""
    return [
        Profile(
            "x",
            "Dr Lena Okafor",
            "IR fellow @NorthbridgeUniHospital. Embolization, PAE, #IRad education. "
            "Views my own, not medical advice. Disclosure: paid speaker for Vexa Medical.",
            "@lena_ir_fellow",
            ("Vexa Medical",),
            "A model profile: every item is met.",
        ),
        Profile(
            "x",
            "IRguy",
            "Cool cases from the angio suite 🔥 DMs open for second opinions!",
            "@irguy88",
            (),
            "Anonymous, no role or affiliation, and invites patients to ask for advice by message.",
        ),
        Profile(
            "linkedin",
            "Jonas Berg",
            "Interventional radiology resident (PGY-4), Lakeside Medical Center | views my own",
            "",
            ("Corvan Devices",),
            "A clear headline, but a consulting role is not disclosed and no 'not medical advice'.",
        ),
        Profile(
            "bluesky",
            "Dr Priya Nair",
            "Interventional radiologist at St Brigid's Hospital. Teaching IR to students and residents; "
            "oncology IR, TACE, ablation. Posts are my own views and not medical advice. "
            "Author of two textbook chapters, co-chair of a regional IR meeting, mentor for medical students "
            "interested in IR. Ask me about electives!",
            "@priyanair.bsky.social",
            (),
            "All the right content, but too long for Bluesky's description.",
        ),
    ]


# Every data set written to exercises/data/: file name -> seeded generator. Each chapter's
# generators live in their own section below and add themselves to this registry.
DATASETS = {"platform_survey.csv": platform_survey}

# --- chapter 06/07 data sets (networks, trials) go here ---

# --- chapter 10/11 data sets (appraisal corpus) go here ---



def write_datasets(folder: Path) -> list[Path]:
    """Write every data set into ``folder`` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, make in DATASETS.items():
        path = folder / name
        data = make()
        if name.endswith(".csv"):
            data.to_csv(path, index=False)
        else:  # .json: plain data (lists and dicts), written with stable formatting
            path.write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def load(name: str, data_dir: str | Path | None = None):
    """Load a course data set from ``data/`` (beside the notebook) or make it afresh if the file is absent.

    The file and a fresh generation are identical, because both come from the same seeded code.
    """
    if name not in DATASETS:
        raise KeyError(f"Unknown data set {name!r}; the course has: {', '.join(DATASETS)}.")
    folders = [Path(data_dir)] if data_dir else [Path("data"), Path("exercises") / "data"]
    for folder in folders:
        path = folder / name
        if path.is_file():
            if name.endswith(".csv"):
                return pd.read_csv(path, keep_default_na=False)
            return json.loads(path.read_text(encoding="utf-8"))
    return DATASETS[name]()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the course's synthetic data sets.")
    parser.add_argument("--out", default="exercises/data", help="folder to write into")
    args = parser.parse_args(argv)
    for path in write_datasets(Path(args.out)):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
