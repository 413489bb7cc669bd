"""Chapters stay readable for residents whose first language is not English.

What is measured: the prose of each chapter (book/NN-*.md), section by section. A section is the
text under one ``##`` or ``###`` heading (the text before the first heading is "(opening)").
Before measuring, MyST markup is stripped:

- the front matter, headings, tables, HTML comments and fenced code;
- directives that hold no running prose: ``{quiz}``, ``{bibliography}``, ``{figure}`` (its caption
  is short by design) and the "Learning objectives" admonition (its bullets carry ids owned by
  the assessment pages and are left as they are);
- admonition option lines (``:class: tip``); the text of other admonitions (cases, "pause and
  reflect", notes) is prose and is measured;
- roles: citations (``{cite:p}`key```) are dropped, other roles keep their visible text;
  Markdown links keep their text; inline code is dropped; emphasis marks are removed.

Each paragraph and each list item counts as at least one sentence. The grade is the
Flesch–Kincaid grade level computed by the project's own ``reading_stats`` (the same function the
course uses for patient-facing posts). A section fails above grade 10; a sentence fails above 30
words. The report lists each section's grade and its longest sentences.
"""

from __future__ import annotations

import re

import pytest

from conftest import toc_chapters
from irsocial.postsafety.readability import reading_stats

MAX_GRADE = 10.0
MAX_SENTENCE_WORDS = 30
CHAPTERS = toc_chapters()


def _params():
    return [pytest.param(c, id=c.stem) for c in CHAPTERS]


_FENCE = re.compile(r"^(`{3,}|:{3,})\s*(\{[\w-]+\})?\s*(.*)$")
_SKIPPED_DIRECTIVES = {"{quiz}", "{bibliography}", "{figure}", "{glossary}", "{code-cell}"}
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:['’-][A-Za-zÀ-ÿ]+)*|\d+(?:[.,]\d+)?")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n\s*\n")


def _strip_inline(line: str) -> str:
    """One line of MyST prose with its inline markup removed."""
    line = re.sub(r"\{cite(?::\w+)?\}`[^`]*`", "", line)
    line = re.sub(r"\{[\w:-]+\}`([^`<]*?)\s*(?:<[^`]*>)?`", r"\1", line)
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"`[^`]*`", "", line)
    line = re.sub(r"(\*\*|\*|__)", "", line)
    line = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", line)
    line = re.sub(r"^\s*>\s?", "", line)
    return line


def prose_sections(markdown: str) -> dict[str, str]:
    """The measurable prose of a MyST page, keyed by section heading (see the module docstring)."""
    text = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.S)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    sections: dict[str, list[str]] = {"(opening)": []}
    current = "(opening)"
    stack: list[tuple[str, bool]] = []  # open fences: (marker, skipped?)
    for raw in text.splitlines():
        fence = _FENCE.match(raw.strip())
        if fence and stack and fence.group(1) == stack[-1][0] and not fence.group(2) and not fence.group(3):
            stack.pop()
            sections[current].append("")
            continue
        if fence and (fence.group(2) or not stack or not stack[-1][1]):
            name, argument = fence.group(2) or "", fence.group(3)
            skipped = (
                name in _SKIPPED_DIRECTIVES
                or not name  # plain code fence
                or (name == "{admonition}" and argument.strip().startswith("Learning objectives"))
                or any(s for _, s in stack)
            )
            if name == "{admonition}" and not skipped:
                sections[current].append(argument + ".")  # the admonition's title is read
            stack.append((fence.group(1), skipped))
            sections[current].append("")
            continue
        if stack and stack[-1][1]:
            continue
        line = raw.strip()
        if line.startswith("#"):
            current = line.lstrip("#").strip()
            sections.setdefault(current, [])
            continue
        if line.startswith("|") or re.match(r"^:[\w-]+:", line) or re.match(r"^\([\w-]+\)=$", line):
            sections[current].append("")  # table row, option line or label
            continue
        if re.match(r"^\s*(?:[-*+]|\d+\.)\s+", raw):
            sections[current].append("")  # each list item is its own unit
        sections[current].append(_strip_inline(line))
    out = {}
    for heading, lines in sections.items():
        body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
        if _WORD.search(body):
            out[heading] = body
    return out


def sentences(prose: str) -> list[str]:
    """The sentences of ``prose``, split the way ``reading_stats`` counts them."""
    return [s.strip() for s in _SENTENCE_END.split(prose) if _WORD.search(s)]


def measure(path) -> list[tuple[str, float, int, list[tuple[int, str]]]]:
    """Per section: heading, grade, word count and the three longest sentences (words, text)."""
    rows = []
    for heading, prose in prose_sections(path.read_text(encoding="utf-8")).items():
        stats = reading_stats(prose)
        longest = sorted(((len(_WORD.findall(s)), " ".join(s.split())) for s in sentences(prose)), reverse=True)[:3]
        rows.append((heading, stats.grade, stats.words, longest))
    return rows


def report(path) -> str:
    lines = [f"{path.name}"]
    for heading, grade, words, longest in measure(path):
        flag = f"  <-- above grade {MAX_GRADE:g}" if grade > MAX_GRADE else ""
        lines.append(f"  {grade:5.1f}  {words:4d} words  {heading}{flag}")
        for n, text in longest[:2]:
            lines.append(f"           {n:3d} w: {text[:110]}")
    return "\n".join(lines)


def test_markup_is_stripped_before_measuring():
    page = (
        "---\nteaching: 5\n---\n# Title\n\n```{admonition} Learning objectives\n- an objective with "
        "extraordinarily multisyllabic vocabulary\n```\n\nYou post a case {cite:p}`hage2018`. See "
        "{doc}`the exercise <../exercises/x>` and [the guide](https://example.org).\n\n| a | b |\n|---|---|\n"
        "\n```{admonition} Pause and reflect\n:class: tip\n\nWhat would you change?\n```\n\n"
        "```{quiz} quizzes/x.yml\n```\n## Key points\n\n- One point.\n- Two points\n"
    )
    sections = prose_sections(page)
    assert (
        sections["Title"]
        == "You post a case . See the exercise and the guide.\n\nPause and reflect.\n\nWhat would you change?"
    )
    assert sentences(sections["Key points"]) == ["One point", "Two points"]


@pytest.mark.parametrize("chapter", _params())
def test_every_section_is_at_grade_10_or_below(chapter):
    text = report(chapter)
    print(text)
    above = [(h, g) for h, g, _, _ in measure(chapter) if g > MAX_GRADE]
    assert not above, f"sections above grade {MAX_GRADE}: {above}\n{text}"


@pytest.mark.parametrize("chapter", _params())
def test_no_sentence_is_longer_than_30_words(chapter):
    long = [(h, n, s) for h, _, _, longest in measure(chapter) for n, s in longest if n > MAX_SENTENCE_WORDS]
    assert not long, "split these sentences:\n" + "\n".join(f"  [{h}] {n} words: {s}" for h, n, s in long)
