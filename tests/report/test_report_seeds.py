"""Acceptance: the report of the seeds' store, opened in headless Chromium."""

from __future__ import annotations

import re

import pytest

from storyline.report import render_report
from storyline.report.network import MAX_NODES
from storyline.store import Store
from tests.browser import chromium, screenshot


@pytest.fixture(scope="module")
def seeds(seed_db):
    with Store.open(seed_db, read_only=True) as store:
        views = {name: store.view(name) for name in ("timeline", "events", "actors",
                                                    "comparison", "alliances", "articles")}
        return render_report(store), views


def test_report_seeds_shows_every_timeline_event_with_its_sentences(seeds):
    page, views = seeds
    assert page.count('class="event" data-event=') == len(views["timeline"])
    for event in views["events"]:
        for mention in event["mentions"]:
            assert mention["sentence"].replace("&", "&amp;").replace("<", "&lt;").replace(
                ">", "&gt;").replace('"', "&#34;").replace("'", "&#39;") in page


def test_report_seeds_has_a_column_per_outlet_and_a_node_per_drawn_actor(seeds):
    page, views = seeds
    assert page.count('<th scope="col" data-outlet=') >= len(views["comparison"])
    nodes = set(re.findall(r'class="node [^"]*" data-actor="([^"]+)"', page))
    assert 0 < len(nodes) <= MAX_NODES or not views["actors"]
    drawn = [a for a in views["alliances"] if {a["a"], a["b"]} <= nodes and a["a"] != a["b"]]
    assert page.count('<line class="edge ') == len(drawn)
    assert page.count('class="doc" id="article-') == len(views["articles"])


@pytest.mark.browser
def test_report_seeds_browser_timeline_network_and_comparison_visible(seeds, tmp_path):
    page_html, views = seeds
    path = tmp_path / "seeds.html"
    path.write_text(page_html, encoding="utf-8")
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        problems: list[str] = []
        page.on("pageerror", lambda exc: problems.append(str(exc)))
        page.goto(path.as_uri())
        assert page.is_visible("#story")
        for section in ("timeline", "network", "comparison", "quotes", "actors", "articles"):
            page.click(f"a[data-tab={section}]")
            assert page.is_visible(f"#{section}") and not page.is_visible("#story"), section
        page.click("a[data-tab=timeline]")
        assert page.locator(".timeline [data-event]").count() == len(views["timeline"])
        if views["actors"]:
            assert page.locator("#network-svg .node").count() > 0
        assert page.locator(".compare.coverage thead th[data-outlet]").count() == len(
            views["comparison"])
        total = len(views["timeline"])
        assert page.locator("#filter-status").inner_text().startswith(
            f"Showing {total} of {total} events")
        if views["timeline"]:
            kind = views["timeline"][0]["type"]
            page.select_option("#filter-type", kind)
            expected = sum(1 for t in views["timeline"] if t["type"] == kind)
            assert page.locator("#filter-status").inner_text().startswith(
                f"Showing {expected} of {total} events")
            page.click("#filter-reset")
        screenshot(page, "report-seeds")
        assert problems == []
