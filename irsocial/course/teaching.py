"""The teaching kit's machinery: session plans from chapter minutes, pre/post assessment, objective map, checklist, slides."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from irsocial.course.quizzes import Question, QuizBank, QuizBankError, load_bank, parse_question, presented


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
            path.stem,
            title.group(1).strip() if title else path.stem,
            int(meta.get("teaching", 0)),
            int(meta.get("exercises", 0)),
        )
    return chapters


# --- session plans -----------------------------------------------------------------------------

#: Kinds of block a plan may use. ``break`` and ``buffer`` teach nothing and carry no outcome.
BLOCK_KINDS = ("welcome", "lecture", "exercise", "cases", "practice", "prepost", "evaluation", "break", "buffer")
UNTIMED_KINDS = ("break", "buffer")


@dataclass(frozen=True)
class Block:
    start: int
    minutes: int
    activity: str
    outcome: str
    chapter: str = ""
    use: str = ""  # "teaching", "exercises" or "" (fixed minutes)
    kind: str = ""
    cases: tuple[int, ...] = ()
    cases_per_group: int = 0
    groups: int = 0
    form: str = ""
    helper: str = ""


@dataclass(frozen=True)
class SessionPlan:
    id: str
    title: str
    minutes: int
    blocks: tuple[Block, ...]
    before: tuple[Block, ...] = ()
    residents: str = ""
    pre_reading: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return sum(b.minutes for b in self.blocks)

    def blocks_of(self, kind: str) -> list[Block]:
        """Every block of one kind, those before the clock starts included."""
        return [b for b in (*self.before, *self.blocks) if b.kind == kind]


def _front_matter(path: Path) -> dict:
    text = Path(path).read_text(encoding="utf-8") if Path(path).is_file() else ""
    match = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    return (yaml.safe_load(match.group(1)) or {}) if match else {}


def activity_minimums(kit_dir: Path) -> dict[str, float]:
    """The minimum minutes the activity pages state in their front matter (``timing:``).

    >>> m = activity_minimums(Path("book/teaching"))  # doctest: +SKIP
    >>> m["group_work_per_case"], m["report_per_group"]  # doctest: +SKIP
    (8, 2)
    """
    found: dict[str, float] = {}
    for page in ("discussion-cases.md", "self-assessment.md", "checklist.md"):
        timing = _front_matter(Path(kit_dir) / page).get("timing", {}) or {}
        for key, value in timing.items():
            if not isinstance(value, (int, float)) or value <= 0:
                raise TeachingKitError(f"{page}: timing '{key}' must be a positive number of minutes.")
            found[key] = value
    return found


def case_numbers(kit_dir: Path) -> list[int]:
    """The numbers of the cases on the discussion cases page (``## Case N: …``)."""
    page = Path(kit_dir) / "discussion-cases.md"
    text = page.read_text(encoding="utf-8") if page.is_file() else ""
    return [int(n) for n in re.findall(r"^## Case (\d+):", text, re.M)]


def minimum_minutes(block: Block, minimums: dict[str, float], form_size: tuple[int, int] = (0, 0)) -> float:
    """The fewest minutes a block may have, by the activity pages' own numbers (0 when they state none).

    ``form_size`` is (questions, tasks) of the session's pre/post form.

    >>> b = Block(0, 16, "cases", "LO3", kind="cases", cases=(1,), cases_per_group=1, groups=4)
    >>> minimum_minutes(b, {"group_work_per_case": 8, "report_per_group": 2})
    16
    """
    if block.kind == "cases":
        return block.cases_per_group * (
            minimums.get("group_work_per_case", 0) + block.groups * minimums.get("report_per_group", 0)
        )
    if block.kind == "prepost":
        questions, tasks = form_size
        return questions * minimums.get("per_question", 0) + tasks * minimums.get("per_task", 0)
    if block.kind == "practice":
        return minimums.get("revise_a_draft", 0)
    return 0


def timing_problems(
    plan: SessionPlan, minimums: dict[str, float], form_size: tuple[int, int] = (0, 0), cases: list[int] | None = None
) -> list[str]:
    """Every way a plan falls short of the minimums the activity pages state, one sentence each (empty: fits)."""
    problems = []
    for number, b in enumerate((*plan.before, *plan.blocks), start=1):
        need = minimum_minutes(b, minimums, form_size)
        if b.minutes < need:
            problems.append(
                f"session '{plan.id}', '{b.activity[:50]}…': {b.minutes} minutes, but the activity's page asks "
                f"for at least {need:g}."
            )
        if b.kind == "cases":
            if b.groups < 1 or b.cases_per_group < 1 or not b.cases:
                problems.append(
                    f"session '{plan.id}', block {number}: a cases block needs cases, cases_per_group and groups."
                )
            unknown = [c for c in b.cases if cases is not None and c not in cases]
            if unknown:
                problems.append(f"session '{plan.id}', block {number}: no case {unknown} on the discussion cases page.")
    kinds = [b.kind for b in plan.blocks]
    if "buffer" not in kinds:
        problems.append(f"session '{plan.id}': has no buffer block.")
    if plan.minutes > 60 and "break" not in kinds:
        problems.append(f"session '{plan.id}': a session longer than 60 minutes needs a break.")
    if "practice" not in kinds:
        problems.append(f"session '{plan.id}': has no practice block (revise a draft until nothing blocks it).")
    return problems


def _block(b: dict, where: str, clock: int, chapters: dict[str, ChapterInfo]) -> Block:
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
    kind = str(b.get("kind", "exercise" if use == "exercises" else "lecture"))
    if kind not in BLOCK_KINDS:
        raise TeachingKitError(f"{where}: 'kind' must be one of {', '.join(BLOCK_KINDS)}.")
    for key in ("activity", "outcome"):
        if not str(b.get(key, "")).strip():
            raise TeachingKitError(f"{where}: '{key}' is missing.")
    return Block(
        clock,
        minutes,
        str(b["activity"]),
        str(b["outcome"]),
        chapter,
        use,
        kind,
        tuple(int(c) for c in b.get("cases", ())),
        int(b.get("cases_per_group", 0)),
        int(b.get("groups", 0)),
        str(b.get("form", "")),
        str(b.get("helper", "")),
    )


def _form_size(kit_dir: Path, plan: SessionPlan) -> tuple[int, int]:
    source = Path(kit_dir) / "prepost.yml"
    if not source.is_file():
        return (0, 0)
    assessment = load_assessment(source)
    outcomes = session_outcomes(plan)
    return (sum(len(assessment.items_for(o)) for o in outcomes), sum(len(assessment.tasks_for(o)) for o in outcomes))


def load_plans(path: Path, chapters: dict[str, ChapterInfo], check_minimums: bool = True) -> dict[str, SessionPlan]:
    """Read the session plans; minutes of chapter blocks come from the chapters' front matter.

    Raises ``TeachingKitError`` when a block names an unknown chapter, the minutes do not add up, or
    (``check_minimums``) a block is shorter than its activity page asks (see ``timing_problems``).
    """
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise TeachingKitError(f"{path}: cannot be read as YAML ({err}).") from None
    kit_dir = Path(path).parent
    minimums = activity_minimums(kit_dir) if check_minimums else {}
    known_cases = case_numbers(kit_dir) if (kit_dir / "discussion-cases.md").is_file() else None
    plans = {}
    for raw in (data or {}).get("sessions", []):
        sid = raw.get("id", "?")
        blocks, clock = [], 0
        for number, b in enumerate(raw.get("blocks", []), start=1):
            block = _block(b, f"{path}, session '{sid}', block {number}", clock, chapters)
            blocks.append(block)
            clock += block.minutes
        raw_before = raw.get("before", []) or []
        before, clock = [], -sum(int(b.get("minutes", 0)) for b in raw_before)
        for number, b in enumerate(raw_before, start=1):
            block = _block(b, f"{path}, session '{sid}', before-block {number}", clock, chapters)
            before.append(block)
            clock += block.minutes
        plan = SessionPlan(
            sid,
            raw.get("title", sid),
            int(raw.get("minutes", 0)),
            tuple(blocks),
            tuple(before),
            str(raw.get("residents", "")),
            tuple(str(s) for s in raw.get("pre_reading", ()) or ()),
        )
        if plan.total != plan.minutes:
            raise TeachingKitError(
                f"{path}, session '{sid}': the blocks add up to {plan.total} minutes, not {plan.minutes}. "
                "A chapter's front-matter minutes may have changed: adjust the fixed blocks."
            )
        for slug in plan.pre_reading:
            if slug not in chapters:
                raise TeachingKitError(f"{path}, session '{sid}': pre-reading names no chapter '{slug}'.")
        if minimums:  # the activity pages beside plans.yml state their minimums
            problems = timing_problems(plan, minimums, _form_size(kit_dir, plan), known_cases)
            if problems:
                raise TeachingKitError(f"{path}: " + " ".join(problems))
        plans[sid] = plan
    return plans


def render_plan_html(plan: SessionPlan, chapters: dict[str, ChapterInfo], link_prefix: str) -> str:
    """A minute-by-minute table; chapter links are relative (``link_prefix`` leads to book/)."""
    rows = []
    for b in (*plan.before, *plan.blocks):
        if b.chapter:
            info = chapters[b.chapter]
            target = (
                f"{link_prefix}{b.chapter}.html"
                if b.use == "teaching"
                else f"{link_prefix}../exercises/{b.chapter}.html"
            )
            label = info.title if b.use == "teaching" else f"Exercise: {info.title}"
            source = f'<a href="{target}">{html.escape(label)}</a> ({b.use} minutes from the chapter)'
        else:
            source = html.escape(b.helper) if b.helper else "—"
        when = f"{b.start}–{b.start + b.minutes}" if b.start >= 0 else f"before ({-b.start} min before the start)"
        rows.append(
            f"<tr><td>{when}</td><td>{b.minutes}</td><td>{html.escape(b.activity)}</td>"
            f"<td>{html.escape(b.outcome)}</td><td>{source}</td></tr>"
        )
    reading = ", ".join(
        f'<a href="{link_prefix}{slug}.html">{html.escape(chapters[slug].title)}</a>' for slug in plan.pre_reading
    )
    intro = (
        (
            f"<p class='irs-plan-intro'>For {html.escape(plan.residents)} residents and one facilitator. "
            f"Pre-reading: {reading}.</p>"
        )
        if plan.residents
        else ""
    )
    return (
        f'{intro}<table class="irs-plan"><caption>{html.escape(plan.title)}: {plan.total} minutes in all</caption>'
        "<thead><tr><th scope='col'>Minutes</th><th scope='col'>Length</th><th scope='col'>Activity</th>"
        "<th scope='col'>Outcome</th><th scope='col'>With a helper, or the chapter</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


# --- pre/post assessment ----------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    id: str
    text: str
    objectives: tuple[str, ...]  # chapter objective ids, e.g. ("02.1", "02.2")


@dataclass(frozen=True)
class ParallelItem:
    id: str
    outcome: str
    A: Question
    B: Question


@dataclass(frozen=True)
class PerformanceTask:
    id: str
    outcome: str
    title: str
    A: str
    B: str
    rubric: tuple[tuple[int, str], ...]
    note: str = ""

    @property
    def points(self) -> int:
        return sum(p for p, _ in self.rubric)


@dataclass(frozen=True)
class Assessment:
    title: str
    outcomes: tuple[Outcome, ...]
    items: tuple[ParallelItem, ...]
    tasks: tuple[PerformanceTask, ...]

    def items_for(self, outcome: str) -> list[ParallelItem]:
        return [i for i in self.items if i.outcome == outcome]

    def tasks_for(self, outcome: str) -> list[PerformanceTask]:
        return [t for t in self.tasks if t.outcome == outcome]


FORMS = ("A", "B")


def load_assessment(path: Path) -> Assessment:
    """Read the pre/post assessment (``book/teaching/prepost.yml``): outcomes, parallel items, performance tasks.

    Raises ``TeachingKitError`` naming the file and the item for anything missing or malformed.
    """
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise TeachingKitError(f"{path}: cannot be read as YAML ({err}).") from None
    try:
        outcomes = tuple(
            Outcome(str(o["id"]), str(o["text"]).strip(), tuple(str(x) for x in o.get("objectives", ())))
            for o in data["outcomes"]
        )
        known = {o.id for o in outcomes}
        items = []
        for raw in data["items"]:
            where = f"{path}, item '{raw.get('id', '?')}'"
            if raw.get("outcome") not in known:
                raise TeachingKitError(f"{where}: outcome {raw.get('outcome')!r} is not one of {sorted(known)}.")
            forms = {}
            for form in FORMS:
                if form not in raw:
                    raise TeachingKitError(f"{where}: needs a form {form} (parallel items have forms A and B).")
                forms[form] = parse_question({"id": raw["id"], **raw[form]}, f"{where}, form {form}")
            items.append(ParallelItem(str(raw["id"]), raw["outcome"], forms["A"], forms["B"]))
        tasks = []
        for raw in data.get("tasks", []):
            where = f"{path}, task '{raw.get('id', '?')}'"
            if raw.get("outcome") not in known:
                raise TeachingKitError(f"{where}: outcome {raw.get('outcome')!r} is not one of {sorted(known)}.")
            rubric = tuple((int(r["points"]), str(r["criterion"])) for r in raw["rubric"])
            tasks.append(
                PerformanceTask(
                    str(raw["id"]),
                    raw["outcome"],
                    str(raw["title"]),
                    str(raw["A"]).strip(),
                    str(raw["B"]).strip(),
                    rubric,
                    str(raw.get("note", "")).strip(),
                )
            )
    except QuizBankError as err:
        raise TeachingKitError(str(err)) from None
    except (KeyError, TypeError, ValueError) as err:
        raise TeachingKitError(
            f"{path}: needs outcomes, items (with forms A and B) and tasks with a rubric ({err})."
        ) from None
    return Assessment(str(data.get("title", "Pre/post assessment")), outcomes, tuple(items), tuple(tasks))


def session_outcomes(plan: SessionPlan) -> list[str]:
    """The outcomes a session teaches, in order (LO1 … LO6), from its blocks' ``outcome`` labels."""
    found = {label.strip() for b in plan.blocks for label in b.outcome.split(",") if label.strip().startswith("LO")}
    return sorted(found, key=lambda x: (len(x), x))


def form_bank(assessment: Assessment, session: str, outcomes: list[str], form: str) -> QuizBank:
    """The items of one form for one session, as a bank (so options get the same balanced shuffle as quizzes)."""
    if form not in FORMS:
        raise TeachingKitError(f"There is no form {form!r}; the forms are A (before) and B (after).")
    questions = tuple(getattr(i, form) for o in outcomes for i in assessment.items_for(o))
    return QuizBank(f"prepost-{session}-{form}", f"Form {form}", questions)


def _outcome_of(assessment: Assessment, question: Question) -> str:
    return next(i.outcome for i in assessment.items if i.id == question.id)


def form_content(assessment: Assessment, session: str, outcomes: list[str], form: str) -> list[dict]:
    """What a printed or rendered form shows: for each item its outcome, question and lettered options."""
    bank = form_bank(assessment, session, outcomes, form)
    rows = []
    for number, q in enumerate(bank.questions, start=1):
        shown = [o for _, o in presented(bank, q)]
        key = next(i for i, o in enumerate(shown) if o.correct)
        rows.append(
            {
                "number": number,
                "id": q.id,
                "outcome": _outcome_of(assessment, q),
                "question": q.question,
                "options": [o.text for o in shown],
                "explanations": [o.explanation for o in shown],
                "key": key,
            }
        )
    return rows


LETTERS = "ABCDEF"


def render_form_html(
    assessment: Assessment, session: str, outcomes: list[str], form: str, answers: bool = False
) -> str:
    """A printable form (A before, B after) or, with ``answers``, its key with a rationale for every option."""
    rows = form_content(assessment, session, outcomes, form)
    items = []
    for row in rows:
        tag = f"<span class='irs-outcome'>({html.escape(row['outcome'])})</span>"
        if answers:
            why = "".join(
                f"<li><strong>{LETTERS[i]}</strong>{' ✓' if i == row['key'] else ''} — {html.escape(t)}: "
                f"{html.escape(e)}</li>"
                for i, (t, e) in enumerate(zip(row["options"], row["explanations"], strict=True))
            )
            items.append(
                f"<li><p><strong>{html.escape(row['question'])}</strong> {tag}</p>"
                f"<p>Answer: <strong>{LETTERS[row['key']]}</strong></p><ul class='irs-options'>{why}</ul></li>"
            )
        else:
            opts = "".join(f"<li>{LETTERS[i]}. {html.escape(t)}</li>" for i, t in enumerate(row["options"]))
            items.append(
                f"<li><p><strong>{html.escape(row['question'])}</strong> {tag}</p><ul class='irs-options'>{opts}</ul></li>"
            )
    tasks = []
    for task in (t for o in outcomes for t in assessment.tasks_for(o)):
        rubric = ""
        if answers:
            rubric = (
                "<p>Rubric:</p><ul>"
                + "".join(f"<li>{p} point{'s' if p != 1 else ''}: {html.escape(c)}</li>" for p, c in task.rubric)
                + f"</ul><p><em>{html.escape(task.note)}</em></p>"
                if task.note
                else ""
            )
            if not task.note:
                rubric = (
                    "<p>Rubric:</p><ul>"
                    + "".join(f"<li>{p} point: {html.escape(c)}</li>" for p, c in task.rubric)
                    + "</ul>"
                )
        tasks.append(
            f"<li><p><strong>{html.escape(task.title)}</strong> <span class='irs-outcome'>({task.outcome}, "
            f"{task.points} points)</span></p><p>{html.escape(getattr(task, form))}</p>{rubric}</li>"
        )
    return (
        f"<ol class='irs-assessment'>{''.join(items)}</ol>"
        f"<p><strong>Performance tasks</strong></p><ol class='irs-assessment'>{''.join(tasks)}</ol>"
    )


def _pdf_fonts(paper: str = "A4", margins: tuple[float, float, float] = (12, 10, 12)):
    import matplotlib
    from fpdf import FPDF

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdf = FPDF(format=paper)
    pdf.set_auto_page_break(False)
    pdf.set_margins(*margins)
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    return pdf


def _one_page_pdf(out: Path, title: str, draw) -> Path:
    """Draw with shrinking type until the page fits one A4 sheet; write atomically."""
    for size in (9.5, 9, 8.5, 8, 7.5, 7, 6.5):
        pdf = _pdf_fonts()
        pdf.set_title(title)
        draw(pdf, size)
        if pdf.page_no() == 1 and pdf.get_y() <= 297 - 8:
            out.parent.mkdir(parents=True, exist_ok=True)
            partial = out.with_suffix(".pdf.partial")
            pdf.output(str(partial))
            partial.replace(out)
            return out
    raise TeachingKitError(f"{out.name}: the form no longer fits one A4 page, even in small type: shorten it.")


def _heading(pdf, size: float, title: str, subtitle: str) -> None:
    pdf.set_font("DejaVu", "B", size + 4)
    pdf.multi_cell(0, (size + 4) * 0.5, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", size)
    pdf.multi_cell(0, size * 0.45, subtitle, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def write_form_pdf(
    assessment: Assessment, session: str, outcomes: list[str], form: str, out: Path, plan_title: str = ""
) -> Path:
    """A one-page A4 form (A before the session, B after) with its items and performance tasks."""
    title, draw = form_drawer(assessment, session, outcomes, form, plan_title)
    return _one_page_pdf(out, title, draw)


def form_drawer(assessment: Assessment, session: str, outcomes: list[str], form: str, plan_title: str = ""):
    """The title and the drawing function ``draw(pdf, size)`` of one form (also used by the room pack)."""
    rows = form_content(assessment, session, outcomes, form)
    tasks = [t for o in outcomes for t in assessment.tasks_for(o)]
    when = "before" if form == "A" else "after"
    title = f"Form {form} ({when} the session) — {plan_title or session}"

    def draw(pdf, size):
        line = size * 0.42
        _heading(
            pdf,
            size,
            title,
            f"{assessment.title}. Name or code: ____________   Outcomes: {', '.join(outcomes)}. "
            "Circle one letter for each question; then do the two tasks.",
        )
        for row in rows:
            pdf.set_font("DejaVu", "B", size)
            pdf.multi_cell(
                0, line, f"{row['number']}. {row['question']}  ({row['outcome']})", new_x="LMARGIN", new_y="NEXT"
            )
            pdf.set_font("DejaVu", "", size)
            for i, text in enumerate(row["options"]):
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(0, line, f"{LETTERS[i]}  {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.6)
        for number, task in enumerate(tasks, start=len(rows) + 1):
            pdf.set_font("DejaVu", "B", size)
            pdf.multi_cell(
                0,
                line,
                f"{number}. {task.title}  ({task.outcome}, {task.points} points)",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.set_font("DejaVu", "", size)
            pdf.multi_cell(0, line, getattr(task, form), new_x="LMARGIN", new_y="NEXT")
            if task.id == "bio-rewrite":
                pdf.ln(0.5)
                pdf.rect(pdf.l_margin, pdf.get_y(), pdf.epw, line * 4)
                pdf.ln(line * 4)
            pdf.ln(0.8)

    return title, draw


def write_key_pdf(assessment: Assessment, session: str, outcomes: list[str], out: Path, plan_title: str = "") -> Path:
    """A one-page A4 answer key for both forms of a session, with a rationale for each key and the rubrics."""
    forms = {f: form_content(assessment, session, outcomes, f) for f in FORMS}
    tasks = [t for o in outcomes for t in assessment.tasks_for(o)]
    title = f"Answer key — {plan_title or session}"

    def draw(pdf, size):
        line = size * 0.42
        _heading(
            pdf,
            size,
            title,
            "For the facilitator. Letters refer to the printed forms. Score one point per question "
            "and the task rubrics below; enter each resident's points per outcome in the scores CSV.",
        )
        for form, rows in forms.items():
            pdf.set_font("DejaVu", "B", size + 1)
            pdf.cell(0, line + 1, f"Form {form}", new_x="LMARGIN", new_y="NEXT")
            for row in rows:
                pdf.set_font("DejaVu", "", size)
                pdf.multi_cell(
                    0,
                    line,
                    f"{row['number']}. {LETTERS[row['key']]} ({row['outcome']}) — "
                    f"{row['options'][row['key']]}. {row['explanations'][row['key']]}",
                    new_x="LMARGIN",
                    new_y="NEXT",
                )
        for task in tasks:
            pdf.ln(0.8)
            pdf.set_font("DejaVu", "B", size + 1)
            pdf.cell(
                0,
                line + 1,
                f"Rubric: {task.title} ({task.outcome}, {task.points} points, forms A and B)",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.set_font("DejaVu", "", size)
            for points, criterion in task.rubric:
                pdf.multi_cell(0, line, f"{points} — {criterion}", new_x="LMARGIN", new_y="NEXT")
            if task.note:
                pdf.multi_cell(0, line, task.note, new_x="LMARGIN", new_y="NEXT")

    return _one_page_pdf(out, title, draw)


def prepost_downloads(session: str) -> dict[str, str]:
    """The file names of a session's printable forms and key under the site's downloads folder."""
    return {
        "A": f"prepost-{session}-form-A.pdf",
        "B": f"prepost-{session}-form-B.pdf",
        "key": f"prepost-{session}-key.pdf",
    }


# --- objective map -----------------------------------------------------------------------------


def facilitator_outcomes(markdown: str) -> dict[str, str]:
    """The LO1… outcomes listed in the facilitator guide (MyST roles reduced to their text)."""
    found = {}
    for label, text in re.findall(r"^- \*\*(LO\d)\.\*\* (.+)$", markdown, re.M):
        found[label] = re.sub(r"\{doc\}`([^`<]+?)(?:\s*<[^>]+>)?`", r"\1", text).strip()
    return found


def render_objective_map_html(
    banks: list[QuizBank], assessment: Assessment, plans: dict[str, SessionPlan], link_prefix: str
) -> str:
    """Objective → quiz items → exercise tasks, per chapter; then session outcomes → chapter objectives and pre/post items.

    ``link_prefix`` leads from the page to ``book/`` (``"../"`` from book/teaching/).
    """
    parts = []
    for bank in sorted(banks, key=lambda b: b.chapter):
        rows = []
        for obj in bank.objectives:
            items = (
                ", ".join(
                    f'<a href="{link_prefix}{bank.chapter}.html#{bank.chapter}-{q.id}">{number}. {html.escape(q.id)}</a>'
                    + (" (decision)" if q.kind == "decision" else "")
                    for number, q in enumerate(bank.questions, start=1)
                    if obj.id in q.objectives
                )
                or "—"
            )
            tasks = (
                ", ".join(
                    f'<a href="{link_prefix}../exercises/{bank.chapter}.html">{html.escape(t)}</a>'
                    for t in bank.tasks_for(obj.id)
                )
                or "—"
            )
            rows.append(
                f"<tr><th scope='row'>{obj.id}</th><td>{html.escape(obj.text)}</td><td>{items}</td><td>{tasks}</td></tr>"
            )
        parts.append(
            f"<table class='irs-plan irs-objective-map'><caption>{html.escape(bank.chapter)}</caption>"
            "<thead><tr><th scope='col'>Id</th><th scope='col'>Objective</th><th scope='col'>Quiz items</th>"
            f"<th scope='col'>Exercise tasks</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
    taught = {
        o: [sid for sid, plan in plans.items() if o in session_outcomes(plan)]
        for o in (x.id for x in assessment.outcomes)
    }
    rows = []
    for outcome in assessment.outcomes:
        items = ", ".join(html.escape(i.id) for i in assessment.items_for(outcome.id)) or "—"
        tasks = ", ".join(html.escape(t.title) for t in assessment.tasks_for(outcome.id)) or "—"
        rows.append(
            f"<tr><th scope='row'>{outcome.id}</th><td>{html.escape(outcome.text)}</td>"
            f"<td>{', '.join(outcome.objectives) or '—'}</td><td>{items} (forms A and B)</td><td>{tasks}</td>"
            f"<td>{', '.join(taught[outcome.id]) or '—'}</td></tr>"
        )
    parts.append(
        "<table class='irs-plan irs-objective-map'><caption>Session outcomes (facilitator guide)</caption>"
        "<thead><tr><th scope='col'>Id</th><th scope='col'>Outcome</th><th scope='col'>Chapter objectives</th>"
        "<th scope='col'>Pre/post items</th><th scope='col'>Performance tasks</th><th scope='col'>Sessions</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return "".join(parts)


def load_banks(quiz_dir: Path) -> list[QuizBank]:
    """Every chapter's quiz bank in ``quiz_dir``, in file order."""
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
        sections = tuple((str(s["heading"]), tuple(str(i) for i in s["items"])) for s in data["sections"])
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
#
# The decks are reveal.js 5 pages (vendored in irsocial/course/static/reveal/, copied by Sphinx to
# _static/reveal/). A deck is Markdown: slides separated by ``---`` lines; ``Block: N`` ties a slide
# to block N of its session plan (the timer cue and the speaker view's pacing come from the plan);
# everything from a line ``Note:`` to the end of the slide is the speaker notes.

_SLIDE_CSS = """
.reveal{font-size:34px}
.reveal h1{font-size:1.6em}.reveal h2{font-size:1.2em;color:#1f4e79}
.reveal section img{max-height:56vh;margin:.2em auto;border:1px solid #ccc}
.reveal blockquote{width:86%;background:#f4f6f8;border-left:6px solid #1f4e79;box-shadow:none;text-align:left;font-style:normal}
.reveal .irs-timer{position:absolute;top:-1.1em;right:0;font-size:.55em;background:#fff4ce;color:#3d2e00;
 border:2px solid #b58900;border-radius:.4em;padding:.1em .5em}
.reveal .irs-prompt{border:3px solid #1f4e79;border-radius:.4em;padding:.3em .6em;text-align:left}
.reveal ul,.reveal ol{display:block;text-align:left}
.reveal .controls{color:#1f4e79}
.reveal .slide-number{background-color:#1f4e79;color:#fff;font-size:14px}
@media print{.reveal .irs-timer{position:static;display:inline-block}}
"""


@dataclass(frozen=True)
class Slide:
    body: str  # Markdown
    notes: str  # Markdown
    block: int  # 1-based block of the session plan, 0 for none
    images: tuple[str, ...]


def parse_slides(source: str) -> list[Slide]:
    """Split a Markdown deck into slides: ``---`` between slides, ``Block: N`` and ``Note:`` as described above."""
    slides = []
    for chunk in (c.strip() for c in re.split(r"^---\s*$", source, flags=re.M)):
        if not chunk:
            continue
        body, _, notes = chunk.partition("\nNote:")
        if chunk.startswith("Note:"):
            body, notes = "", chunk[5:]
        block = re.search(r"^Block:\s*(\d+)\s*$", body, re.M)
        body = re.sub(r"^Block:.*$\n?", "", body, flags=re.M).strip()
        images = tuple(re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", body))
        slides.append(Slide(body, notes.strip(), int(block.group(1)) if block else 0, images))
    if not slides:
        raise TeachingKitError("The slide source has no slides.")
    return slides


def slide_problems(slides: list[Slide], plan: SessionPlan | None) -> list[str]:
    """What keeps a deck from being usable in the room: an image without alt text, a plan block with no slide."""
    problems = []
    for number, s in enumerate(slides, start=1):
        if re.search(r"!\[\s*\]\(", s.body):
            problems.append(f"slide {number}: an image has no alt text.")
        if plan and s.block > len(plan.blocks):
            problems.append(f"slide {number}: block {s.block}, but the plan has {len(plan.blocks)} blocks.")
    if plan:
        cued = {s.block for s in slides}
        for number, b in enumerate(plan.blocks, start=1):
            if number not in cued:
                problems.append(
                    f"block {number} of {plan.id} ({b.activity[:40]}…) has no slide with 'Block: {number}'."
                )
    return problems


def _timer_cue(plan: SessionPlan, number: int) -> str:
    b = plan.blocks[number - 1]
    return f"<p class='irs-timer'>Clock: minutes {b.start}–{b.start + b.minutes} · <strong>{b.minutes} min</strong></p>"


def render_slides(
    source: str,
    title: str,
    plan: SessionPlan | None = None,
    assets: str = "../_static/reveal/",
    media: str = "slides-media/",
) -> str:
    """A reveal.js page from a Markdown deck: nothing from another host, speaker notes (press S), print with notes.

    Images are re-pointed to ``media`` + their file name (the build copies them there). The first
    slide of each plan block shows a timer cue, and each slide's ``data-timing`` shares the block's
    minutes so the speaker view's pacing timer follows the plan. Open ``?print-pdf`` and print to
    get a PDF with the notes on their own pages.
    """
    from markdown_it import MarkdownIt

    slides = parse_slides(source)
    problems = slide_problems(slides, plan)
    if problems:
        raise TeachingKitError("Slides: " + " ".join(problems))
    md = MarkdownIt("commonmark", {"html": True}).enable("table")  # the decks are our own text
    per_block: dict[int, int] = {}
    for s in slides:
        per_block[s.block] = per_block.get(s.block, 0) + 1
    sections, seen = [], set()
    for s in slides:
        body = re.sub(r"(!\[[^\]]*\]\()([^)\s]+)\)", lambda m: f"{m.group(1)}{media}{Path(m.group(2)).name})", s.body)
        cue, timing = "", ""
        if plan and s.block:
            if s.block not in seen:
                cue = _timer_cue(plan, s.block)
                seen.add(s.block)
            seconds = plan.blocks[s.block - 1].minutes * 60 // per_block[s.block]
            timing = f' data-timing="{seconds}"'
        notes = f"<aside class='notes'>{md.render(s.notes)}</aside>" if s.notes else ""
        sections.append(f"<section{timing}>{cue}{md.render(body)}{notes}</section>")
    total = plan.minutes * 60 if plan else 0
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<link rel="stylesheet" href="{assets}reveal.css">
<link rel="stylesheet" href="{assets}theme/white.css">
<style>{_SLIDE_CSS}</style>
</head><body>
<div class="reveal" role="main" aria-label="{html.escape(title)}"><div class="slides">
{"".join(sections)}
</div></div>
<script src="{assets}reveal.js"></script>
<script src="{assets}plugin/notes/notes.js"></script>
<script>
var printing = /print-pdf/.test(window.location.search);
Reveal.initialize({{hash: true, slideNumber: "c/t", keyboard: true, controls: true, progress: true,
  totalTime: {total}, showNotes: printing ? "separate-page" : false, pdfSeparateFragments: false,
  width: 1280, height: 800, plugins: [RevealNotes]}});
</script>
</body></html>
"""


def slide_images(source: str, source_dir: Path) -> list[Path]:
    """The image files a deck shows, resolved from the deck's folder; a missing file is an error."""
    found = []
    for s in parse_slides(source):
        for ref in s.images:
            path = (Path(source_dir) / ref).resolve()
            if not path.is_file():
                raise TeachingKitError(f"Slides: no image {ref} (looked for {path}).")
            found.append(path)
    return found
