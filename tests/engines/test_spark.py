"""The Spark engine gives the local engine's results, in order, and the same corpus
views (local-mode Spark)."""

import importlib.util
import json
import os
import shutil

import pytest

from storyline.build import build
from storyline.corpus import VIEWS, compute
from storyline.corpus.aggregate import IN_PROCESS
from storyline.engines import local
from storyline.inputs.read import read_inputs
from storyline.model import Skip
from storyline.settings import Settings
from storyline.store import Store, article_keys

from ..conftest import SEEDS, SHARED

pytestmark = pytest.mark.spark

if importlib.util.find_spec("pyspark") is None:
    pytest.skip("pyspark is not installed (pip install 'storyline[spark]')",
                allow_module_level=True)
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("no Java runtime for Spark (java not on PATH, JAVA_HOME unset)",
                allow_module_level=True)

from storyline.engines import spark  # noqa: E402

VOA = SHARED / "data" / "voa" / "voa_stories.jsonl"


@pytest.fixture(scope="module")
def session():
    active = spark.session(Settings(), 2)
    yield active
    active.stop()


def _both(paths, settings):
    ours = list(local.run(read_inputs(paths, settings), settings, 1))
    theirs = list(spark.run(read_inputs(paths, settings), settings, 2))
    return ours, theirs


@pytest.fixture(scope="module")
def seeds_and_voa(session):
    """Both engines' results on the seeds and the VOA corpus, each with its store key."""
    paths = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    if VOA.exists():
        paths.append(str(VOA))
    settings = Settings(batch_size=4)
    keys = [article_keys(item)[0] for item in read_inputs(paths, settings)
            if not isinstance(item, Skip)]
    ours, theirs = _both(paths, settings)
    return keys, ours, theirs


def test_spark_engine_equals_local_engine_on_seeds_and_voa(seeds_and_voa, seed_paths):
    _keys, ours, theirs = seeds_and_voa
    assert len(ours) > len(seed_paths)
    assert [r["id"] for r in theirs] == [r["id"] for r in ours]
    assert theirs == ours


def _by_last_letter(word, _context):
    return [(word[-1], word), (word[-1], word.upper())]


def _joined(words, sep):
    return [sep.join(words)]


def _letters(word, skip):
    return [c for c in word if c not in skip]


def test_spark_aggregator_keeps_item_order_within_groups_and_key_order(session):
    words = [f"{chr(97 + i % 7)}{i}{chr(97 + i % 3)}" for i in range(200)]
    on_spark = spark.SparkAggregator(session.sparkContext)
    assert on_spark.group(words, _by_last_letter, _joined, "+") == IN_PROCESS.group(
        words, _by_last_letter, _joined, "+")
    assert on_spark.flat_map(words, _letters, "0") == IN_PROCESS.flat_map(words, _letters, "0")
    assert on_spark.group([], _by_last_letter, _joined, "+") == []


def _views_json(views):
    return {name: json.dumps(rows, ensure_ascii=False) for name, rows in views.items()}


def test_spark_corpus_stages_give_every_local_view_on_seeds_and_voa(session, seeds_and_voa):
    keys, ours, _theirs = seeds_and_voa
    articles = [{**result, "article_key": key} for key, result in zip(keys, ours, strict=True)]
    here = compute(articles)
    on_spark = compute(articles, spark.SparkAggregator(session.sparkContext))
    assert sorted(on_spark) == sorted(VIEWS)
    assert all(here[name] for name in ("events", "quotes", "timeline", "alliances"))
    assert _views_json(on_spark) == _views_json(here)


def test_build_on_spark_stores_the_local_views(session, seed_paths, tmp_path):
    stored = {}
    for engine in ("local", "spark"):
        db = tmp_path / f"{engine}.duckdb"
        build([str(p) for p in seed_paths], str(db), engine=engine, workers=1)
        with Store.open(db) as store:
            stored[engine] = {name: store.view(name) for name in VIEWS}
    assert stored["spark"]["events"] and stored["spark"]["alliances"]
    assert stored["spark"] == stored["local"]


def test_spark_engine_passes_unreadable_inputs_through_in_place(session, tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Norway hosted talks between the government and the opposition.")
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"text": "The army withdrew."}\nnot json\n')
    ours, theirs = _both([str(good), str(bad)], Settings())
    assert [type(r).__name__ for r in theirs] == ["dict", "dict", "Skip"]
    assert [str(r) if not isinstance(r, dict) else r["id"] for r in theirs] == [
        str(r) if not isinstance(r, dict) else r["id"] for r in ours]


def test_spark_engine_on_no_input_starts_nothing():
    assert list(spark.run([], Settings(), 2)) == []
