"""Answer widgets (``irsocial.course.widgets.ask``): a resident answers without Python syntax.

Driven the way a resident would (choose, type, press Check, read the feedback), and in every
notebook: run as a student copy, then answer every widget with the solution's values: every check passes.
"""

from __future__ import annotations

import json

import nbformat
import pytest

from conftest import execute, toc_notebooks
from irsocial.course.feedback import NOT_ATTEMPTED, NOT_YET, PASSED
from irsocial.course.feedback import choice as choice_check
from irsocial.course.feedback import number as number_check
from irsocial.course.student import is_solution, make_student_notebook
from irsocial.course.widgets import ask
from irsocial.course.widgets.answer import namespace


def _letter(v):
    return choice_check(
        "Task 1: demo", v, "B", {"A": ("A is not it.", "Look again."), "C": ("C is not it.", "")}, "Yes, B."
    )


def test_a_choice_stores_the_answer_under_its_name_and_the_check_button_shows_feedback():
    namespace().pop("demo_reply", None)
    widget = ask.choice("demo_reply", ["A", "B", "C"], check=_letter)
    assert namespace()["demo_reply"] is ..., "an unanswered widget leaves the placeholder: 'not attempted'"
    widget.button.click()
    assert "Not attempted yet" in widget.feedback.value
    widget.choices.buttons[0].click()
    assert namespace()["demo_reply"] == "A"
    widget.button.click()
    assert "Not yet" in widget.feedback.value and "A is not it." in widget.feedback.value
    widget.choices.buttons[1].click()
    widget.button.click()
    assert "Passed" in widget.feedback.value and widget.choices.buttons[1].description == "✓ B", "not colour alone"


def test_a_rerun_cell_shows_the_current_answer():
    namespace()["demo_again"] = "C"
    widget = ask.choice("demo_again", ["A", "B", "C"])
    assert widget.choices.value == "C" and widget.value == "C"
    namespace()["demo_number_again"] = 0.05
    assert ask.number("demo_number_again").box.value == "0.05"


def test_a_number_box_reads_what_a_resident_types():
    widget = ask.number("demo_share", check=lambda v: number_check("Task 1: share", v, 0.05, "Yes."))
    assert widget.answer("5%").status == PASSED and namespace()["demo_share"] == "5%"
    assert widget.answer("0.05").status == PASSED and namespace()["demo_share"] == 0.05
    assert widget.answer("twelve").status == NOT_YET
    widget.box.value = ""
    assert namespace()["demo_share"] is ...


def test_a_prefilled_draft_is_not_an_answer_until_it_is_changed_or_checked():
    namespace().pop("demo_draft", None)
    widget = ask.text("demo_draft", prefill="Mrs Jane Doe, 92", check=lambda v: v)
    assert namespace()["demo_draft"] is ...
    widget.box.value = "A woman aged 90 or older"
    assert namespace()["demo_draft"] == "A woman aged 90 or older"


def test_lists_tags_letters_several_and_scores_come_back_as_python_values():
    assert ask.text("demo_goals", as_list=True).answer(["Teach", "Meet"]) is None
    assert namespace()["demo_goals"] == ["Teach", "Meet"]
    ties = ask.text("demo_ties", as_list=True, empty=[], check=lambda v: v)
    assert ties.check() == []
    tags = ask.tags("demo_tags")
    tags.box.value = "#IRad,  #TACE #IO"
    assert namespace()["demo_tags"] == ["#IRad", "#TACE", "#IO"]
    ask.letters("demo_path", ["A", "B", "C"], steps=2).answer(["B", "b"])
    assert namespace()["demo_path"] == ["B", "B"]
    ask.several("demo_platforms", ["x", "bluesky", "mastodon"], as_tuple=True).answer(("x", "bluesky"))
    assert namespace()["demo_platforms"] == ("x", "bluesky")
    ask.scores("demo_scores", {"P01": [1, 2, 3], "P02": [1, 2, 3]}, as_list=True).answer([3, 1])
    assert namespace()["demo_scores"] == [3, 1]
    ask.yes_no("demo_yes").answer("no")
    assert namespace()["demo_yes"] is False


def test_a_check_that_cannot_run_says_what_to_do_instead_of_a_traceback():
    def broken(_v):
        raise NameError("name 'survey' is not defined")

    widget = ask.choice("demo_broken", ["A", "B"], check=broken)
    widget.answer("A")
    assert "Run All Cells" in widget.feedback.value


def test_the_static_rendering_says_what_the_box_asks_and_is_never_a_python_repr():
    bundle = ask.form(ask.pick("demo_p", ["x", "bluesky"]), ask.yes_no("demo_y"))._repr_mimebundle_()
    html = bundle["text/html"]
    assert "x, bluesky" in html and "Yes" in html
    assert "VBox(" not in html and "Answer(" not in html and "VBox(" not in bundle["text/plain"]


DRIVE = """
import json
from irsocial.course.widgets.answer import live_answers
SOLUTIONS = {solutions!r}
_values = {{}}
exec(SOLUTIONS, dict(get_ipython().user_ns), _values)  # solutions may use what earlier cells made
_outcome = {{}}
for _name, _widget in live_answers().items():
    if _name in _values:
        _result = _widget.answer(_values[_name])
        if _widget.check_function is not None:
            _outcome[_name] = getattr(_result, "status", "shown")
print("OUTCOME" + json.dumps(_outcome))
"""

NOTEBOOKS = toc_notebooks()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_answer_widget_passes_with_the_solution_values(path):
    full = nbformat.read(path, as_version=4)
    solutions = "\n".join(c.source for c in full.cells if is_solution(c))
    nb = make_student_notebook(full)
    nb.cells.append(nbformat.v4.new_code_cell(DRIVE.format(solutions=solutions)))
    execute(nb, path.parent)
    printed = "".join(o.get("text", "") for o in nb.cells[-1].outputs)
    outcome = json.loads(printed.split("OUTCOME", 1)[1])
    assert outcome, "the notebook shows answer widgets with a Check button"
    assert {s for s in outcome.values()} <= {PASSED, "shown"}, outcome
    assert NOT_ATTEMPTED not in outcome.values()
