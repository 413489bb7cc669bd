"""Checks for exercise 10 (misinformation and critical appraisal): rubric ratings, agreement, a correction."""

from __future__ import annotations

from irsocial.course.chapters.ch10_misinformation.appraisal import (
    CRITERIA,
    AppraisalError,
    agreement,
    criterion,
    criterion_differences,
    largest_disagreements,
    review_correction,
)
from irsocial.course.chapters.ch10_misinformation.data import appraisal_posts
from irsocial.course.feedback import CheckResult, is_placeholder, not_attempted, not_text, not_yet, passed, quoted

TASK1_POST = "P04"
MYTH_PHRASES = ("dementia", "stays in your brain", "brain forever")


def _expert(post_id: str) -> dict[str, int]:
    row = appraisal_posts().set_index("post_id").loc[post_id]
    return {**{k: int(row[f"expert_{k}"]) for k in CRITERIA}, "overall": int(row["expert_overall"])}


def one_post(ratings) -> CheckResult:
    """Task 1: rate post P04 on every rubric criterion and overall; close to the experts passes."""
    task = "Task 1: appraise one post"
    if is_placeholder(ratings) or (isinstance(ratings, dict) and all(is_placeholder(v) for v in ratings.values())):
        return not_attempted(task, "your ratings, e.g. {'source': 1, ...}")
    if isinstance(ratings, dict) and any(v is Ellipsis for v in ratings.values()):
        return not_yet(
            task, "Some criteria still say ....", "Replace every ... with a number: 0, 1 or 2 (overall: 1 to 5)."
        )
    try:
        diffs = criterion_differences(ratings, _expert(TASK1_POST))
    except AppraisalError as exc:
        return not_yet(task, str(exc), "Each criterion takes 0, 1 or 2; overall takes 1 to 5.")
    far = [k for k, d in diffs.items() if abs(d) >= 2]
    if far:
        k = far[0]
        hint = (
            f"Ask again: {criterion(k).question}"
            if k != "overall"
            else "Weigh the whole post: would a patient who believed it be misled?"
        )
        return not_yet(task, f"Your rating of {', '.join(far)} is two or more steps from the experts'.", hint)
    same = sum(d == 0 for d in diffs.values())
    return passed(
        task,
        f"Within one step of the experts on every item ({same} of {len(diffs)} exactly the same). The date is the "
        "trap here: a 2008 pilot presented as 'new' (currency 0), and later studies changed the picture.",
    )


def overall_ratings(my_overall) -> CheckResult:
    """Task 2: an overall accuracy rating (1–5) for each of the ten posts; reports agreement with the experts."""
    task = "Task 2: rate all ten posts"
    if is_placeholder(my_overall) or (isinstance(my_overall, (list, tuple)) and any(v is Ellipsis for v in my_overall)):
        return not_attempted(task, "a list of ten ratings, e.g. [1, 5, 3, ...]")
    posts = appraisal_posts()
    if not isinstance(my_overall, (list, tuple)) or len(my_overall) != len(posts):
        return not_yet(
            task,
            f"Give one rating per post: a list of {len(posts)} numbers.",
            "Write it like [1, 5, 2, 2, 3, 3, 1, 4, 2, 4].",
        )
    try:
        a = agreement(list(my_overall), [int(x) for x in posts["expert_overall"]])
    except AppraisalError as exc:
        return not_yet(task, str(exc), "Use whole numbers from 1 (false or misleading) to 5 (accurate and complete).")
    return passed(task, f"Rated. {a}. Look at the plot and the table below for where you differ.")


def biggest_disagreement(post_id, criterion_key, my_overall) -> CheckResult:
    """Task 3: the post you disagreed on most, and the rubric criterion that best explains it."""
    task = "Task 3: explain a disagreement"
    if is_placeholder(post_id) or is_placeholder(criterion_key):
        return not_attempted(task, "a post and a criterion")
    if is_placeholder(my_overall):
        return not_yet(
            task, "Your ratings from Task 2 are still missing.", "Complete Task 2 first, then run this check again."
        )
    posts = appraisal_posts()
    try:
        top = largest_disagreements(list(posts["post_id"]), list(my_overall), [int(x) for x in posts["expert_overall"]])
    except TypeError:
        return not_yet(task, "Your Task 2 ratings are not a list of numbers.", "Fix Task 2 first.")
    if not top:
        return passed(
            task, "You agreed with the experts on every post: nothing to explain. Pick a post to discuss anyway."
        )
    post_id = str(post_id).strip().upper()
    if post_id not in {p for p, _ in top}:
        listed = ", ".join(f"{p} ({d:+d})" for p, d in top)
        return not_yet(
            task,
            f"{post_id} is not among your largest disagreements: {listed}.",
            "Read the table of differences above.",
        )
    if str(criterion_key).strip().lower() not in CRITERIA:
        return not_yet(
            task, f"{quoted(criterion_key)} is not a rubric criterion.", f"Choose one of: {', '.join(CRITERIA)}."
        )
    key = str(criterion_key).strip().lower()
    expert = _expert(post_id)[key]
    return passed(
        task,
        f"{post_id}: the experts rated '{criterion(key).label}' {expert} of 2. Discuss whether you would change your "
        "rating after reading their note, or whether you still disagree, and why.",
    )


def correction(reply) -> CheckResult:
    """Task 4: a reply to the false post P07 that corrects without amplifying."""
    task = "Task 4: correct without amplifying"
    early = not_text(task, reply, "your reply")
    if early:
        return early
    missing = [f for f in review_correction(reply, MYTH_PHRASES) if not f.met]
    if missing:
        return not_yet(task, "Still to do: " + " ".join(f.advice for f in missing))
    return passed(
        task,
        "Facts first, a source to check, no repetition of the myth's words, and civil. A pattern check "
        "cannot judge truth: make sure what you wrote is accurate.",
    )
