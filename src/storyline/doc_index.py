"""Lookups on a parsed Doc that cost the same in a long text as in a short one.

spaCy builds ``Doc.text`` and ``Doc.ents`` afresh on every access, walking the whole
Doc, and ``Span.ents`` walks all of the Doc's entities: asked once a sentence or once
a mention, they make a stage quadratic in the length of the article. These functions
build each once per Doc (kept while the Doc lives) and answer by binary search.
The entity index holds token offsets and labels, not Spans: a Span holds its Doc, so a
table of Spans keyed (weakly) by their Doc would keep every Doc alive (and a Doc's own
``user_data`` would make a cycle only the garbage collector frees); the Spans asked for
are made afresh, as ``Doc.ents`` makes them.

Each ``doc[i]``, ``tok.head`` or ``tok.children`` makes new Token objects (spaCy keeps
none), the largest single cost of the stages' own loops; :func:`heads`, :func:`deps`,
:func:`poses`, :func:`tags`, :func:`lemmas`, :func:`lowers` and :func:`children` read
those attributes of every word once per Doc into lists, for loops that walk the parse by offset.

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
from weakref import WeakKeyDictionary, ref

T = TypeVar("T")

Ent = tuple[int, int, int, int, int]  # start, end, label, kb_id, span_id


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
        table = per_doc_table(lambda doc: {})

        @wraps(make)
        def kept(tok: Any) -> T:
            known: dict[Hashable, T] = table(tok.doc)
            k = key(tok)
            found = known.get(k)
            if found is None:
                found = known[k] = make(tok)
            return found
        return kept
    return decorate


def per_doc_table(make: Callable[[Any], T]) -> Callable[[Any], T]:
    """Decorate a function of a Doc so that it runs once per Doc: its answer is kept
    (weakly keyed by the Doc) while the Doc lives. The answer must not hold the Doc (no
    Token or Span), or the Doc would never be freed.

    >>> from storyline import resources
    >>> doc = resources.nlp()("Norway hosted talks.")
    >>> heads(doc) is heads(doc), heads(doc), deps(doc)[:2], children(doc)[1]
    (True, [1, 1, 1, 1], ['nsubj', 'ROOT'], [0, 2, 3])
    """
    table: WeakKeyDictionary[Any, T] = WeakKeyDictionary()
    # The last Doc asked (a weak reference) and its answer, read and written as one pair,
    # so that two threads never see one Doc's reference with another's answer.
    last: list[tuple[Any, Any]] = [(lambda: None, None)]

    @wraps(make)
    def kept(doc: Any) -> T:
        asked, answer = last[0]
        if asked() is doc:
            return answer  # type: ignore[no-any-return]
        found = table.get(doc)
        if found is None:
            found = table[doc] = make(doc)
        last[0] = (ref(doc), found)
        return found
    return kept


@per_doc_table
def doc_text(doc: Any) -> str:
    """``doc.text``, built once."""
    return doc.text


def _string_column(attr: str) -> Callable[[Any], list[str]]:
    """A per-Doc table of the string attribute ``attr`` (a name in ``spacy.attrs``) of
    every token: ``tok.dep_`` for ``DEP``."""
    def column(doc: Any) -> list[str]:
        from spacy import attrs

        ids = doc.to_array(getattr(attrs, attr)).tolist()
        strings = doc.vocab.strings
        named = {k: strings[k] for k in set(ids)}
        return [named[k] for k in ids]
    column.__name__ = column.__qualname__ = f"{attr.lower()}_column"
    column.__doc__ = f"``tok.{attr.lower()}_`` of every token of a Doc."
    return per_doc_table(column)


@per_doc_table
def heads(doc: Any) -> list[int]:
    """``tok.head.i`` of every token of ``doc``, read once (a Token walk makes two
    Token objects a word)."""
    from spacy.attrs import HEAD

    return [i + rel for i, rel in enumerate(doc.to_array(HEAD).astype("int64").tolist())]


#: ``tok.dep_``, ``tok.pos_``, ``tok.tag_``, ``tok.lemma_`` (as spaCy writes it, not
#: lower-cased) and ``tok.lower_`` of every token of a Doc.
deps = _string_column("DEP")
poses = _string_column("POS")
tags = _string_column("TAG")
lemmas = _string_column("LEMMA")
lowers = _string_column("LOWER")


@per_doc_table
def alphas(doc: Any) -> list[bool]:
    """``tok.is_alpha`` of every word of ``doc``."""
    from spacy.attrs import IS_ALPHA

    return [bool(a) for a in doc.to_array(IS_ALPHA).tolist()]


@per_doc_table
def token_chars(doc: Any) -> tuple[list[int], list[int]]:
    """``tok.idx`` and ``tok.idx + len(tok)`` of every token of ``doc``: where each word
    starts and ends in ``doc.text``."""
    from spacy.attrs import IDX, LENGTH

    rows = doc.to_array([IDX, LENGTH]).tolist()
    return [start for start, _ in rows], [start + n for start, n in rows]


def token_index_at(doc: Any, offset: int) -> int | None:
    """The offset of the word of ``doc`` whose characters hold character ``offset``
    (``idx <= offset < idx + len``), or None (a word's trailing space, or past the text):
    the word ``doc.char_span(offset, offset + 1, alignment_mode="expand")`` holds.

    >>> from storyline import resources
    >>> doc = resources.nlp()("Norway hosted talks.")
    >>> [token_index_at(doc, k) for k in (0, 9, 6, 20)]
    [0, 1, None, None]
    """
    starts, ends = token_chars(doc)
    k = bisect_right(starts, offset) - 1
    return k if k >= 0 and offset < ends[k] else None


@per_doc_table
def children(doc: Any) -> list[list[int]]:
    """The offsets of ``tok.children`` of every token of ``doc``, in their order."""
    below: list[list[int]] = [[] for _ in range(len(doc))]
    for i, head in enumerate(heads(doc)):
        if head != i:
            below[head].append(i)
    return below


@per_doc_table
def _ents(doc: Any) -> tuple[list[int], list[Ent]]:
    """The start of each entity, and the entity."""
    ents = [(e.start, e.end, e.label, e.kb_id, e.id) for e in doc.ents]
    return [e[0] for e in ents], ents


@per_doc_table
def _sentence_bounds(doc: Any) -> tuple[list[int], list[int], list[int], list[int]]:
    """The first and the end character offset of each sentence, and its first and end
    token."""
    sents = list(doc.sents)
    return ([s.start_char for s in sents], [s.end_char for s in sents],
            [s.start for s in sents], [s.end for s in sents])


def sentence_of(doc: Any, i: int) -> tuple[int, int, int, int]:
    """``(sent.start, sent.end, sent.start_char, sent.end_char)`` of the sentence of token
    ``i`` (``doc[i].sent``, which walks the sentence's words to find its bounds)."""
    chars, ends, starts, stops = _sentence_bounds(doc)
    k = bisect_right(starts, i) - 1
    return starts[k], stops[k], chars[k], ends[k]


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
    starts, ends, _, _ = _sentence_bounds(doc)
    k = bisect_right(starts, offset) - 1
    return starts[k] if k >= 0 and offset < ends[k] else None
