"""Tune the merge of event reports across outlets on the training VOA threads only.

Six settings of :mod:`storyline.corpus.dedup` decide when reports from different
articles (of one story: one thread, or close in time) tell one act:
:data:`~storyline.corpus.dedup.SAME_KEY_SIMILARITY` for reports of one type and actors,
and whether a report must be that alike to every report of the act from other articles or
to one (:data:`~storyline.corpus.dedup.SAME_KEY_LINK`), and the threshold for reports
naming one side only (:data:`~storyline.corpus.dedup.ONE_SIDED_SIMILARITY`);
:data:`~storyline.corpus.dedup.SAME_TYPE_SIMILARITY` for events of one type with compatible
actors (one outlet naming fewer or less precisely) and
:data:`~storyline.corpus.dedup.CROSS_KEY_SIMILARITY` for events of two types of one quad
class, and whether events dated by their text to one day and sharing a place are one act
in any words when of one type or of one quad class
(:data:`~storyline.corpus.dedup.SAME_DAY_PLACE`). This script tries a grid of them on the
*training* threads of ``eval/data/cross_outlet/voa_acts.json`` (split by thread hash,
``eval.cross_outlet.split_of``) and prints, for each pair, the training pair precision,
recall and F0.5 (precision weighs more: a wrong merge misleads, a missed one only
repeats) and the events joining articles of different stories in the training corpus
(``cross_story``, by the gold threads), then, among the settings of the fewest such
events, the best of those whose training precision is at least ``MIN_PRECISION`` (or the
highest any reaches; on ties, the most cautious). The events are computed on the
training threads and the stories of no thread (the corpus the rarity of words is taken
from; its actors and threads once, the events once per setting). The validation threads
are never read here; their scores come from ``python -m eval.cross_outlet``.

Run ``python -m training.cross_outlet_merge`` (the VOA stories are analysed once).
"""

from __future__ import annotations

import itertools
import json
from typing import Any

from eval import cross_outlet
from eval.threads import analysed
from storyline.corpus import dedup

SAME_KEY = (0.1, 0.2, 0.3, 0.4)
LINK = ("one", "every")
ONE_SIDED = (0.2, 0.3, 0.4, 0.5)
SAME_TYPE = (0.3, 0.4, 0.5, 0.6)
CROSS_KEY = (0.4, 0.5, 0.6)
#: From the most cautious: never on the day and place alone, then one type, one quad class.
DAY_PLACE = ("off", "type", "quad")
#: A wrong merge misleads (two acts shown as one), a missed one only repeats a row.
MIN_PRECISION = 0.9


def f_beta(precision: float, recall: float, beta: float = 0.5) -> float:
    """The F-beta score (beta < 1 weighs precision more).

    >>> round(f_beta(1.0, 0.5), 3)
    0.833
    """
    b2 = beta * beta
    return (1 + b2) * precision * recall / (b2 * precision + recall) if precision + recall \
        else 0.0


def grid(articles: list[dict[str, Any]]) -> list[dict[str, float]]:
    """Training scores for each pair of thresholds of the grid."""
    gold = json.loads(cross_outlet.GOLD.read_text(encoding="utf-8"))
    threads = json.loads(cross_outlet.THREADS.read_text(encoding="utf-8"))
    thread_of = {k: t for t, ks in threads["threads"].items() for k in ks}
    # The training threads and the stories of no thread (how rare a word is depends on the
    # whole corpus), never a validation thread's.
    train = [a for a in articles if a["article_key"] not in thread_of
             or cross_outlet.split_of(thread_of[a["article_key"]]) == "train"]
    settings = ("SAME_KEY_SIMILARITY", "SAME_KEY_LINK", "ONE_SIDED_SIMILARITY",
                "SAME_TYPE_SIMILARITY", "CROSS_KEY_SIMILARITY", "SAME_DAY_PLACE")
    saved = [getattr(dedup, n) for n in settings]
    rows = []
    corpus = cross_outlet.corpus(train)
    try:
        for values in itertools.product(SAME_KEY, LINK, ONE_SIDED, SAME_TYPE, CROSS_KEY,
                                        DAY_PLACE):
            for name, value in zip(settings, values, strict=True):
                setattr(dedup, name, value)
            corpus.recluster()  # the events again, under these settings
            s = cross_outlet.pair_scores(corpus.events, corpus.names, gold, thread_of, "train")
            mixed = cross_outlet.cross_story({"events": corpus.events, "contradictions": []},
                                             threads)["cross_story_events"]
            rows.append({**dict(zip(("same_key", "link", "one_sided", "same_type", "cross_key",
                                     "day_place"),
                                    values, strict=True)), **s, "cross_story": mixed,
                         "f05": round(f_beta(s["pair_precision"], s["pair_recall"]), 4)})
    finally:
        for name, value in zip(settings, saved, strict=True):
            setattr(dedup, name, value)
    return rows


def best(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The setting chosen. Precision first: only the settings of the fewest events joining
    stories compete; of those, only settings whose training merges are right at least
    :data:`MIN_PRECISION` of the time (no merge at all counts as right), or, when none is,
    those of the highest training precision; among them the best F0.5, and on ties the
    most cautious: every report alike, the highest thresholds.

    >>> row = {"link": "every", "same_key": 0.4, "one_sided": 0.5, "same_type": 0.5,
    ...        "cross_key": 0.5, "day_place": "quad", "pair_precision": 1.0}
    >>> best([{**row, "f05": 0.9, "cross_story": 1.0},
    ...       {**row, "f05": 0.8, "cross_story": 0.0, "same_key": 0.3},
    ...       {**row, "f05": 0.8, "cross_story": 0.0}])["same_key"]
    0.4
    """
    fewest = min(r["cross_story"] for r in results)
    results = [r for r in results if r["cross_story"] == fewest]
    floor = min(MIN_PRECISION, max(r["pair_precision"] for r in results))
    return max((r for r in results if r["pair_precision"] >= floor),
               key=lambda r: (r["f05"], r["pair_precision"], r["link"] == "every",
                              r["same_key"], r["one_sided"], r["same_type"], r["cross_key"],
                              -DAY_PLACE.index(r["day_place"])))


if __name__ == "__main__":
    results = grid(analysed())
    for row in results:
        print(json.dumps(row))
    print("best", json.dumps(best(results)))
