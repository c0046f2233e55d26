from fastapi.testclient import TestClient

from storyline.web import create_app
from storyline.web.app import hosts_for


def test_guard_sets_security_headers_on_pages_api_and_errors(fake_store):
    client = TestClient(create_app(fake_store))
    for url in ("/", "/api/events", "/api/nope", "/assets/story.js"):
        headers = client.get(url).headers
        assert "default-src 'none'" in headers["content-security-policy"], url
        assert "'unsafe-inline'" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "no-referrer"


def test_guard_refuses_unknown_host_header_on_loopback(fake_store):
    client = TestClient(create_app(fake_store, allowed_hosts=hosts_for("127.0.0.1")),
                        base_url="http://127.0.0.1:8000")
    assert client.get("/api/summary").status_code == 200
    assert client.get("/api/summary", headers={"host": "localhost:8000"}).status_code == 200
    refused = client.get("/api/summary", headers={"host": "evil.example"})
    assert refused.status_code == 400
    assert refused.json()["error"]["status"] == 400


def test_guard_serves_only_the_two_fixed_assets(fake_store):
    client = TestClient(create_app(fake_store))
    assert client.get("/assets/story.css").headers["content-type"].startswith("text/css")
    for name in ("..%2F..%2Fpyproject.toml", "%2Fetc%2Fpasswd", "report.html.j2"):
        assert client.get(f"/assets/{name}").status_code == 404


def test_hosts_for_binds_loopback_names_only_for_loopback():
    assert "localhost" in hosts_for("127.0.0.1")
    assert hosts_for("::1") is not None
    assert hosts_for("0.0.0.0") is None
