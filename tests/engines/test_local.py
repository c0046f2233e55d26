import os
import time

import pytest

from storyline.engines import local, workers
from storyline.model import Article, Skip
from storyline.pipeline import assemble, stage
from storyline.settings import Settings


def _articles(n):
    return [Article(id=f"a{i}", source="in.jsonl", line=i + 1,
                    raw=f"Article {i}: the government met the opposition in Oslo.")
            for i in range(n)]


@pytest.mark.parametrize("workers", [1, 2])
def test_local_run_returns_results_in_input_order_with_skips_in_place(workers):
    items = _articles(7)
    items.insert(3, Skip("in.jsonl", 99, "unreadable"))
    out = list(local.run(items, Settings(batch_size=2), workers))
    assert [r.reason if isinstance(r, Skip) else r["id"] for r in out] == [
        "a0", "a1", "a2", "unreadable", "a3", "a4", "a5", "a6"]


def test_local_run_batched_equals_one_at_a_time():
    one = list(local.run(_articles(5), Settings(batch_size=1), 1))
    many = list(local.run(_articles(5), Settings(batch_size=4), 1))
    assert one == many


@stage(reads=("raw",), writes=("body",))
def explode_on_two(article, settings):
    if article.id == "a2":
        raise KeyError("boom")
    article.body = article.raw
    return article


def test_local_process_batch_turns_a_failing_article_into_a_named_skip():
    pipe = assemble([explode_on_two])
    out = local.process_batch(_articles(4), pipe, Settings())
    assert [type(r).__name__ for r in out] == ["dict", "dict", "Skip", "dict"]
    assert out[2].where == "in.jsonl:3"
    assert "KeyError" in out[2].reason and "test_local.py" in out[2].reason


def test_local_batches_cut_a_stream_into_lists():
    assert list(local.batches(iter("abcde"), 2)) == [["a", "b"], ["c", "d"], ["e"]]


def test_local_run_skips_an_article_over_the_time_budget_by_name_and_goes_on(monkeypatch):
    from storyline.engines import local as engine

    def slow(items, pipeline, settings):
        if any(getattr(i, "raw", "") == "hang" for i in items):
            time.sleep(60)
        return [{"id": i.id} for i in items]

    monkeypatch.setattr(engine, "process_batch", slow)
    arts = [Article(id=n, source=f"{n}.txt", raw=raw)
            for n, raw in (("a", "fine"), ("b", "hang"), ("c", "fine"))]
    out = list(engine.run(arts, Settings(article_seconds=1.0, batch_size=8), 1))
    assert [o["id"] for o in (out[0], out[2])] == ["a", "c"]
    assert isinstance(out[1], Skip) and "'b'" in out[1].reason
    assert "article_seconds" in out[1].reason


def test_local_run_skips_an_article_over_the_memory_budget(monkeypatch):
    from storyline.engines import local as engine

    def greedy(items, pipeline, settings):
        hoard = [bytearray(50 * 2**20) for i in items if i.raw == "greedy" for _ in range(20)]
        time.sleep(0.5 if hoard else 0)
        return [{"id": i.id} for i in items]

    monkeypatch.setattr(engine, "process_batch", greedy)
    arts = [Article(id="a", source="a.txt", raw="fine"),
            Article(id="g", source="g.txt", raw="greedy")]
    base = workers.rss_mb(os.getpid())
    settings = Settings(article_memory_mb=int(base) + 400, batch_size=8)
    out = list(engine.run(arts, settings, 2))
    assert out[0] == {"id": "a"}
    assert isinstance(out[1], Skip) and "article_memory_mb" in out[1].reason
