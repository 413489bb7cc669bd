"""Seeded generator of the chapter 04 post corpus (synthetic, nothing real)."""

from __future__ import annotations

import numpy as np
import pandas as pd

CORPUS_SEED = 20260401

# Invented shapes for the chapter 04 corpus. Engagement depends mostly on the format of a post
# (direction loosely like the @ctisus analysis: images and videos up, links down) and on how
# "sensational" it is; the fictional expert accuracy rating depends on who wrote it, on the format
# and, negatively, on sensationalism. The result: engagement and accuracy are only weakly related.
# These are NOT measurements: never quote a number from this data set as a fact.
CONTENT_TYPES = {  # name: (mean log engagements, mean accuracy shift, share of posts)
    "case image": (3.5, 0.2, 0.22),
    "scroll-through video": (3.7, 0.1, 0.10),
    "tweetorial thread": (3.1, 0.4, 0.12),
    "infographic": (3.2, 0.0, 0.10),
    "quiz or poll": (3.0, 0.3, 0.10),
    "journal article link": (2.1, 0.6, 0.14),
    "news link": (1.8, -0.2, 0.10),
    "opinion (text only)": (2.7, -0.5, 0.12),
}
HASHTAGS = {  # name: (shift of log engagements, share of posts)
    "#IRad": (0.3, 0.36),
    "#RadEd": (0.1, 0.22),
    "#FOAMrad": (0.0, 0.16),
    "#MedStudent": (0.2, 0.14),
    "#IRtrainee": (-0.1, 0.12),
}
AUTHOR_TYPES = {  # name: (accuracy shift, engagement shift, share of posts)
    "IR attending": (0.4, 0.0, 0.30),
    "IR trainee": (0.0, -0.1, 0.30),
    "society or journal account": (0.5, -0.2, 0.14),
    "industry account": (-0.4, 0.1, 0.10),
    "non-physician influencer": (-1.3, 0.3, 0.16),
}


def _pick(rng, table: dict, size: int) -> np.ndarray:
    names = list(table)
    p = np.array([v[-1] for v in table.values()], dtype=float)
    return rng.choice(names, size=size, p=p / p.sum())


def learning_posts(n: int = 600, seed: int = CORPUS_SEED) -> pd.DataFrame:
    """A synthetic corpus of IR-flavored posts with engagement counts and a fictional expert accuracy rating.

    One row per post: hashtag, content type, author type, likes, reposts, replies, engagements (their
    sum), impressions, and ``accuracy`` (1 false or misleading ... 5 accurate and complete), agreed
    by an invented expert panel.

    >>> df = learning_posts(40, seed=1)
    >>> int(df["accuracy"].min()) >= 1 and int(df["accuracy"].max()) <= 5
    True
    """
    rng = np.random.default_rng(seed)
    kinds = _pick(rng, CONTENT_TYPES, n)
    tags = _pick(rng, HASHTAGS, n)
    authors = _pick(rng, AUTHOR_TYPES, n)
    sensational = rng.normal(0.0, 1.0, n)
    rows = []
    for i in range(n):
        k, t, a, s = kinds[i], tags[i], authors[i], sensational[i]
        log_eng = CONTENT_TYPES[k][0] + HASHTAGS[t][0] + AUTHOR_TYPES[a][1] + 0.45 * s + rng.normal(0.0, 0.8)
        engagements = int(max(0, round(np.exp(log_eng))))
        reposts = int(rng.binomial(engagements, 0.18))
        replies = int(rng.binomial(engagements - reposts, 0.08))
        likes = engagements - reposts - replies
        impressions = int(round(engagements * rng.uniform(25, 60) + rng.integers(40, 400)))
        acc = 3.6 + CONTENT_TYPES[k][1] + AUTHOR_TYPES[a][0] - 0.2 * s + rng.normal(0.0, 0.7)
        rows.append(
            {
                "post_id": f"P{i + 1:04d}",
                "hashtag": t,
                "content_type": k,
                "author_type": a,
                "likes": likes,
                "reposts": reposts,
                "replies": replies,
                "engagements": engagements,
                "impressions": impressions,
                "accuracy": int(np.clip(round(acc), 1, 5)),
            }
        )
    return pd.DataFrame(rows)


# Data sets this chapter writes to exercises/data/<slug>/: file name -> seeded generator.
DATASETS = {"learning_posts.csv": learning_posts}
