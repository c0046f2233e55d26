"""The ``quotes`` view: every attributed quote of the corpus, speakers resolved.

>>> from storyline.corpus.registry import build
>>> art = {"article_key": "k", "outlet": "DW", "quotes": [
...     {"speaker": {"id": "ine_soreide", "name": "Ine Eriksen Søreide", "kind": "person"},
...      "speaker_text": "Søreide", "cue": "told", "text": "We support new elections",
...      "kind": "direct", "start": 10, "end": 34}]}
>>> [(q["speaker_id"], q["outlet"]) for q in quotes([art], build([art]))]
[('ine_soreide', 'DW')]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .aggregate import IN_PROCESS, Aggregator
from .articles import Article, expand, key_of, outlet_of
from .registry import Registry


def article_quotes(article: Article, context: tuple[Registry, frozenset[str]]
                   ) -> list[dict[str, Any]]:
    """The quote rows of one article, none for a near-duplicate. ``context`` is
    (registry, duplicate keys)."""
    registry, skip = context
    akey = key_of(article)
    if akey in skip:
        return []
    rows = []
    for q in article.get("quotes") or []:
        speaker = expand(article, q["speaker"]) if q.get("speaker") else None
        speaker_id = registry.resolve(speaker) if speaker else None
        rows.append({
            "article_key": akey,
            "outlet": outlet_of(article),
            "speaker_id": speaker_id,
            "speaker_name": registry.name(speaker_id) if speaker_id else None,
            "speaker_text": q.get("speaker_text"),
            "cue": q.get("cue"),
            "text": q.get("text") or "",
            "kind": q.get("kind"),
            "start": q.get("start"),
            "end": q.get("end"),
        })
    return rows


def quotes(
    articles: Iterable[Article], registry: Registry, duplicates: Iterable[str] = (),
    aggregator: Aggregator = IN_PROCESS,
) -> list[dict[str, Any]]:
    """Quote rows (docs/CORPUS.md) of the non-duplicate articles, by article then offset;
    :func:`article_quotes` per article, run by ``aggregator``."""
    rows = aggregator.flat_map(list(articles), article_quotes, (registry, frozenset(duplicates)))
    return sorted(rows, key=lambda r: (r["article_key"], r["start"] or 0, r["end"] or 0))
