"""Whom a denial answers: the accuser an article named a few sentences before.

"Both Pakistan and China reject the claims that ...",
"DHS has dismissed the allegations in the lawsuits": read alone, such a sentence names no
one its REJECT is aimed at, and the event has no target. The article has told the
accusation just before ("The separatist group accuses Pakistan of exploiting ...",
"Immigration rights groups ... have filed multiple lawsuits against the U.S.
government"). A REJECT with no target whose object is an accusation (an ``answers=TYPE``
row of data/event_rules.tsv: "rejected *the allegations*", "denies *the charges*") takes
as its target the source of the nearest earlier asserted act of that type, in its own
sentence or at most ``REACH`` characters before, that was aimed at the rejecter (a target
of the same actor or of the same country): the accused answers the accusation. Any other
earlier accusation is left alone ("The newspaper was known for its investigations" is no
accuser of Zamora's legal team), and so is an accusation further back.

Read by hand over the VOA training sentences (the code of stop 20): of the 16 REJECTs of
an allegation, accusation, claim or charge with no target, 3 (three stories: the Baloch
separatists' claims twice, the lawsuits against DHS) had an earlier ACCUSE within 600
characters aimed at the rejecter, and its source was the accuser in all 3. Of the other
13, the nearest earlier ACCUSE within 600 characters named the accuser in 3 and someone
else in 4 (a newspaper's past investigations for Zamora's accusers, "both Afghan rivals"
for the Taliban chief), and 6 had none, so they keep no target: a missing target misleads
less than a wrong one.

>>> from storyline.analyze import analyze_text
>>> found = analyze_text("The opposition accused the government of corruption. The "
...                      "government rejected the allegations.", published="2025-03-12")
>>> [(e["type"], [a["text"] for a in e["target"]]) for e in found["events"]]
[('ACCUSE', ['the government']), ('REJECT', ['The opposition'])]
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...model import Event
from . import rules as event_rules

#: How far back (characters from sentence start to sentence start) the accusation may be.
REACH = 600


def _key(actor: dict[str, Any]) -> str:
    return actor.get("id") or actor["name"].lower()


def _aimed_at(accusation: Event, denial: Event) -> bool:
    """Whether ``accusation`` names as its target an actor, or a country, of the denial's
    source."""
    keys = {_key(a) for a in denial.source}
    countries = {a["country"] for a in denial.source if a.get("country")}
    return any(_key(a) in keys or a.get("country") in countries for a in accusation.target)


def answer_targets(events: list[tuple[Event, Any | None]]) -> list[tuple[Event, Any | None]]:
    """``events`` (in text order, each with the first word of its trigger) with each REJECT
    of an accusation that names no target aimed at the maker of the accusation it answers
    (see the module docstring)."""
    out: list[tuple[Event, Any | None]] = []
    for e, word in events:
        kind = event_rules.answered(word) if word is not None and e.type == "REJECT" \
            and e.source and not e.target else None
        if kind is not None:
            answered = next((p for p, _ in reversed(out) if e.start - p.start > REACH
                             or p.type == kind and p.status == "asserted" and p.source
                             and _aimed_at(p, e)), None)
            if answered is not None and e.start - answered.start <= REACH:
                own = {_key(a) for a in e.source}
                e = replace(e, target=[a for a in answered.source if _key(a) not in own])
        out.append((e, word))
    return out
