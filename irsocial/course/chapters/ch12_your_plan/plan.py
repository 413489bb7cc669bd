"""A resident's personal social media plan (chapter 12): data in, a Markdown and an HTML file out.

The plan holds goals, audience, platforms, a weekly time budget, a content calendar, the metrics
that matter, signals to step back, and the review checklist. ``write_plan`` writes the files the
resident keeps and never overwrites an existing file unless ``force=True``.

>>> plan = build_plan("Dr A. Resident", goals=["Teach one IR case a month"], audience=["IR residents"],
...                   platforms=["x", "linkedin"], weekly_minutes=60,
...                   calendar=[("Mon", "x", "case thread", "TACE for a single HCC")],
...                   metrics=["replies from trainees"])
>>> plan_problems(plan)
[]
>>> "## Goals" in render_markdown(plan)
True
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from irsocial.postsafety.platforms import PlatformError, get_platform

#: Metrics that count attention, not whether a goal was reached.
VANITY_METRICS = ("followers", "likes", "impressions", "views", "retweets", "reposts", "reach")

#: Signals that it is time to post less or pause (the chapter explains each).
STEP_BACK_SIGNALS = (
    "Time on social media is eating into sleep, study or clinical work.",
    "I check notifications during procedures or handovers.",
    "A post or a reply left me angry or anxious for more than a day.",
    "I am posting for numbers rather than for my goals.",
)

MAX_PLATFORMS = 3
MAX_WEEKLY_MINUTES = 300


class PlanError(ValueError):
    """Raised for a plan that cannot be built or written; the message says what to change."""


@dataclass(frozen=True)
class PlannedPost:
    """One entry of the content calendar."""

    day: str
    platform: str
    kind: str
    topic: str


@dataclass
class SocialMediaPlan:
    """Everything the personal plan file contains."""

    name: str
    goals: list[str]
    audience: list[str]
    platforms: list[str]
    weekly_minutes: int
    calendar: list[PlannedPost]
    metrics: list[str]
    step_back: list[str] = field(default_factory=lambda: list(STEP_BACK_SIGNALS))
    checklist: list[str] = field(default_factory=list)
    created: str = ""


def output_folder() -> Path:
    """Where the notebook writes the plan: ``output/`` beside it, or ``$IRSOCIAL_OUTPUT`` when set.

    The tests and the book build set ``IRSOCIAL_OUTPUT`` to a temporary folder, so running the course
    never writes into the repository.

    >>> isinstance(output_folder(), Path)
    True
    """
    return Path(os.environ.get("IRSOCIAL_OUTPUT") or "output")


#: The section headings of a plan file, in order (``render_markdown`` writes each as ``## heading``).
PLAN_SECTIONS = (
    "Goals",
    "Audience",
    "Platforms",
    "Weekly time budget",
    "Content calendar",
    "Metrics that matter",
    "When to step back",
    "Before every post",
)


def load_checklist_items() -> list[str]:
    """The items of the course's "Before you post" checklist (book/teaching/checklist.yml), flattened.

    Read by the teaching kit's own loader, the one the checklist page and its PDF use.
    """
    from irsocial.course.content import find_book_file
    from irsocial.course.teaching import load_checklist

    checklist = load_checklist(find_book_file("teaching/checklist.yml"))
    return [item for _heading, items in checklist.sections for item in items]


def _strings(value, what: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise PlanError(f"{what} must be a list of texts in quotes.")
    return [v.strip() for v in value if v.strip()]


def build_plan(
    name: str, goals, audience, platforms, weekly_minutes: int, calendar, metrics, step_back=None, checklist=None
) -> SocialMediaPlan:
    """Build a plan from plain values; ``calendar`` is a list of (day, platform, kind, topic) tuples."""
    if not isinstance(name, str) or not name.strip():
        raise PlanError("Give the plan a name (yours), in quotes.")
    keys = [p.strip().lower() for p in _strings(platforms, "platforms")]
    for key in keys:
        try:
            get_platform(key)
        except PlatformError as err:
            raise PlanError(str(err)) from None
    if isinstance(weekly_minutes, bool) or not isinstance(weekly_minutes, int):
        raise PlanError("weekly_minutes must be a whole number of minutes.")
    posts = []
    for entry in calendar or []:
        if isinstance(entry, PlannedPost):
            posts.append(entry)
            continue
        if not isinstance(entry, (list, tuple)) or len(entry) != 4:
            raise PlanError("Each calendar entry is (day, platform, kind, topic), four texts in quotes.")
        day, platform, kind, topic = (str(x).strip() for x in entry)
        posts.append(PlannedPost(day, platform.lower(), kind, topic))
    return SocialMediaPlan(
        name=name.strip(),
        goals=_strings(goals, "goals"),
        audience=_strings(audience, "audience"),
        platforms=keys,
        weekly_minutes=weekly_minutes,
        calendar=posts,
        metrics=_strings(metrics, "metrics"),
        step_back=_strings(step_back, "step_back") if step_back is not None else list(STEP_BACK_SIGNALS),
        checklist=_strings(checklist, "checklist") if checklist is not None else load_checklist_items(),
        created=date.today().isoformat(),
    )


def is_vanity(metric: str) -> bool:
    """True when a metric only counts attention (followers, likes, impressions...).

    >>> is_vanity("Followers"), is_vanity("replies from trainees")
    (True, False)
    """
    words = metric.lower().replace("/", " ").split()
    return any(word.strip(".,;:") in VANITY_METRICS for word in words) and len(words) <= 3


def plan_problems(plan: SocialMediaPlan) -> list[str]:
    """What is missing or unrealistic in a plan (empty list: nothing)."""
    problems: list[str] = []
    if not plan.goals:
        problems.append("Add at least one goal: what do you want social media to do for you?")
    if not plan.audience:
        problems.append("Say who you are writing for (for example: IR residents, referring physicians, patients).")
    if not plan.platforms:
        problems.append("Choose at least one platform.")
    elif len(plan.platforms) > MAX_PLATFORMS:
        problems.append(f"{len(plan.platforms)} platforms: start with {MAX_PLATFORMS} or fewer and do them well.")
    if plan.weekly_minutes <= 0:
        problems.append("Give a weekly time budget in minutes, more than zero.")
    elif plan.weekly_minutes > MAX_WEEKLY_MINUTES:
        problems.append(
            f"{plan.weekly_minutes} minutes a week is more than a resident can keep up: "
            f"try {MAX_WEEKLY_MINUTES} or fewer."
        )
    if not plan.calendar:
        problems.append("Add at least one planned post to the calendar.")
    for post in plan.calendar:
        if post.platform not in plan.platforms:
            problems.append(f"The calendar uses {post.platform!r}, which is not one of your platforms.")
    if not plan.metrics:
        problems.append("Choose at least one metric that shows whether you reach your goals.")
    elif all(is_vanity(m) for m in plan.metrics):
        problems.append("Every metric counts attention (followers, likes...): add one that shows a goal reached.")
    return problems


def render_markdown(plan: SocialMediaPlan) -> str:
    """The plan as a Markdown document."""

    def bullets(items):
        return "\n".join(f"- {item}" for item in items) or "- (none yet)"

    rows = "\n".join(
        f"| {p.day} | {get_platform(p.platform).name if p.platform in plan.platforms else p.platform} | {p.kind} | {p.topic} |"
        for p in plan.calendar
    )
    names = ", ".join(get_platform(k).name for k in plan.platforms)
    return (
        f"# My social media plan: {plan.name}\n\n"
        f"Made on {plan.created} with the course toolkit. Review it every three months.\n\n"
        f"## Goals\n\n{bullets(plan.goals)}\n\n"
        f"## Audience\n\n{bullets(plan.audience)}\n\n"
        f"## Platforms\n\n{names}\n\n"
        f"## Weekly time budget\n\n{plan.weekly_minutes} minutes a week, "
        f"about {plan.weekly_minutes / 7:.0f} minutes a day. When the budget is spent, stop.\n\n"
        f"## Content calendar\n\n| Day | Platform | Kind | Topic |\n|---|---|---|---|\n{rows}\n\n"
        f"## Metrics that matter\n\n{bullets(plan.metrics)}\n\n"
        f"## When to step back\n\n{bullets(plan.step_back)}\n\n"
        f"## Before every post: the review checklist\n\n" + "\n".join(f"- [ ] {item}" for item in plan.checklist) + "\n"
    )


def render_html(plan: SocialMediaPlan) -> str:
    """The plan as a standalone HTML page (no scripts, no external files)."""

    def ul(items, check=False):
        box = "☐ " if check else ""
        return "<ul>" + "".join(f"<li>{box}{html.escape(i)}</li>" for i in items) + "</ul>"

    rows = "".join(
        f"<tr><td>{html.escape(p.day)}</td><td>{html.escape(p.platform)}</td>"
        f"<td>{html.escape(p.kind)}</td><td>{html.escape(p.topic)}</td></tr>"
        for p in plan.calendar
    )
    names = ", ".join(get_platform(k).name for k in plan.platforms)
    title = f"My social media plan: {plan.name}"
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.5}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p>Made on {html.escape(plan.created)} with the course toolkit. "
        "Review it every three months.</p>"
        f"<h2>Goals</h2>{ul(plan.goals)}<h2>Audience</h2>{ul(plan.audience)}"
        f"<h2>Platforms</h2><p>{html.escape(names)}</p>"
        f"<h2>Weekly time budget</h2><p>{plan.weekly_minutes} minutes a week.</p>"
        "<h2>Content calendar</h2><table><thead><tr><th scope='col'>Day</th><th scope='col'>Platform</th>"
        f"<th scope='col'>Kind</th><th scope='col'>Topic</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<h2>Metrics that matter</h2>{ul(plan.metrics)}<h2>When to step back</h2>{ul(plan.step_back)}"
        f"<h2>Before every post: the review checklist</h2>{ul(plan.checklist, check=True)}"
        "</body></html>\n"
    )


def write_plan(
    plan: SocialMediaPlan, folder: str | Path, stem: str = "my-social-media-plan", force: bool = False
) -> tuple[Path, Path]:
    """Write ``stem.md`` and ``stem.html`` into ``folder``; refuse to overwrite unless ``force=True``.

    Raises ``PlanError`` when the plan has problems or a file exists and ``force`` is False.
    """
    problems = plan_problems(plan)
    if problems:
        raise PlanError("The plan is not ready: " + " ".join(problems))
    out = Path(folder)
    md_path, html_path = out / f"{stem}.md", out / f"{stem}.html"
    existing = [p for p in (md_path, html_path) if p.exists()]
    if existing and not force:
        raise PlanError(f"{existing[0]} already exists: choose another name, or pass force=True to replace it.")
    out.mkdir(parents=True, exist_ok=True)
    md_path.write_text(render_markdown(plan), encoding="utf-8")
    html_path.write_text(render_html(plan), encoding="utf-8")
    return md_path, html_path
