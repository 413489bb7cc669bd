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
        assert all(re.fullmatch(r"LO[1-6](, LO[1-6])*", b.outcome) for b in plan.blocks), plan.id


def test_a_plan_fails_loudly_when_a_chapters_minutes_change():
    info = chapters()
    info["02-professional-presence"] = dataclasses.replace(info["02-professional-presence"], exercises=45)
    with pytest.raises(teaching.TeachingKitError, match="add up to"):
        teaching.load_plans(KIT / "plans.yml", info)


def test_plan_blocks_take_their_minutes_from_the_chapters():
    plan = teaching.load_plans(KIT / "plans.yml", chapters())["session-60"]
    block = next(b for b in plan.blocks if b.chapter)
    assert block.minutes == getattr(chapters()[block.chapter], block.use)
    html = teaching.render_plan_html(plan, chapters(), "../")
    assert "../../exercises/02-professional-presence.html" in html or "../exercises/" in html


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


def test_slides_are_self_contained_and_keyboard_driven():
    source = (KIT / "slides-60.md").read_text(encoding="utf-8")
    page = teaching.render_slides(source, "Slides")
    n = len([c for c in re.split(r"^---\s*$", source, flags=re.M) if c.strip()])
    assert 10 <= n <= 20 and page.count("class='slide'") == n
    assert not re.search(r'(src|href)=["\']https?:', page), "slides load nothing from the internet"
    assert "ArrowRight" in page and "<button" in page


def test_self_assessment_draws_from_every_quiz_bank_and_the_key_explains():
    banks = teaching.load_banks(ROOT / "book" / "quizzes")
    questions = teaching.assessment_questions(banks, 2)
    assert len(questions) == 2 * len(banks)
    key = teaching.render_assessment_html(banks, 2, answers=True)
    assert key.count("Answer: <strong>") == len(questions)
    sheet = teaching.render_assessment_html(banks, 2)
    assert "Answer:" not in sheet and sheet.count("Before the session") == len(questions)


@pytest.mark.slow
def test_the_site_offers_the_checklist_pdf_and_the_slides(site):
    assert (site / "downloads" / "before-you-post.pdf").stat().st_size > 2000
    assert (site / "downloads" / "slides-60.html").is_file()
    html = (site / "book" / "teaching" / "session-60.html").read_text(encoding="utf-8")
    assert "60 minutes in all" in html and 'href="../../downloads/slides-60.html"' in html
