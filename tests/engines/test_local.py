import pytest

from storyline.engines import local
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
