"""The report opened in headless Chromium: visible, correct, filterable, script-safe."""

from __future__ import annotations

import pytest

from storyline.report import render_report
from tests.browser import (
    FOREIGN_IMAGES,
    chromium,
    open_page,
    overlapping_labels,
    screenshot,
    visible_count,
)

pytestmark = pytest.mark.browser


def open_report(browser, tmp_path, store, name, width=1280):
    path = tmp_path / f"{name}.html"
    path.write_text(render_report(store), encoding="utf-8")
    return open_page(browser, path.as_uri(), width)


def test_report_browser_opens_on_the_story_and_shows_one_view_at_a_time(tmp_path, fake_store):
    with chromium() as browser:
        page, errors = open_report(browser, tmp_path, fake_store, "report-fake")
        assert page.is_visible("#story") and not page.is_visible("#timeline")
        assert "Main events" in page.locator("#story").inner_text()
        assert "democratically-elected President" in page.locator(".lead-labels").inner_text()
        assert page.is_visible("#chart-attention img")
        page.click("a[data-tab=timeline]")
        assert page.is_visible("#timeline") and not page.is_visible("#story")
        dates = page.locator(".timeline .day .date").all_inner_texts()
        assert dates == ["2019-05-26", "2019-05-28", "2019-05-29", "undated"]
        assert visible_count(page, ".timeline [data-event]") == 4
        page.click("a[data-tab=network]")
        assert page.locator("#network-svg .node").count() == 4
        assert page.locator("#network-svg .edge.neg").count() == 1
        box = page.locator("#network-svg").bounding_box()
        assert box and box["width"] > 600 and box["height"] > 300
        assert overlapping_labels(page) == []
        page.click("a[data-tab=comparison]")
        row = page.locator(".compare.labels tr[data-actor=maduro]")
        assert "democratically-elected President" in row.inner_text()
        assert page.locator("#filter-status").inner_text().startswith("Showing 4 of 4 events")
        screenshot(page, "report-fake")
        assert errors == []


def test_report_browser_link_to_an_article_opens_it_in_its_view(tmp_path, fake_store):
    with chromium() as browser:
        page, errors = open_report(browser, tmp_path, fake_store, "report-link")
        page.click("a[data-tab=timeline]")
        page.locator(".timeline a.outlet").first.click()
        opened = page.locator("#articles details.doc[open]")
        assert opened.count() == 1 and opened.is_visible()
        assert page.is_visible("a[data-tab=articles].on")
        assert errors == []


def test_report_browser_filters_by_actor_type_outlet_and_date(tmp_path, fake_store):
    with chromium() as browser:
        page, errors = open_report(browser, tmp_path, fake_store, "report-filter")
        page.click("a[data-tab=timeline]")
        page.select_option("#filter-type", "REJECT")
        assert visible_count(page, ".timeline [data-event]") == 1
        assert page.is_visible(".timeline [data-event=ev-reject]")
        page.click("#filter-reset")
        page.select_option("#filter-outlet", "teleSUR")
        shown = page.eval_on_selector_all(
            ".timeline [data-event]", "els => els.filter(e => !e.hidden).map(e => e.dataset.event)")
        assert sorted(shown) == ["ev-consult", "ev-support"]
        page.click("a[data-tab=articles]")
        assert visible_count(page, "[data-article]") == 1
        page.click("#filter-reset")
        page.click("a[data-tab=timeline]")
        page.fill("#filter-from", "2019-05-27")
        page.fill("#filter-to", "2019-05-28")
        assert visible_count(page, ".timeline [data-event]") == 1
        page.click("#filter-reset")
        page.click("a[data-tab=network]")
        page.click("#network-svg .node[data-actor=rus]")  # clicking a node filters by actor
        assert page.input_value("#filter-actor") == "rus"
        assert "dim" in page.get_attribute("#network-svg .node[data-actor=nor]", "class")
        page.click("a[data-tab=timeline]")
        assert visible_count(page, ".timeline [data-event]") == 1
        screenshot(page, "report-filter-actor")
        assert errors == []


def test_report_browser_pages_long_lists(tmp_path, fake_store):
    views = fake_store.views
    base = views["actors"][0]
    views["actors"] = [{**base, "actor_id": f"x{i}", "name": f"Actor {i:03d}",
                        "n_mentions": 500 - i} for i in range(95)]
    with chromium() as browser:
        page, errors = open_report(browser, tmp_path, fake_store, "report-pages")
        page.click("a[data-tab=actors]")
        assert visible_count(page, ".actors tbody tr") == 40
        pager = page.locator("#actors .pager")
        assert "1\u201340 of 95" in pager.inner_text()
        pager.get_by_text("Next").click()
        assert page.locator(".actors tbody tr:not([hidden]) th").first.inner_text() == "Actor 040"
        assert errors == []


def test_report_browser_runs_no_script_from_articles(tmp_path, hostile_store):
    with chromium() as browser:
        page, errors = open_report(browser, tmp_path, hostile_store, "report-hostile")
        page.wait_for_timeout(200)
        assert page.title() == "storyline report"
        assert page.evaluate(FOREIGN_IMAGES) == 0
        page.click("a[data-tab=articles]")
        page.locator("#articles details.doc summary").first.click()
        assert "<script>document.title='pwned'</script>" in page.locator(
            "#articles .doc h3").first.inner_text()
        screenshot(page, "report-hostile")
        assert [e for e in errors if not e.startswith("request")] == []


def test_report_browser_fits_a_phone_screen(tmp_path, fake_store):
    with chromium() as browser:
        page, _ = open_report(browser, tmp_path, fake_store, "report-phone", width=390)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390
        assert page.is_visible("#story")
        page.click("a[data-tab=network]")
        assert page.is_visible("#network-svg")
        screenshot(page, "report-phone")
