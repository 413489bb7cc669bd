"""Answer widgets: a resident answers with buttons, a dropdown or a text box, never Python syntax.

Each widget shows a control, its own **Check** button and a feedback area. Whatever the resident
chooses or types is also stored in the notebook under the answer's name (``user_ns[name]``), so the
check cell below still works when run, and a plain assignment (the folded solution) still answers
the task. Until the resident answers, the name holds the placeholder ``...`` ("not attempted").
Re-running the cell restores the control from the name's current value.

Use in a notebook (``from irsocial.course.widgets import ask``)::

    ask.choice("best_reply_to_message", ["A", "B", "C"], check=check.patient_message)
    ask.number("share_probability", unit="%", check=check.chosen_probability)
    ask.text("my_bio", rows=3, check=lambda v: check.own_bio(my_name, v, industry_ties))

Outside a kernel (plain Python, tests) the values live in a module-level dictionary instead.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as w

from irsocial.course.widgets.base import StaticAwareBox

__all__ = ["choice", "yes_no", "number", "text", "tags", "pick", "letters", "several", "scores", "form", "Answer"]

_FALLBACK: dict[str, Any] = {}  # the namespace outside IPython
_LIVE: dict[str, Answer] = {}  # the latest widget for each name, in the order they were shown


def live_answers() -> dict[str, Answer]:
    """The answer widgets made in this session, latest per name, in the order they were made (for tests)."""
    return dict(_LIVE)


def namespace() -> dict[str, Any]:
    """Where answers are stored: the notebook's own variables, or a plain dictionary outside IPython."""
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except ImportError:  # pragma: no cover - IPython comes with ipywidgets
        shell = None
    return shell.user_ns if shell is not None else _FALLBACK


def _pairs(options: Sequence) -> list[tuple[str, Any]]:
    """Options as (label, value): a plain item is its own label."""
    return [tuple(o) if isinstance(o, (tuple, list)) and len(o) == 2 else (str(o), o) for o in options]


_EDGES = {"passed": "#1a7f37", "not yet": "#b3261e", "not attempted": "#7a5c00"}


def _framed(feedback_html: str, status: str) -> str:
    """Feedback with a coloured edge and readable line height, also where the site's stylesheet is absent
    (JupyterLab, Colab); the words and symbols (✓ Passed, ✗ Not yet) carry the meaning, not the colour."""
    edge = _EDGES.get(status, "#555")
    return (
        f'<div style="line-height: 1.45; border-left: 5px solid {edge}; padding: 0.3em 0.75em; '
        f'margin: 0.25em 0; white-space: normal">{feedback_html}</div>'
    )


_CHECK_FAILED = (
    "The check could not run: some cells above have not run yet. "
    "Run them from the top (Run ▸ Run All Cells), then press Check again."
)


class Answer(StaticAwareBox):
    """One answer: a control, a Check button and a feedback area; the value lives under ``name``."""

    kind = "answer"

    def __init__(
        self,
        name: str,
        control: w.Widget,
        *,
        check: Callable[[Any], Any] | None = None,
        label: str = "",
        static_html: str = "",
        button: str = "Check",
        start: Any = ...,
    ):
        self.name = name
        self.check_function = check
        self.control = control
        self.feedback = w.HTML(layout=w.Layout(width="100%"))
        self.button = w.Button(
            description=button,
            tooltip=f"{button}: {label or name}",
            button_style="primary",
            layout=w.Layout(width="auto", align_self="flex-start"),
        )
        self.button.on_click(lambda _b: self.check())
        ns = namespace()
        if name not in ns:
            ns[name] = start
        if ns[name] is not ...:
            self.restore(ns[name])
        parts: list[w.Widget] = []
        if label:
            parts.append(w.HTML(f"<p><strong>{html.escape(label)}</strong></p>"))
        parts.append(control)
        if check is not None:
            parts += [self.button, self.feedback]
        static = static_html or f"<p><em>Your answer ({html.escape(self.kind)}) goes here in the notebook.</em></p>"
        super().__init__(
            parts, static_html=static, summary=f"Answer box: {name}", launch_note=False, layout=w.Layout(width="100%")
        )
        self.add_class("irs-answer")
        self.add_class(f"irs-answer-{name}")  # for the browser tests and for styling
        _LIVE.pop(name, None)
        _LIVE[name] = self

    # the parts each kind of answer defines -----------------------------------------------------------
    def read(self) -> Any:
        """The control's value as an answer, or ``...`` when nothing is chosen or typed."""
        raise NotImplementedError

    def restore(self, value: Any) -> None:
        """Show ``value`` in the control, if it is one the control can show (else leave it empty)."""

    # shared behaviour -------------------------------------------------------------------------------
    @property
    def value(self) -> Any:
        return namespace().get(self.name, ...)

    def store(self, *_args) -> Any:
        """Put the control's answer into the notebook under ``name`` (what every change does)."""
        value = self.read()
        namespace()[self.name] = value
        try:  # an answer given here replaces whatever failed in a typed cell before
            from irsocial.course.friendly import forget

            forget()
        except ImportError:  # pragma: no cover
            pass
        return value

    def check(self):
        """Store the answer, run the check and show its feedback (what pressing Check does)."""
        value = self.store()
        try:
            result = self.check_function(value)
        except Exception:  # a cell above has not run (NameError) or a check needs earlier answers
            self.feedback.value = _framed(
                f'<div class="irs-check irs-not-yet" role="status"><p>{html.escape(_CHECK_FAILED)}</p></div>', "not yet"
            )
            return None
        if hasattr(result, "as_html"):
            self.feedback.value = _framed(result.as_html(), getattr(result, "status", ""))
        else:
            self.feedback.value = f"<pre style='line-height: 1.4'>{html.escape(str(result))}</pre>"
        return result

    def answer(self, value: Any):
        """Set the control as a resident would, press Check and return the result (for tests)."""
        self.restore(value)
        self.store()
        return self.check() if self.check_function else None


class _Buttons(w.HBox):
    """A row of native buttons of which one is chosen (✓ and a colour mark it): Tab, then Space or Enter."""

    def __init__(self, options: Sequence, on_change: Callable[[], None], *, width: str = "auto"):
        self.pairs = _pairs(options)
        self.value: Any = None
        self._on_change = on_change
        self.buttons = []
        for label, value in self.pairs:
            b = w.Button(description=label, tooltip=label, layout=w.Layout(width=width, height="auto"))
            b.on_click(lambda _b, v=value: self.choose(v))
            self.buttons.append(b)
        super().__init__(self.buttons, layout=w.Layout(flex_flow="row wrap"))

    def choose(self, value: Any, notify: bool = True) -> None:
        self.value = value
        for (label, v), b in zip(self.pairs, self.buttons, strict=True):
            chosen = v == value and value is not None
            b.description = f"✓ {label}" if chosen else label
            b.button_style = "info" if chosen else ""
        if notify:
            self._on_change()


class ChoiceAnswer(Answer):
    kind = "a choice"

    def __init__(self, name, options, *, check=None, label="", rows: bool = False, button: str = "Check"):
        self.rows = rows
        if rows:  # long options: one button per row with the text wrapping beside it
            self.choices = _Buttons([(str(v), v) for _, v in _pairs(options)], self.store, width="4em")
            texts = [
                w.HTML(f"<span>{html.escape(lab)}</span>", layout=w.Layout(flex="1 1 auto", width="auto"))
                for lab, _ in _pairs(options)
            ]
            control = w.VBox(
                [
                    w.HBox([b, t], layout=w.Layout(align_items="flex-start"))
                    for b, t in zip(self.choices.buttons, texts, strict=True)
                ]
            )
        else:
            self.choices = _Buttons(options, self.store)
            control = self.choices
        listed = " · ".join(html.escape(lab) for lab, _ in _pairs(options))
        super().__init__(
            name,
            control,
            check=check,
            label=label,
            button=button,
            static_html=f"<p><em>In the notebook you choose here: {listed}.</em></p>",
        )

    def read(self):
        return ... if self.choices.value is None else self.choices.value

    def restore(self, value):
        if isinstance(value, str):
            value = next((v for _, v in self.choices.pairs if str(v).lower() == value.strip().lower()), None)
        if any(v == value for _, v in self.choices.pairs) and not isinstance(value, type(...)):
            self.choices.choose(value, notify=False)


class YesNoAnswer(ChoiceAnswer):
    kind = "yes or no"

    def __init__(self, name, *, check=None, label="", yes: str = "Yes", no: str = "No"):
        super().__init__(name, [(yes, True), (no, False)], check=check, label=label)

    def restore(self, value):
        from irsocial.course.feedback import read_yes_no

        said = read_yes_no(value)
        if said is not None:
            self.choices.choose(said, notify=False)


class TextAnswer(Answer):
    kind = "text"

    def __init__(
        self,
        name,
        *,
        check=None,
        label="",
        rows: int = 4,
        placeholder: str = "",
        prefill: str = "",
        as_list: bool = False,
        number: bool = False,
        unit: str = "",
        tags: bool = False,
        empty: Any = ...,
        start: Any = ...,
        button: str = "Check",
    ):
        self.as_list = as_list
        self.number = number
        self.tags = tags
        self.empty = empty
        if rows > 1:
            box = w.Textarea(
                value=prefill,
                placeholder=placeholder or "Type here",
                layout=w.Layout(width="95%", height=f"{1.6 * rows + 0.6:.1f}em"),
            )
        else:
            box = w.Text(
                value=prefill,
                placeholder=placeholder or ("a number" if number else "Type here"),
                layout=w.Layout(width="16em" if number else "95%"),
            )
        self.box = box
        box.observe(self.store, names="value")
        control = w.HBox([box, w.HTML(html.escape(unit))]) if unit else box
        what = "a number" if number else ("a list, one item per line" if as_list else "your text")
        super().__init__(
            name,
            control,
            check=check,
            label=label,
            start=start,
            button=button,
            static_html=f"<p><em>In the notebook you type {what} in a box here.</em></p>",
        )
        self._prefill = prefill
        if prefill and self.value is ...:
            pass  # the prefilled draft is not an answer until the resident changes it or presses Check

    def read(self):
        text = self.box.value
        if self.as_list:
            parts = [p.strip() for p in text.splitlines()]
            parts = [p for p in parts if p]
            return parts or self.empty
        if not text.strip():
            return self.empty
        if self.number:
            plain = text.strip()
            if re.fullmatch(r"[+-]?\d+", plain):
                return int(plain)
            if re.fullmatch(r"[+-]?\d*\.\d+", plain):
                return float(plain)
            return plain  # "5%", "1,200": the check reads it kindly and says how
        if self.tags:
            return [t for t in re.split(r"[\s,;]+", text) if t] or self.empty
        return text

    def store(self, *_args):
        if self._prefill_untouched():
            namespace()[self.name] = ...
            return ...
        return super().store()

    def _prefill_untouched(self) -> bool:
        return (
            bool(getattr(self, "_prefill", ""))
            and self.box.value == self._prefill
            and not getattr(self, "_pressed", False)
        )

    def check(self):
        self._pressed = True
        return super().check()

    def restore(self, value):
        if (self.as_list or self.tags) and isinstance(value, (list, tuple)):
            self.box.value = ("\n" if self.as_list else " ").join(str(v) for v in value)
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            self.box.value = str(value)


class PickAnswer(Answer):
    kind = "a pick from a list"

    def __init__(self, name, options, *, check=None, label="", prompt: str = "Choose…", button: str = "Check"):
        self.pairs = _pairs(options)
        self.dropdown = w.Dropdown(
            options=[(prompt, None), *self.pairs], value=None, layout=w.Layout(width="auto", max_width="95%")
        )
        self.dropdown.observe(self.store, names="value")
        listed = ", ".join(html.escape(lab) for lab, _ in self.pairs)
        super().__init__(
            name,
            self.dropdown,
            check=check,
            label=label,
            button=button,
            static_html=f"<p><em>In the notebook you pick one of: {listed}.</em></p>",
        )

    def read(self):
        return ... if self.dropdown.value is None else self.dropdown.value

    def restore(self, value):
        for _, v in self.pairs:
            if v == value or (isinstance(v, str) and isinstance(value, str) and v.lower() == value.strip().lower()):
                self.dropdown.value = v


class SeveralAnswer(Answer):
    kind = "several choices"

    def __init__(self, name, options, *, check=None, label="", as_tuple: bool = False):
        self.pairs = _pairs(options)
        self.as_tuple = as_tuple
        self.boxes = [
            w.Checkbox(value=False, description=lab, indent=False, layout=w.Layout(width="auto"))
            for lab, _ in self.pairs
        ]
        for b in self.boxes:
            b.observe(self.store, names="value")
        listed = ", ".join(html.escape(lab) for lab, _ in self.pairs)
        super().__init__(
            name,
            w.HBox(self.boxes, layout=w.Layout(flex_flow="row wrap")),
            check=check,
            label=label,
            static_html=f"<p><em>In the notebook you tick boxes here: {listed}.</em></p>",
        )

    def read(self):
        chosen = [v for (_, v), b in zip(self.pairs, self.boxes, strict=True) if b.value]
        if not chosen:
            return ...
        return tuple(chosen) if self.as_tuple else chosen

    def restore(self, value):
        if isinstance(value, (list, tuple, set)):
            for (_, v), b in zip(self.pairs, self.boxes, strict=True):
                b.value = v in value


class LettersAnswer(Answer):
    kind = "a path of letters"

    def __init__(self, name, options, *, check=None, label="", steps: int = 2, step_labels: Sequence[str] = ()):
        self.rows = [_Buttons(options, self.store, width="4em") for _ in range(steps)]
        labels = list(step_labels) or [f"Step {i}" for i in range(1, steps + 1)]
        control = w.VBox(
            [
                w.HBox([w.HTML(f"<strong>{html.escape(t)}</strong>", layout=w.Layout(width="12em")), r])
                for t, r in zip(labels, self.rows, strict=True)
            ]
        )
        super().__init__(
            name,
            control,
            check=check,
            label=label,
            static_html=f"<p><em>In the notebook you choose one letter for each of {steps} steps here.</em></p>",
        )

    def read(self):
        chosen = [r.value for r in self.rows]
        given = [c for c in chosen if c is not None]
        return given or ...

    def restore(self, value):
        if isinstance(value, str):
            value = [p for p in value.replace(",", " ").split() if p]
        if isinstance(value, (list, tuple)) and len(value) == len(self.rows):
            for r, v in zip(self.rows, value, strict=True):
                if isinstance(v, str):
                    r.choose(v.strip().upper(), notify=False)


class ScoresAnswer(Answer):
    kind = "a score per line"

    def __init__(
        self,
        name,
        rows: dict[str, Sequence],
        *,
        check=None,
        label="",
        as_list: bool = False,
        row_labels: dict[str, str] | None = None,
    ):
        self.score_keys = list(rows)
        self.as_list = as_list
        labels = row_labels or {}
        self.rows = {k: _Buttons(opts, self.store, width="3.5em") for k, opts in rows.items()}
        control = w.VBox(
            [
                w.HBox([w.HTML(html.escape(labels.get(k, k)), layout=w.Layout(width="16em")), r])
                for k, r in self.rows.items()
            ]
        )
        super().__init__(
            name,
            control,
            check=check,
            label=label,
            static_html=f"<p><em>In the notebook you choose a score for each of: {html.escape(', '.join(labels.get(k, k) for k in self.score_keys))}.</em></p>",
        )

    def read(self):
        chosen = {k: (r.value if r.value is not None else ...) for k, r in self.rows.items()}
        if all(v is ... for v in chosen.values()):
            return ...
        return list(chosen.values()) if self.as_list else chosen

    def restore(self, value):
        if isinstance(value, dict):
            pairs = value.items()
        elif isinstance(value, (list, tuple)) and len(value) == len(self.score_keys):
            pairs = zip(self.score_keys, value, strict=True)
        else:
            return
        for k, v in pairs:
            if k in self.rows and any(v == x for _, x in self.rows[k].pairs):
                self.rows[k].choose(v, notify=False)


# ---------------------------------------------------------------------------------- the public calls


def choice(
    name: str, options: Sequence, *, check=None, label: str = "", rows: bool = False, button: str = "Check"
) -> ChoiceAnswer:
    """Buttons for a choice among a few options (letters, or ``(label, value)`` pairs).

    ``rows=True`` puts each long option on its own row, its text wrapping beside its button.

    >>> a = choice("demo_letter", ["A", "B", "C"]); a.value
    Ellipsis
    >>> a.answer("b"); a.value
    'B'
    """
    return ChoiceAnswer(name, options, check=check, label=label, rows=rows, button=button)


def yes_no(name: str, *, check=None, label: str = "", yes: str = "Yes", no: str = "No") -> YesNoAnswer:
    """Two buttons, Yes and No; the answer stored is True or False.

    >>> a = yes_no("demo_yes"); a.answer(False); a.value
    False
    """
    return YesNoAnswer(name, check=check, label=label, yes=yes, no=no)


def number(name: str, *, check=None, label: str = "", unit: str = "", placeholder: str = "") -> TextAnswer:
    """A box for a number; the text typed ("5%", "0.05", "233") is stored as typed and the check reads it.

    >>> a = number("demo_number"); a.answer("5%"); a.value
    '5%'
    >>> a.answer("233"); a.value
    233
    """
    return TextAnswer(name, check=check, label=label, rows=1, number=True, unit=unit, placeholder=placeholder)


def text(
    name: str,
    *,
    check=None,
    label: str = "",
    rows: int = 4,
    placeholder: str = "",
    prefill: str = "",
    as_list: bool = False,
    empty: Any = ...,
    start: Any = ...,
) -> TextAnswer:
    """A text area for a draft, a bio or alt text; ``as_list=True`` reads one item per line.

    ``prefill`` starts the box with a draft to edit; it is not an answer until changed or checked.
    ``empty`` is the answer for an empty box once checked (e.g. ``[]`` for "no industry ties");
    ``start`` is the value the name holds before any answer (default ``...``, "not attempted").

    >>> a = text("demo_items", as_list=True); a.answer(["goals", "audience"]); a.value
    ['goals', 'audience']
    """
    return TextAnswer(
        name,
        check=check,
        label=label,
        rows=rows,
        placeholder=placeholder,
        prefill=prefill,
        as_list=as_list,
        empty=empty,
        start=start,
    )


def tags(name: str, *, check=None, label: str = "", placeholder: str = "#IRad #TACE") -> TextAnswer:
    """A box for a few tags or words, separated by spaces or commas; the answer is their list.

    >>> a = tags("demo_tags"); a.box.value = "#IRad, #TACE"; a.value
    ['#IRad', '#TACE']
    """
    return TextAnswer(name, check=check, label=label, rows=1, placeholder=placeholder, tags=True)


def pick(
    name: str, options: Sequence, *, check=None, label: str = "", prompt: str = "Choose…", button: str = "Check"
) -> PickAnswer:
    """A dropdown to pick one option (a platform, a post, an account).

    >>> a = pick("demo_pick", ["x", "bluesky"]); a.answer("x"); a.value
    'x'
    """
    return PickAnswer(name, options, check=check, label=label, prompt=prompt, button=button)


def several(name: str, options: Sequence, *, check=None, label: str = "", as_tuple: bool = False) -> SeveralAnswer:
    """Tick boxes for choosing several options; the answer is the list of the ticked values.

    >>> a = several("demo_several", ["x", "bluesky", "mastodon"]); a.answer(["x", "mastodon"]); a.value
    ['x', 'mastodon']
    """
    return SeveralAnswer(name, options, check=check, label=label, as_tuple=as_tuple)


def letters(
    name: str, options: Sequence, *, check=None, label: str = "", steps: int = 2, step_labels: Sequence[str] = ()
) -> LettersAnswer:
    """One row of letter buttons per step of a path; the answer is the list of letters, e.g. ["A", "C"].

    >>> a = letters("demo_path", ["A", "B", "C"]); a.answer("A, C"); a.value
    ['A', 'C']
    """
    return LettersAnswer(name, options, check=check, label=label, steps=steps, step_labels=step_labels)


def scores(
    name: str,
    rows: dict[str, Sequence],
    *,
    check=None,
    label: str = "",
    as_list: bool = False,
    row_labels: dict[str, str] | None = None,
) -> ScoresAnswer:
    """A row of score buttons per item (criteria of a rubric, posts); the answer is a dict (or a list).

    >>> a = scores("demo_scores", {"source": [0, 1, 2], "overall": [1, 2, 3]}); a.answer({"source": 1, "overall": 3}); a.value
    {'source': 1, 'overall': 3}
    """
    return ScoresAnswer(name, rows, check=check, label=label, as_list=as_list, row_labels=row_labels)


def form(*answers: Answer) -> StaticAwareBox:
    """Several answers shown together (the last usually carries the Check button)."""
    static = "".join(a._static_html for a in answers)
    return StaticAwareBox(list(answers), static_html=static, summary="Answer boxes", launch_note=False)
