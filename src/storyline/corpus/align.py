"""Who backs whom: a signed graph of relations between actors, with evidence.

Every asserted (or announced, ``future``) event links each of its source
actors to each of its target actors, in the direction it was told ("Pence
promised Guaidó full support" is Pence to Guaidó, for a symmetric type too),
with the event's PLOVER type as the relation: cooperative types (SUPPORT,
AGREE, AID, ...) weigh +1, conflictual ones (ACCUSE, SANCTION, THREATEN, ...)
-1. Edges are grouped by (source, target, relation); ``weight`` counts the
distinct events behind an edge and ``evidence`` keeps one sentence per
reporting article. :func:`camps` finds who stands with whom in the signed graph
(networkx).

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

from .aggregate import IN_PROCESS, Aggregator
from .articles import sign_of

#: Statuses that count as something an actor did or committed to.
COUNTED_STATUSES = frozenset({"asserted", "future"})


def event_edges(event: dict[str, Any], _context: Any = None) -> list[tuple[str, dict[str, Any]]]:
    """The signed edges one event gives (none unless it is counted and signed), each
    keyed by (source, target, relation) with the event's evidence."""
    sign = sign_of(event.get("type") or "")
    if not sign or event.get("status") not in COUNTED_STATUSES:
        return []
    names = dict(zip(event["source"], event["source_names"], strict=False))
    names.update(zip(event["target"], event["target_names"], strict=False))
    evidence = [{"event_id": event["event_id"], "article_key": m["article_key"],
                 "sentence": m.get("sentence") or ""} for m in event.get("mentions") or []]
    return [
        (repr((a, b, event["type"])),
         {"a": a, "b": b, "relation": event["type"], "sign": sign, "event_id": event["event_id"],
          "a_name": names.get(a), "b_name": names.get(b), "evidence": evidence})
        for a in event["source"] for b in event["target"] if a != b
    ]


def edge_rows(edges: list[dict[str, Any]], _context: Any = None) -> list[dict[str, Any]]:
    """The alliance row of the edges of one (source, target, relation), in event order."""
    first = edges[0]
    evidence: dict[tuple[str, str], dict[str, Any]] = {}
    for edge in edges:
        for item in edge["evidence"]:
            evidence.setdefault((item["event_id"], item["article_key"]), dict(item))
    return [{
        "a": first["a"],
        "b": first["b"],
        "a_name": next((e["a_name"] for e in reversed(edges) if e["a_name"]), first["a"]),
        "b_name": next((e["b_name"] for e in reversed(edges) if e["b_name"]), first["b"]),
        "relation": first["relation"],
        "sign": first["sign"],
        "weight": len({e["event_id"] for e in edges}),
        "evidence": [evidence[k] for k in sorted(evidence)],
    }]


def alliances(events: Iterable[dict[str, Any]], aggregator: Aggregator = IN_PROCESS
              ) -> list[dict[str, Any]]:
    """The ``alliances`` view from the ``events`` view: a group-by of
    :func:`event_edges` into :func:`edge_rows`, run by ``aggregator``.

    Args:
        events: event rows of :func:`storyline.corpus.dedup.cluster_events`.
        aggregator: where the per-event and per-edge work runs.

    Returns:
        alliance rows (docs/CORPUS.md), heaviest first, then by actor ids and relation.
    """
    rows = aggregator.group(list(events), event_edges, edge_rows, None)
    return sorted(rows, key=lambda r: (-r["weight"], r["a"], r["b"], r["relation"]))


def camps(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Who stands with whom: the camps of the signed alliance graph.

    Each pair of actors gets the net sign of its relations (cooperative minus conflictual
    events, both directions); the pairs with a positive balance form a weighted graph
    whose communities (networkx's greedy modularity) are the camps, then any member with
    a negative balance towards its own camp's others is left out of it. Each camp is
    named by its member with the most positive ties (ties: the smallest id).

    Returns:
        ``{actor_id: camp}`` (the id of the camp's central member) for every actor with at
        least one positive tie.

    >>> rows = [{"a": "RUS", "b": "maduro", "sign": 1, "weight": 3},
    ...         {"a": "CUB", "b": "maduro", "sign": 1, "weight": 2},
    ...         {"a": "USA", "b": "guaido", "sign": 1, "weight": 3},
    ...         {"a": "USA", "b": "maduro", "sign": -1, "weight": 4}]
    >>> sorted(camps(rows).items())
    [('CUB', 'maduro'), ('RUS', 'maduro'), ('USA', 'USA'), ('guaido', 'USA'), ('maduro', 'maduro')]
    """
    import networkx as nx

    balance: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        if r["a"] != r["b"]:
            balance[(min(r["a"], r["b"]), max(r["a"], r["b"]))] += r["sign"] * r["weight"]
    graph = nx.Graph()
    graph.add_weighted_edges_from(sorted((a, b, w) for (a, b), w in balance.items() if w > 0))
    if not graph:
        return {}
    out = {}
    for members in nx.community.greedy_modularity_communities(graph, weight="weight"):
        kept = sorted(m for m in members if sum(
            balance.get((min(m, o), max(m, o)), 0) for o in members if o != m) >= 0)
        if not kept:
            continue
        centre = min(kept, key=lambda m: (-graph.degree(m, weight="weight"), m))
        out.update({m: centre for m in kept})
    return dict(sorted(out.items()))


def partners(rows: Iterable[dict[str, Any]], actor_ids: Iterable[str], sign: int = 1) -> set[str]:
    """Actors related to any of ``actor_ids`` with the given sign (``a`` side of ``b``).

    >>> partners([{"a": "RUS", "b": "VEN.GOV", "sign": 1}], {"VEN.GOV"})
    {'RUS'}
    """
    wanted = set(actor_ids)
    return {r["a"] for r in rows if r["b"] in wanted and r["sign"] == sign}
