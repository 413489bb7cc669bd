"""Published survey figures on social media use that the exercises compare with, with sources."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PublishedFigure:
    """One published proportion. ``reference`` is the key in book/references.bib."""

    key: str
    what: str
    proportion: float
    n: int
    population: str
    reference: str
    caveat: str


PUBLISHED: dict[str, PublishedFigure] = {
    f.key: f
    for f in (
        PublishedFigure(
            "patel_professional_use",
            "used social networking professionally",
            110 / 186,
            186,
            "radiologists answering an e-mail and social-network invitation (2017)",
            "patel2017",
            "Convenience sample recruited partly through social networks: likely to over-represent users.",
        ),
        PublishedFigure(
            "patel_trainees_among_users",
            "were trainees, among professional users",
            52 / 110,
            110,
            "professional users in the same survey",
            "patel2017",
            "Trainees were 23.7% (18/76) of non-users: trainees are over-represented among users.",
        ),
        PublishedFigure(
            "ransom_any_use",
            "used social media (private, professional or both)",
            0.85,
            477,
            "radiologists, mostly in Europe and North America (RANSOM survey, 2016)",
            "ranschaert2016",
            "Counts any use, not professional use; an online survey, so again self-selected.",
        ),
        PublishedFigure(
            "wang_any_account",
            "had at least one findable social media account",
            0.72,
            265,
            "practising Australian interventional radiologists (2021)",
            "wang2021",
            "Measures whether an account could be found by searching, not whether it is used.",
        ),
        PublishedFigure(
            "kauffman_frequent_use",
            "used social media daily or a few times a week",
            0.807,
            254,
            "radiologists, technologists and residents in 65 countries (2022 survey)",
            "kauffman2023",
            "A one-month online survey; respondents were radiology professionals of several kinds.",
        ),
    )
}


def platform_share(survey, platform: str | None = None, career_stage: str | None = None, label: str = ""):
    """Share of respondents (optionally of one career stage) who use ``platform`` professionally.

    With ``platform=None`` it is the share who use any social media professionally.
    Returns a ``ProportionEstimate`` with a 95% Wilson interval.
    """
    from irsocial.course.stats import proportion_ci

    rows = survey if career_stage is None else survey[survey["career_stage"] == career_stage]
    if len(rows) == 0:
        stages = ", ".join(sorted(survey["career_stage"].unique()))
        raise ValueError(f"No respondents with career stage {career_stage!r}; the survey has: {stages}.")
    if platform is None:
        successes = int((rows["use"] == "professional").sum())
    elif platform in rows.columns and platform not in ("use", "career_stage", "region", "respondent"):
        successes = int(rows[platform].astype(int).sum())
    else:
        raise ValueError(f"The survey has no platform column {platform!r}.")
    name = label or " ".join(x for x in (career_stage or "all respondents", platform or "any platform") if x)
    return proportion_ci(successes, len(rows), label=name)


def published_table():
    """The published figures as a table (percentages rounded to one decimal)."""
    import pandas as pd

    return pd.DataFrame(
        [
            {
                "key": f.key,
                "what": f.what,
                "percent": round(f.proportion * 100, 1),
                "n": f.n,
                "population": f.population,
                "source": f.reference,
            }
            for f in PUBLISHED.values()
        ]
    )
