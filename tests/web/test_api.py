import pytest
from fastapi.testclient import TestClient

from storyline.web import create_app
from tests.fake_store import K1


@pytest.fixture
def client(fake_store):
    return TestClient(create_app(fake_store))


@pytest.mark.parametrize("view", ["events", "actors", "quotes", "articles", "timeline",
                                  "alliances", "comparison", "contradictions", "threads"])
def test_api_lists_each_view_as_a_page(client, fake_store, view):
    body = client.get(f"/api/{view}").json()
    assert set(body) == {"items", "limit", "offset", "count", "next_offset"}
    assert body["count"] == len(fake_store.views[view]) == len(body["items"])
    assert body["next_offset"] is None


def test_api_pages_through_a_view_with_limit_and_offset(client, fake_store):
    first = client.get("/api/events", params={"limit": 3}).json()
    assert len(first["items"]) == 3 and first["next_offset"] == 3
    assert first["count"] == 4  # the total, not the page size
    rest = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert len(rest["items"]) == 1 and rest["count"] == 4 and rest["next_offset"] is None
    ids = [e["event_id"] for e in first["items"] + rest["items"]]
    assert ids == [e["event_id"] for e in fake_store.views["events"]]


def test_api_passes_filters_to_the_store(client):
    events = client.get("/api/events", params={"type": "REJECT"}).json()["items"]
    assert [e["event_id"] for e in events] == ["ev-reject"]
    quotes = client.get("/api/quotes", params={"outlet": "teleSUR"}).json()["items"]
    assert {q["outlet"] for q in quotes} == {"teleSUR"}
    alliances = client.get("/api/alliances", params={"actor": "rus"}).json()["items"]
    assert [(a["a"], a["b"]) for a in alliances] == [("rus", "maduro")]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 501}, {"offset": -1},
                                    {"date_from": "May 2019"}, {"type": "<b>"},
                                    {"actor": "x" * 201}])
def test_api_refuses_out_of_bounds_parameters(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["error"]["details"]


@pytest.mark.parametrize(("path", "params", "named"), [
    ("/api/events", {"date_fro": "2019-01-01"}, "date_fro"),
    ("/api/comparison", {"actor": "rus"}, "actor"),
    ("/api/search", {"q": "Maduro", "outlet": "VOA"}, "outlet"),
])
def test_api_unknown_query_parameter_is_a_422_naming_it_and_those_taken(client, path, params,
                                                                        named):
    response = client.get(path, params=params)
    assert response.status_code == 422
    message = response.json()["error"]["message"]
    assert named in message and "limit, offset" in message


def test_api_article_in_full_and_articles_listed_without_text(client):
    full = client.get(f"/api/articles/{K1}").json()
    assert full["article_key"] == K1 and full["body"].startswith("Norway hosted talks")
    listed = client.get("/api/articles").json()["items"]
    assert {a["article_key"] for a in listed} >= {K1}
    assert all("body" not in a and "removed" not in a for a in listed)


def test_api_search_finds_words_in_article_text(client):
    body = client.get("/api/search", params={"q": "russia voiced"}).json()
    assert [h["article_key"] for h in body["items"]] == ["b2b2b2b2b2b2b2b2"]
    assert client.get("/api/search", params={"q": "nowhere-word"}).json()["items"] == []


def test_api_summary_answers_the_store_counts(client, fake_store):
    assert client.get("/api/summary").json() == fake_store.summary()


def test_api_openapi_documents_every_endpoint_and_docs_page_is_offline(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/actors", "/api/quotes", "/api/articles",
                 "/api/articles/{article_key}", "/api/timeline", "/api/alliances",
                 "/api/comparison", "/api/search"):
        assert path in schema["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/api/timeline" in docs.text
    assert "cdn" not in docs.text.lower() and "swagger" not in docs.text.lower()
    assert client.get("/redoc").status_code == 404
