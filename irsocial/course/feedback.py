"""Feedback for exercise checks: one result per task, shown kindly and recorded for tests."""

from __future__ import annotations

import html
from dataclasses import asdict, dataclass

PASSED = "passed"
NOT_YET = "not yet"
NOT_ATTEMPTED = "not attempted"

#: Output-metadata key under which every check records its result in the notebook (tests read it).
METADATA_KEY = "irsocial_check"

_SYMBOLS = {PASSED: "✓", NOT_YET: "✗", NOT_ATTEMPTED: "○"}
_HEADINGS = {PASSED: "Passed", NOT_YET: "Not yet", NOT_ATTEMPTED: "Not attempted yet"}

# Results of this kernel session, in order, for the closing summary.
_SESSION: list["CheckResult"] = []


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


def not_attempted(task: str, what: str = "your answer") -> CheckResult:
    """Record and return a result for a placeholder that has not been replaced yet."""
    return _record(
        CheckResult(
            task,
            NOT_ATTEMPTED,
            f"Replace the ... placeholder with {what} in the cell above, run it, then run this check again.",
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


def choice(task: str, answer, right: str, wrong: dict[str, tuple[str, str]], right_message: str,
           *, noun: str = "choices") -> CheckResult:
    """Check a one-letter answer to a multiple-choice task.

    ``right`` is the best letter and ``right_message`` what a resident who chose it reads;
    ``wrong`` maps every other letter to its ``(message, hint)``. Letters are case-insensitive.

    >>> choice("T", " b ", "B", {"A": ("No.", "Look again."), "C": ("No.", "")}, "Yes.").status
    'passed'
    >>> choice("T", "D", "B", {"A": ("No.", ""), "C": ("No.", "")}, "Yes.").message
    "'D' is not one of the choices."
    """
    letters = sorted([right, *wrong])
    listed = ", ".join(f'"{x}"' for x in letters[:-1]) + f' or "{letters[-1]}"'
    if is_placeholder(answer):
        return not_attempted(task, f"a letter {listed}")
    letter = str(answer).strip().upper()
    if letter == right:
        return passed(task, right_message)
    if letter not in wrong:
        return not_yet(task, f"{answer!r} is not one of the {noun}.", f"Type {listed}, in quotes.")
    message, hint = wrong[letter]
    return not_yet(task, message, hint)


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


def summary() -> Summary:
    """The results of every check run in this session (the latest result per task)."""
    return Summary(tuple(_SESSION))


def reset() -> None:
    """Forget the results of this session (used by tests)."""
    _SESSION.clear()
