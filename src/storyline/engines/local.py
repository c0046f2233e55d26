"""The local engine: per-article stages in a pool of worker processes.

Articles travel to the workers in small batches (``settings.batch_size``), which
each worker runs stage by stage, so spaCy parses a batch at once. Results come
back in input order. At most a few batches are in flight, so memory stays flat
however long the input is. The parent loads the spaCy model and every other
resource once, before the workers are forked, so they share it copy-on-write
and start at once.

>>> from storyline.model import Article
>>> text = "Norway hosted talks between the government and the opposition."
>>> [r["body"] == text for r in run([Article(id="a", source="-", raw=text)], Settings(), 1)]
[True]
"""

from __future__ import annotations

import functools
import os
import sys
import traceback
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from itertools import islice
from typing import Any

from .. import resources
from ..corpus.aggregate import IN_PROCESS, Aggregator
from ..model import Article, Notice, Skip
from ..pipeline import Pipeline
from ..settings import Settings
from .workers import Pool

Result = dict[str, Any] | Skip | Notice
Item = Article | Skip | Notice

#: A short article run through the pipeline before forking, so that every resource a
#: stage loads on first use is loaded once, in the parent.
WARM_UP = ("President Nicolas Maduro met opposition leaders in Caracas on Monday, officials "
           'said. "We will talk," he said.')

def build_pipeline(settings: Settings) -> Pipeline:
    """The default per-article pipeline."""
    from ..pipeline import assemble
    from ..stages import default_stages

    return assemble(default_stages())


def aggregator(settings: Settings, workers: int = 0) -> AbstractContextManager[Aggregator]:
    """Where the local engine runs the corpus stages' work: in this process."""
    return nullcontext(IN_PROCESS)


def _skip(article: Article, exc: BaseException) -> Skip:
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    at = f" at {os.path.basename(where.filename)}:{where.lineno}" if where else ""
    if isinstance(exc, RecursionError | MemoryError):
        return Skip(article.source, article.line,
                    f"the text is structured too deeply or repetitively to analyse "
                    f"({type(exc).__name__}{at}); it is skipped, the run goes on")
    return Skip(article.source, article.line,
                f"internal error ({type(exc).__name__}: {exc}){at}; please report it")


def process_batch(items: Sequence[Item], pipeline: Pipeline, settings: Settings) -> list[Result]:
    """Run the pipeline over a batch; an unexpected failure skips its article, not the run,
    and so does an article left with no text (:func:`empty_body`).

    Skips and notices among ``items`` pass through in place.
    """
    articles = [item for item in items if isinstance(item, Article)]
    done = iter(pipeline.run_batch(articles, settings))
    results: list[Result] = []
    for item in items:
        if not isinstance(item, Article):
            results.append(item)
            continue
        result = next(done)
        try:
            if isinstance(result, Exception):
                raise result
            empty = empty_body(result)
            results.append(result.to_dict() if empty is None else empty)
        except Exception as exc:  # noqa: BLE001 - one bad article must not end the run
            results.append(_skip(item, exc))
    return results


def empty_body(article: Article) -> Skip | None:
    """A skip naming why an analysed article has no text, or None when it has text.

    Text whose every line was removed as page furniture is kept (``clean`` warns of it, and
    its ``removed`` lines are what there is to see).
    """
    if article.body.strip() or (article.format != "html" and article.removed):
        return None
    why = ("the HTML gave no article text (it holds only markup, scripts or styles, or is "
           "nested too deeply to parse)"
           if article.format == "html" else "no text")
    return Skip(article.source, article.line, f"empty body: {why}")


def batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """``items`` in lists of ``size`` (the last may be shorter).

    >>> [len(b) for b in batches(range(5), 2)]
    [2, 2, 1]
    """
    it = iter(items)
    while batch := list(islice(it, max(1, size))):
        yield batch


def single_threaded_math() -> None:
    """Ask numeric libraries for one thread per process (the engines parallelise by process).

    Only has an effect before numpy is first imported; an explicit setting in the
    environment wins.
    """
    if "numpy" not in sys.modules:
        for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(name, "1")


def prepare(settings: Settings) -> Pipeline:
    """The pipeline, with the spaCy model and every stage resource loaded in this process.

    What is loaded then stays for the life of the process: the first time in a process,
    it is moved out of the garbage collector's sight (:func:`storyline.resources.loading`),
    which then looks at the articles' objects only, and leaves the pages a forked worker
    shares with this process unwritten.
    """
    single_threaded_math()
    with resources.loading():
        pipeline = build_pipeline(settings)
        pipeline.load(settings)
        process_batch([Article(id="warm-up", source="<warm-up>", raw=WARM_UP)], pipeline,
                      settings)
    return pipeline


def worker_count(requested: int) -> int:
    """``requested`` workers, or one per core for 0."""
    return requested if requested > 0 else (os.cpu_count() or 1)


def run(items: Iterable[Item], settings: Settings, workers: int = 0) -> Iterator[Result]:
    """Analyse ``items`` in order with ``workers`` processes (0: one per core), each article
    within the budget of ``settings.article_seconds`` and ``article_memory_mb``
    (:mod:`storyline.engines.workers`); with no budget (0) and one worker, in this process.
    """
    workers = worker_count(workers)
    pipeline = prepare(settings)
    if workers == 1 and not settings.article_seconds and not settings.article_memory_mb:
        for batch in batches(items, settings.batch_size):
            yield from process_batch(batch, pipeline, settings)
        return
    pool = Pool(functools.partial(process_batch, pipeline=pipeline, settings=settings),
                settings, workers)
    yield from pool.map(batches(items, settings.batch_size))
