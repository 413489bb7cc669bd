"""The teaching kit: plans that add up, cases that link chapters, a one-page checklist PDF, offline slides."""

from __future__ import annotations

import dataclasses
import re

import pytest

from conftest import ROOT, toc_files
from irsocial.course import teaching

KIT = ROOT / "book" / "teaching"


def chapters():
    return teaching.chapter_info(ROOT / "book")


def test_every_session_plan_adds_up_to_its_length():
    plans = teaching.load_plans(KIT / "plans.yml", chapters())
    assert {"session-60", "session-90"} <= set(plans)
    for plan in plans.values():
        assert plan.total == plan.minutes
        starts = [b.start for b in plan.blocks]
        assert starts == sorted(starts) and starts[0] == 0
        for b in plan.blocks:
            if b.kind in teaching.UNTIMED_KINDS:
                assert b.outcome == "—", (plan.id, b.activity)
            else:
                assert re.fullmatch(r"LO[1-6](, LO[1-6])*", b.outcome), (plan.id, b.activity)


CHAPTER_PLAN = """
sessions:
  - id: s
    title: T
    minutes: 50
    blocks:
      - {activity: "Exercise 02", chapter: 02-professional-presence, use: exercises, outcome: LO1}
      - {activity: "Wrap-up", minutes: 20, outcome: LO6}
"""


def test_a_plan_fails_loudly_when_a_chapters_minutes_change(tmp_path):
    path = tmp_path / "plans.yml"
    path.write_text(CHAPTER_PLAN, encoding="utf-8")
    info = chapters()
    assert teaching.load_plans(path, info)["s"].total == 50
    info["02-professional-presence"] = dataclasses.replace(info["02-professional-presence"], exercises=45)
    with pytest.raises(teaching.TeachingKitError, match="add up to"):
        teaching.load_plans(path, info)


def test_plan_blocks_take_their_minutes_from_the_chapters(tmp_path):
    path = tmp_path / "plans.yml"
    path.write_text(CHAPTER_PLAN, encoding="utf-8")
    plan = teaching.load_plans(path, chapters())["s"]
    block = next(b for b in plan.blocks if b.chapter)
    assert block.minutes == getattr(chapters()[block.chapter], block.use) and block.kind == "exercise"
    html = teaching.render_plan_html(plan, chapters(), "../")
    assert "../../exercises/02-professional-presence.html" in html


def test_every_activity_gets_at_least_the_minutes_its_page_states():
    minimums = teaching.activity_minimums(KIT)
    assert minimums["group_work_per_case"] == 8 and minimums["report_per_group"] == 2
    cases_page = (KIT / "discussion-cases.md").read_text(encoding="utf-8")
    assert "8 to 10 minutes for the questions, then 2 minutes per group" in cases_page
    assert "half a minute per question and 2 minutes per performance task" in (KIT / "self-assessment.md").read_text(
        encoding="utf-8"
    )
    for plan in plans().values():
        assert (
            teaching.timing_problems(plan, minimums, teaching._form_size(KIT, plan), teaching.case_numbers(KIT)) == []
        )
        for b in plan.blocks_of("cases"):
            assert b.minutes >= b.cases_per_group * (8 + 2 * b.groups) and b.groups >= 4, "20 residents make 4 groups"
        forms = plan.blocks_of("prepost")
        assert [b.form for b in forms] == ["A", "B"], plan.id


def test_a_case_block_shorter_than_the_cases_page_asks_fails_the_build(tmp_path):
    for page in ("discussion-cases.md", "self-assessment.md", "checklist.md", "prepost.yml"):
        (tmp_path / page).write_text((KIT / page).read_text(encoding="utf-8"), encoding="utf-8")
    text = (KIT / "plans.yml").read_text(encoding="utf-8")
    squeezed = text.replace(
        '        minutes: 18\n        outcome: "LO3, LO5"', '        minutes: 15\n        outcome: "LO3, LO5"'
    )
    squeezed = squeezed.replace('        minutes: 3\n        outcome: "—"', '        minutes: 6\n        outcome: "—"')
    assert squeezed != text
    (tmp_path / "plans.yml").write_text(squeezed, encoding="utf-8")
    with pytest.raises(teaching.TeachingKitError, match="15 minutes, but the activity's page asks for at least 16"):
        teaching.load_plans(tmp_path / "plans.yml", chapters())


def test_both_plans_have_a_buffer_practice_and_the_long_one_a_break():
    p = plans()
    for plan in p.values():
        assert sum(b.minutes for b in plan.blocks_of("buffer")) >= 3
        assert plan.blocks_of("practice") and plan.residents == "6 to 20"
        assert "09-confidentiality" in plan.pre_reading, "the session teaches from chapter 09: it must be read"
        assert any(b.helper for b in plan.blocks), "say what changes with a helper"
    assert p["session-90"].blocks_of("break") and not p["session-60"].blocks_of("break")


def test_every_discussion_case_links_a_chapter_in_the_toc():
    text = (KIT / "discussion-cases.md").read_text(encoding="utf-8")
    cases = re.split(r"^## ", text, flags=re.M)[1:]
    assert len(cases) >= 8
    in_toc = set(toc_files())
    for case in cases:
        link = re.search(r"Related chapter:\s*\{doc\}`\.\./(\d\d-[a-z-]+)`", case)
        assert link, f"case '{case.splitlines()[0]}' links no chapter"
        assert f"book/{link.group(1)}" in in_toc, link.group(1)


def test_the_checklist_pdf_is_one_nonempty_page(tmp_path):
    checklist = teaching.load_checklist(KIT / "checklist.yml")
    assert 4 <= len(checklist.sections) <= 6
    pdf = teaching.write_checklist_pdf(checklist, tmp_path / "checklist.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1


def test_a_checklist_too_long_for_one_page_is_refused(tmp_path):
    long = teaching.Checklist("T", "S", tuple((f"Section {i}", ("An item " * 12,) * 6) for i in range(8)), "F")
    with pytest.raises(teaching.TeachingKitError, match="one A4 page"):
        teaching.write_checklist_pdf(long, tmp_path / "x.pdf")


@pytest.mark.parametrize("session", ["60", "90"])
def test_each_session_has_a_reveal_deck_with_a_timer_cue_for_every_block(session):
    plan = plans()[f"session-{session}"]
    source = (KIT / f"slides-{session}.md").read_text(encoding="utf-8")
    slides = teaching.parse_slides(source)
    assert 10 <= len(slides) <= 20
    assert teaching.slide_problems(slides, plan) == []
    page = teaching.render_slides(source, "Slides", plan)
    assert page.count("<section") == len(slides)
    for b in plan.blocks:
        assert f"minutes {b.start}–{b.start + b.minutes} · <strong>{b.minutes} min</strong>" in page, b.activity
    assert not re.search(r'(src|href)=["\']https?:', page), "slides load nothing from another host"
    assert 'src="../_static/reveal/reveal.js"' in page and "RevealNotes" in page and "separate-page" in page
    assert page.count("<aside class='notes'>") == sum(bool(s.notes) for s in slides) == len(slides)
    assert all(s.notes for s in slides), "every slide has speaker notes"


def test_the_decks_show_the_course_pictures_with_alt_text_and_cite_nothing_outside_the_project():
    for session in ("60", "90"):
        source = (KIT / f"slides-{session}.md").read_text(encoding="utf-8")
        names = {p.name for p in teaching.slide_images(source, KIT)}
        assert {"03-case-post.png", "09-burned-in-text.png"} <= names
        page = teaching.render_slides(source, "Slides", plans()[f"session-{session}"])
        alts = re.findall(r'<img src="slides-media/[^"]+" alt="([^"]*)"', page)
        assert len(alts) == len(names) and all(len(a) > 40 for a in alts)
        assert "FACTS" not in source and "{cite" not in source


def test_a_deck_that_skips_a_block_or_an_alt_text_is_refused():
    plan = plans()["session-60"]
    with pytest.raises(teaching.TeachingKitError, match="block 2 of session-60"):
        teaching.render_slides(
            "# T\n\nBlock: 1\n---\nBlock: 3\n---\nBlock: 4\n---\nBlock: 5\n---\nBlock: 6\n---\nBlock: 7", "T", plan
        )
    with pytest.raises(teaching.TeachingKitError, match="no alt text"):
        teaching.render_slides("# T\n\n![](x.png)", "T")


def test_the_facilitator_guide_links_the_room_pack_and_reports_the_dry_run():
    guide = (KIT / "facilitator-guide.md").read_text(encoding="utf-8")
    assert "{sitefile}`room pack <downloads/room-pack.pdf>`" in guide
    dry_run = guide.split("## Dry run", 1)[1].split("\n## ", 1)[0]
    for plan in plans().values():
        for b in plan.blocks:
            assert f"| {b.start}–{b.start + b.minutes} |" in dry_run, (plan.id, b.start)


def test_the_vendored_slide_engine_is_reveal_js_with_its_licence():
    reveal = ROOT / "irsocial" / "course" / "static" / "reveal"
    for name in ("reveal.js", "reveal.css", "theme/white.css", "plugin/notes/notes.js", "LICENSE"):
        assert (reveal / name).is_file(), name
    assert "MIT" in (reveal / "LICENSE").read_text(encoding="utf-8")
    assert "reveal.js 5" in (reveal / "reveal.js").read_text(encoding="utf-8")[:300]


def assessment():
    return teaching.load_assessment(KIT / "prepost.yml")


def plans():
    return teaching.load_plans(KIT / "plans.yml", chapters())


def test_session_outcomes_match_the_facilitator_guide_word_for_word():
    guide = teaching.facilitator_outcomes((KIT / "facilitator-guide.md").read_text(encoding="utf-8"))
    assert set(guide) == {f"LO{i}" for i in range(1, 7)}
    assert {o.id: o.text for o in assessment().outcomes} == guide


def test_every_session_outcome_has_parallel_items_and_maps_to_chapter_objectives():
    a = assessment()
    banks = {b.chapter[:2]: b for b in teaching.load_banks(ROOT / "book" / "quizzes")}
    for outcome in a.outcomes:
        assert len(a.items_for(outcome.id)) >= 2, f"{outcome.id} needs at least two items per form"
        assert outcome.objectives, outcome.id
        for oid in outcome.objectives:
            bank = banks[oid[:2]]
            assert oid in {o.id for o in bank.objectives}, f"{outcome.id}: no chapter objective {oid}"
            assert bank.items_for(oid), f"{outcome.id}: chapter objective {oid} has no quiz item"
    for item in a.items:
        assert item.A.question != item.B.question, f"{item.id}: forms A and B must differ"
        assert len(item.A.options) == len(item.B.options)
    assert {t.outcome for t in a.tasks} == {"LO1", "LO3"} and all(t.points >= 4 for t in a.tasks)


def test_each_form_assesses_only_its_sessions_outcomes_and_gives_no_position_cue():
    a = assessment()
    for sid, plan in plans().items():
        outcomes = teaching.session_outcomes(plan)
        assert outcomes == sorted({x.strip() for b in plan.blocks for x in b.outcome.split(",") if x.strip() != "—"})
        keys = []
        for form in teaching.FORMS:
            rows = teaching.form_content(a, sid, outcomes, form)
            assert {r["outcome"] for r in rows} == set(outcomes), (sid, form)
            keys += [r["key"] for r in rows]
            assert sum(
                all(len(r["options"][r["key"]]) > len(o) for i, o in enumerate(r["options"]) if i != r["key"])
                for r in rows
            ) <= 0.35 * len(rows)
        assert max(keys.count(k) for k in set(keys)) <= 0.35 * len(keys), (sid, keys)
    assert teaching.session_outcomes(plans()["session-60"]) == ["LO1", "LO3", "LO5", "LO6"]


def test_a_form_shows_questions_and_the_key_explains_every_option():
    a, plan = assessment(), plans()["session-60"]
    outcomes = teaching.session_outcomes(plan)
    sheet = teaching.render_form_html(a, plan.id, outcomes, "A")
    key = teaching.render_form_html(a, plan.id, outcomes, "A", answers=True)
    n = len(teaching.form_content(a, plan.id, outcomes, "A"))
    assert "Answer:" not in sheet and key.count("Answer: <strong>") == n
    assert key.count(" ✓ — ") == n and "Rubric:" in key and "Rubric:" not in sheet
    assert "(LO5)" in sheet and "(LO2)" not in sheet
    b = teaching.render_form_html(a, plan.id, outcomes, "B")
    assert b != sheet and "Mark every identifier" in b


@pytest.mark.parametrize("session", ["session-60", "session-90"])
def test_forms_and_key_are_one_page_pdfs(tmp_path, session):
    a, plan = assessment(), plans()[session]
    outcomes = teaching.session_outcomes(plan)
    files = [teaching.write_form_pdf(a, session, outcomes, f, tmp_path / f"{f}.pdf", plan.title) for f in "AB"]
    files.append(teaching.write_key_pdf(a, session, outcomes, tmp_path / "key.pdf", plan.title))
    for pdf in files:
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and len(data) > 2000
        assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    assert not list(tmp_path.glob("*.partial"))


def test_a_form_too_long_for_one_page_is_refused(tmp_path):
    a = assessment()
    long = dataclasses.replace(a, items=a.items * 6)
    with pytest.raises(teaching.TeachingKitError, match="one A4 page"):
        teaching.write_form_pdf(long, "session-90", ["LO1", "LO2", "LO3", "LO4", "LO5", "LO6"], "A", tmp_path / "x.pdf")


def test_a_malformed_assessment_names_the_file_and_the_item(tmp_path):
    text = (KIT / "prepost.yml").read_text(encoding="utf-8").replace("outcome: LO2", "outcome: LO9", 1)
    path = tmp_path / "prepost.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(teaching.TeachingKitError, match=r"item 'survey-claim'.*LO9"):
        teaching.load_assessment(path)


def test_the_objective_map_lists_every_objective_with_its_items_and_tasks():
    banks = teaching.load_banks(ROOT / "book" / "quizzes")
    html = teaching.render_objective_map_html(banks, assessment(), plans(), "../")
    for bank in banks:
        for obj in bank.objectives:
            assert f"<th scope='row'>{obj.id}</th>" in html
        q = bank.questions[0]
        assert f'href="../{bank.chapter}.html#{bank.chapter}-{q.id}"' in html
    assert "../../exercises/02-professional-presence.html" in html
    assert "<th scope='row'>LO6</th>" in html and "session-60, session-90" in html


@pytest.mark.slow
def test_the_site_offers_the_checklist_pdf_and_the_slides(site):
    assert (site / "downloads" / "before-you-post.pdf").stat().st_size > 2000
    for deck in ("slides-60", "slides-90"):
        page = (site / "downloads" / f"{deck}.html").read_text(encoding="utf-8")
        for ref in re.findall(r'(?:src|href)="([^"#?]+)"', page):
            assert (site / "downloads" / ref).resolve().is_file(), (deck, ref)
    assert (site / "downloads" / "room-pack.pdf").read_bytes().startswith(b"%PDF")
    html = (site / "book" / "teaching" / "session-60.html").read_text(encoding="utf-8")
    assert "60 minutes in all" in html and 'href="../../downloads/slides-60.html"' in html
    for session in ("session-60", "session-90"):
        for name in teaching.prepost_downloads(session).values():
            assert (site / "downloads" / name).read_bytes().startswith(b"%PDF"), name
    page = (site / "book" / "teaching" / "self-assessment.html").read_text(encoding="utf-8")
    assert 'href="../../downloads/prepost-session-60-form-A.pdf"' in page
    assert (site / "book" / "teaching" / "objective-map.html").is_file()
