"""Two-arm trial effects: a difference in medians or means with a bootstrap interval, and a permutation test."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import stats

STATISTICS = ("median", "mean")


class TrialInputError(ValueError):
    """Raised when trial data or settings cannot be analysed."""


def _values(data, name: str) -> np.ndarray:
    values = np.asarray(data, dtype=float)
    if values.ndim != 1 or values.size < 2:
        raise TrialInputError(f"{name} must be a list of at least two numbers (one per article).")
    if np.isnan(values).any():
        raise TrialInputError(f"{name} contains missing values; remove them first.")
    return values


def _statistic(statistic: str):
    if statistic not in STATISTICS:
        raise TrialInputError(f"statistic must be 'median' or 'mean'; got {statistic!r}.")
    return np.median if statistic == "median" else np.mean


@dataclass(frozen=True)
class EffectEstimate:
    """The difference between two groups (first minus second) with a bootstrap confidence interval."""

    statistic: str
    first: float
    second: float
    difference: float
    low: float
    high: float
    n_first: int
    n_second: int
    confidence: float = 0.95

    @property
    def ratio(self) -> float:
        """First divided by second (how many times larger); infinite if the second is zero."""
        return self.first / self.second if self.second else float("inf")

    def excludes_zero(self) -> bool:
        """True when the whole interval lies above zero or below zero."""
        return self.low > 0 or self.high < 0

    def __str__(self) -> str:
        return (
            f"{self.statistic} {self.first:,.1f} (n = {self.n_first}) vs {self.second:,.1f} (n = {self.n_second}); "
            f"difference {self.difference:+,.1f} ({self.confidence:.0%} bootstrap CI {self.low:+,.1f} to {self.high:+,.1f}); "
            f"ratio {self.ratio:.2f}"
        )


@dataclass(frozen=True)
class PermutationResult:
    """A two-sided permutation test of the difference between two groups."""

    statistic: str
    observed: float
    p_value: float
    permutations: int

    def __str__(self) -> str:
        shown = f"= {self.p_value:.3f}" if self.p_value >= 0.001 else "< 0.001"
        return (
            f"permutation test ({self.permutations:,} shuffles) of the difference in {self.statistic}s: "
            f"observed {self.observed:+,.1f}, two-sided p {shown}"
        )


def bootstrap_difference(
    first, second, statistic: str = "median", confidence: float = 0.95, resamples: int = 4000, seed: int = 0
) -> EffectEstimate:
    """Difference in medians (or means) with a percentile bootstrap interval, seeded.

    Each resample draws articles with replacement within each arm and recomputes the difference
    (``scipy.stats.bootstrap`` with independent samples and the percentile method).

    >>> est = bootstrap_difference([5, 6, 7, 8, 9], [1, 2, 3, 4, 5], seed=1)
    >>> est.difference, est.excludes_zero()
    (4.0, True)
    """
    a, b = _values(first, "first"), _values(second, "second")
    f = _statistic(statistic)
    if not 0 < confidence < 1:
        raise TrialInputError(f"confidence must be between 0 and 1, such as 0.95; got {confidence!r}.")
    result = stats.bootstrap(
        (a, b),
        lambda x, y, axis: f(x, axis=axis) - f(y, axis=axis),
        n_resamples=resamples,
        confidence_level=confidence,
        method="percentile",
        vectorized=True,
        rng=np.random.default_rng(seed),
    )
    low, high = result.confidence_interval
    return EffectEstimate(
        statistic, float(f(a)), float(f(b)), float(f(a) - f(b)), float(low), float(high), a.size, b.size, confidence
    )


def permutation_test(
    first, second, statistic: str = "median", permutations: int = 4000, seed: int = 0
) -> PermutationResult:
    """Two-sided permutation test: how often does shuffling the arm labels give a difference this large?

    ``scipy.stats.permutation_test`` with independent samples: with few articles it enumerates every
    relabelling (an exact test); otherwise the p-value counts the observed labelling as one of the
    shuffles, so it is never exactly zero.

    >>> permutation_test([5, 6, 7, 8, 9], [1, 2, 3, 4, 5], seed=1).p_value < 0.05
    True
    """
    a, b = _values(first, "first"), _values(second, "second")
    f = _statistic(statistic)
    result = stats.permutation_test(
        (a, b),
        lambda x, y, axis: f(x, axis=axis) - f(y, axis=axis),
        permutation_type="independent",
        n_resamples=permutations,
        alternative="two-sided",
        vectorized=True,
        rng=np.random.default_rng(seed),
    )
    return PermutationResult(statistic, float(result.statistic), float(result.pvalue), permutations)


@dataclass(frozen=True)
class TrialAnalysis:
    """One outcome of a two-arm trial: the effect with its interval and the permutation test."""

    outcome: str
    effect: EffectEstimate
    test: PermutationResult

    def __str__(self) -> str:
        return f"Outcome: {self.outcome}\n  {self.effect}\n  {self.test}"


def analyse_trial(
    trial,
    outcome: str,
    statistic: str = "median",
    arm_column: str = "arm",
    treated: str = "promoted",
    control: str = "control",
    seed: int = 0,
) -> TrialAnalysis:
    """Estimate the effect of promotion on one outcome column of a trial table (promoted minus control).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"arm": ["promoted"] * 3 + ["control"] * 3, "views": [9, 8, 7, 3, 2, 1]})
    >>> analyse_trial(t, "views").effect.difference
    6.0
    """
    if outcome not in trial.columns or outcome == arm_column:
        choices = ", ".join(repr(c) for c in trial.columns if c not in (arm_column, "article"))
        raise TrialInputError(f"{outcome!r} is not an outcome in this trial; choose one of: {choices}.")
    arms = set(trial[arm_column])
    if {treated, control} - arms:
        raise TrialInputError(f"The trial's arms are {sorted(arms)}; expected {treated!r} and {control!r}.")
    a = trial.loc[trial[arm_column] == treated, outcome]
    b = trial.loc[trial[arm_column] == control, outcome]
    return TrialAnalysis(
        outcome,
        bootstrap_difference(a, b, statistic, seed=seed),
        permutation_test(a, b, statistic, seed=seed + 1),
    )


def plot_arms(trial, outcome: str, arm_column: str = "arm", title: str = "", unit: str = "count per article"):
    """Each article as a dot, by arm, with each arm's median as a black bar (log scale)."""
    import matplotlib.pyplot as plt

    arms = list(dict.fromkeys(trial[arm_column]))
    fig, ax = plt.subplots(figsize=(7, 3.2))
    rng = np.random.default_rng(0)
    for y, arm in enumerate(arms):
        values = trial.loc[trial[arm_column] == arm, outcome].to_numpy(dtype=float)
        ax.plot(values, y + rng.uniform(-0.15, 0.15, size=values.size), "o", color="0.55", markersize=4, alpha=0.8)
        ax.plot([np.median(values)] * 2, [y - 0.3, y + 0.3], color="black", linewidth=3)
    ax.set_xscale("log")
    ax.set_yticks(range(len(arms)))
    ax.set_yticklabels(arms)
    ax.set_ylabel("Arm")
    ax.set_xlabel(f"{outcome} ({unit}, log scale) — dots: articles; bar: median")
    ax.set_title(title or f"{outcome} by arm")
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig
