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
            f"{name}{self.proportion:.1%} ({level} CI {self.low:.1%} to {self.high:.1%}; "
            f"{self.successes} of {self.n})"
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
            f"successes must be between 0 and n ({n}); got {successes}. "
            "Did you swap the two numbers?"
        )


def proportion_ci(
    successes: int, n: int, confidence: float = 0.95, label: str = ""
) -> ProportionEstimate:
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


def difference_ci(
    first: ProportionEstimate, second: ProportionEstimate
) -> DifferenceEstimate:
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
