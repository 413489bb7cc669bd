"""The slide decks in a real browser: offline from disk, keyboard only, accessible, printable with notes.

Uses Debian's Chromium through Playwright, like ``test_site_browser`` (skips locally without it).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("deck", ["slides-60", "slides-90"])
def test_a_deck_opens_from_disk_and_walks_with_the_keyboard_alone(browser, site, deck):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors, requests = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto((site / "downloads" / f"{deck}.html").as_uri())
    page.wait_for_function("window.Reveal && Reveal.isReady()")
    total = page.evaluate("Reveal.getTotalSlides()")
    for _ in range(total - 1):
        page.keyboard.press("ArrowRight")
    assert page.evaluate("Reveal.isLastSlide()")
    page.wait_for_timeout(400)
    assert page.evaluate("[...document.images].every(i => i.complete && i.naturalWidth > 0 && i.alt.length > 40)")
    assert [u for u in requests if not u.startswith("file://")] == [], "the deck asked another host"
    assert errors == []
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    assert [v["id"] for v in violations if v["impact"] in ("serious", "critical")] == []
    printing = context.new_page()
    printing.goto((site / "downloads" / f"{deck}.html").as_uri() + "?print-pdf")
    printing.wait_for_function("window.Reveal && Reveal.isReady()")
    printing.wait_for_timeout(800)
    assert printing.locator(".speaker-notes-pdf").count() == total, "every slide prints with its notes"
    context.close()
