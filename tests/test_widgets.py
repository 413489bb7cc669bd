"""Widget callbacks, driven the way a person would (choose, press the button, read the feedback)."""

from irsocial.course.quizzes import find_bank, load_bank
from irsocial.datasets import sample_profiles
from irsocial.widgets import profile_audit_tool, quiz

from conftest import ROOT


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


def test_profile_audit_tool_counts_live_and_audits_on_click():
    tool = profile_audit_tool()
    tool.platform.value = "x"
    tool.display_name.value = "Dr Ana Ruiz"
    tool.bio.value = "x" * 170
    assert "10 too many" in tool.counter.value
    tool.bio.value = "IR resident @CityHospital. Views my own, not medical advice."
    tool.button.click()
    assert "7 of 7 items met" in tool.result.value
    tool.ties.value = "Vexa Medical"
    tool.button.click()
    assert "6 of 7 items met" in tool.result.value and "Vexa Medical" in tool.result.value


def test_profile_audit_tool_switching_platform_changes_the_limit():
    tool = profile_audit_tool(sample_profiles()[3])
    tool.platform.value = "bluesky"
    assert "too many" in tool.counter.value
    tool.platform.value = "mastodon"
    assert "too many" not in tool.counter.value


def test_a_missing_quiz_bank_gives_a_message_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    widget = quiz("99-nothing")
    assert "could not be loaded" in widget.value and "99-nothing.yml" in widget.value
