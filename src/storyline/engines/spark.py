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
as it is, and left running. The corpus stages (registry, dedup, alignments,
comparison, timeline) do not run here: ``storyline build`` runs them in the
driver over the stored results, the same for both engines.

PySpark is the optional extra ``spark``: ``pip install 'storyline[spark]'``
(it needs Java 17).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from itertools import chain
from pathlib import Path

from pyspark.sql import SparkSession

from ..pipeline import Pipeline
from ..settings import Settings
from .local import Item, Result, batches, prepare, process_batch

#: Articles the driver hands to Spark per job.
SLICE = 2048
#: Partitions per Spark core in each job (small, so busy and idle cores even out).
PARTITIONS_PER_CORE = 4
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])


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
        cores = max(1, sc.defaultParallelism)
        for part in batches(chain([first], it), SLICE):
            n = min(len(part), cores * PARTITIONS_PER_CORE)
            rdd = sc.parallelize(part, n)
            yield from rdd.mapPartitions(lambda rows: analyse_partition(rows, settings)).collect()
