"""The web app served by ``storyline serve`` and opened in headless Chromium."""

from __future__ import annotations

import pytest

from tests.browser import FOREIGN_IMAGES, chromium, screenshot
from tests.fake_store import K1, hostile_views, write_store
from tests.web.serving import serving

pytestmark = pytest.mark.browser


def watch(page):
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    return problems


def test_web_browser_story_page_runs_its_script_under_the_csp(tmp_path):
    with serving(write_store(tmp_path / "s.duckdb")) as url, chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        problems = watch(page)
        page.goto(url + "/")
        assert page.is_visible("#story") and page.is_visible("#chart-attention img")
        assert "democratically-elected President" in page.locator(".lead-labels").inner_text()
        page.click("nav a[href='/timeline']")
        page.wait_for_url("**/timeline")
        assert page.locator("#filter-status").inner_text().startswith("Showing 4 of 4 events")
        page.select_option("#filter-type", "SUPPORT")
        assert page.locator("#filter-status").inner_text().startswith("Showing 1 of 4 events")
        screenshot(page, "web-story")
        page.click("#filter-reset")
        page.click(f".timeline a[href='/articles/{K1}']")
        page.wait_for_url(f"**/articles/{K1}")
        assert "Sign up for our newsletter" in page.locator(".removed").inner_text()
        page.fill("input[name=q]", "caracas")
        page.press("input[name=q]", "Enter")
        page.wait_for_url("**/search?q=caracas")
        assert page.locator(".hits li").count() == 1
        screenshot(page, "web-search")
        assert problems == []


def test_web_browser_runs_no_script_from_articles(tmp_path):
    with serving(write_store(tmp_path / "s.duckdb", hostile_views())) as url, \
            chromium() as browser:
        page = browser.new_page()
        for path in ("/", f"/articles/{K1}", "/search?q=script"):
            page.goto(url + path)
            page.wait_for_timeout(100)
            assert page.title() != "pwned", path
            assert page.evaluate(FOREIGN_IMAGES) == 0, path
        screenshot(page, "web-hostile-search")
