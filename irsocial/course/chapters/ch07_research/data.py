"""Seeded generators of the chapter 07 promotion trials (synthetic, shaped on published designs)."""

from __future__ import annotations

import numpy as np
import pandas as pd

TRIAL_SEED = 20260701
NULL_TRIAL_SEED = 20260702


def _with_exact_median(values: np.ndarray, target: float) -> np.ndarray:
    """Integers whose median is exactly ``target`` (moves only the middle one or two values)."""
    v = np.sort(np.round(values).astype(int))
    n = v.size
    if n % 2:
        lo_target = hi_target = int(round(target))
        lo_idx, hi_idx = n // 2, n // 2
    else:
        lo_target = int(np.floor(target))
        hi_target = int(round(2 * target)) - lo_target
        lo_idx, hi_idx = n // 2 - 1, n // 2
    v[:lo_idx] = np.minimum(v[:lo_idx], lo_target)
    v[hi_idx + 1 :] = np.maximum(v[hi_idx + 1 :], hi_target)
    v[lo_idx], v[hi_idx] = lo_target, hi_target
    return v


def _arm(rng, n: int, median: float, spread: float) -> np.ndarray:
    raw = np.exp(rng.normal(0.0, spread, size=n))
    return _with_exact_median(raw * median / np.median(raw), median)


def promotion_trial(seed: int = TRIAL_SEED) -> pd.DataFrame:
    """A synthetic two-arm trial shaped on Widmer et al. 2019 (34 promoted vs 34 control articles).

    Group sizes and the 0-30-day medians match the published abstract (full-text downloads 1,042 vs
    142; website visits 1,070 vs 265); everything else is invented. No citations were measured.

    >>> t = promotion_trial()
    >>> t.groupby("arm")["downloads_30d"].median().to_dict()
    {'control': 142.0, 'promoted': 1042.0}
    """
    rng = np.random.default_rng(seed)
    rows = []
    for arm, n, downloads, visits in (("promoted", 34, 1042, 1070), ("control", 34, 142, 265)):
        d = _arm(rng, n, downloads, 0.8)
        v = _arm(rng, n, visits, 0.7)
        # pair a larger download count with a larger visit count, loosely (articles differ in interest)
        order = np.argsort(np.argsort(rng.normal(np.arange(n), n / 4)))
        for i in range(n):
            rows.append({"arm": arm, "downloads_30d": int(d[i]), "visits_30d": int(v[order[i]])})
    df = pd.DataFrame(rows).sample(frac=1.0, random_state=seed % 2**32).reset_index(drop=True)
    df.insert(0, "article", [f"A{i:03d}" for i in range(1, len(df) + 1)])
    return df


def null_promotion_trial(seed: int = NULL_TRIAL_SEED) -> pd.DataFrame:
    """A synthetic trial shaped on Fox et al. 2015 (Circulation): 121 promoted vs 122 control articles.

    Group sizes and the 30-day median page views match the published abstract (409 vs 392, no
    effect); everything else is invented.

    >>> t = null_promotion_trial()
    >>> t.groupby("arm")["page_views_30d"].median().to_dict()
    {'control': 392.0, 'promoted': 409.0}
    """
    rng = np.random.default_rng(seed)
    rows = []
    for arm, n, views in (("promoted", 121, 409), ("control", 122, 392)):
        for value in rng.permutation(_arm(rng, n, views, 0.6)):
            rows.append({"arm": arm, "page_views_30d": int(value)})
    df = pd.DataFrame(rows).sample(frac=1.0, random_state=seed % 2**32).reset_index(drop=True)
    df.insert(0, "article", [f"C{i:03d}" for i in range(1, len(df) + 1)])
    return df


# Data sets this chapter writes to exercises/data/<slug>/: file name -> seeded generator.
DATASETS = {"promotion_trial.csv": promotion_trial, "null_promotion_trial.csv": null_promotion_trial}
