"""Why a gold act told by several stories is not recognised across them.

For each act of ``eval/data/cross_outlet/voa_acts.json`` (of one split) that no shown event
holds reports of two of its articles, the events holding its reports (shown or hidden),
and the first step of the merge (:mod:`storyline.corpus.dedup`) that keeps the closest two
of them apart, for reports of different articles:

- ``types of different families``: two types of different quad classes;
- ``actors resolved differently``: actors no outlet naming fewer would give
  (:func:`~storyline.corpus.dedup.compatible_actors`);
- ``dates``: times that cannot be one (:func:`~storyline.corpus.dedup.same_time`);
- ``one article tells both``: an article tells them as two acts;
- ``words too unlike``: their sentences are less alike than the merge asks;
- ``under the cut, not corroborated``: one event holds them, and it is hidden.

Run ``python -m eval.cross_outlet_missed [train|validation]`` (training by default: read
the validation threads' acts only to measure).
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from typing import Any

from eval.cross_outlet import Found, Gold, corpus, gold_acts
from eval.threads import VOA, analysed
from storyline.corpus import dedup

#: Why two events were kept apart: their stories (dedup.one_story), the merge's steps
#: (dedup.MERGE_STEPS), then the cut.
REASONS = {"stories": "articles of different stories", "types": "types of different families",
           "actors": "actors resolved differently", "time": "dates",
           "one article": "one article tells both", "words": "words too unlike",
           None: "under the cut, not corroborated"}


def blocker(a: dict[str, Any], b: dict[str, Any], wider: dedup.Coarser,
            rarity: dedup.Rarity | None = None, places: frozenset[str] = frozenset(),
            thread_of: dict[str, str] | None = None) -> str:
    """The first step that keeps event rows ``a`` and ``b`` apart (:data:`REASONS`), the
    merge's own (:func:`storyline.corpus.dedup.kept_apart`); one event, or two the merge
    would join, are kept apart by the cut.

    >>> row = {"type": "AGREE", "quad": 1, "source": ["UKR"], "target": [], "date": None,
    ...        "date_precision": None, "first_report": "2025-03-12", "shown": True,
    ...        "mentions": [{"article_key": "a", "sentence": "Kyiv agreed."}]}
    >>> blocker(row, {**row, "source": ["RUS"],
    ...               "mentions": [{"article_key": "b", "sentence": "Kyiv agreed."}]}, {})
    'actors resolved differently'
    >>> blocker(row, {**row, "mentions": [{"article_key": "b", "sentence": "Ukraine said yes."}]},
    ...         {})
    'words too unlike'
    """
    if a is b:
        return REASONS[None]
    if thread_of is not None and not all(
            dedup.one_story(x, y) for x in dedup.stories_of(a, thread_of)
            for y in dedup.stories_of(b, thread_of)):
        return REASONS["stories"]
    return REASONS[dedup.kept_apart(a, b, wider, rarity, places)]


def missed(split: str = "train", verbose: bool = True) -> Counter[str]:
    """The unrecognised acts of ``split`` by reason (each act printed with its events when
    ``verbose``), on the corpus of that split's threads and the stories of no thread."""
    gold = Gold.load()
    c = corpus([a for a in analysed() if gold.split(a["article_key"]) in (None, split)])
    events = c.events
    found = Found.of(events, c.names, gold)
    act_of = gold_acts(gold.acts, found.every, found.every)  # hidden reports too
    by_id = {e["event_id"]: e for e in events}
    wider = dedup.coarser((i for e in events for i in (*e["source"], *e["target"])),
                          c.registry)
    places = dedup.corpus_places(events)
    reasons: Counter[str] = Counter()
    for act, mentions in gold.acts["acts"].items():
        if gold.split(mentions[0]["article"]) != split:
            continue
        held: dict[str, set[str]] = {}  # event id -> the act's articles it holds
        for key, event_id in found.every.items():
            if act_of.get(key) == act:
                held.setdefault(event_id, set()).add(key[0])
        if any(by_id[i]["shown"] and len(arts) >= 2 for i, arts in held.items()):
            continue
        pairs = [(by_id[x], by_id[y]) for x, y in itertools.combinations_with_replacement(
            sorted(held), 2) if len(held[x] | held[y]) >= 2]
        order = list(REASONS.values())
        reason = max((blocker(a, b, wider, c.rarity, places, c.thread_of) for a, b in pairs),
                     key=order.index, default="reports not found")
        reasons[reason] += 1
        if verbose:
            print(f"{act}: {reason}")
            for event_id in sorted(held):
                e = by_id[event_id]
                print(f"    {e['type']} {e['source_names']} -> {e['target_names']} "
                      f"{e['date']} {e['date_precision']} confidence {e['confidence']:.2f}"
                      f"{'' if e['shown'] else ' hidden'}")
                for m in e["mentions"]:
                    print(f"        {m['article_key']} {m['sentence'][:100]}")
    return reasons


if __name__ == "__main__":
    if not VOA.exists():
        sys.exit(f"{VOA} not found")
    print(dict(missed(sys.argv[1] if len(sys.argv) > 1 else "train")))
