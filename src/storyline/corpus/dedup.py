"""Near-duplicate articles, and one event out of its many reports.

Articles: wire copies and reposts share most of their word 5-grams. Each body
is hashed once into a MinHash; an LSH index finds candidate earlier articles in
near-constant time, and the candidates are checked on the exact shingle sets.
The earliest article (by publication day, then key) is the original; later
copies get ``duplicate_of`` and are not counted again.

Events: every coded event of a non-duplicate article gives one *mention* per
pair of actors it relates ("Russia, China and Cuba back Maduro" is a report of
each backer; the two sides of a symmetric type such as CONSULT are put in a
fixed order). Mentions with the same PLOVER type and the same resolved source
and target actors are one event when
their dates are compatible (the same day, or the same month or year at the
coarser precision); an undated mention joins the latest event of its key
reported no later than its article, else the earliest. So "Russia supports
Maduro" told by four outlets is one event with four mentions.

>>> arts = [{"article_key": k, "published": d, "body": "word " * 3 + body}
...         for k, d, body in [("a", "2019-05-01", "Talks in Oslo resumed on Monday " * 5),
...                            ("b", "2019-05-02", "Talks in Oslo resumed on Monday " * 5)]]
>>> duplicates(arts)
{'b': 'a'}
"""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any, NamedTuple

from ..ontology import flagged, state_sectors
from .aggregate import IN_PROCESS, Aggregator
from .articles import (
    PRECISION_RANK,
    Article,
    day_of,
    expand,
    key_of,
    outlet_of,
    shingles,
    words,
)
from .day_place import corpus_places, same_day_and_place
from .evidence import Rarity, figure_words, similarity
from .merge_settings import DEFAULT_MERGE, MergeSettings
from .registry import Registry

#: Words per shingle when comparing article bodies.
SHINGLE = 5
#: MinHash permutations (precision of the Jaccard estimate).
NUM_PERM = 64
#: Jaccard similarity at which the LSH index proposes a candidate pair.
CANDIDATE_JACCARD = 0.5
#: Share of the shorter article's shingles found in the other, for a duplicate.
CONTAINMENT = 0.8
#: Articles shorter than this many words are only duplicates when identical.
MIN_WORDS = 25

_PRECISION = {"day": 10, "month": 7, "year": 4}


def _minhash(items: set[str]) -> Any:
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32)
    m.update_batch([s.encode("utf-8") for s in sorted(items)])
    return m


def duplicates(articles: Iterable[Article]) -> dict[str, str]:
    """Map each near-duplicate article's key to the key of its original.

    Args:
        articles: analysed article dicts with ``article_key``, ``published`` and ``body``.

    Returns:
        ``{duplicate_key: original_key}``; originals and unique articles are absent.
    """
    from datasketch import MinHashLSH

    order = sorted(articles, key=lambda a: (day_of(a.get("published")) or "9999", key_of(a)))
    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    kept: dict[str, set[str]] = {}
    exact: dict[str, str] = {}
    found: dict[str, str] = {}
    for article in order:
        key = key_of(article)
        if key in kept or key in found:
            continue
        tokens = words(article.get("body") or "")
        text = " ".join(tokens)
        if text and text in exact:
            found[key] = exact[text]
            continue
        if text:
            exact[text] = key
        if len(tokens) < MIN_WORDS:
            continue
        grams = shingles(tokens, SHINGLE)
        signature = _minhash(grams)
        best, best_score = None, 0.0
        for other in sorted(lsh.query(signature)):
            shared = len(grams & kept[other])
            contained = shared / min(len(grams), len(kept[other]))
            if contained >= CONTAINMENT and contained > best_score:
                best, best_score = other, contained
        if best is not None:
            found[key] = best
        else:
            lsh.insert(key, signature)
            kept[key] = grams
    return dict(sorted(found.items()))


def compatible_dates(a: str | None, pa: str | None, b: str | None, pb: str | None) -> bool:
    """Whether two event dates can be the same day, given their precisions.

    >>> compatible_dates("2019-05-05", "day", "2019-05-01", "month")
    True
    >>> compatible_dates("2019-05-05", "day", "2019-05-06", "day")
    False
    >>> compatible_dates(None, None, "2019-05-06", "day")
    True

    A report date (precision ``reported``) is no date of the act: compatible with any.
    """
    if not a or not b or "reported" in (pa, pb):
        return True
    width = min(_PRECISION.get(pa or "day", 10), _PRECISION.get(pb or "day", 10))
    return a[:width] == b[:width]


def _dyads(etype: str, source: list[str], target: list[str]) -> list[tuple[list[str], list[str]]]:
    """One (source, target) pair per pair of actors an event relates.

    "Russia, China and Cuba back Maduro" is a report of each backer. Actors named on
    one side only ("Russia and China held talks") pair with each other. Each pair keeps
    the direction it was told in ("Pence promised Guaidó support" is Pence to Guaidó);
    for a symmetric type the two directions are one key (:func:`_group_key`).

    >>> _dyads("SUPPORT", ["CHN", "RUS"], ["nicolas_maduro"])
    [(['CHN'], ['nicolas_maduro']), (['RUS'], ['nicolas_maduro'])]
    >>> _dyads("CONSULT", ["VEN.OPP"], ["NOR", "VEN.GOV"])
    [(['VEN.OPP'], ['NOR']), (['VEN.OPP'], ['VEN.GOV'])]
    >>> _dyads("SUPPORT", ["RUS"], [])
    [(['RUS'], [])]
    """
    symmetric = etype in flagged("symmetric")
    if source and target:
        pairs = [(s, t) for s in source for t in target if s != t]
        if not pairs:
            return [(list(source), [])]
    elif symmetric and len(source or target) >= 2:
        side = source or target
        pairs = [(a, b) for i, a in enumerate(side) for b in side[i + 1 :]]
    else:
        return [([a], []) for a in source] or [([], [b]) for b in target] or [([], [])]
    if symmetric:
        firsts = {}
        for a, b in pairs:
            firsts.setdefault((min(a, b), max(a, b)), (a, b))
        pairs = [firsts[k] for k in sorted(firsts)]
    return [([a], [b]) for a, b in pairs]


def _state(actor_id: str, registry: Registry) -> str:
    """A country's government acts as the country: "Moscow backs Maduro" and "Russia backs
    Maduro" report one event (``RUS.GOV`` counts as ``RUS`` when the corpus knows ``RUS``)."""
    country, dot, sector = actor_id.partition(".")
    if dot and sector == "GOV" and registry.get(country) is not None:
        return country
    return actor_id


def _mentions(article: Article, event: dict[str, Any], registry: Registry,
              thread: str | None = None) -> list[dict[str, Any]]:
    source = sorted({_state(registry.resolve(r), registry) for r in event.get("source") or []})
    target = sorted({_state(registry.resolve(r), registry) for r in event.get("target") or []})
    said_by = event.get("said_by")
    actors = [expand(article, r) for r in [*(event.get("source") or []),
                                           *(event.get("target") or [])]]
    base = {
        # The words every report of its key says: the trigger, the actors' names.
        "key_words": " ".join([event.get("trigger") or "",
                               *(a.get(k) or "" for a in actors for k in ("name", "text")),
                               *(registry.name(registry.resolve(a)) for a in actors)]),
        "event": event,
        "article_key": key_of(article),
        "thread": thread,
        "outlet": outlet_of(article),
        "published": day_of(article.get("published")),
        "sentence": event.get("sentence") or "",
        "start": event.get("start"),
        "end": event.get("end"),
        "status": event.get("status") or "asserted",
        "said_by": registry.resolve(said_by) if said_by else None,
        "confidence": event.get("confidence"),
    }
    return [{**base, "source": s, "target": t}
            for s, t in _dyads(event.get("type") or "?", source, target)]


def _group_key(m: dict[str, Any]) -> tuple[Any, ...]:
    etype = m["event"].get("type") or "?"
    if not m["source"] and not m["target"]:
        return (etype, "unresolved", m["article_key"], m["start"])
    if m["source"] and m["target"] and etype in flagged("symmetric"):
        return (etype, *sorted([tuple(m["source"]), tuple(m["target"])]))
    return (etype, tuple(m["source"]), tuple(m["target"]))


#: Reports with no date in their text tell the same act only when published this close.
REPORT_WINDOW_DAYS = 7
#: A report with no date in its text joins an act its text-dated reports place at most this
#: many days before its publication (news tells what is recent).
RECENT_DAYS = 14


def _span(day: str, precision: str | None) -> tuple[date, date]:
    """First and last day of a date at its precision."""
    d = date.fromisoformat((day + "-01-01"[len(day) - 4 :])[:10] if len(day) < 10 else day[:10])
    if precision == "year":
        return d.replace(month=1, day=1), d.replace(month=12, day=31)
    if precision == "month":
        nxt = d.replace(day=28) + timedelta(days=4)
        return d.replace(day=1), nxt - timedelta(days=nxt.day)
    return d, d


def same_time(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two reports (``date``, ``date_precision`` from the text, ``published``) can
    tell an act of the same time: text dates compatible at the coarser precision; a report
    with no text date published at most :data:`RECENT_DAYS` after the other's date (and not
    before it); two reports with no text date published at most :data:`REPORT_WINDOW_DAYS`
    apart. A report with neither date can be of any time.

    >>> same_time({"date": "2019-05-05", "date_precision": "day", "published": "2019-05-06"},
    ...           {"date": None, "published": "2019-05-08"})
    True
    >>> same_time({"date": None, "published": "2019-01-28"},
    ...           {"date": None, "published": "2019-05-05"})
    False
    """
    if a.get("date") and b.get("date"):
        if not compatible_dates(a["date"], a.get("date_precision"), b["date"],
                                b.get("date_precision")):
            return False
        if "year" not in (a.get("date_precision"), b.get("date_precision")):
            return True
        dated, undated = a, {"date": None, "published": b.get("published")}
    elif a.get("date") or b.get("date"):
        dated, undated = (a, b) if a.get("date") else (b, a)
    else:
        pa, pb = a.get("published"), b.get("published")
        if not pa or not pb:
            return True
        gap = abs((date.fromisoformat(pa) - date.fromisoformat(pb)).days)
        return gap <= REPORT_WINDOW_DAYS
    if not undated.get("published"):
        return True
    first, last = _span(dated["date"], dated.get("date_precision"))
    seen = date.fromisoformat(undated["published"])
    return first - timedelta(days=1) <= seen <= last + timedelta(days=RECENT_DAYS)


def _when(m: dict[str, Any]) -> dict[str, Any]:
    ev = m["event"]
    return {"date": ev.get("date"), "date_precision": ev.get("date_precision"),
            "published": m["published"]}


def _cluster(mentions: list[dict[str, Any]], rarity: Rarity | None,
             merge: MergeSettings) -> list[list[dict[str, Any]]]:
    """Split the mentions of one key into events: a mention joins the first event (text-dated
    ones first, most precise first) all of whose mentions can be of its time
    (:func:`same_time`), else starts one."""
    rank = PRECISION_RANK

    def order(m: dict[str, Any]) -> tuple[Any, ...]:
        ev = m["event"]
        return (ev.get("date") is None, rank.get(ev.get("date_precision") or "day", 0),
                ev.get("date") or "", m["published"] or "", m["article_key"], m["start"] or 0)

    clusters: list[list[dict[str, Any]]] = []
    for m in sorted(mentions, key=order):
        when = _when(m)
        fits = [c for c in clusters if all(same_time(when, _when(o)) for o in c)
                and _alike(m, c, rarity, merge)]
        if not fits:
            clusters.append([m])
            continue
        dated = [c for c in fits if c[0]["event"].get("date")]
        if when["date"] or not dated:
            fits[0].append(m)
            continue
        # An undated report: the latest act dated no later than its publication.
        before = [c for c in dated if not m["published"]
                  or c[0]["event"]["date"] <= m["published"]] or dated
        max(before, key=lambda c: c[0]["event"]["date"]).append(m)
    return clusters


#: The thread of an article when threads were not computed: of any story.
ANY_STORY = "*"


#: An article (key, thread id or None, publication day or None).
Story = tuple[str, str | None, str | None]


def one_story(a: Story, b: Story) -> bool:
    """Whether two articles can tell one act: the same article, two articles of one thread,
    or two published at most :data:`REPORT_WINDOW_DAYS` apart (the thread grouping splits
    one story told in very different words; one of :data:`ANY_STORY`, threads unknown, is
    like any). Stories of other threads further apart never tell one act.

    >>> one_story(("k1", "t1", None), ("k2", "t1", None))
    True
    >>> one_story(("k1", "t1", "2025-03-11"), ("k2", "t2", "2025-03-14"))
    True
    >>> one_story(("k1", "t1", "2025-03-11"), ("k2", "t2", "2025-03-31"))
    False
    >>> one_story(("k1", None, "2025-03-11"), ("k2", None, "2025-03-31"))
    False
    """
    if a[0] == b[0] or ANY_STORY in (a[1], b[1]) or (a[1] is not None and a[1] == b[1]):
        return True
    if not a[2] or not b[2]:
        return False
    return abs((date.fromisoformat(a[2]) - date.fromisoformat(b[2])).days) <= REPORT_WINDOW_DAYS


def _story(m: dict[str, Any]) -> Story:
    return m["article_key"], m.get("thread"), m.get("published")


def _other_thread(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two reports are of articles the thread grouping put in different stories."""
    return a["article_key"] != b["article_key"] and ANY_STORY not in (a.get("thread"),
                                                                        b.get("thread")) \
        and a.get("thread") != b.get("thread")


def _alike(m: dict[str, Any], cluster: list[dict[str, Any]], rarity: Rarity | None,
           merge: MergeSettings) -> bool:
    """Whether a report tells the act of a cluster: every report of the cluster from another
    article is of its story (:func:`one_story`), and told in like words beyond the words
    of the key (its actors' names, its trigger: ``key_words``) (every one or one,
    :attr:`~MergeSettings.same_key_link` of ``merge``), its own article's reports too (an
    article that tells one relation twice may tell two acts: "talks Tuesday" and "credited
    Britain for its role in talks"); in words as alike as reports of two types must be
    (:attr:`~MergeSettings.same_type_similarity`) when the cluster holds a report of
    another thread (the thread grouping found the stories different); words weighed by
    their ``rarity`` in the corpus (:func:`~storyline.corpus.evidence.similarity`)."""
    others = [o for o in cluster if o["article_key"] != m["article_key"]]
    if not all(one_story(_story(m), _story(o)) for o in others):
        return False
    link = min if merge.same_key_link == "every" else max
    least = merge.same_key_similarity if m["source"] and m["target"] \
        else merge.one_sided_similarity
    if any(_other_thread(m, o) for o in others):
        least = max(least, merge.same_type_similarity)
    return not cluster or link(similarity(m["sentence"], o["sentence"],
                                         f"{m['key_words']} {o['key_words']}", rarity)
                               for o in cluster) >= least


def _event_date(anchor: dict[str, Any] | None, published: list[str]) -> dict[str, Any]:
    """An event's date: the most precise date its reports' text gives; else the day it was
    first reported, ``date_precision: "reported"`` (``date_from: "report"``)."""
    if anchor is not None:
        return {"date": anchor["date"], "date_precision": anchor.get("date_precision") or "day",
                "date_from": anchor.get("date_from", "article")}
    if published:
        return {"date": published[0], "date_precision": "reported", "date_from": "report"}
    return {"date": None, "date_precision": None, "date_from": None}


def _common(values: Iterable[Any]) -> Any:
    """The most common non-null value, the first seen on ties."""
    counts = Counter(v for v in values if v is not None)
    return max(counts, key=lambda v: counts[v]) if counts else None


def _event_row(members: list[dict[str, Any]], registry: Registry) -> dict[str, Any]:
    events = [m["event"] for m in members]
    dated = [e for e in events if e.get("date")]
    anchor = min(dated, key=lambda e: (PRECISION_RANK.get(e.get("date_precision") or "day", 0),
                                       e["date"])) if dated else None
    told = Counter((tuple(m["source"]), tuple(m["target"])) for m in members)
    source, target = max(told, key=lambda st: told[st])  # the direction most reports give
    etype = events[0].get("type")
    published = sorted(m["published"] for m in members if m["published"])
    key = _group_key(members[0])
    sides = key[1:] if key[1] != "unresolved" else ((), ())
    ident = "|".join([etype or "?", *(",".join(side) for side in sides),
                      anchor["date"] if anchor else "r" + (published[0] if published else "")])
    if not source and not target:
        ident += f"|{members[0]['article_key']}|{members[0]['start']}"
    statuses = Counter(m["status"] for m in members)
    status = max(sorted(statuses), key=lambda s: (statuses[s], s == "asserted"))
    locations = {}
    for e in events:
        if e.get("location") and e["location"].get("name"):
            locations.setdefault(e["location"]["name"], e["location"])
    location_name = _common(e["location"]["name"] for e in events
                            if e.get("location") and e["location"].get("name"))
    mentions = sorted(
        ({**{k: m.get(k) for k in ("article_key", "outlet", "published", "sentence", "start",
                                   "end", "status", "said_by", "confidence")},
          "place": m["event"].get("location"), "type": m["event"].get("type"),
          "source": list(m["source"]), "target": list(m["target"])} for m in members),
        key=lambda m: (m["published"] or "9999", m["article_key"], m["start"] or 0),
    )
    return {
        "event_id": "ev_" + hashlib.sha1(ident.encode("utf-8")).hexdigest()[:12],
        "type": etype,
        "mode": _common(e.get("mode") for e in events),
        "cameo_root": _common(e.get("cameo_root") for e in events),
        "quad": _common(e.get("quad") for e in events),
        "intensity": _common(e.get("intensity") for e in events),
        "source": list(source),
        "target": list(target),
        "source_names": [registry.name(i) for i in source],
        "target_names": [registry.name(i) for i in target],
        **_event_date(anchor, published),
        "location": locations.get(location_name) if location_name else None,
        "status": status,
        "confidence": max((e.get("confidence") or 0.0 for e in events), default=0.0),
        "num_mentions": len(members),
        "num_articles": len({m["article_key"] for m in members}),
        "num_outlets": len({m["outlet"] for m in members}),
        "first_report": published[0] if published else None,
        "last_report": published[-1] if published else None,
        "mentions": mentions,
    }


class Context(NamedTuple):
    """What :func:`keyed_mentions` and :func:`key_events` need of the corpus (a tuple, so
    that it travels to the workers as it is)."""

    registry: Registry
    #: Keys of near-duplicate articles, whose events are not counted again.
    skip: frozenset[str]
    #: The thread of each threaded article (None: threads unknown, any article may tell
    #: the act of another).
    thread_of: Mapping[str, str] | None
    #: How rare each word is in the corpus' articles.
    rarity: Rarity
    merge: MergeSettings


def keyed_mentions(article: Article, context: Context) -> list[tuple[str, dict[str, Any]]]:
    """The mentions of one article's events, each with the key of the events it can join
    (nothing for a near-duplicate article)."""
    key = key_of(article)
    if key in context.skip:
        return []
    thread_of = context.thread_of
    return [(repr(_group_key(m)), m) for event in article.get("events") or []
            for m in _mentions(article, event, context.registry,
                               ANY_STORY if thread_of is None else thread_of.get(key))]


def key_events(mentions: list[dict[str, Any]], context: Context) -> list[dict[str, Any]]:
    """The event rows of the mentions of one key, split by date compatibility."""
    return [_event_row(members, context.registry)
            for members in _cluster(mentions, context.rarity, context.merge)]


def cluster_events(
    articles: Iterable[Article], registry: Registry, duplicates: Iterable[str] = (),
    aggregator: Aggregator = IN_PROCESS, thread_of: Mapping[str, str] | None = None,
    merge: MergeSettings = DEFAULT_MERGE, rarity: Rarity | None = None,
) -> list[dict[str, Any]]:
    """The ``events`` view: every event once, with its mentions across articles.

    A group-by: :func:`keyed_mentions` per article, :func:`key_events` per key (run by
    ``aggregator``); then ids are made unique in key order and the rows sorted.

    Args:
        articles: analysed article dicts with ``article_key``.
        registry: the corpus actor registry (resolves event actors to corpus ids).
        duplicates: keys of near-duplicate articles, whose events are not counted again.
        aggregator: where the per-article and per-key work runs.
        thread_of: the thread id of each threaded article (``threads`` view); reports of
            articles of different threads, or of an article in no thread, never tell one act
            (None: threads unknown, no such limit).
        merge: when reports from different articles tell one act (thresholds, linkage).
        rarity: how rare each word is in the articles that are no near-duplicate (built
            from them when None; :attr:`~storyline.corpus.context.Corpus.rarity` keeps it
            across merges under other settings).

    Returns:
        event rows (docs/CORPUS.md) sorted by first report, then ``event_id``.
    """
    articles = list(articles)
    skip = frozenset(duplicates)
    if rarity is None:
        rarity = Rarity.of(a.get("body") or "" for a in articles if key_of(a) not in skip)
    context = Context(registry, skip, None if thread_of is None else dict(thread_of), rarity,
                      merge)
    rows: dict[str, dict[str, Any]] = {}
    for row in aggregator.group(articles, keyed_mentions, key_events, context):
        while row["event_id"] in rows:
            row["event_id"] += "x"
        rows[row["event_id"]] = row
    merged = merge_across_keys(list(rows.values()), context.thread_of, registry, rarity, merge)
    return sorted(merged, key=lambda r: (r["first_report"] or "9999", r["event_id"]))


def row_time(row: dict[str, Any]) -> dict[str, Any]:
    """An event row's time as :func:`same_time` reads it: its date when its text gives one,
    and its first report."""
    text_dated = row.get("date_precision") not in (None, "reported")
    return {"date": row["date"] if text_dated else None,
            "date_precision": row.get("date_precision"), "published": row.get("first_report")}


#: Each actor id's coarser names (:func:`coarser`).
Coarser = Mapping[str, frozenset[str]]


def coarser(actor_ids: Iterable[str], registry: Registry) -> dict[str, frozenset[str]]:
    """The coarser names an outlet naming less precisely may give each actor: the country
    of a body of its state (``state_sectors`` of data/corpus_relations.json: "Homeland
    Security dismissed the allegations" and "the United States denied them"), and the
    sector without a country of a country's group ("Pakistani civilians", "civilians");
    only names the corpus knows.
    """
    state = state_sectors()
    out = {}
    for actor_id in sorted(set(actor_ids)):
        row = registry.get(actor_id) or {}
        country, sector = row.get("country"), row.get("sector")
        names = set()
        if country and country != actor_id and sector in state:
            names.add(country)
        if country and sector and row.get("kind") == "group":
            names.add(sector)
        out[actor_id] = frozenset(n for n in names if n != actor_id
                                  and registry.get(n) is not None)
    return out


def _same_actor(x: str, y: str, wider: Coarser) -> bool:
    return x == y or y in wider.get(x, ()) or x in wider.get(y, ())


def compatible_actors(a: dict[str, Any], b: dict[str, Any], wider: Coarser | None = None
                      ) -> bool:
    """Whether two events can relate the same actors, one outlet naming fewer: on each side
    every actor of one is an actor of the other, or a finer name of one (``wider``, each
    actor's :func:`coarser` names), and the two share at least one.

    >>> compatible_actors({"source": ["RUS"], "target": ["VEN"]}, {"source": [], "target": ["VEN"]})
    True
    >>> compatible_actors({"source": ["RUS"], "target": ["USA"]},
    ...                   {"source": ["USA"], "target": ["RUS"]})
    False
    >>> compatible_actors({"source": ["dhs"], "target": []}, {"source": ["USA"], "target": []},
    ...                   {"dhs": frozenset({"USA"})})
    True
    """
    wider = wider or {}

    def within(xs: list[str], ys: list[str]) -> bool:
        return all(any(_same_actor(x, y, wider) for y in ys) for x in xs)

    sides = [(a["source"], b["source"]), (a["target"], b["target"])]
    return all(within(x, y) or within(y, x) for x, y in sides) \
        and any(_same_actor(p, q, wider) for x, y in sides for p in x for q in y)


#: The steps of the merge across keys, in the order :func:`kept_apart` tries them.
MERGE_STEPS = ("types", "actors", "time", "one article", "words")


def stories_of(row: dict[str, Any], thread_of: Mapping[str, str] | None
               ) -> set[tuple[str, str | None, str | None]]:
    """(article key, its thread, its publication date) of each mention of an event row, as
    :func:`one_story` reads them."""
    return {(m["article_key"], ANY_STORY if thread_of is None
             else thread_of.get(m["article_key"]), m.get("published"))
            for m in row["mentions"]}


def same_detail(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two event rows share a detail finer than their type: its mode (ACCUSE
    ``allege``), or a figure reports of both give (:func:`~storyline.corpus.evidence.figure_words`:
    "agreed to a 30-day ceasefire", "ready to accept ... an immediate, interim 30-day
    ceasefire").

    >>> row = {"mode": None, "mentions": [{"sentence": "Ukraine agreed to a 30-day truce."}]}
    >>> same_detail(row, {"mode": None, "mentions": [{"sentence": "A 30-day ceasefire."}]})
    True
    >>> same_detail(row, {"mode": None, "mentions": [{"sentence": "A 30-hour pause."}]})
    False
    """
    if a.get("mode") and a.get("mode") == b.get("mode"):
        return True
    told = frozenset().union(*(figure_words(m["sentence"]) for m in a["mentions"]))
    return any(figure_words(m["sentence"]) & told for m in b["mentions"])


def kept_apart(a: dict[str, Any], b: dict[str, Any], wider: Coarser, rarity: Rarity | None,
               places: frozenset[str], merge: MergeSettings = DEFAULT_MERGE) -> str | None:
    """The first step of :data:`MERGE_STEPS` that keeps event rows ``a`` and ``b`` apart,
    or None when they tell one act (see :func:`merge_across_keys`, which first asks that
    their articles be of one story, :func:`one_story`)."""
    same_type = a.get("type") == b.get("type")
    if not same_type and (a.get("quad") is None or a.get("quad") != b.get("quad")):
        return "types"
    if not compatible_actors(a, b, wider):
        return "actors"
    if not same_time(row_time(a), row_time(b)):
        return "time"
    if {m["article_key"] for m in a["mentions"]} & {m["article_key"] for m in b["mentions"]}:
        return "one article"  # one article told them as two acts
    if merge.day_place_joins(same_type) \
            and same_day_and_place(a, b, places):
        return None
    least = merge.cross_key_similarity if not same_type else min(
        merge.same_type_similarity, merge.same_detail_similarity) if same_detail(a, b) \
        else merge.same_type_similarity
    alike = any(ma["article_key"] != mb["article_key"]
                and similarity(ma["sentence"], mb["sentence"], rarity=rarity) >= least
                for ma in a["mentions"] for mb in b["mentions"])
    return None if alike else "words"


def merge_across_keys(rows: list[dict[str, Any]], thread_of: Mapping[str, str] | None = None,
                      registry: Registry | None = None, rarity: Rarity | None = None,
                      merge: MergeSettings = DEFAULT_MERGE) -> list[dict[str, Any]]:
    """Events of different keys that are one act: the same type or quad class, compatible
    actors (:func:`compatible_actors`: one outlet may name fewer, or name them less
    precisely, :func:`coarser` by ``registry``), of the same time, never both told by one
    article, and reports from different articles told in alike words
    (``merge``: :attr:`~MergeSettings.same_type_similarity`,
    :attr:`~MergeSettings.cross_key_similarity`, words weighed by their ``rarity`` in the
    corpus): "G7 ministers discussed
    China's role" coded CONSULT
    China-G7 by one outlet and G7 alone by another; all their articles of one story
    (:func:`one_story`, by ``thread_of``, an article's thread id). The merged event keeps the
    id, type and actors of its most reported part and every mention.

    >>> row = {"quad": 1, "date": None, "date_precision": None, "first_report": "2025-03-13",
    ...        "num_mentions": 1, "status": "asserted"}
    >>> a = {**row, "event_id": "a", "source": ["CHN"], "target": ["G7"],
    ...      "mentions": [{"article_key": "k1", "sentence": "G7 ministers discussed China."}]}
    >>> b = {**row, "event_id": "b", "source": [], "target": ["G7"],
    ...      "mentions": [{"article_key": "k2", "sentence": "G7 ministers discussed China."}]}
    >>> [(r["event_id"], r["num_mentions"]) for r in merge_across_keys([a, b], {"k1": "t",
    ...                                                                        "k2": "t"})]
    [('a', 2)]
    >>> len(merge_across_keys([a, b], {"k1": "t", "k2": "u"}))
    2
    """
    by_id = {r["event_id"]: r for r in rows}
    parent = {k: k for k in by_id}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    stories = {k: stories_of(r, thread_of) for k, r in by_id.items()}
    wider = coarser((i for r in rows for i in (*r["source"], *r["target"])), registry) \
        if registry is not None else {}
    places = corpus_places(rows)
    by_actor: dict[str, list[str]] = {}
    for r in rows:
        actors = {*r["source"], *r["target"]}
        for actor in sorted(actors.union(*(wider.get(i, ()) for i in actors))):
            by_actor.setdefault(actor, []).append(r["event_id"])
    for ids in by_actor.values():
        for i, x in enumerate(ids):
            for y in ids[i + 1 :]:
                rx, ry = find(x), find(y)
                if rx != ry and all(one_story(a, b) for a in stories[rx] for b in stories[ry]) \
                        and kept_apart(by_id[x], by_id[y], wider, rarity, places,
                                       merge) is None:
                    parent[max(rx, ry)] = min(rx, ry)
                    stories[min(rx, ry)] |= stories[max(rx, ry)]
    groups: dict[str, list[dict[str, Any]]] = {}
    for k in sorted(by_id):
        groups.setdefault(find(k), []).append(by_id[k])
    return [_joined(g) if len(g) > 1 else g[0] for g in groups.values()]


def _joined(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One event row out of the rows of one act."""
    base = min(rows, key=lambda r: (-r["num_mentions"], r["event_id"]))
    mentions = sorted((m for r in rows for m in r["mentions"]),
                      key=lambda m: (m.get("published") or "9999", m["article_key"],
                                     m.get("start") or 0))
    dated = [r for r in rows if r.get("date_precision") not in (None, "reported")]
    when = min(dated, key=lambda r: (PRECISION_RANK.get(r["date_precision"], 0), r["date"])) \
        if dated else base
    published = sorted(m["published"] for m in mentions if m.get("published"))
    statuses = Counter(m.get("status") for m in mentions)
    return {
        **base,
        "date": when.get("date"), "date_precision": when.get("date_precision"),
        "date_from": when.get("date_from"),
        "status": max(sorted(s for s in statuses if s),
                      key=lambda s: (statuses[s], s == "asserted"), default=base.get("status")),
        "confidence": max(r.get("confidence") or 0.0 for r in rows),
        "num_mentions": len(mentions),
        "num_articles": len({m["article_key"] for m in mentions}),
        "num_outlets": len({m.get("outlet") for m in mentions}),
        "first_report": published[0] if published else None,
        "last_report": published[-1] if published else None,
        "mentions": mentions,
    }
