"""'Would you post this?' scenarios (chapters 08 and 09), read from ``book/content/would-you-post.yml``, with a judge and a scorer.

Each scenario describes a draft post an IR is about to publish. The reader answers one of three
verdicts: ``post`` (post it as it is), ``fix`` (change the draft first, then post) or ``dont``
(do not post it at all). Every verdict carries feedback, and every scenario cites the guidance
its answer rests on (keys into ``book/references.bib``). All people, places and hospitals are
fictional.

>>> judge("team_photo", "fix").correct
True
>>> score({"team_photo": "fix", "ultrasound_crop": "post"})
(1, 2)
"""

from __future__ import annotations

from dataclasses import dataclass

from irsocial.course.content import ContentError, load_content


class ScenarioError(ValueError):
    """Raised for an unknown scenario key or verdict."""


@dataclass(frozen=True)
class PostingScenario:
    """One draft post: what it shows, the right verdict, and feedback for every verdict."""

    key: str
    title: str
    draft: str
    answer: str
    feedback: dict[str, str]
    cites: tuple[str, ...]


@dataclass(frozen=True)
class Judgement:
    """The outcome of one answer."""

    scenario: PostingScenario
    verdict: str
    correct: bool
    feedback: str


SCHEMA = {
    "verdicts": {"*": str},
    "scenarios": [{"key": str, "title": str, "draft": str, "answer": str, "feedback": {"*": str}, "cites": [str]}],
}


def load_posting_scenarios(start=None) -> tuple[dict[str, str], tuple[PostingScenario, ...]]:
    """Read the verdicts and the scenarios from ``book/content/would-you-post.yml``."""
    data = load_content("content/would-you-post.yml", SCHEMA, start)
    verdicts = dict(data["verdicts"])
    scenarios = tuple(
        PostingScenario(s["key"], s["title"], s["draft"], s["answer"], dict(s["feedback"]), tuple(s["cites"]))
        for s in data["scenarios"]
    )
    for s in scenarios:
        if s.answer not in verdicts or set(s.feedback) != set(verdicts):
            raise ContentError(
                f"book/content/would-you-post.yml: scenario {s.key!r} needs an answer among "
                f"{', '.join(verdicts)} and one feedback text for each of them."
            )
    return verdicts, scenarios


VERDICTS, POSTING_SCENARIOS = load_posting_scenarios()


def get_posting_scenario(key: str) -> PostingScenario:
    """The scenario called ``key``."""
    for s in POSTING_SCENARIOS:
        if s.key == key:
            return s
    raise ScenarioError(f"Unknown scenario {key!r}; choose one of {', '.join(s.key for s in POSTING_SCENARIOS)}.")


def normalize_verdict(verdict: str) -> str:
    """``post``, ``fix`` or ``dont`` from a key or a label (case and spaces do not matter)."""
    v = str(verdict).strip().lower().replace("'", "").replace("’", "")
    aliases = {
        "post": "post",
        "post it": "post",
        "post it as it is": "post",
        "fix": "fix",
        "fix first": "fix",
        "fix it first": "fix",
        "fix it first, then post": "fix",
        "dont": "dont",
        "do not post": "dont",
        "dont post": "dont",
        "do not post it": "dont",
        "no": "dont",
    }
    if v in aliases:
        return aliases[v]
    raise ScenarioError(f"Answer one of {', '.join(repr(k) for k in VERDICTS)}; got {verdict!r}.")


def judge(key: str, verdict: str) -> Judgement:
    """Judge the answer ``verdict`` to scenario ``key``."""
    s = get_posting_scenario(key)
    v = normalize_verdict(verdict)
    return Judgement(s, v, v == s.answer, s.feedback[v])


def score(answers: dict[str, str]) -> tuple[int, int]:
    """(correct answers, answers given) over a mapping of scenario key to verdict."""
    results = [judge(k, v) for k, v in answers.items()]
    return sum(r.correct for r in results), len(results)
