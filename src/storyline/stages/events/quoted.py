"""The ``quoted_events`` stage: events told inside a direct quote are the speaker's words.

The events stage reads a sentence alone, so in ``"We support the opposition's
demands," Søreide said`` it cannot know who "we" is, and a sentence of a
quote spanning several sentences has no reporting verb at all. Once the quotes
are attributed, each event lying inside a direct quote gets the quote's
speaker as ``said_by`` (when it has none), and a first-person source or target
("I", "we", "us") becomes the speaker: the person quoted, who acts for the
government or group they speak for.

>>> from storyline.model import Event, Quote
>>> me = {"id": "ine_eriksen_soreide", "name": "Ine Eriksen Søreide", "kind": "person",
...       "country": "NOR", "sector": "GOV", "text": "Søreide"}
>>> body = '"We support new elections," Søreide said.'
>>> art = Article(id="a", source="-", body=body)
>>> art.quotes = [Quote(me, "Søreide", "said", "We support new elections,", "direct", 1, 26)]
>>> art.events = [Event(type="SUPPORT", mode=None, cameo_root="05", quad=1, intensity=3.0,
...     source=[], target=[], date=None, date_precision=None, date_text=None, location=None,
...     status="asserted", said_by=None, sentence=body, start=0, end=len(body),
...     confidence=0.7, trigger="support")]
>>> e = quoted_events(art, None).events[0]
>>> e.source[0]["name"], e.said_by["name"]
('Ine Eriksen Søreide', 'Ine Eriksen Søreide')
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ...model import Article, Event, Quote
from ...pipeline import stage
from ...settings import Settings
from . import QUOTED_READS, QUOTED_WRITES

FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})
#: "I" or "we" right before the trigger, at most two words apart ("We categorically
#: reject", "I have had conversations"), not the subject of another verb before it ("We
#: know that the village was attacked").
_FIRST_PERSON_SUBJECT = re.compile(r"\b(?:I|[Ww]e)(?:\s+[\w'’]+){0,2}\s*$")
#: Where a clause set off before the trigger's own ends.
_CLAUSE_BREAK = re.compile(r"[,;:]")


def _quote_over(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The direct quote with a speaker holding most of ``[start, end)``."""
    best, best_overlap = None, 0
    for q in quotes:
        if q.kind != "direct" or not q.speaker:
            continue
        overlap = min(end, q.end) - max(start, q.start)
        if overlap > best_overlap:
            best, best_overlap = q, overlap
    if best is None or best_overlap * 2 < min(end - start, best.end - best.start):
        return None
    return best


def _speaker_for(refs: list[dict[str, Any]], speaker: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for ref in refs:
        if (ref.get("text") or "").lower() in FIRST_PERSON:
            ref = {**speaker, "text": ref.get("text")}
        if ref not in out:
            out.append(ref)
    return out


def _subject_before_trigger(event: Event, quote: Quote) -> bool:
    """ "Today I have had conversations...": a first-person subject before the trigger, in
    its own clause: not in a clause set off before it ("When I took my children to
    school, they refused ...": the school refused)."""
    first = (event.trigger or "").split()[:1]
    # The trigger's first word as a word, not inside another ("ban" in "Taliban").
    found = re.search(rf"\b{re.escape(first[0])}\b", event.sentence) if first else None
    head = event.sentence[:found.start()] if found else ""
    return bool(_FIRST_PERSON_SUBJECT.search(_CLAUSE_BREAK.split(head)[-1]))


def _key(ref: dict[str, Any]) -> str:
    return ref.get("id") or (ref.get("name") or "").lower()


def _in_speaker_voice(event: Event, quote: Quote) -> Event:
    """The event with "I"/"we" as the quote's speaker; but a speaker who would then be the
    actor on the other side of their own act is not "we" ('"We have urged the Haitian
    authorities ...", said a State Department spokesperson' whose quote was given to
    Haiti): that role is left empty rather than given to the one acted on."""
    speaker = quote.speaker or {}
    source = _speaker_for(event.source, speaker)
    if not source and _subject_before_trigger(event, quote):
        source = [speaker]
    target = _speaker_for(event.target, speaker)
    me = _key(speaker)
    if me in {_key(r) for r in event.target}:
        source = [r for r in source if _key(r) != me]
    elif me in {_key(r) for r in event.source}:
        target = [r for r in target if _key(r) != me]
    return replace(event, source=source, target=target, said_by=event.said_by or speaker)


@stage(reads=QUOTED_READS, writes=QUOTED_WRITES)
def quoted_events(article: Article, settings: Settings | None) -> Article:
    """Give events inside a direct quote their speaker (see the module docstring)."""
    if not article.quotes:
        return article
    out = []
    for event in article.events:
        quote = _quote_over(article.quotes, event.start, event.end)
        out.append(_in_speaker_voice(event, quote) if quote else event)
    article.events = out
    return article
