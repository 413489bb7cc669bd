"""Ages over 89 (Safe Harbor groups them as "90 or older"), in every supported language.

"92-year-old", "99yrs", "Age 92", "94-jährige", "92 ans", "di 95 anni", "95 años", "91 anos",
"93 jaar", "-jarige", "92 ετών", "centenarian" and its translations. Ages written as a group
("90+", "90 or older", "über 90") or as decades ("in her 90s") are what Safe Harbor allows.
"""

from __future__ import annotations

import re

from irsocial.postsafety.recognizers.base import Doc, register

BLOCK = "block"

_NUMBER = re.compile(r"(?<![\d.,/:-])(?:9\d|1[01]\d|12[0-5])(?![\d]|[.,/:]\d)")
_UNIT_AFTER = re.compile(
    r"\s?-?\s?(?:years?|yrs?|y)\s?-?\s?(?:old\b|o\b)|\s?-?\s?(?:yo|y/o|y\.o\.|yrs?|yr-old|year-old)(?![a-z])|"
    r"\s?[mfMF]\b(?![\w]|\.\w)|\s?-?\s?(?:jährige[rnms]?|jähr\.|jahre\b|jahren\b|j\.)|\s?ans\b|"
    r"\s?(?:anni|enne|ennen?)\b|\s?años\b|\s?anos\b|\s?-?\s?(?:jaar|jarige)\b|\s?-?\s?(?:ετών|ετων|χρονών|χρονων|"
    r"χρονη|χρονος|χρονο|χρόνων|έτη)",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(
    r"(?:\bage[sd]?|\bâgée?s?\s+de|\balter(?:\s+von)?|\bim alter von|\betà(?:\s+di)?|"
    r"\bedad(?:\s+de)?|\bidade(?:\s+de)?|\bleeftijd(?:\s+van)?|\bηλικίας|\bηλικία)\s*:?\s*$",
    re.IGNORECASE,
)
_GROUPED = re.compile(
    r"\s*(?:\+|or (?:older|over)|and (?:older|over)|s\b|er\b|ern\b|\s?plus\b|\s?e più|\s?y más|"
    r"\s?ou mais|\s?en ouder|\s?και άνω)",
    re.IGNORECASE,
)
_GROUPED_BEFORE = re.compile(
    r"(?:over|above|über|plus de|oltre(?: i)?|más de|mais de|ouder dan|boven|άνω των|"
    r"ab|dès|from|more than|≥|>)\s*$",
    re.IGNORECASE,
)
_CENTENARIAN = re.compile(
    r"\b(?:super)?centenarian|\bhundertjährig\w*|\bcentenaire\b|\bcentenari[ao]\b|"
    r"\bcentenári[ao]\b|\bhonderdjarige\b|\bυπεραιωνόβι\w*|\bαιωνόβι\w*",
    re.IGNORECASE,
)
_BIRTHDAY = re.compile(
    r"(?:turned|turns|turning|wird|wurde|fête ses|a fêté ses|compie|ha compiuto|cumple|cumplió|"
    r"faz|fez|wordt|werd|έκλεισε|κλείνει)\s*$",
    re.IGNORECASE,
)
_SAFE_AFTER = re.compile(
    r"[\s,)]*(?:fr|french|f\b|mm|cm|ml|mg|kg|g\b|kvp|kv|ma|mas|mgy|gy|%|min|mins|minutes|s\b|"
    r"sec|hours|h\b|days|weeks|months|cases|patients|pts|ptx)",
    re.IGNORECASE,
)


@register("ages over 89")
def find(doc: Doc) -> None:
    text = doc.text
    for m in _CENTENARIAN.finditer(text):
        doc.add("age_over_89", BLOCK, m.start(), m.end(), "A centenarian is over 89: that age identifies.")
    if not doc.digits:
        return
    for m in _NUMBER.finditer(text):
        s, e = m.span()
        after, before = text[e : e + 16], text[max(0, s - 20) : s]
        if _GROUPED.match(after) or _GROUPED_BEFORE.search(before):
            continue  # "90+", "90 or older", "in her 90s": the grouping Safe Harbor allows
        unit = _UNIT_AFTER.match(after)
        if unit:
            doc.add("age_over_89", BLOCK, s, e, f"An age of {m.group(0)} (over 89) identifies.")
            continue
        if _AGE_BEFORE.search(before):
            if _SAFE_AFTER.match(after):
                continue
            doc.add("age_over_89", BLOCK, s, e, f"An age of {m.group(0)} (over 89) identifies.")
            continue
        if _BIRTHDAY.search(before) or (int(m.group(0)) >= 100 and re.match(r"!{2,}", after)):
            doc.add("age_over_89", BLOCK, s, e, f"An age of {m.group(0)} (over 89) identifies.")
            continue
        if re.search(r"[A-ZÀ-ÞΑ-Ω][\w'’-]*[a-zß-ÿα-ω]\s*\(\s*$", before) and re.match(r"\s*[!?]*\s*\)", after):
            doc.add("age_over_89", BLOCK, s, e, f"An age of {m.group(0)} (over 89) after a name identifies.")
            continue
        if before.rstrip().endswith(("(", ",")) and re.match(r"\s*[!?]*\s*[,)]", after):
            if doc.context(s, e) == "patient":
                doc.add("age_over_89", BLOCK, s, e, f"An age of {m.group(0)} (over 89) identifies.")
