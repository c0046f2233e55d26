"""Where an event happened: "in Moscow", "in Finland", "at the UN in Geneva".

:func:`lookup` finds a place name in our gazetteer (``data/places.tsv``:
countries and capitals with coordinates, then the provinces, states and cities of
:mod:`storyline.world_places`); :func:`event_place` finds the place phrase attached to
an event's words in the parse.

>>> lookup("Moscow")
Location(name='Moscow', country='RUS', lat=55.76, lon=37.62)
>>> lookup("the Netherlands").country
'NLD'
>>> lookup("Beledweyne")
Location(name='Beledweyne', country='SOM', lat=4.74, lon=45.2)
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from ... import resources
from ...doc_index import ent_at
from ...model import Location
from ...world_places import known, place_key, resolve

#: Prepositions that introduce where an event took place.
PLACE_PREPS = frozenset({"in", "at", "inside"})
#: Prepositions of the medium a thing is said or done through ("on Twitter", "via X").
MEDIUM_PREPS = frozenset({"on", "via", "through", "over"})
#: Prepositions that name where a going ends ("travel *to* Riyadh"): the place of the act
#: the going is for.
DESTINATION_PREPS = frozenset({"to"})
#: Entity labels that can name a place.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels the parser also gives place names ("in *Punjab*" NORP, "in *Hyderabad*" ORG):
#: a place when the gazetteers know the name.
KNOWN_PLACE_LABELS = frozenset({"NORP", "ORG"})


@cache
def _rows() -> tuple[list[str], ...]:
    """The rows of ``data/places.tsv`` (name, country, lat, lon, kind), header left out."""
    text = resources.data_path("places.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(rows[1:])


@cache
def gazetteer() -> dict[str, Location]:
    """Place name (folded, without "the": :func:`~storyline.world_places.place_key`) ->
    :class:`Location`."""
    return {place_key(name): Location(name, country, float(lat), float(lon))
            for name, country, lat, lon, _kind in _rows()}


@cache
def country_names() -> frozenset[str]:
    """Every name (folded by :func:`~storyline.world_places.place_key`) the gazetteer
    gives a country by, its own and the others that lead to it ("the US", "America").

    >>> {"united states", "america", "us"} <= country_names(), "moscow" in country_names()
    (True, False)
    """
    centres = {name for name, _country, _lat, _lon, kind in _rows() if kind == "country"}
    return frozenset(k for k, loc in gazetteer().items() if loc.name in centres)


def lookup(name: str, country: str | None = None) -> Location | None:
    """The gazetteer's place for ``name``, or None when we do not know it; a name of places
    in several countries is the one in ``country`` (the text's) if there is one there."""
    found = gazetteer().get(place_key(name))
    if found is not None:
        return found
    place = resolve(name, country)
    return None if place is None else Location(place.name, place.country, place.lat, place.lon)


def _entity_span(tok: Any) -> Any | None:
    if tok.ent_type_ not in PLACE_LABELS and tok.ent_type_ not in KNOWN_PLACE_LABELS:
        return None
    ent = ent_at(tok.doc, tok.i)
    if ent is None or ent.label_ in PLACE_LABELS:
        return ent
    return ent if place_key(ent.text) in gazetteer() or known(ent.text) else None


def event_place(heads: Iterable[Any], preps: frozenset[str] = PLACE_PREPS
                ) -> tuple[Location | None, Any | None]:
    """The place phrase ("in Moscow") attached to any of the event's words ``heads``,
    and the word that names it; ``preps`` are the prepositions that may open it.

    A known name gets its country and coordinates; an unknown one keeps its name with
    null country and coordinates.
    """
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                ent = _entity_span(obj) or next(
                    (_entity_span(c) for c in obj.children
                     if c.dep_ in ("compound", "appos") and _entity_span(c)), None) or next(
                    # "at this jail *in northern Israel*": the place the spot is in.
                    (_entity_span(g) for c in obj.children if c.dep_ == "prep"
                     and c.lower_ == "in" for g in c.children
                     if g.dep_ == "pobj" and _entity_span(g)), None)
                if ent is None:
                    continue
                name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
                found = lookup(name)
                return Location(found.name if found else name,
                                found.country if found else None,
                                found.lat if found else None,
                                found.lon if found else None), ent.root
    return None, None
