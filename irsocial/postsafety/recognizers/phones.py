"""Telephone and fax numbers in international and national formats, checked with ``phonenumbers``.

A candidate (digits with the usual separators, 8 to 15 digits) is a phone number when Google's
libphonenumber metadata says it is a possible number of the country it names (+33, 0049...) or, in
national format, of a country whose language the post is written in. Numbers next to a phone word
("tel", "Fax", "anrufen", "τηλ") count with looser checks.
"""

from __future__ import annotations

import re

from irsocial.postsafety.recognizers.base import Doc, register

BLOCK, REVIEW = "block", "review"

REGIONS = {
    "en": ("US", "GB", "IE", "CA"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH"),
    "it": ("IT",),
    "es": ("ES",),
    "pt": ("PT", "BR"),
    "nl": ("NL", "BE"),
    "el": ("GR", "CY"),
}
_ALL_REGIONS = tuple(dict.fromkeys(r for regions in REGIONS.values() for r in regions))
_CANDIDATE = re.compile(
    r"(?<![\w./:@-])(?:(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s./-]{0,2}\d{1,5}){1,5}"
    r"(?:\s?(?:x|ext\.?|extension)\s?\d{1,6})?(?![\w/-]|\.\d)"
)
PHONE_WORDS = re.compile(
    r"(?:tel|tél|phone|telephone|mobile|cell|fax|call|ring|text|whatsapp|contact|telefon|telefono|teléfono|"
    r"telefone|telefoon|handy|anrufen|appeler|chiamare|llamar|ligar|bel|bellen|móvil|cellulare|portable|gsm|"
    r"τηλ|τηλέφωνο|τηλεφωνήστε|φαξ|κινητό|reachable|reach|erreichbar|joignable|"
    r"raggiungibile|reperibile|localizable|contactable|contactável|contactavel|bereikbaar|διαθέσιμος|διαθέσιμη|"
    r"ruf|rufen|ruft|rappeler|appelle|appelez|chiama|chiamate|llama|llamen|liga|ligue|belt|bellen|calls|phoned|"
    r"contatto|contacto|contato|επικοινωνία|πάρει|πάρτε)\b\.?:?\s*(?:[^\s\d]+\s+){0,4}$",
    re.IGNORECASE,
)
_NOT_PHONE_BEFORE = re.compile(
    r"(?<!\w)(?:pmid|pmcid|nct|doi|isbn|issn|iban|bic|vol|p|pp|n|gy|mgy|kv|mm|fr|ref|study|"
    r"studie|trial|€|\$|£)\s*:?\s*$",
    re.IGNORECASE,
)


def _local_regions(doc: Doc) -> tuple[str, ...]:
    # A bare run of 8-9 digits is checked only against the countries of the post's own languages.
    return tuple(r for lang in doc.languages[:2] for r in REGIONS.get(lang, ())[:1])


def _regions(doc: Doc) -> tuple[str, ...]:
    first = [r for lang in doc.languages for r in REGIONS.get(lang, ())]
    return tuple(dict.fromkeys(first + list(_ALL_REGIONS)))


@register("phone and fax numbers")
def find(doc: Doc) -> None:
    if doc.digits < 8:
        return
    import phonenumbers

    text = doc.text
    regions = None
    for m in _CANDIDATE.finditer(text):
        raw = m.group(0).rstrip(" .-")
        digits = sum(c.isdigit() for c in raw)
        if digits < 8 or digits > 17:
            continue
        before = text[max(0, m.start() - 24) : m.start()]
        if _NOT_PHONE_BEFORE.search(before):
            continue
        if re.fullmatch(r"(?:19|20)\d\d[-/.]\d\d?[-/.]\d\d?|\d\d?[-/.]\d\d?[-/.](?:19|20)?\d\d|(?:19|20)\d{6}", raw):
            continue  # a date
        labelled = bool(PHONE_WORDS.search(before))
        near = labelled or bool(PHONE_WORDS.search(text, max(0, m.start() - 60), m.start()))
        separated = bool(re.search(r"[\s()./-]", raw)) or raw.startswith(("+", "00"))
        local_only = not separated and not labelled and digits < 10
        if local_only and not doc.languages:
            continue
        ok = False
        try:
            if raw.startswith(("+", "00")):
                number = phonenumbers.parse("+" + raw[2:] if raw.startswith("00") else raw, None)
                ok = phonenumbers.is_possible_number(number)
            else:
                if regions is None:
                    regions = _regions(doc)
                for region in _local_regions(doc) if local_only else regions:
                    number = phonenumbers.parse(raw, region)
                    if (
                        phonenumbers.is_valid_number(number)
                        and local_only
                        and phonenumbers.number_type(number)
                        not in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
                    ):
                        continue  # a bare number is a phone number only if it is a mobile number
                    if phonenumbers.is_valid_number(number) or (labelled and phonenumbers.is_possible_number(number)):
                        ok = True
                        break
        except phonenumbers.NumberParseException:
            ok = False
        if not ok and labelled and digits >= 8 and separated:
            ok = True  # a number after "Fax" or "call" is a phone number whatever its format
        if not ok:
            continue
        # A department's number is not a patient's: labelled or not, block only in a post about a patient.
        severity = (
            BLOCK
            if doc.context(m.start(), m.end()) == "patient" or (near and doc.post_is_about_a_patient())
            else REVIEW
        )
        doc.add("phone", severity, m.start(), m.start() + len(raw), "This looks like a phone or fax number.")
