"""The room pack: every page present, in order, readable, and nothing drawn past the margins of A4 or US Letter."""

from __future__ import annotations

import pytest

from conftest import ROOT
from irsocial.course import roompack, teaching

pypdf = pytest.importorskip("pypdf")

BOOK = ROOT / "book"
EXPECTED_ORDER = [
    "Contents",
    "Case cards",
    "Facilitator notes",
    "Form A",
    "Form B",
    "Before you post",
    "Paper exercises",
    "Answer key",
    "Session evaluation",
    "Certificates",
]


@pytest.fixture(scope="module", params=["A4", "Letter"])
def pack(request, tmp_path_factory):
    paper = request.param
    built = roompack.build_room_pack(BOOK, paper)
    out = tmp_path_factory.mktemp(paper) / "room-pack.pdf"
    roompack.write_room_pack(BOOK, out, paper)
    reader = pypdf.PdfReader(str(out))
    return paper, built, reader, [" ".join(page.extract_text().split()) for page in reader.pages]


def pages_of(built, section):
    return [n - 1 for n in built.sections[section]]


def test_the_pack_has_every_part_in_order_and_every_page_has_text(pack):
    paper, built, reader, texts = pack
    assert list(built.sections) == EXPECTED_ORDER
    assert len(reader.pages) == sum(len(v) for v in built.sections.values()) == built.pdf.page_no()
    assert 24 <= len(reader.pages) <= 36
    for number, text in enumerate(texts, start=1):
        assert len(text.strip()) > 150, f"page {number} is nearly empty"
        assert f"page {number}" in text


def test_case_cards_are_one_case_per_page_without_the_facilitator_notes(pack):
    paper, built, reader, texts = pack
    cases = roompack.load_cases(BOOK / "teaching" / "discussion-cases.md", roompack.bib_labels(BOOK / "references.bib"))
    cards = pages_of(built, "Case cards")
    assert len(cards) == len(cases) >= 8
    for index, case in zip(cards, cases, strict=True):
        text = " ".join(texts[index].split())
        assert f"Discussion case {case.number}" in text and case.title in text
        assert "Questions" in text and "8 to 10 minutes" in text
        for note in case.notes:
            assert " ".join(note.split())[:60] not in text, f"case {case.number}: a facilitator note is on the card"
        assert "cite:p" not in text and "{doc}" not in text
    notes = " ".join(" ".join(texts[i].split()) for i in pages_of(built, "Facilitator notes"))
    assert "keep these pages" in notes
    for case in cases:
        assert f"Case {case.number}: {case.title}" in notes
    assert "(GDPR 2016)" in notes or "European Parliament" in notes, "citations print as (author year)"


def test_forms_a_and_b_are_one_page_each_for_both_sessions(pack):
    paper, built, reader, texts = pack
    assert len(pages_of(built, "Form A")) == len(pages_of(built, "Form B")) == 2
    for index in pages_of(built, "Form A"):
        assert "Form A (before the session)" in texts[index] and "Name or code" in texts[index]
    for index in pages_of(built, "Form B"):
        assert "Form B (after the session)" in texts[index]
    assert "Answer:" not in " ".join(texts[i] for i in pages_of(built, "Form A") + pages_of(built, "Form B"))


def test_the_checklist_page_has_a_blank_panel_for_local_rules(pack):
    paper, built, reader, texts = pack
    [index] = pages_of(built, "Before you post")
    text = " ".join(texts[index].split())
    checklist = teaching.load_checklist(BOOK / "teaching" / "checklist.yml")
    for heading, _items in checklist.sections:
        assert heading in text
    for words in ("Our local rules", "social media policy", "consent form", "Call", "programme account"):
        assert words in text, words


def test_the_paper_exercises_use_the_chapters_data_and_the_key_answers_them(pack):
    from irsocial.course.chapters.ch02_professional_presence.data import sample_profiles
    from irsocial.course.chapters.ch09_confidentiality.checks import DRAFTS, PLANTED
    from irsocial.course.posting_scenarios import POSTING_SCENARIOS

    paper, built, reader, texts = pack
    sheets = " ".join(" ".join(texts[i].split()) for i in pages_of(built, "Paper exercises"))
    key = " ".join(" ".join(texts[i].split()) for i in pages_of(built, "Answer key"))
    assert "Paper exercise 02" in sheets and "Paper exercise 09" in sheets
    for profile in sample_profiles():
        assert profile.display_name in sheets
    for draft in DRAFTS.values():
        assert " ".join(draft.split())[:50] in sheets
    for scenario in POSTING_SCENARIOS:
        assert scenario.title in sheets
    assert "profile 2" in key and all(PLANTED[n][0] in key for n in PLANTED)
    assert "Model answer" in key or "model answer" in key


def test_the_key_model_answers_pass_the_notebooks_own_checks():
    from irsocial.course.chapters.ch02_professional_presence import checks

    assert checks.fixed_headline(roompack.MODEL_HEADLINE).passed
    assert checks.own_bio("Dr Sam Lee", roompack.MODEL_BIO, []).passed
    assert checks.disclosure_line(roompack.MODEL_DISCLOSURE).passed


def test_the_evaluation_form_rates_every_outcome_and_asks_two_open_questions(pack):
    paper, built, reader, texts = pack
    [index] = pages_of(built, "Session evaluation")
    text = " ".join(texts[index].split())
    assert "Strongly" in text and "Anonymous" in text
    for lo in teaching.facilitator_outcomes((BOOK / "teaching" / "facilitator-guide.md").read_text(encoding="utf-8")):
        assert f"({lo})" in text
    assert "1. What will you do differently" in text and "2. What should we change" in text


def test_certificates_name_the_session_its_outcomes_date_and_facilitator(pack):
    paper, built, reader, texts = pack
    plans = teaching.load_plans(BOOK / "teaching" / "plans.yml", teaching.chapter_info(BOOK))
    pages = pages_of(built, "Certificates")
    assert len(pages) == len(plans)
    for index, plan in zip(pages, plans.values(), strict=True):
        text = " ".join(texts[index].split())
        assert "Certificate of completion" in text and plan.title in text
        for label in ("Date", "Facilitator (name)", "Facilitator (signature)"):
            assert label in text
        for lo in teaching.session_outcomes(plan):
            assert f"{lo}: can" in text


def test_nothing_is_drawn_past_the_margins_of_the_paper(pack):
    paper, built, reader, texts = pack
    width, height = (x * 72 / 25.4 for x in roompack.PAPERS[paper])
    for number, page in enumerate(reader.pages, start=1):
        assert abs(float(page.mediabox.width) - width) < 1 and abs(float(page.mediabox.height) - height) < 1
        spots = []
        page.extract_text(
            visitor_text=lambda text, cm, tm, font, size, spots=spots: (
                spots.append((tm[4], tm[5], text)) if text.strip() else None
            )
        )
        placed = [s for s in spots if (s[0], s[1]) != (0, 0)]  # pypdf reports some text runs at (0, 0)
        assert placed and len(placed) >= 0.6 * len(spots), number
        for x, y, text in placed:
            assert 10 * 72 / 25.4 <= x <= width - 10 * 72 / 25.4, (paper, number, text)
            assert 8 * 72 / 25.4 <= y <= height - 10 * 72 / 25.4, (paper, number, text)


def test_a_cases_page_without_questions_is_refused_with_its_name(tmp_path):
    page = tmp_path / "discussion-cases.md"
    page.write_text("# Cases\n\n## Case 1: Broken\n\nA story with no questions.\n", encoding="utf-8")
    with pytest.raises(roompack.RoomPackError, match="case 1"):
        roompack.load_cases(page)
    with pytest.raises(roompack.RoomPackError, match="Paper 'A3'"):
        roompack.build_room_pack(BOOK, "A3")


def test_markup_and_emoji_print_as_plain_text():
    labels = {"gdpr2016": "European Parliament 2016"}
    assert (
        roompack.plain("Read {doc}`../09-confidentiality` {cite:p}`gdpr2016`.", labels)
        == "Read chapter 09 (European Parliament 2016)."
    )
    assert roompack.printable("DMs open 🔥") == "DMs open [fire emoji]"
