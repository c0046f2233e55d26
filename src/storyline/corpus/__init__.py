"""Corpus stages: one story across outlets.

:func:`compute` turns the analysed articles of a store into every corpus view
of docs/CORPUS.md. It is pure and deterministic: the same articles, in any
order, give the same views (sorted rows, ids derived from content).

Stages, each in its own module: ``dedup`` (near-duplicate articles and event
clustering), ``registry`` (actors merged across articles), ``quotes``,
``align`` (alliances), ``timeline``, ``compare`` (per outlet),
``contradictions``, ``threads`` (stories about the same incident) and ``attention``
(articles and mentions per day per outlet).

Each view is one entry of :data:`REGISTRY` (:mod:`storyline.corpus.views`): how it is
computed from the steps the views share (:class:`~storyline.corpus.context.Corpus`,
each run once), its filter columns, its table and its doc.

The per-article and per-group work of the heavy stages (event clustering, quotes,
alliances, contradictions) runs through an :class:`~storyline.corpus.aggregate.Aggregator`:
in this process by default, as Spark jobs with the spark engine, with the same
functions and the same results. What is global and small stays in the calling
process for both: near-duplicate articles (one MinHash index over the corpus), the
actor registry (a union-find over every actor), the corpus year of undated articles,
threads (TF-IDF needs the corpus' document frequencies), the timeline (a sort) and
the per-outlet comparison.

>>> views = compute([{"article_key": "k1", "outlet": "DW", "title": "Talks",
...                   "published": "2019-05-05", "body": "Russia backed Maduro.",
...                   "actors": [], "events": [], "quotes": []}])
>>> sorted(views) == sorted(VIEWS)
True
>>> views["articles"][0]["duplicate_of"] is None
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .aggregate import IN_PROCESS, Aggregator
from .articles import Article
from .context import Corpus
from .views import REGISTRY

__all__ = ["REGISTRY", "VIEWS", "Aggregator", "Corpus", "compute", "views_of"]

#: The names of the views :func:`compute` returns, in order (:data:`REGISTRY`).
VIEWS = tuple(REGISTRY)


def compute(
    articles: Iterable[Article], aggregator: Aggregator = IN_PROCESS,
    min_confidence: float = 0.0,
) -> dict[str, list[dict[str, Any]]]:
    """Every corpus view of a set of analysed articles.

    Args:
        articles: ``analyze`` article dicts, each with its ``article_key`` (store key).
        aggregator: where the per-article and per-group work of the heavy stages runs
            (the views are the same wherever it runs).
        min_confidence: events whose best mention is less confident are kept in the
            ``events`` view with ``shown`` false, and left out of every view built on events
            (timeline, alliances, comparison, contradictions), unless several outlets tell
            them (:mod:`~storyline.corpus.corroboration`).

    Returns:
        ``{view name: rows}`` for each view of :data:`REGISTRY`, in the shapes of
        docs/CORPUS.md. Articles come back with ``article_key``, ``content_hash``,
        ``outlet`` (resolved; for an article without one, read from its credit line when
        it has one, with ``outlet_from: "text"`` and the reason in ``warnings``),
        ``duplicate_of`` and ``thread_id`` set.
    """
    return views_of(Corpus(articles, aggregator, min_confidence))


def views_of(corpus: Corpus) -> dict[str, list[dict[str, Any]]]:
    """``{view name: rows}`` for each view of :data:`REGISTRY`, read off ``corpus``."""
    return {name: view.compute(corpus) for name, view in REGISTRY.items()}
