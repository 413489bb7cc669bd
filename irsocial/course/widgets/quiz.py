"""The quiz widget: a chapter's question bank with feedback on every option.

Options appear in the same shuffled order as on the static page (``quizzes.display_order``); each
radio button's value is the option's index in the bank as written, so grading does not depend on order.
"""

from __future__ import annotations

import html

import ipywidgets as w

from irsocial.course.quizzes import QuizBank, QuizBankError, find_bank, grade, load_bank, presented
from irsocial.course.widgets.base import StaticAwareBox


class OptionList(w.VBox):
    """A question's options: one native button per option with its text wrapping beside it.

    Works like a radio group (``options`` as ``(text, value)`` pairs, ``value`` the chosen value or
    None) but every option is a button: Tab moves between them, Space or Enter chooses one. The
    chosen option shows "✓ Chosen" (not colour alone).
    """

    def __init__(self, options: list[tuple[str, int]]):
        self.options = options
        self._value: int | None = None
        self.choose_buttons: list[w.Button] = []
        rows = []
        for n, (text, value) in enumerate(options):
            letter = chr(ord("A") + n)
            b = w.Button(
                description=letter,
                tooltip=f"Choose: {text}",
                layout=w.Layout(width="5.5em", min_width="5.5em", height="auto", flex="0 0 auto"),
            )
            b.on_click(lambda _b, v=value: setattr(self, "value", v))
            self.choose_buttons.append(b)
            label = w.HTML(
                f'<div class="irs-quiz-option-text" style="white-space: normal; line-height: 1.45; '
                f'overflow-wrap: anywhere; padding-top: 0.2em">{html.escape(text)}</div>',
                layout=w.Layout(flex="1 1 0%", width="auto", min_width="0", height="auto", overflow="visible"),
            )
            row = w.HBox(
                [b, label],
                layout=w.Layout(
                    align_items="flex-start", width="100%", height="auto", overflow="visible", margin="0 0 0.3em 0"
                ),
            )
            row.add_class("irs-quiz-option-row")
            rows.append(row)
        super().__init__(rows, layout=w.Layout(width="100%", height="auto", overflow="visible"))
        self.add_class("irs-quiz-options")

    @property
    def value(self) -> int | None:
        return self._value

    @value.setter
    def value(self, value: int | None) -> None:
        self._value = value
        for n, ((_text, v), b) in enumerate(zip(self.options, self.choose_buttons, strict=True)):
            letter = chr(ord("A") + n)
            chosen = value is not None and v == value
            b.description = f"✓ {letter}" if chosen else letter
            b.button_style = "info" if chosen else ""


class QuizWidget(StaticAwareBox):
    """A quiz from a bank: one option list (buttons), one "Check answer" button and one feedback line per question."""

    def __init__(self, bank: QuizBank):
        self.bank = bank
        self.radios: list[OptionList] = []
        self.buttons: list[w.Button] = []
        self.feedback: list[w.HTML] = []
        children: list[w.Widget] = [w.HTML(f"<h3>{html.escape(bank.title)}</h3>")]
        for number, question in enumerate(bank.questions, start=1):
            radio = OptionList([(opt.text, i) for i, opt in presented(bank, question)])
            button = w.Button(description="Check answer", tooltip=f"Check your answer to question {number}")
            feedback = w.HTML()
            button.on_click(self._make_handler(len(self.radios)))
            self.radios.append(radio)
            self.buttons.append(button)
            self.feedback.append(feedback)
            children += [
                w.HTML(
                    f"<p><strong>{number}. {html.escape(question.question)}</strong></p>", layout=w.Layout(width="100%")
                ),
                radio,
                button,
                feedback,
            ]
        example = bank.questions[0]
        static = (
            f"<p><strong>{html.escape(bank.title)}</strong> — a {len(bank.questions)}-question quiz with "
            "feedback on every option. The first question:</p>"
            f"<p>{html.escape(example.question)}</p><ul>"
            + "".join(f"<li>{html.escape(o.text)}</li>" for _, o in presented(bank, example))
            + "</ul><p>The same questions, usable without a kernel, are in the chapter's "
            "“Check your understanding” section.</p>"
        )
        super().__init__(
            children,
            layout=w.Layout(width="100%", height="auto"),
            static_html=static,
            summary=f"Quiz: {bank.title} ({len(bank.questions)} questions)",
        )

    def _make_handler(self, index: int):
        def handler(_button=None):
            self.check(index)

        return handler

    def check(self, index: int) -> str:
        """Grade question ``index`` from its radio buttons and show the feedback (also returned)."""
        choice = self.radios[index].value
        if choice is None:
            text = "○ Choose an answer first, then press “Check answer”."
        else:
            answer = grade(self.bank.questions[index], choice)
            text = ("✓ " if answer.correct else "✗ ") + answer.message()
        self.feedback[index].value = f"<p style='line-height: 1.45; white-space: normal'>{html.escape(text)}</p>"
        return text

    def answer(self, index: int, choice: int) -> str:
        """Choose option ``choice`` (its index in the bank as written) for question ``index`` and press its button."""
        self.radios[index].value = choice
        self.buttons[index].click()
        return self.feedback[index].value


def quiz(chapter_or_bank: str | QuizBank) -> QuizWidget | w.HTML:
    """The quiz of a chapter, e.g. ``quiz("01-landscape")``, as a widget.

    If the bank cannot be found or read, a short message says why instead of a traceback.
    """
    if isinstance(chapter_or_bank, QuizBank):
        return QuizWidget(chapter_or_bank)
    try:
        return QuizWidget(load_bank(find_bank(chapter_or_bank)))
    except QuizBankError as err:
        return w.HTML(f"<p><strong>The quiz could not be loaded.</strong> {html.escape(str(err))}</p>")
