"""Branching professionalism scenarios (chapter 11) as data, with a scorer and a walker over every path.

Each scenario is a small tree of decision nodes. Every choice carries feedback that cites the
guidance it rests on (keys into ``book/references.bib``), a number of points (2 = what the guidance
supports, 1 = defensible but incomplete, 0 = a breach or a risk), and the next node or ``None``
(the end). All people, accounts and companies in the scenarios are fictional.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


#: Short labels for the guidance cited in feedback (keys into book/references.bib).
GUIDANCE: dict[str, str] = {
    "ama2011": "AMA, Professionalism in the use of social media (2011)",
    "ama_promotion": "AMA Code of Medical Ethics, social media product promotion and compensation",
    "gmc2013": "GMC, Doctors' use of social media (2013)",
    "gmc2024": "GMC, Using social media as a medical professional",
    "farnan2013": "ACP and FSMB, Online medical professionalism (Farnan et al. 2013)",
    "mms_guidelines": "Massachusetts Medical Society, Social media guidelines for physicians",
    "decamp2013": "DeCamp 2013, Physicians, social media, and conflict of interest",
    "fsmb2021_misinformation": "FSMB statement on COVID-19 misinformation (July 2021; secondary reports)",
    "pendergrast2021": "Pendergrast et al. 2021, personal attacks on physicians on social media",
    "thran2011": "The Thran case (Rhode Island, 2011; news reports)",
    "greysen2012": "Greysen et al. 2012, state medical boards and online professionalism",
}


def cite_label(key: str) -> str:
    """The short label of a guidance key.

    >>> cite_label("gmc2024")
    'GMC, Using social media as a medical professional'
    """
    try:
        return GUIDANCE[key]
    except KeyError:
        raise ScenarioError(f"No guidance is registered under {key!r}.") from None


def _c(letter, text, points, feedback, cites, next=None) -> Choice:
    return Choice(letter, text, feedback, points, tuple(cites), next)


def _node(key: str, prompt: str, choices: tuple[Choice, ...], order: str = "") -> Node:
    """A node whose choices are shown in ``order`` (by their draft letters) and re-lettered A, B, C."""
    if order:
        by_letter = {c.letter: c for c in choices}
        choices = tuple(by_letter[x] for x in order)
    letters = "ABCDEF"
    return Node(key, prompt, tuple(
        Choice(letters[i], c.text, c.feedback, c.points, c.cites, c.next) for i, c in enumerate(choices)))


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "disagreement",
        "A public disagreement",
        "You posted a de-identified prostatic artery embolization (PAE) case thread. Dr K., a senior "
        "urologist with many followers, replies: 'PAE is an unproven fad. IRs should stay in their lane.'",
        (
            _node("start", "How do you respond?", (
                _c("A", "Reply with a sarcastic meme about urologists.", 0,
                   "Mocking a colleague in public undermines trust in both specialties and can have career "
                   "consequences; the standards expected of doctors do not change online.",
                   ("ama2011", "gmc2013")),
                _c("B", "Reply once, calmly: link the published evidence, acknowledge what is uncertain, and "
                   "invite him to continue the discussion.", 2,
                   "A factual, courteous reply gives readers context to judge the claim and keeps the "
                   "discussion about evidence, not people.",
                   ("gmc2024", "ama2011"), "pile_on"),
                _c("C", "Say nothing in public and send him a private message.", 1,
                   "Defensible: it avoids a public fight. But readers of the thread see an unanswered claim; "
                   "one calm, sourced public reply is usually better.",
                   ("gmc2024",)),
            ), order="CAB"),
            _node("pile_on", "His followers pile in with angry replies. What now?", (
                _c("A", "Answer every reply until the last one gives up.", 0,
                   "A long public argument amplifies the conflict and rarely changes minds; remember that "
                   "everything you write is permanent.",
                   ("ama2011",)),
                _c("B", "Step back: you have made your point once. Mute the thread and offer Dr K. a "
                   "conversation offline.", 2,
                   "Good: you keep the evidence on record, protect your time, and move the disagreement to "
                   "a place where colleagues can talk.",
                   ("ama2011", "gmc2024")),
                _c("C", "Delete your original case thread.", 1,
                   "Understandable, but the case was appropriate and the evidence stands; deleting it also "
                   "removes your sourced reply. Muting is usually enough.",
                   ("ama2011",)),
            ), order="BAC"),
        ),
    ),
    Scenario(
        "patient_dm",
        "A patient sends a direct message",
        "A stranger writes to you in a direct message: 'I saw your post about fibroid embolization. I have "
        "heavy bleeding and a 7 cm fibroid. Is UAE right for me? I attached my MRI report.'",
        (
            _node("start", "How do you respond?", (
                _c("A", "Read the report and advise her in the message.", 0,
                   "Advice to someone who is not your patient, on a platform, with no examination or record, "
                   "crosses the patient-physician boundary; guidance limits online exchanges with patients "
                   "to established relationships and secure channels.",
                   ("ama2011", "farnan2013")),
                _c("B", "Reply briefly that you cannot advise through social media, suggest she discuss "
                   "options with her gynecologist or an IR clinic, and link general patient information.", 2,
                   "Kind and safe: you keep the boundary, point her to care, and share only general "
                   "information.",
                   ("ama2011", "farnan2013"), "follow_up"),
                _c("C", "Ignore the message.", 1,
                   "Safe for you, but a one-line reply that points her to care costs little and helps her.",
                   ("farnan2013",)),
            ), order="BAC"),
            _node("follow_up", "She replies that she lives near your hospital and would like to see you.", (
                _c("A", "Give her your personal mobile number.", 0,
                   "Moves the relationship into an unrecorded private channel; guidance advises against "
                   "mixing personal channels with patient care.",
                   ("farnan2013", "ama2011")),
                _c("B", "Point her to the hospital's official referral or booking route.", 2,
                   "Right: care starts through the normal, recorded route, where consent and records apply.",
                   ("farnan2013",)),
                _c("C", "Stop replying.", 1,
                   "Not harmful, but she asked a reasonable question that has a simple answer: the official route.",
                   ("farnan2013",)),
            ), order="ACB"),
        ),
    ),
    Scenario(
        "industry",
        "An offer from industry",
        "Vexa Medical, a (fictional) device company, offers you a fee to post three times about its new "
        "microcatheter, which you already use.",
        (
            _node("start", "What do you do?", (
                _c("A", "Accept and post without mentioning the fee: you would use it anyway.", 0,
                   "Guidance asks physicians to disclose financial interests publicly in the content itself; "
                   "a paid post without disclosure misleads readers.",
                   ("ama_promotion", "mms_guidelines")),
                _c("B", "Check your employer's policy; if allowed, accept and disclose the payment in every "
                   "post and in your bio.", 2,
                   "Disclosure where readers see it is the minimum the guidance asks; some argue that "
                   "managing or avoiding the conflict is better than disclosing it.",
                   ("ama_promotion", "mms_guidelines", "decamp2013"), "delete_request"),
                _c("C", "Decline the offer.", 2,
                   "Always acceptable: avoiding a conflict is stronger than disclosing it.",
                   ("decamp2013",)),
            ), order="CAB"),
            _node("delete_request", "After a complication with the catheter, you mention it in a reply. The "
                 "company asks you to delete the reply.", (
                _c("A", "Delete it: the contract matters.", 0,
                   "Hiding an adverse experience at a sponsor's request puts the sponsor before readers and "
                   "patients.",
                   ("ama_promotion", "decamp2013")),
                _c("B", "Keep the reply, which is accurate and de-identified, and reconsider the partnership.", 2,
                   "Right: your duty to accurate, balanced information comes before a sponsor's wishes.",
                   ("ama_promotion", "decamp2013")),
            ), order="BA"),
        ),
    ),
    Scenario(
        "humour",
        "A joke that goes wrong",
        "A co-resident posts a meme: 'When the 3 a.m. GI bleeder comes back for his fourth angiogram' with a "
        "cropped DSA image from last night's case.",
        (
            _node("start", "What do you do?", (
                _c("A", "Like it; everyone is tired after nights.", 0,
                   "The post is demeaning and the image may identify the patient to staff or family; "
                   "liking it spreads it further.",
                   ("ama2011", "thran2011")),
                _c("B", "Message your co-resident privately, explain the risk, and ask him to take it down.", 2,
                   "This is what the AMA asks: if a colleague's content seems unprofessional, tell them.",
                   ("ama2011",), "refuses"),
                _c("C", "Reply publicly that the post is unprofessional.", 1,
                   "The concern is right, but a public rebuke draws more readers to the post. Speak to him "
                   "privately first.",
                   ("ama2011",)),
            ), order="CAB"),
            _node("refuses", "He says it's just a joke and leaves it up.", (
                _c("A", "Drop it; you tried.", 0,
                   "When content significantly breaches professional norms and the author does nothing, "
                   "guidance asks you to report it to the appropriate authority.",
                   ("ama2011", "greysen2012")),
                _c("B", "Report it through your program's route (program director or the hospital's "
                   "social media policy).", 2,
                   "Right: the AMA asks you to report significant breaches that the author does not fix; "
                   "confidentiality of the patient comes first.",
                   ("ama2011", "greysen2012")),
            ), order="BA"),
        ),
    ),
    Scenario(
        "harassment",
        "Harassment after a post",
        "After you post about IR's role in stroke care, a group of accounts floods your replies with "
        "insults; one posts your hospital's address and says people should 'visit'.",
        (
            _node("start", "What do you do first?", (
                _c("A", "Argue back, point by point.", 0,
                   "Engaging rewards the attackers and keeps you in the thread; it will not change their minds.",
                   ("pendergrast2021",)),
                _c("B", "Do not engage. Screenshot the posts, block and report the accounts, and tell your "
                   "employer's security and communications teams.", 2,
                   "Documenting, reporting and getting institutional support is what physicians who study "
                   "online harassment recommend; threats are a safety matter, not a debate.",
                   ("pendergrast2021",), "journalist"),
                _c("C", "Delete your account at once.", 1,
                   "Protecting yourself is legitimate, but without screenshots you lose the evidence you may "
                   "need to report a threat.",
                   ("pendergrast2021",)),
            ), order="CBA"),
            _node("journalist", "A journalist asks you for comment on the attacks.", (
                _c("A", "Give an angry quote about the attackers.", 0,
                   "Speaking as a doctor in the press links your words to your profession and employer; an "
                   "angry quote can escalate the attacks.",
                   ("ama2011",)),
                _c("B", "Refer the journalist to your hospital's communications team.", 2,
                   "Right: employers usually handle press questions, and they can support you.",
                   ("pendergrast2021",)),
            )),
        ),
    ),
    Scenario(
        "anonymity",
        "An anonymous account",
        "You are tempted to open an anonymous account, '@IR_truths', to post interesting cases and vent "
        "about hospital management.",
        (
            _node("start", "What do you decide?", (
                _c("A", "Go ahead: anonymity means no one will know it is you.", 0,
                   "Anonymous content can often be traced to its author, and identifying yourself as a doctor "
                   "while hiding your name is what UK guidance advises against.",
                   ("gmc2013", "gmc2024")),
                _c("B", "Post professional content under your own name; keep any pseudonymous account "
                   "personal, with no patient content and no claim to be a doctor.", 2,
                   "Guidance expects doctors who comment on health to usually say who they are, and the "
                   "same standards apply to everything you post.",
                   ("gmc2024", "gmc2013", "ama2011")),
                _c("C", "Stay anonymous but post only cases, never complaints.", 0,
                   "Anonymity does not de-identify patients, and colleagues may recognize the cases and you.",
                   ("gmc2013", "thran2011")),
            ), order="BCA"),
        ),
    ),
    Scenario(
        "own_error",
        "Your own mistake",
        "Your popular thread on contrast reactions gave a wrong premedication interval. A colleague points "
        "it out in a reply.",
        (
            _node("start", "What do you do?", (
                _c("A", "Delete the thread quietly.", 1,
                   "The error stops spreading, but those who saved or shared it never learn it was wrong.",
                   ("ama2011",)),
                _c("B", "Thank the colleague, post a visible correction with the source, and edit or "
                   "annotate the thread.", 2,
                   "Physicians are expected to share information that is factual and grounded in evidence; "
                   "a visible correction does that.",
                   ("fsmb2021_misinformation", "ama2011")),
                _c("C", "Defend the interval you posted.", 0,
                   "Defending an error you can check spreads misinformation under your professional name.",
                   ("fsmb2021_misinformation",)),
            ), order="CAB"),
        ),
    ),
)


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

    @property
    def fraction(self) -> float:
        return self.points / self.max_points if self.steps else 0.0


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

_ADVICE = (r"\byou should\b", r"\byou need\b", r"\bin your case\b", r"\bfor you\b", r"\byour fibroid", r"\bi recommend\b",
           r"\bi would\b", r"\bsounds like\b", r"\byou('re| are) a (good )?candidate\b", r"\bdefinitely\b")
_PRIVATE = (r"\bdm\b", r"\bdirect message", r"\bmessage me\b", r"\be-?mail me\b", r"\bcall me\b", r"\bmy (mobile|cell|number|phone)\b",
            r"\bwhatsapp\b", r"\btext me\b", r"\binbox\b")
_CARE = (r"\bdoctor\b", r"\bgynecologist\b", r"\bgynaecologist\b", r"\bgp\b", r"\bphysician\b", r"\bclinic\b",
         r"\bspecialist\b", r"\binterventional radiologist\b", r"\bcare team\b")


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
        BoundaryFinding("fits in one post", len(reply) <= limit,
                        f"{len(reply)} of {limit} characters." if len(reply) <= limit else f"Shorten it to {limit} characters."),
        BoundaryFinding("no individual advice", not found_advice,
                        "General only." if not found_advice else "Avoid phrases that advise this person (e.g. 'you should', 'in your case')."),
        BoundaryFinding("no private channel", not found_private,
                        "Stays public and general." if not found_private else "Do not invite direct messages, e-mail or calls."),
        BoundaryFinding("points to care", points_to_care,
                        "Points to her own doctors." if points_to_care else "Suggest she ask her own doctor, gynecologist or an IR clinic."),
    ]
