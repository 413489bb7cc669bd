"""Page weight of the built site: bytes transferred for a first visit to a chapter, then a second page.

Run after `make book`:  .venv/bin/python tests/benchmarks/bench_page_weight.py [_build/html]
Uses Debian's chromium (or CHROMIUM_PATH) through Playwright; serves the site on localhost only.
"""

from __future__ import annotations

import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from test_site_browser import CHROMIUM_ARGS, chromium_path, transferred_bytes  # noqa: E402

PAIRS = [
    ("book/01-landscape.html", "book/02-professional-presence.html"),
    ("book/intro.html", "exercises/01-landscape.html"),
]


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main() -> int:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "_build/html")
    if not (site / "index.html").is_file():
        print(f"No built site in {site}: run `make book` first.", file=sys.stderr)
        return 2
    path = chromium_path()
    if path is None:
        print("Chromium not found: `sudo apt-get install chromium` or set CHROMIUM_PATH.", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    print(f"{'first page':40} {'first visit':>12} {'then':40} {'second page':>12}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        for first, second in PAIRS:
            a, b = transferred_bytes(browser, [base + first, base + second])
            print(f"{first:40} {a / 1e6:>9.2f} MB {second:40} {b / 1e3:>9.1f} kB")
        browser.close()
    httpd.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
