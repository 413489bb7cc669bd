"""Quiz banks: load and validate the YAML, grade an answer, render a kernel-free HTML quiz."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
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

    @property
    def correct_index(self) -> int:
        return next(i for i, o in enumerate(self.options) if o.correct)


@dataclass(frozen=True)
class QuizBank:
    chapter: str
    title: str
    questions: tuple[Question, ...]
    path: str = ""


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


def parse_bank(data: object, source: str = "<quiz bank>") -> QuizBank:
    """Validate the structure of a loaded bank and turn it into a ``QuizBank``."""
    _mapping(data, source, ("chapter", "title", "questions"))
    chapter = _text(data.get("chapter"), source, "chapter")
    title = _text(data.get("title", "Check your understanding"), source, "title")
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise QuizBankError(f"{source}: 'questions' must be a non-empty list.")
    questions, seen = [], set()
    for number, raw in enumerate(raw_questions, start=1):
        label = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else "?"
        where = f"{source}, question {number} (id '{label}')"
        _mapping(raw, where, ("id", "question", "options"))
        qid = _text(raw.get("id"), where, "id")
        if not _ID.match(qid):
            raise QuizBankError(f"{where}: id must be lowercase words joined by dashes, e.g. 'survey-design'.")
        if qid in seen:
            raise QuizBankError(f"{where}: the id '{qid}' is used twice.")
        seen.add(qid)
        text = _text(raw.get("question"), where, "question")
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
        questions.append(Question(qid, text, tuple(options)))
    return QuizBank(chapter, title, tuple(questions), source)


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
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "book" / "quizzes" / f"{chapter}.yml"
        if candidate.is_file():
            return candidate
    raise QuizBankError(
        f"No quiz bank named '{chapter}.yml' was found in book/quizzes/ above {here}. "
        "Open the notebook from the course folder (exercises/)."
    )


def grade(question: Question, choice: int) -> Answer:
    """Grade the option at index ``choice`` (0 is the first option)."""
    if not isinstance(choice, int) or not 0 <= choice < len(question.options):
        raise QuizBankError(f"Question '{question.id}' has no option number {choice!r}.")
    return Answer(question.options[choice].correct, question.options[choice], question.options[question.correct_index])


def render_static_html(bank: QuizBank, prefix: str = "") -> str:
    """A quiz that works on a static page: radio buttons, a check button, an explanation for every option.

    Without JavaScript the explanations are still available in a disclosure under each question.
    """
    base = re.sub(r"[^a-z0-9-]", "-", f"{prefix}{bank.chapter}".lower())
    parts = [
        f'<section class="irs-quiz" aria-labelledby="{base}-title">',
        f'<p class="irs-quiz-title" id="{base}-title"><strong>{html.escape(bank.title)}</strong> '
        f"({len(bank.questions)} questions; choose an answer, then press “Check answer”.)</p>",
    ]
    for number, q in enumerate(bank.questions, start=1):
        qid = f"{base}-{q.id}"
        parts.append(f'<form class="irs-quiz-question" id="{qid}" data-correct="{q.correct_index}">')
        parts.append(f'<fieldset><legend>{number}. {html.escape(q.question)}</legend>')
        for i, opt in enumerate(q.options):
            oid = f"{qid}-{i}"
            parts.append(
                f'<div class="irs-quiz-option"><input type="radio" name="{qid}" id="{oid}" value="{i}">'
                f'<label for="{oid}">{html.escape(opt.text)}</label></div>'
            )
        parts.append("</fieldset>")
        parts.append('<button type="submit" class="irs-quiz-check">Check answer</button>')
        parts.append(f'<div class="irs-quiz-feedback" id="{qid}-feedback" role="status" aria-live="polite"></div>')
        parts.append('<details class="irs-quiz-explanations"><summary>Show the answer and every explanation</summary><ul>')
        for i, opt in enumerate(q.options):
            verdict = "Correct" if opt.correct else "Incorrect"
            symbol = "✓" if opt.correct else "✗"
            parts.append(
                f'<li data-option="{i}"><span aria-hidden="true">{symbol}</span> <strong>{verdict}:</strong> '
                f'{html.escape(opt.text)} — <span class="irs-quiz-why">{html.escape(opt.explanation)}</span></li>'
            )
        parts.append("</ul></details></form>")
    parts.append("</section>")
    return "\n".join(parts)
