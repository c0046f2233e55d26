"""Lookups on a parsed Doc that cost the same in a long text as in a short one.

spaCy builds ``Doc.text`` and ``Doc.ents`` afresh on every access, walking the whole
Doc, and ``Span.ents`` walks all of the Doc's entities: asked once a sentence or once
a mention, they make a stage quadratic in the length of the article. These functions
build each once per Doc (kept while the Doc lives) and answer by binary search.

>>> from storyline import resources
>>> doc = resources.nlp()("Maduro met Guaidó in Oslo. Norway hosted the talks.")
>>> [e.text for e in ents_in(list(doc.sents)[0])], ent_at(doc, 6).text, ent_at(doc, 1)
(['Maduro', 'Guaidó', 'Oslo'], 'Norway', None)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any
from weakref import WeakKeyDictionary

_TEXTS: WeakKeyDictionary[Any, str] = WeakKeyDictionary()
_ENTS: WeakKeyDictionary[Any, tuple[list[int], list[Any]]] = WeakKeyDictionary()


def doc_text(doc: Any) -> str:
    """``doc.text``, built once."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def _ents(doc: Any) -> tuple[list[int], list[Any]]:
    found = _ENTS.get(doc)
    if found is None:
        ents = list(doc.ents)
        found = _ENTS[doc] = ([e.start for e in ents], ents)
    return found


def ents_in(span: Any) -> list[Any]:
    """``span.ents``: the Doc's entities wholly inside ``span``, in order."""
    starts, ents = _ents(span.doc)
    out = []
    for ent in ents[bisect_left(starts, span.start):]:
        if ent.end > span.end:
            break
        out.append(ent)
    return out


def ent_at(doc: Any, i: int) -> Any | None:
    """The entity holding token ``i`` of ``doc``, or None."""
    starts, ents = _ents(doc)
    k = bisect_right(starts, i) - 1
    return ents[k] if k >= 0 and ents[k].end > i else None
