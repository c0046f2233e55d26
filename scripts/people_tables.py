"""What the scripts that build the tables of dated people share (``build_officeholders.py``,
``build_legislators.py``): the country a source's folder names, which names are kept, dates
as ISO days, and the people written for storyline, which those tables leave alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline import resources
from storyline.stages.actors.lexicon import fold, names, slug

_WORD = re.compile(r"[a-z][a-z'.-]*")


def folder_country(folder: str, known: Mapping[str, str], separator: str) -> str | None:
    """The country a source's folder or repository is named after: ``known`` first (names
    that are no country name of countries.json), else the country name its words spell.

    >>> folder_country("south-korea", {}, "-"), folder_country("UK", {"UK": "GBR"}, "_")
    ('KOR', 'GBR')
    >>> folder_country("Aland", {}, "_") is None
    True
    """
    if folder in known:
        return known[folder]
    for entry in names().get(tuple(fold(folder.replace(separator, " ")).split()), ()):
        if entry.kind == "country" and entry.role == "name":
            return entry.country
    return None


def name_ok(name: str) -> bool:
    """Whether a listed name can be kept: two words or more, all of letters (never a bare
    surname, which names other people as often, nor an id).

    >>> name_ok("Wib B. Flange"), name_ok("Blix"), name_ok("Q77 Zorblax")
    (True, False, False)
    """
    words = fold(name).split()
    return len(words) >= 2 and all(_WORD.fullmatch(w) for w in words)


def day(text: str, end: bool) -> str | None:
    """An ISO day from a date of any precision ("2021-09", "1993"): the first day of a month
    or year it starts, the last it ends (the 28th of a month).

    >>> day("2021-09", False), day("1993", True), day("", True)
    ('2021-09-01', '1993-12-31', None)
    """
    text = (text or "").strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        return text
    if re.fullmatch(r"\d{4}-\d\d", text):
        return f"{text}-28" if end else f"{text}-01"
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-12-31" if end else f"{text}-01-01"
    return None


def curated() -> frozenset[str]:
    """Slugs of every name and alias of ``people.json`` (written for storyline): a person
    met there is left to that file."""
    return frozenset(slug(a) for row in resources.data_json("people.json")
                     for a in [row["name"], *row["aliases"]])
