"""Quiz banks: load and validate the YAML, grade an answer, render a kernel-free HTML quiz.

A bank also declares its chapter's learning objectives (ids such as ``05.2``), which item and which
exercise task assesses each one, and whether an item is a ``decision`` in an IR situation or ``recall``.
Readers never see options in the order they were written: :func:`presented` shuffles each item
deterministically (seeded from the chapter and the item id) and spreads the keys evenly over the
positions of a bank; the static page, the widget and printed forms all use it, so the position of
the key gives nothing away.
"""

from __future__ import annotations

import hashlib
import html
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml


class QuizBankError(ValueError):
    """A quiz bank that cannot be used; the message names the file and the question."""


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    explanation: str


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    options: tuple[Option, ...]
    objectives: tuple[str, ...] = ()
    kind: str = "recall"  # "decision" (a choice in a realistic situation) or "recall"

    @property
    def correct_index(self) -> int:
        return next(i for i, o in enumerate(self.options) if o.correct)


@dataclass(frozen=True)
class Objective:
    id: str
    text: str


@dataclass(frozen=True)
class QuizBank:
    chapter: str
    title: str
    questions: tuple[Question, ...]
    path: str = ""
    objectives: tuple[Objective, ...] = ()
    tasks: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())

    def items_for(self, objective_id: str) -> list[Question]:
        """The items that assess one objective."""
        return [q for q in self.questions if objective_id in q.objectives]

    def tasks_for(self, objective_id: str) -> list[str]:
        """The exercise tasks (headings in the notebook) that practise one objective."""
        return [task for task, ids in self.tasks if objective_id in ids]


@dataclass(frozen=True)
class Answer:
    """The feedback for one chosen option."""

    correct: bool
    chosen: Option
    right: Option

    def message(self) -> str:
        if self.correct:
            return f"Correct. {self.chosen.explanation}"
        return f"Not quite. {self.chosen.explanation} The best answer: {self.right.text} — {self.right.explanation}"


_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_OBJECTIVE_ID = re.compile(r"^(\d\d)\.(\d+)$")
KINDS = ("decision", "recall")


def objective_id(value: object, where: str) -> str:
    """An objective id such as ``05.2``; YAML reads an unquoted ``05.2`` as the number 5.2, so accept that too.

    >>> objective_id(5.2, "x"), objective_id("11.4", "x")
    ('05.2', '11.4')
    """
    if isinstance(value, float):
        whole, _, part = repr(value).partition(".")
        value = f"{int(whole):02d}.{part}"
    if not isinstance(value, str) or not _OBJECTIVE_ID.match(value.strip()):
        raise QuizBankError(
            f"{where}: objective id {value!r} must look like '05.2' (chapter number, dot, objective number)."
        )
    return value.strip()


def _objective_list(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise QuizBankError(f"{where}: 'objectives' must be a non-empty list of objective ids, e.g. ['05.2'].")
    return tuple(objective_id(v, where) for v in value)


def _text(value: object, where: str, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise QuizBankError(f"{where}: '{field}' must be non-empty text.")
    return value.strip()


def _mapping(value: object, where: str, allowed: tuple[str, ...]) -> dict:
    """Check that ``value`` is a mapping using only the ``allowed`` keys."""
    if not isinstance(value, dict):
        raise QuizBankError(f"{where}: must be a mapping with {', '.join(allowed)}.")
    unknown = set(value) - set(allowed)
    if unknown:
        raise QuizBankError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {', '.join(allowed)}.")
    return value


def parse_question(raw: object, where: str, allowed_objectives: set[str] | None = None) -> Question:
    """Validate one item (id, question, options; optional kind and objectives) and return a ``Question``."""
    _mapping(raw, where, ("id", "question", "options", "kind", "objectives"))
    qid = _text(raw.get("id"), where, "id")
    if not _ID.match(qid):
        raise QuizBankError(f"{where}: id must be lowercase words joined by dashes, e.g. 'survey-design'.")
    text = _text(raw.get("question"), where, "question")
    kind = raw.get("kind", "recall")
    if kind not in KINDS:
        raise QuizBankError(f"{where}: 'kind' must be 'decision' or 'recall', not {kind!r}.")
    objectives: tuple[str, ...] = ()
    if "objectives" in raw:
        objectives = _objective_list(raw["objectives"], where)
        unknown = [o for o in objectives if allowed_objectives is not None and o not in allowed_objectives]
        if unknown:
            raise QuizBankError(f"{where}: objective(s) {unknown} are not declared in the bank's 'objectives'.")
    raw_options = raw.get("options")
    if not isinstance(raw_options, list) or not 2 <= len(raw_options) <= 6:
        raise QuizBankError(f"{where}: 'options' must be a list of 2 to 6 options.")
    options = []
    for letter, opt in zip("ABCDEF", raw_options):
        owhere = f"{where}, option {letter}"
        _mapping(opt, owhere, ("text", "correct", "explanation"))
        if not isinstance(opt.get("correct"), bool):
            raise QuizBankError(f"{owhere}: 'correct' must be true or false.")
        options.append(
            Option(
                _text(opt.get("text"), owhere, "text"),
                opt["correct"],
                _text(opt.get("explanation"), owhere, "explanation"),
            )
        )
    n_correct = sum(o.correct for o in options)
    if n_correct != 1:
        raise QuizBankError(f"{where}: exactly one option must be correct; found {n_correct}.")
    if len({o.text for o in options}) != len(options):
        raise QuizBankError(f"{where}: two options have the same text.")
    return Question(qid, text, tuple(options), objectives, kind)


def _parse_objectives(data: dict, source: str, chapter: str) -> tuple[Objective, ...]:
    raw = data.get("objectives", [])
    if not isinstance(raw, list):
        raise QuizBankError(f"{source}: 'objectives' must be a list of entries with id and text.")
    objectives, seen = [], set()
    for number, entry in enumerate(raw, start=1):
        where = f"{source}, objective {number}"
        _mapping(entry, where, ("id", "text"))
        oid = objective_id(entry.get("id"), where)
        if not chapter.startswith(oid.split(".")[0] + "-"):
            raise QuizBankError(f"{where}: the id {oid} must start with the chapter number of {chapter}.")
        if oid in seen:
            raise QuizBankError(f"{where}: the id {oid} is used twice.")
        seen.add(oid)
        objectives.append(Objective(oid, _text(entry.get("text"), where, "text")))
    return tuple(objectives)


def _parse_tasks(data: dict, source: str, allowed: set[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    raw = data.get("tasks", {})
    if not isinstance(raw, dict):
        raise QuizBankError(f"{source}: 'tasks' must map an exercise heading (e.g. 'Task 1') to objective ids.")
    tasks = []
    for task, ids in raw.items():
        where = f"{source}, task {task!r}"
        ids = _objective_list(ids, where)
        unknown = [o for o in ids if o not in allowed]
        if unknown:
            raise QuizBankError(f"{where}: objective(s) {unknown} are not declared in the bank's 'objectives'.")
        tasks.append((_text(task, where, "task"), ids))
    return tuple(tasks)


def parse_bank(data: object, source: str = "<quiz bank>") -> QuizBank:
    """Validate the structure of a loaded bank and turn it into a ``QuizBank``."""
    _mapping(data, source, ("chapter", "title", "objectives", "tasks", "questions"))
    chapter = _text(data.get("chapter"), source, "chapter")
    title = _text(data.get("title", "Check your understanding"), source, "title")
    objectives = _parse_objectives(data, source, chapter)
    allowed = {o.id for o in objectives} if objectives else None
    tasks = _parse_tasks(data, source, allowed or set())
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise QuizBankError(f"{source}: 'questions' must be a non-empty list.")
    questions, seen = [], set()
    for number, raw in enumerate(raw_questions, start=1):
        label = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else "?"
        where = f"{source}, question {number} (id '{label}')"
        question = parse_question(raw, where, allowed)
        if question.id in seen:
            raise QuizBankError(f"{where}: the id '{question.id}' is used twice.")
        seen.add(question.id)
        questions.append(question)
    return QuizBank(chapter, title, tuple(questions), source, objectives, tasks)


def load_bank(path: str | Path) -> QuizBank:
    """Read and validate a quiz bank file.

    Raises ``QuizBankError`` naming the file (and question) for anything wrong.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QuizBankError(f"{path}: no such quiz bank file.") from None
    except (OSError, UnicodeDecodeError) as err:
        raise QuizBankError(f"{path}: cannot be read ({err}).") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise QuizBankError(f"{path}: not valid YAML{where} ({getattr(err, 'problem', err)}).") from None
    return parse_bank(data, str(path))


def find_bank(chapter: str, start: str | Path | None = None) -> Path:
    """Find ``book/quizzes/<chapter>.yml`` from a notebook's folder or the repository root."""
    from irsocial.course.content import ContentError, find_book_file

    try:
        return find_book_file(Path("quizzes") / f"{chapter}.yml", start)
    except ContentError:
        here = Path(start or Path.cwd()).resolve()
        raise QuizBankError(
            f"No quiz bank named '{chapter}.yml' was found in book/quizzes/ above {here}. "
            "Open the notebook from the course folder (exercises/)."
        ) from None


def grade(question: Question, choice: int) -> Answer:
    """Grade the option at index ``choice`` (0 is the first option)."""
    if not isinstance(choice, int) or not 0 <= choice < len(question.options):
        raise QuizBankError(f"Question '{question.id}' has no option number {choice!r}.")
    return Answer(question.options[choice].correct, question.options[choice], question.options[question.correct_index])


def _rng(*parts: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256("/".join(parts).encode()).digest()[:8], "big"))


def key_positions(bank: QuizBank) -> dict[str, int]:
    """Where each item's correct option is shown, balanced across the bank.

    The bank's items get the positions A, B, C, D… in turn (starting at a place seeded from the
    chapter), and that list is then shuffled with the same seed: every position holds the key about
    equally often, and no item's position can be told from its neighbours'.

    >>> bank = QuizBank("01-x", "T", tuple(
    ...     Question(f"q{i}", "?", tuple(Option(t, t == "a", ".") for t in "abcd")) for i in range(8)))
    >>> sorted(key_positions(bank).values())
    [0, 0, 1, 1, 2, 2, 3, 3]
    """
    rng = _rng(bank.chapter, "keys")
    start = rng.randrange(12)
    slots = list(range(start, start + len(bank.questions)))
    rng.shuffle(slots)
    return {q.id: slot % len(q.options) for q, slot in zip(bank.questions, slots)}


def display_order(chapter: str, question: Question, key_position: int | None = None) -> list[int]:
    """The order in which readers see the options: a permutation of the authored indices.

    The distractors are shuffled with a seed from the chapter and the item id; the correct option is
    put at ``key_position`` (from :func:`key_positions`), or at a seeded place if none is given. The
    static page, the widget and printed forms all call this, so they show the same order.

    >>> q = Question("x", "?", tuple(Option(t, t == "a", ".") for t in "abcd"))
    >>> display_order("01-landscape", q, 2)[2], sorted(display_order("01-landscape", q))
    (0, [0, 1, 2, 3])
    """
    rng = _rng(chapter, question.id)
    others = [i for i in range(len(question.options)) if i != question.correct_index]
    rng.shuffle(others)
    where = rng.randrange(len(question.options)) if key_position is None else key_position % len(question.options)
    return others[:where] + [question.correct_index] + others[where:]


def presented(bank: QuizBank, question: Question) -> list[tuple[int, Option]]:
    """The options of one of the bank's items as readers see them: ``(authored index, option)`` pairs."""
    order = display_order(bank.chapter, question, key_positions(bank).get(question.id))
    return [(i, question.options[i]) for i in order]


def render_static_html(bank: QuizBank, prefix: str = "") -> str:
    """A quiz that works on a static page: radio buttons, a check button, an explanation for every option.

    Options appear in :func:`display_order`; a radio's value and ``data-correct`` are positions in
    that order. Without JavaScript the explanations are still available in a disclosure under each question.
    """
    base = re.sub(r"[^a-z0-9-]", "-", f"{prefix}{bank.chapter}".lower())
    parts = [
        f'<section class="irs-quiz" aria-labelledby="{base}-title">',
        f'<p class="irs-quiz-title" id="{base}-title"><strong>{html.escape(bank.title)}</strong> '
        f"({len(bank.questions)} questions; choose an answer, then press “Check answer”.)</p>",
    ]
    for number, q in enumerate(bank.questions, start=1):
        qid = f"{base}-{q.id}"
        shown = [opt for _, opt in presented(bank, q)]
        key = next(i for i, opt in enumerate(shown) if opt.correct)
        parts.append(f'<form class="irs-quiz-question" id="{qid}" data-correct="{key}">')
        parts.append(f"<fieldset><legend>{number}. {html.escape(q.question)}</legend>")
        for i, opt in enumerate(shown):
            oid = f"{qid}-{i}"
            parts.append(
                f'<div class="irs-quiz-option"><input type="radio" name="{qid}" id="{oid}" value="{i}">'
                f'<label for="{oid}">{html.escape(opt.text)}</label></div>'
            )
        parts.append("</fieldset>")
        parts.append('<button type="submit" class="irs-quiz-check">Check answer</button>')
        parts.append(f'<div class="irs-quiz-feedback" id="{qid}-feedback" role="status" aria-live="polite"></div>')
        parts.append(
            '<details class="irs-quiz-explanations"><summary>Show the answer and every explanation</summary><ul>'
        )
        for i, opt in enumerate(shown):
            verdict = "Correct" if opt.correct else "Incorrect"
            symbol = "✓" if opt.correct else "✗"
            parts.append(
                f'<li data-option="{i}"><span aria-hidden="true">{symbol}</span> <strong>{verdict}:</strong> '
                f'{html.escape(opt.text)} — <span class="irs-quiz-why">{html.escape(opt.explanation)}</span></li>'
            )
        parts.append("</ul></details></form>")
    parts.append("</section>")
    return "\n".join(parts)


def chapter_objectives(markdown: str) -> list[str]:
    r"""The bullets of a chapter's "Learning objectives" admonition, without the trailing ';' or '.'.

    >>> chapter_objectives("```{admonition} Learning objectives\nBy the end you can:\n\n- do this;\n- do that.\n```")
    ['do this', 'do that']
    """
    match = re.search(r"```\{admonition\} Learning objectives\n(.*?)\n```", markdown, re.S)
    if not match:
        return []
    bullets = re.findall(r"^- (.+(?:\n  .+)*)", match.group(1), re.M)
    return [re.sub(r"\s+", " ", b).strip().rstrip(";.").strip() for b in bullets]
