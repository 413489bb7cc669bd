"""A seeded, labelled corpus of synthetic IR draft posts, and how well the checker does on it.

Half the posts carry identifiers (each labelled with its exact character span and rule); the
other half are clean but tricky: device sizes, doses, DOIs, conference dates, clinicians' names,
handles, ages 89 and under, percentages and years alone. Every person, place and number is made
up. Regenerate the committed file with::

    python tests/postsafety/post_corpus.py --out tests/data/post_corpus.jsonl

>>> posts = generate_post_corpus(20, seed=1)
>>> len(posts), sum(bool(p["spans"]) for p in posts)
(20, 10)
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

DEFAULT_SIZE = 200
DEFAULT_SEED = 3

_SURNAMES = [
    "Okafor",
    "Jensen",
    "Moreau",
    "Kowalski",
    "Haddad",
    "Lindqvist",
    "Papadakis",
    "Brennan",
    "Nakamura",
    "Oduya",
    "Ferreira",
    "Novak",
    "Whitfield",
    "Castell",
    "Ionescu",
    "Delacroix",
]
_GIVEN = [
    "Maria",
    "John",
    "Fatima",
    "George",
    "Helen",
    "Omar",
    "Anna",
    "Peter",
    "Sofia",
    "Ahmed",
    "Grace",
    "Victor",
    "Irene",
    "Luis",
    "Martha",
    "Ivan",
]
_TOWNS = [
    "Oakhurst Vale",
    "Millbrook",
    "Thornbury Cross",
    "Kettlewick",
    "Ashcombe",
    "Dunmere",
    "Little Harrowby",
    "Fenwick Moor",
    "Caldbeck",
    "Brindlecombe",
]
_STREETS = ["Mill Lane", "Church Street", "Orchard Road", "Station Avenue", "Elm Close", "Harbour Way"]
_MONTHS = ["January", "February", "March", "April", "June", "July", "September", "October", "November"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_PROCEDURES = [
    "TACE",
    "a GAE",
    "prostate artery embolization",
    "a TIPS",
    "UFE",
    "a PICC line",
    "a nephrostomy",
    "bronchial artery embolization",
    "an IVC filter retrieval",
    "a Y90 work-up",
]
_FINDINGS = [
    "a splenic artery pseudoaneurysm",
    "active extravasation from the gastroduodenal artery",
    "a type II endoleak",
    "hemoptysis from a hypertrophied bronchial artery",
    "a renal AVM",
    "portal vein thrombosis",
    "a bleeding lumbar artery",
]
_CLINICIANS = ["Dr Ana Ruiz", "Dr. Sam Lee", "Prof Eleni Papas", "Dr Kwame Mensah", "Dr Priya Nair"]
_HANDLES = ["@IR_Juniors", "@ETF_IRtrainees", "@SIRspecialists", "@CIRSEsociety", "@irad_fellow"]
_HASHTAGS = ["#IRad", "#MedEd", "#FOAMrad", "#IRcases", "#RadRes"]


def _id_segments(rng: random.Random) -> list[list]:
    """Sentence templates with identifiers: lists of plain strings and (text, rule) pairs."""
    given, surname, town = rng.choice(_GIVEN), rng.choice(_SURNAMES), rng.choice(_TOWNS)
    proc, finding = rng.choice(_PROCEDURES), rng.choice(_FINDINGS)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])
    age90 = rng.randint(90, 104)
    date = rng.choice(
        [
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month:02d}.{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}{'th' if day > 3 else ['st', 'nd', 'rd'][day - 1]} {rng.choice(_MONTHS)}",
            f"{rng.choice(_MONTHS)[:3]} {day}, {year}",
            f"{day} {rng.choice(_MONTHS)}",
        ]
    )
    title = rng.choice(["Mrs", "Mr", "Ms", "Mr.", "Mrs."])
    mrn = str(rng.randint(10_000_000, 99_999_999))
    options = [
        [(f"{title} {surname}", "name"), f", a {rng.randint(45, 80)}-year-old, came back for {proc}."],
        ["Patient ", (f"{given[0]}.{surname[0]}.", "name"), f" had {finding} on CT."],
        [(given, "name"), f", {rng.randint(40, 79)}, presented with {finding}."],
        ["A ", (f"{age90}-year-old", "age_over_89"), f" woman with {finding}, embolized the same night."],
        ["Our patient (aged ", (str(age90), "age_over_89"), f") did well after {proc}."],
        ["She was admitted on ", (date, "date"), f" with {finding}."],
        [f"He underwent {proc} on ", (date, "date"), "."],
        [
            "Pt seen ",
            (rng.choice(["last " + rng.choice(_WEEKDAYS), "yesterday", "this morning"]), "relative_date"),
            f" with {finding}.",
        ],
        ["MRN ", (mrn, "record_number"), f": {finding}, coiled."],
        ["Accession number ", (f"ACC{rng.randint(100000, 999999)}", "record_number"), " for the pre-procedure CT."],
        ["Stent serial no. ", (f"SN{rng.randint(1000000, 9999999)}", "record_number"), " documented in the notes."],
        [
            "Her daughter asked us to call her on ",
            (f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}", "phone"),
            ".",
        ],
        ["Family contact for the patient: ", (f"{given.lower()}.{surname.lower()}@example.com", "email"), "."],
        ["He lives at ", (f"{rng.randint(2, 140)} {rng.choice(_STREETS)}", "street_address"), " and drove in himself."],
        [
            "The patient's postcode ",
            (rng.choice(["KT12 4QB", "LS6 2EJ", "BS8 1TH", "M14 5RX"]), "postcode"),
            " is outside our catchment.",
        ],
        ["A farmer from ", (town, "place"), f" with {finding}."],
        ["She lives in ", (town, "place"), " and was transferred to us by air."],
        [
            "Images for the patient: ",
            (
                f"https://pacs.example-hospital.org/viewer?study=1.2.840.{rng.randint(10000, 99999)}.3.{rng.randint(100, 999)}.1.{rng.randint(1, 9)}",
                "url",
            ),
            "",
        ],
        [
            "Study UID ",
            (
                f"1.2.840.113619.2.{rng.randint(10, 99)}.3.{rng.randint(100000, 999999)}.{rng.randint(1, 999)}",
                "dicom_uid",
            ),
            " if anyone wants to look.",
        ],
        [
            "Patient's NHS number ",
            (f"{rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}", "national_id"),
            " is on the request.",
        ],
        [
            "His SSN ",
            (f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", "national_id"),
            " was on the referral.",
        ],
        [
            f"{rng.choice(['Mr', 'Mrs'])} ",
        ],
    ]
    options.pop()  # keep the list literal tidy above
    options += [
        [(f"{rng.choice(['Mr', 'Mrs', 'Ms'])} {surname}", "name"), " (", (str(age90), "age_over_89"), f") had {proc}."],
        ["Admitted ", (date, "date"), ", discharged ", (f"{(day % 27) + 1} {rng.choice(_MONTHS)}", "date"), "."],
    ]
    return options


def _clean_segments(rng: random.Random) -> list[str]:
    """Clean but tricky sentences: nothing here identifies a patient."""
    proc, finding = rng.choice(_PROCEDURES), rng.choice(_FINDINGS)
    month = rng.choice(_MONTHS)
    day = rng.randint(1, 28)
    return [
        f"A {rng.randint(35, 89)}-year-old with {finding}: {proc} through a {rng.choice([4, 5, 6])} Fr sheath.",
        f'Coiled with {rng.randint(3, 12)} detachable coils via a 2.{rng.randint(0, 8)} Fr microcatheter over a 0.0{rng.choice([14, 18, 35])}" wire.',
        f"Technique: {rng.choice([70, 80, 90, 100, 120])} kVp, DAP {rng.randint(20, 400)} Gy·cm², fluoro time {rng.randint(4, 45)} min.",
        f"Technical success was {rng.randint(85, 99)}% in the series (n = {rng.randint(30, 400)}).",
        f"See {rng.choice(['Kassin et al.', 'Wang et al.', 'Patel et al.'])} doi:10.{rng.randint(1000, 1200)}/rg.{rng.randint(200000, 230000)} for the evidence.",
        f"CIRSE {rng.choice([2026, 2027])} runs {day}-{day + 3} {month} in Barcelona: abstract deadline {day} {month}!",
        f"Journal club on {month} {day}: we discuss the {rng.choice(['PROSTAGAE', 'EMBOLISE', 'REST'])} trial.",
        f"Great talk by {rng.choice(_CLINICIANS)} at the SIR meeting on {rng.randint(1, 28)} {month}.",
        f"Thanks to {rng.choice(_GIVEN)} {rng.choice(_SURNAMES)} for the fellowship interview tips.",
        f"Congratulations to {rng.choice(_GIVEN)} on passing the EBIR exam! {rng.choice(_HANDLES)}",
        f"Follow {rng.choice(_HANDLES)} and {rng.choice(_HANDLES)} for weekly cases.",
        f"Since {rng.randint(2015, 2024)} we have done more than {rng.randint(200, 900)} cases of {proc}.",
        f"Quiz: what is the next step? Answer tomorrow. {rng.choice(_HASHTAGS)} {rng.choice(_HASHTAGS)}",
        f"Embolized with 300-500 µm particles; post-procedure angiogram at {rng.randint(5, 20)} minutes showed stasis.",
        f"Webinar on {rng.choice(_WEEKDAYS)} {day} {month}, 19:00 CET: register via the society page.",
        f"Our resident {rng.choice(_CLINICIANS)} presented this case at ECR {rng.choice([2025, 2026])}.",
        f"Mean age {rng.randint(55, 75)} (range {rng.randint(20, 40)}-{rng.randint(80, 89)}), {rng.randint(40, 70)}% women.",
        f"Pressure gradient fell from {rng.randint(15, 25)} to {rng.randint(5, 11)} mmHg after {proc}.",
        f"Lesion measured {rng.randint(12, 60)} x {rng.randint(10, 50)} mm on the arterial phase.",
        f"Dose: {rng.randint(1, 3)}.{rng.randint(0, 9)} GBq Y90, planned with {rng.randint(60, 120)} Gy to the tumour.",
        f"Published today in JVIR, vol {rng.randint(30, 37)}, issue {rng.randint(1, 12)}, pages {rng.randint(100, 900)}-{rng.randint(901, 999)}.",
        f"Tip from {rng.choice(_CLINICIANS)}: road-map before you commit to the coil.",
        f"Visit https://www.cirse.org/education for the {rng.choice(['ESIR', 'CIRSE Academy'])} course list.",
    ]


def _assemble(parts: list) -> tuple[str, list[dict]]:
    text, spans = "", []
    for part in parts:
        if isinstance(part, tuple):
            value, rule = part
            spans.append({"start": len(text), "end": len(text) + len(value), "rule": rule, "text": value})
            text += value
        else:
            text += part
    return text, spans


def generate_post_corpus(n: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` synthetic draft posts (half with labelled identifiers), each ``{id, text, spans}``."""
    rng = random.Random(seed)
    posts = []
    for i in range(n):
        clean = _clean_segments(rng)
        chosen = rng.sample(clean, rng.randint(1, 2))
        if i % 2 == 0:
            ident = rng.choice(_id_segments(rng))
            parts: list = []
            for sentence in chosen[:1]:
                parts += [sentence, " "]
            parts += ident
            if len(chosen) > 1:
                parts += [" ", chosen[1]]
        else:
            parts = [" ".join(chosen)]
        if rng.random() < 0.5:
            parts.append(" " + " ".join(rng.sample(_HASHTAGS, rng.randint(1, 3))))
        text, spans = _assemble(parts)
        posts.append({"id": f"post{i:03d}", "text": text, "spans": spans})
    return posts


def write_post_corpus(path: str | Path, n: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED) -> Path:
    """Write the corpus as JSON Lines (one post per line) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(p, ensure_ascii=False, sort_keys=True) for p in generate_post_corpus(n, seed)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def load_post_corpus(path: str | Path) -> list[dict]:
    """Read a corpus written by ``write_post_corpus``."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(posts: list[dict], detector=None) -> dict:
    """Recall (labelled spans overlapped by a finding) and false-block rate (clean posts blocked).

    ``detector`` maps a text to findings with ``start``, ``end`` and ``severity`` (default: the
    course's own :func:`irsocial.postsafety.identifiers.find_identifiers`). Recall is given twice: for any
    finding, and for blocking findings only.

    >>> result = evaluate(generate_post_corpus(40, seed=2))
    >>> result["posts"], result["recall"] >= 0.9
    (40, True)
    """
    if detector is None:
        from irsocial.postsafety.identifiers import find_identifiers as detector
    spans = caught = caught_block = clean = blocked = 0
    missed: list[dict] = []
    false_blocks: list[dict] = []
    for post in posts:
        findings = detector(post["text"])
        if post["spans"]:
            for span in post["spans"]:
                spans += 1
                hits = [f for f in findings if f.start < span["end"] and span["start"] < f.end]
                caught += bool(hits)
                caught_block += any(f.severity == "block" for f in hits)
                if not hits:
                    missed.append({"id": post["id"], **span})
        else:
            clean += 1
            blocking = [f for f in findings if f.severity == "block"]
            if blocking:
                blocked += 1
                false_blocks.append({"id": post["id"], "text": post["text"], "found": [f.text for f in blocking]})
    return {
        "posts": len(posts),
        "spans": spans,
        "recall": caught / spans if spans else 1.0,
        "recall_block": caught_block / spans if spans else 1.0,
        "clean_posts": clean,
        "false_block_rate": blocked / clean if clean else 0.0,
        "missed": missed,
        "false_blocks": false_blocks,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the labelled synthetic post corpus.")
    parser.add_argument("--out", default="tests/data/post_corpus.jsonl")
    parser.add_argument("--n", type=int, default=DEFAULT_SIZE)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    path = write_post_corpus(args.out, args.n, args.seed)
    print(f"Wrote {args.n} posts to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
