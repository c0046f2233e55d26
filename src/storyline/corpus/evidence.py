"""How alike two evidence sentences are: do two reports tell the same act?

Two outlets tell one act in their own words, but they share its content words:
the place, the thing counted, the verb's stem ("alleging" / "allege"), the
names. A sentence's *terms* are its words without English stop words (spaCy's
list), without a plural "s" and cut to their first :data:`STEM` letters, a crude
stem that is enough to match word forms; :func:`similarity` is the Jaccard overlap of two sentences'
terms, less the terms both reports are known to share (two reports of one relation both
name its actors and its verb: what tells their acts apart is the rest).

>>> round(similarity("One suit seeks to stop officials from transferring migrants.",
...                  "The suits allege that officials are transferring migrants illegally."), 2)
0.5
>>> similarity("Minerals are critical to the economy.", "The suits allege abuses.")
0.0
"""

from __future__ import annotations

from functools import lru_cache

from .articles import fold, words

#: Letters kept of each word: "alleging" and "allege" share "alleg".
STEM = 5


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English stop words (spaCy's list, folded) and the verbs of reporting."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(fold(w) for w in STOP_WORDS) | {"said", "says", "told", "according"}


@lru_cache(maxsize=65536)
def terms(sentence: str) -> frozenset[str]:
    """The stemmed content words of a sentence."""
    stop = stop_words()
    return frozenset((w[:-1] if len(w) > 3 and w.endswith("s") else w)[:STEM]
                     for w in words(fold(sentence)) if w not in stop and len(w) > 1)


def similarity(a: str, b: str, known: str = "") -> float:
    """Jaccard overlap of the terms of two sentences (0 when either has none), the terms of
    ``known`` left out.

    >>> credit = "Rubio credited Britain for its role in talks with Ukraine."
    >>> jeddah = "Rubio led talks with Ukrainian officials in Jeddah."
    >>> round(similarity(credit, jeddah), 2), similarity(credit, jeddah, "Rubio Ukraine talks")
    (0.33, 0.0)
    """
    skip = terms(known) if known else frozenset()
    ta, tb = terms(a) - skip, terms(b) - skip
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)
