"""Acceptance: the JSON API over the seeds' store answers its documented queries."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from storyline.store import Store
from storyline.web import create_app


@pytest.fixture(scope="module")
def api(seed_db):
    with Store.open(seed_db, read_only=True) as store:
        yield TestClient(create_app(store)), store


@pytest.mark.parametrize("view", ["events", "actors", "quotes", "articles", "timeline",
                                  "alliances", "comparison", "contradictions", "threads"])
def test_api_seeds_pages_cover_each_view_exactly_once(api, view):
    client, store = api
    seen, offset = [], 0
    while offset is not None:
        body = client.get(f"/api/{view}", params={"limit": 7, "offset": offset}).json()
        seen += body["items"]
        offset = body["next_offset"]
    expected = store.view(view)
    if view == "articles":
        expected = [{k: v for k, v in a.items() if k not in ("body", "removed", "actors",
                                                               "events", "quotes")}
                    for a in expected]
    assert seen == expected


def test_api_seeds_every_article_opens_in_full_and_search_finds_it(api):
    client, store = api
    for row in store.view("articles"):
        article = client.get(f"/api/articles/{row['article_key']}").json()
        assert article["article_key"] == row["article_key"] and article["body"]
        word = max(article["body"].split()[:30], key=len).strip(".,;:\"'“”()")
        hits = client.get("/api/search", params={"q": word, "limit": 500}).json()["items"]
        assert row["article_key"] in {h["article_key"] for h in hits}, word


def test_api_seeds_summary_and_pages_answer(api):
    client, store = api
    assert client.get("/api/summary").json()["articles"] == store.summary()["articles"]
    for url in ("/", "/timeline", "/network", "/comparison", "/quotes", "/actors", "/articles",
                "/docs"):
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("params", [{}, {"type": "SUPPORT"}, {"outlet": "DW"}])
def test_api_seeds_count_is_the_total_not_the_page_size(api, params):
    client, store = api
    body = client.get("/api/events", params={"limit": 2, **params}).json()
    assert body["count"] == len(store.view("events", **params)) == store.count("events", **params)
    assert len(body["items"]) <= 2


def test_api_seeds_outlet_count_agrees_with_the_report(api):
    client, store = api
    from storyline.report import build_story, read_views

    assert client.get("/api/summary").json()["outlets"] == \
        build_story(read_views(store)).summary["outlets"]
    search = client.get("/api/search", params={"q": "Maduro", "limit": 1}).json()
    assert search["count"] == len(store.search("Maduro", limit=100)) > 1


@pytest.mark.parametrize(("params", "said"), [
    ({"date_from": "2019-13-01"}, "a date that exists"), ({"type": "FOO"}, "SUPPORT"),
    ({"outlet": "Reutres"}, "Sputnik"), ({"actor": "Madurro"}, "closest: Nicolás Maduro"),
    ({"date_fro": "2019"}, "it takes actor, type, outlet, date_from"), ({"limit": -1}, "limit")])
def test_api_seeds_option_typo_is_a_422_naming_it(api, params, said):
    client, _ = api
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert said in response.json()["error"]["message"] + str(response.json()["error"])


def test_api_seeds_articles_by_actor_and_inferred_outlet(api):
    client, _ = api
    assert client.get("/api/articles", params={"actor": "juan_guaido"}).json()["count"] >= 3
    body = client.get("/api/articles", params={"outlet": "Sputnik"}).json()
    assert [(a["outlet"], a["outlet_from"]) for a in body["items"]] == [("Sputnik", "text")]
