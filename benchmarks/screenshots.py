"""Take screenshots of every kind of page of a built site, at a desktop and a phone width.

    python benchmarks/screenshots.py SITE_DIR OUT_DIR [--widths 1400,390]

Serves SITE_DIR on 127.0.0.1, opens one page of each kind in Debian's headless Chromium and
writes OUT_DIR/<kind>-<width>.png (the whole page, up to 4,000 px high). For looking at the layout
by eye; the tests check what can be checked without eyes.
"""

from __future__ import annotations

import argparse
import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

#: One page of each kind: the first entity, source and publisher page found are taken (and the first
#: year page of a timeline split by year).
KINDS = {
    "home": "",
    "sources": "sources/",
    "entities": "entities/",
    "publishers": "publishers/",
    "quotes": "views/quotes/",
    "citations": "views/citations/",
    "coverage": "views/coverage/",
    "timeline": "views/timeline/",
    "graph": "views/graph/",
    "downloads": "downloads/",
    "notes": "notes/",
}
MAX_HEIGHT = 4000


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def _first(site: Path, folder: str) -> str | None:
    pages = sorted(p for p in (site / folder).glob("*/index.html"))
    return f"{folder}/{pages[0].parent.name}/" if pages else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--widths", default="1400,390")
    args = parser.parse_args()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    kinds = dict(KINDS)
    for kind, folder in (
        ("source", "sources"), ("entity", "entities"), ("publisher", "publishers"), ("timeline-year", "views/timeline")
    ):  # fmt: skip
        if (path := _first(args.site, folder)) is not None:
            kinds[kind] = path
    originals = sorted((args.site / "sources").glob("*.original.html"))
    if originals:
        kinds["original"] = f"sources/{originals[0].name}"
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(args.site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--hide-scrollbars"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        for width in (int(w) for w in args.widths.split(",")):
            for kind, path in kinds.items():
                driver.set_window_size(width, 900)
                driver.get(base + path)
                if kind == "graph":
                    driver.execute_script("return new Promise(r => setTimeout(r, 3000))")
                height = driver.execute_script("return document.documentElement.scrollHeight")
                driver.set_window_size(width, min(int(height), MAX_HEIGHT))
                out = args.out / f"{kind}-{width}.png"
                driver.save_screenshot(str(out))
                print(out)
    finally:
        driver.quit()
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
