"""Course figures: titled, with labelled axes and units, readable without colour."""

from __future__ import annotations

import matplotlib.pyplot as plt

from irsocial.course.chapters.ch01_landscape.surveys import PublishedFigure
from irsocial.course.stats import ProportionEstimate, proportion_ci


def plot_proportions(ours: list[ProportionEstimate], published: list[PublishedFigure], title: str) -> plt.Figure:
    """Dot-and-whisker plot of proportions with 95% CIs: our estimates (circles) and published ones (squares).

    Published intervals are recomputed from the reported percentage and sample size.
    """
    rows = [(e.label, e, "o", "synthetic survey") for e in ours]
    for f in published:
        est = proportion_ci(round(f.proportion * f.n), f.n, label=f"{f.what} ({f.reference})")
        rows.append((est.label, est, "s", "published"))
    fig, ax = plt.subplots(figsize=(8, 0.55 * len(rows) + 1.6))
    for y, (_label, est, marker, kind) in enumerate(reversed(rows)):
        ax.errorbar(
            est.proportion * 100,
            y,
            xerr=[[est.proportion * 100 - est.low * 100], [est.high * 100 - est.proportion * 100]],
            fmt=marker,
            color="black" if kind == "published" else "#1f4e79",
            capsize=4,
            markerfacecolor="white" if kind == "published" else "#1f4e79",
        )
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([r[0] for r in reversed(rows)], fontsize=8)
    ax.set_xlim(0, 100)
    ax.set_xlabel("Respondents (%) — dot: estimate; whiskers: 95% confidence interval")
    ax.set_title(title)
    ax.plot([], [], "o", color="#1f4e79", label="synthetic survey (circles)")
    ax.plot([], [], "s", color="black", markerfacecolor="white", label="published survey (squares)")
    ax.legend(loc="lower right", fontsize=8)
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig
