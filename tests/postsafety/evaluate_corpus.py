"""Score a detector on the evaluation corpus of issue 14 (tests/data/eval_corpus.jsonl).

``score(posts, detector)`` -> recall overall, by category and by language (a labelled span counts
as caught when a finding overlaps it), blocking recall (overlapped by a *blocking* finding), the
share of clean posts blocked, findings of any severity per clean post, and whether every post in an
unsupported language was blocked. Run as a script to print the table.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import OUT, load  # noqa: E402


def score(posts: list[dict], detector=None) -> dict:
    if detector is None:
        from irsocial.postsafety.identifiers import find_identifiers as detector
    by_cat, by_lang = defaultdict(lambda: [0, 0, 0]), defaultdict(lambda: [0, 0, 0])
    clean = blocked = findings_on_clean = unsupported = unsupported_blocked = 0
    missed, false_blocks, not_blocked = [], [], []
    for post in posts:
        found = detector(post["text"])
        if post["kind"] == "unsupported":
            unsupported += 1
            unsupported_blocked += any(f.severity == "block" for f in found)
            continue
        if post["kind"] == "clean":
            clean += 1
            findings_on_clean += len(found)
            if any(f.severity == "block" for f in found):
                blocked += 1
                false_blocks.append(
                    (post["id"], post["text"], [(f.rule, f.text) for f in found if f.severity == "block"])
                )
            continue
        for span in post["spans"]:
            hits = [f for f in found if f.start < span["end"] and span["start"] < f.end]
            hit, hit_block = bool(hits), any(f.severity == "block" for f in hits)
            for table, key in ((by_cat, span["category"]), (by_lang, post["lang"]), (by_cat, "ALL")):
                table[key][0] += 1
                table[key][1] += hit
                table[key][2] += hit_block
            if not hit:
                missed.append((post["id"], span["category"], span["text"], post["text"]))
            elif not hit_block:
                not_blocked.append((post["id"], span["category"], span["text"], post["text"]))
    ratio = lambda row: row[1] / row[0] if row[0] else 1.0  # noqa: E731
    return {
        "recall": ratio(by_cat["ALL"]),
        "recall_block": by_cat["ALL"][2] / by_cat["ALL"][0] if by_cat["ALL"][0] else 1.0,
        "by_category": {k: (v[0], ratio(v), v[2] / v[0]) for k, v in sorted(by_cat.items())},
        "by_language": {k: (v[0], ratio(v), v[2] / v[0]) for k, v in sorted(by_lang.items())},
        "clean_posts": clean,
        "false_block_rate": blocked / clean if clean else 0.0,
        "findings_per_clean_post": findings_on_clean / clean if clean else 0.0,
        "unsupported_posts": unsupported,
        "unsupported_blocked": unsupported_blocked,
        "missed": missed,
        "not_blocked": not_blocked,
        "false_blocks": false_blocks,
    }


def report(result: dict) -> str:
    lines = [
        f"span recall {result['recall']:.3f}, blocking recall {result['recall_block']:.3f}",
        f"clean posts {result['clean_posts']}: blocked {result['false_block_rate']:.1%}, "
        f"findings per clean post {result['findings_per_clean_post']:.3f}",
        f"unsupported-language posts blocked: {result['unsupported_blocked']}/{result['unsupported_posts']}",
        "",
        "| category | spans | recall | blocking recall |",
        "|---|---|---|---|",
    ]
    lines += [f"| {k} | {n} | {r:.3f} | {b:.3f} |" for k, (n, r, b) in result["by_category"].items()]
    lines += ["", "| language | spans | recall | blocking recall |", "|---|---|---|---|"]
    lines += [f"| {k} | {n} | {r:.3f} | {b:.3f} |" for k, (n, r, b) in result["by_language"].items()]
    return "\n".join(lines)


if __name__ == "__main__":
    result = score(load(OUT))
    print(report(result))
    if "-v" in sys.argv:
        for row in result["missed"]:
            print("MISSED", row)
        for row in result["false_blocks"]:
            print("FALSE BLOCK", row)
        for row in result["not_blocked"]:
            print("REVIEW ONLY", row)
