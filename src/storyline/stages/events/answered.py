"""Whom a denial answers: the maker of the charge or the request it rejects, named before.

"Kim Jong Un asked U.S. President Donald Trump for sanctions relief." and, further on,
"Trump denied the request": the refusal is aimed at Kim, though its own sentence names only
"the request". A REJECT with no target whose trigger takes as object an earlier act of a
type an ``answers=TYPE`` rule of ``data/event_rules.tsv`` names ("denied *the request*"
answers a REQUEST, "rejects *the claims*" an ACCUSE) takes as target the source of the
nearest earlier event of that type in the article (its own sentence included: "accusing
it of ..., a charge New Delhi quickly rejected", where the relative clause's object is the
noun it hangs on) that was aimed at the rejecter: one of its targets and one of the
REJECT's sources are one side (one actor, or a state and a body acting for it, "India"
and "New Delhi": the test :func:`.carried_dates._one_side` makes of two doers). A charge
with no maker named ("Lai stands accused of collusion"), or one aimed at someone else,
gives none: the target stays empty.

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
from .carried_dates import _doers, _one_side


def _sides(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Whether some actor of ``a`` and some actor of ``b`` are one side."""
    return any(_one_side(x, y) for x in _doers(a) for y in _doers(b))


def answer_targets(events: list[tuple[Event, Any | None]]) -> list[tuple[Event, Any | None]]:
    """``events`` (in text order, each with the word that tells it) with each REJECT that
    answers an earlier act and names no target aimed at that act's maker (see the module
    docstring)."""
    out: list[tuple[Event, Any | None]] = []
    for e, word in events:
        kind = event_rules.answered(word) if word is not None and e.type == "REJECT" \
            and e.source and not e.target else None
        if kind is not None:
            answered = next((f for f, _ in reversed(out) if f.type == kind and f.source
                             and _sides(f.target, e.source)), None)
            if answered is not None:
                e = replace(e, target=[a for a in answered.source
                                       if not _sides([a], e.source)])
        out.append((e, word))
    return out
