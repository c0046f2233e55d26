"""Who backs whom: a signed graph of relations between actors, with evidence.

Every asserted (or announced, ``future``) event links each of its source
actors to each of its target actors with the event's PLOVER type as the
relation: cooperative types (SUPPORT, AGREE, AID, ...) weigh +1, conflictual
ones (ACCUSE, SANCTION, THREATEN, ...) -1. Edges are grouped by (source,
target, relation); ``weight`` counts the distinct events behind an edge and
``evidence`` keeps one sentence per reporting article.

>>> events = [{"event_id": "e1", "type": "SUPPORT", "status": "asserted",
...            "source": ["RUS"], "target": ["nicolas_maduro"],
...            "source_names": ["Russia"], "target_names": ["Nicolás Maduro"],
...            "mentions": [{"article_key": "k1", "sentence": "Russia backs Maduro."}]}]
>>> [(a["a"], a["b"], a["relation"], a["sign"], a["weight"]) for a in alliances(events)]
[('RUS', 'nicolas_maduro', 'SUPPORT', 1, 1)]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from .articles import sign_of

#: Statuses that count as something an actor did or committed to.
COUNTED_STATUSES = frozenset({"asserted", "future"})


def alliances(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``alliances`` view from the ``events`` view.

    Args:
        events: event rows of :func:`storyline.corpus.dedup.cluster_events`.

    Returns:
        alliance rows (docs/CORPUS.md), heaviest first, then by actor ids and relation.
    """
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    names: dict[str, str] = {}
    evidence: dict[tuple[str, str, str], dict[tuple[str, str], dict[str, Any]]] = defaultdict(dict)
    for event in events:
        sign = sign_of(event.get("type") or "")
        if not sign or event.get("status") not in COUNTED_STATUSES:
            continue
        names.update(zip(event["source"], event["source_names"], strict=False))
        names.update(zip(event["target"], event["target_names"], strict=False))
        for a in event["source"]:
            for b in event["target"]:
                if a == b:
                    continue
                key = (a, b, event["type"])
                edge = edges.setdefault(key, {"events": set(), "sign": sign})
                edge["events"].add(event["event_id"])
                for m in event.get("mentions") or []:
                    evidence[key].setdefault(
                        (event["event_id"], m["article_key"]),
                        {"event_id": event["event_id"], "article_key": m["article_key"],
                         "sentence": m.get("sentence") or ""},
                    )
    rows = [
        {
            "a": a,
            "b": b,
            "a_name": names.get(a, a),
            "b_name": names.get(b, b),
            "relation": relation,
            "sign": edge["sign"],
            "weight": len(edge["events"]),
            "evidence": [evidence[(a, b, relation)][k] for k in sorted(evidence[(a, b, relation)])],
        }
        for (a, b, relation), edge in edges.items()
    ]
    return sorted(rows, key=lambda r: (-r["weight"], r["a"], r["b"], r["relation"]))


def partners(rows: Iterable[dict[str, Any]], actor_ids: Iterable[str], sign: int = 1) -> set[str]:
    """Actors related to any of ``actor_ids`` with the given sign (``a`` side of ``b``).

    >>> partners([{"a": "RUS", "b": "VEN.GOV", "sign": 1}], {"VEN.GOV"})
    {'RUS'}
    """
    wanted = set(actor_ids)
    return {r["a"] for r in rows if r["b"] in wanted and r["sign"] == sign}
