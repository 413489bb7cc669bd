"""The chapters' teaching figures: synthetic mock-ups, diagrams and plots of published numbers.

Every figure is drawn by this module with matplotlib and numpy only, seeded, on an opaque white
background (so it reads the same in the site's dark mode), at a size that stays legible at phone
width (about 375 px). Nothing in a figure is real: posts, people, images and networks are
synthetic. The only real numbers are published results that the chapters cite: the survey
percentages of chapter 01 and the citation trials of chapter 07 (their sources are named in the
chapters' captions and in ``book/references.bib``).

Run ``python -m irsocial.course.figures --out book/images/figures`` to write every PNG.

>>> sorted(FIGURES)[:2]
['01-surveys', '02-bio-before-after']
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Callable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.patches import FancyBboxPatch, Rectangle  # noqa: E402

SEED = 17
WIDTH_IN = 5.0  # 750 px at DPI 150: halved on a phone, text stays about 12 px or more
DPI = 150
INK = "#1a1a1a"
MUTED = "#555555"
GOOD = "#1b7f3b"
BAD = "#b3261e"
ACCENT = "#1f5fa8"
plt.rcParams.update(
    {
        "font.size": 12,
        "axes.titlesize": 13,
        "axes.labelsize": 12,
        "figure.facecolor": "white",
        "axes.facecolor": "white",
        "savefig.facecolor": "white",
        "text.color": INK,
        "axes.labelcolor": INK,
        "xtick.color": INK,
        "ytick.color": INK,
    }
)


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(p, width) for p in text.split("\n"))


def _card(ax, x, y, w, h, edge, title, body, mark, note="", *, wrap=34, size=11):
    """A rounded 'post' card: a title line, wrapped body text, a verdict mark and a coloured note."""
    x, w = x + 0.015, w - 0.03  # keep the side edges inside the axes
    ax.add_patch(
        FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0.01,rounding_size=0.02", fc="white", ec=edge, lw=2.5)
    )
    ax.text(x + 0.03, y + h - 0.04, title, fontsize=size, fontweight="bold", va="top", color=edge)
    ax.text(x + w - 0.03, y + h - 0.04, mark, fontsize=size + 4, va="top", ha="right", color=edge, fontweight="bold")
    body_text = _wrap(body, wrap)
    line = (size * 1.75) / (72 * ax.figure.get_figheight())  # one text line in axes units
    top = y + h - 0.04 - 1.6 * line
    ax.text(x + 0.03, top, body_text, fontsize=size - 0.5, va="top", color=INK, linespacing=1.35)
    if note:
        n_lines = body_text.count("\n") + 1
        ax.text(
            x + 0.03,
            top - (n_lines + 0.6) * line,
            _wrap(note, wrap + 6),
            fontsize=size - 1.5,
            va="top",
            color=edge,
            linespacing=1.3,
        )


def _blank(height: float):
    fig, ax = plt.subplots(figsize=(WIDTH_IN, height))
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.axis("off")
    return fig, ax


def fig_surveys():
    """Chapter 01: the surveys' headline figures with what was counted and who answered."""
    rows = [  # label, percent, what was counted, n (all from the chapter's cited abstracts)
        ("RANSOM 2016", 85.0, "any use", "n = 477"),
        ("Koontz 2018", 83.0, "any use, one department", "n = 112"),
        ("Kauffman 2023", 80.7, "daily or weekly use", "n = 254"),
        ("Wang 2021", 72.0, "an account could be found", "n = 265"),
        ("Patel 2017", 59.1, "professional use", "n = 186"),
    ]
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 4.4))
    y = np.arange(len(rows))[::-1]
    colors = [ACCENT if "use" in r[2] and "professional" not in r[2] else GOOD for r in rows]
    colors[3] = "#7a5ea8"
    ax.barh(y, [r[1] for r in rows], color=colors, height=0.6)
    for yi, (name, pct, what, n) in zip(y, rows):
        ax.text(2, yi + 0.36, f"{name} ({n})", fontsize=10.5, va="bottom", color=INK)
        ax.text(pct - 1.5, yi, f"{pct:g}%", va="center", ha="right", color="white", fontweight="bold")
        ax.text(2, yi - 0.02, what, va="center", color="white", fontsize=10)
    ax.errorbar([59.1], [y[-1]], xerr=[[59.1 - 52], [66 - 59.1]], fmt="none", ecolor=INK, capsize=4, lw=1.5)
    ax.set_xlim(0, 100)
    ax.set_yticks([])
    ax.set_xlabel("Share of respondents (%)")
    ax.set_title("Five surveys, five different questions", loc="left")
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    fig.text(0.01, 0.005, "Bar for Patel: 95% interval about 52–66% (our calculation).", fontsize=9.5, color=MUTED)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    return fig


def fig_bio():
    """Chapter 02: a synthetic bio before and after."""
    fig, ax = _blank(6.0)
    ax.text(0.0, 0.99, "A bio, before and after (fictional)", fontsize=13, fontweight="bold", va="top")
    _card(
        ax,
        0.0,
        0.56,
        1.0,
        0.37,
        BAD,
        "Before",
        "IR doc | Saving lives one coil at a time | #IRad. DMs open for second opinions",
        "✗",
        "No name or stage · 'IR doc' overstates a resident · invites patients to ask for advice · no disclosure",
        wrap=46,
    )
    _card(
        ax,
        0.0,
        0.02,
        1.0,
        0.5,
        GOOD,
        "After",
        "Dr Eva Example, radiology resident (year 2), "
        "aspiring IR. Teaching cases, all de-identified. Views my own, not medical advice. "
        "Paid consultant for a device maker (see pinned post).",
        "✓",
        "Name · accurate role and stage · what you post · boundary · disclosure",
        wrap=46,
    )
    return fig


def fig_case_post():
    """Chapter 03: a bad and a good case post, annotated."""
    fig, ax = _blank(6.6)
    ax.text(0.0, 0.99, "The same case, posted two ways (fictional)", fontsize=13, fontweight="bold", va="top")
    _card(
        ax,
        0.0,
        0.53,
        1.0,
        0.4,
        BAD,
        "Posted at 23:40",
        "Saved a young cyclist tonight at City "
        "Trauma Centre!! Spleen was pouring. #IRad #IR #trauma #embo #hero #angio #blessed",
        "✗",
        "'tonight' + hospital + 'young cyclist' = identifiable · no teaching point · seven broad tags · no alt text",
        wrap=44,
    )
    _card(
        ax,
        0.0,
        0.02,
        1.0,
        0.47,
        GOOD,
        "Posted weeks later, thread 1/3",
        "Splenic artery "
        "pseudoaneurysm after blunt trauma: why we coiled distally, and what we checked after. "
        "Details changed. #IRad #JVIR",
        "✓",
        "A teaching point · no date or place · a community tag and a journal tag · alt text: "
        "'DSA, coeliac run, contrast blush at the splenic hilum'",
        wrap=44,
    )
    return fig


def fig_engagement():
    """Chapter 04: synthetic posts whose likes do not track accuracy."""
    rng = np.random.default_rng(SEED)
    n = 60
    accuracy = rng.uniform(1, 5, n)
    likes = np.exp(rng.normal(4.0, 0.9, n))
    striking = rng.random(n) < 0.2
    likes[striking] *= 4
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 4.2))
    ax.scatter(accuracy[~striking], likes[~striking], s=40, color=ACCENT, label="teaching posts")
    ax.scatter(accuracy[striking], likes[striking], s=60, marker="^", color=BAD, label="striking image or complication")
    ax.set_yscale("log")
    ax.set_xlabel("Accuracy rated by experts (1 to 5)")
    ax.set_ylabel("Likes (log scale)")
    ax.set_title("Synthetic data: likes do not track accuracy", loc="left", pad=48)
    r = np.corrcoef(accuracy, np.log(likes))[0, 1]
    ax.text(0.02, 0.03, f"correlation r = {r:.2f}", transform=ax.transAxes, color=MUTED)
    ax.legend(loc="lower left", fontsize=10, frameon=False, bbox_to_anchor=(0, 1.06), ncol=1)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    return fig


def fig_mentoring():
    """Chapter 05: a synthetic mentoring network with a student's path to a mentor."""
    rng = np.random.default_rng(SEED)
    fig, ax = _blank(4.8)
    nodes = {
        "Student": (0.08, 0.45),
        "Trainee forum": (0.35, 0.75),
        "Peer student": (0.3, 0.18),
        "Resident": (0.62, 0.55),
        "Coordinator": (0.85, 0.8),
        "IR mentor": (0.9, 0.3),
    }
    others = rng.uniform([0.15, 0.05], [0.95, 0.95], size=(14, 2))
    for x, y in others:
        ax.plot([x, nodes["Trainee forum"][0]], [y, nodes["Trainee forum"][1]], color="#cccccc", lw=0.8, zorder=1)
        ax.scatter([x], [y], s=30, color="#bbbbbb", zorder=2)
    edges = [
        ("Student", "Trainee forum"),
        ("Trainee forum", "Resident"),
        ("Resident", "Coordinator"),
        ("Coordinator", "IR mentor"),
        ("Student", "Peer student"),
        ("Peer student", "Trainee forum"),
        ("Resident", "IR mentor"),
    ]
    path = {
        ("Student", "Trainee forum"),
        ("Trainee forum", "Resident"),
        ("Resident", "Coordinator"),
        ("Coordinator", "IR mentor"),
    }
    for a, b in edges:
        (x1, y1), (x2, y2) = nodes[a], nodes[b]
        on = (a, b) in path
        ax.plot([x1, x2], [y1, y2], color=GOOD if on else "#888888", lw=3.5 if on else 1.5, zorder=3)
    for name, (x, y) in nodes.items():
        ax.scatter([x], [y], s=260, color=ACCENT if name != "Student" else BAD, zorder=4, ec="white", lw=2)
        ax.text(
            x, y - 0.085, name, ha="center", va="top", fontsize=10.5, zorder=5, bbox=dict(fc="white", ec="none", pad=1)
        )
    ax.text(0.0, 1.0, "A synthetic mentoring network", fontsize=13, fontweight="bold", va="top")
    ax.text(
        0.0, 0.02, _wrap("Green: from a follow to a mentor, one small step at a time.", 60), fontsize=10, color=GOOD
    )
    return fig


def _cascade(seeds: int, p: float, rng, n=400, k=6, steps=8) -> np.ndarray:
    """Mean cumulative reach of an independent cascade on a random k-out network."""
    runs = []
    for _ in range(200):
        followers = rng.integers(0, n, size=(n, k))
        active = np.zeros(n, bool)
        frontier = rng.choice(n, size=seeds, replace=False)
        active[frontier] = True
        reach = [active.sum()]
        for _ in range(steps):
            new = []
            for node in frontier:
                hit = followers[node][rng.random(k) < p]
                new.extend(h for h in hit if not active[h])
            frontier = np.unique(np.array(new, dtype=int))
            active[frontier] = True
            reach.append(active.sum())
        runs.append(reach)
    return np.mean(runs, axis=0)


def fig_spread():
    """Chapter 06: a simulated spread curve, own post vs a post a society account reposts."""
    rng = np.random.default_rng(SEED)
    own = _cascade(1, 0.12, rng)
    society = _cascade(12, 0.12, rng)
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 4.0))
    steps = np.arange(len(own))
    ax.plot(steps, society, color=GOOD, lw=3, marker="o", label="reposted by a society account")
    ax.plot(steps, own, color=ACCENT, lw=3, marker="s", label="your post alone")
    ax.set_xlabel("Rounds of sharing")
    ax.set_ylabel("People reached (of 400)")
    ax.set_title("Simulated spread (independent cascade)", loc="left")
    ax.legend(frameon=False, fontsize=10.5, loc="center right")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    return fig


def fig_citation_trials():
    """Chapter 07: the four citation studies, only with the numbers their abstracts report."""
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 5.0))
    rows = [
        "ESC Journals Study\n2022, 694 articles",
        "ESC preliminary\n2020, 536 articles",
        "Branch 2024\n110 vs 440 articles",
        "Tonia 2016/2020\n130 articles",
        "TSSMN (Luc 2021)\n112 articles",
    ]
    y = np.arange(len(rows))[::-1]
    ax.errorbar([1.12], [y[0]], xerr=[[0.04], [0.03]], fmt="s", color=GOOD, ms=9, capsize=5, lw=2)
    ax.errorbar([1.43], [y[1]], xerr=[[0.14], [0.15]], fmt="s", color="#7a9a7a", ms=8, capsize=5, lw=2)
    ax.scatter([1.07, 1.12], [y[2], y[2]], marker="o", s=70, facecolors="white", edgecolors=ACCENT, lw=2)
    ax.text(1.17, y[2] + 0.05, "no interval given;\nnot significant", va="center", fontsize=9.5, color=ACCENT)
    ax.text(
        1.04, y[3], "no difference in citations\n(p = 0.88; later p = 0.30)", va="center", fontsize=9.5, color=MUTED
    )
    ax.text(
        1.04,
        y[4],
        "+3.1 vs +0.7 citations at 1 year\n(not a ratio); methods disputed",
        va="center",
        fontsize=9.5,
        color=BAD,
    )
    ax.text(1.07, y[2] - 0.28, "1.07 and 1.12", ha="left", va="top", fontsize=9, color=ACCENT)
    ax.axvline(1.0, color=INK, lw=1, ls="--")
    ax.set_yticks(y)
    ax.set_yticklabels(rows, fontsize=10)
    ax.set_xlim(0.9, 1.65)
    ax.set_ylim(-0.6, len(rows) - 0.4)
    ax.set_xlabel("Citation ratio, promoted vs control\n(1 = no effect)")
    ax.set_title("Trials that counted citations", loc="left")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    return fig


def fig_plain_language():
    """Chapter 08: the same patient post in jargon and in plain words."""
    fig, ax = _blank(5.6)
    ax.text(0.0, 0.99, "One message, two readers (fictional)", fontsize=13, fontweight="bold", va="top")
    _card(
        ax,
        0.0,
        0.54,
        1.0,
        0.38,
        BAD,
        "Jargon",
        "UFE occludes the arterial supply of "
        "leiomyomata via transcatheter particulate embolization, obviating hysterectomy.",
        "✗",
        "Long words, one long sentence, terms nobody explains",
        wrap=44,
    )
    _card(
        ax,
        0.0,
        0.02,
        1.0,
        0.47,
        GOOD,
        "Plain words",
        "Fibroids can often be treated without "
        "surgery. A doctor puts a thin tube into an artery at the wrist or groin. Tiny particles "
        "block the fibroids' blood supply, so they shrink.",
        "✓",
        "Short sentences, everyday words, one idea each",
        wrap=44,
    )
    return fig


def fig_jigsaw():
    """Chapter 09: the jigsaw effect as a funnel from a crowd to one person."""
    fig, ax = _blank(5.4)
    steps = [
        ("Patients in the country", 1.0, "about a million"),
        ("+ a rare injury", 0.72, "a few hundred"),
        ("+ the town in your bio", 0.48, "a dozen"),
        ("+ the date stamp", 0.28, "two or three"),
        ("+ the local news story", 0.1, "one person"),
    ]
    for i, (label, w, n) in enumerate(steps):
        y = 0.8 - i * 0.17
        ax.add_patch(
            Rectangle((0.5 - w / 2 * 0.9, y), w * 0.9, 0.12, color=BAD if i == 4 else ACCENT, alpha=0.25 + 0.15 * i)
        )
        ax.text(
            0.5,
            y + 0.06,
            f"{label}: {n}",
            ha="center",
            va="center",
            fontsize=11,
            color=INK,
            fontweight="bold" if i == 4 else "normal",
        )
    ax.text(0.0, 1.0, "The jigsaw effect (fictional numbers)", fontsize=13, fontweight="bold", va="top")
    ax.text(0.0, 0.0, "No piece names the patient. Together they leave one.", fontsize=10.5, color=MUTED)
    return fig


def fig_burned_in():
    """Chapter 09: a drawn DSA-like capture with its burned-in text marked."""
    h, w = 300, 400
    img = np.full((h, w), 0.62) - 0.06 * np.mgrid[0:h, 0:w][0] / h
    yy, xx = np.mgrid[0:h, 0:w]

    def vessel(x0, y0, x1, y1, r):
        t = np.clip(((xx - x0) * (x1 - x0) + (yy - y0) * (y1 - y0)) / ((x1 - x0) ** 2 + (y1 - y0) ** 2), 0, 1)
        d = np.hypot(xx - (x0 + t * (x1 - x0)), yy - (y0 + t * (y1 - y0)))
        return np.exp(-((d / r) ** 2))

    v = vessel(200, 300, 200, 170, 9) + vessel(200, 170, 120, 90, 6) + vessel(200, 170, 290, 100, 6)
    v += vessel(120, 90, 90, 40, 3.5) + vessel(120, 90, 150, 45, 3.5) + vessel(290, 100, 330, 60, 3.5)
    v += vessel(290, 100, 260, 50, 3) + 0.9 * vessel(200, 230, 140, 210, 3)
    img = np.round(np.clip(img - 0.55 * np.clip(v, 0, 1), 0, 1) * 48) / 48  # few grey levels: small PNG
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 4.3))
    ax.imshow(img, cmap="gray", vmin=0, vmax=1)
    labels = [
        ((6, 8), "DOE^JANE  ID 0000000", "name, ID"),
        ((300, 8), "CITY GENERAL", "hospital"),
        ((6, 280), "2026-03-14 23:41", "date, time"),
        ((320, 280), "Op: Dr X", "operator"),
    ]
    for (x, y), text, what in labels:
        ax.text(x, y, text, color="white", fontsize=8.5, family="monospace", va="top")
        ax.add_patch(Rectangle((x - 4, y - 4), 7.0 * len(text) + 8, 20, fill=False, ec=BAD, lw=2.5))
        ty = y + 26 if y < 100 else y - 14
        ax.text(
            x,
            ty,
            what,
            color=BAD,
            fontsize=10,
            fontweight="bold",
            va="top" if y < 100 else "bottom",
            bbox=dict(fc="white", ec="none", pad=1),
        )
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title("Synthetic DSA-like capture: text burned into the pixels", loc="left", fontsize=12)
    fig.text(0.01, 0.01, "Cleaning the DICOM header leaves all four boxes in the image.", fontsize=10, color=MUTED)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    return fig


def fig_ocr_deid():
    """Chapters 03 and 09: the toolkit itself on a synthetic fluoroscopy frame: text found by OCR, then masked."""
    import tempfile

    from PIL import Image

    from irsocial.course.synthetic_images import make_deid_figure

    with tempfile.TemporaryDirectory() as tmp:
        path, _ = make_deid_figure(Path(tmp) / "deid.png", size=384)
        composite = np.asarray(Image.open(path).convert("RGB").quantize(24).convert("RGB"))  # few colours: small PNG
    fig, ax = plt.subplots(figsize=(WIDTH_IN, WIDTH_IN * composite.shape[0] / composite.shape[1] + 0.5))
    ax.imshow(composite, interpolation="nearest")
    ax.set_axis_off()
    fig.tight_layout(pad=0.2)
    return fig


def fig_sift():
    """Chapter 10: SIFT's four moves applied to one synthetic viral claim."""
    fig, ax = _blank(5.6)
    ax.text(0.0, 1.0, "SIFT on a viral post (fictional)", fontsize=13, fontweight="bold", va="top")
    ax.text(
        0.0,
        0.92,
        _wrap("“New study: embolization cures knee arthritis in 95%!”", 44),
        fontsize=11,
        style="italic",
        va="top",
        color=BAD,
    )
    moves = [
        ("Stop", "Notice the hook: 'cures', '95%'. Do not share yet."),
        ("Investigate the source", "Who posted it? A clinic selling the procedure."),
        ("Find better coverage", "What do societies and reviews say?"),
        ("Trace the claim", "The paper: 40 patients, no control group, 6 months."),
    ]
    for i, (move, text) in enumerate(moves):
        y = 0.66 - i * 0.18
        ax.add_patch(FancyBboxPatch((0.0, y), 0.3, 0.13, boxstyle="round,pad=0.01", fc=ACCENT, ec="none"))
        ax.text(
            0.15, y + 0.065, _wrap(move, 12), ha="center", va="center", color="white", fontsize=10.5, fontweight="bold"
        )
        ax.text(0.34, y + 0.065, _wrap(text, 34), va="center", fontsize=10.5)
    return fig


def fig_colleague_post():
    """Chapter 11: what to do when a colleague's post crosses a line."""
    fig, ax = _blank(5.4)
    ax.text(0.0, 1.0, "A colleague's post crosses a line", fontsize=13, fontweight="bold", va="top")

    def box(x, y, w, h, text, color):
        ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0.01", fc="white", ec=color, lw=2.5))
        ax.text(x + w / 2, y + h / 2, _wrap(text, int(w * 40)), ha="center", va="center", fontsize=10.5)

    box(0.2, 0.72, 0.6, 0.14, "Could it identify a patient (image, date, rare case)?", INK)
    box(
        0.0,
        0.3,
        0.46,
        0.28,
        "Yes: report it today to the data protection officer and your supervisor. The hospital may have 72 hours.",
        BAD,
    )
    box(0.54, 0.3, 0.46, 0.28, "No: tell your colleague first. If nothing changes and it is serious, report it.", GOOD)
    ax.annotate("", xy=(0.23, 0.58), xytext=(0.4, 0.72), arrowprops=dict(arrowstyle="-|>", color=BAD, lw=2))
    ax.annotate("", xy=(0.77, 0.58), xytext=(0.6, 0.72), arrowprops=dict(arrowstyle="-|>", color=GOOD, lw=2))
    ax.text(
        0.0,
        0.12,
        _wrap("GDPR Articles 33 and 34; AMA policy on colleagues' content. Your hospital's policy comes first.", 60),
        fontsize=9.5,
        color=MUTED,
        va="top",
    )
    return fig


def fig_week_plan():
    """Chapter 12: a realistic synthetic week, with review time built in."""
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    plan = {
        "Mon": ("Read and save", 15, ACCENT),
        "Tue": ("Draft case thread", 20, GOOD),
        "Wed": ("Review: checklist", 10, BAD),
        "Thu": ("Post; reply to questions", 15, GOOD),
        "Fri": ("Share a paper", 10, ACCENT),
        "Sat": ("Off", 0, MUTED),
        "Sun": ("Off", 0, MUTED),
    }
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 4.2))
    y = np.arange(len(days))[::-1]
    for yi, d in zip(y, days):
        label, minutes, color = plan[d]
        ax.barh(yi, minutes, color=color, height=0.6)
        ax.text(minutes + 0.6, yi, label, va="center", fontsize=10.5)
    ax.set_yticks(y)
    ax.set_yticklabels(days)
    ax.set_xlim(0, 45)
    ax.set_xlabel("Minutes")
    total = sum(v[1] for v in plan.values())
    ax.set_title(f"A synthetic week: {total} minutes, two days off", loc="left")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    return fig


FIGURES: dict[str, Callable[[], plt.Figure]] = {
    "01-surveys": fig_surveys,
    "02-bio-before-after": fig_bio,
    "03-case-post": fig_case_post,
    "04-engagement-vs-accuracy": fig_engagement,
    "05-mentoring-network": fig_mentoring,
    "06-spread": fig_spread,
    "07-citation-trials": fig_citation_trials,
    "08-plain-language": fig_plain_language,
    "09-jigsaw": fig_jigsaw,
    "09-burned-in-text": fig_burned_in,
    "09-ocr-deid": fig_ocr_deid,
    "10-sift": fig_sift,
    "11-colleague-post": fig_colleague_post,
    "12-week-plan": fig_week_plan,
}


def write_figures(out: Path, names: list[str] | None = None) -> list[Path]:
    """Draw the figures (all, or ``names``) as PNGs in ``out``; return the paths written.

    >>> import tempfile
    >>> [p.name for p in write_figures(Path(tempfile.mkdtemp()), ["09-jigsaw"])]
    ['09-jigsaw.png']
    """
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names or list(FIGURES):
        fig = FIGURES[name]()
        path = out / f"{name}.png"
        fig.savefig(path, dpi=DPI, facecolor="white", metadata={"Software": None})
        plt.close(fig)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Draw the course's chapter figures.")
    parser.add_argument("--out", type=Path, default=Path("book/images/figures"))
    args = parser.parse_args(argv)
    for path in write_figures(args.out):
        print(f"{path} ({path.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
