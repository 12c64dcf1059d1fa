"""Rebuild docs/graph.png: the seed graph in the HTML view, searched for LongBench (run from the repo root)."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from kg.build import build

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]


def main(query: str = "LongBench") -> None:
    with tempfile.TemporaryDirectory() as out, sync_playwright() as playwright:
        build([ROOT.parent / "shared" / "seeds"], Path(out), echo=None, incremental=False)
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 900})
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
        page.goto((Path(out) / "graph.html").as_uri())
        page.wait_for_selector("body[data-state=ready]", timeout=60_000)
        page.fill("#search", query)
        page.press("#search", "Enter")
        page.wait_for_timeout(1500)
        page.screenshot(path=str(ROOT / "docs" / "graph.png"))
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
