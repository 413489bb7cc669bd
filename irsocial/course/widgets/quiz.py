"""The quiz widget: a chapter's question bank with feedback on every option.

Options appear in the same shuffled order as on the static page (``quizzes.display_order``); each
radio button's value is the option's index in the bank as written, so grading does not depend on order.
"""

from __future__ import annotations

import html

import ipywidgets as w

from irsocial.course.quizzes import QuizBank, QuizBankError, find_bank, grade, load_bank, presented
from irsocial.course.widgets.base import StaticAwareBox


class QuizWidget(StaticAwareBox):
    """A quiz from a bank: one radio group, one "Check answer" button and one feedback line per question."""

    def __init__(self, bank: QuizBank):
        self.bank = bank
        self.radios: list[w.RadioButtons] = []
        self.buttons: list[w.Button] = []
        self.feedback: list[w.HTML] = []
        children: list[w.Widget] = [w.HTML(f"<h3>{html.escape(bank.title)}</h3>")]
        for number, question in enumerate(bank.questions, start=1):
            radio = w.RadioButtons(
                options=[(opt.text, i) for i, opt in presented(bank, question)],
                value=None,
                layout=w.Layout(width="auto"),
                description="",
            )
            button = w.Button(description="Check answer", tooltip=f"Check your answer to question {number}")
            feedback = w.HTML()
            button.on_click(self._make_handler(len(self.radios)))
            self.radios.append(radio)
            self.buttons.append(button)
            self.feedback.append(feedback)
            children += [w.HTML(f"<p><strong>{number}. {html.escape(question.question)}</strong></p>"), radio, button, feedback]
        example = bank.questions[0]
        static = (
            f"<p><strong>{html.escape(bank.title)}</strong> — a {len(bank.questions)}-question quiz with "
            "feedback on every option. The first question:</p>"
            f"<p>{html.escape(example.question)}</p><ul>"
            + "".join(f"<li>{html.escape(o.text)}</li>" for _, o in presented(bank, example))
            + "</ul><p>The same questions, usable without a kernel, are in the chapter's "
            "“Check your understanding” section.</p>"
        )
        super().__init__(children, static_html=static, summary=f"Quiz: {bank.title} ({len(bank.questions)} questions)")

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
        self.feedback[index].value = f"<p>{html.escape(text)}</p>"
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


