"""The room pack: one printable PDF with everything a facilitator hands out or keeps in the room.

Case cards without notes (one case per page, large type), the facilitator notes apart, the pre and
post forms (one page each, drawn by ``teaching.form_drawer``), the "before you post" checklist with
a blank panel for local rules, paper versions of exercises 02 and 09 with their answer key, a
session evaluation form and certificates of completion. Built with fpdf2 and matplotlib's DejaVu
fonts; every page is laid out inside margins that fit both A4 and US Letter (``write_room_pack``
writes either size), and nothing is drawn past them. The content comes from the kit's own sources
(the discussion cases page, ``prepost.yml``, ``plans.yml``, ``checklist.yml``) and from the
chapters' toolkit data (the profiles of chapter 02, the drafts and scenarios of chapter 09), so the
paper and the notebooks cannot drift apart. Everything in it is fictional.

>>> pack = build_room_pack(Path("book"), paper="Letter")  # doctest: +SKIP
>>> [s for s in pack.sections][:2]  # doctest: +SKIP
['Contents', 'Case cards']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from irsocial.course import teaching
from irsocial.course.teaching import TeachingKitError

#: Paper sizes (width, height in mm) the pack is written for.
PAPERS = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
SIDE, TOP, BOTTOM = 15.0, 14.0, 16.0  # margins in mm; the footer sits inside the bottom margin
FOOTER = "Social Media for Interventional Radiologists · room pack · every case, person and image is fictional"

#: Short "I can" statements of the session outcomes (the facilitator guide gives the full wording).
OUTCOME_SHORT = {
    "LO1": "audit a profile and write an accurate bio within the platform's limit",
    "LO2": "appraise a claim before I share it (who was studied, what was measured, SIFT)",
    "LO3": "find what could identify a patient in a draft post or an image",
    "LO4": "choose and justify a response to a professionalism scenario",
    "LO5": "disclose an industry tie where readers will see it",
    "LO6": "revise a draft against the checklist until no item blocks it",
}

#: Model answers of the paper exercise 02 (the tests run them through the chapter's own checks).
MODEL_HEADLINE = (
    "Interventional radiology resident (PGY-4), Lakeside Medical Center | views my own, "
    "not medical advice | Disclosure: consultant for Corvan Devices"
)
MODEL_BIO = "IR resident @RiversideUniHospital. Embolization, IR education. Views my own, not medical advice."
MODEL_DISCLOSURE = (
    "Tried the new Vexa Medical microcatheter in the hands-on session: good trackability in tortuous "
    "hepatic arteries. Disclosure: Vexa Medical paid my congress travel. #IRad"
)


class RoomPackError(TeachingKitError):
    """The room pack cannot be built: the message says which page and why."""


# --- sources -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    number: int
    title: str
    story: str
    questions: tuple[str, ...]
    notes: tuple[str, ...]
    chapter: str


def bib_labels(bib: Path) -> dict[str, str]:
    """``key`` → "Surname year" (or "Surname et al. year") for every entry of a BibTeX file."""
    labels = {}
    text = Path(bib).read_text(encoding="utf-8") if Path(bib).is_file() else ""
    for key, body in re.findall(r"@\w+\{([^,\s]+),(.*?)\n\}", text, re.S):
        author = re.search(r"author\s*=\s*\{(.*?)\},?\s*\n", body, re.S)
        year = re.search(r"(?:year|date)\s*=\s*\{?(\d{4})", body)
        name = "n.a."
        if author:
            raw = author.group(1).strip()
            corporate = raw.startswith("{") and raw.endswith("}")  # {{Society of Radiographers}}: one name
            raw = raw.strip("{}")
            people = [raw] if corporate else [p.strip() for p in re.split(r"\s+and\s+", raw)]
            first = people[0].split(",")[0].strip().strip("{}")
            name = first + (
                " et al."
                if len(people) > 2 or (len(people) == 2 and people[1] == "others")
                else f" and {people[1].split(',')[0].strip()}"
                if len(people) == 2
                else ""
            )
        labels[key] = f"{name} {year.group(1) if year else 'n.d.'}"
    return labels


def plain(text: str, labels: dict[str, str] | None = None) -> str:
    """MyST text as plain print: citations as (Surname year), chapter links as "chapter NN", no markup.

    >>> plain("See {doc}`../09-confidentiality` and **this** {cite:p}`a,b`.", {"a": "Roe 2020"})
    'See chapter 09 and this (Roe 2020; b).'
    """
    labels = labels or {}
    text = re.sub(
        r"\{cite:p\}`([^`]+)`",
        lambda m: "(" + "; ".join(labels.get(k.strip(), k.strip()) for k in m.group(1).split(",")) + ")",
        text,
    )
    text = re.sub(r"\{doc\}`\.\./(\d\d)-[^`]+`", r"chapter \1", text)
    text = re.sub(r"\{doc\}`([^`<]+?)(?:\s*<[^>]+>)?`", lambda m: "the " + m.group(1).replace("-", " "), text)
    text = re.sub(r"\{sitefile\}`([^`<]+?)\s*<[^>]+>`", r"\1", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"\1", text)
    text = re.sub(r"(?<!\w)\*([^*]+)\*(?!\w)", r"\1", text)
    return text.replace("`", "").strip()


def load_cases(page: Path, labels: dict[str, str] | None = None) -> list[Case]:
    """The cases of the discussion cases page: story, questions and facilitator notes, as plain text."""
    text = Path(page).read_text(encoding="utf-8")
    cases = []
    for chunk in re.split(r"^## ", text, flags=re.M)[1:]:
        head = re.match(r"Case (\d+): (.+)", chunk)
        if not head:
            continue
        where = f"{page}, case {head.group(1)}"
        try:
            story, rest = chunk.split("**Questions**", 1)
            questions, rest = rest.split("**Facilitator notes", 1)
        except ValueError:
            raise RoomPackError(f"{where}: needs a story, **Questions** and **Facilitator notes**.") from None
        chapter = re.search(r"Related chapter:\s*(.+)", rest)
        notes = re.findall(r"^- (.+)$", rest, re.M)
        cases.append(
            Case(
                int(head.group(1)),
                head.group(2).strip(),
                plain(story.split("\n", 1)[1], labels),
                tuple(plain(q, labels) for q in re.findall(r"^\d+\.\s+(.+)$", questions, re.M)),
                tuple(plain(n, labels) for n in notes),
                plain(chapter.group(1), labels) if chapter else "",
            )
        )
    if not cases:
        raise RoomPackError(f"{page}: no '## Case N: title' sections.")
    return cases


# --- the document --------------------------------------------------------------------------------


@dataclass
class RoomPack:
    """The PDF being written, with the section that starts on each page (for the contents and the tests)."""

    pdf: object
    paper: str
    sections: dict[str, list[int]] = field(default_factory=dict)

    @property
    def bottom(self) -> float:
        return PAPERS[self.paper][1] - BOTTOM

    def add_page(self, section: str) -> None:
        self.pdf.add_page()
        self.sections.setdefault(section, []).append(self.pdf.page_no())
        self.pdf.set_font("DejaVu", "", 7.5)
        self.pdf.set_text_color(90, 90, 90)
        self.pdf.set_xy(SIDE, PAPERS[self.paper][1] - BOTTOM + 4)
        footer = f"{FOOTER} · {section} · page {self.pdf.page_no()}"
        if self.pdf.get_string_width(footer) > self.pdf.w - 2 * SIDE:
            footer = f"Room pack · {section} · page {self.pdf.page_no()}"
        self.pdf.cell(0, 4, footer)
        self.pdf.set_text_color(0, 0, 0)
        self.pdf.set_xy(SIDE, TOP)


def _new_pdf(paper: str):
    """An empty fpdf2 document with the DejaVu fonts (no page yet)."""
    import matplotlib
    from fpdf import FPDF

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdf = FPDF(format=paper)
    pdf.set_auto_page_break(False)
    pdf.set_margins(SIDE, TOP, SIDE)
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    return pdf


def _scratch(paper: str):
    """An empty page to measure a drawing on."""
    pdf = teaching._pdf_fonts(paper, (SIDE, TOP, SIDE))
    pdf.set_xy(SIDE, TOP)
    return pdf


def _fits(paper: str, draw, size: float) -> bool:
    pdf = _scratch(paper)
    draw(pdf, size)
    return pdf.page_no() == 1 and pdf.get_y() <= PAPERS[paper][1] - BOTTOM


def _one_page(pack: RoomPack, section: str, draw, sizes) -> None:
    """Draw on a new page in the largest type size that fits it; refuse if none does."""
    for size in sizes:
        if _fits(pack.paper, draw, size):
            pack.add_page(section)
            draw(pack.pdf, size)
            return
    raise RoomPackError(f"room pack, {section}: does not fit one {pack.paper} page even at {sizes[-1]} pt; shorten it.")


def _flow(pack: RoomPack, section: str, units, size: float) -> None:
    """Draw units one after another, starting a new page when the next one would cross the bottom margin."""
    pack.add_page(section)
    for draw in units:
        probe = _scratch(pack.paper)
        draw(probe, size)
        height = probe.get_y() - TOP
        if probe.page_no() != 1 or height > pack.bottom - TOP:
            raise RoomPackError(f"room pack, {section}: one part is longer than a page.")
        if pack.pdf.get_y() + height > pack.bottom:
            pack.add_page(section)
        draw(pack.pdf, size)


_EMOJI = {"🔥": "[fire emoji]", "😂": "[laughing emoji]"}


def printable(text: str) -> str:
    """Text the DejaVu font can print: emoji named in brackets.

    >>> printable("Cool cases 🔥")
    'Cool cases [fire emoji]'
    """
    for emoji, name in _EMOJI.items():
        text = text.replace(emoji, name)
    return "".join(c if ord(c) <= 0xFFFF else "[emoji]" for c in text)


def _text(pdf, size: float, text: str, style: str = "", indent: float = 0, gap: float = 0.0) -> None:
    pdf.set_font("DejaVu", style, size)
    pdf.set_x(SIDE + indent)
    pdf.multi_cell(pdf.w - 2 * SIDE - indent, size * 0.45, printable(text), align="L", new_x="LMARGIN", new_y="NEXT")
    if gap:
        pdf.ln(gap)


def _item(pdf, size: float, marker: str, text: str, indent: float = 2, gap: float = 0.0) -> None:
    """A list item with a hanging indent: wrapped lines start under the text, not under the marker."""
    pdf.set_font("DejaVu", "", size)
    width = pdf.get_string_width(marker + "  ")
    pdf.set_x(SIDE + indent)
    pdf.cell(width, size * 0.45, marker)
    pdf.multi_cell(
        pdf.w - 2 * SIDE - indent - width, size * 0.45, printable(text), align="L", new_x="LMARGIN", new_y="NEXT"
    )
    if gap:
        pdf.ln(gap)


def _lines(pdf, n: int, step: float = 8.0, indent: float = 0) -> None:
    """Ruled lines to write on."""
    pdf.set_draw_color(150, 150, 150)
    for _ in range(n):
        pdf.ln(step)
        pdf.line(SIDE + indent, pdf.get_y(), pdf.w - SIDE, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(2)


def _box(pdf, height: float, label: str = "") -> None:
    y = pdf.get_y()
    pdf.rect(SIDE, y, pdf.w - 2 * SIDE, height)
    if label:
        pdf.set_font("DejaVu", "", 7.5)
        pdf.set_xy(SIDE + 1.5, y + 1)
        pdf.cell(0, 3.5, label)
    pdf.set_xy(SIDE, y + height + 2)


def _char_grid(pdf, characters: int, per_row: int = 40) -> None:
    """One box per character: a bio written in it cannot pass the platform's limit unnoticed."""
    cell = (pdf.w - 2 * SIDE) / per_row
    for row in range((characters + per_row - 1) // per_row):
        y = pdf.get_y()
        for col in range(min(per_row, characters - row * per_row)):
            pdf.rect(SIDE + col * cell, y, cell, cell * 1.3)
        pdf.set_y(y + cell * 1.3)
    pdf.ln(2)


# --- pages -------------------------------------------------------------------------------------


def _cover(pack: RoomPack, plans: dict) -> None:
    def draw(pdf, size):
        _text(pdf, size + 10, "Room pack", "B", gap=1)
        _text(pdf, size + 1, "Social Media for Interventional Radiologists: the 60- and 90-minute sessions", gap=4)
        _text(
            pdf,
            size,
            "Print what your session needs. Everything is fictional: the cases, people, profiles and "
            "images. No real patient material in the room.",
            gap=3,
        )
        rows = [
            ("Case cards", "one per group; one case per page, no notes"),
            ("Facilitator notes", "for you only: what a good discussion reaches, per case"),
            ("Pre/post forms", "form A before, form B after; one per resident (60- and 90-minute versions)"),
            ("Before you post", "the checklist, with a blank panel for your institution's rules; one per resident"),
            ("Paper exercises", "exercises 02 and 09 for when the Wi-Fi or the laptops fail; one per pair"),
            ("Answer key", "for the paper exercises; for you only"),
            ("Session evaluation", "one per resident, at the end"),
            ("Certificates", "one per resident, dated and signed by the facilitator"),
        ]
        for name, use in rows:
            _item(pdf, size, "☐", f"{name}: {use}", gap=0.8)
        pdf.ln(3)
        for plan in plans.values():
            _text(pdf, size, plan.title, "B")
            for b in (*plan.before, *plan.blocks):
                when = f"{b.start}–{b.start + b.minutes}" if b.start >= 0 else "before"
                _text(pdf, size - 1.5, f"{when:>8}  {b.minutes:>2} min  {b.activity}", indent=3)
            pdf.ln(2)
        _text(
            pdf,
            size - 1.5,
            "The answer keys of the pre/post forms are separate one-page PDFs on the self-assessment "
            "page, so that they are never printed with the forms by mistake.",
        )

    _one_page(pack, "Contents", draw, (11, 10, 9.5, 9, 8.5, 8, 7.5))


def _case_cards(pack: RoomPack, cases: list[Case]) -> None:
    for case in cases:

        def draw(pdf, size, case=case):
            _text(pdf, size - 3, f"Discussion case {case.number} · fictional", gap=1)
            _text(pdf, size + 6, case.title, "B", gap=3)
            _text(pdf, size, case.story, gap=4)
            _text(pdf, size + 1, "Questions", "B", gap=1)
            for n, q in enumerate(case.questions, start=1):
                _item(pdf, size, f"{n}.", q, gap=1.5)
            pdf.ln(3)
            _text(
                pdf,
                size - 3,
                f"Take 8 to 10 minutes for the questions, then report back in 2 minutes. "
                f"Reread afterwards: {case.chapter}.",
            )

        _one_page(pack, "Case cards", draw, (17, 16, 15, 14, 13, 12))


def _facilitator_notes(pack: RoomPack, cases: list[Case]) -> None:
    def heading(pdf, size):
        _text(pdf, size + 6, "Facilitator notes: keep these pages", "B", gap=1)
        _text(
            pdf,
            size,
            "What a good discussion reaches, not a script. Sources in brackets are in the course's "
            "references (on the discussion cases page).",
            gap=3,
        )

    units = [heading]
    for case in cases:

        def unit(pdf, size, case=case):
            _text(pdf, size + 2, f"Case {case.number}: {case.title}", "B", gap=1)
            for note in case.notes:
                _item(pdf, size, "•", note, gap=0.8)
            _text(pdf, size - 1, f"Related: {case.chapter}", gap=3)

        units.append(unit)
    _flow(pack, "Facilitator notes", units, 9.5)


def _forms(pack: RoomPack, assessment, plans: dict) -> None:
    for sid, plan in plans.items():
        outcomes = teaching.session_outcomes(plan)
        for form in teaching.FORMS:
            title, draw = teaching.form_drawer(assessment, sid, outcomes, form, plan.title)
            _one_page(pack, f"Form {form}", draw, (9.5, 9, 8.5, 8, 7.5, 7, 6.5))


def _checklist(pack: RoomPack, checklist) -> None:
    def draw(pdf, size):
        _text(pdf, size + 7, checklist.title, "B")
        _text(pdf, size, checklist.subtitle, gap=1.5)
        for heading, items in checklist.sections:
            _text(pdf, size + 1, heading, "B")
            for item in items:
                _item(pdf, size - 0.5, "☐", item)
            pdf.ln(1)
        pdf.ln(1)
        _text(pdf, size + 1, "Our local rules (fill in before the session)", "B", gap=1)
        for label in (
            "Our social media policy, and where to find it:",
            "The consent form for images and case reports, and who keeps signed forms:",
            "Posted something identifying? Call (privacy / data protection office):",
            "Department or programme account, and who runs it:",
        ):
            _box(pdf, 11, label)

    _one_page(pack, "Before you post", draw, (10, 9.5, 9, 8.5, 8, 7.5, 7))


def _exercise_02(pack: RoomPack) -> None:
    from irsocial.course.chapters.ch02_professional_presence.data import sample_profiles

    def draw(pdf, size):
        _text(pdf, size + 5, "Paper exercise 02: a professional presence", "B")
        _text(
            pdf,
            size - 1,
            "In pairs, about 15 minutes (tasks 3 and 4 alone take 10). The same tasks as the notebook; "
            "all profiles are fictional.",
            gap=2,
        )
        _text(pdf, size + 1, "Task 1. Audit four profiles", "B")
        for n, p in enumerate(sample_profiles(), start=1):
            _text(
                pdf,
                size - 0.5,
                f"{n}. {p.display_name} ({p.platform}): “{p.bio}”"
                + (f" Industry ties: {', '.join(p.industry_ties)}." if p.industry_ties else ""),
                indent=2,
            )
        _text(pdf, size, "Which profile invites strangers to ask for medical advice in private?   1   2   3   4", gap=0)
        _text(
            pdf,
            size - 1,
            "For each, what is missing (name, role and stage, institution, disclaimer, "
            "“not medical advice”, disclosure, length)?",
        )
        _lines(pdf, 2, 6.5)
        _text(pdf, size + 1, "Task 2. Fix a headline (LinkedIn, 220 characters)", "B")
        _text(
            pdf,
            size - 0.5,
            "Jonas Berg consults for Corvan Devices. His headline: “Interventional radiology resident "
            "(PGY-4), Lakeside Medical Center | views my own”. Keep role, hospital and disclaimer; add "
            "“not medical advice” and the consulting role.",
        )
        _lines(pdf, 2, 6.5)
        _text(pdf, size + 1, "Task 3. Your own bio for X: one character per box, 160 boxes", "B", gap=1)
        _char_grid(pdf, 160)
        _text(pdf, size + 1, "Task 4. Disclose a tie in the post itself (X, 280 characters)", "B")
        _text(
            pdf,
            size - 0.5,
            "Vexa Medical paid your travel to a congress, where you tried their new microcatheter. "
            "Write the post, with the disclosure in it.",
        )
        _lines(pdf, 3, 6.5)

    _one_page(pack, "Paper exercises", draw, (10.5, 10, 9.5, 9, 8.5, 8))


def _exercise_09(pack: RoomPack, images: Path) -> None:
    from irsocial.course.chapters.ch09_confidentiality.checks import DRAFTS
    from irsocial.course.posting_scenarios import POSTING_SCENARIOS

    def page1(pdf, size):
        _text(pdf, size + 5, "Paper exercise 09: patient confidentiality", "B")
        _text(
            pdf, size - 1, "In pairs. Every draft is fictional. This page replaces the notebook's tasks 1 and 2.", gap=2
        )
        _text(
            pdf,
            size + 1,
            "Task 1. Underline every identifier, then rewrite the draft and keep the teaching point",
            "B",
            gap=1,
        )
        for n, draft in DRAFTS.items():
            _text(pdf, size - 0.5, f"{n}. {draft}", indent=2)
            _lines(pdf, 2, 6, indent=2)
        _text(pdf, size + 1, "Task 2. Three ways to “clean” this capture", "B", gap=1)
        y = pdf.get_y()
        width = 85
        pdf.image(
            str(images / "09-burned-in-text.png"),
            x=SIDE,
            y=y,
            w=width,
            alt_text="A synthetic DSA-like capture with four boxes of burned-in text: name and ID, hospital, "
            "date and time, operator.",
        )
        pdf.set_xy(SIDE + width + 4, y)
        pdf.set_font("DejaVu", "", size - 0.5)
        pdf.multi_cell(
            pdf.w - 2 * SIDE - width - 4,
            (size - 0.5) * 0.45,
            "Which of the four boxes can a reader still recover after\n"
            "a) a DICOM export with the header cleaned? ________\n"
            "b) cropping the top edge in slide software? ________\n"
            "c) masking the text in the pixels (Clean Pixel Data) and exporting a new image? ________\n\n"
            "What else must you check before posting?",
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_y(max(pdf.get_y(), y + width * 0.9) + 2)
        _lines(pdf, 2, 6.5)

    def page2(pdf, size):
        _text(pdf, size + 3, "Paper exercise 09, task 3: would you post this?", "B")
        _text(
            pdf,
            size - 1,
            "For each draft, circle one: post it as it is · fix it first, then post · do not post it.",
            gap=2,
        )
        for n, s in enumerate(POSTING_SCENARIOS, start=1):
            _text(pdf, size, f"{n}. {s.title}", "B")
            _text(pdf, size - 0.5, s.draft, indent=3)
            _text(pdf, size - 0.5, "post   ·   fix first   ·   do not post", indent=3, gap=2)

    _one_page(pack, "Paper exercises", page1, (10.5, 10, 9.5, 9, 8.5, 8))
    _one_page(pack, "Paper exercises", page2, (10, 9.5, 9, 8.5, 8, 7.5, 7))


def _answer_key(pack: RoomPack) -> None:
    from irsocial.course.chapters.ch02_professional_presence.data import sample_profiles
    from irsocial.course.chapters.ch09_confidentiality.checks import DRAFTS, KEY_TERMS, PLANTED
    from irsocial.course.posting_scenarios import POSTING_SCENARIOS, VERDICTS

    def head(pdf, size):
        _text(pdf, size + 5, "Answer key: paper exercises 02 and 09 (for the facilitator)", "B", gap=2)

    def ex02(pdf, size):
        _text(pdf, size + 1, "Exercise 02", "B")
        _text(pdf, size, "Task 1: profile 2 invites private requests for advice. What each profile misses:", indent=2)
        for n, p in enumerate(sample_profiles(), start=1):
            _text(pdf, size, f"{n}. {p.note}", indent=5)
        _text(pdf, size, f"Task 2, a model answer: “{MODEL_HEADLINE}” ({len(MODEL_HEADLINE)} characters).", indent=2)
        _text(
            pdf,
            size,
            f"Task 3: name, role and training stage, institution, “views my own”, “not medical advice”, and any "
            f"industry tie; at most 160 characters. Example: “{MODEL_BIO}”",
            indent=2,
        )
        _text(
            pdf,
            size,
            f"Task 4: the disclosure is in the post and names the company and what it paid. Example: "
            f"“{MODEL_DISCLOSURE}”",
            indent=2,
            gap=3,
        )

    def ex09(pdf, size):
        _text(pdf, size + 1, "Exercise 09", "B")
        _text(pdf, size, "Task 1: every rewrite drops the identifiers and keeps the teaching point.", indent=2)
        for n in DRAFTS:
            keep = "; ".join(" or ".join(group) for group in KEY_TERMS[n])
            _text(pdf, size, f"{n}. Remove: {', '.join(PLANTED[n])}. Keep: {keep}.", indent=5)
        _text(
            pdf,
            size,
            "Draft 5 passes once the place, the date and “the third case” are gone, but the condition is so "
            "rare that the parents or the unit's staff could still recognize it: ask for consent or do not post.",
            indent=5,
        )
        _text(
            pdf,
            size,
            "Task 2: a) all four: the basic profile changes the header only. b) all four: the crop can be "
            "undone, and the bottom two boxes are not even cropped. c) none, once the mask covers every box "
            "in every frame. Then look at every corner at full size, strip the file's metadata, and leave the "
            "date and place out of the post.",
            indent=2,
        )
        _text(pdf, size, "Task 3:", indent=2)
        for n, s in enumerate(POSTING_SCENARIOS, start=1):
            _text(pdf, size, f"{n}. {VERDICTS[s.answer]}. {s.feedback[s.answer]}", indent=5)

    _flow(pack, "Answer key", [head, ex02, ex09], 8.5)


def _evaluation(pack: RoomPack, outcomes) -> None:
    scale = ("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree")

    def draw(pdf, size):
        _text(pdf, size + 6, "Session evaluation", "B")
        _text(pdf, size, "Anonymous. Session:  ☐ 60 minutes   ☐ 90 minutes     Date: ____________", gap=3)
        label_w = pdf.w - 2 * SIDE - 5 * 17
        pdf.set_font("DejaVu", "B", size - 2)
        pdf.set_x(SIDE + label_w)
        for s in scale:
            pdf.cell(17, 4, s if len(s) < 10 else s.split()[0], align="C")
        pdf.ln(4)
        pdf.set_x(SIDE + label_w)
        for s in scale:
            pdf.cell(17, 4, s.split()[1] if len(s) >= 10 else "", align="C")
        pdf.ln(6)
        items = [f"After this session I can {OUTCOME_SHORT[o.id]} ({o.id})." for o in outcomes]
        items += [
            "The session was a good use of my time.",
            "There was enough time for the group work and the practice.",
            "The pace was right.",
        ]
        for item in items:
            y = pdf.get_y()
            pdf.set_font("DejaVu", "", size)
            pdf.multi_cell(label_w - 3, size * 0.45, item, align="L", new_x="LMARGIN", new_y="NEXT")
            end = pdf.get_y()
            for k in range(5):
                pdf.rect(SIDE + label_w + k * 17 + 6, y + 0.5, 4.5, 4.5)
            pdf.set_y(max(end, y + 6) + 2.5)
        pdf.ln(3)
        _text(
            pdf,
            size + 1,
            "1. What will you do differently when you next post, or supervise someone who posts?",
            "B",
            gap=1,
        )
        _box(pdf, 30)
        _text(pdf, size + 1, "2. What should we change in this session?", "B", gap=1)
        _box(pdf, 30)

    _one_page(pack, "Session evaluation", draw, (11, 10.5, 10, 9.5, 9, 8.5))


def _certificates(pack: RoomPack, plans: dict) -> None:
    for plan in plans.values():
        outcomes = teaching.session_outcomes(plan)

        def draw(pdf, size, plan=plan, outcomes=outcomes):
            top = pdf.get_y()
            pdf.set_y(top + 12)
            pdf.set_font("DejaVu", "B", size + 14)
            pdf.cell(0, (size + 14) * 0.5, "Certificate of completion", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(8)
            pdf.set_font("DejaVu", "", size + 2)
            pdf.cell(0, 8, "This certifies that", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(10)
            pdf.line(SIDE + 30, pdf.get_y(), pdf.w - SIDE - 30, pdf.get_y())
            pdf.ln(6)
            pdf.cell(0, 8, "took part in the teaching session", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "B", size + 3)
            pdf.set_x(SIDE + 10)
            pdf.multi_cell(
                pdf.w - 2 * SIDE - 20, (size + 3) * 0.5, plan.title, align="C", new_x="LMARGIN", new_y="NEXT"
            )
            pdf.set_font("DejaVu", "", size)
            pdf.cell(
                0,
                7,
                "of the open course Social Media for Interventional Radiologists.",
                align="C",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(5)
            _text(pdf, size, "Learning outcomes addressed:", "B", indent=12)
            for o in outcomes:
                _text(pdf, size - 0.5, f"{o}: can {OUTCOME_SHORT[o]}", indent=16)
            pdf.ln(10)
            for label in ("Date", "Facilitator (name)", "Facilitator (signature)", "Programme and institution"):
                pdf.ln(9)
                pdf.set_font("DejaVu", "", size)
                pdf.set_x(SIDE + 12)
                pdf.cell(62, 5, label)
                pdf.line(SIDE + 76, pdf.get_y() + 5, pdf.w - SIDE - 12, pdf.get_y() + 5)
            pdf.ln(12)
            pdf.rect(SIDE - 3, top - 2, pdf.w - 2 * SIDE + 6, pdf.get_y() - top + 4)

        _one_page(pack, "Certificates", draw, (12, 11, 10.5, 10, 9.5, 9))


def build_room_pack(book_dir: Path, paper: str = "A4") -> RoomPack:
    """Lay out the whole room pack for one paper size (``"A4"`` or ``"Letter"``), in memory."""
    if paper not in PAPERS:
        raise RoomPackError(f"Paper {paper!r}: choose one of {', '.join(PAPERS)}.")
    kit = Path(book_dir) / "teaching"
    labels = bib_labels(Path(book_dir) / "references.bib")
    cases = load_cases(kit / "discussion-cases.md", labels)
    plans = teaching.load_plans(kit / "plans.yml", teaching.chapter_info(Path(book_dir)))
    assessment = teaching.load_assessment(kit / "prepost.yml")
    pack = RoomPack(_new_pdf(paper), paper)
    pack.pdf.set_title("Room pack: Social Media for Interventional Radiologists")
    _cover(pack, plans)
    _case_cards(pack, cases)
    _facilitator_notes(pack, cases)
    _forms(pack, assessment, plans)
    _checklist(pack, teaching.load_checklist(kit / "checklist.yml"))
    _exercise_02(pack)
    _exercise_09(pack, Path(book_dir) / "images" / "figures")
    _answer_key(pack)
    _evaluation(pack, assessment.outcomes)
    _certificates(pack, plans)
    return pack


def write_room_pack(book_dir: Path, out: Path, paper: str = "A4") -> Path:
    """Write the room pack PDF atomically (a partial file renamed at the end)."""
    pack = build_room_pack(book_dir, paper)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".pdf.partial")
    pack.pdf.output(str(partial))
    partial.replace(out)
    return out
