"""Lookups on a text that cost the same in a long text as in a short one.

Finding the line around an offset by scanning for line breaks, or asking whether an
offset falls in any of a list of spans by trying each, costs the length of the line or
of the list each time: once a token, that is quadratic in a long line or in an article
of many quotations. Here both are binary searches over an index built once.

>>> line_span("ab\\ncd\\nef", 4)
(3, 5)
>>> spans = Intervals([(5, 9), (0, 2), (8, 12)])
>>> [spans.covers(i) for i in (1, 2, 11, 12)]
[True, False, True, False]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

_FIRST = re.compile(r"\S")
_WORDS = re.compile(r"\S+")
#: The last few texts whose line breaks were indexed, with their offsets, newest last.
_lines: list[tuple[str, list[int]]] = []


def _breaks(text: str) -> list[int]:
    for seen, breaks in _lines:
        if seen is text:
            return breaks
    breaks = [m.start() for m in re.finditer("\n", text)]
    _lines[:] = [*_lines[-3:], (text, breaks)]
    return breaks


def line_starts(text: str) -> list[int]:
    """Offsets where the lines of ``text`` start (the line breaks are kept as for
    :func:`line_span`).

    >>> line_starts("ab\\ncd\\n")
    [0, 3, 6]
    """
    return [0, *(b + 1 for b in _breaks(text))]


def line_span(text: str, offset: int) -> tuple[int, int]:
    """``(start, end)`` of the line of ``text`` holding ``offset`` (``end`` at its line
    break, or the end of the text); the line breaks of the last text asked about are
    kept, so asking once a token costs a binary search."""
    breaks = _breaks(text)
    k = bisect_left(breaks, offset)
    return (breaks[k - 1] + 1 if k else 0), (breaks[k] if k < len(breaks) else len(text))


def first_line(text: str) -> tuple[int, int]:
    """``(start, end)`` of the first line of ``text`` that is not blank: its headline,
    when it has one.

    >>> first_line("\\nTalks resume\\nThey did.")
    (1, 13)
    """
    first = _FIRST.search(text)
    start = first.start() if first else len(text)
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def title_cased(line: str) -> bool:
    """Whether ``line`` is in Title Case: at least three words of four letters or more,
    every one of them capitalised (``Maduro Ally Tells Sputnik``; short words may not be:
    ``Doctrine of Backyard``).

    >>> title_cased("We Are Returning to the Doctrine of Backyard"), title_cased("He said no.")
    (True, False)
    """
    words = 0
    for found in _WORDS.finditer(line):  # lazily: a line of prose fails within a few words
        w = found.group()
        if len(w) > 3 and w[:1].isalpha():
            if not w[:1].isupper():
                return False
            words += 1
    return words >= 3


class Intervals(list[tuple[int, int]]):
    """A list of ``(start, end)`` spans that also answers, by binary search, whether an
    offset falls in any of them."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        super().__init__(spans)
        merged: list[list[int]] = []
        for s, e in sorted(span for span in self if span[1] > span[0]):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]
        self._by_start = sorted((s, k) for k, (s, _) in enumerate(self))

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> Intervals:
        """``spans`` as Intervals (itself when it already is)."""
        return spans if isinstance(spans, Intervals) else cls(spans)

    def covers(self, offset: int) -> bool:
        """Whether ``start <= offset < end`` for one of the spans."""
        k = bisect_right(self._starts, offset) - 1
        return k >= 0 and offset < self._ends[k]

    def starting_within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans with ``lo < start < hi``, in the list's order.

        >>> Intervals([(5, 9), (0, 2), (3, 12), (8, 9)]).starting_within(2, 8)
        [(5, 9), (3, 12)]
        """
        k = bisect_right(self._by_start, (lo, len(self)))
        found = []
        while k < len(self._by_start) and self._by_start[k][0] < hi:
            found.append(self._by_start[k][1])
            k += 1
        return [self[j] for j in sorted(found)]
