import re

import pytest
from fastapi.testclient import TestClient

from storyline.web import create_app
from tests.fake_store import K1, XSS_SCRIPT


@pytest.fixture
def client(fake_store):
    return TestClient(create_app(fake_store))


@pytest.mark.parametrize("url, text", [
    ("/", "Main events"),
    ("/timeline", "Russia voiced support for Maduro on Sunday."),
    ("/network", 'data-actor="rus"'),
    ("/comparison", "democratically-elected President"),
    ("/comparison", 'title="The coup leader Guaidó spoke.">coup'),
    ("/comparison", ">imperialist <small>3 art.</small>"),
    ("/quotes", "Dialogue is the only way"),
    ("/actors", "Guiado"),
    ("/articles", "2 boilerplate lines removed"),
    (f"/articles/{K1}", "Sign up for our newsletter"),
    ("/search?q=caracas", "Protests"),
])
def test_pages_show_the_story_views(client, url, text):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert text in response.text


def test_pages_article_shows_a_pronoun_speaker_no_actor_stood_for_as_unattributed(fake_store):
    article = fake_store.article(K1)
    article["quotes"] = [{"speaker": None, "speaker_text": "He", "text": "We need peace",
                          "kind": "direct"}]
    page = TestClient(create_app(fake_store)).get(f"/articles/{K1}").text
    assert "<small>Unattributed</small>" in page and "<small>He</small>" not in page


def test_pages_load_only_local_assets(client):
    page = client.get("/").text
    assert re.findall(r'<script src="([^"]+)"', page) == ["/assets/story.js"]
    assert re.findall(r'<link rel="stylesheet" href="([^"]+)"', page) == ["/assets/story.css"]


def test_pages_search_pages_through_hits(client):
    first = client.get("/search", params={"q": "the", "limit": 1}).text
    assert "Next" in first and "Previous" not in first


@pytest.mark.parametrize("url", ["/timeline", "/quotes", "/comparison", f"/articles/{K1}",
                                 "/search?q=script", "/actors"])
def test_pages_show_hostile_article_text_as_text(hostile_store, url):
    page = TestClient(create_app(hostile_store)).get(url).text
    assert XSS_SCRIPT not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page
    assert 'href="javascript:' not in page


def test_pages_escape_the_search_query(client):
    page = client.get("/search", params={"q": XSS_SCRIPT}).text
    assert XSS_SCRIPT not in page and "&lt;script&gt;" in page


def test_pages_story_is_read_from_the_store_once(fake_store):
    calls = []
    view = fake_store.view
    fake_store.view = lambda name, **filters: calls.append(name) or view(name, **filters)
    client = TestClient(create_app(fake_store))
    first = client.get("/").text
    reads = len(calls)
    assert client.get("/").text == first and client.get("/timeline").status_code == 200
    assert len(calls) == reads
