"""A bounded load test: the app served by uvicorn on loopback, many concurrent clients."""

from __future__ import annotations

import json
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from itertools import cycle, islice

import httpx
import pytest

from tests.browser import ARTIFACTS
from tests.fake_store import K1, write_store
from tests.web.serving import serving

REQUESTS = 2000
THREADS = 20
TIME_LIMIT = 120.0
URLS = ["/api/events", "/api/timeline?type=CONSULT", f"/api/articles/{K1}", "/api/actors",
        "/api/search?q=norway", "/api/comparison", "/api/quotes?outlet=teleSUR", "/",
        "/api/articles?limit=2", "/api/nothing"]


@pytest.fixture
def server(tmp_path):
    """``storyline serve`` over a real store, in its own process."""
    with serving(write_store(tmp_path / "load.duckdb")) as url:
        yield url


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
