"""The facilitator's pre/post tool: a group's before/after scores in, means and Hake's normalized gain out.

Run ``python -m irsocial.course.assessment scores.csv``. The CSV has one line per resident and
outcome, with the columns ``resident,outcome,before,after,max`` (``max`` is the points that outcome
can give on one form). Hake's normalized gain is computed on the group's mean scores, as Hake
defined it for classes: ``g = (after - before) / (max - before)``, the share of the possible
improvement that the group achieved (Hake, Am J Phys 1998;66:64-74).

Exit status: 0 report written; 1 you declined to replace an existing plot; 2 the CSV or the
arguments cannot be used (one line on stderr says why, never a traceback).

>>> rows = [Score("R1", "LO1", 2.0, 6.0, 8.0), Score("R2", "LO1", 4.0, 8.0, 8.0)]
>>> s = summarize(rows)[0]
>>> (s.outcome, s.n, s.mean_before, s.mean_after, round(s.gain, 2))
('LO1', 2, 3.0, 7.0, 0.8)
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path
from statistics import mean

REQUIRED = ("resident", "outcome", "before", "after", "max")


class ScoresError(ValueError):
    """A scores file that cannot be used; the message names the file, the line and what to fix."""


@dataclass(frozen=True)
class Score:
    resident: str
    outcome: str
    before: float
    after: float
    max: float


@dataclass(frozen=True)
class OutcomeSummary:
    outcome: str
    n: int
    max: float
    mean_before: float
    mean_after: float

    @property
    def gain(self) -> float | None:
        """Hake's normalized gain on the group's means; ``None`` when the group started at the maximum."""
        room = self.max - self.mean_before
        return None if room <= 0 else (self.mean_after - self.mean_before) / room


def _number(value: str, where: str, column: str) -> float:
    try:
        number = float(value.strip().replace(",", "."))
    except ValueError:
        raise ScoresError(f"{where}: '{column}' must be a number of points, not {value.strip()!r}.") from None
    if number < 0:
        raise ScoresError(f"{where}: '{column}' cannot be negative ({value.strip()}).")
    return number


def read_scores(path: str | Path) -> tuple[list[Score], int]:
    """Read and check the scores CSV; returns the scores and the number of lines left out (a blank before or after).

    Raises ``ScoresError`` for a missing file, a missing column, a score that is not a number or
    exceeds ``max``, the same resident and outcome twice, or an outcome given two different maxima.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ScoresError(f"{path}: no such file.") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ScoresError(f"{path}: cannot be read as text ({err.__class__.__name__}).") from None
    reader = csv.DictReader(text.splitlines())
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ScoresError(
            f"{path}: the first line must name the columns {','.join(REQUIRED)}; missing: {', '.join(missing)}."
        )
    reader.fieldnames = header
    scores, skipped, seen, maxima = [], 0, set(), {}
    for line, row in enumerate(reader, start=2):
        where = f"{path}, line {line}"
        if any(v is None for v in row.values()) or None in row:
            raise ScoresError(f"{where}: expected {len(header)} values separated by commas.")
        row = {k: (v or "").strip() for k, v in row.items()}
        if not any(row.values()):
            continue
        if not row["resident"] or not row["outcome"]:
            raise ScoresError(f"{where}: 'resident' and 'outcome' must not be empty.")
        if not row["before"] or not row["after"]:
            skipped += 1
            continue
        before, after = _number(row["before"], where, "before"), _number(row["after"], where, "after")
        top = _number(row["max"], where, "max") if row["max"] else 0
        if top <= 0:
            raise ScoresError(f"{where}: 'max' must be the points the outcome can give, more than 0.")
        for column, value in (("before", before), ("after", after)):
            if value > top:
                raise ScoresError(f"{where}: '{column}' is {value:g}, more than max {top:g}.")
        key = (row["resident"], row["outcome"])
        if key in seen:
            raise ScoresError(f"{where}: resident {key[0]} has a second line for {key[1]}.")
        seen.add(key)
        if maxima.setdefault(row["outcome"], top) != top:
            raise ScoresError(f"{where}: {row['outcome']} has max {top:g} here but {maxima[row['outcome']]:g} above.")
        scores.append(Score(row["resident"], row["outcome"], before, after, top))
    if not scores:
        raise ScoresError(f"{path}: no line has both a before and an after score.")
    return scores, skipped


def _outcome_order(label: str) -> tuple:
    digits = "".join(ch for ch in label if ch.isdigit())
    return (label.rstrip("0123456789"), int(digits) if digits else 0, label)


def summarize(scores: list[Score]) -> list[OutcomeSummary]:
    """Group means before and after, per outcome (in LO order), with the data for Hake's gain."""
    summaries = []
    for outcome in sorted({s.outcome for s in scores}, key=_outcome_order):
        rows = [s for s in scores if s.outcome == outcome]
        summaries.append(
            OutcomeSummary(outcome, len(rows), rows[0].max, mean(r.before for r in rows), mean(r.after for r in rows))
        )
    return summaries


def overall(summaries: list[OutcomeSummary]) -> OutcomeSummary:
    """All outcomes together: the mean points per resident before and after, out of the sum of the maxima."""
    return OutcomeSummary(
        "all",
        max(s.n for s in summaries),
        sum(s.max for s in summaries),
        sum(s.mean_before for s in summaries),
        sum(s.mean_after for s in summaries),
    )


def format_report(summaries: list[OutcomeSummary], skipped: int = 0) -> str:
    """A plain-text table: outcome, residents, mean before and after (points and %), normalized gain."""
    lines = [f"{'Outcome':<8} {'n':>3} {'before':>14} {'after':>14} {'gain g':>7}"]
    for s in [*summaries, overall(summaries)]:
        gain = "n/a" if s.gain is None else f"{s.gain:.2f}"
        lines.append(
            f"{s.outcome:<8} {s.n:>3} {s.mean_before:>5.1f}/{s.max:<3g}({s.mean_before / s.max:>4.0%})"
            f" {s.mean_after:>5.1f}/{s.max:<3g}({s.mean_after / s.max:>4.0%}) {gain:>7}"
        )
    lines.append(
        "g = (after - before) / (max - before) on the group's means; n/a when the group started at the maximum."
    )
    if skipped:
        lines.append(f"{skipped} line(s) without both a before and an after score were left out.")
    return "\n".join(lines)


def plot_gains(summaries: list[OutcomeSummary], out: Path) -> Path:
    """A bar chart of the mean score before and after, as % of the maximum, with g above each outcome."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [s.outcome for s in summaries]
    x = range(len(summaries))
    fig, ax = plt.subplots(figsize=(max(5.5, 1.2 * len(summaries) + 2), 4.2))
    before = [100 * s.mean_before / s.max for s in summaries]
    after = [100 * s.mean_after / s.max for s in summaries]
    ax.bar([i - 0.2 for i in x], before, width=0.4, label="Before (form A)", color="#9ecae1")
    ax.bar([i + 0.2 for i in x], after, width=0.4, label="After (form B)", color="#1f4e79")
    for i, s in zip(x, summaries):
        ax.text(i, 103, "g n/a" if s.gain is None else f"g {s.gain:.2f}", ha="center", fontsize=9)
    ax.set_xticks(list(x), labels)
    ax.set_ylim(0, 112)
    ax.set_ylabel("Group mean score (% of maximum)")
    ax.set_xlabel("Learning outcome")
    ax.set_title("Before and after, with normalized gain g")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2, fontsize=8, frameon=False)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial.png")
    fig.savefig(partial, dpi=120)
    plt.close(fig)
    partial.replace(out)
    return out


def _may_write(out: Path, overwrite: bool) -> bool:
    """True if ``out`` does not exist, or the person agrees (or passed --overwrite) to replace it."""
    if not out.exists() or overwrite:
        return True
    if not sys.stdin.isatty():
        return False
    answer = input(f"{out} exists. Replace it? [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m irsocial.course.assessment",
        description="Group means and Hake's normalized gain per outcome from a pre/post scores CSV "
        "(columns resident,outcome,before,after,max), with a bar chart.",
    )
    parser.add_argument("scores", help="the CSV file of scores")
    parser.add_argument("--plot", help="where to write the chart (default: <scores>-gain.png next to the CSV)")
    parser.add_argument("--no-plot", action="store_true", help="print the report only")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing chart without asking")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    try:
        scores, skipped = read_scores(args.scores)
    except ScoresError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    summaries = summarize(scores)
    print(format_report(summaries, skipped))
    if args.no_plot:
        return 0
    source = Path(args.scores)
    out = Path(args.plot) if args.plot else source.with_name(f"{source.stem}-gain.png")
    if out.suffix.lower() not in (".png", ".svg", ".pdf"):
        print(f"error: {out}: the chart must be a .png, .svg or .pdf file.", file=sys.stderr)
        return 2
    if not _may_write(out, args.overwrite):
        print(
            f"error: {out} exists and was not replaced; choose another name with --plot, or pass --overwrite.",
            file=sys.stderr,
        )
        return 1
    try:
        plot_gains(summaries, out)
    except OSError as err:
        print(f"error: {out}: cannot write the chart ({err.strerror or err}).", file=sys.stderr)
        return 2
    print(f"Chart written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
