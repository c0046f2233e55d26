"""Provinces, states and cities of the world, and which one a name means.

``data/world_places.tsv`` (Natural Earth, built by ``scripts/build_world_places.py``)
holds first-level regions and cities of 50,000 people or more with their country and
coordinates. A name may belong to places of several countries ("Hyderabad" in India and
in Pakistan, "Punjab" in both): :func:`resolve` gives the place only when the country the
text is about has one of them, or one is a city far more populous than every other
(a region's population is not known, so a region elsewhere keeps a name ambiguous).

>>> resolve("Quetta").country
'PAK'
>>> resolve("Hyderabad") is None, resolve("Hyderabad", "PAK").country
(True, 'PAK')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import resources
from .corpus.articles import fold

#: How many times more people the most populous city of a name must have than any other
#: place of that name in another country to be the one the name means.
DOMINANT = 10


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    lat: float
    lon: float
    kind: str  # "city" or "region"
    population: int  # 0 when not known (regions)
    common: bool  # a common English word: a place only where the parser says so


def place_key(name: str) -> str:
    """A name as matched: folded (case, accents, punctuation), without a leading "the"."""
    key = fold(name)
    return key[4:] if key.startswith("the ") else key


@cache
def table() -> dict[str, tuple[Place, ...]]:
    """Place key -> the places of that name, most populous first."""
    out: dict[str, list[Place]] = {}
    text = resources.data_path("world_places.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    for line in lines[1:]:
        name, country, lat, lon, kind, pop, common = line.split("\t")
        out.setdefault(place_key(name), []).append(
            Place(name, country, float(lat), float(lon), kind, int(pop), common == "1"))
    return {k: tuple(sorted(v, key=lambda p: -p.population)) for k, v in out.items()}


def known(name: str) -> bool:
    """Whether ``name`` is a place of the table that is no common English word, whatever
    its country."""
    return any(not p.common for p in table().get(place_key(name), ()))


def resolve(name: str, country: str | None = None, words: bool = True) -> Place | None:
    """The place ``name`` means in a text about ``country`` (ISO3), or None when unknown or
    ambiguous; ``words`` false leaves out names that are common English words."""
    places = [p for p in table().get(place_key(name), ()) if words or not p.common]
    if not places:
        return None
    ours = [p for p in places if p.country == country]
    if ours:
        return ours[0]
    first = places[0]
    others = [p for p in places if p.country != first.country]
    if not others:
        return first
    if any(p.population == 0 for p in others):
        return None
    return first if first.population >= DOMINANT * others[0].population else None
