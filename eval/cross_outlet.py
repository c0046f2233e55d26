"""Score the story across outlets: merged events and contradictions on the VOA threads.

Gold (``eval/data/cross_outlet/voa_acts.json``, docs/CROSS_OUTLET_ANNOTATION.md): for the
six VOA threads of ``eval/data/voa_threads.json`` and the three of
``eval/data/cross_outlet/threads.json``, which event mentions (article, coded
type, source and target names, sentence) tell the same real-world act. Each VOA story
stands for an outlet of its own (``outlet`` = ``VOA-<id>``), so the corpus stages treat
them as different outlets. The
split is by thread: validation = threads whose sha1 is 0 mod 3 (the train hijacking and
the hotel siege, and the Sahel counterterrorism stories), training = the rest; the merge
thresholds were set on training only.

Metrics, per split, on the mentions of shown events that match a gold mention:

- ``pair_precision`` / ``pair_recall`` / ``pair_f1``: cross-article pairs of mentions put
  in one event, against the same-act pairs (ambiguous pairs not scored);
- ``acts_recognised``: gold acts (told by two or more articles) found as one event holding
  reports from at least two of their articles.
- ``corroborated``: events shown under the confidence cut because several outlets tell
  them (``shown_reason``), and ``corroborated_in_gold`` the share of them whose every
  mention matches one and the same gold act (a mention hidden when the gold was annotated
  matches none: read those by hand, ``-v``); ``corroborated_independent`` those still told
  by two outlets when a sentence copied word for word (wire copy: terms alike at least
  :data:`COPY_JACCARD`) counts once (:func:`independent_outlets`), and
  ``corroborated_independent_in_gold`` the share of those that are one gold act.

On the whole VOA corpus (89 stories): ``cross_story_events``, events joining articles of
different stories (not in one gold thread, ambiguous thread pairs aside), and
``cross_story_contradictions``, contradictions whose evidence spans different stories;
``events_across_outlets_per_thread``, the shown events told by two or more stories of one
gold thread, on average over the nine threads (what a story is judged to recognise across
outlets);
as shares that stay within one story (``one_story_event_share`` of the multi-article
events, ``one_story_contradiction_share``) for the floors. And the dates:
``timeline_dated``, the share of timeline rows with a date (from the text, else the report
date), and ``acts_not_after_report``, the share of events dated by their text and told as
done (not ``future``) whose date is not after the month of their first report ("late
January" in a March 2025 story is not 2026-01).

Run ``python -m eval.cross_outlet [-v]`` to print them (``-v`` lists every multi-article
event and every contradiction, for reading by hand).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.threads import VOA, analysed

GOLD = Path(__file__).parent / "data/cross_outlet/voa_acts.json"
THREADS = Path(__file__).parent / "data/voa_threads.json"
#: Threads of stories that share acts without being one incident (the second round of the
#: annotation), read with :data:`THREADS`.
ACT_THREADS = Path(__file__).parent / "data/cross_outlet/threads.json"
#: Two reports whose sentences' terms overlap this much (Jaccard) are one text copied (a wire
#: story, a paragraph reused), not two outlets' evidence.
COPY_JACCARD = 0.8


def split_of(thread: str) -> str:
    """``validation`` or ``train``, fixed by a hash of the thread name.

    >>> split_of("pakistan_train_hijacking"), split_of("jeddah_us_ukraine_talks")
    ('validation', 'train')
    """
    return "validation" if int(hashlib.sha1(thread.encode()).hexdigest(), 16) % 3 == 0 \
        else "train"


def _mention_key(article: str, etype: str, source: list[str], target: list[str],
                 sentence: str) -> tuple[str, ...]:
    """A mention: one sentence may hold two events of one type between other actors (the
    two sides in either order: a symmetric type is told in either direction)."""
    return (article, etype, "|".join(sorted([*source, *target])), " ".join(sentence.split()))


def _gold_key(m: dict[str, Any]) -> tuple[str, ...]:
    return _mention_key(m["article"], m["type"], m["source"], m["target"], m["sentence"])


class Gold:
    """The annotation, read once, and the tables every score takes from it.

    Args:
        acts: the annotated acts (:data:`GOLD`): ``acts`` and ``ambiguous`` mention pairs.
        threads: the gold threads (:data:`THREADS`): ``threads`` and ``ambiguous`` pairs.

    >>> gold = Gold({"acts": {}, "ambiguous": []}, {"threads": {"t": ["a", "b"]},
    ...                                              "ambiguous": [["b", "c"]]})
    >>> gold.thread_of, gold.same_story("b", "c"), gold.same_story("a", "c")
    ({'a': 't', 'b': 't'}, True, False)
    """

    def __init__(self, acts: dict[str, Any], threads: dict[str, Any]) -> None:
        self.acts = acts
        self.threads = threads
        self.thread_of = {k: t for t, ks in threads["threads"].items() for k in ks}
        #: Pairs of stories that may or may not be of one thread.
        self.ambiguous_stories = frozenset(frozenset(p) for p in threads.get("ambiguous", []))
        #: Pairs of gold mentions that may or may not tell one act (not scored).
        self.ambiguous_mentions = frozenset(frozenset(_gold_key(m) for m in pair)
                                            for pair in acts["ambiguous"])

    @classmethod
    def load(cls) -> Gold:
        """The annotated acts (:data:`GOLD`) and threads (:data:`THREADS` and
        :data:`ACT_THREADS`)."""
        threads = json.loads(THREADS.read_text(encoding="utf-8"))
        extra = json.loads(ACT_THREADS.read_text(encoding="utf-8"))["threads"]
        return cls(json.loads(GOLD.read_text(encoding="utf-8")),
                   {**threads, "threads": {**threads["threads"], **extra}})

    def split(self, article: str) -> str | None:
        """The split of an article's thread (None: in no thread)."""
        thread = self.thread_of.get(article)
        return None if thread is None else split_of(thread)

    def same_story(self, a: str, b: str) -> bool:
        """Whether two stories are one, of one thread, or maybe of one."""
        return a == b or (a in self.thread_of and self.thread_of.get(a) == self.thread_of.get(b)) \
            or frozenset((a, b)) in self.ambiguous_stories


def corpus(articles: list[dict[str, Any]]) -> Any:
    """The corpus (:class:`storyline.corpus.Corpus`) with every article its own outlet, at
    the default confidence."""
    from storyline.corpus import Corpus
    from storyline.settings import Settings

    arts = [{**a, "outlet": "VOA-" + a["article_key"]} for a in articles]
    return Corpus(arts, min_confidence=Settings().min_confidence)


def views(articles: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The corpus views of :func:`corpus`."""
    from storyline.corpus import views_of

    return views_of(corpus(articles))


@dataclass(frozen=True)
class Found:
    """The output's mentions, each keyed by its own type and actors (a merged event's may
    differ): ``event_of`` each shown one's event id, ``every`` each one's, shown or hidden,
    ``act_of`` the gold act of each (:func:`gold_acts`), ``mentions_of`` the shown
    mentions of each event id."""

    event_of: dict[tuple[str, ...], str]
    every: dict[tuple[str, ...], str]
    act_of: dict[tuple[str, ...], str]
    mentions_of: dict[str, list[tuple[str, ...]]]

    @classmethod
    def of(cls, events: list[dict[str, Any]], names: dict[str, str], gold: Gold) -> Found:
        """The mentions of ``events``, their actors named by ``names``, matched to ``gold``."""
        event_of: dict[tuple[str, ...], str] = {}
        every: dict[tuple[str, ...], str] = {}
        for e in events:
            shown = e.get("shown", True)
            for m in e["mentions"]:
                key = _mention_key(m["article_key"], m.get("type") or e["type"],
                                   [names.get(i, i) for i in m.get("source", e["source"])],
                                   [names.get(i, i) for i in m.get("target", e["target"])],
                                   m["sentence"])
                every[key] = e["event_id"]
                if shown:
                    event_of[key] = e["event_id"]
        mentions_of: dict[str, list[tuple[str, ...]]] = {}
        for key, event_id in event_of.items():
            mentions_of.setdefault(event_id, []).append(key)
        return cls(event_of, every, gold_acts(gold.acts, event_of, every), mentions_of)


def gold_acts(gold: dict[str, Any], found: Iterable[tuple[str, ...]],
              every: Iterable[tuple[str, ...]] = ()) -> dict[tuple[str, ...], str]:
    """The gold act of each mention: by its key, else (its actors resolved otherwise than
    when the gold was annotated) by its article, type and sentence when those name one act,
    else (its type coded otherwise since) by its article and sentence when the gold holds
    that sentence once and the output too (``found`` and ``every`` other mention it
    holds, shown or hidden): the one mention of a sentence recoded.

    >>> m = {"article": "a", "type": "ASSAULT", "source": ["BLA"], "target": [],
    ...      "sentence": "Militants attacked a train."}
    >>> gold = {"acts": {"attack": [m]}}
    >>> gold_acts(gold, [("a", "ASSAULT", "Pakistani rebels", "Militants attacked a train.")])
    {('a', 'ASSAULT', 'BLA', 'Militants attacked a train.'): 'attack', \
('a', 'ASSAULT', 'Pakistani rebels', 'Militants attacked a train.'): 'attack'}
    >>> gold_acts(gold, [("a", "COERCE", "BLA", "Militants attacked a train.")])[
    ...     ("a", "COERCE", "BLA", "Militants attacked a train.")]
    'attack'
    >>> len(gold_acts(gold, [("a", "COERCE", "BLA", "Militants attacked a train.")],
    ...               [("a", "AID", "BLA", "Militants attacked a train.")]))
    1
    """
    found = list(found)
    act_of: dict[tuple[str, ...], str] = {}
    by_sentence: dict[tuple[str, ...], set[str]] = {}
    gold_told: Counter[tuple[str, str]] = Counter()
    for act, mentions in gold["acts"].items():
        for m in mentions:
            key = _gold_key(m)
            act_of[key] = act
            by_sentence.setdefault((key[0], key[1], key[3]), set()).add(act)
            gold_told[key[0], key[3]] += 1
    told = Counter((key[0], key[3]) for key in {*found, *every})
    for key in found:
        acts = by_sentence.get((key[0], key[1], key[3]), set())
        if not acts:
            # A section heading the text ran into the sentence, split off since the
            # annotation ("Recent attacks Since the beginning ..."): the sentence it ends.
            acts = {a for (art, kind, text), found_acts in by_sentence.items()
                    if (art, kind) == (key[0], key[1]) and text.endswith(" " + key[3])
                    for a in found_acts}
        if not acts and gold_told[key[0], key[3]] == 1 == told[key[0], key[3]]:
            acts = {a for (art, _kind, text), found_acts in by_sentence.items()
                    if (art, text) == (key[0], key[3]) for a in found_acts}
        if key not in act_of and len(acts) == 1:
            act_of[key] = next(iter(acts))
    return act_of


def independent_outlets(event: dict[str, Any]) -> int:
    """The outlets of an event's reports, a report whose sentence copies one already counted
    (:data:`COPY_JACCARD`) not counted again.

    >>> told = "Rebels ambushed a bus in Kalat and killed 18 soldiers."
    >>> independent_outlets({"mentions": [{"outlet": "a", "sentence": told},
    ...                                   {"outlet": "b", "sentence": "Last month " + told},
    ...                                   {"outlet": "c", "sentence": "18 died near Kalat."}]})
    2
    """
    from storyline.corpus.evidence import similarity

    kept: list[dict[str, Any]] = []
    for m in event["mentions"]:
        if all(similarity(m["sentence"], k["sentence"]) < COPY_JACCARD for k in kept):
            kept.append(m)
    return len({m["outlet"] for m in kept})


def pair_scores(events: list[dict[str, Any]], found: Found, gold: Gold, split: str
                ) -> dict[str, float]:
    """Pairwise scores and acts recognised for the gold mentions of one split, the output's
    mentions ``found`` among ``events``."""
    event_of, act_of = found.event_of, found.act_of
    keys = sorted(k for k in event_of if gold.split(k[0]) == split)
    tp = fp = fn = 0
    for a, b in itertools.combinations(keys, 2):
        if a[0] == b[0] or frozenset((a, b)) in gold.ambiguous_mentions:
            continue
        same = a in act_of and act_of.get(a) == act_of.get(b)
        joined = event_of[a] == event_of[b]
        tp += same and joined
        fp += joined and not same
        fn += same and not joined
    acts = [act for act, ms in gold.acts["acts"].items() if gold.split(ms[0]["article"]) == split]
    told: dict[str, dict[str, set[str]]] = {}  # act -> event id -> its articles
    for k, act in act_of.items():
        if k in event_of:
            told.setdefault(act, {}).setdefault(event_of[k], set()).add(k[0])
    recognised = sum(any(len(arts) >= 2 for arts in told.get(act, {}).values()) for act in acts)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    # Events shown under the cut because several outlets tell them: is each one gold act?
    corroborated = [e for e in events if e.get("shown_reason")
                    and gold.split(e["mentions"][0]["article_key"]) == split]
    in_gold = {}
    for e in corroborated:
        their_acts = [act_of.get(k) for k in found.mentions_of.get(e["event_id"], [])]
        in_gold[e["event_id"]] = len(set(their_acts) - {None}) == 1 and all(their_acts)
    independent = [e for e in corroborated if independent_outlets(e) >= 2]
    return {"pair_precision": round(precision, 4), "pair_recall": round(recall, 4),
            "pair_f1": round(f1, 4), "acts_recognised": round(recognised / len(acts), 4),
            "corroborated": float(len(corroborated)),
            "corroborated_in_gold": _share(in_gold.values()),
            "corroborated_independent": float(len(independent)),
            "corroborated_independent_in_gold": _share(in_gold[e["event_id"]]
                                                       for e in independent)}


def _share(flags: Iterable[bool]) -> float:
    """The share of true flags (1.0 of none)."""
    flags = list(flags)
    return round(sum(flags) / len(flags), 4) if flags else 1.0


def cross_story(out: dict[str, list[dict[str, Any]]], gold: Gold) -> dict[str, float]:
    """Events and contradictions joining articles of different stories."""

    def mixed(keys: set[str]) -> bool:
        return any(not gold.same_story(a, b) for a, b in itertools.combinations(sorted(keys), 2))

    events = [e for e in out["events"] if e.get("shown", True)]
    multi = [e for e in events if e["num_articles"] > 1]
    crossing = sum(mixed({m["article_key"] for m in e["mentions"]}) for e in multi)
    mixing = sum(mixed({x["article_key"] for x in c["evidence"]}) for c in out["contradictions"])
    n_contradictions = len(out["contradictions"])
    return {
        "cross_story_events": float(crossing),
        "cross_story_contradictions": float(mixing),
        "multi_article_events": float(len(multi)),
        "contradictions": float(n_contradictions),
        "one_story_event_share": round(1 - crossing / len(multi), 4) if multi else 1.0,
        "one_story_contradiction_share": round(1 - mixing / n_contradictions, 4)
        if n_contradictions else 1.0,
    }


def across_outlets(events: list[dict[str, Any]], gold: Gold) -> dict[str, int]:
    """Per gold thread, the shown events told by two or more of its stories (each standing
    for an outlet): what a story is judged to recognise across outlets.

    >>> across_outlets([{"shown": True, "mentions": [{"article_key": "a"},
    ...                                               {"article_key": "b"}]}],
    ...                Gold({"acts": {}, "ambiguous": []},
    ...                     {"threads": {"t": ["a", "b"], "u": ["c"]}}))
    {'t': 1, 'u': 0}
    """
    counts = dict.fromkeys(gold.threads["threads"], 0)
    for e in events:
        if e.get("shown", True):
            stories = Counter(gold.thread_of[k] for k in {m["article_key"] for m in e["mentions"]}
                              if k in gold.thread_of)
            for thread, n in stories.items():
                counts[thread] += n >= 2
    return counts


def dates(out: dict[str, list[dict[str, Any]]]) -> dict[str, float]:
    """The dates of the timeline and of the acts told as done (module docstring).

    >>> dates({"timeline": [{"date": "2025-03-12"}], "events": [
    ...     {"status": "asserted", "date": "2026-01-01", "date_precision": "month",
    ...      "first_report": "2025-03-12"},
    ...     {"status": "future", "date": "2026-01-01", "date_precision": "month",
    ...      "first_report": "2025-03-12"}]})
    {'timeline_dated': 1.0, 'acts_not_after_report': 0.0}
    """
    timeline = out["timeline"]
    done = [e for e in out["events"] if e.get("status") != "future" and e.get("date")
            and e.get("date_precision") not in (None, "reported") and e.get("first_report")]
    after = [e for e in done if e["date"][:7] > e["first_report"][:7]]
    return {
        "timeline_dated": round(sum(1 for r in timeline if r["date"]) / len(timeline), 4)
        if timeline else 0.0,
        "acts_not_after_report": round(1 - len(after) / len(done), 4) if done else 1.0,
    }


def score(verbose: bool = False) -> dict[str, float]:
    """Every metric of the module docstring, on the VOA corpus."""
    gold = Gold.load()
    out = views(analysed())
    metrics: dict[str, float] = {}
    names = {a["actor_id"]: a["name"] for a in out["actors"]}
    found = Found.of(out["events"], names, gold)
    for split in ("train", "validation"):
        for name, value in pair_scores(out["events"], found, gold, split).items():
            metrics[f"{split}_{name}"] = value
    metrics.update(cross_story(out, gold))
    told = across_outlets(out["events"], gold)
    metrics["events_across_outlets_per_thread"] = round(sum(told.values()) / len(told), 4)
    metrics.update(dates(out))
    if verbose:
        print("events across outlets per thread", told)
        for e in out["events"]:
            if e.get("shown", True) and e["num_articles"] > 1:
                print(e["type"], e["source_names"], e["target_names"], e["date"],
                      e["date_precision"], e.get("shown_reason") or "")
                for m in e["mentions"]:
                    print("    ", m["article_key"], m["published"], m["sentence"][:110])
        for c in out["contradictions"]:
            print("CONTRADICTION", c["description"])
            for x in c["evidence"]:
                print("    ", x["article_key"], x["sentence"][:110])
    return metrics


if __name__ == "__main__":
    if not VOA.exists():
        sys.exit(f"{VOA} not found")
    print(json.dumps(score(verbose="-v" in sys.argv), indent=2))
