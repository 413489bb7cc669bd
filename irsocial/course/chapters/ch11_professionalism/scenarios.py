"""Branching professionalism scenarios (chapter 11), read from ``book/content/11-professionalism.yml``, with a scorer and a walker over every path.

Each scenario is a small tree of decision nodes. Every choice carries feedback that cites the
guidance it rests on (keys into ``book/references.bib``), a number of points (2 = what the guidance
supports, 1 = defensible but incomplete, 0 = a breach or a risk), and the next node or ``None``
(the end). All people, accounts and companies in the scenarios are fictional.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from irsocial.course.content import ContentError, load_content

BEST_POINTS = 2


class ScenarioError(ValueError):
    """Raised for an unknown scenario, node or choice letter."""


@dataclass(frozen=True)
class Choice:
    """One option at a decision node."""

    letter: str
    text: str
    feedback: str
    points: int
    cites: tuple[str, ...]
    next: str | None = None


@dataclass(frozen=True)
class Node:
    """A decision: what happens, and the options."""

    key: str
    prompt: str
    choices: tuple[Choice, ...]

    def choice(self, letter: str) -> Choice:
        letter = str(letter).strip().upper()
        for c in self.choices:
            if c.letter == letter:
                return c
        raise ScenarioError(f"Choose one of {', '.join(c.letter for c in self.choices)}; got {letter!r}.")


@dataclass(frozen=True)
class Scenario:
    """A branching scenario: a title, the setting, and its nodes (the first is where it starts)."""

    key: str
    title: str
    setting: str
    nodes: tuple[Node, ...]

    @property
    def start(self) -> Node:
        return self.nodes[0]

    def node(self, key: str) -> Node:
        for n in self.nodes:
            if n.key == key:
                return n
        raise ScenarioError(f"Scenario {self.key!r} has no node {key!r}.")


SCHEMA = {
    "guidance": {"*": str},
    "scenarios": [
        {
            "key": str,
            "title": str,
            "setting": str,
            "nodes": [
                {
                    "key": str,
                    "prompt": str,
                    "choices": [
                        {"letter": str, "text": str, "points": int, "feedback": str, "cites": [str], "next?": str}
                    ],
                }
            ],
        }
    ],
}


def load_scenarios(start=None) -> tuple[dict[str, str], tuple[Scenario, ...]]:
    """Read the guidance labels and the scenarios from ``book/content/11-professionalism.yml``."""
    data = load_content("content/11-professionalism.yml", SCHEMA, start)
    scenarios = tuple(
        Scenario(
            s["key"],
            s["title"],
            s["setting"],
            tuple(
                Node(
                    n["key"],
                    n["prompt"],
                    tuple(
                        Choice(c["letter"], c["text"], c["feedback"], c["points"], tuple(c["cites"]), c.get("next"))
                        for c in n["choices"]
                    ),
                )
                for n in s["nodes"]
            ),
        )
        for s in data["scenarios"]
    )
    for s in scenarios:  # every link and citation must resolve, so a typo in the YAML fails at once
        keys = {n.key for n in s.nodes}
        for n in s.nodes:
            for c in n.choices:
                if c.next is not None and c.next not in keys:
                    raise ContentError(
                        f"book/content/11-professionalism.yml: {s.key}.{n.key} choice {c.letter} "
                        f"leads to {c.next!r}, which is not a node of the scenario."
                    )
                for key in c.cites:
                    if key not in data["guidance"]:
                        raise ContentError(
                            f"book/content/11-professionalism.yml: {s.key}.{n.key} choice "
                            f"{c.letter} cites {key!r}, which is not under 'guidance'."
                        )
    return dict(data["guidance"]), scenarios


#: Short labels for the guidance cited in feedback (keys into book/references.bib), and the scenarios.
GUIDANCE, SCENARIOS = load_scenarios()


def cite_label(key: str) -> str:
    """The short label of a guidance key.

    >>> cite_label("gmc2024")
    'GMC, Using social media as a medical professional'
    """
    try:
        return GUIDANCE[key]
    except KeyError:
        raise ScenarioError(f"No guidance is registered under {key!r}.") from None


def scenario_keys() -> list[str]:
    """The keys of every scenario, in order.

    >>> scenario_keys()[:2]
    ['disagreement', 'patient_dm']
    """
    return [s.key for s in SCENARIOS]


def get_scenario(key: str) -> Scenario:
    """The scenario called ``key``."""
    for s in SCENARIOS:
        if s.key == key:
            return s
    raise ScenarioError(f"There is no scenario {key!r}; choose one of: {', '.join(scenario_keys())}.")


@dataclass(frozen=True)
class Step:
    """One decision taken: the node, the choice, and its feedback."""

    node: Node
    choice: Choice


@dataclass(frozen=True)
class PathResult:
    """The outcome of a path through one scenario."""

    scenario: Scenario
    steps: tuple[Step, ...]
    finished: bool

    @property
    def points(self) -> int:
        return sum(s.choice.points for s in self.steps)

    @property
    def max_points(self) -> int:
        return BEST_POINTS * len(self.steps)


def walk(scenario: Scenario | str, letters: list[str] | tuple[str, ...] | str) -> PathResult:
    """Follow the choices ``letters`` from the start; stops at an end or when the letters run out.

    >>> r = walk("patient_dm", ["A", "C"])
    >>> r.finished, r.points, r.max_points
    (True, 4, 4)
    """
    scenario = get_scenario(scenario) if isinstance(scenario, str) else scenario
    if isinstance(letters, str):
        letters = [x for x in re.split(r"[\s,]+", letters) if x]
    node: Node | None = scenario.start
    steps = []
    for letter in letters:
        if node is None:
            raise ScenarioError(f"The scenario ended after {len(steps)} choices; remove the extra letters.")
        choice = node.choice(letter)
        steps.append(Step(node, choice))
        node = scenario.node(choice.next) if choice.next else None
    return PathResult(scenario, tuple(steps), node is None)


def enumerate_paths(scenario: Scenario | str) -> list[tuple[str, ...]]:
    """Every complete path through a scenario, as tuples of choice letters.

    >>> enumerate_paths("anonymity")
    [('A',), ('B',), ('C',)]
    """
    scenario = get_scenario(scenario) if isinstance(scenario, str) else scenario
    paths: list[tuple[str, ...]] = []

    def visit(node: Node, prefix: tuple[str, ...], seen: frozenset[str]) -> None:
        if node.key in seen:
            raise ScenarioError(f"Scenario {scenario.key!r} loops back to {node.key!r}.")
        for c in node.choices:
            if c.next is None:
                paths.append(prefix + (c.letter,))
            else:
                visit(scenario.node(c.next), prefix + (c.letter,), seen | {node.key})

    visit(scenario.start, (), frozenset())
    return paths


def best_choices(node: Node) -> list[str]:
    """The letters of the choices with the most points at a node.

    >>> best_choices(get_scenario("humour").start)
    ['C']
    """
    top = max(c.points for c in node.choices)
    return [c.letter for c in node.choices if c.points == top]


def total_score(results: list[PathResult]) -> tuple[int, int]:
    """Points and maximum points over several finished scenarios."""
    return sum(r.points for r in results), sum(r.max_points for r in results)


# --- a boundary check for a public reply to a patient's question (exercise 11, task 3) ---

_ADVICE = (
    r"\byou should\b",
    r"\byou need\b",
    r"\bin your case\b",
    r"\bfor you\b",
    r"\byour fibroid",
    r"\bi recommend\b",
    r"\bi would\b",
    r"\bsounds like\b",
    r"\byou('re| are) a (good )?candidate\b",
    r"\bdefinitely\b",
)
_PRIVATE = (
    r"\bdm\b",
    r"\bdirect message",
    r"\bmessage me\b",
    r"\be-?mail me\b",
    r"\bcall me\b",
    r"\bmy (mobile|cell|number|phone)\b",
    r"\bwhatsapp\b",
    r"\btext me\b",
    r"\binbox\b",
)
_CARE = (
    r"\bdoctor\b",
    r"\bgynecologist\b",
    r"\bgynaecologist\b",
    r"\bgp\b",
    r"\bphysician\b",
    r"\bclinic\b",
    r"\bspecialist\b",
    r"\binterventional radiologist\b",
    r"\bcare team\b",
)


@dataclass(frozen=True)
class BoundaryFinding:
    """One rule of the boundary check and whether the reply meets it."""

    rule: str
    met: bool
    advice: str


def review_public_reply(reply: str, limit: int = 280) -> list[BoundaryFinding]:
    """Simple rules for a public reply to a patient's question: short, general, no private channel, points to care.

    These are pattern rules, a first pass only; your judgement decides.

    >>> [f.met for f in review_public_reply("Thanks for asking! I can't advise on individual cases here; "
    ...                                      "your gynecologist or an IR clinic can go through the options with you.")]
    [True, True, True, True]
    """
    text = reply.lower()
    found_advice = [p for p in _ADVICE if re.search(p, text)]
    found_private = [p for p in _PRIVATE if re.search(p, text)]
    points_to_care = any(re.search(p, text) for p in _CARE)
    return [
        BoundaryFinding(
            "fits in one post",
            len(reply) <= limit,
            f"{len(reply)} of {limit} characters." if len(reply) <= limit else f"Shorten it to {limit} characters.",
        ),
        BoundaryFinding(
            "no individual advice",
            not found_advice,
            "General only."
            if not found_advice
            else "Avoid phrases that advise this person (e.g. 'you should', 'in your case').",
        ),
        BoundaryFinding(
            "no private channel",
            not found_private,
            "Stays public and general." if not found_private else "Do not invite direct messages, e-mail or calls.",
        ),
        BoundaryFinding(
            "points to care",
            points_to_care,
            "Points to her own doctors."
            if points_to_care
            else "Suggest she ask her own doctor, gynecologist or an IR clinic.",
        ),
    ]
