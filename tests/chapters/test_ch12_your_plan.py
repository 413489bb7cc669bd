"""The personal plan (chapter 12) and the capstone's checks read as specifications."""

from __future__ import annotations

import pytest

from irsocial.course.chapters.ch12_your_plan import checks as check
from irsocial.course.chapters.ch12_your_plan.plan import (
    PlanError,
    build_plan,
    is_vanity,
    load_checklist_items,
    plan_problems,
    render_html,
    render_markdown,
    write_plan,
)
from irsocial.course.feedback import NOT_ATTEMPTED, NOT_YET, PASSED

CALENDAR = [
    ("Monday", "x", "case thread", "GDA bleed"),
    ("Friday", "instagram", "patient-facing post", "Fibroids <UFE>"),
]


def make(**changes):
    values = dict(
        name="Dr A. Resident",
        goals=["Teach one case a month"],
        audience=["IR residents"],
        platforms=["x", "instagram"],
        weekly_minutes=90,
        calendar=CALENDAR,
        metrics=["replies from trainees"],
    )
    values.update(changes)
    return build_plan(**values)


def test_a_complete_plan_has_no_problems_and_renders_every_section():
    plan = make()
    assert plan_problems(plan) == []
    text = render_markdown(plan)
    for heading in (
        "Goals",
        "Audience",
        "Platforms",
        "Weekly time budget",
        "Content calendar",
        "Metrics that matter",
        "When to step back",
        "Before every post",
    ):
        assert f"## {heading}" in text
    assert "| Monday | X (Twitter) | case thread | GDA bleed |" in text


def test_the_html_is_standalone_and_escaped():
    page = render_html(make())
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http" not in page
    assert "Fibroids &lt;UFE&gt;" in page


def test_the_checklist_comes_from_the_teaching_kit():
    items = load_checklist_items()
    assert len(items) >= 6 and any("crop" in i.lower() for i in items)


@pytest.mark.parametrize(
    "change, words",
    [
        (dict(goals=[]), "goal"),
        (dict(weekly_minutes=0), "budget"),
        (dict(weekly_minutes=600), "300"),
        (dict(platforms=["x", "bluesky", "mastodon", "linkedin"]), "3 or fewer"),
        (dict(metrics=["followers", "likes"]), "attention"),
        (dict(calendar=[("Monday", "linkedin", "post", "topic")]), "not one of your platforms"),
    ],
)
def test_unrealistic_or_incomplete_plans_are_named(change, words):
    assert any(words in p for p in plan_problems(make(**change)))


def test_bad_values_raise_a_plan_error_with_advice():
    with pytest.raises(PlanError, match="Unknown platform"):
        make(platforms=["myspace"])
    with pytest.raises(PlanError, match="whole number"):
        make(weekly_minutes="90")
    with pytest.raises(PlanError, match="four texts"):
        make(calendar=[("Monday", "x")])


def test_vanity_metrics_are_recognized():
    assert is_vanity("Followers") and is_vanity("likes")
    assert not is_vanity("replies and questions from trainees")


def test_write_plan_never_overwrites_without_force(tmp_path):
    md, page = write_plan(make(), tmp_path)
    assert md.read_text().startswith("# My social media plan") and page.is_file()
    md.write_text("my own edits")
    with pytest.raises(PlanError, match="already exists"):
        write_plan(make(), tmp_path)
    assert md.read_text() == "my own edits"
    write_plan(make(), tmp_path, force=True)
    assert md.read_text().startswith("# My social media plan")


def test_an_incomplete_plan_is_not_written(tmp_path):
    with pytest.raises(PlanError, match="not ready"):
        write_plan(make(goals=[]), tmp_path)
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    "kind, fn",
    [
        ("case", check.case_thread),
        ("research", check.research_post),
        ("patient", check.patient_post),
        ("networking", check.networking_post),
    ],
)
def test_every_draft_of_the_week_fails_its_check_until_fixed(kind, fn):
    assert fn(check.DRAFTS[kind]).status == NOT_YET
    assert fn(...).status == NOT_ATTEMPTED


def test_the_plan_file_check_reads_the_file_and_reviews_the_posts(tmp_path):
    plan = make(
        calendar=[
            ("Mon", "x", "case thread", "a"),
            ("Tue", "x", "research post", "b"),
            ("Wed", "instagram", "patient-facing post", "c"),
            ("Thu", "x", "networking post", "d"),
        ]
    )
    md, _ = write_plan(plan, tmp_path)
    clean = {
        "case": "Coiled the gastroduodenal artery: close the back door. #IRad",
        "research": "In 48 patients... Disclosure: funded by Vexa Medical.",
        "patient": "Fibroids can be shrunk without surgery.",
        "networking": "Meet me at the congress.",
    }
    assert check.plan_file(md, clean).status == PASSED
    assert check.plan_file(md, dict(clean, case=check.DRAFTS["case"])).status == NOT_YET
    assert check.plan_file(tmp_path / "missing.md", clean).status == NOT_YET
    assert check.plan_file(..., clean).status == NOT_ATTEMPTED


def test_plan_values_refuse_vanity_only_metrics():
    assert check.plan_values(["Teach"], ["residents"], 90, ["followers"]).status == NOT_YET
    assert check.plan_values(["Teach"], ["residents"], 90, ["replies from trainees"]).status == PASSED


def test_a_blocking_finding_is_shown_in_words_without_rule_ids_or_quotes_from_python():
    result = check.case_thread(check.DRAFTS["case"])
    assert result.status == NOT_YET
    assert "_" not in result.message and "'" not in result.message.split(":")[1]


def test_a_lost_teaching_point_is_named():
    result = check.case_thread("We coiled the artery across the bleeding point. #IRad")
    assert result.status == NOT_YET
    assert "the artery (gastroduodenal)" in result.message and "back door" in result.message


def test_the_plan_file_check_names_every_missing_section_and_post(tmp_path):
    md = tmp_path / "plan.md"
    md.write_text("# My plan\n\n## Goals\n\ncase thread\n", encoding="utf-8")
    posts = {kind: "A post." for kind in check.KINDS}
    result = check.plan_file(md, posts)
    assert result.status == NOT_YET and "'Audience'" in result.message and "'Goals'" not in result.message
    md.write_text("".join(f"## {s}\n\n" for s in check.SECTIONS) + "case thread, research post", encoding="utf-8")
    md.with_suffix(".html").write_text("<p>plan</p>", encoding="utf-8")
    result = check.plan_file(md, posts)
    assert result.message == "The calendar has no patient-facing post and no networking post."
