"""Checks for exercise 08 (advocacy and patient awareness): reading grade, plain rewrites, a public reply."""

from __future__ import annotations

from irsocial.course.feedback import (
    CheckResult,
    choice,
    is_placeholder,
    missing_key_terms,
    not_attempted,
    not_text,
    not_yet,
    passed,
    quoted,
)
from irsocial.course.posting_scenarios import judge
from irsocial.postsafety.identifiers import find_identifiers, has_blocking
from irsocial.postsafety.readability import TARGET_GRADE, reading_stats

# Patient-facing drafts written the way clinicians often write (synthetic, for the exercise).
SAMPLE_POSTS: dict[str, str] = {
    "pae": (
        "Prostatic artery embolization is a minimally invasive, image-guided alternative to transurethral "
        "resection for benign prostatic hyperplasia, performed under local anesthesia via radial or femoral "
        "arterial access, with most patients discharged on the same day."
    ),
    "uae": (
        "Uterine fibroid embolization occludes the arterial supply of leiomyomata using microparticles "
        "delivered through a percutaneously introduced catheter, preserving the uterus and typically "
        "permitting a return to normal activities within approximately one week."
    ),
    "tace": (
        "Transarterial chemoembolization delivers chemotherapeutic agents directly into hepatocellular "
        "carcinoma through the hepatic artery, followed by embolic particles that restrict the tumor's blood "
        "supply; it is frequently utilized as a bridge to liver transplantation."
    ),
}

# Facts each rewrite must keep: a plain name for each, and the words that show it (any one will do).
KEY_FACTS: dict[str, dict[str, tuple[str, ...]]] = {
    "pae": {
        "the prostate": ("prostate",),
        "that it avoids surgery": (
            "without surgery",
            "no surgery",
            "instead of surgery",
            "not surgery",
            "avoid surgery",
        ),
        "where the tube goes in (wrist or groin)": ("wrist", "groin", "arm", "leg"),
        "home the same day": ("same day", "home that day", "home the same"),
    },
    "uae": {
        "fibroids": ("fibroid",),
        "the womb": ("womb", "uterus"),
        "back to normal in about a week": ("week",),
        "cutting the blood supply": ("blood supply", "blood flow"),
    },
    "tace": {
        "the liver": ("liver",),
        "the cancer": ("cancer", "tumor", "tumour"),
        "the medicine it delivers": ("medicine", "chemo", "drug"),
        "a bridge to transplant": ("transplant",),
    },
}

MIN_WORDS = 20


def hardest_post(answer) -> CheckResult:
    """Task 1: which sample post has the highest Flesch-Kincaid grade?"""
    task = "Task 1: measure the reading grade"
    if is_placeholder(answer):
        return not_attempted(task, "the post with the highest grade (PAE, UAE or TACE)")
    grades = {k: reading_stats(v).grade for k, v in SAMPLE_POSTS.items()}
    key = str(answer).strip().lower()
    if key not in grades:
        return not_yet(task, f"{quoted(answer)} is not one of the posts.", "Choose PAE, UAE or TACE.")
    best = max(grades, key=grades.get)
    if key != best:
        return not_yet(
            task,
            f"The {key.upper()} post scores grade {grades[key]:.1f}; another scores higher.",
            "Read the grade column of the table again.",
        )
    return passed(
        task,
        f"The {key.upper()} post scores grade {grades[key]:.1f}, but all three are far above the target of "
        f"{TARGET_GRADE:g}: they read like a journal abstract, not a message to patients.",
    )


def rewrite(key: str, text) -> CheckResult:
    """Tasks 2-4: a rewrite at grade 8 or below that keeps every key fact."""
    task = {
        "pae": "Task 2: rewrite the PAE post",
        "uae": "Task 3: rewrite the fibroid post",
        "tace": "Task 4: rewrite the TACE post",
    }[key]
    early = not_text(task, text, "your rewrite")
    if early:
        return early
    stats = reading_stats(text)
    problems = []
    if stats.words < MIN_WORDS:
        problems.append(f"it has {stats.words} words; patients need at least {MIN_WORDS} to understand the treatment")
    if stats.grade > TARGET_GRADE:
        problems.append(f"it reads at grade {stats.grade:.1f}, above the target of {TARGET_GRADE:g}")
    lost = missing_key_terms(text, KEY_FACTS[key])
    if lost:
        problems.append("a key fact is missing: " + ", ".join(lost))
    if has_blocking(find_identifiers(text)):
        problems.append("it contains something that could identify a patient")
    if problems:
        said = "; ".join(problems)
        return not_yet(
            task,
            said[0].upper() + said[1:] + ".",
            "Use short sentences and everyday words (the jargon table gives swaps); keep every key fact.",
        )
    return passed(
        task,
        f"Grade {stats.grade:.1f} in {stats.sentences} sentences and {stats.words} words, with every "
        "key fact kept. Ask a patient (or a friend outside medicine) to read it too.",
    )


REPLIES: dict[str, str] = {
    "A": "Glad it went well! Some swelling after a fistula angioplasty is normal for about a week; keep your arm raised.",
    "B": "(Say nothing and block the account, so the conversation cannot continue in public.)",
    "C": (
        "Thanks for getting in touch. I can't give advice about anyone's care here. Please call the clinic on the "
        "number in your discharge letter, or get urgent care if your arm is getting worse."
    ),
}


def public_reply(letter) -> CheckResult:
    """Task 5: the safest public reply to a patient's clinical question."""
    return choice(
        "Task 5: answer a patient in public",
        letter,
        "C",
        {
            "A": (
                "Reply A confirms in public that he is your patient and gives individual advice without his record.",
                "Which reply keeps the boundary and still helps him get care?",
            ),
            "B": (
                "Silence and blocking leave a worried patient without a route to care, and he may have a complication.",
                "Which reply points him to the right place?",
            ),
        },
        judge("public_reply", "dont").feedback.replace("Right: do not post this reply. ", ""),
        noun="replies",
    )
