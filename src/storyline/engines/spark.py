"""The Spark engine: the same per-article stages inside PySpark partitions.

``run(items, settings, workers)`` has the signature and the results of
:func:`storyline.engines.local.run`: one result per item, in input order.
The driver reads the input and sends it to Spark a slice at a time
(:data:`SLICE` articles), so its memory stays bounded however long the input
is; each slice becomes an RDD whose partitions run
:func:`storyline.engines.local.process_batch` in batches of
``settings.batch_size``. Each Python worker loads the spaCy model and the stage
resources once (:func:`storyline.resources.nlp` is cached per process and
Spark reuses its Python workers), and its results are collected back in
partition order.

The master is ``settings.spark_master``, else ``local[N]`` with N the number of
workers (``local[*]`` for 0). A session already active in the process is used
as it is, and left running.

:class:`SparkAggregator` runs the corpus stages' per-article and per-group work
(event clustering, quotes, alliances, contradictions; see
:mod:`storyline.corpus.aggregate`) as Spark jobs: the items are parallelised from
the driver, the stage's context (the actor registry, the duplicate keys) is
broadcast once per job, a group-by is a ``flatMap`` then ``groupByKey`` then a
``map`` of the stage's own functions, and the results are put back in the
order the in-process aggregator gives, so the views are identical. The global
and small corpus work (near-duplicates, the registry, threads, timeline,
comparison) stays in the driver. :func:`aggregator` opens one session for a
whole build: the analysis and the corpus jobs share it.

PySpark is the optional extra ``spark``: ``pip install 'storyline[spark]'``
(it needs Java 17).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any, TypeVar

from pyspark import RDD, SparkContext
from pyspark.sql import SparkSession

from ..corpus.aggregate import EmitFn, MapFn, ReduceFn
from ..pipeline import Pipeline
from ..settings import Settings
from .local import Item, Result, batches, prepare, process_batch

#: Articles the driver hands to Spark per job.
SLICE = 2048
#: Partitions per Spark core in each job (small, so busy and idle cores even out).
PARTITIONS_PER_CORE = 4
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
T = TypeVar("T")
V = TypeVar("V")
R = TypeVar("R")


def master_url(settings: Settings, workers: int) -> str:
    """The Spark master: ``settings.spark_master`` or ``local[N]``.

    >>> master_url(Settings(), 2), master_url(Settings(), 0)
    ('local[2]', 'local[*]')
    >>> master_url(Settings(spark_master="spark://head:7077"), 2)
    'spark://head:7077'
    """
    return settings.spark_master or f"local[{workers if workers > 0 else '*'}]"


def session(settings: Settings, workers: int = 0) -> SparkSession:
    """The active Spark session, or a new one on :func:`master_url` set up for storyline."""
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    # Python workers run this interpreter (which has storyline and spaCy) unless told otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.master(master_url(settings, workers))
        .appName("storyline")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.python.worker.reuse", "true")
        .config("spark.executorEnv.PYTHONPATH", _PACKAGE_ROOT)
    )
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        builder = builder.config(f"spark.executorEnv.{name}", os.environ.get(name, "1"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


@contextmanager
def _session(settings: Settings, workers: int) -> Iterator[SparkSession]:
    owned = SparkSession.getActiveSession() is None
    spark = session(settings, workers)
    try:
        yield spark
    finally:
        if owned:
            spark.stop()


@cache
def _pipeline(settings: Settings) -> Pipeline:
    return prepare(settings)


def analyse_partition(items: Iterable[Item], settings: Settings) -> Iterator[Result]:
    """Run the per-article stages over one partition, in batches (inside a Spark worker).

    >>> from storyline.model import Article
    >>> text = "Norway hosted talks between the government and the opposition."
    >>> [r["body"] == text for r in analyse_partition([Article(id="a", source="-", raw=text)],
    ...                                               Settings())]
    [True]
    """
    pipeline = _pipeline(settings)
    for batch in batches(items, settings.batch_size):
        yield from process_batch(batch, pipeline, settings)


def run(items: Iterable[Item], settings: Settings, workers: int = 0) -> Iterator[Result]:
    """Analyse ``items`` in order on Spark; the same results as the local engine."""
    it = iter(items)
    first = next(it, None)
    if first is None:
        return
    with _session(settings, workers) as spark:
        sc = spark.sparkContext
        for part in batches(chain([first], it), SLICE):
            rdd = _parallelize(sc, part)
            yield from rdd.mapPartitions(lambda rows: analyse_partition(rows, settings)).collect()


def _parallelize(sc: SparkContext, items: list[Any]) -> RDD[Any]:
    """``items`` as an RDD of a few partitions per core (busy and idle cores even out)."""
    cores = max(1, sc.defaultParallelism)
    return sc.parallelize(items, max(1, min(len(items), cores * PARTITIONS_PER_CORE)))


class SparkAggregator:
    """The corpus :class:`~storyline.corpus.aggregate.Aggregator` that runs on Spark
    (tests/engines/test_spark.py checks it against the in-process one)."""

    def __init__(self, sc: SparkContext) -> None:
        self.sc = sc

    def flat_map(self, items: Sequence[T], fn: MapFn[T, R], context: Any) -> list[R]:
        if not items:
            return []
        shared = self.sc.broadcast(context)
        try:
            rdd = _parallelize(self.sc, list(items))
            return rdd.flatMap(lambda item: fn(item, shared.value)).collect()
        finally:
            shared.unpersist()

    def group(self, items: Sequence[T], emit: EmitFn[T, V], reduce: ReduceFn[V, R],
              context: Any) -> list[R]:
        if not items:
            return []
        shared = self.sc.broadcast(context)
        try:
            pairs = _parallelize(self.sc, list(enumerate(items))).flatMap(
                lambda numbered: _numbered(numbered, emit, shared.value))
            groups = pairs.groupByKey().map(
                lambda kv: (kv[0], list(reduce(_in_order(kv[1]), shared.value)))).collect()
        finally:
            shared.unpersist()
        return [row for _key, rows in sorted(groups, key=lambda kv: kv[0]) for row in rows]


def _numbered(numbered: tuple[int, T], emit: EmitFn[T, V], context: Any
              ) -> Iterator[tuple[str, tuple[int, int, V]]]:
    """The pairs ``emit`` gives for an item, each value with its place in emission order."""
    index, item = numbered
    for n, (key, value) in enumerate(emit(item, context)):
        yield key, (index, n, value)


def _in_order(values: Iterable[tuple[int, int, V]]) -> list[V]:
    return [value for _i, _n, value in sorted(values, key=lambda v: (v[0], v[1]))]


@contextmanager
def aggregator(settings: Settings, workers: int = 0) -> Iterator[SparkAggregator]:
    """A :class:`SparkAggregator` on :func:`session`, stopped on exit if it started it;
    :func:`run` inside it uses the same session."""
    with _session(settings, workers) as spark:
        yield SparkAggregator(spark.sparkContext)
