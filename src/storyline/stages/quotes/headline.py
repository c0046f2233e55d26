"""A headline in Title Case, read again in sentence case for what it reports.

The tagger reads a headline whose every word is capitalised as a run of names
(``Conservative Icon Morton Blackwell Endorses Ted Cruz``: ``Endorses`` a proper noun),
so its cue and content go unseen. :func:`sentence_cased` writes the headline with
its words in lower case but for the names the article spells with a capital
elsewhere and never without one, and for acronyms; the result has the body's
offsets, so what the quotes stage finds in its parse stands in the body as it is.
"""

from __future__ import annotations

import re

#: A word: letters first, then letters, digits, apostrophes, hyphens or dots inside it.
_WORD = re.compile(r"[^\W\d_](?:[\w’'-]|\.(?=\w))*")
#: Fewest words, and least share of them capitalised, of a headline in Title Case.
MIN_WORDS = 3
TITLE_SHARE = 0.7
#: Longest acronym kept in capitals (``GOP``, ``NATO``).
ACRONYM = 4
#: Longest first line taken for a headline, in characters (a longer one is parsed once,
#: with the article, within the parse's bounds: :mod:`storyline.text_bounds`).
MAX_CHARS = 300


def _named(word: str, rest: str) -> bool:
    """Whether the article after its headline spells ``word`` with a capital inside a
    sentence and never in lower case."""
    inside = re.search(r"(?<![.!?\n\"“]\s)(?<!^)\b" + re.escape(word) + r"\b", rest)
    return inside is not None and re.search(
        r"\b" + re.escape(word.lower()) + r"\b", rest) is None


def sentence_cased(body: str) -> tuple[str, int] | None:
    """The first line of ``body`` in sentence case, and where that line ends, when it is
    in Title Case (None when it is not).

    >>> sentence_cased("Senator Jones Blasts Plan.\\nJones spoke on Monday.")
    ('senator Jones blasts plan.', 26)
    """
    end = body.find("\n", 0, MAX_CHARS + 1)
    end = len(body) if end < 0 and len(body) <= MAX_CHARS else end
    if end < 0:
        return None
    words = list(_WORD.finditer(body, 0, end))
    if len(words) < MIN_WORDS or sum(
            w.group()[0].isupper() for w in words) < TITLE_SHARE * len(words):
        return None
    rest = body[end:]
    out = list(body[:end])
    for w in words:
        word = w.group()
        lower = word.lower()
        if not word[0].isupper() or len(lower) != len(word) or (
                word.isupper() and 1 < len(word) <= ACRONYM) or _named(word, rest):
            continue
        out[w.start() : w.end()] = lower
    return "".join(out), end
