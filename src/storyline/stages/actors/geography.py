"""Waters whose name holds a country's or a city's: "the Gulf of *Guinea*", "the Gulf of
*Aden*", "the Sea of *Japan*", "the *Taiwan* Strait" are places, never Guinea, Aden's
Yemen, Japan or Taiwan. World knowledge, not a rule read from sentences: the names are
Natural Earth's seas, gulfs, bays and straits (``geography.tsv``, built by
``scripts/build_geography.py``; source and licence in ``data/SOURCES``).

Read on the parse by the actors stage (a named entity inside such a name is no actor) and
by the events stage (a role word inside one is no one), and on a phrase or a context
sentence read alone (:func:`.phrase.analyse` finds neither a known name nor a person's name
inside one: "Sea of Japan fishermen" are no Japanese and no person "Sea"), so all give the
same answer. A name followed by another capitalised word is a place or a body named after
the water, not the water ("the *Massachusetts Bay* Transportation Authority", "the San
Francisco Bay Area"): their place words keep their country.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ... import resources


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted((row["name"] for row in resources.data_tsv("geography.tsv")),
                   key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)",
                      re.IGNORECASE)


def waters(text: str) -> list[tuple[int, int]]:
    """The character spans of the waters named in ``text``.

    >>> waters("Pirates seized a tanker in the Gulf of Guinea off Nigeria.")
    [(31, 45)]
    """
    return [m.span() for m in _pattern().finditer(text) if not _named_after(text, m.end())]


def _named_after(text: str, end: int) -> bool:
    """Whether the water's name ending at ``end`` goes on into a longer name ("Massachusetts
    Bay *Transportation* Authority"): another capitalised word after it."""
    return text[end:end + 1] == " " and text[end + 1:end + 2].isupper()


def inside(start: int, end: int, wet: list[tuple[int, int]]) -> bool:
    """Whether the characters ``start``-``end`` lie inside one of the spans ``wet``."""
    return any(s <= start and end <= e for s, e in wet)


def in_water(span: Any) -> bool:
    """Whether the parsed ``span`` (a name, or one word of it) lies inside the name of a
    water ("Guinea" of "the Gulf of Guinea").

    >>> from storyline import resources
    >>> doc = resources.nlp()("Pirates raided ships in the Gulf of Guinea, Guinea said.")
    >>> in_water(doc[7:8]), in_water(doc[7]), in_water(doc[9:10])
    (True, True, False)
    """
    sent = span.sent  # a Span's and a Token's alike
    start = getattr(span, "start_char", None)
    if start is None:  # a Token
        start, end = span.idx, span.idx + len(span.text)
    else:
        end = span.end_char
    return inside(start - sent.start_char, end - sent.start_char, waters(sent.text))

