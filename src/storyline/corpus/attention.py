"""Attention over time: how much each outlet wrote, day by day, overall, per actor, per type.

The first view of a media-monitoring tool (Media Cloud's "attention over time"):
for each publication day and outlet, how many articles appeared and how many
mentions they made. Three scopes, one row each per (day, outlet, key):

- ``all``: every article of the day; ``mentions`` counts its event mentions;
- ``type``: articles reporting an event of PLOVER type ``key``; ``mentions`` counts
  those event mentions;
- ``actor``: articles naming corpus actor ``key``; ``mentions`` counts the times
  they name it.

Near-duplicate articles (``duplicate_of`` set) are counted once, as the events
view counts them; an article without a publication date is counted on the day
``None``. Events under ``min_confidence`` are not counted, unless several outlets
tell them (``compute`` passes the shown events only).

>>> arts = [{"article_key": "a", "outlet": "DW", "published": "2019-05-05T10:00",
...          "actors": [{"id": "RUS", "name": "Russia", "mentions": [1, 2]}]}]
>>> events = [{"type": "SUPPORT", "mentions": [{"article_key": "a"}]}]
>>> rows = attention(arts, events, lambda ref: ref["id"], {"RUS": "Russia"})
>>> [(r["scope"], r["key"], r["date"], r["articles"], r["mentions"]) for r in rows]
[('all', None, '2019-05-05', 1, 1), ('type', 'SUPPORT', '2019-05-05', 1, 1), \
('actor', 'RUS', '2019-05-05', 1, 2)]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .articles import day_of, key_of, outlet_of

#: Scopes in the order their rows come.
SCOPES = ("all", "type", "actor")


def attention(
    articles: Sequence[dict[str, Any]], events: Sequence[dict[str, Any]],
    resolve: Callable[[dict[str, Any]], str], names: Mapping[str, str],
) -> list[dict[str, Any]]:
    """The ``attention`` view rows.

    Args:
        articles: the articles (with ``article_key``, ``outlet``, ``published``, ``actors``
            and ``duplicate_of`` when known).
        events: the shown rows of the ``events`` view (each with its ``mentions``).
        resolve: the corpus actor id of an article's actor reference.
        names: display name of each corpus actor id.

    Returns:
        Rows ``{scope, key, name, date, outlet, articles, mentions}`` sorted by scope,
        key, date (undated last) and outlet.
    """
    kept = {key_of(a): a for a in articles if not a.get("duplicate_of")}
    where = {k: (day_of(a.get("published")), outlet_of(a)) for k, a in kept.items()}
    # (scope, key) -> (day, outlet) -> [article keys, mentions]
    counts: dict[tuple[str, str | None], dict[tuple[Any, str], list[Any]]] = defaultdict(
        lambda: defaultdict(lambda: [set(), 0]))

    def add(scope: str, key: str | None, article_key: str, n: int) -> None:
        cell = counts[(scope, key)][where[article_key]]
        cell[0].add(article_key)
        cell[1] += n

    event_mentions: Counter[str] = Counter()
    for event in events:
        for m in event.get("mentions") or []:
            article_key = str(m.get("article_key"))
            if article_key in kept:
                event_mentions[article_key] += 1
                add("type", str(event.get("type")), article_key, 1)
    for article_key, article in kept.items():
        add("all", None, article_key, event_mentions[article_key])
        for actor in article.get("actors") or []:
            add("actor", resolve(actor), article_key, max(1, len(actor.get("mentions") or [])))
    rows = []
    for (scope, key), cells in counts.items():
        for (day, outlet), (keys, n) in cells.items():
            rows.append({"scope": scope, "key": key,
                         "name": names.get(key, key) if scope == "actor" else key,
                         "date": day, "outlet": outlet, "articles": len(keys), "mentions": n})
    rows.sort(key=lambda r: (SCOPES.index(r["scope"]), r["key"] or "", r["date"] or "9999",
                             r["outlet"]))
    return rows
