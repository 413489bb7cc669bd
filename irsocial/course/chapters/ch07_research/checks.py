"""Checks for exercise 07 (disseminating research): re-analysing a promotion trial and reading what it shows."""

from __future__ import annotations

from irsocial.course.chapters.ch07_research.trials import analyse_trial
from irsocial.course.feedback import CheckResult, choice, is_placeholder, not_attempted, not_yet, passed, quoted, yes_no

OUTCOMES = ("downloads_30d", "visits_30d")


def chosen_outcome(trial, outcome) -> CheckResult:
    """Task 1: choose the outcome to analyse (downloads or visits)."""
    task = "Task 1: choose an outcome"
    if is_placeholder(outcome):
        return not_attempted(task, 'an outcome name, such as "downloads_30d"')
    if outcome == "citations":
        return not_yet(
            task,
            "This trial has no citation column: like the published trial it was shaped on, it measured access only.",
            f"Choose one of: {', '.join(OUTCOMES)}.",
        )
    if outcome not in OUTCOMES:
        return not_yet(
            task, f"{quoted(outcome)} is not an outcome in this trial.", f"Choose one of: {', '.join(OUTCOMES)}."
        )
    medians = trial.groupby("arm")[outcome].median()
    return passed(
        task,
        f"{outcome}: median {medians['promoted']:,.0f} for promoted vs {medians['control']:,.0f} for control articles. "
        "Now estimate how sure we can be of the difference.",
    )


def interval_reading(trial, outcome, excludes_zero) -> CheckResult:
    """Task 2: does the bootstrap interval of the difference in medians exclude zero?"""
    task = "Task 2: read the confidence interval"
    if is_placeholder(outcome) or is_placeholder(excludes_zero):
        return not_attempted(task, "True or False")
    if outcome not in OUTCOMES:
        return not_yet(task, "Choose a valid outcome in Task 1 first.", f"One of: {', '.join(OUTCOMES)}.")
    effect = analyse_trial(trial, outcome).effect
    return yes_no(
        task,
        excludes_zero,
        effect.excludes_zero(),
        f"Right: {effect}. Every value in the interval is a large increase: in this trial, promotion "
        "clearly raised short-term access.",
        f"The interval runs from {effect.low:+,.0f} to {effect.high:+,.0f}.",
        "Does it include 0?",
    )


def permutation_reading(trial, outcome, p_below_005) -> CheckResult:
    """Task 3: is the permutation test's p-value below 0.05?"""
    task = "Task 3: read the permutation test"
    if is_placeholder(outcome) or is_placeholder(p_below_005):
        return not_attempted(task, "True or False")
    if outcome not in OUTCOMES:
        return not_yet(task, "Choose a valid outcome in Task 1 first.", f"One of: {', '.join(OUTCOMES)}.")
    test = analyse_trial(trial, outcome).test
    return yes_no(
        task,
        p_below_005,
        test.p_value < 0.05,
        f"Right: {test}. Shuffling the labels almost never gives a difference this large, so chance alone "
        "is an unlikely explanation.",
        f"The p-value is {test.p_value:.4f}.",
        "Is it smaller than 0.05?",
    )


def citations_reading(answer) -> CheckResult:
    """Task 4: what the access result does and does not say about citations (A, B or C)."""
    return choice(
        "Task 4: access is not citations",
        answer,
        "B",
        {
            "A": (
                "More readers does not guarantee more citing authors, and no citations were counted.",
                "What did the trial measure?",
            ),
            "C": (
                "A clear effect on access says nothing either way about citations: they were not measured.",
                "Absence of a measurement is not evidence of no effect.",
            ),
        },
        "Right: the trial measured visits and downloads for 60 days, not citations. Whether promotion raises "
        "citations is a separate question; the controlled studies that measured it disagree (see the chapter).",
    )


def null_trial_reading(trial, excludes_zero, conclusion) -> CheckResult:
    """Task 5: the null trial: does the interval exclude zero, and what may you conclude (A, B or C)?"""
    task = "Task 5: a trial that found nothing"
    if is_placeholder(excludes_zero) or is_placeholder(conclusion):
        return not_attempted(task, 'True or False, and a letter "A", "B" or "C"')
    effect = analyse_trial(trial, "page_views_30d").effect
    interval = yes_no(
        task,
        excludes_zero,
        effect.excludes_zero(),
        "",
        f"The interval runs from {effect.low:+,.0f} to {effect.high:+,.0f}.",
        "Does it include 0?",
    )
    if not interval.passed:
        return interval
    disagree = (
        "The interval includes zero but also includes modest increases and decreases.",
        "Not finding an effect is different from showing there is none; and one journal is not every journal.",
    )
    return choice(
        task,
        conclusion,
        "C",
        {"A": disagree, "B": disagree},
        f"Right: {effect}. The data fit no effect, and also small effects either way. Two journals, two results: "
        "the effect of promotion depends on the journal, the audience and how the promotion is done.",
    )
