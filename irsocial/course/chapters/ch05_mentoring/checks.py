"""Checks for exercise 05 (mentoring): communities, central accounts, bridges and a plan for whom to follow."""

from __future__ import annotations

from irsocial.course.chapters.ch05_mentoring.communities import (
    NetworkInputError,
    bridges,
    central_accounts,
    community_names,
    plan_follows,
)
from irsocial.course.feedback import (
    CheckResult,
    choice,
    is_placeholder,
    not_attempted,
    not_yet,
    number,
    passed,
    quoted,
    read_number,
)

MAX_BUDGET = 5
STUDENTS = "medical students"
TOP_BRIDGES = 5


def _handle(answer) -> str:
    text = str(answer).strip()
    return text if text.startswith("@") else "@" + text


def community_count(communities, answer) -> CheckResult:
    """Task 1: how many communities did the algorithm find?"""
    truth = len(communities)
    return number(
        "Task 1: count the communities",
        answer,
        truth,
        f"Yes: {truth} communities ({', '.join(community_names(communities))}). The algorithm found them "
        "from the follows alone; the names come from how most members describe themselves.",
        whole=True,
        what="a whole number",
        wrong_message=lambda v: f"{v} is not the number of rows in the communities table.",
        hint="Count the rows of the table above.",
    )


def most_followed(g, answer) -> CheckResult:
    """Task 2: the most-followed account in the whole network."""
    task = "Task 2: the most-followed account"
    if is_placeholder(answer):
        return not_attempted(task, "a handle from the table")
    top = central_accounts(g, n=3)
    handle = _handle(answer)
    if handle not in g:
        return not_yet(
            task, f"{handle} is not in the network.", "Copy the handle exactly from the table, including the @."
        )
    if handle != top.at[0, "account"]:
        return not_yet(
            task,
            f"{handle} has {g.in_degree(handle)} followers; another account has more.",
            "Read the first row of the 'followers' column.",
        )
    return passed(
        task,
        f"Yes: {handle}, with {top.at[0, 'followers']} followers. The most-followed accounts here are group "
        "accounts (a student club, trainee forums): following them is the quickest way to see what a community shares.",
    )


def bridge_to_students(g, communities, answer) -> CheckResult:
    """Task 3: a bridge account that links another community with the medical students."""
    task = "Task 3: a bridge to the medical students"
    if is_placeholder(answer):
        return not_attempted(task, "a handle from the table")
    handle = _handle(answer)
    if handle not in g:
        return not_yet(
            task, f"{handle} is not in the network.", "Copy the handle exactly from the bridges table, including the @."
        )
    table = bridges(g, communities, n=len(g))
    row = table[table["account"] == handle]
    if row.empty:
        return not_yet(
            task,
            f"{handle} has few ties outside its own community, so it is not a bridge.",
            "Choose an account from the bridges table.",
        )
    r = row.iloc[0]
    links = {r["community"], *[s.strip() for s in r["also reaches"].split(",")]}
    if STUDENTS not in links:
        return not_yet(
            task,
            f"{handle} links {r['community']} with {r['also reaches']}, not with the medical students.",
            "Look for a row where 'medical students' appears in either community column.",
        )
    top = set(bridges(g, communities, n=TOP_BRIDGES)["account"])
    if handle not in top:
        return not_yet(
            task,
            f"{handle} ({r['role']}) has ties to the students, but few people pass through it (betweenness {r['betweenness']}).",
            "Choose a bridge higher in the table: more paths between the groups pass through it.",
        )
    return passed(
        task,
        f"Yes: {handle} ({r['role']}) sits between {r['community']} and {r['also reaches']}. "
        "In a real network this is often a resident or mentor who answers students' questions: a good first contact, "
        "and a person whose time you should respect.",
    )


def follow_plan(g, communities, target, budget) -> CheckResult:
    """Task 4: plan whom to follow to reach a community you are not yet part of."""
    task = "Task 4: a plan to reach a community"
    if is_placeholder(target) or is_placeholder(budget):
        return not_attempted(task, "a community name and a number of accounts")
    reading = read_number(budget)
    if reading is None or reading[0] != int(reading[0]) or reading[0] < 1:
        return not_yet(
            task, f"{quoted(budget)} is not a whole number of accounts.", f"Type a number from 1 to {MAX_BUDGET}."
        )
    budget = int(reading[0])
    if budget > MAX_BUDGET:
        return not_yet(
            task,
            f"Following {budget} accounts at once adds little after the first few.",
            f"Choose at most {MAX_BUDGET}: look at how the 'new people' column shrinks.",
        )
    if str(target).strip().lower() == STUDENTS:
        return not_yet(
            task,
            "You are a medical student: you are in that community already.",
            "Choose a community you want to reach, such as 'interventional oncology'.",
        )
    try:
        plan = plan_follows(g, communities, str(target), budget)
    except NetworkInputError as err:
        return not_yet(task, str(err), "Choose a community from the list.")
    first = plan.steps[0]
    return passed(
        task,
        f"Following {len(plan.steps)} account(s) puts your replies in front of {plan.reached} of the "
        f"{plan.community_size} people in {plan.target} ({plan.coverage:.0%}). The first, {first.account}, "
        f"alone covers {first.new_people}: one well-followed account does most of the work.",
    )


def first_message(answer) -> CheckResult:
    """Task 5: how to turn an online contact into mentorship (a choice A, B or C)."""
    return choice(
        "Task 5: from contact to mentorship",
        answer,
        "C",
        {
            "A": (
                "A long first message asking for ongoing mentorship is a big ask from a stranger.",
                "Which option asks for something small and specific after some public interaction?",
            ),
            "B": (
                "Asking about a patient's case in a direct message risks confidentiality and puts the IR in a hard position.",
                "Keep patient details out of messages to people outside the care team.",
            ),
        },
        "Right: engage publicly first, then send one short, specific request that is easy to decline. "
        "Busy IRs, especially from under-represented groups, receive many such messages.",
    )
