"""The server reads a snapshot: a build runs while it serves; a damaged store is refused."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from fastapi.testclient import TestClient

from storyline.errors import StoreError
from storyline.store import Store, StoredArticle
from storyline.web import create_app
from storyline.web.app import SharedStore
from storyline.web.snapshot import Snapshot
from tests.fake_store import FakeStore, write_store
from tests.web.serving import SRC, serving

from .test_error_shape import assert_error_shape

TEXT = ("Norway's Foreign Minister Ine Eriksen Søreide said on Sunday that the government "
        "and the opposition would meet again in Oslo to resume talks.")


def _add_article(db, key):
    with Store.open(db) as store:
        store.put_articles([StoredArticle(key, key, f"/in/{key}.txt", key, "fake",
                                          {"id": key, "source": f"/in/{key}.txt",
                                           "body": TEXT})])


def test_snapshot_lets_a_writer_in_and_shows_its_work(tmp_path):
    db = write_store(tmp_path / "s.duckdb")
    with Snapshot(str(db), check_seconds=0) as snap:
        before = snap.summary()["articles"]
        _add_article(db, "f" * 16)  # a build writing while the server serves
        assert snap.summary()["articles"] == before + 1
        assert snap.generation == 2


def test_snapshot_keeps_serving_the_last_copy_while_a_build_holds_the_store(tmp_path):
    db = write_store(tmp_path / "s.duckdb")
    with Snapshot(str(db), check_seconds=0) as snap:
        before = snap.summary()["articles"]
        with Store.open(db) as writer:
            writer.put_articles([StoredArticle("e" * 16, "e", "/e.txt", "e", "fake",
                                               {"id": "e", "body": TEXT})])
            assert snap.summary()["articles"] == before
        assert snap.summary()["articles"] == before + 1


def test_snapshot_refuses_a_damaged_store(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store.open(db) as store:
        store.put_articles([StoredArticle("k", "c", "/a.txt", "a", "f",
                                          {"id": "a", "body": os.urandom(300_000).hex()})])
    (tmp_path / "cut.duckdb").write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    with pytest.raises(StoreError, match="damaged"):
        Snapshot(str(tmp_path / "cut.duckdb"))


def test_serve_refuses_a_damaged_store_at_start(tmp_path):
    (tmp_path / "bad.duckdb").write_bytes(b"not a database" * 100)
    result = subprocess.run([sys.executable, "-m", "storyline", "serve", "--db",
                             str(tmp_path / "bad.duckdb")], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "PYTHONPATH": SRC})
    assert result.returncode == 2
    assert "damaged" in result.stderr and "Traceback" not in result.stderr


def test_shared_store_builds_the_story_once_under_concurrent_first_requests():
    calls = []

    class Counting(FakeStore):
        def view(self, name, **filters):
            if name == "events":
                calls.append(name)
                time.sleep(0.05)
            return super().view(name, **filters)

    shared = SharedStore(Counting())
    with ThreadPoolExecutor(8) as pool:
        stories = list(pool.map(lambda _: shared.story(), range(8)))
    assert len(calls) == 1 and all(s is stories[0] for s in stories)


def test_api_summary_shows_no_file_path(tmp_path):
    db = write_store(tmp_path / "s.duckdb")
    with Store.open(db, read_only=True) as store:
        body = TestClient(create_app(store)).get("/api/summary").json()
    assert body["articles"] > 0 and str(tmp_path) not in str(body)


@pytest.mark.parametrize(("query", "option"), [
    ("/api/events?date_from=2019-13-01", "date_from"),
    ("/api/timeline?date_to=2019-02-30", "date_to"),
    ("/api/events?type=FOO", "type"),
    ("/api/events?outlet=Nowhere%20Times", "outlet"),
])
def test_api_filter_typo_is_422_naming_the_parameter(tmp_path, query, option):
    db = write_store(tmp_path / "s.duckdb")
    with Store.open(db, read_only=True) as store:
        response = TestClient(create_app(store)).get(query)
    error = assert_error_shape(response, 422)
    assert option in error["message"] and error["details"][0]["location"] == f"query.{option}"


def test_serve_answers_malformed_http_in_the_json_error_shape(tmp_path):
    with serving(write_store(tmp_path / "s.duckdb")) as url:
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n")
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") and b"application/json" in head
    assert b'"error"' in body and b'"status": 400' in body


def test_build_runs_while_the_server_serves(tmp_path):
    db = write_store(tmp_path / "s.duckdb")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "new.txt").write_text(TEXT, encoding="utf-8")
    errors, stop = [], threading.Event()
    with serving(db) as url:
        before = httpx.get(f"{url}/api/summary", timeout=30).json()["articles"]

        def hammer():
            with httpx.Client(base_url=url, timeout=30) as client:
                while not stop.is_set():
                    status = client.get("/api/summary").status_code
                    if status != 200:
                        errors.append(status)
        threads = [threading.Thread(target=hammer) for _ in range(3)]
        for t in threads:
            t.start()
        try:
            build = subprocess.run(
                [sys.executable, "-m", "storyline", "build", str(tmp_path / "in"), "--db",
                 str(db), "--workers", "1"], capture_output=True, text=True, timeout=300,
                env={**os.environ, "PYTHONPATH": SRC})
        finally:
            time.sleep(3)  # past the snapshot's check interval
            stop.set()
            for t in threads:
                t.join()
        summary = httpx.get(f"{url}/api/summary", timeout=30).json()
    assert build.returncode == 0, build.stderr
    assert errors == []
    assert summary["articles"] == before + 1  # the build's article, served once it is done
