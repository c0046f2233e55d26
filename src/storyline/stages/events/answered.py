"""Whom a denial answers: the maker of the charge or the request it rejects, named before.

"Kim Jong Un asked U.S. President Donald Trump for sanctions relief." and, further on,
"Trump denied the request": the refusal is aimed at Kim, though its own sentence names only
"the request". A REJECT with no target whose trigger takes as object an earlier act of a
type an ``answers=TYPE`` rule of ``data/event_rules.tsv`` names ("denied *the request*"
answers a REQUEST, "rejects *the claims*" an ACCUSE) takes as target the source of the
nearest earlier event of that type in the article (its own sentence included) that was
aimed at the rejecter, one of whose targets is one of the REJECT's sources. A charge with
no maker named ("Lai stands accused of collusion"), or one aimed at someone else, gives
none: the target stays empty.

>>> from storyline.analyze import analyze_text
>>> found = analyze_text("Kim Jong Un asked Donald Trump for sanctions relief. "
...                      "Trump denied the request.", published="2019-03-01")["events"]
>>> [(e["type"], [a["name"] for a in e["target"]]) for e in found if e["type"] == "REJECT"]
[('REJECT', ['Kim Jong Un'])]
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...model import Event
from . import rules as event_rules


def _keys(actors: list[dict[str, Any]]) -> set[str]:
    return {a["id"] or a["name"] for a in actors}


def answer_targets(events: list[tuple[Event, Any | None]]) -> list[tuple[Event, Any | None]]:
    """``events`` (in text order, each with the word that tells it) with each REJECT that
    answers an earlier act and names no target aimed at that act's maker (see the module
    docstring)."""
    out: list[tuple[Event, Any | None]] = []
    for e, word in events:
        kind = event_rules.answered(word) if word is not None and e.type == "REJECT" \
            and e.source and not e.target else None
        if kind is not None:
            rejecters = _keys(e.source)
            answered = next((f for f, _ in reversed(out) if f.type == kind and f.source
                             and _keys(f.target) & rejecters), None)
            if answered is not None:
                e = replace(e, target=[a for a in answered.source
                                       if (a["id"] or a["name"]) not in rejecters])
        out.append((e, word))
    return out
