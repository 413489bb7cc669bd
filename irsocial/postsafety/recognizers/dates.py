"""Dates tied to a patient: numeric, with month names in eight languages, relative, named holidays.

Month and weekday names come from the Unicode CLDR data that ``babel`` (BSD-3-Clause) ships: the
format and stand-alone forms, wide and abbreviated (Greek genitive "14 Μαρτίου" included). Context
decides the severity: in a sentence about a patient a date is blocked; next to a congress, a
deadline or a registration it is left alone; otherwise a person reviews it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from irsocial.postsafety.recognizers.base import Doc, register

BLOCK, REVIEW = "block", "review"
LANGS = ("en", "de", "fr", "it", "es", "pt", "nl", "el")


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def calendar_words() -> tuple[frozenset, frozenset]:
    """(month names, weekday names) of every supported language (the table generated from CLDR)."""
    from irsocial.postsafety.recognizers._cldr_calendar import MONTHS, WEEKDAYS

    return MONTHS, WEEKDAYS


_WORDLIKE = r"[^\W\d_]{3,12}"


@lru_cache(maxsize=1)
def _patterns():
    # Month and weekday slots match any word; the word is then looked up in the CLDR table (fast to compile).
    mon = rf"(?P<mon>{_WORDLIKE})\.?"
    day = r"(?:0?[1-9]|[12]\d|3[01])"
    ordinal = r"(?:st|nd|rd|th|er|e|º|ª|η|ης|\.)?"
    year = r"(?:19|20)\d\d"
    named = [
        re.compile(rf"(?<![\w.,]){day}{ordinal}\s*(?:of\s+|de\s+)?{mon}(?:,?\s+(?:de\s+|του\s+)?{year})?(?!\w)", re.I),
        re.compile(rf"(?<![\w]){mon}\s+{day}{ordinal}(?!\w)(?:,?\s+{year})?", re.I),
        re.compile(rf"(?<![\w]){day}-{mon}-(?:{year}|\d\d)(?!\w)", re.I),
        re.compile(rf"\bthe\s+{day}(?:st|nd|rd|th)\b(?:\s+of\s+(?P<mon2>{_WORDLIKE}))?", re.I),
    ]
    weekday = "(?:" + "|".join(map(re.escape, sorted(calendar_words()[1], key=len, reverse=True))) + ")"
    relative = re.compile(
        rf"\b(?:(?:last|this|next|on|letzten|letzte[nm]?|am|vergangenen|ce|le|lo scorso|scorso|el|este|el pasado|"
        rf"na|no|na passada|afgelopen|vorige|την περασμένη|την|το)\s+{weekday}|{weekday}\s+(?:dernier|scorso|pasado|"
        rf"passad[ao]|morning|afternoon|evening|night|morgen|abend|nacht|matin|soir|mattina|sera|mañana|tarde|noche|"
        rf"manhã|noite|ochtend|avond)|yesterday|the day before yesterday|last (?:night|week(?:end)?)|gestern|vorgestern|"
        rf"letzte woche|hier|avant-hier|la semaine dernière|ieri|l'altro ieri|la settimana scorsa|ayer|anteayer|"
        rf"la semana pasada|ontem|anteontem|na semana passada|gisteren|eergisteren|vorige week|χθες|προχθές|"
        rf"την περασμένη εβδομάδα|christmas(?: day| eve)?|boxing day|new year'?s(?: day| eve)|easter(?: sunday| monday)?|"
        rf"thanksgiving|halloween|heiligabend|weihnachten|silvester|ostern|noël|nouvel an|pâques|natale|capodanno|"
        rf"pasqua|ferragosto|navidad|nochebuena|nochevieja|semana santa|natal|páscoa|kerstmis|kerstavond|oudjaar|pasen|"
        rf"koningsdag|χριστούγεννα|πάσχα|πρωτοχρονιά|today|tonight|this (?:morning|afternoon|evening)|heute|heute morgen|"
        rf"aujourd'hui|ce matin|oggi|stamattina|hoy|esta mañana|hoje|esta manhã|vandaag|vanochtend|σήμερα)\b",
        re.I,
    )
    return named, relative


_NUMERIC = [
    re.compile(r"(?<![\w.,/-])(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?![\w/-]|[.,]\d)"),
    re.compile(r"(?<![\w.,/-])(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)?\d\d(?![\w/-]|[.,]\d)"),
    re.compile(r"(?<![\w.,/-])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:19|20)?\d\d(?![\w/-]|[.,]\d)"),
    re.compile(
        r"\b(?:on|am|le|il|el|a|op|em|since|from|until|dated|vom|du|del|sinds|στις|till|born|geboren|née?|"
        r"nat[oa]|nacid[oa]|nascid[oa]|γεννήθηκε) "
        r"(?P<d>(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])\.?|(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01]))"
        r"(?![/\d.,]\d|\w)"
    ),
    re.compile(r"(?<![\w.,/-])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w/-]|[.,]\d)"),
]
_BIRTH_BEFORE = re.compile(
    r"(?:dob|d\.o\.b\.?|date of birth|born(?: on)?|geb\.?|geboren(?: am)?|geburtsdatum|date de naissance|née? le|"
    r"data di nascita|nat[oa] il|fecha de nacimiento|nacid[oa] el|data de nascimento|nascid[oa] a|geboortedatum|"
    r"geboren op|ημερομηνία γέννησης|γεννημέν\w+ στις)\s*:?\s*$",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"today|tonight|this (?:morning|afternoon|evening)|heute|aujourd'hui|ce matin|oggi|stamattina|"
    r"hoy|esta mañana|hoje|esta manhã|vandaag|vanochtend|σήμερα",
    re.I,
)
_MEASURE_AFTER = re.compile(r"\s?(?:%|mm|cm|fr|ml|mg|kv|gy|x\b)", re.I)


@register("dates")
def find(doc: Doc) -> None:
    text = doc.text
    named, relative = _patterns()
    months = calendar_words()[0]
    spans = []
    if doc.digits:
        for pattern in _NUMERIC + named:
            for m in pattern.finditer(text):
                if "mon" in pattern.groupindex and m.group("mon").lower() not in months:
                    continue
                if "mon2" in pattern.groupindex and m.group("mon2") and m.group("mon2").lower() not in months:
                    continue
                s, e = m.span("d") if "d" in pattern.groupindex else m.span()
                if _MEASURE_AFTER.match(text, e):
                    continue
                if re.search(r"(?:firmware|version|v|pmid|doi|nct|fw)\s*:?\s*$", text[max(0, s - 10) : s], re.I):
                    continue
                spans.append((s, e))
                if _BIRTH_BEFORE.search(text[max(0, s - 24) : s]):
                    doc.add("date", BLOCK, s, e, "A date of birth identifies a patient.")
                    continue
                where = doc.context(s, e)
                if where == "event":
                    continue
                if pattern is _NUMERIC[4] and where != "patient":
                    continue  # 20260314 alone could be any number
                if where == "patient":
                    doc.add("date", BLOCK, s, e, "A day and month in a sentence about a patient date the case.")
                else:
                    doc.add("date", REVIEW, s, e, "A full date can date a case.")
    for m in relative.finditer(text) if doc.cues()[0] else ():  # only ever reported in a sentence about a patient
        if doc.context(m.start(), m.end()) != "patient":
            continue
        vague = _VAGUE.fullmatch(m.group(0))
        doc.add(
            "relative_date",
            REVIEW if vague else BLOCK,
            m.start(),
            m.end(),
            "A relative date or a holiday in a sentence about a patient dates the case.",
        )
