"""Checks for exercise 03 (sharing a case): find the identifiers, fix the write-up, thread it, alt text, hashtags."""

from __future__ import annotations

from irsocial.course.chapters.ch03_sharing_cases.case_writeups import (
    CaseWriteup,
    alt_text_problems,
    blocking_findings,
    hashtag_problems,
    make_case_writeup,
    planted_left,
)
from irsocial.course.feedback import (
    CheckResult,
    is_placeholder,
    missing_key_terms,
    not_attempted,
    not_text,
    not_yet,
    number,
    passed,
)
from irsocial.postsafety.identifiers import has_blocking, rule_label
from irsocial.postsafety.platforms import PLATFORMS, PlatformError, ThreadError, get_platform, split_into_thread
from irsocial.postsafety.review import review_post, review_thread

CASE_KIND = "tace"
CASE_SEED = 0

#: Broad tags that reach everyone and no one (specific tags did better in Laguna 2023).
BROAD_TAGS = frozenset({"#ir", "#radiology", "#medicine", "#medtwitter", "#health", "#doctor", "#hospital"})


def case() -> CaseWriteup:
    """The synthetic case write-up used in the exercise."""
    return make_case_writeup(CASE_KIND, CASE_SEED)


def blocking_count(answer) -> CheckResult:
    """Task 1: how many blocking findings does the raw write-up have?"""
    found = blocking_findings(case().text)
    kinds = ", ".join(sorted({rule_label(f.rule).lower() for f in found}))
    return number(
        "Task 1: count what blocks the post",
        answer,
        len(found),
        f"{len(found)} identifiers block the post ({kinds}). None is needed to teach the case.",
        whole=True,
        what="a whole number",
        wrong_message=lambda v: f"{v} is not the number of blocking findings.",
        hint="Count only the rows whose severity is 'block'.",
    )


def fixed_writeup(text) -> CheckResult:
    """Task 2: the write-up with every blocking finding fixed and the teaching point kept."""
    task = "Task 2: fix the write-up"
    early = not_text(task, text, "your edited write-up")
    if early:
        return early
    page_only = [part for part in ("(synthetic)", "Key image:", "*Key image:*") if part.lower() in text.lower()]
    if page_only or text.lstrip().startswith(f"**{case().title}**"):
        return not_yet(
            task,
            "The write-up's title, the “(synthetic)” label or the “Key image:” line came along: "
            "they belong to this page, not to the thread.",
            "Start with the case itself (“A woman …”) and end with the teaching point.",
        )
    left = blocking_findings(text)
    if left:
        shown = "; ".join(f"{rule_label(f.rule).lower()} “{f.text}”" for f in left)
        return not_yet(task, f"Still blocking: {shown}.", left[0].message)
    planted = planted_left(case(), text)
    if planted:
        return not_yet(
            task,
            "A planted identifier is still there: " + ", ".join(planted) + ".",
            "The checker can miss things in new wording; remove it anyway.",
        )
    missing = missing_key_terms(text, case().key_terms)
    if missing:
        return not_yet(
            task,
            "The teaching point has lost: " + ", ".join(missing) + ".",
            "Remove the identifiers, not the teaching: keep the technique and the learning point.",
        )
    if len(text) < 0.6 * len(case().text):
        return not_yet(
            task, "Most of the case has gone.", "Keep the question, the images, the technique and the complication."
        )
    return passed(task, "No blocking finding remains and the teaching point survives.")


def preview_threads(text: str, platforms) -> str:
    """The thread for each chosen platform, as text, with each post's length (for the notebook)."""
    lines = []
    for key in platforms:
        posts = split_into_thread(text, key)
        lines.append(f"=== {get_platform(key).name}: {len(posts)} posts ===")
        for post in posts:
            review = review_post(post, key)
            lines.append(f"[{review.length}/{review.limit}] {post}")
        lines.append("")
    return "\n".join(lines)


def thread_for_two(text, platforms) -> CheckResult:
    """Task 3: the fixed write-up as a thread for two platforms, every post within limits and clean."""
    task = "Task 3: a thread for two platforms"
    if is_placeholder(platforms):
        return not_attempted(task, "two platforms")
    if is_placeholder(text) or not isinstance(text, str):
        return not_yet(task, "Finish Task 2 first: the thread is made from your fixed write-up.")
    if (
        not isinstance(platforms, (list, tuple))
        or len(platforms) != 2
        or not all(isinstance(p, str) for p in platforms)
    ):
        return not_yet(task, "Choose exactly two platforms.", 'Tick two boxes (in code: ("x", "mastodon")).')
    keys = [p.strip().lower() for p in platforms]
    if keys[0] == keys[1]:
        return not_yet(task, "The two platforms are the same.", "Choose two different platforms.")
    try:
        threads = {k: review_thread(text, k) for k in keys}
    except PlatformError:
        unknown = [p for p in keys if p not in PLATFORMS]
        return not_yet(
            task,
            f"The course does not know the platform “{unknown[0] if unknown else keys[0]}”.",
            "Choose from: " + ", ".join(sorted(PLATFORMS)) + ".",
        )
    except ThreadError as err:
        return not_yet(task, str(err), "Shorten the long word or link.")
    for key, reviews in threads.items():
        bad = [i for i, r in enumerate(reviews, 1) if r.blocking]
        if bad:
            return not_yet(
                task,
                f"On {get_platform(key).name}, post {bad[0]} has a blocking finding.",
                "Fix it in the write-up (Task 2) and run the cells again.",
            )
    counts = ", ".join(f"{get_platform(k).name} {len(r)} post{'s' if len(r) != 1 else ''}" for k, r in threads.items())
    return passed(task, f"Every post fits and none blocks ({counts}). Read each post: does it make sense on its own?")


def alt_text(alt) -> CheckResult:
    """Task 4: alt text for the key image: modality, finding, no identifier."""
    task = "Task 4: alt text for the key image"
    early = not_text(task, alt, "your alt text")
    if early:
        return early
    problems = alt_text_problems(alt, case(), "x")
    if problems:
        return not_yet(task, problems[0], "Read the key image's description above the task.")
    note = " It is longer than the common 125-character guide: fine if every word helps." if len(alt) > 125 else ""
    return passed(task, f"{len(alt)} characters with the modality and the finding, and no identifier.{note}")


def hashtags(tags, platforms) -> CheckResult:
    """Task 5: hashtags that follow both platforms' rules, at least one of them specific."""
    task = "Task 5: choose hashtags"
    if is_placeholder(tags):
        return not_attempted(task, "your hashtags, such as #IRad #TACE")
    if not isinstance(tags, (list, tuple)):
        return not_yet(
            task,
            "Give the hashtags as a list.",
            'Type them in the box, separated by spaces (in code: ["#IRad", "#TACE"]).',
        )
    keys = [p.strip().lower() for p in platforms] if isinstance(platforms, (list, tuple)) else ["x"]
    for key in keys:
        try:
            problems = hashtag_problems(list(tags), key)
        except PlatformError:
            return not_yet(task, "Finish Task 3 first: choose two known platforms.")
        if problems:
            plat = get_platform(key)
            limit = f"{plat.name} allows {plat.hashtag_limit} hashtags; fewer" if plat.hashtag_limit else "Fewer"
            return not_yet(task, f"On {plat.name}: {problems[0]}", f"{limit}, specific tags work better.")
    if all(t.strip().lower() in BROAD_TAGS for t in tags):
        return not_yet(
            task, "Every tag is a broad one.", "Add a specific tag: the community's (#IRad) or the procedure's (#TACE)."
        )
    return passed(
        task,
        f"{len(tags)} hashtag{'s' if len(tags) != 1 else ''} that every chosen platform accepts, with a specific one.",
    )


def opening_post(post, alt, platforms) -> CheckResult:
    """Task 6: the opening post with its image, alt text and hashtags passes the review on both platforms."""
    task = "Task 6: the opening post, reviewed"
    early = not_text(task, post, "your opening post")
    if early:
        return early
    if is_placeholder(alt) or not isinstance(alt, str):
        return not_yet(task, "Finish Task 4 first: the image needs its alt text.")
    keys = [p.strip().lower() for p in platforms] if isinstance(platforms, (list, tuple)) else ["x"]
    for key in keys:
        try:
            review = review_post(post, key, "peers", images=1, alt_texts=[alt])
        except PlatformError:
            return not_yet(task, "Finish Task 3 first: choose two known platforms.")
        if review.blocking:
            first = next(f for f in review.findings if has_blocking([f]))
            return not_yet(
                task, f"On {get_platform(key).name}: {first.message}", "Fix it and run the review cell again."
            )
        if not review.hashtags:
            return not_yet(task, "The post has no hashtag.", "Add your hashtags from Task 5 at the end.")
    return passed(task, "The opening post passes the review on both platforms, with its image described.")
