"""The story in order: one line per event, by event date, undated events last.

Each line says who did what to whom in words ("Russia supports Nicolás
Maduro"), names the outlets that reported it, how often, and when it was first
reported (``reported``). Events on the same date keep a stable order (coarser
dates after exact ones, then by first report, most reported first, then id);
undated events come last, in the order they were first reported.

>>> rows = timeline([
...     {"event_id": "e2", "type": "SANCTION", "date": None, "date_precision": None,
...      "source_names": ["United States"], "target_names": ["Venezuela"],
...      "num_mentions": 1, "mentions": [{"outlet": "VOA"}]},
...     {"event_id": "e1", "type": "SUPPORT", "date": "2019-01-24", "date_precision": "day",
...      "source_names": ["Russia"], "target_names": ["Nicolás Maduro"],
...      "num_mentions": 2, "mentions": [{"outlet": "RT"}, {"outlet": "DW"}]}])
>>> [(r["date"], r["summary"], r["outlets"]) for r in rows][0]
('2019-01-24', 'Russia supports Nicolás Maduro', ['DW', 'RT'])
>>> rows[1]["summary"]
'United States sanctions Venezuela'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..language import stopwords
from ..ontology import type_table
from .articles import PRECISION_RANK


def _names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def when(event: Mapping[str, Any]) -> str | None:
    """An event's date as precise as it is known: a year alone, a month, or a day.

    >>> when({"date": "2004-01-01", "date_precision": "year"}), when({"date": "2019-05-04"})
    ('2004', '2019-05-04')
    """
    day = event.get("date")
    if not day:
        return None
    return str(day)[:{"year": 4, "month": 7}.get(str(event.get("date_precision")), 10)]


def summary(event: dict[str, Any]) -> str:
    """A one-line description of an event row.

    >>> summary({"type": "ACCUSE", "status": "negated", "source_names": ["Cuba"],
    ...          "target_names": []})
    'Cuba accuses (denied)'
    >>> summary({"type": "REQUEST", "source_names": ["Guaido"], "target_names": []})
    'Guaido makes demands'
    """
    etype = event.get("type") or "?"
    info = type_table().get(etype)
    verb = (info.verb if info else etype.lower()).split()
    if not event.get("target_names") and len(verb) > 1 and verb[-1] in stopwords("en"):
        verb = verb[:-1]  # no target: "makes demands", not "makes demands of"
    parts = [_names(event.get("source_names") or []) or "someone", " ".join(verb)]
    if event.get("target_names"):
        parts.append(_names(event["target_names"]))
    status = event.get("status")
    if status and status != "asserted":
        parts.append({"negated": "(denied)"}.get(status, f"({status})"))
    return " ".join(parts)


def timeline(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``timeline`` view from the ``events`` view, sorted by event date.

    Args:
        events: event rows of :func:`storyline.corpus.dedup.cluster_events`.
    """
    rows = [
        {
            "date": e.get("date"),
            "date_precision": e.get("date_precision"),
            "date_from": e.get("date_from"),
            "event_id": e["event_id"],
            "type": e.get("type"),
            "summary": summary(e),
            "outlets": sorted({m["outlet"] for m in e.get("mentions") or []}),
            "num_mentions": e.get("num_mentions", 0),
            "confidence": e.get("confidence"),
            "shown_reason": e.get("shown_reason"),
            "reported": e.get("first_report"),
        }
        for e in events
    ]
    return sorted(rows, key=lambda r: (
        r["date"] is None, r["date"] or "", PRECISION_RANK.get(r["date_precision"] or "day", 0),
        r["reported"] is None, r["reported"] or "", -r["num_mentions"], r["event_id"]))
