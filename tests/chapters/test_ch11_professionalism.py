"""Branching professionalism scenarios: every branch of every scenario, through the toolkit and the widget."""

import re

import pytest

from conftest import ROOT
from irsocial.course.chapters.ch11_professionalism import checks as check
from irsocial.course.chapters.ch11_professionalism import scenarios
from irsocial.course.chapters.ch11_professionalism.widgets import scenario_tool
from irsocial.course.feedback import NOT_ATTEMPTED, NOT_YET, PASSED

BIB_KEYS = set(re.findall(r"@\w+\s*\{\s*([^,\s]+)\s*,", (ROOT / "book/references.bib").read_text(encoding="utf-8")))
ALL_PATHS = [(s.key, path) for s in scenarios.SCENARIOS for path in scenarios.enumerate_paths(s)]


def test_there_are_at_least_six_scenarios_with_a_best_choice_at_every_node():
    assert len(scenarios.SCENARIOS) >= 6
    for s in scenarios.SCENARIOS:
        for node in s.nodes:
            assert max(c.points for c in node.choices) == scenarios.BEST_POINTS, (s.key, node.key)
            assert len({c.letter for c in node.choices}) == len(node.choices) >= 2


def test_every_choice_cites_guidance_that_is_in_the_bibliography():
    assert set(scenarios.GUIDANCE) <= BIB_KEYS
    for s in scenarios.SCENARIOS:
        for node in s.nodes:
            for c in node.choices:
                assert c.cites and all(k in scenarios.GUIDANCE for k in c.cites), (s.key, node.key, c.letter)
                assert len(c.feedback) > 40


def test_every_node_is_reachable_and_every_next_exists():
    for s in scenarios.SCENARIOS:
        reached = {s.start.key}
        for path in scenarios.enumerate_paths(s):
            reached |= {step.node.key for step in scenarios.walk(s, path).steps}
        assert reached == {n.key for n in s.nodes}, s.key


@pytest.mark.parametrize("key,path", ALL_PATHS, ids=[f"{k}-{''.join(p)}" for k, p in ALL_PATHS])
def test_every_path_ends_with_a_score(key, path):
    result = scenarios.walk(key, path)
    assert result.finished
    assert 0 <= result.points <= result.max_points == 2 * len(path)


@pytest.mark.parametrize("key,path", ALL_PATHS, ids=[f"{k}-{''.join(p)}" for k, p in ALL_PATHS])
def test_every_path_through_the_widget_shows_feedback_and_a_final_score(key, path):
    tool = scenario_tool()
    tool.scenario.value = key
    for letter in path:
        assert letter in tool.buttons, f"button {letter} missing at this step"
        tool.buttons[letter].click()
        assert "Guidance:" in tool.feedback.value
    expected = scenarios.walk(key, path)
    assert f"{expected.points} of {expected.max_points} points" in tool.score.value
    assert not tool.buttons, "no buttons remain once the scenario has ended"
    tool.restart_button.click()
    assert tool.buttons and tool.feedback.value == ""


def test_the_widget_keeps_a_running_score_over_scenarios():
    tool = scenario_tool()
    tool.scenario.value = "anonymity"
    tool.buttons["A"].click()
    tool.scenario.value = "own_error"
    tool.buttons["C"].click()
    assert "over 2 of 7 scenarios: 4 of 4 points" in tool.score.value
    assert "Branching scenarios" in tool._repr_mimebundle_()["text/html"]


def test_walk_refuses_bad_letters_and_extra_steps():
    with pytest.raises(scenarios.ScenarioError, match="Choose one of"):
        scenarios.walk("anonymity", ["Z"])
    with pytest.raises(scenarios.ScenarioError, match="ended"):
        scenarios.walk("anonymity", ["A", "B"])
    with pytest.raises(scenarios.ScenarioError, match="no scenario"):
        scenarios.get_scenario("nothing")


def test_boundary_rules_for_a_public_reply():
    bad = {f.rule: f.met for f in scenarios.review_public_reply("You should definitely get UAE, DM me your MRI!")}
    assert bad == {
        "fits in one post": True,
        "no individual advice": False,
        "no private channel": False,
        "points to care": False,
    }


def test_checks_for_exercise_11():
    assert check.patient_message(...).status == NOT_ATTEMPTED
    assert check.patient_message("A").status == PASSED
    assert check.patient_message("B").status == NOT_YET
    assert check.patient_message("Q").status == NOT_YET
    assert check.colleague_joke("C").status == PASSED
    assert check.public_reply("DM me and I will look at your scan").status == NOT_YET
    assert check.full_path(["B"]).status == NOT_YET
    assert check.full_path(["B", "A"]).status == NOT_YET
    assert check.full_path(["B", "B"]).status == PASSED
    assert check.full_path("B B").status == PASSED


def test_the_public_reply_check_says_what_is_still_to_do_in_words():
    result = check.public_reply("DM me and I will tell you what you should do in your case.")
    assert result.status == "not yet" and result.message.startswith("Still to do: ")
    assert check.public_reply(["a reply"]).message == "This must be text in quotes."


def test_the_first_step_of_each_checked_scenario_has_one_best_answer():
    for key in ("patient_dm", "humour"):
        assert len(scenarios.best_choices(scenarios.get_scenario(key).start)) == 1, key


def test_a_first_step_answer_gets_the_scenario_feedback_and_its_guidance():
    right = check.patient_message(" a ")
    assert right.passed and right.message.startswith("A: ") and "(Guidance: " in right.message
    wrong = check.patient_message("B")
    assert wrong.message.startswith("B: ") and wrong.hint.startswith("Reread what this guidance asks: ")
    assert check.colleague_joke("Q").message == '"Q" is not one of the choices.'
