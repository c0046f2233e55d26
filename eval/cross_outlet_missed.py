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

With ``--pairs``, every pair of an act's reports in two articles instead (:func:`pairs`):
joined, or the step keeping them apart with a finer reason where the merge's step has
several (:func:`finer`): a sector or common noun against a named actor, the sides swapped,
other actors; dates of different precision or different dates at one precision; or a
report not extracted at all (an events issue).

Run ``python -m eval.cross_outlet_missed [train|validation] [--pairs]`` (training by
default: read the validation threads' acts only to measure).
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from typing import Any

from eval.cross_outlet import Found, Gold, _gold_key, corpus, gold_acts
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


#: A registry actor that names no one in particular: a sector or group ("NGOs",
#: "government"), or a common noun taken for an actor ("representatives": no kind).
VAGUE_KINDS = frozenset({None, "group"})


def finer(reason: str, a: dict[str, Any], b: dict[str, Any],
          registry: Any = None) -> str:
    """A finer reason for a pair of event rows ``a`` and ``b`` kept apart by ``reason``:
    for actors, whether one side names a sector or common noun where the other names an
    actor (:data:`VAGUE_KINDS` of the ``registry``), whether the sides are swapped; for
    dates, whether the two are of different precision (day against month) or different
    dates at one.

    >>> row = {"source": ["USA"], "target": [], "date": "2025-03-11", "date_precision": "day"}
    >>> finer("dates", row, {**row, "date": "2025-03", "date_precision": "month"})
    'dates: of different precision'
    >>> finer("dates", row, {**row, "date": "2025-03-13"})
    'dates: different at one precision'
    >>> finer("actors resolved differently", row, {**row, "source": [], "target": ["USA"]})
    'actors resolved differently: sides swapped'
    """
    if reason == REASONS["time"]:
        same = a.get("date_precision") == b.get("date_precision")
        return f"{reason}: {'different at one precision' if same else 'of different precision'}"
    if reason != REASONS["actors"]:
        return reason
    if set(a["source"]) & set(b["target"]) or set(a["target"]) & set(b["source"]):
        return f"{reason}: sides swapped"

    def vague(actor_id: str) -> bool:
        row = registry.get(actor_id) if registry is not None else None
        return row is not None and row.get("kind") in VAGUE_KINDS and not row.get("country")

    for side in ("source", "target"):
        x, y = set(a[side]) - set(b[side]), set(b[side]) - set(a[side])
        if x and y and (all(map(vague, x)) or all(map(vague, y))):
            return f"{reason}: a sector or common noun against a named actor"
    return f"{reason}: other actors"


def pairs(split: str = "train", verbose: bool = True) -> Counter[str]:
    """Every pair of one act's reports in two articles of ``split`` (ambiguous pairs left
    out), by what became of it: joined in a shown event, one event hidden, a report not
    extracted, or the step keeping their events apart (:func:`finer`); each printed with
    its two sentences and events when ``verbose``."""
    gold = Gold.load()
    c = corpus([a for a in analysed() if gold.split(a["article_key"]) in (None, split)])
    events = c.events
    found = Found.of(events, c.names, gold)
    act_of = gold_acts(gold.acts, found.every, found.every)
    by_id = {e["event_id"]: e for e in events}
    wider = dedup.coarser((i for e in events for i in (*e["source"], *e["target"])),
                          c.registry)
    places = dedup.corpus_places(events)

    def events_of(act: str, m: dict[str, Any]) -> list[dict[str, Any]]:
        key = _gold_key(m)
        return [by_id[i] for i in sorted({event_id for k, event_id in found.every.items()
                                          if (k[0], k[3]) == (key[0], key[3])
                                          and act_of.get(k) == act})]

    reasons: Counter[str] = Counter()
    for act, mentions in gold.acts["acts"].items():
        if gold.split(mentions[0]["article"]) != split:
            continue
        for x, y in itertools.combinations(mentions, 2):
            if x["article"] == y["article"] \
                    or frozenset((_gold_key(x), _gold_key(y))) in gold.ambiguous_mentions:
                continue
            ex, ey = events_of(act, x), events_of(act, y)
            shared = [e for e in ex if e in ey]
            if not ex or not ey:
                reason = "not extracted"
            elif shared:
                reason = "joined" if any(e["shown"] for e in shared) else REASONS[None]
            else:
                reason = finer(blocker(ex[0], ey[0], wider, c.rarity, places, c.thread_of),
                               ex[0], ey[0], c.registry)
            reasons[reason] += 1
            if verbose:
                print(f"{act}: {reason}")
                for m, told in ((x, ex), (y, ey)):
                    e = told[0] if told else None
                    row = "not extracted" if e is None else (
                        f"{e['type']} {e['source_names']} -> {e['target_names']} {e['date']} "
                        f"{e['date_precision']}{'' if e['shown'] else ' hidden'}")
                    print(f"    {m['article']} [{row}] {m['sentence'][:100]}")
    return reasons


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
    args = [a for a in sys.argv[1:] if a != "--pairs"]
    run = pairs if "--pairs" in sys.argv else missed
    print(dict(run(args[0] if args else "train")))
