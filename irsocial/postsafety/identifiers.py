"""Find what could identify a patient in the text of a draft post -> a list of findings (data).

The rules follow the identifier list of the HIPAA Privacy Rule's Safe Harbor method,
45 CFR 164.514(b)(2)(i)(A)-(R) (names; places smaller than a state, street addresses and ZIP
codes; every element of a date tied to the person except the year, and ages over 89; phone and
fax numbers; e-mail addresses; social security, medical record, health plan, account and licence
numbers; vehicle and device identifiers and serial numbers; URLs; IP addresses; any other unique
number or code), and GDPR Recital 26's test of identifiability: a person counts as identifiable
if anyone could single them out by means "reasonably likely to be used", so removing the name
alone is not enough (45 CFR 164.514(b)(2); GDPR Recital 26; ``hipaa_164514`` and ``gdpr2016`` in book/references.bib).

The checker reads English, German, French, Italian, Spanish, Portuguese, Dutch and Greek, and
posts that mix them. A post in any other language gets one blocking finding ("this checker cannot
read this language — check it yourself"), never a silent pass. The text is normalised first (NFKC,
zero-width characters and non-breaking hyphens removed) and findings point at the original offsets.
The rules themselves live in ``irsocial.postsafety.recognizers``, one module per kind of identifier.

Each finding is ``block`` (this identifies a patient: change it before posting) or ``review``
(it may identify someone: a person must judge). Context decides: a date in a sentence about a
patient is an identifier, a conference date is not; clinicians' names (after Dr or Prof, or
thanked or congratulated), account handles, device sizes, doses, DOIs, percentages, years alone
and ages 89 and under are not flagged. This is a screening aid, not a guarantee: the personal
review the source article asks for is still needed.

>>> [(f.rule, f.severity, f.text) for f in find_identifiers("Mrs Okafor, 93, had her TACE on 14/03/2026.")]
[('name', 'block', 'Mrs Okafor'), ('age_over_89', 'block', '93'), ('date', 'block', '14/03/2026')]
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

BLOCK = "block"
REVIEW = "review"


@dataclass(frozen=True)
class Finding:
    """One thing found in a text: which rule, how serious, where (character offsets) and why."""

    rule: str
    severity: str  # "block" or "review"
    start: int
    end: int
    text: str
    message: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Rule:
    """What a rule looks for and the source it is modelled on."""

    key: str
    label: str
    source: str
    advice: str


_SH = "HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)"
RULES: dict[str, Rule] = {
    r.key: r
    for r in (
        Rule(
            "name",
            "Patient name or initials",
            f"{_SH}(A); GDPR Recital 26",
            "Remove the name and initials; say 'a patient' or 'a woman in her sixties'.",
        ),
        Rule(
            "date",
            "Date tied to a patient",
            f"{_SH}(C)",
            "Remove the day and month; say 'recently' or give only the year if it matters.",
        ),
        Rule(
            "relative_date",
            "Relative date tied to a patient",
            f"{_SH}(C); GDPR Recital 26",
            "'Last Tuesday' dates the case for anyone who was there: leave the timing out.",
        ),
        Rule(
            "age_over_89",
            "Age over 89",
            f"{_SH}(C)",
            "Ages over 89 identify: Safe Harbor allows only the single category '90 or older'.",
        ),
        Rule(
            "record_number",
            "Record, account, licence, device or vehicle number",
            f"{_SH}(H)-(M) and (R)",
            "Delete the number; it is never needed to teach the case.",
        ),
        Rule("phone", "Telephone or fax number", f"{_SH}(D)-(E)", "Delete the number."),
        Rule("email", "E-mail address", f"{_SH}(F)", "Delete the address; if it is yours, link your profile instead."),
        Rule("street_address", "Street address", f"{_SH}(B)", "Delete the address."),
        Rule("postcode", "Postcode or ZIP code", f"{_SH}(B)", "Delete the postcode."),
        Rule(
            "place",
            "Town or place smaller than a region, tied to the patient",
            f"{_SH}(B); GDPR Recital 26",
            "Name the country or a large region at most.",
        ),
        Rule(
            "url",
            "Link that points at a patient's record or study",
            f"{_SH}(N)",
            "Remove the link; share a de-identified image instead.",
        ),
        Rule(
            "dicom_uid",
            "DICOM UID",
            f"{_SH}(R); DICOM PS3.15 Annex E",
            "A study or instance UID points at one patient's images: delete it.",
        ),
        Rule("ip_address", "IP address", f"{_SH}(O)", "Delete the address."),
        Rule("national_id", "Social security or national health number", f"{_SH}(G)-(I)", "Delete the number."),
        Rule(
            "rare_detail",
            "Unique or rare detail",
            f"{_SH}(R); GDPR Recital 26",
            "'The first case in our town' can single a patient out: would the patient recognise it?",
        ),
        Rule(
            "language",
            "A language this checker cannot read",
            "GDPR Recital 26; the course's own rule",
            "Check every name, date, number and place yourself, or write the post in a supported language "
            "(English, German, French, Italian, Spanish, Portuguese, Dutch, Greek).",
        ),
    )
}


def find_identifiers(text: str) -> list[Finding]:
    """Everything in ``text`` that could identify a patient, sorted by position.

    >>> find_identifiers("5 Fr sheath, 120 kVp, 0.035\\" wire; see doi:10.1148/rg.220157 #IRad @IR_Juniors")
    []
    """
    if not isinstance(text, str):
        raise TypeError("find_identifiers expects text (a str)")
    if not text.strip():
        return []
    from irsocial.postsafety.language import SUPPORTED, read_languages
    from irsocial.postsafety.normalise import normalise
    from irsocial.postsafety.recognizers import RECOGNIZERS, Doc

    norm = normalise(text)
    languages = read_languages(norm.text)
    doc = Doc(norm.text, languages.supported)
    for _name, recognizer in RECOGNIZERS:
        recognizer(doc)
    found = []
    for rule, severity, start, end, why in doc.found:
        s, e = norm.span(start, end)
        found.append(Finding(rule, severity, s, e, text[s:e], f"{why} {RULES[rule].advice}"))
    if languages.unsupported:
        covered = ", ".join(SUPPORTED.values())
        found.append(
            Finding(
                "language",
                BLOCK,
                0,
                0,
                "",
                f"This checker cannot read this language ({languages.unsupported}) — check it yourself. "
                f"It reads {covered}. {RULES['language'].advice}",
            )
        )
    return _dedupe(found)


def _dedupe(found: list[Finding]) -> list[Finding]:
    """Drop findings contained in a stronger or larger one, then sort by position."""
    rank = {BLOCK: 0, REVIEW: 1}
    ordered = sorted(found, key=lambda f: (rank[f.severity], -(f.end - f.start), f.start))
    kept: list[Finding] = []
    for f in ordered:
        if f.end > f.start and any(
            k.start <= f.start and f.end <= k.end and rank[k.severity] <= rank[f.severity] for k in kept
        ):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))


def rule_label(rule: str) -> str:
    """A finding's kind in plain words, never the rule's internal key.

    >>> rule_label("age_over_89"), rule_label("no_such_rule")
    ('Age over 89', 'No such rule')
    """
    found = RULES.get(rule)
    return found.label if found else rule.replace("_", " ").capitalize()


def has_blocking(findings: list[Finding]) -> bool:
    """True if any finding must be fixed before posting.

    >>> has_blocking(find_identifiers("MRN 00482913, embolized today"))
    True
    """
    return any(f.severity == BLOCK for f in findings)
