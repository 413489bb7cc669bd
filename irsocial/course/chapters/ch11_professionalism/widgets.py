"""The branching-scenario decision tool (chapter 11): choose, read feedback grounded in guidance, see your score."""

from __future__ import annotations

import html

import ipywidgets as w

from irsocial.course.chapters.ch11_professionalism.scenarios import (
    SCENARIOS,
    Choice,
    Node,
    PathResult,
    Scenario,
    cite_label,
    get_scenario,
    total_score,
    walk,
)
from irsocial.course.widgets.base import StaticAwareBox

_VERDICT = {2: "Supported by the guidance", 1: "Defensible, but not the best", 0: "A risk or a breach"}


def feedback_html(choice: Choice) -> str:
    """Feedback for one choice, with its points and the guidance it cites."""
    cites = "; ".join(cite_label(k) for k in choice.cites)
    return (
        f"<div class='irs-check' role='status'><p><strong>You chose {html.escape(choice.letter)}: "
        f"{_VERDICT[choice.points]} ({choice.points} of 2 points).</strong> {html.escape(choice.feedback)}</p>"
        f"<p><em>Guidance:</em> {html.escape(cites)}</p></div>"
    )


def node_html(scenario: Scenario, node: Node) -> str:
    """A decision node: the prompt and its lettered options."""
    setting = f"<p>{html.escape(scenario.setting)}</p>" if node is scenario.start else ""
    options = "".join(f"<li><strong>{c.letter}.</strong> {html.escape(c.text)}</li>" for c in node.choices)
    return f"{setting}<p><strong>{html.escape(node.prompt)}</strong></p><ul>{options}</ul>"


def score_html(result: PathResult, results: dict[str, PathResult]) -> str:
    """End of a scenario: its score and the running score over every finished scenario."""
    points, best = total_score(list(results.values()))
    return (
        f"<p><strong>End of “{html.escape(result.scenario.title)}”: {result.points} of {result.max_points} points.</strong> "
        f"Your score over {len(results)} of {len(SCENARIOS)} scenarios: {points} of {best} points.</p>"
    )


class ScenarioTool(StaticAwareBox):
    """Choose a scenario, then choose A, B or C at each step; feedback cites the guidance, and a score ends it."""

    def __init__(self):
        self.scenario = w.Dropdown(options=[(s.title, s.key) for s in SCENARIOS], description="Scenario")
        self.prompt = w.HTML()
        self.buttons: dict[str, w.Button] = {}
        self.button_box = w.HBox()
        self.feedback = w.HTML()
        self.score = w.HTML()
        self.restart_button = w.Button(description="Start again")
        self.restart_button.on_click(lambda _b: self.restart())
        self.scenario.observe(lambda _c: self.restart(), names="value")
        self.results: dict[str, PathResult] = {}
        self.letters: list[str] = []
        self.restart()
        demo = get_scenario("disagreement")  # not one the notebook's tasks ask about, so no task's answer shows
        static = (
            "<p><strong>Branching scenarios.</strong> Seven situations an IR meets online (a public disagreement, "
            "a patient's message, an industry offer, a joke that goes wrong, harassment, anonymity, your own "
            "mistake). At each step you choose A, B or C; the feedback says why, citing the guidance, and the "
            f"tool keeps your score. Example: the first step of “{html.escape(demo.title)}”:</p>"
            + node_html(demo, demo.start)
            + feedback_html(demo.start.choice("A"))
        )
        super().__init__(
            [self.scenario, self.prompt, self.button_box, self.feedback, self.score, self.restart_button],
            static_html=static,
            summary="Branching scenario tool (interactive)",
        )

    @property
    def current_scenario(self) -> Scenario:
        return get_scenario(self.scenario.value)

    def restart(self) -> None:
        """Go back to the start of the chosen scenario."""
        self.letters = []
        self.feedback.value = ""
        self._show(self.current_scenario.start)

    def _show(self, node: Node | None) -> None:
        if node is None:
            self.prompt.value = ""
            self.buttons = {}
            self.button_box.children = ()
            return
        self.prompt.value = node_html(self.current_scenario, node)
        self.buttons = {}
        for c in node.choices:
            b = w.Button(description=c.letter, tooltip=c.text, layout=w.Layout(width="4em"))
            b.on_click(lambda _b, letter=c.letter: self.choose(letter))
            self.buttons[c.letter] = b
        self.button_box.children = tuple(self.buttons.values())

    def choose(self, letter: str) -> PathResult:
        """Take the choice ``letter`` at the current step (what clicking its button does)."""
        self.letters.append(letter)
        result = walk(self.current_scenario, self.letters)
        self.feedback.value = feedback_html(result.steps[-1].choice)
        if result.finished:
            self.results[self.current_scenario.key] = result
            self.score.value = score_html(result, self.results)
            self._show(None)
        else:
            nxt = result.steps[-1].choice.next
            self._show(self.current_scenario.node(nxt))
        return result


def scenario_tool() -> ScenarioTool:
    """The branching-scenario decision tool."""
    return ScenarioTool()
