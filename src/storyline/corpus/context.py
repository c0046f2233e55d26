"""The steps the corpus views share, each run once, when a view first needs it.

A view of the registry (:mod:`storyline.corpus.views`) computes its rows from a
:class:`Corpus`: the articles dated and sorted, their near-duplicates, the actor
registry, the events (and those shown), the quotes, the threads, the alliances.
Which steps run, and in which order, follows from what the views ask for.

>>> corpus = Corpus([{"article_key": "k1", "outlet": "DW", "published": "2019-05-05",
...                   "body": "Talks.", "actors": [], "events": [], "quotes": []}])
>>> corpus.duplicates, corpus.events
({}, [])
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import Any

from . import align, corroboration, dating, dedup, outlets, quotes, registry, threads
from .aggregate import IN_PROCESS, Aggregator
from .articles import Article, key_of, outlet_of
from .evidence import Rarity
from .merge_settings import DEFAULT_MERGE, MergeSettings
from .registry import Registry


class Corpus:
    """The analysed articles of a store and the steps shared by its views.

    Args:
        articles: ``analyze`` article dicts, each with its ``article_key`` (store key).
        aggregator: where the per-article and per-group work of the heavy steps runs.
        min_confidence: events whose best mention is less confident are not ``shown``,
            unless several outlets tell them (:mod:`~storyline.corpus.corroboration`).
        merge: when reports from different articles tell one act.
    """

    def __init__(self, articles: Iterable[Article], aggregator: Aggregator = IN_PROCESS,
                 min_confidence: float = 0.0, merge: MergeSettings = DEFAULT_MERGE) -> None:
        self.aggregator = aggregator
        self.min_confidence = min_confidence
        self.merge = merge
        self.articles = dating.with_inferred_dates(
            outlets.with_inferred_outlets(sorted(articles, key=key_of)))

    @cached_property
    def duplicates(self) -> dict[str, str]:
        """``{article_key: the article it duplicates}``."""
        return dedup.duplicates(self.articles)

    @cached_property
    def originals(self) -> list[Article]:
        """The articles that duplicate no other."""
        return [a for a in self.articles if key_of(a) not in self.duplicates]

    @cached_property
    def registry(self) -> Registry:
        """The actors merged across articles."""
        return registry.build(self.articles, self.duplicates)

    @cached_property
    def names(self) -> dict[str, str]:
        """The display name of each actor id."""
        return {a["actor_id"]: a["name"] for a in self.registry.actors}

    @cached_property
    def events(self) -> list[dict[str, Any]]:
        """Every event once, each marked ``shown`` when confident enough or told by several
        outlets (:mod:`~storyline.corpus.corroboration`, the reason in ``shown_reason``)."""
        events = dedup.cluster_events(self.articles, self.registry, self.duplicates,
                                      self.aggregator, self.thread_of, self.merge,
                                      self.rarity)
        for e in events:
            e["shown"], e["shown_reason"] = corroboration.shown(e, self.min_confidence)
        return events

    @cached_property
    def rarity(self) -> Rarity:
        """How rare each word is in the articles that duplicate no other (the merge's
        weights; the same under any merge settings)."""
        return Rarity.of(a.get("body") or "" for a in self.originals)

    def recluster(self, merge: MergeSettings) -> None:
        """Merge the events again under other settings, forgetting the events and what is
        built on them (the merge settings' grid, :mod:`training.cross_outlet_merge`)."""
        self.merge = merge
        for name in ("events", "shown", "alliances"):
            self.__dict__.pop(name, None)

    @cached_property
    def shown(self) -> list[dict[str, Any]]:
        """The events the views built on events show."""
        return [e for e in self.events if e["shown"]]

    @cached_property
    def quotes(self) -> list[dict[str, Any]]:
        """The quotes with their resolved speakers."""
        return quotes.quotes(self.articles, self.registry, self.duplicates, self.aggregator)

    @cached_property
    def threads(self) -> list[dict[str, Any]]:
        """Stories about the same incident."""
        return threads.threads(self.articles, self.duplicates)

    @cached_property
    def thread_of(self) -> dict[str, str]:
        """``{article_key: its thread}``: reports join one event only within one story."""
        return {k: t["thread_id"] for t in self.threads for k in t["article_keys"]}

    @cached_property
    def article_rows(self) -> list[dict[str, Any]]:
        """The articles with their key, content hash, outlet, duplicate, thread and the
        corpus ids of their actors."""
        thread_of = self.thread_of
        rows = []
        for a in self.articles:
            key = key_of(a)
            actor_ids = sorted({self.registry.resolve(x) for x in a.get("actors") or []})
            rows.append({**a, "article_key": key, "content_hash": a.get("content_hash") or key,
                         "outlet": outlet_of(a), "duplicate_of": self.duplicates.get(key),
                         "thread_id": thread_of.get(key), "actor_ids": actor_ids})
        return rows

    @cached_property
    def alliances(self) -> list[dict[str, Any]]:
        """Who supports, recognises, sanctions or accuses whom (shown events)."""
        return align.alliances(self.shown, self.aggregator)
