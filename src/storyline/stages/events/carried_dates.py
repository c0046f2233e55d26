"""Dates an article gives once and its later sentences take for granted.

A report dates its main act in the lead ("Militants attacked a passenger train on
Tuesday") and tells the rest of it without a date ("The militants blew up tracks",
"Sixteen attackers were killed"). Read alone, those sentences have no date, and the
timeline puts them nowhere. An act told in the simple or the past perfect ("blew up",
"were killed", "had killed"), asserted, with no date words of its own, takes the day of
the nearest earlier act of the same type in the article that has one (a day, not after
the report). Background told in
other tenses ("the group frequently conducts bombings", "has carried out attacks") and
acts of another type keep no date: what they refer to is not that day.

>>> from storyline.analyze import analyze_text
>>> found = analyze_text("Militants attacked a train on Tuesday. The militants blew up "
...                      "the tracks. The group often attacks trains.",
...                      published="2025-03-12")["events"]
>>> [(e["sentence"][:9], e["date"]) for e in found if e["type"] == "ASSAULT"]
[('Militants', '2025-03-11'), ('The milit', '2025-03-11'), ('The group', None)]
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...model import Event


def _told_in_past(word: Any | None) -> bool:
    """Whether a trigger's first word is a verb in the simple or the past perfect, active
    ("blew up", "had killed") or passive ("were killed", "had been rescued")."""
    return word is not None and (word.tag_ == "VBD" or word.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in word.children))


def carry_dates(events: list[tuple[Event, Any | None]], published: str | None) -> list[Event]:
    """``events`` (in text order, each with the first word of its trigger) with each undated
    act told in the past dated as the nearest earlier act of its type that has a day (see
    the module docstring)."""
    out: list[Event] = []
    last_day: dict[str, Event] = {}
    for e, word in events:
        if e.date is None and e.date_text is None and e.status == "asserted" \
                and e.type in last_day and _told_in_past(word):
            before = last_day[e.type]
            e = replace(e, date=before.date, date_precision="day", date_text=before.date_text)
        elif e.date_precision == "day" and e.status == "asserted" and e.date \
                and (published is None or e.date <= published[:10]):
            last_day[e.type] = e
        out.append(e)
    return out
