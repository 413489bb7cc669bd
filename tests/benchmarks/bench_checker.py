"""Issue 14: the post checker against its peers on the evaluation corpus (a script, not a test).

    PYTHONPATH=. .venv/bin/python tests/benchmarks/bench_checker.py

Prints, for ours, scrubadub and Microsoft Presidio's analyzer: span recall overall and per language,
blocking recall, clean posts flagged, findings per clean post and speed; then our in-process speed
on one core and the CLI's start-up plus one check. Peers run offline: scrubadub with its default
detectors (en_GB and en_US locales); Presidio with its pattern recognizers and its phone recognizer
only, called directly (no AnalyzerEngine, no spaCy model: a model would have to be downloaded).
A peer finding has no severity, so each counts as blocking. Peers are test-only tools, not
dependencies of the toolkit and not in requirements.txt (presidio-analyzer pulls in spaCy and scikit-learn):
install them first with ``pip install scrubadub==2.0.1 presidio-analyzer==2.2.366``; a peer that is not installed
is skipped.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "postsafety"))

from evaluate_corpus import score  # noqa: E402
from make_corpus import OUT, load  # noqa: E402


@dataclass
class Hit:
    start: int
    end: int
    severity: str = "block"
    rule: str = ""
    text: str = ""


def ours():
    from irsocial.postsafety.identifiers import find_identifiers

    return find_identifiers


def scrubadub_detector():
    import scrubadub

    scrubbers = [scrubadub.Scrubber(locale=loc) for loc in ("en_GB", "en_US")]

    def detect(text: str) -> list[Hit]:
        hits = []
        for scrubber in scrubbers:
            hits += [Hit(f.beg, f.end, rule=f.type) for f in scrubber.iter_filth(text)]
        return hits

    return detect


def presidio_detector():
    import inspect

    from presidio_analyzer import PatternRecognizer
    from presidio_analyzer import predefined_recognizers as pr

    recognizers = []
    for name in dir(pr):
        cls = getattr(pr, name)
        if not inspect.isclass(cls):
            continue
        if (issubclass(cls, PatternRecognizer) and cls is not PatternRecognizer) or name == "PhoneRecognizer":
            try:
                recognizers.append(cls())
            except Exception:  # noqa: BLE001 - a recognizer that needs a model or arguments is left out
                continue

    def detect(text: str) -> list[Hit]:
        hits = []
        for rec in recognizers:
            try:
                results = rec.analyze(text, rec.supported_entities, None)
            except Exception:  # noqa: BLE001
                continue
            hits += [Hit(r.start, r.end, rule=r.entity_type) for r in results or [] if r.score >= 0.3]
        return hits

    detect.count = len(recognizers)
    return detect


def speed(detector, texts: list[str]) -> float:
    start = time.process_time()
    for t in texts:
        detector(t)
    return len(texts) / (time.process_time() - start)


def cli_seconds(runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "irsocial", "check-post", "-"],
            input=b"Mrs Okafor, 93, TACE on 14/03/2026.",
            capture_output=True,
            cwd=ROOT,
            check=False,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    posts = load(OUT)
    texts = [p["text"] for p in posts]
    peers = {"ours (irsocial)": ours}
    for name, factory in (
        ("scrubadub 2.0.1 (default detectors)", scrubadub_detector),
        ("Presidio analyzer (pattern + phone recognizers)", presidio_detector),
    ):
        peers[name] = factory
    rows, langs = [], ["de", "el", "en", "es", "fr", "it", "nl", "pt"]
    for name, factory in peers.items():
        try:
            detector = factory()
        except ImportError as exc:
            print(f"skipped {name}: {exc}")
            continue
        result = score(posts, detector)
        per_lang = " | ".join(f"{result['by_language'][lang][1]:.2f}" for lang in langs)
        clean_flagged = result["false_block_rate"]
        rows.append(
            f"| {name} | {result['recall']:.3f} | {result['recall_block']:.3f} | {per_lang} | "
            f"{clean_flagged:.1%} | {result['findings_per_clean_post']:.2f} | "
            f"{result['unsupported_blocked']}/{result['unsupported_posts']} | {speed(detector, texts):,.0f} |"
        )
    print(
        f"Corpus: {len(posts)} posts ({sum(p['kind'] == 'clean' for p in posts)} clean), tests/data/eval_corpus.jsonl\n"
    )
    print(
        "| checker | span recall | blocking recall | "
        + " | ".join(langs)
        + " | clean posts blocked | findings per clean post | unsupported language blocked | posts/s |"
    )
    print("|---" * (len(langs) + 7) + "|")
    print("\n".join(rows))
    print(f"\nCLI start-up + one check (median of 7): {cli_seconds():.2f} s (bar <= 0.5 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
