"""Outlets that disagree on whether a negotiation has ended or goes on.

One outlet reports that the talks collapsed, another that they continue. The two
reports are usually coded as different events: "talks collapsed in Norway" is a
SANCTION (withdraw) often with no named party, "talks between the government and
the opposition are continuing" a CONSULT, "the government has not left the
negotiating table" a negated SANCTION. Each event mention is read for where the
talks stand (the ``negotiation`` table of data/corpus_relations.json):

- **ended**: an asserted SANCTION of an ending mode in a sentence naming talks;
- **going on**: the same negated, or an asserted CONSULT in a sentence naming
  talks with a continuation word not right after a modal or "to" ("talks are
  continuing", not "talks must continue").

A report names the parties of its event; when it names none ("the talks
collapsed"), the talks are those its article reports: the participants of the
article's asserted CONSULT mentions. An ended and a going-on report contradict
each other when they come from different outlets, share a participant, are not
the same event, have compatible event dates and were published at most
:data:`WINDOW_DAYS` apart (when both dates are known).

>>> def ev(eid, etype, mode, status, sentence, source, outlet):
...     return {"event_id": eid, "type": etype, "mode": mode, "date": None,
...             "source": source, "target": [], "source_names": source, "target_names": [],
...             "mentions": [{"article_key": eid, "outlet": outlet, "status": status,
...                           "sentence": sentence, "published": None}]}
>>> events = [ev("e1", "SANCTION", "withdraw", "asserted", "The talks collapsed.", ["GOV"], "A"),
...           ev("e2", "CONSULT", None, "asserted", "Talks are continuing.", ["GOV"], "B")]
>>> [(r["event_ids"], r["description"]) for r in negotiation_conflicts(events)]
[(['e1', 'e2'], 'A report that the talks involving GOV ended; B report that they go on')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

from .aggregate import IN_PROCESS, Aggregator
from .articles import day_of, relations, words
from .dedup import compatible_dates

#: Reports published further apart than this are about different moments of the talks.
WINDOW_DAYS = 7

ENDED, GOING_ON = "ended", "going on"


@cache
def _table() -> dict[str, frozenset[str]]:
    table = relations()["negotiation"]
    return {k: frozenset(v) for k, v in table.items() if not k.startswith("_")}


def stance(event: dict[str, Any], mention: dict[str, Any]) -> str | None:
    """Where the talks stand in one mention of an event: :data:`ENDED`, :data:`GOING_ON` or None.

    >>> talks = {"sentence": "Talks broke down.", "status": "asserted"}
    >>> stance({"type": "SANCTION", "mode": "withdraw"}, talks)
    'ended'
    >>> stance({"type": "SANCTION", "mode": "withdraw"}, {**talks, "status": "negated"})
    'going on'
    >>> stance({"type": "CONSULT", "mode": None}, talks) is None
    True
    >>> going = {"sentence": "Talks are continuing.", "status": "asserted"}
    >>> stance({"type": "CONSULT"}, going), stance({"type": "CONSULT"},
    ...     {**going, "sentence": "Talks must continue."})
    ('going on', None)
    """
    table = _table()
    said = words(mention.get("sentence") or "")
    status = mention.get("status") or "asserted"
    if not table["talk_words"] & set(said):
        return None
    if event.get("type") == "SANCTION" and event.get("mode") in table["ending_modes"]:
        return {"asserted": ENDED, "negated": GOING_ON}.get(status)
    going_on = any(w in table["continuing_words"] and (i == 0 or said[i - 1] not in
                                                       table["modal_words"])
                   for i, w in enumerate(said))
    return GOING_ON if event.get("type") == "CONSULT" and status == "asserted" and going_on \
        else None


def _names(event: dict[str, Any]) -> dict[str, str]:
    ids = [*(event.get("source") or []), *(event.get("target") or [])]
    names = [*(event.get("source_names") or []), *(event.get("target_names") or [])]
    return {i: names[n] if n < len(names) and names[n] else i for n, i in enumerate(ids)}


def article_talks(events: Iterable[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """The participants (id: name) of the talks each article reports: its asserted CONSULT
    mentions'."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for e in events:
        if e.get("type") != "CONSULT":
            continue
        for m in e.get("mentions") or []:
            if (m.get("status") or "asserted") == "asserted":
                found[m["article_key"]].update(_names(e))
    return {k: dict(sorted(v.items())) for k, v in sorted(found.items())}


def status_reports(event: dict[str, Any], talks: dict[str, dict[str, str]]
                   ) -> list[tuple[str, dict[str, Any]]]:
    """The mentions of ``event`` that say where the talks stand, keyed by each participant
    (the article's talks, :func:`article_talks`, for an event that names none)."""
    own = _names(event)
    pairs = []
    for m in event.get("mentions") or []:
        side = stance(event, m)
        names = own or talks.get(m["article_key"], {})
        participants = sorted(names)
        if not side or not participants:
            continue
        report = {"event_id": event["event_id"], "stance": side, "outlet": m["outlet"],
                  "article_key": m["article_key"], "sentence": m.get("sentence") or "",
                  "published": day_of(m.get("published")), "date": event.get("date"),
                  "date_precision": event.get("date_precision"),
                  "participants": participants, "names": names}
        pairs.extend((actor_id, report) for actor_id in participants)
    return pairs


def _days_apart(a: str | None, b: str | None) -> int:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) if a and b else 0


def _conflict(ended: dict[str, Any], going: dict[str, Any]) -> bool:
    return (ended["outlet"] != going["outlet"] and ended["event_id"] != going["event_id"]
            and compatible_dates(ended["date"], ended["date_precision"],
                                 going["date"], going["date_precision"])
            and _days_apart(ended["published"], going["published"]) <= WINDOW_DAYS)


def group_conflicts(reports: list[dict[str, Any]], _context: Any = None
                    ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The (ended, going-on) report pairs in conflict among the reports sharing a participant."""
    ended = [r for r in reports if r["stance"] == ENDED]
    going = [r for r in reports if r["stance"] == GOING_ON]
    return [(e, g) for e in ended for g in going if _conflict(e, g)]


def negotiation_conflicts(events: Iterable[dict[str, Any]], aggregator: Aggregator = IN_PROCESS
                          ) -> list[dict[str, Any]]:
    """Contradiction rows (docs/CORPUS.md) on whether talks ended or go on, one per pair of
    events, run by ``aggregator`` as a group-by of :func:`status_reports` by participant."""
    events = list(events)
    pairs = aggregator.group(events, status_reports, group_conflicts, article_talks(events))
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for e, g in pairs:
        row = merged.setdefault((e["event_id"], g["event_id"]), {
            "ended": set(), "going": set(), "shared": set(), "names": {}, "evidence": {}})
        row["ended"].add(e["outlet"])
        row["going"].add(g["outlet"])
        row["shared"].update(set(e["participants"]) & set(g["participants"]))
        row["names"].update({**e["names"], **g["names"]})
        for r in (e, g):
            row["evidence"].setdefault(r["article_key"], {
                "article_key": r["article_key"], "outlet": r["outlet"], "sentence": r["sentence"]})
    rows = []
    for (ended_id, going_id), row in sorted(merged.items()):
        talks = " and ".join(sorted(row["names"][a] for a in row["shared"]))
        rows.append({
            "event_ids": sorted([ended_id, going_id]),
            "outlets": sorted(row["ended"] | row["going"]),
            "description": f"{', '.join(sorted(row['ended']))} report that the talks involving "
                           f"{talks} ended; {', '.join(sorted(row['going']))} report that they "
                           "go on",
            "evidence": [row["evidence"][k] for k in sorted(row["evidence"])],
        })
    return rows
