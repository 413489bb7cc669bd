"""Fictional profiles for the chapter 02 audit (synthetic, nothing real)."""

from __future__ import annotations

from irsocial.course.chapters.ch02_professional_presence.profiles import Profile

def sample_profiles() -> list[Profile]:
    """Fictional profiles for the chapter 02 audit, each with something to fix (or nothing)."""
    return [
        Profile(
            "x",
            "Dr Lena Okafor",
            "IR fellow @NorthbridgeUniHospital. Embolization, PAE, #IRad education. "
            "Views my own, not medical advice. Disclosure: paid speaker for Vexa Medical.",
            "@lena_ir_fellow",
            ("Vexa Medical",),
            "A model profile: every item is met.",
        ),
        Profile(
            "x",
            "IRguy",
            "Cool cases from the angio suite 🔥 DMs open for second opinions!",
            "@irguy88",
            (),
            "Anonymous, no role or affiliation, and invites patients to ask for advice by message.",
        ),
        Profile(
            "linkedin",
            "Jonas Berg",
            "Interventional radiology resident (PGY-4), Lakeside Medical Center | views my own",
            "",
            ("Corvan Devices",),
            "A clear headline, but a consulting role is not disclosed and no 'not medical advice'.",
        ),
        Profile(
            "bluesky",
            "Dr Priya Nair",
            "Interventional radiologist at St Brigid's Hospital. Teaching IR to students and residents; "
            "oncology IR, TACE, ablation. Posts are my own views and not medical advice. "
            "Author of two textbook chapters, co-chair of a regional IR meeting, mentor for medical students "
            "interested in IR. Ask me about electives!",
            "@priyanair.bsky.social",
            (),
            "All the right content, but too long for Bluesky's description.",
        ),
    ]
