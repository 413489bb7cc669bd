"""The chapter 10 appraisal posts with their fictional expert ratings (synthetic, nothing real)."""

from __future__ import annotations

import pandas as pd

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


# Data sets this chapter writes to exercises/data/<slug>/: file name -> seeded generator.
DATASETS = {"appraisal_posts.csv": appraisal_posts}
