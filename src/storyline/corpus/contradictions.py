"""Where outlets contradict each other about the same event.

Three kinds of disagreement between *different* outlets are flagged:

1. one event reported as happening (asserted, or announced) by one outlet and
   as not happening (negated) by another: "the talks are continuing" against
   "the talks did not resume";
2. two events between the same actors (in the same direction, unless one type
   is symmetric like AGREE), at compatible dates, whose types cannot both hold
   (data/corpus_relations.json, ``incompatible``): "the opposition agreed to
   the plan" against "the opposition rejected the plan";
3. talks reported as ended by one outlet and as going on by another, though the
   two reports are different events, one often naming no parties ("the talks
   collapsed" against "talks between the government and the opposition are
   continuing"): :mod:`storyline.corpus.negotiation_status`.

Events are grouped by their set of participants first, so the pairwise check
stays within small groups.

>>> ev = {"event_id": "e1", "type": "CONSULT", "source_names": ["Government"],
...       "target_names": ["Opposition"], "source": ["G"], "target": ["O"],
...       "mentions": [
...         {"article_key": "a", "outlet": "RT", "status": "asserted", "sentence": "Talks go on."},
...         {"article_key": "b", "outlet": "VOA", "status": "negated",
...          "sentence": "Talks did not resume."}]}
>>> [(c["event_ids"], c["outlets"]) for c in contradictions([ev])]
[(['e1'], ['RT', 'VOA'])]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from .aggregate import IN_PROCESS, Aggregator
from .articles import relations
from .dedup import compatible_dates
from .negotiation_status import negotiation_conflicts
from .timeline import summary


@cache
def _incompatible() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(pair) for pair in relations()["incompatible"])


def _side(status: str | None) -> str:
    return relations()["status_groups"].get(status or "asserted", "other")


def _evidence(mentions: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for m in mentions:
        seen.setdefault(m["article_key"], {"article_key": m["article_key"], "outlet": m["outlet"],
                                           "sentence": m.get("sentence") or ""})
    return [seen[k] for k in sorted(seen)]


def _status_conflicts(event: dict[str, Any]) -> dict[str, Any] | None:
    by_side: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in event.get("mentions") or []:
        by_side[_side(m.get("status"))].append(m)
    yes, no = by_side.get("affirmed", []), by_side.get("denied", [])
    yes_outlets, no_outlets = {m["outlet"] for m in yes}, {m["outlet"] for m in no}
    if not yes or not no or (yes_outlets == no_outlets and len(yes_outlets) == 1):
        return None
    what = summary({**event, "status": "asserted"})
    return {
        "event_ids": [event["event_id"]],
        "outlets": sorted(yes_outlets | no_outlets),
        "description": f"{', '.join(sorted(yes_outlets))} report that {what}; "
                       f"{', '.join(sorted(no_outlets))} report that it did not happen",
        "evidence": _evidence(yes + no),
    }


def _type_conflict(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any] | None:
    if frozenset({a.get("type"), b.get("type")}) not in _incompatible():
        return None
    symmetric = any(relations()["types"].get(e.get("type"), {}).get("symmetric") for e in (a, b))
    if not symmetric and (a["source"], a["target"]) != (b["source"], b["target"]):
        return None
    if _side(a.get("status")) != "affirmed" or _side(b.get("status")) != "affirmed":
        return None
    if not compatible_dates(a.get("date"), a.get("date_precision"),
                            b.get("date"), b.get("date_precision")):
        return None
    oa = {m["outlet"] for m in a.get("mentions") or []}
    ob = {m["outlet"] for m in b.get("mentions") or []}
    if not oa or not ob or (oa == ob and len(oa) == 1):
        return None
    return {
        "event_ids": sorted([a["event_id"], b["event_id"]]),
        "outlets": sorted(oa | ob),
        "description": f"{', '.join(sorted(oa))} report that {summary(a)}; "
                       f"{', '.join(sorted(ob))} report that {summary(b)}",
        "evidence": _evidence([*(a.get("mentions") or []), *(b.get("mentions") or [])]),
    }


def actor_groups(event: dict[str, Any], _context: Any = None) -> list[tuple[str, dict[str, Any]]]:
    """An event keyed by its set of participants (by itself when it has none)."""
    actors = sorted({*(event.get("source") or []), *(event.get("target") or [])})
    return [(repr(actors) if actors else f"event {event['event_id']}", event)]


def group_conflicts(events: list[dict[str, Any]], _context: Any = None) -> list[dict[str, Any]]:
    """The contradictions within the events of one set of participants: each event's
    status conflict, then the type conflicts of each pair."""
    rows = [found for event in events if (found := _status_conflicts(event))]
    for i, a in enumerate(events):
        for b in events[i + 1 :]:
            found = _type_conflict(a, b)
            if found:
                rows.append(found)
    return rows


def contradictions(events: Iterable[dict[str, Any]], aggregator: Aggregator = IN_PROCESS
                   ) -> list[dict[str, Any]]:
    """The ``contradictions`` view from the ``events`` view: events grouped by
    participants (:func:`actor_groups`), :func:`group_conflicts` per group, then the
    disagreements on whether talks go on
    (:func:`~storyline.corpus.negotiation_status.negotiation_conflicts`), both run by
    ``aggregator``.

    Args:
        events: event rows of :func:`storyline.corpus.dedup.cluster_events`.
        aggregator: where the per-group work runs.

    Returns:
        contradiction rows (docs/CORPUS.md), sorted by their event ids.
    """
    events = list(events)
    rows = aggregator.group(events, actor_groups, group_conflicts, None)
    rows += negotiation_conflicts(events, aggregator)
    return sorted(rows, key=lambda r: (r["event_ids"], r["outlets"]))
