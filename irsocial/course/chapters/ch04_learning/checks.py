"""Checks for exercise 04 (learning): which content spreads, and why engagement does not measure accuracy."""

from __future__ import annotations

from irsocial.course.chapters.ch04_learning.corpus_analysis import (
    INACCURATE_MAX, engagement_accuracy_correlation, inaccurate_count, most_engaged, quiet_share, reading_list,
    summary_by, top_group,
)
from irsocial.course.feedback import CheckResult, choice, is_placeholder, not_attempted, not_yet, passed

TOP_N = 50


def _is_number(value) -> bool:
    return not isinstance(value, bool) and isinstance(value, (int, float))


def spreading_content(posts, answer) -> CheckResult:
    """Task 1: the content type with the highest median engagements."""
    task = "Task 1: the content that spreads"
    if is_placeholder(answer):
        return not_attempted(task, 'a content type, in quotes, e.g. "news link"')
    table = summary_by(posts, "content_type")
    options = [str(k) for k in table.index]
    picked = str(answer).strip().lower()
    if picked not in options:
        return not_yet(task, f"{answer!r} is not one of the content types.", f"Copy one of: {', '.join(options)}.")
    best = top_group(posts, "content_type")
    if picked != best:
        if picked == str(table["mean engagements"].idxmax()):
            return not_yet(task, f"{answer!r} has the highest mean, not the highest median.",
                           "A few viral posts pull the mean up; read the 'median engagements' column.")
        return not_yet(task, f"{answer!r} has a median of {table.at[picked, 'median engagements']:.0f} engagements; "
                       "another type has more.", "Read the 'median engagements' column: the table is sorted by it.")
    return passed(task, f"Yes: {best} posts have a median of {table.at[best, 'median engagements']:.0f} engagements. "
                  f"Now look at their mean accuracy ({table.at[best, 'mean accuracy']:.1f} of 5): spreading is not the same as being right.")


def inaccurate_among_top(posts, answer) -> CheckResult:
    """Task 2: how many of the 50 most-engaged posts were rated inaccurate (1 or 2)?"""
    task = "Task 2: inaccurate posts among the most engaged"
    if is_placeholder(answer):
        return not_attempted(task, "a whole number")
    if not _is_number(answer):
        return not_yet(task, f"{answer!r} is not a number.", "Type the count without quotes, e.g. 7.")
    top = most_engaged(posts, TOP_N)
    truth = inaccurate_count(top)
    if answer != truth:
        if 0 < answer < 1:
            return not_yet(task, "That looks like a share.", f"Give the number of posts out of {TOP_N}, not a proportion.")
        return not_yet(task, f"{answer} is not the count.",
                       f"Count the posts in the table with accuracy {INACCURATE_MAX} or below (the cell prints the count too).")
    overall = inaccurate_count(posts) / len(posts)
    return passed(task, f"Yes: {truth} of the {TOP_N} most-engaged posts ({truth / TOP_N:.0%}) were rated inaccurate, "
                  f"against {overall:.0%} of all posts. A high count of likes did not protect you from them.")


def correlation_meaning(posts, answer) -> CheckResult:
    """Task 3: what the rank correlation between engagement and accuracy means (A, B or C)."""
    corr = engagement_accuracy_correlation(posts)
    return choice(
        "Task 3: read the correlation", answer, "B",
        {"A": (f"The correlation is {corr.spearman:+.2f}: not positive, and small.",
               "A positive correlation would mean the popular posts tend to be the accurate ones. Is that what the plot shows?"),
         "C": (f"The correlation is {corr.spearman:+.2f}: slightly negative, but {corr.strength}.",
               "A weak correlation cannot sort posts reliably in either direction. Which choice says that?")},
        f"Right: {corr}. Knowing how much a post was liked tells you almost nothing about "
        "whether it is correct, so you still have to appraise each post yourself.",
    )


def quality_feed(posts, min_accuracy) -> CheckResult:
    """Task 4: a reading list chosen by accuracy, not by popularity."""
    task = "Task 4: a feed chosen by quality"
    if is_placeholder(min_accuracy):
        return not_attempted(task, "a whole number from 1 to 5")
    if not _is_number(min_accuracy) or min_accuracy != int(min_accuracy):
        return not_yet(task, f"{min_accuracy!r} is not a whole number.", "Type a rating from 1 to 5, without quotes.")
    if not 1 <= min_accuracy <= 5:
        return not_yet(task, "Ratings run from 1 to 5.", "Choose a threshold between 1 and 5.")
    if min_accuracy <= 3:
        return not_yet(task, f"A threshold of {int(min_accuracy)} lets in posts the experts rated only partly accurate.",
                       "Keep only posts rated mostly accurate or better: 4 or 5.")
    chosen = reading_list(posts, int(min_accuracy))
    quiet = quiet_share(posts, chosen)
    return passed(task, f"{len(chosen)} posts rated {int(min_accuracy)} or higher. {quiet:.0%} of them had fewer "
                  "engagements than the median post: a feed sorted by likes would have buried them.")
