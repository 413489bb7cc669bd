"""Reading grade (Flesch–Kincaid) of a patient-facing post, and IR jargon with plain-language swaps.

Formulas (``kincaid1975`` and ``flesch1948`` in book/references.bib):

- Flesch–Kincaid Grade Level = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
  (Kincaid, Fishburne, Rogers & Chissom, Research Branch Report 8-75, Naval Technical Training
  Command, 1975).
- Flesch Reading Ease = 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words)
  (Flesch, 1948).

The course's target for patient-facing text is grade 8 or below (NIH's recommendation as reported
by Rooney et al. 2021; the AMA suggests grade 6). Syllables are counted by a small rule-based
counter (vowel groups with the usual English corrections), so scores differ slightly from other
tools, as every tool's do; short jargon can still score as "easy", which is why the jargon table
is checked as well. Everything runs offline.

>>> round(flesch_kincaid_grade("The cat sat on the mat."), 1)
-1.4
>>> [t.term for t in find_jargon("We will do a TACE through the femoral artery.")]
['TACE', 'femoral artery']
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from importlib import resources

TARGET_GRADE = 8.0


def _load_jargon() -> dict[str, str]:
    """IR terms and a plain-language version for patients (the course's own wording).

    The table is data, ``irsocial/postsafety/data/jargon.csv`` (columns ``term``, ``plain``), shipped
    inside the package so that the toolkit works on its own.
    """
    text = resources.files("irsocial.postsafety").joinpath("data", "jargon.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows or any(not r.get("term") or not r.get("plain") for r in rows):
        raise ValueError("irsocial/postsafety/data/jargon.csv: every row needs a term and a plain version.")
    return {r["term"]: r["plain"] for r in rows}


JARGON: dict[str, str] = _load_jargon()
_JARGON_PATTERN = re.compile(
    r"\b(?:" + "|".join(re.escape(t) for t in sorted(JARGON, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_ACRONYMS = {t for t in JARGON if t.isupper() or any(c.isdigit() for c in t)}


@dataclass(frozen=True)
class JargonTerm:
    """A jargon term found in a text and its plain-language suggestion."""

    term: str
    start: int
    end: int
    plain: str


def find_jargon(text: str) -> list[JargonTerm]:
    """IR jargon in ``text`` with a plain-language suggestion for each (acronyms must match case)."""
    found = []
    for match in _JARGON_PATTERN.finditer(text):
        word = match.group(0)
        key = next((t for t in JARGON if t.lower() == word.lower()), word)
        if key in _ACRONYMS and word != key:
            continue  # "tips" in "tips for residents" is not TIPS
        found.append(JargonTerm(word, match.start(), match.end(), JARGON[key]))
    return found


_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:['’-][A-Za-zÀ-ÿ]+)*|\d+(?:[.,]\d+)?")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n\s*\n")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def count_syllables(word: str) -> int:
    """Syllables in one English word, by vowel groups with the common corrections.

    >>> [count_syllables(w) for w in ("cat", "embolization", "make", "radiology", "the")]
    [1, 5, 1, 5, 1]
    """
    w = word.lower().strip("'’")
    if not w:
        return 0
    if w.isdigit():
        return max(1, len(w))  # read as digits, roughly
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", lambda m: m.group(0)[0], w)
    w = re.sub(r"^y", "", w)
    groups = len(_VOWEL_GROUPS.findall(w))
    groups += len(re.findall(r"ia|io(?!n)|ua|iu|ea$|eate", w))  # vowels said apart (idea, area)
    return max(1, groups)


@dataclass(frozen=True)
class ReadingStats:
    """Counts and scores for one text."""

    sentences: int
    words: int
    syllables: int
    grade: float  # Flesch–Kincaid Grade Level
    ease: float  # Flesch Reading Ease


def reading_stats(text: str) -> ReadingStats:
    """Sentences, words, syllables, Flesch–Kincaid grade and Flesch Reading Ease of ``text``.

    Hashtags, handles and links are left out of the counts (they are not read as prose).
    """
    prose = re.sub(r"(?:https?://|www\.)\S+|[#@]\w+", " ", text)
    words = _WORD.findall(prose)
    if not words:
        return ReadingStats(0, 0, 0, 0.0, 0.0)
    sentences = max(1, len([s for s in _SENTENCE_END.split(prose) if _WORD.search(s)]))
    syllables = sum(count_syllables(w) for w in words)
    wps, spw = len(words) / sentences, syllables / len(words)
    grade = 0.39 * wps + 11.8 * spw - 15.59
    ease = 206.835 - 1.015 * wps - 84.6 * spw
    return ReadingStats(sentences, len(words), syllables, round(grade, 2), round(ease, 2))


def flesch_kincaid_grade(text: str) -> float:
    """The Flesch–Kincaid Grade Level of ``text`` (0.0 for a text with no words)."""
    return reading_stats(text).grade
