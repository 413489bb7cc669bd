"""Synthetic IR case write-ups with planted identifiers, for the case-sharing exercise (chapter 03).

A write-up reads like the note a resident might draft before turning a case into a thread: the
clinical question, the key images, the technique, a complication and the teaching point. Each
one carries a few *planted* identifiers (a name, an age over 89, a town, a date, a record
number) for the post checker to find and the resident to remove. Everything is invented by
seeded code: no real patient, clinician or hospital is described.

>>> case = make_case_writeup("tace", seed=3)
>>> case.kind, len(case.planted) >= 4
('tace', True)
>>> case == make_case_writeup("tace", seed=3)
True
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from irsocial.postsafety.identifiers import BLOCK, find_identifiers
from irsocial.postsafety.platforms import find_hashtags, get_platform

KINDS = ("tace", "pseudoaneurysm")

#: Words that name an imaging modality or view; good alt text for an IR image names one.
MODALITY_WORDS = (
    "angiogram",
    "angiography",
    "arteriogram",
    "dsa",
    "subtraction",
    "ct",
    "cta",
    "cone-beam",
    "cbct",
    "mri",
    "mr",
    "ultrasound",
    "doppler",
    "fluoroscopy",
    "fluoroscopic",
    "radiograph",
    "x-ray",
    "venogram",
    "portogram",
)

_SURNAMES = ("Halvorsen", "Okonkwo", "Papadakis", "Lindqvist", "Moreau", "Castellano", "Brennan", "Varga")
_TITLES = ("Mr", "Mrs", "Ms")
_TOWNS = ("Ashbury", "Kelmscott", "Dunmore", "Westfield", "Carrow", "Elmhurst")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class CaseWriteupError(ValueError):
    """Raised for a case kind the generator does not know."""


@dataclass(frozen=True)
class PlantedIdentifier:
    """One identifier planted in a write-up: what it is and the exact text."""

    rule: str
    text: str


@dataclass(frozen=True)
class CaseWriteup:
    """A synthetic case write-up and what a good post made from it must keep."""

    kind: str
    title: str
    text: str
    teaching_point: str
    key_terms: tuple[str, ...]  # words the teaching point cannot lose (any spelling case)
    finding_words: tuple[str, ...]  # words that name the key image finding (for alt text)
    image: str  # a plain description of the key image, for writing alt text
    planted: tuple[PlantedIdentifier, ...] = field(default_factory=tuple)

    def as_markdown(self) -> str:
        """The write-up as Markdown for display in a notebook."""
        return f"**{self.title}** (synthetic)\n\n{self.text}\n\n*Key image:* {self.image}"


def _identity(rng: random.Random) -> dict:
    return {
        "title": rng.choice(_TITLES),
        "surname": rng.choice(_SURNAMES),
        "age": rng.randint(90, 96),
        "town": rng.choice(_TOWNS),
        "day": rng.randint(2, 27),
        "month": rng.choice(_MONTHS),
        "mrn": rng.randint(1_000_000, 9_999_999),
    }


def _planted(who: dict, name: str) -> tuple[PlantedIdentifier, ...]:
    """The identifiers a write-up built from ``_identity`` carries (name, age, town, date, record number)."""
    return (
        PlantedIdentifier("name", name),
        PlantedIdentifier("age_over_89", str(who["age"])),
        PlantedIdentifier("place", who["town"]),
        PlantedIdentifier("date", f"{who['day']} {who['month']}"),
        PlantedIdentifier("record_number", str(who["mrn"])),
    )


def planted_left(case: CaseWriteup, text: str) -> list[str]:
    """The planted identifiers still in ``text``, as whole words.

    An age over 89 written as Safe Harbor's single category ("90 or older", "90+") does not count.

    >>> case = make_case_writeup("tace", seed=0)
    >>> age = next(p.text for p in case.planted if p.rule == "age_over_89")
    >>> planted_left(case, f"A woman aged {age} had a TACE."), planted_left(case, "A woman aged 90 or older had a TACE.")
    ([...], [])
    """
    left = []
    for item in case.planted:
        pattern = r"(?<![\w.])" + re.escape(item.text) + r"(?![\w])"
        if item.rule == "age_over_89":
            pattern += r"(?!\s*(?:\+|or older|or over|and older))"
        if re.search(pattern, text):
            left.append(item.text)
    return left


def _tace(rng: random.Random) -> CaseWriteup:
    who = _identity(rng)
    size = rng.choice(("3.8", "4.2", "4.6", "5.1"))
    segment = rng.choice(("6", "7", "8"))
    fr = rng.choice(("2.4", "2.7"))
    name = f"{who['title']} {who['surname']}"
    text = (
        f"{name}, {who['age']}, from {who['town']}, was referred on {who['day']} {who['month']} with a "
        f"{size} cm hepatocellular carcinoma in segment {segment} (MRN {who['mrn']}). "
        f"Question: how do you treat one tumor while sparing a cirrhotic liver? "
        f"Arterial phase CT showed a hypervascular lesion with washout. "
        f"The common hepatic angiogram showed a tumor blush fed by a segment {segment} branch. "
        f"We used a {fr} Fr microcatheter for superselective catheterization and gave a conventional TACE "
        f"with lipiodol and doxorubicin, then gelatin sponge to stasis. "
        f"Cone-beam CT confirmed dense lipiodol uptake in the tumor. "
        f"Complication: post-embolization syndrome with fever and pain, settled in 48 hours with supportive care. "
        f"Teaching point: superselective TACE treats the tumor and spares the non-tumorous liver."
    )
    planted = _planted(who, name)
    return CaseWriteup(
        kind="tace",
        title="Superselective conventional TACE for a single hepatocellular carcinoma",
        text=text,
        teaching_point="Superselective TACE treats the tumor and spares the non-tumorous liver.",
        key_terms=("superselective", "TACE", "spares"),
        finding_words=("blush", "hypervascular", "tumor", "lipiodol"),
        image=f"Common hepatic artery digital subtraction angiogram: a tumor blush in segment {segment} "
        "fed by one branch; the microcatheter tip sits in that branch.",
        planted=planted,
    )


def _pseudoaneurysm(rng: random.Random) -> CaseWriteup:
    who = _identity(rng)
    size = rng.choice(("1.4", "1.8", "2.2"))
    artery = rng.choice(("gastroduodenal", "splenic"))
    name = f"{who['title']} {who['surname']}"
    text = (
        f"{name}, {who['age']}, from {who['town']}, was admitted on {who['day']} {who['month']} with a "
        f"falling hemoglobin after pancreatitis (MRN {who['mrn']}). "
        f"Question: where is the bleeding, and can it be stopped without surgery? "
        f"CT angiography showed a {size} cm pseudoaneurysm of the {artery} artery. "
        f"Selective angiogram confirmed the pseudoaneurysm with contrast filling the sac. "
        f"We coiled the {artery} artery across the neck, distal then proximal, to close the front and back doors. "
        f"The completion angiogram showed no further filling of the sac. "
        f"Complication: a small groin hematoma, managed with compression. "
        f"Teaching point: embolize across the neck of a pseudoaneurysm, both distal and proximal, "
        f"so that it cannot refill from collaterals."
    )
    planted = _planted(who, name)
    return CaseWriteup(
        kind="pseudoaneurysm",
        title=f"Coil embolization of a {artery} artery pseudoaneurysm",
        text=text,
        teaching_point="Embolize across the neck of a pseudoaneurysm, both distal and proximal.",
        key_terms=("neck", "distal", "proximal"),
        finding_words=("pseudoaneurysm", "sac", "contrast"),
        image=f"Selective {artery} artery digital subtraction angiogram: a rounded pseudoaneurysm sac "
        "filling with contrast from the artery.",
        planted=planted,
    )


_MAKERS = {"tace": _tace, "pseudoaneurysm": _pseudoaneurysm}


def make_case_writeup(kind: str = "tace", seed: int = 0) -> CaseWriteup:
    """A seeded synthetic case write-up of ``kind`` ("tace" or "pseudoaneurysm").

    >>> make_case_writeup("pseudoaneurysm", seed=1).planted[0].rule
    'name'
    """
    if kind not in _MAKERS:
        raise CaseWriteupError(f"Unknown case kind {kind!r}: choose one of {', '.join(KINDS)}.")
    return _MAKERS[kind](random.Random(f"{kind}:{seed}"))


def blocking_findings(text: str) -> list:
    """The findings in ``text`` that must be fixed before posting (severity "block")."""
    return [f for f in find_identifiers(text) if f.severity == BLOCK]


def missing_terms(text: str, case: CaseWriteup) -> list[str]:
    """The key terms of the case's teaching point that ``text`` has lost (empty when it survives).

    >>> case = make_case_writeup("tace")
    >>> missing_terms(case.teaching_point, case)
    []
    """
    lower = text.lower()
    return [term for term in case.key_terms if term.lower() not in lower]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z][a-z-]*", text.lower()))


def alt_text_problems(alt: str, case: CaseWriteup, platform: str = "x") -> list[str]:
    """What is wrong with ``alt`` as alt text for the case's key image (empty list: nothing).

    Checks: not empty or a bare label; within the platform's alt-text limit where one is known
    (X 1,000 characters; Mastodon 1,500); names the modality or view; names the finding; repeats
    no identifier. WCAG sets no length; about 125 characters is only a common heuristic, so a
    longer alt text is allowed when the image needs it.

    >>> case = make_case_writeup("tace")
    >>> alt_text_problems("Angiogram: tumor blush in the right liver fed by one branch.", case)
    []
    """
    problems: list[str] = []
    if not isinstance(alt, str) or len(alt.strip()) < 30:
        return ["Too short to describe the image: give the modality or view and the finding (30 characters or more)."]
    limit = get_platform(platform).alt_text_limit
    if limit and len(alt) > limit:
        problems.append(f"{len(alt)} characters: {get_platform(platform).name} accepts {limit} for alt text.")
    words = _words(alt)
    if not words & set(MODALITY_WORDS) and "cone-beam" not in alt.lower():
        problems.append(
            "Name the modality or view (for example 'digital subtraction angiogram' or 'arterial phase CT')."
        )
    if not any(w in alt.lower() for w in case.finding_words):
        problems.append("Name the finding the image shows (for example: " + ", ".join(case.finding_words[:2]) + ").")
    if blocking_findings(alt):
        problems.append(
            "The alt text contains an identifier: " + ", ".join(f.text for f in blocking_findings(alt)) + "."
        )
    return problems


def hashtag_problems(tags: list[str] | tuple[str, ...], platform: str) -> list[str]:
    """What is wrong with a set of hashtags for ``platform`` (empty list: nothing).

    Each tag must be one well-formed hashtag; the count must respect the platform's documented
    limit (Instagram 5); the set needs at least one tag and no duplicates.

    >>> hashtag_problems(["#IRad", "#TACE"], "instagram")
    []
    >>> hashtag_problems(["#IRad"] * 2, "x")
    ['#IRad is there twice.']
    """
    plat = get_platform(platform)
    problems: list[str] = []
    if not tags:
        return ["Choose at least one hashtag, such as #IRad."]
    seen: set[str] = set()
    for tag in tags:
        found = find_hashtags(tag) if isinstance(tag, str) else []
        if len(found) != 1 or found[0].text != tag.strip():
            problems.append(f"{tag!r} is not one hashtag: write it like '#IRad', with no spaces.")
            continue
        if found[0].problem:
            problems.append(found[0].problem)
        key = tag.strip().lower()
        if key in seen:
            problems.append(f"{tag.strip()} is there twice.")
        seen.add(key)
    if plat.hashtag_limit is not None and len(tags) > plat.hashtag_limit:
        problems.append(f"{len(tags)} hashtags; {plat.name} allows {plat.hashtag_limit}. Keep the most specific.")
    return problems
