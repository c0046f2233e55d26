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

from ... import doc_index, resources

#: Typographic marks of news copy (curly quotes, dashes, an ellipsis, a no-break space):
#: no word characters and no case, so where no water's name holds one, a text's words are
#: the same with them read as ASCII spaces.
_MARKS = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0"
_AS_SPACES = str.maketrans(dict.fromkeys(_MARKS, " "))
_WORD = re.compile(r"\w+")


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted(_names(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)",
                      re.IGNORECASE)


def _names() -> list[str]:
    return [row["name"] for row in resources.data_tsv("geography.tsv")]


@cache
def _first_words() -> frozenset[str] | None:
    """The lower-cased first words of the waters' names an ASCII text can hold, or None
    when a name could match an ASCII text without its first word being one of the text's
    words: a name not opening on a word character or holding one of ``_MARKS``, or a
    non-ASCII character the pattern matches to an ASCII one (as it matches "ſ" to "s").

    >>> {"gulf", "sea"} <= _first_words()
    True
    """
    names = _names()
    ascii_chars = "".join(map(chr, range(128)))
    odd = {c for n in names for c in n if not c.isascii()}
    if (odd & set(_MARKS) or not all(_WORD.match(n) for n in names)
            or any(re.search(re.escape(c), ascii_chars, re.IGNORECASE) for c in odd)):
        return None
    return frozenset(_WORD.findall(n.lower())[0] for n in names if n.isascii())


def waters(text: str) -> list[tuple[int, int]]:
    """The character spans of the waters named in ``text``.

    An ASCII text (typographic marks read as spaces) none of whose words opens a water's
    name names none, so the pattern (a long alternation, tried at every character) is not
    run on it.

    >>> waters("Pirates seized a tanker in the Gulf of Guinea off Nigeria.")
    [(31, 45)]
    """
    firsts = _first_words()
    if firsts is not None:
        plain = text.translate(_AS_SPACES)
        if plain.isascii() and firsts.isdisjoint(_WORD.findall(plain.lower())):
            return []
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
    water ("Guinea" of "the Gulf of Guinea"), read in the sentence of its first word (as
    ``span.sent`` gives it), whose waters are found once per Doc.

    >>> from storyline import resources
    >>> doc = resources.nlp()("Pirates raided ships in the Gulf of Guinea, Guinea said.")
    >>> in_water(doc[7:8]), in_water(doc[7]), in_water(doc[9:10])
    (True, True, False)
    """
    start = getattr(span, "start_char", None)
    if start is None:  # a Token
        first, start, end = span.i, span.idx, span.idx + len(span.text)
    else:
        first, end = span.start, span.end_char
    doc = span.doc
    _, _, sent_start, sent_end = doc_index.sentence_of(doc, first)
    known = _sentence_waters(doc)
    wet = known.get(sent_start)
    if wet is None:
        wet = known[sent_start] = waters(doc_index.doc_text(doc)[sent_start:sent_end])
    return inside(start - sent_start, end - sent_start, wet)


@doc_index.per_doc_table
def _sentence_waters(doc: Any) -> dict[int, list[tuple[int, int]]]:
    """The waters of each sentence of ``doc`` :func:`in_water` has read, by the sentence's
    first character (offsets within the sentence), filled as it reads them."""
    return {}
