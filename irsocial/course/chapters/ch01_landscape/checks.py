"""Checks for exercise 01 (the landscape): counts, intervals, and reading them against published surveys."""

from __future__ import annotations

from irsocial.course.chapters.ch01_landscape.surveys import PUBLISHED, platform_share
from irsocial.course.feedback import (
    CheckResult,
    is_placeholder,
    not_attempted,
    not_yet,
    number,
    passed,
    quoted,
    read_number,
    yes_no,
)
from irsocial.course.stats import difference_ci, proportion_ci

STAGES = ("resident", "fellow", "attending")


def _count(value):
    """A count read kindly ("120" or 120.0 is 120); anything else as typed, for the interval to refuse."""
    reading = read_number(value)
    if reading is None or reading[0] != int(reading[0]):
        return value
    return int(reading[0])


def count_professional(survey, answer) -> CheckResult:
    """Task 1: how many respondents use social media professionally?"""
    truth = int((survey["use"] == "professional").sum())
    return number(
        "Task 1: count professional users",
        answer,
        truth,
        f"Yes: {truth} of {len(survey)} respondents use social media professionally.",
        whole=True,
        what="a whole number",
        wrong=[
            (len(survey), f"{len(survey)} is everyone who answered.", "Count only the row 'professional'."),
            (lambda v: 0 < v <= 1, "That looks like a proportion.", "Give the count of people, not the share."),
        ],
        wrong_message=lambda v: f"{v} is not the count.",
        hint="Read the row 'professional' in the table printed above.",
    )


def professional_interval(survey, successes, n) -> CheckResult:
    """Task 2: the proportion of professional users with its 95% confidence interval."""
    task = "Task 2: a proportion with its 95% CI"
    if is_placeholder(successes) or is_placeholder(n):
        return not_attempted(task, "the two counts")
    truth_successes = int((survey["use"] == "professional").sum())
    successes, n = (_count(v) for v in (successes, n))
    try:
        estimate = proportion_ci(successes, n)
    except ValueError as err:
        return not_yet(task, str(err), "successes is the count from Task 1; n is the number of rows.")
    if (successes, n) == (truth_successes, len(survey)):
        return passed(
            task,
            f"{estimate}. The interval is the range of true proportions that fit this sample; "
            "it says nothing about who chose not to answer.",
        )
    if (successes, n) == (len(survey), truth_successes):
        return not_yet(task, "The two numbers are swapped.", "successes is the smaller number.")
    return not_yet(
        task,
        f"With those numbers you get {estimate}, but the counts do not match the data set.",
        f"n is the number of respondents ({len(survey)}); successes is your answer to Task 1.",
    )


def published_comparison(survey, figure_key, inside) -> CheckResult:
    """Task 3: does a published figure lie inside the interval from the synthetic survey?"""
    task = "Task 3: compare with a published survey"
    if is_placeholder(figure_key) or is_placeholder(inside):
        return not_attempted(task, "a figure's name and True or False")
    if figure_key not in PUBLISHED:
        return not_yet(
            task, f"{quoted(figure_key)} is not one of the published figures.", "Choose a figure from the list."
        )
    figure = PUBLISHED[figure_key]
    estimate = platform_share(survey, label="synthetic survey: professional use")
    truth = estimate.contains(figure.proportion)
    verdict = "inside" if truth else "outside"
    return yes_no(
        task,
        inside,
        truth,
        f"Right: {figure.proportion:.1%} ({figure.what}) is {verdict} {estimate.low:.1%}–{estimate.high:.1%}. "
        f"But is it the same question asked of the same people? {figure.caveat}",
        f"{figure.proportion:.1%} is {verdict} the interval {estimate.low:.1%} to {estimate.high:.1%}.",
        "Compare the published percentage with the two ends of your interval.",
    )


def group_difference(survey, group_a, group_b, platform, clear) -> CheckResult:
    """Task 4: a difference between two career stages, and whether its interval excludes zero."""
    task = "Task 4: compare two groups"
    if any(is_placeholder(v) for v in (group_a, group_b, platform, clear)):
        return not_attempted(task, "two career stages, a platform and True or False")
    for value in (group_a, group_b):
        if value not in STAGES:
            return not_yet(task, f"{quoted(value)} is not a career stage.", f"Choose from {', '.join(STAGES)}.")
    if group_a == group_b:
        return not_yet(task, "Both groups are the same.", "Pick two different career stages.")
    try:
        first = platform_share(survey, platform, group_a)
        second = platform_share(survey, platform, group_b)
    except ValueError as err:
        return not_yet(task, str(err), "Choose a platform from the list.")
    diff = difference_ci(first, second)
    reading = "excludes" if diff.excludes_zero() else "includes"
    return yes_no(
        task,
        clear,
        diff.excludes_zero(),
        f"{first}; {second}. Difference {diff}: the interval {reading} zero. "
        "Remember these are invented data: the real question is whether a published survey could show this.",
        f"{group_a} minus {group_b} on {platform}: {diff}.",
        "A difference is clear only when the whole interval is above zero or below zero.",
    )


def preview_difference(survey, group_a, group_b, platform) -> str:
    """Show the two groups' shares and their difference, once the three choices are filled in."""
    if any(is_placeholder(v) for v in (group_a, group_b, platform)):
        return "Fill in group_a, group_b and platform above, run that cell, then run this one."
    try:
        first = platform_share(survey, platform, group_a)
        second = platform_share(survey, platform, group_b)
    except ValueError as err:
        return f"Not yet: {err}"
    return f"{first}\n{second}\nDifference ({group_a} minus {group_b}): {difference_ci(first, second)}"
