"""Seeded generators for every synthetic data set in exercises/data/ (nothing here is real).

Regenerate the files with ``python -m irsocial.datasets --out exercises/data``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from irsocial.profiles import Profile

SURVEY_SEED = 20260301
PLATFORM_COLUMNS = ("linkedin", "x", "youtube", "researchgate", "instagram", "facebook", "bluesky", "mastodon")

# Invented shapes, loosely modelled on the published surveys so the exercise has something to
# compare with. They are NOT measurements: never quote a number from this data set as a fact.
_STAGES = {"resident": 0.40, "fellow": 0.15, "attending": 0.45}
_USE_BY_STAGE = {  # (professional, personal only, none)
    "resident": (0.70, 0.17, 0.13),
    "fellow": (0.64, 0.18, 0.18),
    "attending": (0.50, 0.20, 0.30),
}
_PLATFORM_BY_STAGE = {  # probability of professional use of each platform, among professional users
    "resident": (0.50, 0.62, 0.55, 0.30, 0.40, 0.25, 0.18, 0.05),
    "fellow": (0.60, 0.58, 0.45, 0.35, 0.30, 0.25, 0.15, 0.05),
    "attending": (0.72, 0.45, 0.35, 0.40, 0.15, 0.30, 0.10, 0.06),
}
_PURPOSES = ("education", "networking", "research", "advocacy")
_BARRIERS = ("confidentiality", "time", "mixing private and professional life", "no interest")


def platform_survey(n: int = 400, seed: int = SURVEY_SEED) -> pd.DataFrame:
    """A synthetic survey of radiologists' and IRs' social media use (one row per respondent).

    >>> df = platform_survey(50, seed=1)
    >>> sorted(df["use"].unique())
    ['none', 'personal only', 'professional']
    """
    rng = np.random.default_rng(seed)
    stages = rng.choice(list(_STAGES), size=n, p=list(_STAGES.values()))
    rows = []
    for i, stage in enumerate(stages, start=1):
        stage = str(stage)
        use = str(rng.choice(["professional", "personal only", "none"], p=_USE_BY_STAGE[stage]))
        professional = use == "professional"
        platforms = {
            col: int(professional and rng.random() < p)
            for col, p in zip(PLATFORM_COLUMNS, _PLATFORM_BY_STAGE[stage])
        }
        if professional and not any(platforms.values()):
            platforms["linkedin"] = 1
        rows.append(
            {
                "respondent": f"R{i:03d}",
                "region": str(rng.choice(["Europe", "North America", "Other"], p=[0.5, 0.38, 0.12])),
                "career_stage": stage,
                "subspecialty": str(rng.choice(["interventional", "diagnostic"], p=[0.45, 0.55])),
                "use": use,
                **platforms,
                "main_purpose": str(rng.choice(_PURPOSES, p=[0.45, 0.25, 0.2, 0.1])) if professional else "",
                "minutes_per_day": int(rng.gamma(2.0, 12.0)) if use != "none" else 0,
                "main_barrier": str(rng.choice(_BARRIERS, p=[0.4, 0.3, 0.2, 0.1])) if use == "none" else "",
            }
        )
    return pd.DataFrame(rows)


def sample_profiles() -> list[Profile]:
    """Fictional profiles for the chapter 02 audit, each with something to fix (or nothing)."""
    return [
        Profile(
            "x",
            "Dr Lena Okafor",
            "IR fellow @NorthbridgeUniHospital. Embolization, PAE, #IRad education. "
            "Views my own, not medical advice. Disclosure: paid speaker for Vexa Medical.",
            "@lena_ir_fellow",
            ("Vexa Medical",),
            "A model profile: every item is met.",
        ),
        Profile(
            "x",
            "IRguy",
            "Cool cases from the angio suite 🔥 DMs open for second opinions!",
            "@irguy88",
            (),
            "Anonymous, no role or affiliation, and invites patients to ask for advice by message.",
        ),
        Profile(
            "linkedin",
            "Jonas Berg",
            "Interventional radiology resident (PGY-4), Lakeside Medical Center | views my own",
            "",
            ("Corvan Devices",),
            "A clear headline, but a consulting role is not disclosed and no 'not medical advice'.",
        ),
        Profile(
            "bluesky",
            "Dr Priya Nair",
            "Interventional radiologist at St Brigid's Hospital. Teaching IR to students and residents; "
            "oncology IR, TACE, ablation. Posts are my own views and not medical advice. "
            "Author of two textbook chapters, co-chair of a regional IR meeting, mentor for medical students "
            "interested in IR. Ask me about electives!",
            "@priyanair.bsky.social",
            (),
            "All the right content, but too long for Bluesky's description.",
        ),
    ]


# Every data set written to exercises/data/: file name -> seeded generator. Each chapter's
# generators live in their own section below and add themselves to this registry.
DATASETS = {"platform_survey.csv": platform_survey}

# --- chapter 04/05 data sets (post corpus, follower network) go here ---

CORPUS_SEED = 20260401
NETWORK_SEED = 20260501

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
        rows.append({
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
        })
    return pd.DataFrame(rows)


# The chapter 05 follower network: invented accounts in five groups. Accounts mostly follow within
# their group; a few "bridge" accounts follow and are followed across two groups; each group has a
# hub (a fictional trainee forum, society or teaching account) that most of the group follows.
NETWORK_GROUPS = {  # group: (number of accounts, hub handle, roles and their shares)
    "medical students": (40, "@Northvale_IR_Student_Club", {"medical student": 0.9, "resident": 0.1}),
    "European trainees": (34, "@Euro_IR_Trainee_Circle", {"resident": 0.7, "fellow": 0.2, "attending": 0.1}),
    "North American residents": (34, "@Lakeside_IR_Residents", {"resident": 0.7, "fellow": 0.2, "attending": 0.1}),
    "interventional oncology": (30, "@IO_Tumor_Board_Teach", {"attending": 0.6, "fellow": 0.2, "resident": 0.2}),
    "women in IR": (28, "@Women_in_IR_Circle", {"attending": 0.4, "fellow": 0.2, "resident": 0.3, "medical student": 0.1}),
}
_HANDLE_FIRST = ["ana", "ben", "chloe", "dario", "elif", "femi", "greta", "hugo", "ines", "jonas", "kira",
                 "luca", "maya", "nils", "olu", "pia", "quinn", "rosa", "sami", "tara", "umar", "vera",
                 "wim", "xenia", "yara", "zoe"]
_HANDLE_ROLE = {"medical student": "ms", "resident": "res", "fellow": "fel", "attending": "dr"}
# (account group, other group) pairs joined by bridge accounts (a mentor, a trainee rep...).
_BRIDGES = (
    ("European trainees", "medical students"),
    ("North American residents", "medical students"),
    ("interventional oncology", "European trainees"),
    ("women in IR", "medical students"),
    ("women in IR", "North American residents"),
    ("North American residents", "European trainees"),
)


def _network(seed: int = NETWORK_SEED) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    accounts, used = [], set()
    for group, (size, hub, roles) in NETWORK_GROUPS.items():
        accounts.append({"account": hub, "group": group, "role": "group account"})
        role_names = list(roles)
        role_p = np.array(list(roles.values()))
        for _ in range(size - 1):
            role = str(rng.choice(role_names, p=role_p / role_p.sum()))
            while True:
                handle = f"@{_HANDLE_ROLE[role]}_{rng.choice(_HANDLE_FIRST)}_{rng.integers(10, 99)}"
                if handle not in used:
                    used.add(handle)
                    break
            accounts.append({"account": handle, "group": group, "role": role})
    nodes = pd.DataFrame(accounts)
    members = {g: nodes.index[nodes["group"] == g].to_numpy() for g in NETWORK_GROUPS}
    hubs = {g: int(nodes.index[(nodes["group"] == g) & (nodes["role"] == "group account")][0]) for g in NETWORK_GROUPS}
    edges = set()
    for g, idx in members.items():
        for a in idx:
            for b in idx:
                if a != b and rng.random() < 0.15:
                    edges.add((a, b))
            if a != hubs[g] and rng.random() < 0.8:
                edges.add((a, hubs[g]))
            if a != hubs[g] and rng.random() < 0.3:
                edges.add((hubs[g], a))
    all_idx = nodes.index.to_numpy()
    for a in all_idx:  # rare follows across groups
        for b in rng.choice(all_idx, size=2, replace=False):
            if a != b and nodes.at[a, "group"] != nodes.at[b, "group"] and rng.random() < 0.5:
                edges.add((a, int(b)))
    for home, other in _BRIDGES:  # bridges: an ordinary account of `home` also lives in `other`
        candidates = [int(i) for i in members[home] if i != hubs[home] and nodes.at[i, "role"] != "medical student"]
        bridge = candidates[int(rng.integers(len(candidates)))]
        nodes.at[bridge, "role"] = nodes.at[bridge, "role"] + " and mentor"
        for b in members[other]:
            if rng.random() < 0.25:
                edges.add((bridge, int(b)))
            if rng.random() < 0.25:
                edges.add((int(b), bridge))
        edges.add((bridge, hubs[other]))
    handle = nodes["account"].to_list()
    edge_df = pd.DataFrame(sorted(edges), columns=["follower", "followed"])
    edge_df["follower"] = [handle[i] for i in edge_df["follower"]]
    edge_df["followed"] = [handle[i] for i in edge_df["followed"]]
    return nodes, edge_df


def follower_accounts(seed: int = NETWORK_SEED) -> pd.DataFrame:
    """The invented accounts of the chapter 05 follower network: handle, self-described group, role.

    >>> follower_accounts()["group"].nunique()
    5
    """
    return _network(seed)[0]


def follower_network(seed: int = NETWORK_SEED) -> pd.DataFrame:
    """The chapter 05 follower network as an edge list: one row per "follower follows followed".

    >>> edges = follower_network()
    >>> list(edges.columns)
    ['follower', 'followed']
    """
    return _network(seed)[1]


DATASETS["learning_posts.csv"] = learning_posts
DATASETS["follower_accounts.csv"] = follower_accounts
DATASETS["follower_network.csv"] = follower_network

# --- chapter 06/07 data sets (networks, trials) go here ---

TRIAL_SEED = 20260701
NULL_TRIAL_SEED = 20260702


def _with_exact_median(values: np.ndarray, target: float) -> np.ndarray:
    """Integers whose median is exactly ``target`` (moves only the middle one or two values)."""
    v = np.sort(np.round(values).astype(int))
    n = v.size
    if n % 2:
        lo_target = hi_target = int(round(target))
        lo_idx, hi_idx = n // 2, n // 2
    else:
        lo_target = int(np.floor(target))
        hi_target = int(round(2 * target)) - lo_target
        lo_idx, hi_idx = n // 2 - 1, n // 2
    v[:lo_idx] = np.minimum(v[:lo_idx], lo_target)
    v[hi_idx + 1:] = np.maximum(v[hi_idx + 1:], hi_target)
    v[lo_idx], v[hi_idx] = lo_target, hi_target
    return v


def _arm(rng, n: int, median: float, spread: float) -> np.ndarray:
    raw = np.exp(rng.normal(0.0, spread, size=n))
    return _with_exact_median(raw * median / np.median(raw), median)


def promotion_trial(seed: int = TRIAL_SEED) -> pd.DataFrame:
    """A synthetic two-arm trial shaped on Widmer et al. 2019 (34 promoted vs 34 control articles).

    Group sizes and the 0-30-day medians match the published abstract (full-text downloads 1,042 vs
    142; website visits 1,070 vs 265); everything else is invented. No citations were measured.

    >>> t = promotion_trial()
    >>> t.groupby("arm")["downloads_30d"].median().to_dict()
    {'control': 142.0, 'promoted': 1042.0}
    """
    rng = np.random.default_rng(seed)
    rows = []
    for arm, n, downloads, visits in (("promoted", 34, 1042, 1070), ("control", 34, 142, 265)):
        d = _arm(rng, n, downloads, 0.8)
        v = _arm(rng, n, visits, 0.7)
        # pair a larger download count with a larger visit count, loosely (articles differ in interest)
        order = np.argsort(np.argsort(rng.normal(np.arange(n), n / 4)))
        for i in range(n):
            rows.append({"arm": arm, "downloads_30d": int(d[i]), "visits_30d": int(v[order[i]])})
    df = pd.DataFrame(rows).sample(frac=1.0, random_state=seed % 2**32).reset_index(drop=True)
    df.insert(0, "article", [f"A{i:03d}" for i in range(1, len(df) + 1)])
    return df


def null_promotion_trial(seed: int = NULL_TRIAL_SEED) -> pd.DataFrame:
    """A synthetic trial shaped on Fox et al. 2015 (Circulation): 121 promoted vs 122 control articles.

    Group sizes and the 30-day median page views match the published abstract (409 vs 392, no
    effect); everything else is invented.

    >>> t = null_promotion_trial()
    >>> t.groupby("arm")["page_views_30d"].median().to_dict()
    {'control': 392.0, 'promoted': 409.0}
    """
    rng = np.random.default_rng(seed)
    rows = []
    for arm, n, views in (("promoted", 121, 409), ("control", 122, 392)):
        for value in rng.permutation(_arm(rng, n, views, 0.6)):
            rows.append({"arm": arm, "page_views_30d": int(value)})
    df = pd.DataFrame(rows).sample(frac=1.0, random_state=seed % 2**32).reset_index(drop=True)
    df.insert(0, "article", [f"C{i:03d}" for i in range(1, len(df) + 1)])
    return df


DATASETS["promotion_trial.csv"] = promotion_trial
DATASETS["null_promotion_trial.csv"] = null_promotion_trial

# --- chapter 10/11 data sets (appraisal corpus) go here ---

APPRAISAL_COLUMNS = ("source", "evidence", "conflicts", "currency", "consensus")

# Invented posts about IR topics, each rated by a fictional panel of three IRs who agreed one rating
# per rubric criterion (0 poor, 1 partly, 2 good) and one overall accuracy rating (1 false or
# misleading ... 5 accurate and complete). People, accounts, companies and trials are all invented.
_APPRAISAL_POSTS = (
    ("P01", "Instagram", "@clean_womb_coach (anonymous wellness account)",
     "Fibroids shrink away on their own if you cut out sugar for 30 days. Doctors won't tell you because "
     "embolization pays their bills! My 30-day plan is in my bio. #fibroids #naturalhealing",
     (0, 0, 0, 1, 0), 1,
     "Anonymous seller of a diet plan; no evidence; attacks doctors' motives while hiding its own."),
    ("P02", "X", "Dr Amina Sule, interventional radiologist (named; no industry ties listed)",
     "Uterine fibroid embolization is one option for symptomatic fibroids; whether it suits you depends on "
     "your fibroids and your plans for pregnancy. Our society's patient page explains the options [link]. "
     "Ask your gynecologist about all of them.",
     (2, 2, 2, 2, 2), 5,
     "Qualified, balanced, points to a patient resource and to the patient's own doctors."),
    ("P03", "X", "Dr Rob Vale, IR (his profile elsewhere lists consulting for Corvan Devices)",
     "Game changer! The new Corvan X embolic gave 100% technical success in my last 12 cases. "
     "Every IR should switch. #IRad",
     (1, 0, 0, 2, 1), 2,
     "Twelve personal cases are an anecdote; the consulting tie is not disclosed in the post; "
     "'every IR should switch' goes far beyond the evidence."),
    ("P04", "Facebook", "Radiology resident sharing a link (named)",
     "BREAKING: new study shows the FEMOVAC stent fails in half of patients! Time to stop using it. [link]",
     (1, 1, 2, 0, 0), 2,
     "The link is a 20-patient pilot from 2008 presented as new; later, larger studies changed the picture. "
     "Check the date before you share."),
    ("P05", "Facebook", "Relative of a patient (named, no medical training)",
     "My husband had his liver tumor burned by the IR team and was home the same day. Ablation is painless "
     "and works for every cancer! Ask for it!",
     (0, 0, 2, 2, 0), 2,
     "A sincere personal story, but one case cannot show that ablation suits every tumor; it does not."),
    ("P06", "LinkedIn", "Vascular news site (named outlet, health reporter)",
     "Conference report: drug-coated balloons reduced repeat procedures at 1 year in the HALCYON trial, "
     "presented today; not yet peer reviewed. The trial was funded by the balloon's maker. Abstract: [link]",
     (2, 1, 1, 2, 1), 3,
     "Honest about the stage (a conference abstract) and the funding, but one unpublished trial is not "
     "consensus: wait for the paper and for independent coverage."),
    ("P07", "TikTok", "@truth_about_scans (anonymous; sells a 'detox' supplement)",
     "The dye they inject for CT stays in your brain forever and causes dementia. Refuse every scan with "
     "dye and detox with my drops!",
     (0, 0, 0, 1, 0), 1,
     "Twists a real research topic (retention of gadolinium, an MRI contrast agent, is being studied) into "
     "a claim no evidence supports, confuses CT and MRI contrast, and sells the cure."),
    ("P08", "Bluesky", "Dr Lena Okafor, IR fellow (named; views her own)",
     "Thread: how we assess a suspected groin pseudoaneurysm after femoral access. Ultrasound first, "
     "then the options, each with its evidence. References in the last post (one link is broken).",
     (2, 1, 2, 2, 2), 4,
     "Qualified and careful; the evidence is traceable except for one broken link."),
    ("P09", "X", "Hospital marketing account (named institution)",
     "Our new IR suite offers the most advanced stroke care in the region. Stroke symptoms? Come to us first!",
     (1, 0, 1, 2, 0), 2,
     "Advertising with an unsupported superlative; telling people with stroke symptoms to travel to one "
     "hospital contradicts the standard advice to call emergency services."),
    ("P10", "X", "Journal account (named; links the full paper)",
     "Visual abstract: in the PROSTEM randomized trial (240 patients), prostatic artery embolization improved urinary "
     "symptoms at 12 months compared with medication. Full paper (open access): [link]",
     (2, 2, 1, 2, 1), 4,
     "Traceable, peer-reviewed, current; the paper discloses industry funding that the post does not "
     "mention, and one trial does not settle the question."),
)


def appraisal_posts() -> pd.DataFrame:
    """Invented IR-flavored posts to appraise, with the fictional expert panel's ratings per rubric criterion.

    Nothing here is real: the accounts, people, companies and trials (Corvan X, FEMOVAC, HALCYON, PROSTEM) are
    invented, and the panel is fictional. The posts are fixed text, so no seed is needed.

    >>> df = appraisal_posts()
    >>> len(df), int(df["expert_overall"].min()), int(df["expert_overall"].max())
    (10, 1, 5)
    """
    rows = []
    for post_id, platform, author, text, ratings, overall, note in _APPRAISAL_POSTS:
        row = {"post_id": post_id, "platform": platform, "author": author, "text": text}
        row.update({f"expert_{c}": r for c, r in zip(APPRAISAL_COLUMNS, ratings)})
        row.update({"expert_overall": overall, "expert_note": note})
        rows.append(row)
    return pd.DataFrame(rows)


DATASETS["appraisal_posts.csv"] = appraisal_posts



def write_datasets(folder: Path) -> list[Path]:
    """Write every data set into ``folder`` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, make in DATASETS.items():
        path = folder / name
        data = make()
        if name.endswith(".csv"):
            data.to_csv(path, index=False)
        else:  # .json: plain data (lists and dicts), written with stable formatting
            path.write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def load(name: str, data_dir: str | Path | None = None):
    """Load a course data set from ``data/`` (beside the notebook) or make it afresh if the file is absent.

    The file and a fresh generation are identical, because both come from the same seeded code.
    """
    if name not in DATASETS:
        raise KeyError(f"Unknown data set {name!r}; the course has: {', '.join(DATASETS)}.")
    folders = [Path(data_dir)] if data_dir else [Path("data"), Path("exercises") / "data"]
    for folder in folders:
        path = folder / name
        if path.is_file():
            if name.endswith(".csv"):
                return pd.read_csv(path, keep_default_na=False)
            return json.loads(path.read_text(encoding="utf-8"))
    return DATASETS[name]()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the course's synthetic data sets.")
    parser.add_argument("--out", default="exercises/data", help="folder to write into")
    args = parser.parse_args(argv)
    for path in write_datasets(Path(args.out)):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
