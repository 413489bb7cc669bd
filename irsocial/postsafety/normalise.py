"""Unicode normalisation before any rule runs, with a map back to the original offsets.

NFKC folds look-alike characters (full-width digits, ligatures, non-breaking spaces); zero-width
characters and soft hyphens are dropped and every kind of dash or non-breaking hyphen becomes "-",
so that "07700\u200b900123" or "MRN\u00a0004\u20118291" cannot slip past a pattern. Findings are
made on the normalised text and reported at the offsets of the original.

>>> norm = normalise("Tel 0\u200b7700 900\u2011123")
>>> norm.text, norm.span(4, 17)
('Tel 07700 900-123', (4, 18))
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u200e", "\u200f"}
_DASHES = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe63", "\uff0d"}


@dataclass(frozen=True)
class Normalised:
    text: str
    offsets: tuple[int, ...] | None  # original index of each character of ``text``; None: unchanged
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of the normalised span [start, end)."""
        if self.offsets is None:
            return start, end
        if end <= start:
            o = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def normalise(text: str) -> Normalised:
    if text.isascii():
        return Normalised(text, None, text)
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        if ch in _DASHES:
            folded = "-"
        elif ch.isascii():
            folded = ch
        else:
            folded = unicodedata.normalize("NFKC", ch)
            if folded.isspace():
                folded = " "
        out.append(folded)
        offsets.extend([i] * len(folded))
    # Combining marks typed separately (e + U+0301) compose into one letter; keep the offsets in step.
    joined = "".join(out)
    if not unicodedata.is_normalized("NFC", joined):
        composed, comp_offsets, j = [], [], 0
        while j < len(out):
            k = j + 1
            while k < len(out) and unicodedata.combining(out[k][0]):
                k += 1
            piece = unicodedata.normalize("NFC", "".join(out[j:k]))
            composed.append(piece)
            comp_offsets.extend([offsets[sum(len(x) for x in out[:j])]] * len(piece))
            j = k
        joined, offsets = "".join(composed), comp_offsets
    return Normalised(joined, tuple(offsets), text)
