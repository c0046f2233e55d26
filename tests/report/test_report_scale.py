"""The report and the app at a realistic scale, opened in headless Chromium.

The seeds with the 89 VOA stories (a real store), and a thousand articles varied from
them (tests/report/scale.py): what a person sees on opening, in each view, and that the
page never draws more than it was asked for.
"""

from __future__ import annotations

import pytest

from storyline.corpus import compute
from storyline.report import build_story, read_views, render_story
from storyline.store import Store
from tests.browser import (
    FOREIGN_IMAGES,
    chromium,
    open_page,
    overlapping_labels,
    screenshot,
    visible_count,
)
from tests.report.scale import varied
from tests.web.serving import serving

pytestmark = pytest.mark.browser
TABS = ("story", "timeline", "network", "comparison", "quotes", "actors", "articles")
MAX_HEIGHT = 15_000


def height(page):
    return page.evaluate("document.documentElement.scrollHeight")


def drawn_elements(page):
    """Elements laid out on the page (in the view shown)."""
    return page.evaluate("Array.from(document.querySelectorAll('main *'))"
                         ".filter(e => e.getClientRects().length).length")


def walk_tabs(page, name):
    """Open every view; the height of each and the overlapping network labels."""
    heights, overlaps = {}, []
    for tab in TABS:
        page.click(f"a[data-tab={tab}]")
        assert page.is_visible(f"#{tab}"), tab
        assert sum(page.is_visible(f"#{other}") for other in TABS) == 1, tab
        heights[tab] = height(page)
        if tab == "network":
            overlaps = overlapping_labels(page)
            screenshot(page, f"{name}-network", full_page=False)
    return heights, overlaps


@pytest.fixture(scope="module")
def voa_report(voa_db, tmp_path_factory):
    with Store.open(voa_db, read_only=True) as store:
        views = read_views(store)
    path = tmp_path_factory.mktemp("voa-report") / "voa.html"
    path.write_text(render_story(build_story(views), title="Seeds and VOA"), encoding="utf-8")
    return path, views


def test_report_voa_first_screen_says_what_the_story_is(voa_report):
    path, views = voa_report
    with chromium() as browser:
        page, errors = open_page(browser, path.as_uri())
        story = page.locator("#story")
        assert story.is_visible()
        assert f"{len(views['articles'])} articles from" in story.inner_text()
        assert page.locator(".lead-events li").count() >= 3
        assert page.locator(".camps li").count() >= 2
        assert page.locator(".lead-labels tbody tr").count() >= 2
        assert page.is_visible("#chart-attention img")
        assert page.locator("#chart-attention img").bounding_box()["width"] > 500
        page.click("#chart-attention summary")
        assert page.locator("#chart-attention table.numbers tbody tr").count() >= 3
        screenshot(page, "report-voa-story", full_page=False)
        assert errors == [] and page.evaluate(FOREIGN_IMAGES) == 0


def test_report_voa_every_view_fits_and_the_network_labels_do_not_overlap(voa_report):
    path, views = voa_report
    with chromium() as browser:
        page, errors = open_page(browser, path.as_uri())
        heights, overlaps = walk_tabs(page, "report-voa")
        assert max(heights.values()) <= MAX_HEIGHT, heights
        assert overlaps == []
        page.click("a[data-tab=network]")
        assert 10 <= visible_count(page, "#network-svg .node") <= 40
        assert visible_count(page, "#network-svg .node text") >= 10
        hidden = page.locator("#network-svg .node[hidden]").first.get_attribute("data-name")
        page.fill("#network-search", hidden)
        page.dispatch_event("#network-search", "change")
        assert page.locator(f'#network-svg .node[data-name="{hidden}"]').is_visible()
        page.click("a[data-tab=timeline]")
        assert page.is_visible("#chart-types img")
        assert visible_count(page, ".timeline [data-event]") == 30  # one page
        assert errors == []


@pytest.mark.slow
def test_report_of_a_thousand_articles_opens_with_one_screenful(voa_db, tmp_path):
    with Store.open(voa_db, read_only=True) as store:
        articles = list(store.articles())
    views = compute(varied(articles, total=1000))
    assert len(views["articles"]) == 1000
    path = tmp_path / "thousand.html"
    path.write_text(render_story(build_story(views)), encoding="utf-8")
    with chromium() as browser:
        page, errors = open_page(browser, path.as_uri())
        assert page.is_visible("#story") and page.is_visible("#chart-attention img")
        assert "1000 articles from 18 outlets" in page.locator("#story .lede").inner_text()
        first = drawn_elements(page)
        heights, overlaps = walk_tabs(page, "report-thousand")
        assert overlaps == []
        page.click("a[data-tab=articles]")
        assert visible_count(page, "#articles details.doc") == 25
        assert first < 1500, first
        screenshot(page, "report-thousand-articles", full_page=False)
        assert errors == []


def test_app_voa_shows_the_story_views_and_counts_totals(voa_db):
    with serving(voa_db) as url, chromium() as browser:
        page, errors = open_page(browser, url + "/")
        assert page.is_visible("#story") and page.is_visible("#chart-attention img")
        screenshot(page, "app-voa-story", full_page=False)
        for path in ("/timeline", "/network", "/comparison", "/quotes", "/actors", "/articles"):
            page.goto(url + path)
            assert height(page) <= MAX_HEIGHT, path
        page.goto(url + "/network")
        assert overlapping_labels(page) == []
        screenshot(page, "app-voa-network", full_page=False)
        api = page.request.get(url + "/api/events?limit=5").json()
        summary = page.request.get(url + "/api/summary").json()
        assert len(api["items"]) == 5 and api["count"] == summary["events"]
        assert errors == []
