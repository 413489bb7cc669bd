"""Seeded generator of the chapter 01 survey data set (synthetic, nothing real)."""

from __future__ import annotations

import numpy as np
import pandas as pd

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
        stage = str(stage)
        use = str(rng.choice(["professional", "personal only", "none"], p=_USE_BY_STAGE[stage]))
        professional = use == "professional"
        platforms = {
            col: int(professional and rng.random() < p) for col, p in zip(PLATFORM_COLUMNS, _PLATFORM_BY_STAGE[stage])
        }
        if professional and not any(platforms.values()):
            platforms["linkedin"] = 1
        rows.append(
            {
                "respondent": f"R{i:03d}",
                "region": str(rng.choice(["Europe", "North America", "Other"], p=[0.5, 0.38, 0.12])),
                "career_stage": stage,
                "subspecialty": str(rng.choice(["interventional", "diagnostic"], p=[0.45, 0.55])),
                "use": use,
                **platforms,
                "main_purpose": str(rng.choice(_PURPOSES, p=[0.45, 0.25, 0.2, 0.1])) if professional else "",
                "minutes_per_day": int(rng.gamma(2.0, 12.0)) if use != "none" else 0,
                "main_barrier": str(rng.choice(_BARRIERS, p=[0.4, 0.3, 0.2, 0.1])) if use == "none" else "",
            }
        )
    return pd.DataFrame(rows)


# Data sets this chapter writes to exercises/data/<slug>/: file name -> seeded generator.
DATASETS = {"platform_survey.csv": platform_survey}
