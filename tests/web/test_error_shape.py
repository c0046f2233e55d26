"""Every error of the app has the one JSON shape: {"error": {"status", "code", "message"}}."""

import pytest
from fastapi.testclient import TestClient

from storyline.web import create_app


class BrokenStore:
    def view(self, name, **filters):
        raise RuntimeError("disk on fire at /secret/path")

    def article(self, key):
        raise RuntimeError("disk on fire at /secret/path")

    def search(self, q, limit=50, offset=0):
        raise RuntimeError("disk on fire at /secret/path")

    def summary(self):
        raise RuntimeError("disk on fire at /secret/path")


def assert_error_shape(response, status):
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert error["status"] == status
    assert isinstance(error["code"], str) and error["code"]
    assert isinstance(error["message"], str) and error["message"]
    assert set(error) <= {"status", "code", "message", "details"}
    return error


@pytest.mark.parametrize("url", ["/api/nothing-here", "/api/articles/ffffffffffffffff",
                                 "/no/such/page", "/articles/ffffffffffffffff", "/assets/x.js"])
def test_error_shape_not_found(fake_store, url):
    error = assert_error_shape(TestClient(create_app(fake_store)).get(url), 404)
    assert error["code"] == "not_found"


@pytest.mark.parametrize("url", ["/api/events?limit=abc", "/api/search", "/api/articles/a%20b",
                                 "/api/timeline?date_to=tomorrow"])
def test_error_shape_validation(fake_store, url):
    error = assert_error_shape(TestClient(create_app(fake_store)).get(url), 422)
    assert error["details"] and all({"location", "message"} == set(d) for d in error["details"])


def test_error_shape_method_not_allowed(fake_store):
    response = TestClient(create_app(fake_store)).post("/api/events", content=b"{}")
    assert_error_shape(response, 405)


@pytest.mark.parametrize("url", ["/api/events", "/api/summary", "/", "/api/search?q=a"])
def test_error_shape_server_error_hides_internals(url):
    client = TestClient(create_app(BrokenStore()), raise_server_exceptions=False)
    error = assert_error_shape(client.get(url), 500)
    assert "secret" not in error["message"] and "Traceback" not in error["message"]


def test_error_shape_request_too_large(fake_store):
    client = TestClient(create_app(fake_store))
    assert_error_shape(client.get("/api/events?actor=" + "a" * 5000), 414)
    assert_error_shape(client.post("/api/events", content=b"x" * 20_000), 413)
