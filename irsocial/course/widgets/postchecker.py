"""The post checker (chapters 03, 08, 09, 12): type a draft, see findings highlighted as you type."""

from __future__ import annotations

import html

import ipywidgets as w

from irsocial.course.widgets.base import StaticAwareBox
from irsocial.postsafety.identifiers import Finding, rule_label
from irsocial.postsafety.language import SUPPORTED
from irsocial.postsafety.platforms import PLATFORMS, POST_ONLY_PLATFORMS
from irsocial.postsafety.review import PostReview, review_post

EXAMPLE_DRAFT = (
    "Mrs Okafor, 93, came in on 14/03/2026 with a bleeding gastroduodenal artery: "
    "coiled through a 2.7 Fr microcatheter. Great teaching case! #IRad"
)
_COLOURS = {"block": "#ffd6d6", "review": "#fff2b3"}


def highlight_html(text: str, findings: list[Finding]) -> str:
    """The draft as HTML with each finding's span marked (red: block, yellow: review)."""
    spans = sorted((f for f in findings if f.end > f.start), key=lambda f: (f.start, -f.end))
    out, pos = [], 0
    for f in spans:
        if f.start < pos:
            continue  # overlapping spans: the first one wins
        out.append(html.escape(text[pos : f.start]))
        label = f"{'must change' if f.severity == 'block' else 'judge it yourself'}: {rule_label(f.rule)}"
        out.append(
            f"<mark style='background:{_COLOURS.get(f.severity, '#eee')}' title='{html.escape(label)}'>"
            f"{html.escape(text[f.start : f.end])}<sup>{'⛔' if f.severity == 'block' else '?'}</sup></mark>"
        )
        pos = f.end
    out.append(html.escape(text[pos:]))
    return "<p style='white-space:pre-wrap'>" + "".join(out) + "</p>"


def _finding_rows(findings) -> str:
    return "".join(
        f"<tr><td>{'⛔ Block' if f.severity == 'block' else '? Review'}</td><td>{html.escape(rule_label(f.rule))}</td>"
        f"<td>{html.escape(f.text)}</td><td>{html.escape(f.message)}</td></tr>"
        for f in findings
    )


def findings_html(findings, empty: str = "No findings.") -> str:
    """Findings as a table in plain words: severity, what kind, the text found, why and what to do.

    >>> from irsocial.postsafety.identifiers import find_identifiers
    >>> "Age over 89" in findings_html(find_identifiers("A 92-year-old woman.")), findings_html([])
    (True, '<p>No findings.</p>')
    """
    if not findings:
        return f"<p>{html.escape(empty)}</p>"
    return (
        "<table class='irs-findings'><thead><tr><th scope='col'>Severity</th><th scope='col'>What</th>"
        "<th scope='col'>Text</th><th scope='col'>Why, and what to do</th></tr></thead><tbody>"
        f"{_finding_rows(findings)}</tbody></table>"
    )


def review_html(review: PostReview) -> str:
    """A review as HTML: the highlighted draft, the count and a table of findings."""
    if review.limit is None:
        count = f"{review.length} characters (no verified limit)"
    else:
        count = f"{review.length} of {review.limit} characters" + (
            "" if review.fits else f" — <strong>{review.length - review.limit} too many</strong>"
        )
    rows = _finding_rows(review.findings)
    blocks = sum(f.severity == "block" for f in review.findings)
    verdict = (
        f"<p><strong>{blocks} blocking finding(s): fix them before posting.</strong></p>"
        if blocks
        else "<p>Nothing blocking. Read the review items and the post once more yourself.</p>"
    )
    grade = (
        f"<p>Reading grade (Flesch–Kincaid): {review.grade:.1f} — target 8 or below.</p>"
        if review.grade is not None and review.text.strip()
        else ""
    )
    table = (
        "<table class='irs-findings'><thead><tr><th scope='col'>Severity</th><th scope='col'>What</th>"
        f"<th scope='col'>Text</th><th scope='col'>Why, and what to do</th></tr></thead><tbody>{rows}</tbody></table>"
        if rows
        else "<p>No findings.</p>"
    )
    language = next((f for f in review.findings if f.rule == "language"), None)
    banner = f"<p role='alert'><strong>⛔ {html.escape(language.message)}</strong></p>" if language else ""
    covered = (
        f"<p><small>The checker reads {html.escape(', '.join(SUPPORTED.values()))}, and posts mixing them.</small></p>"
    )
    return f"{banner}{highlight_html(review.text, review.findings)}<p>{count}</p>{grade}{verdict}{table}{covered}"


class PostCheckerTool(StaticAwareBox):
    """Type a draft post; findings and the platform count update as you type."""

    def __init__(self, draft: str = "", platform: str = "x", audience: str = "peers"):
        options = [(p.name, key) for key, p in {**PLATFORMS, **POST_ONLY_PLATFORMS}.items()]
        self.platform = w.Dropdown(options=options, value=platform, description="Platform")
        self.audience = w.ToggleButtons(
            options=[("Peers", "peers"), ("Patients", "patients")], value=audience, description="Audience"
        )
        self.draft = w.Textarea(
            value=draft,
            description="Draft",
            placeholder="Type or paste your draft post",
            layout=w.Layout(width="95%", height="8em"),
        )
        self.result = w.HTML()
        self.review: PostReview | None = None
        for control in (self.draft, self.platform, self.audience):
            control.observe(lambda _c: self.check(), names="value")
        self.check()
        static = (
            "<p><strong>Post checker.</strong> Type a draft, choose the platform and the audience; the tool "
            "marks what could identify a patient (red: must change; yellow: judge it yourself), counts the "
            "post as the platform counts it and, for patients, gives the reading grade and plain words for "
            "jargon. Example output for a fictional draft:</p>" + review_html(review_post(EXAMPLE_DRAFT))
        )
        super().__init__(
            [self.platform, self.audience, self.draft, self.result],
            static_html=static,
            summary="Post checker (interactive)",
        )

    def check(self) -> PostReview:
        """Review what is typed now, show it, and return the review."""
        self.review = review_post(self.draft.value, self.platform.value, self.audience.value)
        self.result.value = review_html(self.review)
        return self.review


def post_checker(draft: str = "", platform: str = "x", audience: str = "peers") -> PostCheckerTool:
    """The post checker, optionally filled with a draft."""
    return PostCheckerTool(draft, platform, audience)
