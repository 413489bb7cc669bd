"""Checks for exercise 04 (learning): which content spreads, and why engagement does not measure accuracy."""

from __future__ import annotations

from irsocial.course.chapters.ch04_learning.corpus_analysis import (
    INACCURATE_MAX,
    engagement_accuracy_correlation,
    inaccurate_count,
    most_engaged,
    quiet_share,
    reading_list,
    summary_by,
    top_group,
)
from irsocial.course.feedback import CheckResult, choice, is_placeholder, not_attempted, not_yet, number, passed, quoted

TOP_N = 50


def spreading_content(posts, answer) -> CheckResult:
    """Task 1: the content type with the highest median engagements."""
    task = "Task 1: the content that spreads"
    if is_placeholder(answer):
        return not_attempted(task, "a content type from the list")
    table = summary_by(posts, "content_type")
    options = [str(k) for k in table.index]
    picked = str(answer).strip().lower()
    if picked not in options:
        return not_yet(
            task, f"{quoted(answer)} is not one of the content types.", f"Copy one of: {', '.join(options)}."
        )
    best = top_group(posts, "content_type")
    if picked != best:
        if picked == str(table["mean engagements"].idxmax()):
            return not_yet(
                task,
                f"{quoted(picked)} has the highest mean, not the highest median.",
                "A few viral posts pull the mean up; read the 'median engagements' column.",
            )
        return not_yet(
            task,
            f"{quoted(picked)} has a median of {table.at[picked, 'median engagements']:.0f} engagements; "
            "another type has more.",
            "Read the 'median engagements' column: the table is sorted by it.",
        )
    return passed(
        task,
        f"Yes: {best} posts have a median of {table.at[best, 'median engagements']:.0f} engagements. "
        f"Now look at their mean accuracy ({table.at[best, 'mean accuracy']:.1f} of 5): spreading is not the same as being right.",
    )


def inaccurate_among_top(posts, answer) -> CheckResult:
    """Task 2: how many of the 50 most-engaged posts were rated inaccurate (1 or 2)?"""
    top = most_engaged(posts, TOP_N)
    truth = inaccurate_count(top)
    overall = inaccurate_count(posts) / len(posts)
    return number(
        "Task 2: inaccurate posts among the most engaged",
        answer,
        truth,
        f"Yes: {truth} of the {TOP_N} most-engaged posts ({truth / TOP_N:.0%}) were rated inaccurate, "
        f"against {overall:.0%} of all posts. A high count of likes did not protect you from them.",
        whole=True,
        what="a whole number",
        wrong=[
            (
                lambda v: 0 < v < 1,
                "That looks like a share.",
                f"Give the number of posts out of {TOP_N}, not a proportion.",
            )
        ],
        wrong_message=lambda v: f"{v} is not the count.",
        hint=f"Count the posts in the table with accuracy {INACCURATE_MAX} or below (the cell prints the count too).",
    )


def correlation_meaning(posts, answer) -> CheckResult:
    """Task 3: what the rank correlation between engagement and accuracy means (A, B or C)."""
    corr = engagement_accuracy_correlation(posts)
    return choice(
        "Task 3: read the correlation",
        answer,
        "B",
        {
            "A": (
                f"The correlation is {corr.spearman:+.2f}: not positive, and small.",
                "A positive correlation would mean the popular posts tend to be the accurate ones. Is that what the plot shows?",
            ),
            "C": (
                f"The correlation is {corr.spearman:+.2f}: slightly negative, but {corr.strength}.",
                "A weak correlation cannot sort posts reliably in either direction. Which choice says that?",
            ),
        },
        f"Right: {corr}. Knowing how much a post was liked tells you almost nothing about "
        "whether it is correct, so you still have to appraise each post yourself.",
    )


def quality_feed(posts, min_accuracy) -> CheckResult:
    """Task 4: a reading list chosen by accuracy, not by popularity."""

    def feed(threshold: int) -> str:
        chosen = reading_list(posts, threshold)
        return (
            f"{len(chosen)} posts rated {threshold} or higher. {quiet_share(posts, chosen):.0%} of them had fewer "
            "engagements than the median post: a feed sorted by likes would have buried them."
        )

    return number(
        "Task 4: a feed chosen by quality",
        min_accuracy,
        lambda v: 4 <= v <= 5,
        feed,
        whole=True,
        what="a whole number from 1 to 5",
        wrong=[
            (lambda v: not 1 <= v <= 5, "Ratings run from 1 to 5.", "Choose a threshold between 1 and 5."),
            (
                lambda v: v <= 3,
                lambda v: f"A threshold of {v} lets in posts the experts rated only partly accurate.",
                "Keep only posts rated mostly accurate or better: 4 or 5.",
            ),
        ],
    )
