"""The chapter 10 appraisal posts with their fictional expert ratings (synthetic, nothing real)."""

from __future__ import annotations

import pandas as pd

from irsocial.course.content import load_content

APPRAISAL_COLUMNS = ("source", "evidence", "conflicts", "currency", "consensus")

SCHEMA = {
    "posts": [
        {
            "id": str,
            "platform": str,
            "author": str,
            "text": str,
            "ratings": {c: int for c in APPRAISAL_COLUMNS},
            "overall": int,
            "note": str,
        }
    ]
}


def appraisal_posts() -> pd.DataFrame:
    """Invented IR-flavored posts to appraise, with the fictional expert panel's ratings per rubric criterion.

    Nothing here is real: the accounts, people, companies and trials (Corvan X, FEMOVAC, HALCYON, PROSTEM) are
    invented, and the panel is fictional. The posts are fixed text in ``book/content/10-misinformation.yml``, so no seed is needed.

    >>> df = appraisal_posts()
    >>> len(df), int(df["expert_overall"].min()), int(df["expert_overall"].max())
    (10, 1, 5)
    """
    rows = []
    for post in load_content("content/10-misinformation.yml", SCHEMA)["posts"]:
        row = {"post_id": post["id"], "platform": post["platform"], "author": post["author"], "text": post["text"]}
        row.update({f"expert_{c}": post["ratings"][c] for c in APPRAISAL_COLUMNS})
        row.update({"expert_overall": post["overall"], "expert_note": post["note"]})
        rows.append(row)
    return pd.DataFrame(rows)


# Data sets this chapter writes to exercises/data/<slug>/: file name -> seeded generator.
DATASETS = {"appraisal_posts.csv": appraisal_posts}
