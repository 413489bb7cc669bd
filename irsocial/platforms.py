"""Platform rules as one table (post and bio limits, how each platform counts length)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


class PlatformError(ValueError):
    """Raised for a platform name the course does not know."""


@dataclass(frozen=True)
class Platform:
    """What the course knows about one platform. ``None`` means "no verified figure"."""

    key: str
    name: str
    post_limit: int | None
    bio_limit: int | None
    counting: str  # "weighted" (X), "graphemes" (Bluesky), "graphemes_url23" (Mastodon), "characters"
    bio_field: str
    source: str


# Every number here carries its source (see book/references.bib); re-check them, platforms change.
PLATFORMS: dict[str, Platform] = {
    "x": Platform(
        "x", "X (Twitter)", 280, 160, "weighted", "bio",
        "Post: X developer docs, 'Counting characters' (280 weighted characters; every URL counts 23). "
        "Bio: Twitter API v1.1 docs, POST account/update_profile, 'Maximum of 160 characters' "
        "(archived 2014; X no longer documents how it counts bios).",
    ),
    "bluesky": Platform(
        "bluesky", "Bluesky", 300, 256, "graphemes", "description",
        "Lexicons in bluesky-social/atproto: app.bsky.feed.post text maxGraphemes 300; "
        "app.bsky.actor.profile description maxGraphemes 256.",
    ),
    "mastodon": Platform(
        "mastodon", "Mastodon", 500, 500, "graphemes_url23", "bio (note)",
        "mastodon/mastodon: StatusLengthValidator MAX_CHARS = 500; Account NOTE_LENGTH_LIMIT = 500; "
        "grapheme clusters are counted and each link counts 23. Each server can change the limits.",
    ),
    "linkedin": Platform(
        "linkedin", "LinkedIn", 3000, 220, "characters", "headline",
        "Secondary sources only: third-party API documentation (post 3,000 characters) and a "
        "LinkedIn guide (headline 220 characters since April 2020).",
    ),
    "instagram": Platform(
        "instagram", "Instagram", 2200, 150, "characters", "bio",
        "Secondary sources only: third-party API documentation (caption 2,200 characters) and "
        "press guides (bio 150 characters).",
    ),
}


def get_platform(key: str) -> Platform:
    """Look a platform up by its key (``x``, ``bluesky``, ``mastodon``, ``linkedin``, ``instagram``).

    >>> get_platform("X").post_limit
    280
    """
    if not isinstance(key, str) or key.strip().lower() not in PLATFORMS:
        known = ", ".join(sorted(PLATFORMS))
        raise PlatformError(f"Unknown platform {key!r}. Choose one of: {known}.")
    return PLATFORMS[key.strip().lower()]


_ZWJ = "\u200d"
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# Code point ranges X counts with weight 1 (twitter-text v3 configuration); all others weigh 2.
_X_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))


def _extends_previous(char: str) -> bool:
    code = ord(char)
    return (
        unicodedata.combining(char) != 0
        or unicodedata.category(char) in ("Mn", "Me")
        or 0xFE00 <= code <= 0xFE0F  # variation selectors
        or 0x1F3FB <= code <= 0x1F3FF  # skin-tone modifiers
        or 0xE0020 <= code <= 0xE007F  # tag characters (subdivision flags)
    )


def _is_regional_indicator(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def graphemes(text: str) -> list[str]:
    """Split text into user-perceived characters (an approximation of Unicode grapheme clusters).

    Handles combining accents, emoji with skin tones or variation selectors, emoji joined with
    zero-width joiners and flag pairs — the cases that make a post's length differ between apps.

    >>> len(graphemes("👩🏽‍⚕️ IR"))
    4
    """
    clusters: list[str] = []
    for char in text:
        if clusters and (
            _extends_previous(char)
            or char == _ZWJ
            or clusters[-1].endswith(_ZWJ)
            or (
                _is_regional_indicator(char)
                and _is_regional_indicator(clusters[-1][-1])
                and len(clusters[-1]) == 1
            )
        ):
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _is_emoji(cluster: str) -> bool:
    code = ord(cluster[0])
    return code >= 0x1F000 or (0x2600 <= code <= 0x27BF) or "\ufe0f" in cluster or _ZWJ in cluster


def x_weighted_length(text: str) -> int:
    """Length of a post as X counts it: most Latin text 1, CJK and emoji 2, every URL 23.

    >>> x_weighted_length("New #IRad case: https://example.org/a-very-long-link")
    39
    """
    total = 0
    position = 0
    for match in _URL.finditer(text):
        total += _x_plain_length(text[position : match.start()]) + 23
        position = match.end()
    return total + _x_plain_length(text[position:])


def _x_plain_length(text: str) -> int:
    total = 0
    for cluster in graphemes(text):
        if _is_emoji(cluster):
            total += 2
            continue
        for char in cluster:
            code = ord(char)
            total += 1 if any(low <= code <= high for low, high in _X_LIGHT_RANGES) else 2
    return total


def text_length(text: str, platform: str | Platform) -> int:
    """Length of ``text`` the way ``platform`` counts it.

    >>> text_length("Café 🩺", "bluesky"), text_length("Café 🩺", "x")
    (6, 7)
    """
    plat = platform if isinstance(platform, Platform) else get_platform(platform)
    if plat.counting == "weighted":
        return x_weighted_length(text)
    if plat.counting == "graphemes":
        return len(graphemes(text))
    if plat.counting == "graphemes_url23":
        return len(graphemes(_URL.sub("x" * 23, text)))
    return len(text)
