"""The "would you post this?" quiz (chapters 08 and 09): read a draft, choose a verdict, read why."""

from __future__ import annotations

import html

import ipywidgets as w

from irsocial.course.posting_scenarios import (
    POSTING_SCENARIOS,
    VERDICTS,
    Judgement,
    PostingScenario,
    get_posting_scenario,
    judge,
    score,
)
from irsocial.course.widgets.base import StaticAwareBox


def scenario_html(s: PostingScenario, number: int | None = None) -> str:
    """The draft post of one scenario."""
    head = f"Scenario {number} of {len(POSTING_SCENARIOS)}: " if number else ""
    return f"<p><strong>{head}{html.escape(s.title)}</strong></p><p>{html.escape(s.draft)}</p>"


_TITLES: dict[str, str] = {}


def source_title(key: str) -> str:
    """A short, readable name for a reference key: "Society of Radiographers (2020): The dangers of …".

    Read from book/references.bib; a key that cannot be found is shown in words, never as a raw key.

    >>> source_title("scor2020")
    'Society of Radiographers (2020): The dangers of using medical images on social media'
    """
    if not _TITLES:
        import re

        from irsocial.course.content import ContentError, find_book_file

        try:
            bib = find_book_file("references.bib").read_text(encoding="utf-8")
        except (ContentError, OSError):
            bib = ""
        for entry in re.split(r"\n@", bib):
            head = re.match(r"\s*@?\w+\{([^,]+),", entry)
            if not head:
                continue
            field = {k.lower(): v for k, v in re.findall(r"(\w+)\s*=\s*\{(.*)\},?\s*$", entry, re.M)}
            clean = lambda t: re.sub(r"[{}]", "", t).strip()  # noqa: E731
            raw = field.get("author", "")
            if raw.startswith("{"):  # an organisation, written as one name
                author = clean(raw)
            else:
                people = clean(raw).split(" and ")
                author = people[0].split(",")[0] + (" et al." if len(people) > 1 else "")
            _TITLES[head.group(1).strip()] = (
                f"{author} ({clean(field.get('year', 'n.d.'))}): {clean(field.get('title', ''))}"
            )
    return _TITLES.get(key, key.replace("_", " "))


def judgement_html(j: Judgement) -> str:
    """Feedback for one answer, with the guidance it rests on."""
    mark = (
        "Yes, that is the safer call."
        if j.correct
        else f"Not quite: the safer call is “{VERDICTS[j.scenario.answer]}”."
    )
    return (
        f"<div class='irs-check' role='status'><p><strong>You chose “{html.escape(VERDICTS[j.verdict])}”. "
        f"{html.escape(mark)}</strong> {html.escape(j.feedback)}</p>"
        f"<p><em>Sources (see References):</em> {html.escape('; '.join(source_title(k) for k in j.scenario.cites))}</p></div>"
    )


def score_html(answers: dict[str, str]) -> str:
    right, given = score(answers)
    return f"<p>Your score: {right} of {given} answered ({len(POSTING_SCENARIOS)} scenarios in all).</p>"


class WouldYouPostTool(StaticAwareBox):
    """Pick a scenario, press one of three verdict buttons, read the feedback; the tool keeps score."""

    def __init__(self):
        self.scenario = w.Dropdown(
            options=[(f"{i}. {s.title}", s.key) for i, s in enumerate(POSTING_SCENARIOS, 1)],
            description="Scenario",
            layout=w.Layout(width="95%"),
        )
        self.draft = w.HTML()
        self.buttons = {}
        for key, label in VERDICTS.items():
            b = w.Button(description=label, tooltip=label, layout=w.Layout(width="auto"))
            b.on_click(lambda _b, v=key: self.answer(v))
            self.buttons[key] = b
        self.next_button = w.Button(description="Next scenario", icon="arrow-right")
        self.next_button.on_click(lambda _b: self.next())
        self.feedback = w.HTML()
        self.score = w.HTML()
        self.answers: dict[str, str] = {}
        self.scenario.observe(lambda _c: self._show(), names="value")
        self._show()
        demo = get_posting_scenario("ultrasound_crop")
        static = (
            "<p><strong>Would you post this?</strong> Seven draft posts an IR might write. For each, choose "
            "<em>Post it as it is</em>, <em>Fix it first, then post</em> or <em>Do not post it</em>; the feedback "
            "says why and names the guidance, and the tool keeps your score. Example:</p>"
            + scenario_html(demo, 5)
            + judgement_html(judge(demo.key, "fix"))
        )
        super().__init__(
            [
                self.scenario,
                self.draft,
                w.HBox(list(self.buttons.values())),
                self.feedback,
                self.score,
                self.next_button,
            ],
            static_html=static,
            summary="Would-you-post-this quiz (interactive)",
        )

    @property
    def current(self) -> PostingScenario:
        return get_posting_scenario(self.scenario.value)

    def _show(self) -> None:
        number = [s.key for s in POSTING_SCENARIOS].index(self.scenario.value) + 1
        self.draft.value = scenario_html(self.current, number)
        self.feedback.value = ""

    def answer(self, verdict: str) -> Judgement:
        """Answer the current scenario (what pressing a verdict button does)."""
        j = judge(self.current.key, verdict)
        self.answers[self.current.key] = j.verdict
        self.feedback.value = judgement_html(j)
        self.score.value = score_html(self.answers)
        return j

    def next(self) -> None:
        """Move to the next scenario (back to the first after the last)."""
        keys = [s.key for s in POSTING_SCENARIOS]
        self.scenario.value = keys[(keys.index(self.scenario.value) + 1) % len(keys)]


def would_you_post_tool() -> WouldYouPostTool:
    """The "would you post this?" scenario quiz."""
    return WouldYouPostTool()
