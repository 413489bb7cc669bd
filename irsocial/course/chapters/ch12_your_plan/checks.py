"""Checks for exercise 12 (the capstone): a week of posts fixed with the toolkit, and your personal plan file."""

from __future__ import annotations

from pathlib import Path

from irsocial.course.chapters.ch02_professional_presence.profiles import mentions_disclosure
from irsocial.course.chapters.ch12_your_plan.plan import PLAN_SECTIONS, PlanError, build_plan, is_vanity, plan_problems
from irsocial.course.feedback import (
    CheckResult,
    is_placeholder,
    missing_key_terms,
    not_attempted,
    not_text,
    not_yet,
    passed,
)
from irsocial.postsafety.identifiers import has_blocking
from irsocial.postsafety.platforms import get_platform
from irsocial.postsafety.readability import TARGET_GRADE
from irsocial.postsafety.review import review_post, review_thread

SPONSOR = "Vexa Medical"
#: The platforms of the plan in Task 5 (the week's posts go to X and Instagram).
PLATFORMS = ("x", "instagram")

#: The week's drafts, each with a problem to fix (all fictional).
DRAFTS = {
    "case": (
        "Mr Brennan, 92, came in yesterday with a bleeding duodenal ulcer after failed endoscopy. "
        "CT angiography showed active extravasation from the gastroduodenal artery. We coiled the "
        "gastroduodenal artery across the bleeding point, distal then proximal. Hemoglobin stabilized. "
        "Teaching point: close the back door as well as the front door. #IRad"
    ),
    "research": (
        "Our new paper is out! In 48 patients, prostate artery embolization improved urinary symptom "
        "scores at 12 months. Small single-center cohort, no control group: a randomized trial is the "
        "next step. Link to the full text in the comments. #IRad #PAE"
    ),
    "patient": (
        "Uterine fibroid embolization is a minimally invasive, image-guided procedure in which an "
        "interventional radiologist catheterizes the uterine arteries and delivers embolic particles to "
        "devascularize fibroids, typically permitting discharge within twenty-four hours and resumption "
        "of normal activities considerably sooner than after hysterectomy."
    ),
    "networking": (
        "Heading to the European congress next week and I would love to meet other residents and fellows "
        "who are interested in interventional oncology, especially anyone working on ablation margins, "
        "cone-beam CT guidance or research collaborations across centers; please send me a message or "
        "come and find me at the trainee forum session on the second day of the meeting."
    ),
}

KINDS = {
    "case": "case thread",
    "research": "research post",
    "patient": "patient-facing post",
    "networking": "networking post",
}

#: What each fixed post must still say, in plain words, and the words that show it.
KEEP = {
    "case": {"the artery (gastroduodenal)": "gastroduodenal", "the 'back door' point": "back door"},
    "research": {"the number of patients (48)": "48"},
    "patient": {"the word 'fibroid'": "fibroid"},
}

#: The sections every plan file holds (write_plan writes them).
SECTIONS = PLAN_SECTIONS


def _first_block(review) -> str:
    """The first finding that blocks the post, in words: what was found and why it matters."""
    f = next(f for f in review.findings if has_blocking([f]))
    return f"“{f.text}”: {f.message}" if f.text else f.message


def case_thread(text) -> CheckResult:
    """Task 1: the case thread for X, with no identifier and the teaching point kept."""
    task = "Task 1: the case thread"
    early = not_text(task, text, "your fixed case thread")
    if early:
        return early
    for i, review in enumerate(review_thread(text, "x"), 1):
        if review.blocking:
            return not_yet(task, f"Post {i} of the thread: {_first_block(review)}", "Fix it in the text and run again.")
    lost = missing_key_terms(text, KEEP["case"])
    if lost:
        return not_yet(
            task,
            "The teaching point has lost " + " and ".join(lost) + ".",
            "Keep the artery and the 'back door' point.",
        )
    return passed(task, f"{len(review_thread(text, 'x'))} posts on X, none blocking, teaching point kept.")


def research_post(text) -> CheckResult:
    """Task 2: the research post for X, with the funder disclosed in the post and within 280."""
    task = "Task 2: the research post"
    early = not_text(task, text, "your research post")
    if early:
        return early
    review = review_post(text, "x")
    if not mentions_disclosure(text, SPONSOR):
        return not_yet(
            task,
            f"Readers cannot see that {SPONSOR} funded the study.",
            f"Add e.g. 'Funded by {SPONSOR}.' in the post itself.",
        )
    if review.blocking:
        return not_yet(task, _first_block(review), "Cut words that do not carry the result or its limits.")
    if missing_key_terms(text, KEEP["research"]):
        return not_yet(
            task, "The number of patients has gone.", "Keep the sample size: readers need it to judge the result."
        )
    return passed(task, f"Disclosed and within the limit ({review.length} of {review.limit} on X).")


def patient_post(text) -> CheckResult:
    """Task 3: the patient-facing post for Instagram at reading grade 8 or below."""
    task = "Task 3: the patient-facing post"
    early = not_text(task, text, "your patient-facing post")
    if early:
        return early
    review = review_post(text, "instagram", "patients")
    if review.blocking:
        return not_yet(task, _first_block(review), "Fix it and run again.")
    if len(text.split()) < 20:
        return not_yet(
            task, "Too short to explain the procedure.", "Say what it is, how it is done and what recovery is like."
        )
    if review.grade is None or review.grade > TARGET_GRADE:
        return not_yet(
            task,
            f"Reading grade {review.grade:.1f}; aim for {TARGET_GRADE:.0f} or below.",
            "Short sentences, short everyday words: 'a thin tube' instead of 'a catheter'.",
        )
    if missing_key_terms(text, KEEP["patient"]):
        return not_yet(task, "The post no longer says what it is about.", "Keep the word 'fibroid'.")
    return passed(task, f"Reading grade {review.grade:.1f} (target {TARGET_GRADE:.0f} or below), no blocking finding.")


def networking_post(text) -> CheckResult:
    """Task 4: the networking post, short enough for X."""
    task = "Task 4: the networking post"
    early = not_text(task, text, "your networking post")
    if early:
        return early
    review = review_post(text, "x")
    if review.blocking:
        return not_yet(task, _first_block(review), "One invitation, one topic, one place to meet.")
    if len(text.split()) < 8:
        return not_yet(task, "Too short to say who you want to meet.", "Say the topic and where to find you.")
    return passed(task, f"{review.length} of {review.limit} characters on X, no blocking finding.")


def plan_values(goals, audience, weekly_minutes, metrics) -> CheckResult:
    """Task 5: goals, audience, a realistic weekly time budget and metrics that matter."""
    task = "Task 5: your plan"
    if any(is_placeholder(v) for v in (goals, audience, weekly_minutes, metrics)):
        return not_attempted(task, "your goals, audience, weekly minutes and metrics")
    try:
        plan = build_plan(
            "check",
            goals,
            audience,
            list(PLATFORMS),
            weekly_minutes,
            [("Mon", "x", "case thread", "check")],
            metrics,
            checklist=["check"],
        )
    except PlanError as err:
        return not_yet(task, str(err), "Follow the examples in the cell above.")
    problems = plan_problems(plan)
    if problems:
        return not_yet(task, problems[0], "Change the value and run the cell again.")
    vanity = [m for m in plan.metrics if is_vanity(m)]
    note = f" ({', '.join(vanity)} can stay, but they count attention, not goals.)" if vanity else ""
    return passed(
        task,
        f"{len(plan.goals)} goal(s), {plan.weekly_minutes} minutes a week, "
        f"{len(plan.metrics) - len(vanity)} metric(s) that show a goal reached.{note}",
    )


def plan_file(md_path, posts: dict) -> CheckResult:
    """Task 6: the plan file exists, holds every section and the week's calendar, and no post blocks."""
    task = "Task 6: your plan file"
    if is_placeholder(md_path) or is_placeholder(posts) or any(is_placeholder(p) for p in posts.values()):
        return not_attempted(task, "the tasks above; then run the cell that writes your plan")
    path = Path(md_path)
    if not path.is_file():
        return not_yet(task, f"{path} does not exist.", "Run the cell that writes the plan.")
    text = path.read_text(encoding="utf-8")
    lacking = missing_key_terms(text, {f"'{name}'": f"## {name}" for name in SECTIONS})
    if lacking:
        return not_yet(
            task,
            f"The plan file has no {', '.join(lacking)} section{'s' if len(lacking) > 1 else ''}.",
            "Write it with write_plan, not by hand.",
        )
    if not path.with_suffix(".html").is_file():
        return not_yet(task, "The HTML copy is missing.", "Run the cell that writes the plan.")
    lacking = missing_key_terms(text, KINDS.values())
    if lacking:
        return not_yet(task, f"The calendar has no {' and no '.join(lacking)}.", "Keep all four posts in the calendar.")
    checks = {
        "case": ("x", "peers"),
        "research": ("x", "peers"),
        "patient": ("instagram", "patients"),
        "networking": ("x", "peers"),
    }
    for kind, (platform, audience) in checks.items():
        reviews = (
            review_thread(posts[kind], platform, audience)
            if kind == "case"
            else [review_post(posts[kind], platform, audience)]
        )
        if any(r.blocking for r in reviews):
            return not_yet(
                task,
                f"The {KINDS[kind]} still has a blocking finding on {get_platform(platform).name}.",
                "Go back to its task and fix it.",
            )
    return passed(task, f"{path.name} and its HTML copy hold every section, the week's four posts, and no post blocks.")
