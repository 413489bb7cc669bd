"""The profile-audit tool (chapter 02) and the audit table it shows."""

from __future__ import annotations

import html

import ipywidgets as w

from irsocial.course.chapters.ch02_professional_presence.profiles import AuditItem, Profile, audit_profile
from irsocial.course.widgets.base import StaticAwareBox
from irsocial.postsafety.platforms import PLATFORMS, get_platform, text_length


def _advice_shown(item: AuditItem) -> str:
    """Advice for what is missing; for what is met, only the facts worth seeing (length, ties)."""
    if not item.passed or item.key in ("fits_limit", "disclosure"):
        return item.advice
    return "—"


def audit_html(items: list[AuditItem]) -> str:
    """The audit of one profile as an HTML table (a word and a symbol for each result)."""
    rows = "".join(
        f"<tr><td>{html.escape(i.label)}</td><td><span aria-hidden='true'>{'✓' if i.passed else '✗'}</span> "
        f"{'Yes' if i.passed else 'Not yet'}</td><td>{html.escape(_advice_shown(i))}</td></tr>"
        for i in items
    )
    met = sum(i.passed for i in items)
    return (
        f"<table class='irs-audit'><caption>Profile audit: {met} of {len(items)} items met</caption>"
        "<thead><tr><th scope='col'>Checklist item</th><th scope='col'>Met?</th><th scope='col'>Advice</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


class AuditReport:
    """Displays a profile's audit as a table in a notebook (and as text elsewhere)."""

    def __init__(self, profile: Profile):
        self.profile = profile
        self.items = audit_profile(profile)

    def _repr_mimebundle_(self, include=None, exclude=None):
        text = "\n".join(f"{'✓' if i.passed else '✗'} {i.label}: {i.advice}" for i in self.items)
        head = f"{self.profile.display_name} on {get_platform(self.profile.platform).name}"
        return {
            "text/plain": f"{head}\n{text}",
            "text/html": f"<p><strong>{html.escape(head)}</strong></p>{audit_html(self.items)}",
        }


class ProfileAuditTool(StaticAwareBox):
    """Type a display name and bio, pick a platform, and audit the profile against the checklist."""

    def __init__(self, example: Profile | None = None):
        example = example or Profile("x", "", "")
        self.platform = w.Dropdown(
            options=[(p.name, key) for key, p in PLATFORMS.items()], value=example.platform, description="Platform"
        )
        self.display_name = w.Text(value=example.display_name, description="Name", placeholder="e.g. Dr Sam Lee")
        self.bio = w.Textarea(
            value=example.bio,
            description="Bio",
            placeholder="Role, institution, interests, disclaimer, disclosure",
            layout=w.Layout(width="95%", height="6em"),
        )
        self.ties = w.Text(
            value=", ".join(example.industry_ties),
            description="Industry ties",
            placeholder="companies you are paid by, comma-separated (or leave empty)",
            style={"description_width": "initial"},
        )
        self.counter = w.HTML()
        self.button = w.Button(description="Audit my profile", button_style="primary")
        self.result = w.HTML()
        self.button.on_click(lambda _b: self.run_audit())
        self.bio.observe(lambda _c: self._update_counter(), names="value")
        self.platform.observe(lambda _c: self._update_counter(), names="value")
        self._update_counter()
        demo = Profile("x", "IRguy", "Cool cases from the angio suite 🔥 DMs open for second opinions!")
        static = (
            "<p><strong>Profile audit tool.</strong> Choose a platform, type a display name, a bio and any "
            "industry ties; the tool counts the bio as the platform counts it and checks it against the "
            "chapter's checklist. Example output for the fictional profile “IRguy”:</p>"
            + audit_html(audit_profile(demo))
        )
        super().__init__(
            [self.platform, self.display_name, self.bio, self.counter, self.ties, self.button, self.result],
            static_html=static,
            summary="Profile audit tool (interactive)",
        )

    def current_profile(self) -> Profile:
        ties = tuple(t.strip() for t in self.ties.value.split(",") if t.strip())
        return Profile(self.platform.value, self.display_name.value, self.bio.value, industry_ties=ties)

    def _update_counter(self) -> None:
        plat = get_platform(self.platform.value)
        length = text_length(self.bio.value, plat)
        over = plat.bio_limit is not None and length > plat.bio_limit
        self.counter.value = (
            f"<p>{length} of {plat.bio_limit} characters on {html.escape(plat.name)}"
            + (f" — <strong>{length - plat.bio_limit} too many</strong>" if over else "")
            + "</p>"
        )

    def run_audit(self) -> list[AuditItem]:
        """Audit what is typed now and show the table (the items are also returned)."""
        items = audit_profile(self.current_profile())
        self.result.value = audit_html(items)
        return items


def profile_audit_tool(example: Profile | None = None) -> ProfileAuditTool:
    """The profile-audit tool, optionally filled with an example profile."""
    return ProfileAuditTool(example)
