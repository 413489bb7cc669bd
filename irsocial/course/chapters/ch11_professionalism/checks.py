"""Checks for exercise 11 (professionalism): best responses in two scenarios, a public reply, a full path."""

from __future__ import annotations

from irsocial.course.chapters.ch11_professionalism.scenarios import (
    ScenarioError,
    best_choices,
    cite_label,
    get_scenario,
    review_public_reply,
    walk,
)
from irsocial.course.feedback import CheckResult, choice, is_placeholder, not_attempted, not_text, not_yet, passed


def _best_at_start(task: str, scenario_key: str, letter) -> CheckResult:
    """The first step of a scenario as a multiple-choice task: its best choice is right (one per start node)."""
    node = get_scenario(scenario_key).start
    right = best_choices(node)[0]

    def cites(c) -> str:
        return "; ".join(cite_label(k) for k in c.cites)

    best = node.choice(right)
    return choice(
        task,
        letter,
        right,
        {
            c.letter: (f"{c.letter}: {c.feedback}", f"Reread what this guidance asks: {cites(c)}.")
            for c in node.choices
            if c.letter != right
        },
        f"{right}: {best.feedback} (Guidance: {cites(best)}.)",
    )


def patient_message(letter) -> CheckResult:
    """Task 1: the best first reply to a stranger's direct message asking for advice."""
    return _best_at_start("Task 1: a patient's direct message", "patient_dm", letter)


def colleague_joke(letter) -> CheckResult:
    """Task 2: the best first response to a co-resident's demeaning meme with a case image."""
    return _best_at_start("Task 2: a colleague's joke", "humour", letter)


def public_reply(reply) -> CheckResult:
    """Task 3: a one-line public reply to a patient's question that keeps boundaries."""
    task = "Task 3: reply in public, keep the boundary"
    early = not_text(task, reply, "your reply")
    if early:
        return early
    missing = [f for f in review_public_reply(reply) if not f.met]
    if missing:
        return not_yet(task, "Still to do: " + " ".join(f.advice for f in missing))
    return passed(
        task,
        "Short, general, public, and it points her to her own care. This is a pattern check: "
        "reread it for tone, as she will.",
    )


def full_path(letters) -> CheckResult:
    """Task 4: a complete path through the harassment scenario that earns every point."""
    task = "Task 4: harassment, start to finish"
    if is_placeholder(letters):
        return not_attempted(task, 'a list of letters, e.g. ["A", "B"]')
    try:
        result = walk("harassment", list(letters) if not isinstance(letters, str) else letters)
    except ScenarioError as exc:
        return not_yet(task, str(exc), "Use the scenario tool above to see the options at each step.")
    if not result.finished:
        return not_yet(
            task, f"The scenario is not finished after {len(result.steps)} choice(s).", "Add the next choice."
        )
    weak = [s for s in result.steps if s.choice.points < 2]
    if weak:
        s = weak[0]
        return not_yet(
            task,
            f"{result.points} of {result.max_points} points. At “{s.node.prompt}” you chose "
            f"{s.choice.letter}: {s.choice.feedback}",
            "Try another option at that step.",
        )
    return passed(
        task,
        f"{result.points} of {result.max_points} points: you protected yourself, kept the evidence, "
        "and let your institution speak to the press.",
    )
