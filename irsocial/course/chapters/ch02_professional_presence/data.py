"""Fictional profiles for the chapter 02 audit, read from ``book/content/02-professional-presence.yml``."""

from __future__ import annotations

from irsocial.course.chapters.ch02_professional_presence.profiles import Profile
from irsocial.course.content import load_content

SCHEMA = {
    "profiles": [{"platform": str, "display_name": str, "bio": str, "handle": str, "industry_ties": list, "note": str}]
}


def sample_profiles() -> list[Profile]:
    """Fictional profiles for the chapter 02 audit, each with something to fix (or nothing).

    >>> [p.platform for p in sample_profiles()]
    ['x', 'x', 'linkedin', 'bluesky']
    """
    return [
        Profile(p["platform"], p["display_name"], p["bio"], p["handle"], tuple(p["industry_ties"]), p["note"])
        for p in load_content("content/02-professional-presence.yml", SCHEMA)["profiles"]
    ]
