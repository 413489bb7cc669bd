"""The "would you post this?" quiz: its data, its judge and the widget's callbacks."""

import pytest

from irsocial.course.posting_scenarios import (
    POSTING_SCENARIOS,
    VERDICTS,
    ScenarioError,
    judge,
    normalize_verdict,
    score,
)
from irsocial.course.widgets import would_you_post_tool

BIB = open("book/references.bib", encoding="utf-8").read()


def test_every_scenario_has_feedback_for_every_verdict_and_real_citations():
    assert len({s.key for s in POSTING_SCENARIOS}) == len(POSTING_SCENARIOS) >= 5
    for s in POSTING_SCENARIOS:
        assert s.answer in VERDICTS
        assert set(s.feedback) == set(VERDICTS), s.key
        assert all(len(text) > 40 for text in s.feedback.values()), s.key
        for key in s.cites:
            assert "{" + key + "," in BIB, key
    # the three verdicts are all used somewhere, so "always say no" does not win
    assert {s.answer for s in POSTING_SCENARIOS} == set(VERDICTS)


def test_judge_and_score():
    assert judge("ultrasound_crop", "fix").correct
    assert not judge("ultrasound_crop", "Post it as it is").correct
    assert normalize_verdict("Do not post") == "dont"
    assert score({s.key: s.answer for s in POSTING_SCENARIOS}) == (len(POSTING_SCENARIOS), len(POSTING_SCENARIOS))
    assert score({s.key: "dont" for s in POSTING_SCENARIOS})[0] < len(POSTING_SCENARIOS)
    with pytest.raises(ScenarioError):
        judge("no_such_case", "post")
    with pytest.raises(ScenarioError):
        judge("team_photo", "maybe")


def test_widget_buttons_give_feedback_and_keep_score():
    tool = would_you_post_tool()
    assert tool.scenario.value == POSTING_SCENARIOS[0].key
    assert POSTING_SCENARIOS[0].title in tool.draft.value
    tool.buttons[POSTING_SCENARIOS[0].answer].click()
    assert "safer call" in tool.feedback.value and "Yes" in tool.feedback.value
    assert "1 of 1" in tool.score.value
    tool.next_button.click()
    assert tool.scenario.value == POSTING_SCENARIOS[1].key
    assert tool.feedback.value == ""
    wrong = next(v for v in VERDICTS if v != POSTING_SCENARIOS[1].answer)
    tool.buttons[wrong].click()
    assert "Not quite" in tool.feedback.value
    assert "1 of 2" in tool.score.value
    tool.scenario.value = POSTING_SCENARIOS[-1].key
    tool.next_button.click()
    assert tool.scenario.value == POSTING_SCENARIOS[0].key


def test_static_rendering_shows_an_example():
    bundle = would_you_post_tool()._repr_mimebundle_()
    assert "Would you post this?" in bundle["text/html"]
    assert "You chose" in bundle["text/html"]
