"""Tune the merge of event reports across outlets on the training VOA threads only.

Six settings (:class:`storyline.corpus.merge_settings.MergeSettings`) decide when reports
from different articles (of one story: one thread, or close in time) tell one act: the
similarity for reports of one type and actors (``same_key_similarity``), and whether a
report must be that alike to every report of the act from other articles or to one
(``same_key_link``), and the threshold for reports naming one side only
(``one_sided_similarity``); the similarity for events of one type with compatible actors
(one outlet naming fewer or less precisely, ``same_type_similarity``), for those that also
share its mode or a figure (``same_detail_similarity``; 0.5, as a type alone, tries it off) and
for events of two
types of one quad class (``cross_key_similarity``), and whether events dated by their text
to one day and sharing a place are one act in any words when of one type or of one quad
class (``same_day_place``). This script tries a grid of them on the
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
from storyline.corpus.merge_settings import DAY_PLACE, LINKS, MergeSettings

#: Each column of the grid: the :class:`MergeSettings` field it sets, the values tried.
GRID = {
    "same_key": ("same_key_similarity", (0.1, 0.2, 0.3, 0.4)),
    "link": ("same_key_link", LINKS),
    "one_sided": ("one_sided_similarity", (0.2, 0.3, 0.4, 0.5)),
    "same_type": ("same_type_similarity", (0.3, 0.4, 0.5, 0.6)),
    "same_detail": ("same_detail_similarity", (0.2, 0.5)),
    "cross_key": ("cross_key_similarity", (0.4, 0.5, 0.6)),
    "day_place": ("same_day_place", DAY_PLACE),
}
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


def settings_of(row: dict[str, Any]) -> MergeSettings:
    """The merge settings of a row of the grid.

    >>> settings_of({"same_key": 0.3, "link": "one", "one_sided": 0.4, "same_type": 0.5,
    ...              "same_detail": 0.2, "cross_key": 0.6, "day_place": "off"}).same_key_link
    'one'
    """
    return MergeSettings(**{field: row[column] for column, (field, _) in GRID.items()})


def grid(articles: list[dict[str, Any]]) -> list[dict[str, float]]:
    """Training scores for each pair of thresholds of the grid."""
    gold = cross_outlet.Gold.load()
    # The training threads and the stories of no thread (how rare a word is depends on the
    # whole corpus), never a validation thread's.
    train = [a for a in articles if gold.split(a["article_key"]) in (None, "train")]
    rows = []
    corpus = cross_outlet.corpus(train)
    for values in itertools.product(*(tried for _field, tried in GRID.values())):
        row = dict(zip(GRID, values, strict=True))
        corpus.recluster(settings_of(row))  # the events again, under these settings
        found = cross_outlet.Found.of(corpus.events, corpus.names, gold)
        s = cross_outlet.pair_scores(corpus.events, found, gold, "train")
        mixed = cross_outlet.cross_story({"events": corpus.events, "contradictions": []},
                                         gold)["cross_story_events"]
        rows.append({**row, **s, "cross_story": mixed,
                     "f05": round(f_beta(s["pair_precision"], s["pair_recall"]), 4)})
    return rows


def best(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The setting chosen. Precision first: only the settings of the fewest events joining
    stories compete; of those, only settings whose training merges are right at least
    :data:`MIN_PRECISION` of the time (no merge at all counts as right), or, when none is,
    those of the highest training precision; among them the best F0.5, and on ties the
    most cautious: every report alike, the highest thresholds.

    >>> row = {"link": "every", "same_key": 0.4, "one_sided": 0.5, "same_type": 0.5,
    ...        "same_detail": 0.2, "cross_key": 0.5, "day_place": "quad", "pair_precision": 1.0}
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
    chosen = best(results)
    print("best", json.dumps(chosen))
    print(settings_of(chosen))
