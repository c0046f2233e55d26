"""A faster, exact driver for spaCy's rule-based lemmatizer.

spaCy's English lemmatizer remembers the lemma of every (word, POS, morphology)
it has seen, but still visits each token in Python to ask. :func:`install` gives
the ``lemmatizer`` of a pipeline a ``__call__`` that reads those three values
for the whole Doc at once, asks spaCy's own ``lemmatize`` only for kinds of
token it has not met, and writes every lemma back in one array. Tokens that
already have a lemma (set by the attribute ruler) keep it, as in spaCy.

The words each part of speech may have as a lemma (the ``lemma_index`` table) come
as lists, which spaCy asks whether a candidate lemma is in: a scan of up to 57,000
words, for every kind of token not met before (nine tenths of the lemmatizer's time
in a new process). :func:`install` makes them sets, which answer the same.

>>> from storyline import resources
>>> [t.lemma_ for t in resources.nlp()("The talks were held.")]
['the', 'talk', 'be', 'hold', '.']
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.tokens import Doc


class IndexedLemmas:
    """Mixed into the lemmatizer's own class by :func:`install`."""

    def __call__(self, doc: Doc) -> Doc:
        if not getattr(self, "_validated", False) or not len(doc):
            return super().__call__(doc)  # type: ignore[misc]
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).astype(np.uint64).reshape(len(doc), 4)
        todo = np.flatnonzero(rows[:, 3] == 0)
        if not len(todo):
            return doc
        known: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_known", {})
        strings = doc.vocab.strings
        keys = rows[todo, :3].tolist()
        lemmas = rows[:, 3:4].copy()
        for i, key in zip(todo.tolist(), map(tuple, keys), strict=True):
            lemma = known.get(key)
            if lemma is None:
                lemma = known[key] = strings.add(self.lemmatize(doc[i])[0])  # type: ignore[attr-defined]
            lemmas[i, 0] = lemma
        doc.from_array([LEMMA], lemmas)
        return doc


@cache
def _indexed(cls: type) -> type:
    return type(f"Indexed{cls.__name__}", (IndexedLemmas, cls), {})


def install(nlp: Any) -> None:
    """Give the rule-based ``lemmatizer`` of ``nlp`` (if any) the array-wise driver."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) == "rule" and not lemmatizer.overwrite:
        lemmatizer.__class__ = _indexed(type(lemmatizer))
        if lemmatizer.lookups.has_table("lemma_index"):
            index = lemmatizer.lookups.get_table("lemma_index")
            for pos, words in list(index.items()):
                index[pos] = frozenset(words)
