"""A bounded load test: the app served by uvicorn on loopback, many concurrent clients."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from itertools import cycle, islice

import httpx
import pytest

import storyline
from tests.browser import ARTIFACTS
from tests.fake_store import K1, write_store

REQUESTS = 2000
THREADS = 20
TIME_LIMIT = 120.0
SRC = os.path.dirname(os.path.dirname(storyline.__file__))
URLS = ["/api/events", "/api/timeline?type=CONSULT", f"/api/articles/{K1}", "/api/actors",
        "/api/search?q=norway", "/api/comparison", "/api/quotes?outlet=teleSUR", "/",
        "/api/articles?limit=2", "/api/nothing"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """``storyline serve`` over a real store, in its own process on a free loopback port."""
    db = write_store(tmp_path / "load.duckdb")
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [SRC, os.environ.get(
        "PYTHONPATH")]))}
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "serve", "--db", str(db),
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "server did not start"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_load_concurrent_requests_are_served_without_errors(server):
    urls = list(islice(cycle(URLS), REQUESTS))
    chunks = [urls[i::THREADS] for i in range(THREADS)]
    deadline = time.monotonic() + TIME_LIMIT

    def worker(chunk: list[str]) -> Counter:
        seen: Counter = Counter()
        with httpx.Client(base_url=server, timeout=10) as client:
            for url in chunk:
                if time.monotonic() > deadline:
                    seen["timeout"] += 1
                    continue
                response = client.get(url)
                expected = 404 if url == "/api/nothing" else 200
                seen["ok" if response.status_code == expected else
                     f"{url} -> {response.status_code}"] += 1
        return seen

    started = time.perf_counter()
    with ThreadPoolExecutor(THREADS) as pool:
        totals = sum(pool.map(worker, chunks), Counter())
    elapsed = time.perf_counter() - started
    rate = REQUESTS / elapsed
    print(f"\nload: {REQUESTS} requests over {THREADS} threads in {elapsed:.2f}s "
          f"= {rate:.0f} requests/s; {dict(totals)}")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "load.json").write_text(json.dumps(
        {"requests": REQUESTS, "threads": THREADS, "seconds": round(elapsed, 3),
         "requests_per_second": round(rate, 1), "outcomes": dict(totals)}))
    assert totals == Counter({"ok": REQUESTS})
