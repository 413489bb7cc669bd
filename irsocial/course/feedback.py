"""Feedback for exercise checks: one result per task, shown kindly and recorded for tests.

Each kind of answer has one helper, so a chapter's check states only what is right and the hint:
``choice`` (a letter), ``number`` (a value within a tolerance or a range; "12", "0.05" and "5%" are
read kindly), ``yes_no`` (True/False or yes/no), ``key_terms`` (free text that must keep some words,
each with its synonyms), ``items`` (a list compared as a set) and ``not_text`` (text in quotes).
Every helper answers the ``...`` placeholder with "not attempted".
"""

from __future__ import annotations

import html
import numbers
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass

PASSED = "passed"
NOT_YET = "not yet"
NOT_ATTEMPTED = "not attempted"

#: Output-metadata key under which every check records its result in the notebook (tests read it).
METADATA_KEY = "irsocial_check"

_SYMBOLS = {PASSED: "✓", NOT_YET: "✗", NOT_ATTEMPTED: "○"}
_HEADINGS = {PASSED: "Passed", NOT_YET: "Not yet", NOT_ATTEMPTED: "Not attempted yet"}

# Results of this kernel session, in order, for the closing summary.
_SESSION: list[CheckResult] = []


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one exercise check."""

    task: str
    status: str
    message: str
    hint: str = ""

    @property
    def passed(self) -> bool:
        return self.status == PASSED

    def as_text(self) -> str:
        lines = [f"{_SYMBOLS[self.status]} {self.task} — {_HEADINGS[self.status]}: {self.message}"]
        if self.hint:
            lines.append(f"  Hint: {self.hint}")
        return "\n".join(lines)

    def as_html(self) -> str:
        hint = f'<p class="irs-hint"><strong>Hint:</strong> {html.escape(self.hint)}</p>' if self.hint else ""
        css = self.status.replace(" ", "-")
        return (
            f'<div class="irs-check irs-{css}" role="status">'
            f'<p><span aria-hidden="true">{_SYMBOLS[self.status]}</span> '
            f"<strong>{html.escape(self.task)} — {_HEADINGS[self.status]}.</strong> "
            f"{html.escape(self.message)}</p>{hint}</div>"
        )

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"text/plain": self.as_text(), "text/html": self.as_html()}
        return data, {METADATA_KEY: asdict(self)}


def _record(result: CheckResult) -> CheckResult:
    _SESSION[:] = [r for r in _SESSION if r.task != result.task]
    _SESSION.append(result)
    return result


def passed(task: str, message: str) -> CheckResult:
    """Record and return a passing result."""
    return _record(CheckResult(task, PASSED, message))


def not_yet(task: str, message: str, hint: str = "") -> CheckResult:
    """Record and return a result that says what is still wrong, with a hint."""
    return _record(CheckResult(task, NOT_YET, message, hint))


def _failure_above() -> str | None:
    """The plain sentence for the cell above, if it failed (see ``irsocial.course.friendly``); else None."""
    try:
        from irsocial.course.friendly import last_failure
    except ImportError:  # pragma: no cover
        return None
    return last_failure()


def not_attempted(task: str, what: str = "your answer") -> CheckResult:
    """Record and return a result for an answer not given yet.

    If the resident did try but the cell above failed (a missing quote, ``true``), the result says
    so instead: never "not attempted" after an attempt.

    >>> not_attempted("T", "a letter").message
    'No answer yet when this cell ran. Give a letter in the answer box above, then press its Check button (or run this cell again).'
    """
    failure = _failure_above()
    if failure:
        return _record(
            CheckResult(
                task,
                NOT_YET,
                f"The cell above did not run: {failure}",
                "Fix it, run that cell again, then run this check.",
            )
        )
    return _record(
        CheckResult(
            task,
            NOT_ATTEMPTED,
            f"No answer yet when this cell ran. Give {what} in the answer box above, then press its Check button "
            "(or run this cell again).",
        )
    )


def is_placeholder(value: object) -> bool:
    """True for the placeholder ``...`` (or a string still saying "..." or nothing).

    >>> is_placeholder(...), is_placeholder("..."), is_placeholder("IR resident")
    (True, True, False)
    """
    if value is Ellipsis or value is None:
        return True
    if isinstance(value, str):
        return value.strip() in ("", "...", "…")
    if isinstance(value, (list, tuple, dict, set)):
        return len(value) == 0 or all(is_placeholder(v) for v in value)
    return False


def choice(
    task: str, answer, right: str, wrong: dict[str, tuple[str, str]], right_message: str, *, noun: str = "choices"
) -> CheckResult:
    """Check a one-letter answer to a multiple-choice task.

    ``right`` is the best letter and ``right_message`` what a resident who chose it reads;
    ``wrong`` maps every other letter to its ``(message, hint)``. Letters are case-insensitive.

    >>> choice("T", " b ", "B", {"A": ("No.", "Look again."), "C": ("No.", "")}, "Yes.").status
    'passed'
    >>> choice("T", "D", "B", {"A": ("No.", ""), "C": ("No.", "")}, "Yes.").message
    '"D" is not one of the choices.'
    """
    letters = sorted([right, *wrong])
    listed = ", ".join(f'"{x}"' for x in letters[:-1]) + f' or "{letters[-1]}"'
    if is_placeholder(answer):
        return not_attempted(task, f"a letter {listed}")
    letter = str(answer).strip().upper()
    if letter == right:
        return passed(task, right_message)
    if letter not in wrong:
        return not_yet(task, f"{quoted(answer)} is not one of the {noun}.", f"Choose {listed}.")
    message, hint = wrong[letter]
    return not_yet(task, message, hint)


def quoted(answer) -> str:
    """What the resident typed, for a message: text in quotation marks, anything else as written (no repr).

    >>> print(quoted("x"), quoted(12), quoted(True))
    "x" 12 True
    """
    return f'"{answer}"' if isinstance(answer, str) else str(answer)


def _said(message, value) -> str:
    """A message that may depend on the answer: plain text, or a function of the value."""
    return message(value) if callable(message) else message


def not_text(task: str, answer, what: str = "your text") -> CheckResult | None:
    """The result for an answer that is not text yet (a placeholder, or no quotes); ``None`` once it is text.

    >>> not_text("T", ...).status, not_text("T", 42).message, not_text("T", "Thanks!")
    ('not attempted', 'This must be text in quotes.', None)
    """
    if is_placeholder(answer):
        return not_attempted(task, what)
    if not isinstance(answer, str):
        return not_yet(task, "This must be text in quotes.", 'Put it between quotes: "like this".')
    return None


# ---------------------------------------------------------------------------------------- numbers

_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")


def read_number(answer) -> tuple[float, str] | None:
    """Read a number kindly: ``12``, ``0.05``, or text such as ``"12"``, ``"5%"``, ``"1,200"``.

    Returns the value and, for text, a sentence saying how it was read ("" for a plain number);
    ``None`` when it is not a number. A percent sign divides by 100. True and False are not numbers.

    >>> read_number(12), read_number("5%"), read_number("1,200"), read_number("twelve")
    ((12, ''), (0.05, 'I read "5%" as the number 0.05.'), (1200, 'I read "1,200" as the number 1200.'), None)
    """
    if isinstance(answer, bool):
        return None
    if isinstance(answer, numbers.Real):
        return None if answer != answer else (answer, "")  # NaN is not an answer
    if not isinstance(answer, str):
        return None
    text = answer.strip().replace("\u2212", "-")
    percent = text.endswith("%")
    text = text.rstrip("%").strip()
    if _THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    if percent:
        value = round(value / 100, 12)
    if value == int(value) and not percent and "." not in text and "e" not in text.lower():
        value = int(value)
    return value, f"I read {quoted(answer)} as the number {_show(value)}."


def _show(value: float) -> str:
    """A number as a resident would write it: 12, 0.05, 1200 (no trailing .0, no exponent)."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6f}".rstrip("0")


def number(
    task: str,
    answer,
    right: float | Callable[[float], bool],
    right_message: str | Callable[[float], str],
    *,
    hint: str = "",
    tolerance: float = 0.0,
    whole: bool = False,
    wrong: Sequence[tuple[float | Callable[[float], bool], str | Callable[[float], str], str]] = (),
    wrong_message: str | Callable[[float], str] | None = None,
    what: str = "a number",
) -> CheckResult:
    """Check a number: right within ``tolerance`` of ``right`` (or wherever ``right(value)`` is true).

    The answer may be an int or a float, or text such as ``"12"``, ``"0.05"`` or ``"5%"``; text is
    read kindly and the message says how it was read. ``whole=True`` asks for a whole number.
    ``wrong`` lists known mistakes, each ``(value or test, message, hint)``, tried in order after
    ``right``; any other number gets ``wrong_message`` (default: it "is not the answer yet") and
    ``hint``. A message may be a function of the value, for feedback that quotes it.

    >>> number("T", "5%", 0.05, "Yes: one in twenty.").message
    'I read "5%" as the number 0.05. Yes: one in twenty.'
    >>> r = number("T", 0.4, 12, "Yes.", wrong=[(lambda v: 0 < v < 1, "That looks like a share.", "Count people.")])
    >>> r.status, r.message, r.hint
    ('not yet', 'That looks like a share.', 'Count people.')
    >>> number("T", "twelve", 12, "Yes.").message
    '"twelve" is not a number.'
    """
    if is_placeholder(answer):
        return not_attempted(task, what)
    reading = read_number(answer)
    if reading is None:
        example = "a whole number, such as 12" if whole else "just the number, such as 12, 0.05 or 5%"
        return not_yet(task, f"{quoted(answer)} is not a number.", f"Type {example}.")
    value, understood = reading
    prefix = understood + " " if understood else ""
    if whole and value == int(value):
        value = int(value)
    is_right = right(value) if callable(right) else abs(value - right) <= tolerance + 1e-9 * max(1, abs(right))
    if is_right and not (whole and value != int(value)):
        return passed(task, prefix + _said(right_message, value))
    for when, message, mistake_hint in wrong:
        if when(value) if callable(when) else value == when:
            return not_yet(task, prefix + _said(message, value), mistake_hint)
    if whole and value != int(value):
        return not_yet(task, f"{prefix}{_show(value)} is not a whole number.", "Type a whole number, such as 12.")
    message = _said(wrong_message, value) if wrong_message else f"{_show(value)} is not the answer yet."
    return not_yet(task, prefix + message, hint)


# ---------------------------------------------------------------------------------------- yes/no

_YES = {"yes", "y", "true"}
_NO = {"no", "n", "false"}


def read_yes_no(answer) -> bool | None:
    """Read a yes/no answer: True/False, or "yes"/"no", "true"/"false", "y"/"n" in any case; else None.

    >>> read_yes_no(True), read_yes_no(" Yes "), read_yes_no("n"), read_yes_no("maybe")
    (True, True, False, None)
    """
    if isinstance(answer, bool):
        return answer
    if isinstance(answer, str):
        word = answer.strip().lower()
        return True if word in _YES else False if word in _NO else None
    return None


def yes_no(
    task: str,
    answer,
    right: bool,
    right_message: str,
    wrong_message: str,
    hint: str = "",
    *,
    what: str = "True or False",
) -> CheckResult:
    """Check a yes/no answer against ``right``; the resident may write True/False or yes/no.

    ``wrong_message`` and ``hint`` say why the other answer is not right and where to look.

    >>> yes_no("T", "yes", True, "Right: it excludes zero.", "Look again.").status
    'passed'
    >>> r = yes_no("T", False, True, "Right.", "The interval is 3 to 9.", "Does it include 0?")
    >>> r.status, r.message, r.hint
    ('not yet', 'The interval is 3 to 9.', 'Does it include 0?')
    >>> yes_no("T", "perhaps", True, "Right.", "No.").message
    '"perhaps" is not yes or no.'
    """
    if is_placeholder(answer):
        return not_attempted(task, what)
    said = read_yes_no(answer)
    if said is None:
        return not_yet(task, f"{quoted(answer)} is not yes or no.", "Choose Yes or No (or write True or False).")
    if said == right:
        return passed(task, right_message)
    return not_yet(task, wrong_message, hint)


# ------------------------------------------------------------------------------- key terms in text

Term = str | tuple[str, ...]


def _plain_list(words: Sequence[str]) -> str:
    """Words joined as in a sentence: "a", "a and b", "a, b and c"."""
    words = list(words)
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def missing_key_terms(text: str, terms: Iterable[Term] | Mapping[str, Term]) -> list[str]:
    """The key terms ``text`` does not contain, each named once in plain words.

    A term is a word or phrase, or a tuple of synonyms (any one will do), named by its first
    spelling; or pass a mapping from a plain name to its synonyms. Case does not matter, and a
    term matches at the start of a word: "fibroid" finds "fibroids", "arm" does not find "harm".

    >>> missing_key_terms("The fibroids shrink; you go home the same day.", ["fibroid", ("womb", "uterus"), "same day"])
    ['womb']
    >>> missing_key_terms("Treated through the groin.", {"where the tube goes in": ("wrist", "groin"), "the prostate": "prostate"})
    ['the prostate']
    """
    low = text.lower()

    def found(word: str) -> bool:
        return re.search(r"(?<![a-z0-9])" + re.escape(word.lower()), low) is not None

    named = terms.items() if isinstance(terms, Mapping) else ((t if isinstance(t, str) else t[0], t) for t in terms)
    missing = []
    for name, term in named:
        synonyms = (term,) if isinstance(term, str) else tuple(term)
        if not any(found(s) for s in synonyms) and name not in missing:
            missing.append(name)
    return missing


def key_terms(
    task: str,
    answer,
    terms: Iterable[Term] | Mapping[str, Term],
    right_message: str,
    hint: str = "",
    *,
    what: str = "your text",
    missing: str = "Still missing",
) -> CheckResult:
    """Check free text for required key terms (each a word, or a tuple of synonyms; see ``missing_key_terms``).

    Missing terms are named in plain words, once each, after ``missing``.

    >>> key_terms("T", "Coils across the neck, distal only.", ["neck", "distal", "proximal"], "Kept.").message
    'Still missing: proximal.'
    >>> key_terms("T", "Home the same day, no surgery.", [("without surgery", "no surgery")], "Kept.").status
    'passed'
    """
    early = not_text(task, answer, what)
    if early:
        return early
    lost = missing_key_terms(answer, terms)
    if lost:
        return not_yet(task, f"{missing}: {_plain_list(lost)}.", hint)
    return passed(task, right_message)


# ---------------------------------------------------------------------------------- lists of items


def _normal(item) -> str:
    return " ".join(str(item).split()).lower()


def items(
    task: str,
    answer,
    right: Iterable,
    right_message: str,
    hint: str = "",
    *,
    what: str = "a list of items",
    noun: str = "items",
) -> CheckResult:
    """Check a list of items against the right ones, in any order (case and spacing do not matter).

    Missing and extra items are named. Text with commas counts as a list ("a, b").

    >>> items("T", ["Goals", "audience"], ["goals", "audience"], "All there.").status
    'passed'
    >>> items("T", ["goals", "likes"], ["goals", "audience"], "All there.").message
    'Missing: audience. Not among the items: likes.'
    """
    if is_placeholder(answer):
        return not_attempted(task, what)
    if isinstance(answer, str):
        answer = answer.split(",")
    if not isinstance(answer, (list, tuple, set, frozenset)):
        return not_yet(task, f"Give {what}.", 'Write it in square brackets, like ["a", "b"].')
    given = {_normal(a): str(a).strip() for a in answer if not is_placeholder(a)}
    wanted = {_normal(r): str(r) for r in right}
    lacking = [wanted[k] for k in wanted if k not in given]
    extra = [given[k] for k in given if k not in wanted]
    if not lacking and not extra:
        return passed(task, right_message)
    parts = ([f"Missing: {_plain_list(lacking)}."] if lacking else []) + (
        [f"Not among the {noun}: {_plain_list(extra)}."] if extra else []
    )
    return not_yet(task, " ".join(parts), hint)


@dataclass(frozen=True)
class Summary:
    """All checks run so far in this session."""

    results: tuple[CheckResult, ...]

    def counts(self) -> dict[str, int]:
        return {s: sum(r.status == s for r in self.results) for s in (PASSED, NOT_YET, NOT_ATTEMPTED)}

    def as_text(self) -> str:
        if not self.results:
            return "No checks have run yet: run the notebook from the top."
        c = self.counts()
        head = f"{c[PASSED]} passed, {c[NOT_YET]} not yet, {c[NOT_ATTEMPTED]} not attempted."
        return "\n".join([head] + [f"{_SYMBOLS[r.status]} {r.task}: {_HEADINGS[r.status]}" for r in self.results])

    def as_html(self) -> str:
        if not self.results:
            return f"<p>{html.escape(self.as_text())}</p>"
        rows = "".join(
            f"<tr><td>{html.escape(r.task)}</td><td><span aria-hidden='true'>{_SYMBOLS[r.status]}</span> "
            f"{_HEADINGS[r.status]}</td></tr>"
            for r in self.results
        )
        c = self.counts()
        return (
            f'<table class="irs-summary"><caption>Your checks: {c[PASSED]} passed, {c[NOT_YET]} not yet, '
            f"{c[NOT_ATTEMPTED]} not attempted</caption><thead><tr><th scope='col'>Task</th>"
            f"<th scope='col'>Result</th></tr></thead><tbody>{rows}</tbody></table>"
        )

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/plain": self.as_text(), "text/html": self.as_html()}


def _task_order(result: CheckResult) -> tuple[int, float]:
    """Tasks in their notebook order ("Task 2" before "Task 10"); others after, as they ran."""
    found = re.match(r"\s*Task\s+(\d+)", result.task)
    return (0, int(found.group(1))) if found else (1, 0)


def summary() -> Summary:
    """The results of every check run in this session (the latest result per task), in task order.

    >>> reset(); _ = passed("Task 2: b", "ok"); _ = passed("Task 10: c", "ok"); _ = passed("Task 1: a", "ok")
    >>> [r.task for r in summary().results]
    ['Task 1: a', 'Task 2: b', 'Task 10: c']
    >>> reset()
    """
    return Summary(tuple(sorted(_SESSION, key=_task_order)))


def reset() -> None:
    """Forget the results of this session (used by tests)."""
    _SESSION.clear()
