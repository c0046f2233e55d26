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
and "New Delhi": :func:`.carried_dates.one_side`). A charge with no maker named ("Lai
stands accused of collusion"), one aimed at someone else, or one not told as done ("Poland
has not accused Russia ...") gives none: the target stays empty. So does a denial that
may answer another maker (precision first): one whose noun names its maker in a relative
clause ("the accusations, which Ukraine made"); one after which, in its sentence, another
actor tells such an act, or, in the next sentence, aims one at the rejecter ("Russia
rejected the allegations after Ukraine accused it of ..."); one with an act of another
actor named about the rejecter's side told between ("A United Nations report said Russian
troops had executed prisoners. Russia rejected the claims."); one further than
:data:`REACH` from the act.

>>> from storyline.analyze import analyze_text
>>> found = analyze_text("Kim Jong Un asked Donald Trump for sanctions relief. "
...                      "Trump denied the request.", published="2019-03-01")["events"]
>>> [(e["type"], [a["name"] for a in e["target"]]) for e in found if e["type"] == "REJECT"]
[('REJECT', ['Kim Jong Un'])]
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...doc_index import sentence_of
from ...model import Event
from ...ontology import state_sectors
from . import rules as event_rules
from .carried_dates import doers, one_side

#: How far back a denial answers an act: characters from the end of the act's sentence to
#: the start of the denial's (the VOA training stories' answered acts lie 1-280 characters
#: back: 6181235, 8006651, 8009314, 8008349; the review counted 0-441 over the training
#: cases; beyond, the story has moved on).
REACH = 450


def _sides(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Whether some actor of ``a`` and some actor of ``b`` are one side, either way round
    (:func:`.carried_dates.one_side` reads a state's government, "Moscow", as a state only
    when it comes first)."""
    x, y = doers(a), doers(b)
    return one_side(x, y) or one_side(y, x)


def _states(actors: list[dict[str, Any]]) -> set[str]:
    """The countries whose state the actors are or act for (a body of a state sector,
    ``ontology.state_sectors``: "Moscow" and "Russian troops" both act for Russia)."""
    return {a["country"] for a in actors if a.get("country")
            and (a.get("kind") == "country" or a.get("sector") in state_sectors())}


def _about(actors: list[dict[str, Any]], side: list[dict[str, Any]]) -> bool:
    """Whether ``actors`` are ``side`` or act for its state."""
    return _sides(actors, side) or bool(_states(actors) & _states(side))


def _maker_told(word: Any) -> bool:
    """Whether the noun the trigger ``word`` denies is the object of a relative clause of its
    own, which names its maker ("the accusations, which Ukraine made"; a possessor or a "by"
    phrase, "Kyiv's claims", already gives the denial its target)."""
    held = event_rules.relative_object(word)
    nouns = [held] if held is not None else [c for c in word.children
                                               if c.dep_ in ("dobj", "obj")]
    return any(c.i != word.i and getattr(event_rules.relative_object(c), "i", None) == noun.i
               for noun in nouns for c in noun.children)


def _told_after(events: list[tuple[Event, Any | None]], k: int, kind: str,
                maker: list[dict[str, Any]]) -> bool:
    """Whether an act of ``kind`` by another than ``maker`` (the maker of the act answered)
    is told after the denial ``events[k]``: by an actor named, in its sentence, or aimed at
    the rejecter, in the next sentence; the charge denied may be that one ("Russia rejected
    the allegations after Ukraine accused it of ..."; not "Trump denied the request and
    asked instead for ...")."""
    e, word = events[k]
    doc = word.doc
    _, end, _, end_char = sentence_of(doc, word.i)
    next_end = sentence_of(doc, end)[3] if end < len(doc) else end_char
    return any(g.type == kind and not _sides(g.source, maker) and (
        g.start == e.start and (w is None or w.i > word.i) and bool(doers(g.source))
        and not _sides(g.source, e.source)
        or end_char <= g.start < next_end and _sides(g.target, e.source))
        for g, w in events[k + 1:])


def _answered(events: list[tuple[Event, Any | None]], k: int, kind: str) -> Event | None:
    """The nearest act of ``kind`` told before the denial ``events[k]``, asserted, aimed at
    the rejecter, within :data:`REACH`, with no act by another actor named about the
    rejecter's side told after its sentence and before the denial (a report "said Russian
    troops had executed prisoners": the claims denied may be that report's), or None. An act
    with no doer named ("An earlier lawsuit alleged ...", the lawsuits of the maker) does not
    stop the search: it names no other maker."""
    e, word = events[k]
    for j in range(k - 1, -1, -1):
        f = events[j][0]
        if e.start - f.end > REACH:
            return None
        if f.type == kind and f.status == "asserted" and f.source \
                and _sides(f.target, e.source):
            between = [g for i, (g, w) in enumerate(events) if i not in (j, k)
                       and (f.start < g.start < e.start or g.start == e.start and w is not None
                            and w.i < word.i)
                       and doers(g.source) and not _sides(g.source, f.source)]
            return None if any(_about(g.source, e.source) or _about(g.target, e.source)
                               for g in between) else f
    return None


def answer_targets(events: list[tuple[Event, Any | None]]) -> list[tuple[Event, Any | None]]:
    """``events`` (in text order, each with the word that tells it) with each REJECT that
    answers an earlier act and names no target aimed at that act's maker (see the module
    docstring)."""
    out = list(events)
    for k, (e, word) in enumerate(events):
        kind = event_rules.answered(word) if word is not None and e.type == "REJECT" \
            and e.source and not e.target else None
        if kind is None or _maker_told(word):
            continue
        answered = _answered(events, k, kind)
        if answered is not None and not _told_after(events, k, kind, answered.source):
            out[k] = (replace(e, target=[a for a in answered.source
                                         if not _sides([a], e.source)]), word)
    return out
