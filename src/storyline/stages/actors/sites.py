"""Where, not who: a name the tagger takes for a person's that its sentence makes a place.

A port, a base, a prison, an island or a district no table lists is often tagged PERSON
("the Iranian port of *Bandar Abbas*", "the base on *Diego Garcia*", "*Mariscal Zavala*
prison", "*Deh Yak* district": VOA training stories 8010476, 8005869, 8008079, 8010046,
6202623, 6183227). The sentence says it is a place when the name is written

* before the noun of a site or a place's unit it names (``sites`` and ``place_units`` of
  sectors.json: "*Croix* des Bouquets prison", "*Deh Yak* district"), or
* after the "of" of a site or place noun (``sites_of``: "the port of *Bandar Abbas*", "the
  island of ..."), or after an "in", "on" or "at" of such a noun (``sites``, ``place_nouns``:
  "the base on *Diego Garcia*", "the prison in ...").

"The base of" a leader or a party is their supporters, so "base" takes no "of". The actors
stage then reads that name as no one throughout the article, but only a name no table gives
anyone or any country: a person the tables know stays that person, and a place they know
stays that place's country ("the *Incirlik* air base" is Turkey's, as any place of the
tables the tagger takes for a name). The events stage (``roles.describing``) gives a role
word inside such a name no actor without that check, so the two agree on names no table
knows and may differ on one it knows (review of stop 29: left so).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ... import resources
from .lexicon import place_nouns, place_units, singular

#: Prepositions after which a site's noun names where it is ("the base *on* ...").
WHERE = ("in", "on", "at")


@cache
def site_nouns() -> frozenset[str]:
    """Nouns of a site a name is written with: ``sites`` of sectors.json (port, base,
    prison, island, ...)."""
    return frozenset(resources.data_json("sectors.json")["sites"])


@cache
def sites_of() -> frozenset[str]:
    """Nouns of a place whose "of" is followed by its name ("the port of ..."): ``sites_of``
    of sectors.json."""
    return frozenset(resources.data_json("sectors.json")["sites_of"])


def _noun(tok: Any) -> str | None:
    """The singular lower-case form of ``tok`` when it is a noun, else None."""
    return singular(tok.lower_) if tok.pos_ in ("NOUN", "PROPN") else None


def names_site(span: Any) -> bool:
    """Whether the parsed name ``span`` (a Span, or a Token of it) is where something is,
    as its sentence writes it: before a site's noun or a place's unit, or after the "of" of
    a place's noun or the "in", "on", "at" of a site's.

    >>> from storyline import resources
    >>> doc = resources.nlp()("The ship sailed to the Iranian port of Bandar Abbas.")
    >>> names_site(doc[8:10]), names_site(doc[0:2])
    (True, False)
    """
    root = getattr(span, "root", span)
    head = root.head
    if head.i == root.i:
        return False
    if root.dep_ in ("compound", "nmod") and head.i > root.i:
        return _noun(head) in site_nouns() | place_units()
    if root.dep_ != "pobj" or head.dep_ != "prep" or head.head.i == head.i:
        return False
    owner = _noun(head.head)
    if head.lower_ == "of":
        return owner in sites_of()
    return head.lower_ in WHERE and owner in site_nouns() | place_nouns()
