"""Corpus stages: one story across outlets.

:func:`compute` turns the analysed articles of a store into every corpus view
of docs/CORPUS.md. It is pure and deterministic: the same articles, in any
order, give the same views (sorted rows, ids derived from content).

Stages, each in its own module: ``dedup`` (near-duplicate articles and event
clustering), ``registry`` (actors merged across articles), ``quotes``,
``align`` (alliances), ``timeline``, ``compare`` (per outlet),
``contradictions``, ``threads`` (stories about the same incident) and ``attention``
(articles and mentions per day per outlet).

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

from . import (
    align,
    attention,
    compare,
    contradictions,
    dating,
    dedup,
    framing,
    outlets,
    quotes,
    registry,
    threads,
    timeline,
)
from .aggregate import IN_PROCESS, Aggregator
from .articles import Article, key_of, outlet_of

__all__ = ["VIEWS", "Aggregator", "compute"]

#: The names of the views :func:`compute` returns.
VIEWS = ("articles", "actors", "events", "quotes", "timeline", "alliances", "comparison",
         "contradictions", "threads", "attention")


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
            (timeline, alliances, comparison, contradictions).

    Returns:
        ``{view name: rows}`` for each name in :data:`VIEWS`, in the shapes of docs/CORPUS.md.
        Articles come back with ``article_key``, ``content_hash``, ``outlet`` (resolved; for
        an article without one, read from its credit line when it has one, with
        ``outlet_from: "text"`` and the reason in ``warnings``),
        ``duplicate_of`` and ``thread_id`` set.
    """
    arts = dating.with_inferred_dates(outlets.with_inferred_outlets(sorted(articles, key=key_of)))
    dups = dedup.duplicates(arts)
    reg = registry.build(arts, dups)
    thread_rows = threads.threads(arts, dups)
    thread_of = {k: t["thread_id"] for t in thread_rows for k in t["article_keys"]}
    events = dedup.cluster_events(arts, reg, dups, aggregator, thread_of)
    for e in events:
        e["shown"] = e["confidence"] >= min_confidence
    shown = [e for e in events if e["shown"]]
    quote_rows = quotes.quotes(arts, reg, dups, aggregator)
    originals = [a for a in arts if key_of(a) not in dups]
    names = {a["actor_id"]: a["name"] for a in reg.actors}
    article_rows = []
    for a in arts:
        key = key_of(a)
        article_rows.append({
            **a,
            "article_key": key,
            "content_hash": a.get("content_hash") or key,
            "outlet": outlet_of(a),
            "duplicate_of": dups.get(key),
            "thread_id": thread_of.get(key),
        })
    alliance_rows = align.alliances(shown, aggregator)
    camp_of = align.camps(alliance_rows)
    return {
        "articles": article_rows,
        "actors": [{**a, "camp": camp_of.get(a["actor_id"])} for a in reg.actors],
        "events": events,
        "quotes": quote_rows,
        "timeline": timeline.timeline(shown),
        "alliances": alliance_rows,
        "comparison": compare.compare(arts, reg.actors, shown, quote_rows, dups,
                                      framing.framing(originals, reg.resolve, names),
                                      framing.quoted_words(originals, reg.resolve)),
        "contradictions": contradictions.contradictions(shown, aggregator, thread_of),
        "threads": thread_rows,
        "attention": attention.attention(article_rows, shown, reg.resolve, names),
    }
