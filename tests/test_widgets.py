"""Widget callbacks, driven the way a person would (choose, press the button, read the feedback)."""

from conftest import ROOT
from irsocial.course.quizzes import find_bank, load_bank
from irsocial.course.widgets import quiz


def test_quiz_widget_gives_feedback_for_right_wrong_and_empty_answers():
    bank = load_bank(find_bank("01-landscape", ROOT))
    widget = quiz(bank)
    q = bank.questions[0]
    widget.buttons[0].click()
    assert "Choose an answer first" in widget.feedback[0].value
    right = widget.answer(0, q.correct_index)
    assert "✓ Correct" in right
    wrong_index = (q.correct_index + 1) % len(q.options)
    wrong = widget.answer(0, wrong_index)
    assert "✗ Not quite" in wrong and q.options[q.correct_index].text.replace("'", "&#x27;") in wrong


def test_quiz_widget_has_one_question_block_per_bank_question_and_a_static_rendering():
    widget = quiz(load_bank(find_bank("02-professional-presence", ROOT)))
    assert len(widget.radios) == len(widget.bank.questions)
    bundle = widget._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert "quiz" in bundle["text/html"] and "VBox(" not in bundle["text/html"]
    assert "VBox(" not in bundle["text/plain"]


def test_a_missing_quiz_bank_gives_a_message_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    widget = quiz("99-nothing")
    assert "could not be loaded" in widget.value and "99-nothing.yml" in widget.value
