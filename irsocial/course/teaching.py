"""The teaching kit's machinery: session plans from chapter minutes, self-assessment, checklist, slides."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from irsocial.course.quizzes import QuizBank, load_bank


class TeachingKitError(ValueError):
    """A plan, checklist or slide source that cannot be used; the message says which and why."""


# --- chapters --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChapterInfo:
    slug: str
    title: str
    teaching: int
    exercises: int


def chapter_info(book_dir: Path) -> dict[str, ChapterInfo]:
    """Title and front-matter minutes of every chapter ``book/NN-slug.md``."""
    chapters = {}
    for path in sorted(Path(book_dir).glob("[0-9][0-9]-*.md")):
        text = path.read_text(encoding="utf-8")
        match = re.match(r"^---\n(.*?)\n---\n", text, re.S)
        meta = yaml.safe_load(match.group(1)) if match else {}
        title = re.search(r"^# (.+)$", text, re.M)
        chapters[path.stem] = ChapterInfo(
            path.stem, title.group(1).strip() if title else path.stem,
            int(meta.get("teaching", 0)), int(meta.get("exercises", 0)),
        )
    return chapters


# --- session plans -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    start: int
    minutes: int
    activity: str
    outcome: str
    chapter: str = ""
    use: str = ""  # "teaching", "exercises" or "" (fixed minutes)


@dataclass(frozen=True)
class SessionPlan:
    id: str
    title: str
    minutes: int
    blocks: tuple[Block, ...]

    @property
    def total(self) -> int:
        return sum(b.minutes for b in self.blocks)


def load_plans(path: Path, chapters: dict[str, ChapterInfo]) -> dict[str, SessionPlan]:
    """Read the session plans; minutes of chapter blocks come from the chapters' front matter.

    Raises ``TeachingKitError`` when a block names an unknown chapter or the minutes do not add up.
    """
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise TeachingKitError(f"{path}: cannot be read as YAML ({err}).") from None
    plans = {}
    for raw in (data or {}).get("sessions", []):
        sid = raw.get("id", "?")
        blocks, clock = [], 0
        for number, b in enumerate(raw.get("blocks", []), start=1):
            where = f"{path}, session '{sid}', block {number}"
            chapter, use = b.get("chapter", ""), b.get("use", "")
            if chapter:
                if chapter not in chapters:
                    raise TeachingKitError(f"{where}: no chapter '{chapter}' in book/.")
                if use not in ("teaching", "exercises"):
                    raise TeachingKitError(f"{where}: 'use' must be 'teaching' or 'exercises' for a chapter block.")
                minutes = getattr(chapters[chapter], use)
            else:
                minutes = b.get("minutes")
            if not isinstance(minutes, int) or minutes <= 0:
                raise TeachingKitError(f"{where}: needs positive whole 'minutes' (or a chapter and 'use').")
            for key in ("activity", "outcome"):
                if not str(b.get(key, "")).strip():
                    raise TeachingKitError(f"{where}: '{key}' is missing.")
            blocks.append(Block(clock, minutes, b["activity"], b["outcome"], chapter, use))
            clock += minutes
        plan = SessionPlan(sid, raw.get("title", sid), int(raw.get("minutes", 0)), tuple(blocks))
        if plan.total != plan.minutes:
            raise TeachingKitError(
                f"{path}, session '{sid}': the blocks add up to {plan.total} minutes, not {plan.minutes}. "
                "A chapter's front-matter minutes may have changed: adjust the fixed blocks."
            )
        plans[sid] = plan
    return plans


def render_plan_html(plan: SessionPlan, chapters: dict[str, ChapterInfo], link_prefix: str) -> str:
    """A minute-by-minute table; chapter links are relative (``link_prefix`` leads to book/)."""
    rows = []
    for b in plan.blocks:
        if b.chapter:
            info = chapters[b.chapter]
            target = f"{link_prefix}{b.chapter}.html" if b.use == "teaching" else f"{link_prefix}../exercises/{b.chapter}.html"
            label = info.title if b.use == "teaching" else f"Exercise: {info.title}"
            source = f'<a href="{target}">{html.escape(label)}</a> ({b.use} minutes from the chapter)'
        else:
            source = "—"
        rows.append(
            f"<tr><td>{b.start}–{b.start + b.minutes}</td><td>{b.minutes}</td><td>{html.escape(b.activity)}</td>"
            f"<td>{html.escape(b.outcome)}</td><td>{source}</td></tr>"
        )
    return (
        f'<table class="irs-plan"><caption>{html.escape(plan.title)}: {plan.total} minutes in all</caption>'
        "<thead><tr><th scope='col'>Minutes</th><th scope='col'>Length</th><th scope='col'>Activity</th>"
        "<th scope='col'>Outcome</th><th scope='col'>Chapter or exercise</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


# --- self-assessment ---------------------------------------------------------------------------


def assessment_questions(banks: list[QuizBank], per_bank: int = 2) -> list[tuple[QuizBank, object]]:
    """The first ``per_bank`` questions of every bank, in chapter order (the same for pre and post)."""
    chosen = []
    for bank in sorted(banks, key=lambda b: b.chapter):
        chosen += [(bank, q) for q in bank.questions[:per_bank]]
    return chosen


def render_assessment_html(banks: list[QuizBank], per_bank: int = 2, answers: bool = False) -> str:
    """A printable pre/post self-assessment (or, with ``answers``, its key with explanations)."""
    items = []
    for number, (bank, q) in enumerate(assessment_questions(banks, per_bank), start=1):
        letters = "ABCDEF"
        if answers:
            right = q.options[q.correct_index]
            items.append(
                f"<li><p><strong>{html.escape(q.question)}</strong> <em>({html.escape(bank.chapter)})</em></p>"
                f"<p>Answer: <strong>{letters[q.correct_index]}</strong> — {html.escape(right.text)}. "
                f"{html.escape(right.explanation)}</p></li>"
            )
        else:
            options = "".join(f"<li>{letters[i]}. {html.escape(o.text)}</li>" for i, o in enumerate(q.options))
            items.append(
                f"<li><p><strong>{html.escape(q.question)}</strong></p><ul class='irs-options'>{options}</ul>"
                "<p>Before the session: ____ &nbsp; After the session: ____ &nbsp; "
                "Confidence (1–5): ____ / ____</p></li>"
            )
    return f"<ol class='irs-assessment'>{''.join(items)}</ol>"


def load_banks(quiz_dir: Path) -> list[QuizBank]:
    return [load_bank(p) for p in sorted(Path(quiz_dir).glob("*.yml"))]


# --- checklist ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checklist:
    title: str
    subtitle: str
    sections: tuple[tuple[str, tuple[str, ...]], ...]
    footer: str


def load_checklist(path: Path) -> Checklist:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise TeachingKitError(f"{path}: cannot be read as YAML ({err}).") from None
    try:
        sections = tuple(
            (str(s["heading"]), tuple(str(i) for i in s["items"])) for s in data["sections"]
        )
        return Checklist(str(data["title"]), str(data.get("subtitle", "")), sections, str(data.get("footer", "")))
    except (KeyError, TypeError) as err:
        raise TeachingKitError(f"{path}: needs title, sections (heading, items) and footer ({err}).") from None


def render_checklist_html(checklist: Checklist) -> str:
    parts = [f"<div class='irs-checklist'><p><strong>{html.escape(checklist.subtitle)}</strong></p>"]
    for heading, items in checklist.sections:
        parts.append(f"<h2>{html.escape(heading)}</h2><ul>")
        parts += [f"<li><span aria-hidden='true'>☐</span> {html.escape(i)}</li>" for i in items]
        parts.append("</ul>")
    parts.append(f"<p><em>{html.escape(checklist.footer)}</em></p></div>")
    return "".join(parts)


def write_checklist_pdf(checklist: Checklist, out: Path) -> Path:
    """A one-page A4 PDF of the checklist (fpdf2, with matplotlib's DejaVu font for full Unicode)."""
    import matplotlib
    from fpdf import FPDF

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_title(checklist.title)
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 11, checklist.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 7, checklist.subtitle, new_x="LMARGIN", new_y="NEXT")
    for heading, items in checklist.sections:
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 13)
        pdf.cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 11)
        for item in items:
            pdf.multi_cell(0, 6, f"☐  {item}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(0, 4, checklist.footer, new_x="LMARGIN", new_y="NEXT")
    if pdf.page_no() != 1 or pdf.get_y() > 297 - 10:
        raise TeachingKitError("The checklist no longer fits one A4 page: shorten it.")
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".pdf.partial")
    pdf.output(str(partial))
    partial.replace(out)
    return out


# --- slides ------------------------------------------------------------------------------------

_SLIDE_CSS = """
html,body{margin:0;height:100%;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#fff;color:#1b1b1b}
.slide{display:none;box-sizing:border-box;min-height:100vh;padding:6vh 8vw;font-size:clamp(18px,2.6vw,34px);line-height:1.35}
.slide.current{display:block}
.slide h1{font-size:1.6em;color:#1f4e79;margin:0 0 .6em}
.notes{display:none}
nav{position:fixed;bottom:1rem;right:1rem;font-size:14px}
nav button{font-size:14px;padding:.3rem .7rem;margin-left:.3rem}
.counter{position:fixed;bottom:1.2rem;left:1rem;font-size:14px;color:#555}
@media print{.slide{display:block;page-break-after:always;min-height:auto}nav,.counter{display:none}.notes{display:block;font-size:12px;color:#444}}
"""
_SLIDE_JS = """
(function(){var s=document.querySelectorAll('.slide'),i=0;
function show(n){i=Math.max(0,Math.min(s.length-1,n));for(var k=0;k<s.length;k++){s[k].classList.toggle('current',k===i);}
document.getElementById('counter').textContent=(i+1)+' / '+s.length;location.hash='#'+(i+1);}
document.addEventListener('keydown',function(e){if(['ArrowRight','PageDown',' '].indexOf(e.key)>=0){show(i+1);e.preventDefault();}
if(['ArrowLeft','PageUp'].indexOf(e.key)>=0){show(i-1);e.preventDefault();}if(e.key==='Home')show(0);if(e.key==='End')show(s.length-1);});
document.getElementById('prev').onclick=function(){show(i-1)};document.getElementById('next').onclick=function(){show(i+1)};
show(parseInt((location.hash||'#1').slice(1),10)-1||0);})();
"""


def render_slides(source: str, title: str) -> str:
    """Self-contained HTML slides from Markdown separated by ``---`` lines (no CDN, keyboard navigation).

    Lines starting with ``Note:`` become speaker notes (printed, not shown on screen).
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False})
    chunks = [c.strip() for c in re.split(r"^---\s*$", source, flags=re.M) if c.strip()]
    if not chunks:
        raise TeachingKitError("The slide source has no slides.")
    slides = []
    for number, chunk in enumerate(chunks, start=1):
        notes = [line[5:].strip() for line in chunk.splitlines() if line.startswith("Note:")]
        body = "\n".join(line for line in chunk.splitlines() if not line.startswith("Note:"))
        note_html = f"<aside class='notes'><p>Notes: {html.escape(' '.join(notes))}</p></aside>" if notes else ""
        slides.append(f"<section class='slide' aria-label='Slide {number}'>{md.render(body)}{note_html}</section>")
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{html.escape(title)}</title>"
        f"<style>{_SLIDE_CSS}</style></head><body><main>{''.join(slides)}</main>"
        "<div class='counter' id='counter' aria-live='polite'></div>"
        "<nav aria-label='Slides'><button id='prev' type='button'>Previous</button>"
        "<button id='next' type='button'>Next</button></nav>"
        f"<script>{_SLIDE_JS}</script></body></html>"
    )
