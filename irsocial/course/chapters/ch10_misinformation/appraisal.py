"""A structured rubric for appraising a health post (built on SIFT and CRAAP), its scoring, and agreement with experts.

The rubric is data: five criteria rated 0 (poor), 1 (partly) or 2 (good), plus an overall
accuracy rating from 1 (false or misleading) to 5 (accurate and complete). Each criterion names the
SIFT move and the CRAAP element it comes from (Caulfield's SIFT: Stop, Investigate the source,
Find better coverage, Trace claims; Blakeslee's CRAAP: Currency, Relevance, Authority, Accuracy,
Purpose). The rubric is the course's own teaching tool, not a validated instrument.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from irsocial.course.stats import StatsInputError, cohen_kappa, percent_agreement


class AppraisalError(ValueError):
    """Raised when a set of ratings does not fit the rubric (a missing criterion, a number off the scale)."""


@dataclass(frozen=True)
class Criterion:
    """One rubric criterion: what to ask, where it comes from, and what 0, 1 and 2 mean."""

    key: str
    label: str
    question: str
    sift: str
    craap: str
    levels: tuple[str, str, str]  # meaning of 0, 1, 2


RUBRIC: tuple[Criterion, ...] = (
    Criterion(
        "source",
        "Source",
        "Who is speaking, and are they qualified to speak on this topic?",
        "Investigate the source",
        "Authority",
        (
            "anonymous or unqualified on this topic",
            "named, but expertise unclear or outside the topic",
            "named and qualified on this topic",
        ),
    ),
    Criterion(
        "evidence",
        "Evidence",
        "Does the post point to evidence, and does that evidence say what the post says?",
        "Trace claims to the original",
        "Accuracy",
        (
            "no evidence, or anecdote only",
            "evidence named but weak, or it says less than the post claims",
            "traceable evidence that supports the claim",
        ),
    ),
    Criterion(
        "conflicts",
        "Conflicts and purpose",
        "Does the author gain from the claim (sales, referrals, attention), and is that disclosed?",
        "Investigate the source",
        "Purpose",
        (
            "undisclosed commercial or personal gain",
            "an interest is present and only partly disclosed",
            "no relevant interest, or fully disclosed",
        ),
    ),
    Criterion(
        "currency",
        "Date",
        "Is the claim current, or has newer evidence or guidance replaced it?",
        "Trace claims to the original",
        "Currency",
        ("outdated or undated claim that has been superseded", "date unclear; probably still current", "current"),
    ),
    Criterion(
        "consensus",
        "Consensus",
        "What does better coverage say: do guidelines and other experts agree?",
        "Find better coverage",
        "Accuracy / Relevance",
        (
            "contradicts guidelines or expert consensus",
            "contested, or consensus not yet formed",
            "agrees with guidelines or expert consensus",
        ),
    ),
)

CRITERIA: tuple[str, ...] = tuple(c.key for c in RUBRIC)
CRITERION_SCALE = (0, 1, 2)
OVERALL_SCALE = (1, 2, 3, 4, 5)
OVERALL_LABELS = {
    1: "false or misleading",
    2: "mostly misleading",
    3: "mixed",
    4: "mostly accurate",
    5: "accurate and complete",
}
FRAMEWORKS = {
    "SIFT": "Stop; Investigate the source; Find better coverage; Trace claims to the original context (Caulfield)",
    "CRAAP": "Currency, Relevance, Authority, Accuracy, Purpose (Blakeslee, Meriam Library, CSU Chico)",
}


def criterion(key: str) -> Criterion:
    """The rubric criterion called ``key``.

    >>> criterion("source").craap
    'Authority'
    """
    for c in RUBRIC:
        if c.key == key:
            return c
    raise AppraisalError(f"There is no criterion {key!r}; the rubric has: {', '.join(CRITERIA)}.")


def validate_ratings(ratings: dict) -> dict[str, int]:
    """Check one post's ratings (every criterion 0–2 and ``overall`` 1–5) and return them as whole numbers.

    >>> validate_ratings({"source": 2, "evidence": 1, "conflicts": 2, "currency": 2, "consensus": 1, "overall": 4})["overall"]
    4
    """
    if not isinstance(ratings, dict):
        raise AppraisalError("Ratings must be a dictionary such as {'source': 2, 'evidence': 1, ..., 'overall': 4}.")
    missing = [k for k in (*CRITERIA, "overall") if k not in ratings or ratings[k] is Ellipsis]
    if missing:
        raise AppraisalError(f"Rate every criterion: missing {', '.join(missing)}.")
    extra = [k for k in ratings if k not in (*CRITERIA, "overall")]
    if extra:
        raise AppraisalError(f"Unknown criterion {extra[0]!r}; use {', '.join(CRITERIA)} and overall.")
    clean = {}
    for key in (*CRITERIA, "overall"):
        value = ratings[key]
        scale = OVERALL_SCALE if key == "overall" else CRITERION_SCALE
        if isinstance(value, bool) or not isinstance(value, int) or value not in scale:
            raise AppraisalError(f"{key} must be a whole number from {scale[0]} to {scale[-1]}; got {value!r}.")
        clean[key] = value
    return clean


def rubric_score(ratings: dict) -> int:
    """Sum of the five criterion ratings (0 to 10); the overall rating is not included.

    >>> rubric_score({"source": 2, "evidence": 1, "conflicts": 2, "currency": 2, "consensus": 1, "overall": 4})
    8
    """
    clean = validate_ratings(ratings)
    return sum(clean[k] for k in CRITERIA)


def criterion_differences(mine: dict, expert: dict) -> dict[str, int]:
    """Your rating minus the expert's, per criterion and overall (positive: you rated it higher).

    >>> criterion_differences({"source": 2, "evidence": 2, "conflicts": 2, "currency": 2, "consensus": 2, "overall": 5},
    ...                       {"source": 0, "evidence": 0, "conflicts": 1, "currency": 2, "consensus": 0, "overall": 1})["overall"]
    4
    """
    a, b = validate_ratings(mine), validate_ratings(expert)
    return {k: a[k] - b[k] for k in (*CRITERIA, "overall")}


@dataclass(frozen=True)
class Agreement:
    """How closely two sets of ratings of the same posts agree."""

    n: int
    percent: float  # exact agreement, 0 to 1
    within_one: float  # agreement within one step, 0 to 1
    kappa: float  # Cohen's kappa
    weighted_kappa: float  # linearly weighted kappa

    def __str__(self) -> str:
        return (
            f"{self.n} posts: exact agreement {self.percent:.0%}, within one step {self.within_one:.0%}, "
            f"Cohen's kappa {self.kappa:.2f}, weighted kappa {self.weighted_kappa:.2f} ({interpret_kappa(self.weighted_kappa)})"
        )


def agreement(mine: list[int], expert: list[int], scale: tuple[int, ...] = OVERALL_SCALE) -> Agreement:
    """Agreement between your ratings and the expert's on one ordered scale.

    >>> a = agreement([1, 2, 4, 5, 3], [1, 3, 4, 5, 2])
    >>> a.percent, a.within_one
    (0.6, 1.0)
    """
    for value in list(mine) + list(expert):
        if isinstance(value, bool) or value not in scale:
            raise AppraisalError(f"Every rating must be one of {scale}; got {value!r}.")
    try:
        return Agreement(
            n=len(mine),
            percent=percent_agreement(mine, expert),
            within_one=sum(abs(a - b) <= 1 for a, b in zip(mine, expert)) / len(mine),
            kappa=cohen_kappa(mine, expert, list(scale)),
            weighted_kappa=cohen_kappa(mine, expert, list(scale), weights="linear"),
        )
    except StatsInputError as exc:
        raise AppraisalError(str(exc)) from exc


def interpret_kappa(kappa: float) -> str:
    """A rough verbal label for kappa (Landis and Koch's bands); treat it as a guide, not a verdict.

    >>> interpret_kappa(0.65)
    'substantial'
    """
    if kappa < 0:
        return "poor"
    for limit, word in ((0.2, "slight"), (0.4, "fair"), (0.6, "moderate"), (0.8, "substantial")):
        if kappa <= limit:
            return word
    return "almost perfect"


def calibration_table(mine: list[int], expert: list[int]) -> list[dict]:
    """For each overall rating you gave: how many posts, and the experts' mean rating of them.

    Well-calibrated ratings put the experts' mean close to your rating at every level.

    >>> calibration_table([1, 1, 5], [1, 2, 4])[0]
    {'your_rating': 1, 'posts': 2, 'expert_mean': 1.5}
    """
    if len(mine) != len(expert):
        raise AppraisalError(f"Rate every post: {len(mine)} ratings for {len(expert)} posts.")
    rows = []
    for level in OVERALL_SCALE:
        theirs = [e for m, e in zip(mine, expert) if m == level]
        if theirs:
            rows.append(
                {"your_rating": level, "posts": len(theirs), "expert_mean": round(sum(theirs) / len(theirs), 2)}
            )
    return rows


def largest_disagreements(
    post_ids: list[str], mine: list[int], expert: list[int], top: int = 3
) -> list[tuple[str, int]]:
    """The posts where your overall rating is furthest from the experts' (signed: yours minus theirs).

    >>> largest_disagreements(["P1", "P2", "P3"], [1, 5, 3], [1, 2, 4], top=2)
    [('P2', 3), ('P3', -1)]
    """
    diffs = [(pid, m - e) for pid, m, e in zip(post_ids, mine, expert)]
    ranked = sorted(diffs, key=lambda d: -abs(d[1]))
    return [d for d in ranked[:top] if d[1] != 0]


def plot_calibration(
    post_ids: list[str], mine: list[int], expert: list[int], title: str = "Your ratings against the experts'"
):
    """Calibration plot: each post at (your rating, experts' rating), the experts' mean per rating you gave, and the diagonal.

    Points on the dashed diagonal are perfect agreement; points below it are posts you rated more
    accurate than the experts did.
    """
    import matplotlib.pyplot as plt

    table = calibration_table(mine, expert)
    fig, ax = plt.subplots(figsize=(6.2, 5.2))
    ax.plot([0.6, 5.4], [0.6, 5.4], "--", color="grey", label="perfect agreement")
    cells: dict[tuple[int, int], list[str]] = {}
    for pid, m, e in zip(post_ids, mine, expert):
        cells.setdefault((m, e), []).append(pid)
    for (m, e), ids in cells.items():
        ax.plot(m, e, "o", color="#1f4e79", markersize=6 + 3 * len(ids), zorder=3)
        ax.annotate(", ".join(ids), (m, e), textcoords="offset points", xytext=(9, -12), fontsize=8)
    ax.plot(
        [r["your_rating"] for r in table],
        [r["expert_mean"] for r in table],
        "s-",
        color="black",
        markerfacecolor="white",
        label="experts' mean for each rating you gave",
    )
    ax.plot([], [], "o", color="#1f4e79", label="posts (bigger: more posts)")
    ax.set_xlim(0.5, 5.6)
    ax.set_ylim(0.5, 5.6)
    ax.set_xticks(OVERALL_SCALE)
    ax.set_yticks(OVERALL_SCALE)
    ax.set_xlabel("Your overall accuracy rating (1 = false or misleading, 5 = accurate)")
    ax.set_ylabel("Expert panel's rating (same 1–5 scale)")
    ax.set_title(title)
    ax.legend(loc="upper left", fontsize=8)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


# --- correcting without amplifying: simple rules for a reply to a false post (exercise 10, task 4) ---

_SOURCE_CUES = (
    r"https?://",
    r"\[link\]",
    r"\bguideline",
    r"\bsociety\b",
    r"\bstud(y|ies)\b",
    r"\bevidence\b",
    r"\breview\b",
    r"\bfda\b",
    r"\bema\b",
    r"\bradiologist",
)
_INSULTS = (r"\bidiot", r"\bstupid", r"\bquack", r"\bliar", r"\bmoron", r"\bdumb\b", r"\bclown")


@dataclass(frozen=True)
class CorrectionFinding:
    """One rule of the correction check and whether the reply meets it."""

    rule: str
    met: bool
    advice: str


def review_correction(reply: str, myth_phrases: tuple[str, ...], limit: int = 280) -> list[CorrectionFinding]:
    """Check a correction: short, does not repeat the myth's words, points to a source, stays civil.

    A pattern check only: it cannot tell whether what you wrote is true.

    >>> [f.met for f in review_correction("CT contrast is cleared by the kidneys; ask your doctor about any "
    ...                                   "concern. Patient information from a radiology society: [link]", ("dementia",))]
    [True, True, True, True]
    """
    text = reply.lower()
    repeated = [p for p in myth_phrases if p.lower() in text]
    has_source = any(re.search(p, text) for p in _SOURCE_CUES)
    insults = [p for p in _INSULTS if re.search(p, text)]
    return [
        CorrectionFinding(
            "fits in one post",
            len(reply) <= limit,
            f"{len(reply)} of {limit} characters." if len(reply) <= limit else f"Shorten it to {limit} characters.",
        ),
        CorrectionFinding(
            "does not repeat the myth",
            not repeated,
            "Leads with the facts."
            if not repeated
            else f"Leave out the myth's own words ({', '.join(repeated)}): repeating a claim spreads it.",
        ),
        CorrectionFinding(
            "points to a source",
            has_source,
            "Readers can check it."
            if has_source
            else "Add a source readers can check, e.g. a society's patient page: [link].",
        ),
        CorrectionFinding(
            "stays civil",
            not insults,
            "Civil." if not insults else "Drop the insult: it helps the myth, not the reader.",
        ),
    ]


def rubric_table():
    """The rubric as a table (one row per criterion) for display in a notebook."""
    import pandas as pd

    return pd.DataFrame(
        [
            {
                "criterion": c.label,
                "ask": c.question,
                "SIFT move": c.sift,
                "CRAAP element": c.craap,
                "0": c.levels[0],
                "1": c.levels[1],
                "2": c.levels[2],
            }
            for c in RUBRIC
        ]
    ).set_index("criterion")
