"""Where outlets contradict each other about the same event.

Three kinds of disagreement between *different* outlets are flagged:

1. one event reported as happening (asserted, or announced) by one outlet and
   as not happening (negated) by another: "the talks are continuing" against
   "the talks did not resume";
2. two events between the same actors (in the same direction, unless one type
   is symmetric like AGREE), at compatible dates, whose types cannot both hold
   (data/plover.tsv, ``contradicts``): "the opposition agreed to
   the plan" against "the opposition rejected the plan";
3. talks reported as ended by one outlet and as going on by another, though the
   two reports are different events, one often naming no parties ("the talks
   collapsed" against "talks between the government and the opposition are
   continuing"): :mod:`storyline.corpus.negotiation_status`;
4. one event told with different figures: "20 people were killed" against "35
   people were killed" (an exact number for the same thing; "at least 20" and
   "more than 30" are bounds, not figures, and never conflict; a figure that grows
   in a report published later is an update, a toll still being counted: 30 killed
   told on Wednesday, 33 on Thursday);
5. one event placed in different countries by two outlets ("in Caracas" against
   "in Bogotá");
6. the same act between the same actors given different days by two outlets
   whose reports are published close together ("met on Monday" against "met on
   Tuesday"), at most :data:`MAX_DAY_GAP` days apart.

Two reports can only disagree when they tell the same act: of the same time
(:func:`~storyline.corpus.dedup.same_time`: compatible text dates, or reports
published close together; stories far apart in time never contradict each
other), of one story (:func:`~storyline.corpus.dedup.one_story`: articles of
one thread, or close in time when one is in no thread; never two threads) and
in alike words (:func:`~storyline.corpus.evidence.similarity` at least
:data:`SIMILARITY`): "China rejects the claims" and "China insists it is
committed to peace" are two stories, not one told two ways. Events are grouped
by their set of participants first, so the pairwise
check stays within small groups.

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

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from ..ontology import flagged, incompatible
from ..stages.events.dates import MONTHS
from .aggregate import IN_PROCESS, Aggregator
from .articles import relations
from .dedup import REPORT_WINDOW_DAYS, one_story, same_time
from .evidence import is_year, similarity
from .negotiation_status import negotiation_conflicts
from .timeline import summary


def _side(status: str | None) -> str:
    return relations()["status_groups"].get(status or "asserted", "other")


def _evidence(mentions: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for m in mentions:
        seen.setdefault(m["article_key"], {"article_key": m["article_key"], "outlet": m["outlet"],
                                           "sentence": m.get("sentence") or ""})
    return [seen[k] for k in sorted(seen)]


#: Two day dates of one act further apart than this are two acts, not a disagreement.
MAX_DAY_GAP = 3
#: Reports of two events (or of one event's two sides) tell one act told two ways only when
#: a pair of them from different articles is this alike: the merge standard across event
#: keys when contradictions were set on the training VOA threads (the merge asks more since).
SIMILARITY = 0.35

#: An exact figure and the word it counts: "20 people", "1,500 troops", "$300 million".
_FIGURE = re.compile(r"(?<![\w$.,])(?P<lead>\w+\s+)?(?P<num>\$?\d[\d,]*(?:\.\d+)?)"
                     r"(?:\s+(?P<scale>million|billion|thousand))?(?=\s+(?P<noun>[a-z]+))", re.I)


#: Words after a number that are no thing counted.
_NOT_COUNTED = frozenset({"percent", "per", "years", "and", "or", "to", *MONTHS,
                          *(m[:3] for m in MONTHS)})


def _alike(these: Iterable[dict[str, Any]], those: Iterable[dict[str, Any]]) -> bool:
    """Whether a report among ``these`` and one among ``those``, from different articles,
    tell an act in alike words."""
    those = list(those)
    return any(a["article_key"] != b["article_key"]
               and similarity(a.get("sentence") or "", b.get("sentence") or "")
               >= SIMILARITY for a in these for b in those)


def _when(event: dict[str, Any]) -> dict[str, Any]:
    text_dated = event.get("date_precision") not in (None, "reported")
    return {"date": event.get("date") if text_dated else None,
            "date_precision": event.get("date_precision"), "published": event.get("first_report")}


def figures(sentence: str) -> dict[str, str]:
    """The exact figures of a sentence by the word they count (bounds and approximations
    left out: "at least 20", "about 300").

    >>> figures("At least 20 people were killed and 35 soldiers wounded.")
    {'soldiers': '35'}
    >>> figures("The US froze $300 million in assets.")
    {'$': '$300 million'}
    """
    found: dict[str, str] = {}
    for m in _FIGURE.finditer(sentence):
        lead = (m["lead"] or "").strip().lower()
        ranged = lead in ("and", "or", "to") and sentence[: m.start()].rstrip()[-1:].isdigit()
        if ranged or lead in relations()["approximate_words"] \
                or is_year(m["num"]):
            continue
        figure = m["num"] + (f" {m['scale'].lower()}" if m["scale"] else "")
        noun = "$" if m["num"].startswith("$") else m["noun"].lower()
        if noun in relations()["approximate_words"] or noun in _NOT_COUNTED:
            continue
        found.setdefault(noun, figure)
    return found


def amount(figure: str) -> float:
    """The number a figure says.

    >>> amount("1,250"), amount("$300 million")
    (1250.0, 300000000.0)
    """
    number, _, scale = figure.lstrip("$").partition(" ")
    return float(number.replace(",", "")) * _SCALES.get(scale, 1)


_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def _update(a: tuple[str, dict[str, Any]], b: tuple[str, dict[str, Any]]) -> bool:
    """Whether two reports' figures are a count growing from report to report: the later
    published one gives the larger figure."""
    (fa, ma), (fb, mb) = sorted((a, b), key=lambda x: x[1].get("published") or "")
    return (ma.get("published") or "") < (mb.get("published") or "") \
        and amount(fa) < amount(fb)


def _disagree(these: tuple[str, list[dict[str, Any]]], those: tuple[str, list[dict[str, Any]]]
              ) -> bool:
    """Whether a report giving one figure and one giving another, from different articles,
    tell an act in alike words and are no update of one another (:func:`_update`)."""
    return any(_alike([a], [b]) and not _update((these[0], a), (those[0], b))
               for a in these[1] for b in those[1])


def _figure_conflicts(event: dict[str, Any]) -> dict[str, Any] | None:
    said: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for m in event.get("mentions") or []:
        for noun, figure in figures(m.get("sentence") or "").items():
            said[noun][figure].append(m)
    for noun in sorted(said):
        by_figure = said[noun]
        outlets = {f: {m["outlet"] for m in ms} for f, ms in by_figure.items()}
        if len(by_figure) < 2 or len(set().union(*outlets.values())) < 2 or not any(
                _disagree((f, by_figure[f]), (g, by_figure[g]))
                for f, g in itertools.combinations(sorted(by_figure), 2)):
            continue
        parts = "; ".join(f"{', '.join(sorted(o))} say {f} {noun}"
                          for f, o in sorted(outlets.items()))
        return {
            "event_ids": [event["event_id"]],
            "outlets": sorted(set().union(*outlets.values())),
            "description": f"different figures for {summary(event)}: {parts}",
            "evidence": _evidence([m for ms in by_figure.values() for m in ms]),
        }
    return None


def _place_conflicts(event: dict[str, Any]) -> dict[str, Any] | None:
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in event.get("mentions") or []:
        place = m.get("place") or {}
        if place.get("country"):
            by_country[place["country"]].append(m)
    outlets = {c: {m["outlet"] for m in ms} for c, ms in by_country.items()}
    pairs = [(a, b) for a, b in itertools.combinations(sorted(by_country), 2)
             if outlets[a] != outlets[b] and _alike(by_country[a], by_country[b])]
    if not pairs:
        return None
    places = "; ".join(f"{', '.join(sorted(outlets[c]))} place it in "
                       f"{by_country[c][0]['place'].get('name') or c}" for c in sorted(by_country))
    return {
        "event_ids": [event["event_id"]],
        "outlets": sorted(set().union(*outlets.values())),
        "description": f"different places for {summary(event)}: {places}",
        "evidence": _evidence([m for ms in by_country.values() for m in ms]),
    }


def _day_conflict(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any] | None:
    symmetric = a.get("type") in flagged("symmetric")
    if a.get("type") != b.get("type") or (a["source"], a["target"]) != (b["source"], b["target"]) \
            and not (symmetric and sorted([a["source"], a["target"]])
                     == sorted([b["source"], b["target"]])):
        return None
    if a.get("date_precision") != "day" or b.get("date_precision") != "day":
        return None
    gap = abs((date.fromisoformat(a["date"]) - date.fromisoformat(b["date"])).days)
    if not 0 < gap <= MAX_DAY_GAP or not a.get("first_report") or not b.get("first_report"):
        return None
    reported = abs((date.fromisoformat(a["first_report"])
                    - date.fromisoformat(b["first_report"])).days)
    oa = {m["outlet"] for m in a.get("mentions") or []}
    ob = {m["outlet"] for m in b.get("mentions") or []}
    if reported > REPORT_WINDOW_DAYS or oa & ob or not _alike(a["mentions"], b["mentions"]):
        return None
    return _pair(a, b, oa, ob, f"{', '.join(sorted(oa))} date {summary(a)} {a['date']}; "
                               f"{', '.join(sorted(ob))} date it {b['date']}")


def _status_conflicts(event: dict[str, Any]) -> dict[str, Any] | None:
    by_side: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in event.get("mentions") or []:
        by_side[_side(m.get("status"))].append(m)
    yes, no = by_side.get("affirmed", []), by_side.get("denied", [])
    yes_outlets, no_outlets = {m["outlet"] for m in yes}, {m["outlet"] for m in no}
    if not yes or not no or (yes_outlets == no_outlets and len(yes_outlets) == 1) \
            or not _alike(yes, no):
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
    if frozenset({a.get("type"), b.get("type")}) not in incompatible():
        return None
    symmetric = any(e.get("type") in flagged("symmetric") for e in (a, b))
    if (a["source"], a["target"]) != (b["source"], b["target"]) and not (
            symmetric and {*a["source"], *a["target"]} == {*b["source"], *b["target"]}):
        return None
    if _side(a.get("status")) != "affirmed" or _side(b.get("status")) != "affirmed":
        return None
    if not same_time(_when(a), _when(b)) or not _alike(a.get("mentions") or [],
                                                        b.get("mentions") or []):
        return None
    oa = {m["outlet"] for m in a.get("mentions") or []}
    ob = {m["outlet"] for m in b.get("mentions") or []}
    if not oa or not ob or (oa == ob and len(oa) == 1):
        return None
    return _pair(a, b, oa, ob, f"{', '.join(sorted(oa))} report that {summary(a)}; "
                               f"{', '.join(sorted(ob))} report that {summary(b)}")


def _pair(a: dict[str, Any], b: dict[str, Any], oa: set[str], ob: set[str],
          description: str) -> dict[str, Any]:
    """A contradiction between events ``a`` and ``b``, told by outlets ``oa`` and ``ob``."""
    return {
        "event_ids": sorted([a["event_id"], b["event_id"]]),
        "outlets": sorted(oa | ob),
        "description": description,
        "evidence": _evidence([*(a.get("mentions") or []), *(b.get("mentions") or [])]),
    }


def actor_groups(event: dict[str, Any], _context: Any = None) -> list[tuple[str, dict[str, Any]]]:
    """An event keyed by its set of participants (by itself when it has none)."""
    actors = sorted({*(event.get("source") or []), *(event.get("target") or [])})
    return [(repr(actors) if actors else f"event {event['event_id']}", event)]


def _one_story(a: dict[str, Any], b: dict[str, Any], thread_of: Mapping[str, str] | None
               ) -> bool:
    """Whether every report of event ``a`` and every report of ``b`` are of one story
    (:func:`~storyline.corpus.dedup.one_story`: one article, one thread, or close in time
    when one is in no thread; any, when ``thread_of`` is None)."""
    if thread_of is None:
        return True
    stories = [{(m["article_key"], thread_of.get(m["article_key"]), m.get("published"))
                for m in e.get("mentions") or []} for e in (a, b)]
    return all(one_story(x, y) for x in stories[0] for y in stories[1])


def group_conflicts(events: list[dict[str, Any]], thread_of: Mapping[str, str] | None = None
                    ) -> list[dict[str, Any]]:
    """The contradictions within the events of one set of participants: each event's
    status and figure conflicts, then the type and day conflicts of each pair of events of
    one story (``thread_of``: each threaded article's thread id)."""
    rows = [found for event in events
            for check in (_status_conflicts, _figure_conflicts, _place_conflicts)
            if (found := check(event))]
    for i, a in enumerate(events):
        for b in events[i + 1 :]:
            if _one_story(a, b, thread_of):
                rows.extend(found for check in (_type_conflict, _day_conflict)
                            if (found := check(a, b)))
    return rows


def contradictions(events: Iterable[dict[str, Any]], aggregator: Aggregator = IN_PROCESS,
                   thread_of: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """The ``contradictions`` view from the ``events`` view: events grouped by
    participants (:func:`actor_groups`), :func:`group_conflicts` per group, then the
    disagreements on whether talks go on
    (:func:`~storyline.corpus.negotiation_status.negotiation_conflicts`), both run by
    ``aggregator``.

    Args:
        events: event rows of :func:`storyline.corpus.dedup.cluster_events`.
        aggregator: where the per-group work runs.
        thread_of: each threaded article's thread id: two events are told differently
            only by articles of one story (None: threads unknown, no such limit).

    Returns:
        contradiction rows (docs/CORPUS.md), sorted by their event ids.
    """
    events = list(events)
    rows = aggregator.group(events, actor_groups, group_conflicts,
                            None if thread_of is None else dict(thread_of))
    rows += negotiation_conflicts(events, aggregator)
    return sorted(rows, key=lambda r: (r["event_ids"], r["outlets"]))
