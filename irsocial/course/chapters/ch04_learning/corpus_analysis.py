"""Engagement versus accuracy in a corpus of posts: summaries by group, correlations and plot data.

The corpus is a table with one row per post and at least the columns ``engagements`` (likes +
reposts + replies, a count) and ``accuracy`` (an expert rating from 1, false or misleading, to 5,
accurate and complete), plus grouping columns such as ``hashtag`` and ``content_type``.

>>> import pandas as pd
>>> posts = pd.DataFrame({"content_type": ["case image", "news link", "case image"],
...                       "engagements": [40, 5, 60], "accuracy": [4, 5, 2]})
>>> summary_by(posts, "content_type")["median engagements"].to_dict()
{'case image': 50.0, 'news link': 5.0}
"""

from __future__ import annotations

from dataclasses import dataclass

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

INACCURATE_MAX = 2  # ratings 1 and 2 count as inaccurate (false, misleading or mostly wrong)
REQUIRED = ("engagements", "accuracy")


class CorpusInputError(ValueError):
    """The corpus lacks a column or has values the analysis cannot use."""


def _check(posts: pd.DataFrame, column: str | None = None) -> None:
    missing = [c for c in REQUIRED + ((column,) if column else ()) if c not in posts.columns]
    if missing:
        raise CorpusInputError(
            f"The corpus has no column {missing[0]!r}; it has: {', '.join(map(str, posts.columns))}."
        )
    if len(posts) == 0:
        raise CorpusInputError("The corpus is empty: load the posts first.")


def summary_by(posts: pd.DataFrame, column: str) -> pd.DataFrame:
    """Posts, median and mean engagements, mean accuracy and share rated inaccurate, per value of ``column``.

    Sorted by median engagements, highest first.
    """
    _check(posts, column)
    grouped = posts.groupby(column)
    table = pd.DataFrame(
        {
            "posts": grouped.size(),
            "median engagements": grouped["engagements"].median().astype(float),
            "mean engagements": grouped["engagements"].mean().round(1),
            "mean accuracy": grouped["accuracy"].mean().round(2),
            "rated inaccurate (%)": (grouped["accuracy"].apply(lambda a: (a <= INACCURATE_MAX).mean()) * 100).round(1),
        }
    )
    return table.sort_values(["median engagements", "posts"], ascending=False)


def top_group(posts: pd.DataFrame, column: str, measure: str = "median engagements") -> str:
    """The value of ``column`` with the highest ``measure`` in :func:`summary_by`.

    >>> posts = pd.DataFrame({"hashtag": ["#a", "#b"], "engagements": [3, 9], "accuracy": [5, 1]})
    >>> top_group(posts, "hashtag"), top_group(posts, "hashtag", "mean accuracy")
    ('#b', '#a')
    """
    table = summary_by(posts, column)
    if measure not in table.columns:
        raise CorpusInputError(f"Unknown measure {measure!r}; choose one of: {', '.join(table.columns)}.")
    return str(table[measure].idxmax())


def _ranks(values: pd.Series) -> np.ndarray:
    return values.rank(method="average").to_numpy(dtype=float)


@dataclass(frozen=True)
class Correlation:
    """How engagement and accuracy move together in a corpus."""

    n: int
    pearson_log: float  # Pearson r between log(1 + engagements) and accuracy
    spearman: float  # rank correlation (Spearman's rho), robust to the long tail of engagement

    @property
    def strength(self) -> str:
        return describe_strength(self.spearman)

    def __str__(self) -> str:
        return (
            f"Spearman's rho = {self.spearman:+.2f} ({self.strength}); Pearson r on log engagements = "
            f"{self.pearson_log:+.2f}; n = {self.n} posts"
        )


def describe_strength(r: float) -> str:
    """Words for the size of a correlation (a common rule of thumb, not a law).

    >>> describe_strength(0.05), describe_strength(-0.2), describe_strength(0.6)
    ('negligible', 'weak', 'strong')
    """
    a = abs(r)
    if a < 0.1:
        return "negligible"
    if a < 0.3:
        return "weak"
    if a < 0.5:
        return "moderate"
    return "strong"


def engagement_accuracy_correlation(posts: pd.DataFrame) -> Correlation:
    """Pearson (on log engagements) and Spearman correlations between engagement and accuracy.

    >>> posts = pd.DataFrame({"engagements": [1, 10, 100, 1000], "accuracy": [1, 2, 3, 4]})
    >>> engagement_accuracy_correlation(posts).spearman
    1.0
    """
    _check(posts)
    if len(posts) < 3:
        raise CorpusInputError("A correlation needs at least 3 posts.")
    eng = posts["engagements"].astype(float)
    acc = posts["accuracy"].astype(float)
    if eng.nunique() < 2 or acc.nunique() < 2:
        raise CorpusInputError("Engagement and accuracy must both vary for a correlation to mean anything.")
    pearson = float(np.corrcoef(np.log1p(eng), acc)[0, 1])
    spearman = float(np.corrcoef(_ranks(eng), _ranks(acc))[0, 1])
    return Correlation(len(posts), round(pearson, 4), round(spearman, 4))


def most_engaged(posts: pd.DataFrame, n: int = 50) -> pd.DataFrame:
    """The ``n`` posts with the most engagements (ties broken by the order of the corpus)."""
    _check(posts)
    if not isinstance(n, (int, np.integer)) or isinstance(n, bool) or n < 1:
        raise CorpusInputError("n must be a whole number of posts, 1 or more.")
    return posts.sort_values("engagements", ascending=False, kind="stable").head(n)


def inaccurate_count(posts: pd.DataFrame) -> int:
    """How many posts the experts rated inaccurate (1 or 2)."""
    _check(posts)
    return int((posts["accuracy"] <= INACCURATE_MAX).sum())


def reading_list(posts: pd.DataFrame, min_accuracy: int) -> pd.DataFrame:
    """Posts rated at least ``min_accuracy``, most engaged first: a feed chosen by quality, not by popularity."""
    _check(posts)
    return posts[posts["accuracy"] >= min_accuracy].sort_values("engagements", ascending=False, kind="stable")


def quiet_share(posts: pd.DataFrame, subset: pd.DataFrame) -> float:
    """Share of ``subset`` whose engagements are below the median of the whole corpus (0 to 1)."""
    _check(posts)
    if len(subset) == 0:
        return 0.0
    return float((subset["engagements"] < posts["engagements"].median()).mean())


def scatter_data(posts: pd.DataFrame, jitter: float = 0.15, seed: int = 0) -> pd.DataFrame:
    """Columns ``x`` (engagements) and ``y`` (accuracy with a small seeded vertical jitter, so points do not hide each other)."""
    _check(posts)
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "x": posts["engagements"].to_numpy(dtype=float),
            "y": posts["accuracy"].to_numpy(dtype=float) + rng.uniform(-jitter, jitter, len(posts)),
        },
        index=posts.index,
    )


def plot_engagement_by_group(posts: pd.DataFrame, column: str, title: str | None = None) -> plt.Figure:
    """Horizontal bars of median engagements per group, with each group's mean accuracy written beside its bar."""
    table = summary_by(posts, column).iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(table) + 1.6))
    ax.barh(table.index.astype(str), table["median engagements"], color="#1f4e79")
    for y, (med, acc) in enumerate(zip(table["median engagements"], table["mean accuracy"])):
        ax.text(med, y, f"  accuracy {acc:.1f}/5", va="center", fontsize=8)
    ax.set_xlabel("Median engagements per post (likes + reposts + replies, count)")
    ax.set_ylabel(column.replace("_", " ").capitalize())
    ax.set_xlim(0, table["median engagements"].max() * 1.35)
    ax.set_title(title or f"Which posts spread: median engagements by {column.replace('_', ' ')}")
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig


def plot_engagement_vs_accuracy(posts: pd.DataFrame, title: str = "Engagement does not measure accuracy") -> plt.Figure:
    """Scatter of accuracy against engagements (log scale), with the rank correlation in the legend."""
    data = scatter_data(posts)
    corr = engagement_accuracy_correlation(posts)
    fig, ax = plt.subplots(figsize=(8, 4.5))
    ax.scatter(
        data["x"] + 1,
        data["y"],
        s=12,
        alpha=0.5,
        color="#1f4e79",
        label=f"one post (Spearman's rho {corr.spearman:+.2f})",
    )
    ax.set_xscale("log")
    ax.set_xlabel("Engagements per post + 1 (likes + reposts + replies, count, log scale)")
    ax.set_ylabel("Expert accuracy rating (1–5 points)")
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.axhspan(0.5, INACCURATE_MAX + 0.5, color="grey", alpha=0.15, label="rated inaccurate (1 or 2)")
    ax.set_ylim(0.5, 5.5)
    ax.set_title(title)
    ax.legend(loc="lower right", fontsize=8)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig
