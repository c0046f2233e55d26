"""Headless Chromium for browser tests (Debian's /usr/bin/chromium driven by Playwright)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: Images other than our own charts (data: SVG): an injected <img> would count here.
FOREIGN_IMAGES = ("Array.from(document.images)"
                  ".filter(i => !i.src.startsWith('data:image/svg+xml')).length")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium browser, or a skip when it or Playwright is missing."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def screenshot(page: Any, name: str, full_page: bool = True) -> Path:
    """Save a screenshot (the whole page, or the window) under test-artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def open_page(browser: Any, url: str, width: int = 1280) -> tuple[Any, list[str]]:
    """A page at ``url`` with every script error, console error and outside request noted."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("request", lambda req: errors.append(f"request {req.url}")
            if not req.url.startswith(("file:", "data:", "about:", "http://127.0.0.1"))
            else None)
    page.goto(url)
    return page, errors


def visible_count(page: Any, selector: str) -> int:
    """How many elements matching ``selector`` are drawn (not hidden, not in a hidden view)."""
    return page.eval_on_selector_all(selector,
                                     "els => els.filter(e => e.getClientRects().length).length")


def overlapping_labels(page: Any) -> list[tuple[str, str]]:
    """Pairs of network labels on screen whose bounding boxes overlap."""
    return page.evaluate("""() => {
      const boxes = Array.from(document.querySelectorAll('#network-svg .node text'))
        .filter(t => t.getClientRects().length && !t.closest('[hidden]'))
        .map(t => [t.textContent, t.getBoundingClientRect()]);
      const out = [];
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        const [a, p] = boxes[i], [b, q] = boxes[j];
        if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 &&
            q.top < p.bottom - 1) out.push([a, b]);
      }
      return out;
    }""")
