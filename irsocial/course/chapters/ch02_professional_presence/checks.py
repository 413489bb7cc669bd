"""Checks for exercise 02 (a professional presence): audits, a headline, your bio, a disclosure."""

from __future__ import annotations

from irsocial.course.chapters.ch02_professional_presence.data import sample_profiles
from irsocial.course.chapters.ch02_professional_presence.profiles import Profile, audit_profile, mentions_disclosure
from irsocial.course.feedback import CheckResult, is_placeholder, not_attempted, not_text, not_yet, number, passed
from irsocial.postsafety.platforms import get_platform, text_length

SPONSOR = "Vexa Medical"


def _missing(profile: Profile, optional: tuple[str, ...] = ()) -> list[str]:
    return [item.label for item in audit_profile(profile) if not item.passed and item.key not in optional]


def riskiest_profile(answer) -> CheckResult:
    """Task 1: which sample profile invites patients to seek advice by private message?"""
    count = len(sample_profiles())
    return number(
        "Task 1: spot the boundary problem",
        answer,
        2,
        "Profile 2 offers 'second opinions' by direct message: medical advice to people who are not "
        "your patients, with no record and no examination. It is also anonymous.",
        whole=True,
        what=f"a profile number (1 to {count})",
        wrong=[
            (
                lambda v: not 1 <= v <= count,
                lambda v: f"{v} is not a profile number.",
                f"Type a number from 1 to {count}.",
            )
        ],
        wrong_message=lambda v: f"Profile {v} has other gaps, but it does not invite patients to message for advice.",
        hint="Read each bio for what it offers to strangers.",
    )


def fixed_headline(headline) -> CheckResult:
    """Task 2: rewrite profile 3's LinkedIn headline so it meets every item."""
    task = "Task 2: fix a headline"
    early = not_text(task, headline, "the new headline")
    if early:
        return early
    original = sample_profiles()[2]
    profile = Profile(original.platform, original.display_name, headline, industry_ties=original.industry_ties)
    missing = _missing(profile)
    if missing:
        return not_yet(
            task,
            "Still missing: " + "; ".join(missing) + ".",
            "Run the audit cell above on your text to see the advice.",
        )
    limit = get_platform(original.platform).bio_limit
    return passed(task, f"Every item is met in {text_length(headline, original.platform)} of {limit} characters.")


def own_bio(name, bio, industry_ties) -> CheckResult:
    """Task 3: your own X bio, with a disclaimer and any disclosure, within 160 characters."""
    task = "Task 3: your own bio"
    if is_placeholder(name) or is_placeholder(bio):
        return not_attempted(task, "your name and your bio")
    if not isinstance(bio, str) or not isinstance(name, str):
        return not_yet(task, "Name and bio must be text.", 'Type them in the boxes (in code, in quotes: "Dr Sam Lee").')
    if industry_ties is Ellipsis or industry_ties is None:
        industry_ties = []  # an empty box: no ties
    if isinstance(industry_ties, str):
        industry_ties = [t for t in industry_ties.split(",") if t.strip()]
    if not isinstance(industry_ties, (list, tuple)):
        return not_yet(
            task,
            "List your industry ties, one per line (leave the box empty if you have none).",
            'In code: [] if you have none, or ["Company A"].',
        )
    profile = Profile("x", name, bio, industry_ties=tuple(industry_ties))
    # Naming your institution is your choice, within your employer's policy (chapter 02): not required here.
    missing = _missing(profile, optional=("affiliation",))
    limit = get_platform("x").bio_limit
    if missing:
        return not_yet(
            task,
            "Still missing: " + "; ".join(missing) + ".",
            "Use the profile audit tool above to try versions quickly.",
        )
    named = any(i.key == "affiliation" and i.passed for i in audit_profile(profile))
    choice_note = (
        "" if named else (" You did not name an institution: that is your choice, within your employer's policy.")
    )
    return passed(
        task, f"Every item is met in {text_length(bio, 'x')} of {limit} characters.{choice_note} Keep it up to date."
    )


def disclosure_line(post) -> CheckResult:
    """Task 4: a post about a sponsor's device that discloses the relationship."""
    task = "Task 4: disclose a tie in a post"
    early = not_text(task, post, "your post")
    if early:
        return early
    length, limit = text_length(post, "x"), get_platform("x").post_limit
    if length > limit:
        return not_yet(task, f"The post is {length} of {limit} characters on X.", "Shorten it; keep the disclosure.")
    if not mentions_disclosure(post, SPONSOR):
        return not_yet(
            task,
            f"Readers cannot tell from this post that {SPONSOR} paid your travel.",
            f"Name {SPONSOR} and the relationship, e.g. 'Disclosure: {SPONSOR} funded my congress travel.'",
        )
    return passed(
        task, f"The tie is disclosed in the post itself ({length} of {limit} characters), where readers see it."
    )
