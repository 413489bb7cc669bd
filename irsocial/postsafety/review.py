"""One review of a draft post: identifiers, platform rules, hashtags, alt text and reading grade.

Returns data (a ``PostReview`` with a flat list of findings, each with ``rule``, ``severity``,
``start``, ``end``, ``text`` and ``message``); the CLI and the widget only render it.

Severity ``block`` means "change this before posting": it identifies a patient, or the platform
would refuse the post (too long, too many hashtags). ``review`` means a person must judge.

>>> r = review_post("Mrs Okafor had a TACE today #IRad", platform="x")
>>> r.blocking, [f.rule for f in r.findings]
(True, ['name', 'relative_date'])
"""

from __future__ import annotations

from dataclasses import dataclass, field

from irsocial.postsafety.identifiers import BLOCK, REVIEW, Finding, find_identifiers
from irsocial.postsafety.platforms import Platform, find_hashtags, get_platform, split_into_thread, text_length

AUDIENCES = ("peers", "patients")


class ReviewError(ValueError):
    """Raised for an input the review cannot work with (not text, unknown audience)."""


@dataclass
class PostReview:
    """The result of reviewing one draft post."""

    text: str
    platform: str
    audience: str
    length: int
    limit: int | None
    findings: list[Finding] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    grade: float | None = None  # Flesch–Kincaid, only for the patient audience

    @property
    def blocking(self) -> bool:
        return any(f.severity == BLOCK for f in self.findings)

    @property
    def fits(self) -> bool:
        return self.limit is None or self.length <= self.limit

    def to_dict(self) -> dict:
        return {
            "platform": self.platform,
            "audience": self.audience,
            "length": self.length,
            "limit": self.limit,
            "fits": self.fits,
            "blocking": self.blocking,
            "hashtags": self.hashtags,
            "reading_grade": self.grade,
            "findings": [f.to_dict() for f in self.findings],
        }


def review_post(
    text: str,
    platform: str | Platform = "x",
    audience: str = "peers",
    images: int = 0,
    alt_texts: list[str] | tuple[str, ...] = (),
) -> PostReview:
    """Review one draft post for ``platform`` and ``audience`` ("peers" or "patients").

    ``images`` is the number of attached images and ``alt_texts`` their alt texts (an image
    without one gets a reminder; identifiers in alt text are found too).
    """
    if not isinstance(text, str):
        raise ReviewError("The post must be text.")
    if audience not in AUDIENCES:
        raise ReviewError(f"Unknown audience {audience!r}: choose 'peers' or 'patients'.")
    plat = platform if isinstance(platform, Platform) else get_platform(platform)
    findings = list(find_identifiers(text))
    length = text_length(text, plat)
    limit = plat.post_limit
    if limit is not None and length > limit:
        findings.append(
            Finding(
                "length",
                BLOCK,
                0,
                0,
                "",
                f"{length} of {limit} characters as {plat.name} counts them: cut {length - limit}, "
                "or split it into a thread (irsocial thread).",
            )
        )
    tags = find_hashtags(text)
    for tag in tags:
        if tag.problem:
            findings.append(Finding("hashtag_malformed", REVIEW, tag.start, tag.end, tag.text, tag.problem))
    good = [t for t in tags if not t.problem]
    if plat.hashtag_limit is not None and len(good) > plat.hashtag_limit:
        extra = good[plat.hashtag_limit]
        findings.append(
            Finding(
                "hashtag_count",
                BLOCK,
                extra.start,
                good[-1].end,
                text[extra.start : good[-1].end],
                f"{len(good)} hashtags; {plat.name} allows {plat.hashtag_limit} (checked {plat.checked}). Keep the most specific.",
            )
        )
    alt_list = [a if isinstance(a, str) else "" for a in alt_texts]
    for i in range(max(images, len(alt_list))):
        alt = alt_list[i].strip() if i < len(alt_list) else ""
        if not alt:
            findings.append(
                Finding(
                    "alt_text_missing",
                    REVIEW,
                    0,
                    0,
                    "",
                    f"Image {i + 1} has no alt text: give modality, view or phase and the teaching point "
                    "(and no identifier cropped from the image).",
                )
            )
            continue
        for f in find_identifiers(alt):
            findings.append(Finding(f.rule, f.severity, 0, 0, f.text, f"In the alt text of image {i + 1}: {f.message}"))
    grade = None
    if audience == "patients":
        from irsocial.postsafety.readability import TARGET_GRADE, find_jargon, reading_stats

        stats = reading_stats(text)
        grade = stats.grade
        if stats.words and grade > TARGET_GRADE:
            findings.append(
                Finding(
                    "reading_grade",
                    REVIEW,
                    0,
                    0,
                    "",
                    f"Reading grade {grade:.1f} (Flesch–Kincaid); aim for {TARGET_GRADE:.0f} or below: "
                    "shorter sentences and shorter words.",
                )
            )
        for term in find_jargon(text):
            findings.append(
                Finding(
                    "jargon",
                    REVIEW,
                    term.start,
                    term.end,
                    term.term,
                    f"'{term.term}' is jargon for patients: try '{term.plain}'.",
                )
            )
    findings.sort(key=lambda f: (f.start, f.end))
    return PostReview(text, plat.key, audience, length, limit, findings, [t.text for t in good], grade)


def review_thread(text: str, platform: str | Platform = "x", audience: str = "peers") -> list[PostReview]:
    """Check the whole text first, split it into a numbered thread for ``platform``, review every post.

    The split never cuts through anything the whole-text check found, and every finding of the
    whole text is reported in the post that carries it, so a thread is never judged more leniently
    than ``check-post`` judges the same text.

    >>> reviews = review_thread("Embolized a bleeding lumbar artery. " * 20, "bluesky")
    >>> len(reviews), all(r.fits for r in reviews)
    (3, True)
    >>> any(r.blocking for r in review_thread("Call Mrs Okafor. " + "Coiled the GDA. " * 30, "x"))
    True
    """
    if not isinstance(text, str):
        raise ReviewError("The post must be text.")
    whole = find_identifiers(text)
    posts = split_into_thread(text, platform, protect=[(f.start, f.end) for f in whole if f.end > f.start])
    reviews = [review_post(post, platform, audience) for post in posts]
    if not reviews:
        return reviews
    for f in whole:
        seen = [(g.rule, g.text) for r in reviews for g in r.findings]
        if (f.rule, f.text) in seen and f.severity == REVIEW:
            continue
        home = next((r for r in reviews if f.text and f.text in r.text), reviews[0])
        if any(g.text == f.text and (g.severity == BLOCK or g.severity == f.severity) for g in home.findings):
            continue
        i = home.text.find(f.text) if f.text else -1
        start, end = (i, i + len(f.text)) if i >= 0 else (0, 0)
        home.findings.append(Finding(f.rule, f.severity, start, end, f.text, f"(found in the whole text) {f.message}"))
        home.findings.sort(key=lambda g: (g.start, g.end))
    return reviews
