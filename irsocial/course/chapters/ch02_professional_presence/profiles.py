"""Audit a professional profile against the course's checklist (chapter 02)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from irsocial.postsafety.platforms import get_platform, text_length


@dataclass(frozen=True)
class Profile:
    """A social media profile as the audit sees it. All profiles in the course are fictional."""

    platform: str
    display_name: str
    bio: str
    handle: str = ""
    industry_ties: tuple[str, ...] = field(default_factory=tuple)
    note: str = ""


@dataclass(frozen=True)
class AuditItem:
    """One line of the checklist, judged for one profile."""

    key: str
    label: str
    passed: bool
    advice: str


CHECKLIST: dict[str, str] = {
    "fits_limit": "The bio fits the platform's limit",
    "real_name": "You are identifiable by name",
    "role": "Your role or stage of training is stated",
    "affiliation": "Your institution or affiliation is stated",
    "views_disclaimer": "A disclaimer says the views are your own",
    "not_medical_advice": "It says posts are not medical advice",
    "disclosure": "Industry ties are disclosed (or there are none)",
}

_ROLE = re.compile(
    r"\b(resident|fellow|trainee|registrar|consultant|attending|radiologist|"
    r"interventional|IR|physician|doctor|student|specialist|MD|FRCR|EBIR|PGY-?\d)\b",
    re.IGNORECASE,
)
_AFFILIATION = re.compile(
    r"(@\w+|\b(hospital|university|univ\.?|medical cent(er|re)|clinic|institute|"
    r"infirmary|health system|NHS|trust|department|dept\.?)\b)",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"(views?|opinions?|thoughts?|tweets?|posts?)\s+(are\s+)?(my\s+)?own|"
    r"own\s+(views?|opinions?)|not\s+(those\s+)?of\s+my\s+employer",
    re.IGNORECASE,
)
_NOT_ADVICE = re.compile(
    r"(not|no|isn'?t|never)\s+(personal\s+|individual\s+)?medical\s+advice|"
    r"not\s+advice",
    re.IGNORECASE,
)
_DISCLOSURE = re.compile(
    r"\b(disclos\w*|COI|conflicts?\s+of\s+interest|consult(s|ant|ing)?\s+for|"
    r"paid\s+by|speaker\s+for|advisor\s+(to|for)|funded\s+by|sponsored)\b",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^(Dr\.?|Prof\.?)$|^[A-ZÀ-Þ][a-zà-ÿ'’-]+$")


def _looks_like_real_name(display_name: str) -> bool:
    words = [w for w in re.split(r"\s+", display_name.strip()) if w]
    named = [w for w in words if _NAME_WORD.match(w) and w.rstrip(".") not in ("Dr", "Prof")]
    return len(named) >= 2


def audit_profile(profile: Profile) -> list[AuditItem]:
    """Judge a profile against every item of ``CHECKLIST``.

    The audit is a first pass by pattern matching: it tells you what is *missing*;
    a person still judges whether what is there is true and professional.

    >>> p = Profile("x", "Dr Ana Ruiz", "IR resident @CityHospital. Views my own, not medical advice.")
    >>> [i.key for i in audit_profile(p) if not i.passed]
    []
    """
    platform = get_platform(profile.platform)
    bio = profile.bio or ""
    length = text_length(bio, platform)
    items = [
        AuditItem(
            "fits_limit",
            CHECKLIST["fits_limit"],
            platform.bio_limit is None or length <= platform.bio_limit,
            f"{length} of {platform.bio_limit} characters on {platform.name}"
            + (
                ""
                if platform.bio_limit is None or length <= platform.bio_limit
                else f": cut {length - platform.bio_limit}."
            ),
        ),
        AuditItem(
            "real_name",
            CHECKLIST["real_name"],
            _looks_like_real_name(profile.display_name),
            "If you say you are a doctor, say who you are: use your first and last name.",
        ),
        AuditItem(
            "role",
            CHECKLIST["role"],
            bool(_ROLE.search(bio)),
            "Say what you are, e.g. 'IR resident (PGY-4)' or 'interventional radiology fellow'.",
        ),
        AuditItem(
            "affiliation",
            CHECKLIST["affiliation"],
            bool(_AFFILIATION.search(bio)),
            "Name your institution or programme so readers can place your expertise.",
        ),
        AuditItem(
            "views_disclaimer",
            CHECKLIST["views_disclaimer"],
            bool(_DISCLAIMER.search(bio)),
            "Add a short line such as 'Views my own'. It does not lift your professional duties.",
        ),
        AuditItem(
            "not_medical_advice",
            CHECKLIST["not_medical_advice"],
            bool(_NOT_ADVICE.search(bio)),
            "Add 'Not medical advice' so patients know to ask their own doctor.",
        ),
    ]
    if profile.industry_ties:
        disclosed = bool(_DISCLOSURE.search(bio))
        ties = ", ".join(profile.industry_ties)
        advice = (
            f"Your ties to {ties} are disclosed in the profile itself."
            if disclosed
            else f"You have ties to {ties}: disclose them, e.g. 'Disclosure: consultant for {profile.industry_ties[0]}'."
        )
    else:
        disclosed, advice = True, "No industry ties recorded, so there is nothing to disclose."
    items.append(AuditItem("disclosure", CHECKLIST["disclosure"], disclosed, advice))
    return items


def missing_items(profile: Profile) -> list[AuditItem]:
    """The checklist items a profile does not yet meet."""
    return [item for item in audit_profile(profile) if not item.passed]


def mentions_disclosure(text: str, company: str) -> bool:
    """True when ``text`` names ``company`` and says what the relationship is (a disclosure).

    >>> mentions_disclosure("Disclosure: Vexa Medical paid my congress travel.", "Vexa Medical")
    True
    >>> mentions_disclosure("Loving the new Vexa Medical catheter!", "Vexa Medical")
    False
    """
    relationship = re.compile(
        r"\b(disclos\w*|COI|conflicts?\s+of\s+interest|paid|grant|sponsor\w*|funded|travel|"
        r"honorari\w*|consult\w*|speaker|advis\w*|#ad)\b",
        re.IGNORECASE,
    )
    return company.lower() in text.lower() and bool(relationship.search(text))
