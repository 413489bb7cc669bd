"""The spread simulator (chapter 06): sliders for share probability and seeding strategy over a synthetic network."""

from __future__ import annotations

import html

import ipywidgets as w

from irsocial.course.chapters.ch06_networking.networks import (
    STRATEGIES,
    Network,
    SpreadResult,
    describe_strategy,
    professional_network,
    simulate_spread,
)
from irsocial.course.widgets.base import StaticAwareBox


def spread_html(result: SpreadResult) -> str:
    """One simulation's result as a short HTML table."""
    return (
        "<table class='irs-spread'><caption>Simulated reach of one post "
        f"({html.escape(result.strategy)}, share probability {result.share_probability:.0%}, {result.runs} runs)</caption>"
        "<thead><tr><th scope='col'>Measure</th><th scope='col'>People reached</th></tr></thead><tbody>"
        f"<tr><td>Average reach</td><td>{result.mean:.0f}</td></tr>"
        f"<tr><td>95% CI of the average</td><td>{result.mean_low:.0f} to {result.mean_high:.0f}</td></tr>"
        f"<tr><td>90% of single posts</td><td>{result.run_low:.0f} to {result.run_high:.0f}</td></tr>"
        "</tbody></table>"
    )


class SpreadSimulator(StaticAwareBox):
    """Choose a share probability and a seeding strategy, press Simulate, read the reach and its uncertainty."""

    def __init__(self, net: Network | None = None, runs: int = 200, seed: int = 0):
        self.net = net or professional_network()
        self.runs = runs
        self.seed = seed
        self.probability = w.FloatSlider(
            value=0.05,
            min=0.0,
            max=0.3,
            step=0.01,
            description="Share probability",
            readout_format=".0%",
            style={"description_width": "initial"},
            continuous_update=False,
        )
        self.strategy = w.Dropdown(options=list(STRATEGIES), value="no hashtag", description="Strategy")
        self.explanation = w.HTML()
        self.button = w.Button(description="Simulate", button_style="primary", tooltip="Run the simulation")
        self.result = w.HTML()
        self.button.on_click(lambda _b: self.simulate())
        self.strategy.observe(lambda _c: self._explain(), names="value")
        self._explain()
        example = simulate_spread(self.net, "community hashtag", 0.05, runs=runs, seed=seed)
        static = (
            "<p><strong>Spread simulator.</strong> Move the slider to set how likely each person who sees a post "
            "is to repost it, choose how the post is launched (no hashtag, a community hashtag, or a repost by a "
            f"central account) and press Simulate. The tool runs the spread {runs} times through a synthetic "
            f"network of {self.net.size} invented professionals and shows the reach with its uncertainty. "
            "Example output:</p>" + spread_html(example)
        )
        super().__init__(
            [self.probability, self.strategy, self.explanation, self.button, self.result],
            static_html=static,
            summary="Spread simulator (interactive)",
        )

    def _explain(self) -> None:
        self.explanation.value = f"<p>{html.escape(describe_strategy(self.strategy.value).capitalize())}.</p>"

    def simulate(self) -> SpreadResult:
        """Run the simulation with the current settings and show the table (the result is also returned)."""
        result = simulate_spread(self.net, self.strategy.value, float(self.probability.value), self.runs, self.seed)
        self.result.value = spread_html(result)
        return result


def spread_tool(net: Network | None = None, runs: int = 200) -> SpreadSimulator:
    """The spread simulator over ``net`` (by default the course's synthetic network)."""
    return SpreadSimulator(net, runs)
