"""The local engine: per-article stages in a pool of worker processes.

Results come back in input order. At most a small window of articles is in
flight at once, so memory stays flat however long the input is. Each worker
loads the spaCy model once.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from ..model import Article, Skip
from ..pipeline import Pipeline
from ..settings import Settings

Result = dict[str, Any] | Skip

_worker: tuple[Pipeline, Settings] | None = None


def build_pipeline(settings: Settings) -> Pipeline:
    """The default per-article pipeline."""
    from ..pipeline import assemble
    from ..stages import default_stages

    return assemble(default_stages())


def process(article: Article, pipeline: Pipeline, settings: Settings) -> Result:
    """Run the pipeline over one article; an unexpected failure becomes a Skip, not a crash."""
    try:
        return pipeline.run(article, settings).to_dict()
    except Exception as exc:  # noqa: BLE001 - one bad article must not end the run
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Skip(article.source, article.line,
                    f"internal error ({type(exc).__name__}: {exc}) at "
                    f"{os.path.basename(where.filename)}:{where.lineno}; please report it")


def _init(settings: Settings) -> None:
    global _worker
    _worker = (build_pipeline(settings), settings)
    from .. import resources

    resources.nlp()


def _work(item: Article | Skip) -> Result:
    if isinstance(item, Skip):
        return item
    assert _worker is not None
    return process(item, *_worker)


def worker_count(requested: int) -> int:
    """``requested`` workers, or one per core for 0."""
    return requested if requested > 0 else (os.cpu_count() or 1)


def run(items: Iterable[Article | Skip], settings: Settings, workers: int = 0) -> Iterator[Result]:
    """Analyse ``items`` in order with ``workers`` processes (0: one per core)."""
    workers = worker_count(workers)
    if workers == 1:
        pipeline = build_pipeline(settings)
        for item in items:
            yield item if isinstance(item, Skip) else process(item, pipeline, settings)
        return
    ctx = multiprocessing.get_context("fork")
    window = workers * 8
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init,
                             initargs=(settings,)) as pool:
        pending: deque[Future[Result]] = deque()
        for item in items:
            pending.append(pool.submit(_work, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
