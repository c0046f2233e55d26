import html
import json
import re

from storyline.report import render_report
from storyline.report.render import csp_hash, embed_json
from tests.fake_store import XSS_IMG, XSS_SCRIPT


def data_block(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="story-data">(.*?)</script>', page,
                      re.S)
    assert match
    return json.loads(match.group(1))


def test_report_is_one_self_contained_file_with_no_external_reference(fake_store):
    page = render_report(fake_store)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r'(src|href)="(https?:)?//', page.replace(
        'href="https://a1', "").replace('href="https://b2', "").replace('href="https://c3', ""))
    assert re.findall(r"<link[^>]*>", page) == ['<link rel="icon" href="data:,">']
    assert "@import" not in page and "url(" not in page
    assert not re.search(r"<script[^>]+src=", page)


def test_report_csp_allows_exactly_the_inline_script_and_style(fake_store):
    page = render_report(fake_store)
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"',
                                  page).group(1))
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert len(scripts) == 1 and len(styles) == 1
    assert f"script-src {csp_hash(scripts[0])};" in csp
    assert f"style-src {csp_hash(styles[0])};" in csp
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp


def test_report_shows_every_section_and_the_sentences_behind_events(fake_store):
    page = render_report(fake_store)
    for section in ("story", "timeline", "network", "comparison", "quotes", "actors",
                    "articles"):
        assert f'id="{section}"' in page
    assert "Russia voiced support for Maduro on Sunday." in page
    assert page.count('class="node ') == 4  # every actor in an alliance; none alone
    assert "democratically-elected President" in page
    assert 'title="The coup leader Guaidó spoke.">coup' in page  # an outlet's own word
    assert "Removed boilerplate: 2 lines" in page


def test_report_says_why_an_event_under_the_cut_is_shown(fake_store):
    page = render_report(fake_store)
    assert page.count('<span class="shown-reason">shown: told by 2 outlets</span>') == 1


def test_report_embeds_the_views_as_json(fake_store):
    data = data_block(render_report(fake_store))
    assert {e["event_id"] for e in data["events"]} == {e["event_id"]
                                                     for e in fake_store.views["events"]}
    assert len(data["quotes"]) == len(fake_store.views["quotes"])


def test_report_escapes_every_value_from_articles(hostile_store):
    page = render_report(hostile_store)
    assert XSS_SCRIPT not in page and "<img src=x" not in page
    assert "&lt;script&gt;document.title=" in page
    assert 'href="javascript:' not in page
    # only our own script and JSON blocks exist
    assert len(re.findall(r"<script", page)) == 2
    data = data_block(page)
    assert XSS_SCRIPT in data["articles"][0]["outlet"]
    assert XSS_IMG in data["quotes"][0]["reports"][0][1]


def test_embed_json_cannot_close_its_script_block_or_open_a_comment():
    text = embed_json({"a": "</script><!-- <script>", "b": "\u2028"})
    assert "<" not in text and ">" not in text
    assert json.loads(text) == {"a": "</script><!-- <script>", "b": "\u2028"}
