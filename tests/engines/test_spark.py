"""The Spark engine gives the local engine's results, in order (local-mode Spark)."""

import importlib.util
import os
import shutil

import pytest

from storyline.engines import local
from storyline.settings import Settings
from storyline.stages.read import read_inputs

from ..conftest import SHARED

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


def test_spark_engine_equals_local_engine_on_seeds_and_voa(session, seed_paths):
    paths = [str(p) for p in seed_paths]
    if VOA.exists():
        paths.append(str(VOA))
    settings = Settings(batch_size=4)
    ours, theirs = _both(paths, settings)
    assert len(ours) > len(seed_paths)
    assert [r["id"] for r in theirs] == [r["id"] for r in ours]
    assert theirs == ours


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
