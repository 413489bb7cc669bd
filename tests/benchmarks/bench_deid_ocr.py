"""Benchmark of de-identification with OCR (issue 15): not a test, run it by hand; it prints a table.

    nice .venv/bin/python tests/benchmarks/bench_deid_ocr.py

- OCR time per frame (512x512 and 1024x1024 synthetic DSA frames with an angiography overlay), on
  one core (the process is pinned to one CPU and the engine uses one thread);
- whole `irsocial deid` runs in a fresh process on one core: 1 and 30 frames of 1024x1024 16-bit
  XA, refused (text found, masks proposed) and with --auto-mask (mask, then read again), with
  wall time and peak memory (ru_maxrss);
- the peers on the adversarial set of tests/postsafety/make_adversarial.py: identifiers left in
  output headers and readable in output pixels, for irsocial --auto-mask and for dicognito
  (where it is installed; it is not a dependency: pip install dicognito into .venv to include it).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "postsafety"))

ONE_CORE = {sorted(os.sched_getaffinity(0))[0]} if hasattr(os, "sched_getaffinity") else None


def pin() -> None:
    if ONE_CORE:
        os.sched_setaffinity(0, ONE_CORE)
    os.environ["IRSOCIAL_OCR_THREADS"] = "1"


def bench_ocr_per_frame(rows: list) -> None:
    from irsocial.course.synthetic_images import render_angiogram
    from irsocial.postsafety import ocr

    ocr.engine()
    for size in (512, 1024):
        frames, _ = render_angiogram("dsa", size, size, 5, seed=1)
        ocr.read_frame(frames[0])  # warm-up
        times = []
        for frame in frames:
            start = time.perf_counter()
            ocr.read_frame(frame)
            times.append(time.perf_counter() - start)
        times.sort()
        rows.append(
            (
                f"OCR of one {size}x{size} frame (one core)",
                f"median {times[2]:.2f} s (min {times[0]:.2f}, max {times[-1]:.2f})",
                "",
            )
        )


RUN = """
import resource, sys, time
t = time.perf_counter()
from irsocial.postsafety.cli import main
status = main(sys.argv[1:])
print("RESULT", status, time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run_cli(args: list[str]) -> tuple[int, float, float]:
    env = dict(os.environ, IRSOCIAL_OCR_THREADS="1", PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", RUN, *args],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=(lambda: os.sched_setaffinity(0, ONE_CORE)) if ONE_CORE else None,
    )
    wall = time.perf_counter() - start
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT")][-1].split()
    return int(line[1]), wall, int(line[3]) / 1024


def bench_runs(rows: list, folder: Path) -> None:
    from irsocial.course.synthetic_images import make_angiogram

    for frames in (1, 30):
        src = make_angiogram(folder / f"xa{frames}.dcm", rows=1024, cols=1024, frames=frames, seed=2)
        status, wall, mem = run_cli(["deid", str(src), str(folder / f"r{frames}.dcm")])
        rows.append(
            (
                f"irsocial deid, {frames} frame(s) 1024x1024 16-bit, text found -> refused",
                f"exit {status}; {wall:.1f} s; peak {mem:.0f} MiB",
                "< 60 s" if frames == 30 else "",
            )
        )
        status, wall, mem = run_cli(["deid", "--auto-mask", str(src), str(folder / f"a{frames}.dcm")])
        rows.append(
            (
                f"irsocial deid --auto-mask, {frames} frame(s) 1024x1024 (mask + read again)",
                f"exit {status}; {wall:.1f} s; peak {mem:.0f} MiB",
                "< 60 s" if frames == 30 else "",
            )
        )


def bench_peers(rows: list, folder: Path) -> None:
    import make_adversarial as adv
    import pydicom

    from irsocial.postsafety.cli import main as cli

    cases = [c for c in adv.build(folder / "adv") if c.path.suffix == ".dcm" and c.expect == "ok"]
    tokens = [re.sub(r"[^A-Z0-9]", "", t) for t in adv.PIXEL_TOKENS]

    def score(outputs: dict) -> str:
        header = sum(any(s.encode() in p.read_bytes() for s in adv.HEADER_STRINGS) for p in outputs.values())
        pixels = sum(any(t in adv.readable_text(p) for t in tokens) for p in outputs.values())
        return f"{header} of {len(outputs)} files with identifiers in the header; {pixels} with readable identifiers in pixels"

    ours = {}
    start = time.perf_counter()
    for c in cases:
        out = folder / f"ours-{c.path.name}"
        with contextlib.redirect_stdout(io.StringIO()):
            status = cli(["deid", "--auto-mask", str(c.path), str(out)])
        if status == 0:
            ours[c.name] = out
    rows.append(
        (
            f"irsocial deid --auto-mask on {len(cases)} adversarial DICOM files",
            score(ours) + f"; {len(ours)} written; {time.perf_counter() - start:.1f} s",
            "(ours)",
        )
    )
    try:
        import dicognito
        from dicognito.anonymizer import Anonymizer
    except ImportError:
        rows.append(("dicognito", "not installed (pip install dicognito into .venv to compare)", ""))
        return
    theirs = {}
    start = time.perf_counter()
    failed = 0
    for c in cases:
        try:
            ds = pydicom.dcmread(c.path)
            Anonymizer().anonymize(ds)
            out = folder / f"dicognito-{c.path.name}"
            ds.save_as(out)
            theirs[c.name] = out
        except Exception:
            failed += 1
    rows.append(
        (
            f"dicognito {dicognito.__version__} on the same files",
            score(theirs) + f"; {failed} failed; {time.perf_counter() - start:.1f} s (header only: pixels untouched)",
            "(peer)",
        )
    )


def main() -> None:
    pin()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_ocr_per_frame(rows)
        bench_runs(rows, folder)
        bench_peers(rows, folder)
    print("| Measure | Result | Target |\n|---|---|---|")
    for name, value, target in rows:
        print(f"| {name} | {value} | {target} |")
    if "--json" in sys.argv:
        print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
