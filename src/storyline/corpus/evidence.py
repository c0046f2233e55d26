"""How alike two evidence sentences are: do two reports tell the same act?

Two outlets tell one act in their own words, but they share its content words:
the place, the thing counted, the verb's stem ("alleging" / "allege"), the
names. A sentence's *terms* are its words without English stop words (spaCy's
list), without a plural "s" and cut to their first :data:`STEM` letters, a crude
stem that is enough to match word forms; :func:`similarity` is the Jaccard overlap of two sentences'
terms, less the terms both reports are known to share (two reports of one relation both
name its actors and its verb: what tells their acts apart is the rest).

Two outlets retelling an act in their own words ("militants attacked a passenger train" /
"blew up tracks, bringing the train with 450 passengers to a halt") share few terms, but
rare ones: the corpus' :class:`Rarity` weighs each term by its inverse document frequency
over the articles, and :func:`similarity` with it is the cosine of the two weighted term
sets, so a shared "train" in a corpus of many stories counts for more than a shared "said".

>>> round(similarity("One suit seeks to stop officials from transferring migrants.",
...                  "The suits allege that officials are transferring migrants illegally."), 2)
0.5
>>> similarity("Minerals are critical to the economy.", "The suits allege abuses.")
0.0
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

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


def is_year(word: str) -> bool:
    """Whether a number reads as a year of the news ("1998", "2025")."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


@lru_cache(maxsize=65536)
def figure_words(sentence: str) -> frozenset[str]:
    """The figures a sentence gives, each with the word after it ("30 day", "177 detainees"):
    a detail two reports of one act share in whatever other words. Single digits and years
    are left out (they date or count anything).

    >>> sorted(figure_words("Ukraine agreed to a 30-day ceasefire in 2025 after 3 rounds."))
    ['30 day']
    """
    told = words(sentence)
    return frozenset(f"{w} {after}" for w, after in pairwise(told)
                     if w.isdigit() and len(w) > 1 and not after.isdigit()
                     and not is_year(w))


@dataclass(frozen=True)
class Rarity:
    """How rare each term is in a corpus: ``log((1 + n) / (1 + df)) + 1`` for a term found
    in ``df`` of its ``n`` texts (a term it never holds weighs most).

    >>> r = Rarity.of(["The train stopped.", "Officials said talks ended.", "Officials said."])
    >>> round(r.weight("offic"), 2), round(r.weight("train"), 2), round(r.weight("tunnel"), 2)
    (1.29, 1.69, 2.39)
    """

    df: Mapping[str, int] = field(default_factory=dict)
    n: int = 0

    @classmethod
    def of(cls, texts: Iterable[str]) -> Rarity:
        """The rarity of terms over ``texts`` (each text's terms counted once)."""
        df: Counter[str] = Counter()
        n = 0
        for text in texts:
            df.update(terms.__wrapped__(text))  # whole articles: not worth caching
            n += 1
        return cls(dict(df), n)

    def weight(self, term: str) -> float:
        """The inverse document frequency of ``term``."""
        return math.log((1 + self.n) / (1 + self.df.get(term, 0))) + 1


def similarity(a: str, b: str, known: str = "", rarity: Rarity | None = None) -> float:
    """How alike two sentences' terms are (0 when either has none), the terms of ``known``
    left out: their Jaccard overlap; with a corpus' ``rarity``, the cosine of the term sets
    each term weighted by its rarity.

    >>> credit = "Rubio credited Britain for its role in talks with Ukraine."
    >>> jeddah = "Rubio led talks with Ukrainian officials in Jeddah."
    >>> round(similarity(credit, jeddah), 2), similarity(credit, jeddah, "Rubio Ukraine talks")
    (0.33, 0.0)
    >>> corpus = Rarity.of([credit, jeddah, "Rubio said talks went well.", "Talks ended."])
    >>> round(similarity(credit, jeddah, rarity=corpus), 2)
    0.3
    """
    skip = terms(known) if known else frozenset()
    ta, tb = terms(a) - skip, terms(b) - skip
    if not ta or not tb:
        return 0.0
    if rarity is None:
        return len(ta & tb) / len(ta | tb)
    weight = {t: rarity.weight(t) ** 2 for t in ta | tb}
    shared = sum(weight[t] for t in ta & tb)
    return shared / math.sqrt(sum(weight[t] for t in ta) * sum(weight[t] for t in tb))
