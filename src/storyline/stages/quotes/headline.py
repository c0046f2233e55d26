"""A headline in Title Case, read again in sentence case for what it reports.

The tagger reads a headline whose every word is capitalised as a run of names
(``Conservative Icon Morton Blackwell Endorses Ted Cruz``: ``Endorses`` a proper noun),
so its cue and content go unseen. :func:`sentence_cased` writes the headline with
its words in lower case but for the names the article spells with a capital
elsewhere and never without one, and for acronyms; the result has the body's
offsets, so what the quotes stage finds in its parse stands in the body as it is.
:func:`read_headline` does so, and parses the result, once per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ... import resources
from ...text_index import first_line, title_cased

#: A word: letters first, then letters, digits, apostrophes, hyphens or dots inside it.
_WORD = re.compile(r"[^\W\d_](?:[\w’'-]|\.(?=\w))*")
#: Longest acronym kept in capitals (``GOP``, ``NATO``).
ACRONYM = 4
#: Longest first line taken for a headline, in characters (a longer one is parsed once,
#: with the article, within the parse's bounds: :mod:`storyline.text_bounds`).
MAX_CHARS = 300


@dataclass(frozen=True)
class Headline:
    """An article's first line: where it ends, and the parse of the body's first line
    in sentence case when it is in Title Case (:func:`sentence_cased`; else None)."""

    end: int
    recased: Any = None


def read_headline(body: str) -> Headline:
    """The headline of ``body``, its sentence-cased copy parsed when it has one.

    >>> read_headline("Senator Jones Blasts Plan.\\nJones spoke.").recased.text
    'senator Jones blasts plan.'
    """
    text = sentence_cased(body)
    return Headline(first_line(body)[1], None if text is None else resources.nlp()(text))


def _either(words: set[str]) -> str:
    """A pattern of any of ``words``, whole (the longest first where one starts another)."""
    return r"\b(" + "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b"


def _named(words: set[str], rest: str) -> set[str]:
    """Those of ``words`` that ``rest`` (the article after its headline) spells with a
    capital inside a sentence and never in lower case."""
    if not words:
        return set()
    inside = {m.group(1) for m in re.finditer(r"(?<![.!?\n\"“]\s)(?<!^)" + _either(words), rest)}
    lower = {m.group(1) for m in re.finditer(_either({w.lower() for w in inside}), rest)} \
        if inside else set()
    return {w for w in inside if w.lower() not in lower}


def sentence_cased(body: str) -> str | None:
    """The first line of ``body`` (up to its line break) in sentence case, when it is
    in Title Case (None when it is not).

    >>> sentence_cased("Senator Jones Blasts Plan.\\nJones spoke on Monday.")
    'senator Jones blasts plan.'
    """
    start, end = first_line(body)
    if end > MAX_CHARS or not title_cased(body[start:end]):
        return None
    words = [w for w in _WORD.finditer(body, start, end) if w.group()[0].isupper()
             and len(w.group().lower()) == len(w.group())
             and not (w.group().isupper() and 1 < len(w.group()) <= ACRONYM)]
    named = _named({w.group() for w in words}, body[end:])
    out = list(body[:end])
    for w in words:
        if w.group() not in named:
            out[w.start() : w.end()] = w.group().lower()
    return "".join(out)
