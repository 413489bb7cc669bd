"""Confidence intervals for proportions, used to read survey results honestly."""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist


class StatsInputError(ValueError):
    """Raised when counts or a confidence level cannot describe a proportion."""


@dataclass(frozen=True)
class ProportionEstimate:
    """A proportion with its confidence interval (all values between 0 and 1)."""

    successes: int
    n: int
    proportion: float
    low: float
    high: float
    confidence: float = 0.95
    label: str = ""

    def contains(self, value: float) -> bool:
        """True when ``value`` (a proportion between 0 and 1) lies inside the interval."""
        return self.low <= value <= self.high

    def __str__(self) -> str:
        level = f"{self.confidence:.0%}"
        name = f"{self.label}: " if self.label else ""
        return (
            f"{name}{self.proportion:.1%} ({level} CI {self.low:.1%} to {self.high:.1%}; {self.successes} of {self.n})"
        )


@dataclass(frozen=True)
class DifferenceEstimate:
    """A difference between two proportions (first minus second) with its interval."""

    first: ProportionEstimate
    second: ProportionEstimate
    difference: float
    low: float
    high: float
    confidence: float = 0.95

    def excludes_zero(self) -> bool:
        """True when the interval lies wholly above or wholly below zero."""
        return self.low > 0 or self.high < 0

    def __str__(self) -> str:
        return (
            f"{self.difference * 100:+.1f} percentage points "
            f"({self.confidence:.0%} CI {self.low * 100:+.1f} to {self.high * 100:+.1f})"
        )


def _z_value(confidence: float) -> float:
    if not isinstance(confidence, (int, float)) or not 0 < confidence < 1:
        raise StatsInputError(
            f"The confidence level must be a number between 0 and 1, such as 0.95; got {confidence!r}."
        )
    return NormalDist().inv_cdf(0.5 + confidence / 2)


def _check_counts(successes: int, n: int) -> None:
    for name, value in (("successes", successes), ("n", n)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise StatsInputError(f"{name} must be a whole number (a count); got {value!r}.")
    if n <= 0:
        raise StatsInputError(f"n (the number of people asked) must be at least 1; got {n}.")
    if not 0 <= successes <= n:
        raise StatsInputError(
            f"successes must be between 0 and n ({n}); got {successes}. Did you swap the two numbers?"
        )


def proportion_ci(successes: int, n: int, confidence: float = 0.95, label: str = "") -> ProportionEstimate:
    """Wilson score interval for a proportion.

    The Wilson interval behaves well for small samples and for proportions near 0 or 1,
    where the textbook "p ± 1.96·SE" interval can spill outside 0–100 %.

    >>> est = proportion_ci(110, 186)          # Patel et al. 2017: professional use
    >>> round(est.proportion, 3), round(est.low, 3), round(est.high, 3)
    (0.591, 0.52, 0.659)
    """
    _check_counts(successes, n)
    z = _z_value(confidence)
    p = successes / n
    denominator = 1 + z**2 / n
    centre = (p + z**2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / denominator
    low = 0.0 if successes == 0 else max(0.0, centre - half_width)
    high = 1.0 if successes == n else min(1.0, centre + half_width)
    return ProportionEstimate(successes, n, p, low, high, confidence, label)


def difference_ci(first: ProportionEstimate, second: ProportionEstimate) -> DifferenceEstimate:
    """Newcombe's hybrid score interval for the difference of two independent proportions.

    Both estimates must use the same confidence level.

    >>> a, b = proportion_ci(52, 110), proportion_ci(18, 76)   # trainees among users vs non-users
    >>> d = difference_ci(a, b)
    >>> round(d.difference, 3), d.excludes_zero()
    (0.236, True)
    """
    if not math.isclose(first.confidence, second.confidence):
        raise StatsInputError("Both proportions must use the same confidence level.")
    d = first.proportion - second.proportion
    low = d - math.sqrt((first.proportion - first.low) ** 2 + (second.high - second.proportion) ** 2)
    high = d + math.sqrt((first.high - first.proportion) ** 2 + (second.proportion - second.low) ** 2)
    return DifferenceEstimate(first, second, d, max(-1.0, low), min(1.0, high), first.confidence)


# --- agreement between two raters (chapter 10: appraisal against expert ratings) ---


def percent_agreement(first: list, second: list) -> float:
    """Share of items (0 to 1) on which two raters gave exactly the same rating.

    >>> percent_agreement([1, 2, 3, 3], [1, 2, 2, 3])
    0.75
    """
    _check_pairs(first, second)
    return sum(a == b for a, b in zip(first, second)) / len(first)


def _check_pairs(first: list, second: list) -> None:
    if len(first) != len(second):
        raise StatsInputError(f"The two raters must rate the same items: got {len(first)} and {len(second)} ratings.")
    if not first:
        raise StatsInputError("There are no ratings to compare.")


def cohen_kappa(first: list, second: list, categories: list | None = None, weights: str | None = None) -> float:
    """Cohen's kappa: agreement between two raters beyond what chance would give (1 = perfect, 0 = chance).

    ``weights`` is None (every disagreement counts fully), "linear" or "quadratic" (for ordered
    categories: near misses count less). ``categories`` gives the order of the scale; by default the
    sorted ratings that occur.

    >>> round(cohen_kappa([1, 2, 3, 3, 1], [1, 2, 3, 2, 1]), 3)
    0.706
    >>> round(cohen_kappa([1, 2, 3, 3, 1], [1, 2, 3, 2, 1], weights="linear"), 3)
    0.783
    """
    _check_pairs(first, second)
    cats = list(categories) if categories is not None else sorted(set(first) | set(second))
    index = {c: i for i, c in enumerate(cats)}
    unknown = [r for r in list(first) + list(second) if r not in index]
    if unknown:
        raise StatsInputError(f"Rating {unknown[0]!r} is not on the scale {cats}.")
    k, n = len(cats), len(first)
    if weights not in (None, "linear", "quadratic"):
        raise StatsInputError(f"weights must be None, 'linear' or 'quadratic'; got {weights!r}.")

    def disagreement(i: int, j: int) -> float:
        if weights is None:
            return 0.0 if i == j else 1.0
        span = max(k - 1, 1)
        d = abs(i - j) / span
        return d if weights == "linear" else d * d

    observed = [[0.0] * k for _ in range(k)]
    for a, b in zip(first, second):
        observed[index[a]][index[b]] += 1 / n
    rows = [sum(observed[i]) for i in range(k)]
    cols = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    obs = sum(disagreement(i, j) * observed[i][j] for i in range(k) for j in range(k))
    exp = sum(disagreement(i, j) * rows[i] * cols[j] for i in range(k) for j in range(k))
    if exp == 0:
        return 1.0 if obs == 0 else 0.0
    return 1 - obs / exp
