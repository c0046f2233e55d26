"""Lookups on a parsed Doc that cost the same in a long text as in a short one.

spaCy builds ``Doc.text`` and ``Doc.ents`` afresh on every access, walking the whole
Doc, and ``Span.ents`` walks all of the Doc's entities: asked once a sentence or once
a mention, they make a stage quadratic in the length of the article. These functions
build each once per Doc (kept while the Doc lives) and answer by binary search.
The entity index holds token offsets and labels, not Spans: a Span holds its Doc, so a
table of Spans keyed (weakly) by their Doc would keep every Doc alive (and a Doc's own
``user_data`` would make a cycle only the garbage collector frees); the Spans asked for
are made afresh, as ``Doc.ents`` makes them.

>>> from storyline import resources
>>> doc = resources.nlp()("Maduro met Guaidó in Oslo. Norway hosted the talks.")
>>> [e.text for e in ents_in(list(doc.sents)[0])], ent_at(doc, 6).text, ent_at(doc, 1)
(['Maduro', 'Guaidó', 'Oslo'], 'Norway', None)
>>> sentence_at(doc, 0), sentence_at(doc, 27), sentence_at(doc, 26)
(0, 27, None)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable
from functools import wraps
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

T = TypeVar("T")

_TEXTS: WeakKeyDictionary[Any, str] = WeakKeyDictionary()
Ent = tuple[int, int, int, int, int]  # start, end, label, kb_id, span_id
#: Per Doc: the start of each entity, and the entity.
_ENTS: WeakKeyDictionary[Any, tuple[list[int], list[Ent]]] = WeakKeyDictionary()
#: Per Doc: the first and the end character offset of each sentence.
_SENTS: WeakKeyDictionary[Any, tuple[list[int], list[int]]] = WeakKeyDictionary()


def per_doc(key: Callable[[Any], Hashable]) -> Callable[[Callable[[Any], T]], Callable[[Any], T]]:
    """Decorate a function of a token so that it runs once per Doc and ``key(token)``:
    its answers are kept in a table keyed (weakly) by the token's Doc, while the Doc
    lives. The function must not answer None (None is not kept).

    >>> from storyline import resources
    >>> calls = []
    >>> @per_doc(lambda tok: tok.i)
    ... def upper(tok):
    ...     calls.append(tok.i)
    ...     return tok.text.upper()
    >>> doc = resources.nlp()("Norway hosted talks.")
    >>> upper(doc[0]), upper(doc[0]), upper(doc[1]), calls
    ('NORWAY', 'NORWAY', 'HOSTED', [0, 1])
    """
    def decorate(make: Callable[[Any], T]) -> Callable[[Any], T]:
        table: WeakKeyDictionary[Any, dict[Hashable, T]] = WeakKeyDictionary()

        @wraps(make)
        def kept(tok: Any) -> T:
            known = table.get(tok.doc)
            if known is None:
                known = table[tok.doc] = {}
            k = key(tok)
            found = known.get(k)
            if found is None:
                found = known[k] = make(tok)
            return found
        return kept
    return decorate


def doc_text(doc: Any) -> str:
    """``doc.text``, built once."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def _ents(doc: Any) -> tuple[list[int], list[Ent]]:
    found = _ENTS.get(doc)
    if found is None:
        ents = [(e.start, e.end, e.label, e.kb_id, e.id) for e in doc.ents]
        found = _ENTS[doc] = ([e[0] for e in ents], ents)
    return found


def _span(doc: Any, ent: Ent) -> Any:
    from spacy.tokens import Span

    start, end, label, kb_id, span_id = ent
    return Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id)


def ents_in(span: Any) -> list[Any]:
    """``span.ents``: the Doc's entities wholly inside ``span``, in order."""
    starts, ents = _ents(span.doc)
    out = []
    for ent in ents[bisect_left(starts, span.start):]:
        if ent[1] > span.end:
            break
        out.append(_span(span.doc, ent))
    return out


def ent_at(doc: Any, i: int) -> Any | None:
    """The entity holding token ``i`` of ``doc``, or None."""
    starts, ents = _ents(doc)
    k = bisect_right(starts, i) - 1
    return _span(doc, ents[k]) if k >= 0 and ents[k][1] > i else None


def sentence_at(doc: Any, offset: int) -> int | None:
    """The ``start_char`` of the sentence of ``doc`` whose characters hold ``offset``
    (``sent.start_char <= offset < sent.end_char``), or None (the space between two
    sentences, or past the text)."""
    bounds = _SENTS.get(doc)
    if bounds is None:
        sents = list(doc.sents)
        bounds = _SENTS[doc] = ([s.start_char for s in sents], [s.end_char for s in sents])
    starts, ends = bounds
    k = bisect_right(starts, offset) - 1
    return starts[k] if k >= 0 and offset < ends[k] else None
