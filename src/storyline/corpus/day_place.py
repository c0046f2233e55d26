"""Two reports of one act in different words: the same day and the same place.

Outlets retelling an act in their own words ("Militants attacked a passenger train" /
"blew up tracks ... and stormed it") share few words, but a report that dates its act to a
day and places it tells which act it is. Two events of one story, dated by their text to
the same day (both at day precision), placed in one place, of one type and with
compatible actors are one act however they are worded (:mod:`storyline.corpus.dedup`
applies the type, actors and story conditions).

An event's places are the places its reports' events are located in
(``location.name``), and the places named in its reports' sentences among those the
corpus' events are located in. A country is not a place here: a story about Pakistan
names Pakistan in most sentences, which tells its acts apart no better than the day does.

>>> rows = [{"date": "2025-03-11", "date_precision": "day", "date_from": "article",
...          "mentions": [{"sentence": "Gunmen stormed a hotel in Beledweyne.",
...                        "place": {"name": "Beledweyne"}}]},
...         {"date": "2025-03-11", "date_precision": "day", "date_from": "article",
...          "mentions": [{"sentence": "Five people died in the Beledweyne siege.",
...                        "place": None}]}]
>>> vocab = corpus_places(rows)
>>> sorted(vocab)
['beledweyne']
>>> same_day_and_place(rows[0], rows[1], vocab)
True
>>> same_day_and_place(rows[0], {**rows[1], "date": "2025-03-12"}, vocab)
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from ..stages.events.places import country_names
from ..world_places import place_key
from .articles import fold

#: Where a row's date must come from: the text of its reports (not the report date, not
#: a date the corpus gave an undated article).
TEXT_DATED = frozenset({"article"})


def _key(name: str | None) -> str | None:
    key = place_key(name) if name else ""
    return key if key and key not in _countries() else None


@cache
def _countries() -> frozenset[str]:
    """Names of countries in the gazetteer (folded as :func:`place_key` folds)."""
    return frozenset(place_key(n) for n in country_names())


def corpus_places(rows: Iterable[dict[str, Any]]) -> frozenset[str]:
    """The places (folded, no country) the events of ``rows`` are located in."""
    return frozenset(k for r in rows for m in r["mentions"]
                     if (k := _key((m.get("place") or {}).get("name"))))


def places_of(row: dict[str, Any], vocab: frozenset[str]) -> frozenset[str]:
    """The places of an event: its reports' locations and the ``vocab`` places their
    sentences name."""
    found = {k for m in row["mentions"] if (k := _key((m.get("place") or {}).get("name")))}
    for m in row["mentions"]:
        text = f" {fold(m.get('sentence') or '')} "
        found |= {p for p in vocab if re.search(rf"\b{re.escape(p)}\b", text)}
    return frozenset(found)


def text_day(row: dict[str, Any]) -> str | None:
    """The day an event's text dates it to, or None (no date, a coarser one, the report's)."""
    if row.get("date_precision") == "day" and row.get("date_from") in TEXT_DATED:
        return row.get("date")
    return None


def same_day_and_place(a: dict[str, Any], b: dict[str, Any], vocab: frozenset[str]) -> bool:
    """Whether two events are dated by their text to one day and share a place."""
    day = text_day(a)
    return day is not None and day == text_day(b) \
        and bool(places_of(a, vocab) & places_of(b, vocab))
