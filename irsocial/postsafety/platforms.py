"""Platform rules as one table (post and bio limits, how each platform counts length)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Date the platform table was last compared with the sources each entry names.
CHECKED = "2026-11-28"


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
    hashtag_limit: int | None = None  # most hashtags a post may carry; None = no documented limit
    hashtag_source: str = "No documented hashtag limit found."
    checked: str = CHECKED  # ISO date this entry was last compared with its sources
    alt_text_limit: int | None = None  # longest alt text an image may carry; None = no verified figure
    alt_text_source: str = "No verified alt-text limit found."


# Every number here carries its source (see book/references.bib); re-check them, platforms change.
PLATFORMS: dict[str, Platform] = {
    "x": Platform(
        "x",
        "X (Twitter)",
        280,
        160,
        "weighted",
        "bio",
        "Post: X developer docs, 'Counting characters' (280 weighted characters; every URL counts 23). "
        "Bio: Twitter API v1.1 docs, POST account/update_profile, 'Maximum of 160 characters' "
        "(archived 2014; X no longer documents how it counts bios).",
        alt_text_limit=1000,
        alt_text_source="Image alt text up to 1,000 characters: twitter_api_v2 package docs and a W3C WCAG "
        "issue comment (secondary).",
    ),
    "bluesky": Platform(
        "bluesky",
        "Bluesky",
        300,
        256,
        "graphemes",
        "description",
        "Lexicons in bluesky-social/atproto: app.bsky.feed.post text maxGraphemes 300; "
        "app.bsky.actor.profile description maxGraphemes 256.",
    ),
    "mastodon": Platform(
        "mastodon",
        "Mastodon",
        500,
        500,
        "graphemes_url23",
        "bio (note)",
        "mastodon/mastodon: StatusLengthValidator MAX_CHARS = 500; Account NOTE_LENGTH_LIMIT = 500; "
        "grapheme clusters are counted and each link counts 23. Each server can change the limits.",
        alt_text_limit=1500,
        alt_text_source="Media description up to 1,500 characters: Mastodon issue #12268 and client code (secondary).",
    ),
    "linkedin": Platform(
        "linkedin",
        "LinkedIn",
        3000,
        220,
        "characters",
        "headline",
        "Secondary sources only: third-party API documentation (post 3,000 characters) and a "
        "LinkedIn guide (headline 220 characters since April 2020).",
    ),
    "instagram": Platform(
        "instagram",
        "Instagram",
        2200,
        150,
        "characters",
        "bio",
        "Secondary sources only: third-party API documentation (caption 2,200 characters) and "
        "press guides (bio 150 characters).",
        hashtag_limit=5,
        hashtag_source="Instagram said on 18 Dec 2025 it would limit posts and reels to 5 hashtags "
        "(was 30); Social Media Today, 18 Dec 2025, and other news reports (secondary).",
    ),
}

#: Platforms the post checker knows but the profile audit does not (no verified bio figure).
POST_ONLY_PLATFORMS: dict[str, Platform] = {
    "facebook": Platform(
        "facebook",
        "Facebook",
        None,
        None,
        "characters",
        "bio (intro)",
        "No verified post or bio limit: Meta does not document one that the course could check, "
        "so only hashtags, identifiers and readability are checked.",
    ),
}


def get_platform(key: str) -> Platform:
    """Look a platform up by its key (``x``, ``bluesky``, ``mastodon``, ``linkedin``, ``instagram``).

    >>> get_platform("X").post_limit
    280
    """
    name = key.strip().lower() if isinstance(key, str) else None
    if name in PLATFORMS:
        return PLATFORMS[name]
    if name in POST_ONLY_PLATFORMS:
        return POST_ONLY_PLATFORMS[name]
    known = ", ".join(sorted(PLATFORMS))
    extra = ", ".join(sorted(POST_ONLY_PLATFORMS))
    raise PlatformError(f"Unknown platform {key!r}. Choose one of: {known} (or {extra} for posts).")


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
            or (_is_regional_indicator(char) and _is_regional_indicator(clusters[-1][-1]) and len(clusters[-1]) == 1)
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


_SIMPLE = re.compile(r"[^\x00-\u02ff]")  # below U+0300 every character is one grapheme of weight 1


def _x_plain_length(text: str) -> int:
    if not _SIMPLE.search(text):
        return len(text)
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
        return len(text) if not _SIMPLE.search(text) else len(graphemes(text))
    if plat.counting == "graphemes_url23":
        text = _URL.sub("x" * 23, text)
        return len(text) if not _SIMPLE.search(text) else len(graphemes(text))
    return len(text)


# --- Hashtags and threads (the post checker and `irsocial thread`) --------------------------

_HASHTAG = re.compile(r"(?<![\w&/])#(\w[\w-]*)")
_BARE_HASH = re.compile(r"(?<![\w&/])#(?=\s|$|[^\w#])")


@dataclass(frozen=True)
class Hashtag:
    """One hashtag as typed in a post (``start``/``end`` are character offsets)."""

    text: str
    start: int
    end: int
    problem: str = ""  # empty when the tag is well formed


def find_hashtags(text: str) -> list[Hashtag]:
    """Every hashtag in ``text``, with what is wrong with it (if anything).

    Platforms link a hashtag only up to the first character that is not a letter, digit or
    underscore, and do not link an all-digit tag, so ``#IR-rad`` links as ``#IR`` and ``#2026``
    links as nothing.

    >>> [(h.text, h.problem != "") for h in find_hashtags("#IRad #IR-rad #2026 ok")]
    [('#IRad', False), ('#IR-rad', True), ('#2026', True)]
    """
    tags: list[Hashtag] = []
    for match in _HASHTAG.finditer(text):
        body = match.group(1)
        problem = ""
        if "-" in body:
            problem = f"'{match.group(0)}' links only as '#{body.split('-')[0]}': remove the hyphen or use CamelCase."
        elif body.isdigit():
            problem = f"'{match.group(0)}' is all digits, which platforms do not link: add a word."
        tags.append(Hashtag(match.group(0), match.start(), match.end(), problem))
    for match in _BARE_HASH.finditer(text):
        tags.append(
            Hashtag("#", match.start(), match.end(), "A '#' with no word after it: remove it or join the word.")
        )
    return sorted(tags, key=lambda h: h.start)


class ThreadError(ValueError):
    """Raised when a text cannot be split into posts (a single word or link is too long)."""


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+|\n\s*\n")


def _sentences(text: str) -> list[str]:
    parts = [p.strip() for p in _SENTENCE_END.split(text)]
    return [" ".join(p.split()) for p in parts if p and p.strip()]


_GLUE = "\ue000"  # stands for a space inside a protected span while splitting (a private-use character)


def split_into_thread(
    text: str, platform: str | Platform = "x", numbered: bool = True, protect: list[tuple[int, int]] | tuple = ()
) -> list[str]:
    """Split a case write-up into posts that each fit ``platform``, numbered "1/6", "2/6"...

    Breaks at sentence ends where it can, otherwise between words; never inside a word, a URL
    or a hashtag (they contain no spaces). A text that fits in one post comes back unnumbered.
    Raises ``ThreadError`` if one word or link alone is longer than a post. ``protect`` lists
    (start, end) spans of ``text`` that must stay whole in one post (the findings of a check:
    a phone number or "Mrs Okafor" cut across two posts would be checked as two harmless halves).

    >>> posts = split_into_thread("A case of hemoptysis. " * 30, "x")
    >>> len(posts), posts[0].endswith(" 1/3"), all(text_length(p, "x") <= 280 for p in posts)
    (3, True, True)
    """
    plat = platform if isinstance(platform, Platform) else get_platform(platform)
    if not isinstance(text, str):
        raise ThreadError("The text to split must be a string.")
    if protect:
        chars = list(text)
        for start, end in protect:
            for i in range(max(0, start), min(end, len(chars))):
                if chars[i].isspace():
                    chars[i] = _GLUE
        glued = "".join(chars)
        if glued != text:
            try:
                posts = split_into_thread(glued, plat, numbered)
            except ThreadError as exc:
                raise ThreadError(str(exc).replace(_GLUE, " ")) from None
            return [post.replace(_GLUE, " ") for post in posts]
    clean = text.strip()
    if not clean:
        return []
    if plat.post_limit is None or text_length(clean, plat) <= plat.post_limit:
        return [clean]
    limit = plat.post_limit
    guess = 2
    for _ in range(6):
        posts = _pack(_sentences(clean), plat, limit, len(f" {guess}/{guess}") if numbered else 0)
        if len(str(len(posts))) <= len(str(guess)):
            break
        guess = len(posts)
    total = len(posts)
    if numbered and total > 1:
        posts = [f"{post} {i}/{total}" for i, post in enumerate(posts, start=1)]
    return posts


def _pack(sentences: list[str], plat: Platform, limit: int, reserve: int) -> list[str]:
    budget = limit - reserve
    posts: list[str] = []
    current = ""
    for sentence in sentences:
        candidate = f"{current} {sentence}" if current else sentence
        if text_length(candidate, plat) <= budget:
            current = candidate
            continue
        if current:
            posts.append(current)
            current = ""
        if text_length(sentence, plat) <= budget:
            current = sentence
            continue
        for word in sentence.split():
            if text_length(word, plat) > budget:
                raise ThreadError(f"'{word[:40]}…' alone is longer than a {plat.name} post ({limit}): shorten it.")
            candidate = f"{current} {word}" if current else word
            if text_length(candidate, plat) <= budget:
                current = candidate
            else:
                posts.append(current)
                current = word
    if current:
        posts.append(current)
    return posts
