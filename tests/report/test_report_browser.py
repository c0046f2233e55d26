"""The report opened in headless Chromium: visible, correct, filterable, script-safe."""

from __future__ import annotations

import pytest

from storyline.report import render_report
from tests.browser import FOREIGN_IMAGES, chromium, screenshot

pytestmark = pytest.mark.browser


def open_report(browser, tmp_path, store, name, width=1280):
    path = tmp_path / f"{name}.html"
    path.write_text(render_report(store), encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("request", lambda req: errors.append(f"request {req.url}")
            if not req.url.startswith(("file:", "data:", "about:")) else None)
    page.goto(path.as_uri())
    return page, errors


def visible_count(page, selector):
    return page.eval_on_selector_all(selector, "els => els.filter(e => e.offsetParent).length")


def test_report_browser_shows_timeline_network_and_comparison(tmp_path, fake_store):
    with chromium() as browser:
        page, errors = open_report(browser, tmp_path, fake_store, "report-fake")
        assert page.is_visible("#timeline") and page.is_visible("#network-svg")
        assert page.is_visible("#comparison")
        dates = page.locator(".timeline .day .date").all_inner_texts()
        assert dates == ["2019-05-26", "2019-05-28", "2019-05-29", "undated"]
        assert visible_count(page, ".timeline [data-event]") == 4
        assert page.locator("#network-svg .node").count() == 5
        assert page.locator("#network-svg .edge.neg").count() == 1
        box = page.locator("#network-svg").bounding_box()
        assert box and box["width"] > 600 and box["height"] > 300
        row = page.locator(".compare.labels tr[data-actor=maduro]")
        assert "democratically-elected President" in row.inner_text()
        assert page.locator("#filter-status").inner_text().startswith("Showing 4 of 4 events")
        screenshot(page, "report-fake")
        assert errors == []


def test_report_browser_filters_by_actor_type_outlet_and_date(tmp_path, fake_store):
    with chromium() as browser:
        page, errors = open_report(browser, tmp_path, fake_store, "report-filter")
        page.select_option("#filter-type", "REJECT")
        assert visible_count(page, ".timeline [data-event]") == 1
        assert page.is_visible(".timeline [data-event=ev-reject]")
        page.click("#filter-reset")
        page.select_option("#filter-outlet", "teleSUR")
        shown = page.eval_on_selector_all(
            ".timeline [data-event]", "els => els.filter(e => !e.hidden).map(e => e.dataset.event)")
        assert sorted(shown) == ["ev-consult", "ev-support"]
        assert visible_count(page, "[data-article]") == 1
        page.click("#filter-reset")
        page.fill("#filter-from", "2019-05-27")
        page.fill("#filter-to", "2019-05-28")
        assert visible_count(page, ".timeline [data-event]") == 1
        page.click("#filter-reset")
        page.click("#network-svg .node[data-actor=rus]")  # clicking a node filters by actor
        assert page.input_value("#filter-actor") == "rus"
        assert visible_count(page, ".timeline [data-event]") == 1
        assert "dim" in page.get_attribute("#network-svg .node[data-actor=nor]", "class")
        screenshot(page, "report-filter-actor")
        assert errors == []


def test_report_browser_runs_no_script_from_articles(tmp_path, hostile_store):
    with chromium() as browser:
        page, errors = open_report(browser, tmp_path, hostile_store, "report-hostile")
        page.wait_for_timeout(200)
        assert page.title() == "storyline report"
        assert page.evaluate(FOREIGN_IMAGES) == 0
        assert "<script>document.title='pwned'</script>" in page.locator(
            "#articles .doc h3").first.inner_text()
        screenshot(page, "report-hostile")
        assert [e for e in errors if not e.startswith("request")] == []


def test_report_browser_fits_a_phone_screen(tmp_path, fake_store):
    with chromium() as browser:
        page, _ = open_report(browser, tmp_path, fake_store, "report-phone", width=390)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390
        assert page.is_visible("#network-svg")
        screenshot(page, "report-phone")
