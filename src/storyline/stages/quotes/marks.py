"""Find quoted passages by their quote marks, character by character.

No parse is needed: every quote mark in a paragraph is classed as opening or
closing from the characters beside it (a mark after a space and before a letter
opens, one after a letter and before a space or punctuation closes), with the
curly direction deciding only when the context cannot. Straight and curly double
quotes, low-9 and angle quotes, PTB-style ````...''`` pairs and single quotes
used as quote marks are all read; apostrophes ("Guaido's", "Venezuelans'") are
never taken for quote marks unless a single quote is open.

A paragraph is a line; nothing a paragraph does wrong (an unclosed or a stray
mark) reaches the next one. A quote left open at the end of its paragraph runs
to the end of that paragraph; when the next paragraph opens with a quote mark,
the two pieces are chained (the usual way to print a quote over several
paragraphs).

>>> [(q.text) for q in find_quotes('He said: "We will win." It\\'s "late".')]
['We will win.', 'late']
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from ...doc_index import doc_text, per_doc_table

DOUBLE_OPEN = "“„‟«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
_DOUBLE = re.compile(r"``|''|[\"“”„‟«»]")
_SINGLE = re.compile(r"['‘’‚‹›]")
_PARAGRAPH = re.compile(r"[^\n]+")
_OPENERS_BEFORE = "([{—–-/\u2014\u2013"
_PUNCT_AFTER = ".,;:!?)]}—–-…\u2014\u2013"
#: Longest a single-quoted passage may be (single quotes are rarer and riskier).
MAX_SINGLE = 400


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted passage: ``body[start:end]`` is its content, without marks or edge spaces.

    ``open``/``close`` are the offsets of the marks (``close`` is None when the
    quote runs unclosed to the end of its paragraph); ``para_start``/``para_end``
    bound its paragraph; ``continues`` is True for the second and later pieces
    of a quote printed over several paragraphs; ``single`` for single quotes;
    ``close_len`` is the closing mark's length (2 for PTB's ``''``).
    """

    start: int
    end: int
    open: int
    close: int | None
    para_start: int
    para_end: int
    text: str
    continues: bool = False
    single: bool = False
    close_len: int = 1

    @property
    def after(self) -> int:
        """The offset just after the closing mark (the paragraph's end when unclosed).

        >>> [q.after for q in find_quotes("''Yes,'' he said.")]
        [8]
        """
        return self.para_end if self.close is None else self.close + self.close_len


def _family(mark: str) -> str:
    if mark == '"':
        return "straight"
    if mark in ("``", "''"):
        return "ptb"
    return "curly"


def _role(text: str, i: int, mark: str) -> str:
    """'open', 'close' or 'either' for the mark at ``text[i:i+len(mark)]``."""
    prev = text[i - 1] if i > 0 else " "
    j = i + len(mark)
    nxt = text[j] if j < len(text) else " "
    can_open = not nxt.isspace() and (
        prev.isspace() or prev in _OPENERS_BEFORE or prev in DOUBLE_OPEN + SINGLE_OPEN + "'\""
    )
    can_close = not prev.isspace() and (
        nxt.isspace() or nxt in _PUNCT_AFTER or nxt in DOUBLE_CLOSE + SINGLE_CLOSE + "'\""
    )
    if mark == "``":
        return "open"
    if mark == "''":
        return "open" if can_open and not can_close else "close"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    if mark in DOUBLE_OPEN or mark in SINGLE_OPEN:
        return "open"
    if mark in DOUBLE_CLOSE or mark in SINGLE_CLOSE:
        return "close"
    return "either"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


#: (open mark, content start, content end, close mark, close mark's length)
Raw = tuple[int, int, int, int | None, int]


def _double_spans(text: str, p0: int, p1: int) -> list[Raw]:
    """The outermost double-quoted passages of one paragraph."""
    spans: list[Raw] = []
    stack: list[tuple[str, int, int]] = []  # (family, mark offset, mark length)
    for m in _DOUBLE.finditer(text, p0, p1):
        mark, i = m.group(), m.start()
        fam, role = _family(mark), _role(text, i, mark)
        if role == "either":
            role = "close" if stack and stack[-1][0] == fam else "open"
        if role == "open":
            if stack and stack[-1][0] == fam:
                stack.pop()  # an opener never closed: drop it, keep the damage local
            stack.append((fam, i, len(mark)))
            continue
        if not stack:
            continue  # a stray closing mark
        families = [s[0] for s in stack]
        if fam in families:
            while stack[-1][0] != fam:
                stack.pop()
        opened = stack.pop()
        if not stack:
            spans.append((opened[1], opened[1] + opened[2], i, i, len(mark)))
    if stack:
        fam, i, n = stack[0]
        spans.append((i, i + n, p1, None, 0))
    return spans


def _single_spans(text: str, p0: int, p1: int, inside: list[tuple[int, int]]) -> list[Raw]:
    """Single-quoted passages outside double quotes; each must close in its paragraph."""
    spans: list[Raw] = []
    opened: int | None = None
    for m in _SINGLE.finditer(text, p0, p1):
        i = m.start()
        if any(a <= i < b for a, b in inside):
            continue
        role = _role(text, i, m.group())
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe inside a word
        if opened is None:
            if role == "open" and (nxt.isalnum() or nxt in '"“'):
                opened = i
        elif role in ("close", "either") and not prev.isspace():
            if 2 < i - opened <= MAX_SINGLE:
                spans.append((opened, opened + 1, i, i, 1))
            opened = None
        elif role == "open" and nxt.isalnum() and i - opened > MAX_SINGLE:
            opened = i
    return spans


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quoted passage of ``text``, in order. Never raises.

    Args:
        text: the article body.

    Returns:
        One :class:`QuoteSpan` per quoted passage (per paragraph piece of a
        quote printed over several paragraphs); ``text[q.start:q.end] == q.text``.

    >>> q = find_quotes("“First part,” she said, ‘second’ and Guaido's plan.")
    >>> [x.text for x in q]
    ['First part,', 'second']
    """
    out: list[QuoteSpan] = []
    prev_unclosed = False
    for para in _PARAGRAPH.finditer(text):
        p0, p1 = para.start(), para.end()
        raw = _double_spans(text, p0, p1)
        inside = [(o, e if c is None else c + n) for o, _, e, c, n in raw]
        singles = _single_spans(text, p0, p1, inside)
        raw = sorted(raw + singles)
        first_mark = text[p0:p1].lstrip()[:1]
        continues = prev_unclosed and first_mark in DOUBLE_OPEN + '"'
        prev_unclosed = False
        for k, (o, s, e, close, n) in enumerate(raw):
            cs, ce = _strip(text, s, e)
            if ce <= cs:
                continue
            single = (o, s, e, close, n) in singles
            out.append(QuoteSpan(cs, ce, o, close, p0, p1, text[cs:ce],
                                 continues=continues and k == 0, single=single, close_len=n))
            prev_unclosed = close is None
    return out


@per_doc_table
def _quoted(doc: Any) -> list[tuple[int, int]]:
    """The bounds of the quoted passages of a parsed Doc, in order."""
    return sorted((q.start, q.end) for q in find_quotes(doc_text(doc)))


def inside_quote(doc: Any, offset: int) -> bool:
    """Whether character ``offset`` of a parsed Doc lies inside a quoted passage
    (:func:`find_quotes` of its text, found once per Doc and kept while it lives).

    >>> from storyline import resources
    >>> doc = resources.nlp()('"We will fight," he said. They fought.')
    >>> inside_quote(doc, 4), inside_quote(doc, 30)
    (True, False)
    """
    spans = _quoted(doc)
    k = bisect_right(spans, (offset, math.inf)) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]
