"""Checks for exercise 06 (networking): share probability, seeding strategies, and reading uncertainty."""

from __future__ import annotations

from irsocial.course.chapters.ch06_networking.networks import (
    STRATEGIES,
    Network,
    best_strategy,
    compare_strategies,
    difference_is_clear,
)
from irsocial.course.feedback import (
    CheckResult,
    choice,
    is_placeholder,
    not_attempted,
    not_yet,
    number,
    passed,
    quoted,
    read_number,
    yes_no,
)

RUNS = 200


def _probability(value):
    """Task 1's answer as a number when it reads as one ("5%" is 0.05), else as typed (the simulation refuses it)."""
    reading = read_number(value)
    return reading[0] if reading else value


def chosen_probability(share_probability) -> CheckResult:
    """Task 1: a plausible share probability (a proportion, not a percentage)."""
    return number(
        "Task 1: choose a share probability",
        share_probability,
        lambda p: 0 < p <= 0.3,
        lambda p: (
            f"{p:.0%}: about one in {round(1 / p)} people who see the post shares it. "
            "It is an assumption, not a measurement: the widget below lets you try others."
        ),
        what="a number between 0 and 1, such as 0.05",
        wrong=[
            (lambda p: 1 < p <= 100, lambda p: f"{p:g} looks like a percentage.", "Write 5% as 0.05."),
            (
                lambda p: not 0 < p <= 1,
                "The probability must be above 0 and at most 1.",
                "Try 0.05: one in twenty people who see the post share it.",
            ),
            (
                lambda p: p > 0.3,
                lambda p: f"{p:.0%} would mean nearly one in three readers reposts everything they see.",
                "Most people who see a professional post do not repost it: choose a value between 0.01 and 0.3.",
            ),
        ],
    )


def strongest_strategy(net: Network, share_probability, answer) -> CheckResult:
    """Task 2: which strategy gives the highest average reach with your probability?"""
    task = "Task 2: the strategy with the most reach"
    if is_placeholder(answer) or is_placeholder(share_probability):
        return not_attempted(task, "a strategy")
    if answer not in STRATEGIES:
        return not_yet(
            task, f"{quoted(answer)} is not one of the strategies.", f"Copy one of: {', '.join(STRATEGIES)}."
        )
    try:
        results = compare_strategies(net, _probability(share_probability), runs=RUNS)
    except ValueError as err:
        return not_yet(task, str(err), "Fix your share probability in Task 1 first.")
    best = best_strategy(results)
    if answer != best:
        return not_yet(
            task,
            f"{quoted(answer)} averages {results[answer].mean:.0f} people; another strategy averages more.",
            "Read the 'average reach' column of the table above.",
        )
    return passed(
        task,
        f"Yes: {results[best]}. A repost by one well-connected account puts the post in front of "
        "its whole following at once.",
    )


def clear_difference(net: Network, share_probability, clear) -> CheckResult:
    """Task 3: is the difference between the hashtag and the central repost clear, given the runs?"""
    task = "Task 3: is the difference clear?"
    if is_placeholder(clear) or is_placeholder(share_probability):
        return not_attempted(task, "True or False")
    try:
        results = compare_strategies(net, _probability(share_probability), runs=RUNS)
    except ValueError as err:
        return not_yet(task, str(err), "Fix your share probability in Task 1 first.")
    a, b = results["central repost"], results["community hashtag"]
    truth = difference_is_clear(a, b)
    return yes_no(
        task,
        clear,
        truth,
        f"Right: with {RUNS} runs the difference is {'clear' if truth else 'not clear'} ({a.mean:.0f} vs {b.mean:.0f}). "
        "Note the single runs: some posts reach far more or fewer people than the average. One post is one run.",
        f"Central repost {a.mean:.0f} (CI {a.mean_low:.0f} to {a.mean_high:.0f}) vs community hashtag "
        f"{b.mean:.0f} (CI {b.mean_low:.0f} to {b.mean_high:.0f}).",
        "If the two intervals overlap a lot, the difference may be chance; if they are far apart, it is clear.",
    )


def one_run_lesson(answer) -> CheckResult:
    """Task 4: what one post's reach can tell you (a choice A, B or C)."""
    return choice(
        "Task 4: one post is one run",
        answer,
        "B",
        {
            "A": ("One post's reach mixes the strategy with luck.", "Look at the '90% of single runs' column."),
            "C": (
                "The simulation is a model with invented settings, not a measurement.",
                "Which answer respects both chance and the model's limits?",
            ),
        },
        "Right: single posts vary widely by chance, so one well-shared post (or one flop) says little about "
        "a strategy. Judge a habit over many posts, and remember the model is a simplification.",
    )


def preview_comparison(net: Network, share_probability, fallback: float = 0.05) -> dict:
    """The three strategies compared with your probability (or ``fallback`` until Task 1 has a valid answer)."""
    try:
        if is_placeholder(share_probability):
            raise ValueError("no answer yet")
        return compare_strategies(net, _probability(share_probability), runs=RUNS)
    except ValueError:
        print(f"Task 1 has no valid share probability yet, so this comparison uses {fallback} for now.")
        return compare_strategies(net, fallback, runs=RUNS)
