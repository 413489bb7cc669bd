"""Social security and national identity or health numbers, checked with ``python-stdnum``.

A number whose check digits are right is an identifier wherever it stands (US SSN, UK NHS number,
German tax ID, French NIR, Italian codice fiscale, Spanish DNI/NIE, Greek AMKA, Dutch BSN,
Portuguese NIF and citizen card). A number after its label ("BSN", "AMKA", "codice fiscale"...) is
blocked even when its check digits are wrong: a typo does not make it safe to post.
"""

from __future__ import annotations

import re

from irsocial.postsafety.recognizers.base import Doc, label_pattern, register

BLOCK, REVIEW = "block", "review"

LABELS = {
    "en": r"ssn|social security(?: number| no\.?)?|nhs(?: number| no\.?)?|nino|ni number|national insurance(?: number)?|"
    r"sin|pps(?:n| number)?|national id|id card|passport(?: number| no\.?)?|chi number",
    "de": r"steuer-id|steuer-identifikationsnummer|steueridentifikationsnummer|idnr|versichertennummer|"
    r"sozialversicherungsnummer|rentenversicherungsnummer|personalausweis(?:nummer)?|ahv(?:-nummer)?",
    "fr": r"nir|n° de sécurité sociale|numéro de sécurité sociale|n° sécu|sécurité sociale|carte vitale|"
    r"numéro d'inscription au répertoire",
    "it": r"codice fiscale|c\.f\.|cf",
    "es": r"dni|nie|nif|nuss|número de la seguridad social",
    "pt": r"nif|cartão de cidadão|cc|nº de contribuinte|número de contribuinte|niss",
    "nl": r"bsn|burgerservicenummer|sofinummer",
    "el": r"αμκα|α\.μ\.κ\.α\.|αφμ|αδτ|amka",
}
_LABELLED = label_pattern(LABELS, r"(?-i:[A-Z0-9](?:[A-Z0-9]|[ .-](?=[A-Z0-9])){5,19}(?<=[A-Z0-9]))")


def _checkers():
    from stdnum.de import idnr
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.gb import nhs
    from stdnum.gr import amka
    from stdnum.it import codicefiscale
    from stdnum.nl import bsn
    from stdnum.pt import cc, nif

    return [
        # (pattern, validator, name, strong): strong = valid alone is enough to block
        (re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])"), None, "a US social security number", True),
        (re.compile(r"(?<![\w-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w-])"), nhs.is_valid, "a UK NHS number", True),
        (
            re.compile(
                r"(?<![\w-])[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3}(?: ?\d{2})?(?![\w-])"
            ),
            nir.is_valid,
            "a French NIR (social security number)",
            True,
        ),
        (
            re.compile(
                r"(?<![\w-])[A-Z]{6}[\dLMNPQRSTUV]{2}[A-EHLMPR-T][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z](?![\w-])"
            ),
            codicefiscale.is_valid,
            "an Italian codice fiscale",
            True,
        ),
        (re.compile(r"(?<![\w-])\d{8}-?[A-Z](?![\w-])"), dni.is_valid, "a Spanish DNI", True),
        (re.compile(r"(?<![\w-])[XYZ]-?\d{7}-?[A-Z](?![\w-])"), nie.is_valid, "a Spanish NIE", True),
        (
            re.compile(r"(?<![\w-])\d{8} ?\d ?[A-Z]{2}\d(?![\w-])"),
            cc.is_valid,
            "a Portuguese citizen card number",
            True,
        ),
        (re.compile(r"(?<![\w./-])\d{11}(?![\w./-])"), amka.is_valid, "a Greek AMKA", True),
        (re.compile(r"(?<![\w./-])\d{11}(?![\w./-])"), idnr.is_valid, "a German tax ID", False),
        (re.compile(r"(?<![\w./-])\d{9}(?![\w./-])"), bsn.is_valid, "a Dutch BSN", False),
        (re.compile(r"(?<![\w./-])\d{9}(?![\w./-])"), nif.is_valid, "a Portuguese NIF", False),
    ]


_CHECKERS: list | None = None
# Shapes distinctive enough that a wrong check digit still means "an identifier, mistyped".
_DISTINCT_SHAPES = {
    "an Italian codice fiscale",
    "a Spanish DNI",
    "a Spanish NIE",
    "a French NIR (social security number)",
    "a Portuguese citizen card number",
}
_NOT_ID_BEFORE = re.compile(r"(?:pmid|pmcid|nct|doi|isbn|issn|tel|phone|fax|\+)\s*:?\s*$", re.IGNORECASE)


@register("national identity and health numbers")
def find(doc: Doc) -> None:
    global _CHECKERS
    if doc.digits < 5:
        return
    text = doc.text
    for m in _LABELLED.finditer(text):
        value = m.group("id")
        if sum(c.isdigit() for c in value) >= 5:
            doc.add(
                "national_id",
                BLOCK,
                m.start("id"),
                m.end("id"),
                f"A number labelled '{text[m.start() : m.start('id')].strip(' :#')}' is a national identifier.",
            )
    if _CHECKERS is None:
        _CHECKERS = _checkers()
    for pattern, valid, name, strong in _CHECKERS:
        for m in pattern.finditer(text):
            if _NOT_ID_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
                continue
            if valid is not None and name in _DISTINCT_SHAPES and not valid(m.group(0)):
                doc.add(
                    "national_id",
                    REVIEW,
                    m.start(),
                    m.end(),
                    f"This has the shape of {name} but its check digits do not fit: a typo of a real one?",
                )
                continue
            if valid is None or valid(m.group(0)):
                patient = doc.context(m.start(), m.end()) == "patient"
                severity = BLOCK if strong or patient else REVIEW
                doc.add("national_id", severity, m.start(), m.end(), f"This looks like {name} (its check digits fit).")
