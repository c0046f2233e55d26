"""How each outlet told the story.

Per outlet: the labels it gives each actor ("democratically-elected
President" vs "self-declared interim president"), the words it uses about each
actor that the other outlets do not (``framing``, :mod:`storyline.corpus.framing`) and
about anything (``voice``)
kept apart from the words of the speakers it quotes (``quoted_words``), whom it
quotes and how often, the events only it reports, the events it leaves out that at least two
other outlets report, and per actor how many of the events it reports about
that actor are cooperative and how many conflictual.

An outlet that reposts another's article (a near-duplicate) counts as
reporting the events of the original.

>>> rows = compare(
...     articles=[{"article_key": "a", "outlet": "RT"}, {"article_key": "b", "outlet": "VOA"}],
...     actors=[{"actor_id": "RUS", "name": "Russia", "labels": []}],
...     events=[{"event_id": "e1", "type": "SUPPORT", "source": ["RUS"], "target": [],
...              "mentions": [{"article_key": "a", "outlet": "RT"}]}],
...     quotes=[])
>>> [(r["outlet"], r["exclusive_events"], [t["cooperative"] for t in r["tone"]]) for r in rows]
[('RT', ['e1'], [1]), ('VOA', [], [])]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from .articles import Article, key_of, outlet_of, sign_of

#: An event counts as left out by an outlet when at least this many other outlets report it.
OMITTED_MIN_OUTLETS = 2


def _reporting_outlets(
    events: Iterable[dict[str, Any]], copies: Mapping[str, list[str]]
) -> dict[str, set[str]]:
    outlets: dict[str, set[str]] = {}
    for e in events:
        seen = outlets.setdefault(e["event_id"], set())
        for m in e.get("mentions") or []:
            seen.add(m["outlet"])
            seen.update(copies.get(m["article_key"], ()))
    return outlets


def _by_outlet(rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Rows by their ``outlet``, each without it."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        out[row["outlet"]].append({k: v for k, v in row.items() if k != "outlet"})
    return out


def compare(
    articles: Iterable[Article],
    actors: Iterable[dict[str, Any]],
    events: Iterable[dict[str, Any]],
    quotes: Iterable[dict[str, Any]],
    duplicates: Mapping[str, str] | None = None,
    framing: Iterable[dict[str, Any]] = (),
    quoted_words: Iterable[dict[str, Any]] = (),
    voice: Iterable[dict[str, Any]] = (),
) -> list[dict[str, Any]]:
    """The ``comparison`` view: one row per outlet, sorted by outlet.

    Args:
        articles: analysed article dicts (all of them, duplicates included).
        actors: the ``actors`` view.
        events: the ``events`` view.
        quotes: the ``quotes`` view.
        duplicates: ``{duplicate_key: original_key}`` from :func:`dedup.duplicates`.
        framing: the words each outlet uses about an actor that the others do not
            (:func:`storyline.corpus.framing.framing`).
        quoted_words: the words quoted speakers use about actors
            (:func:`storyline.corpus.framing.quoted_words`).
        voice: the words each outlet uses in its own voice, about anything, that the others
            do not (:func:`storyline.corpus.framing.voice`).
    """
    own_words, quoted_by, voice_of = (_by_outlet(rows) for rows in (framing, quoted_words,
                                                                      voice))
    articles, events = list(articles), list(events)
    n_articles = Counter(outlet_of(a) for a in articles)
    outlet_by_key = {key_of(a): outlet_of(a) for a in articles}
    copies: dict[str, list[str]] = defaultdict(list)
    for dup, original in (duplicates or {}).items():
        copies[original].append(outlet_by_key.get(dup, "unknown"))
    names = {a["actor_id"]: a["name"] for a in actors}

    labels: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for actor in actors:
        for lab in actor.get("labels") or []:
            labels[lab["outlet"]].append({"actor_id": actor["actor_id"], "name": actor["name"],
                                          "label": lab["label"], "count": lab["count"]})

    quoted: dict[str, Counter[str]] = defaultdict(Counter)
    for q in quotes:
        if q.get("speaker_id"):
            quoted[q["outlet"]][q["speaker_id"]] += 1
            names.setdefault(q["speaker_id"], q.get("speaker_name") or q["speaker_id"])

    reporters = _reporting_outlets(events, copies)
    tone: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for e in events:
        sign = sign_of(e.get("type") or "")
        for outlet in reporters[e["event_id"]]:
            for actor_id in {*e.get("source", []), *e.get("target", [])}:
                if sign:
                    tone[outlet][actor_id][0 if sign > 0 else 1] += 1
                names.setdefault(actor_id, actor_id)

    all_outlets = sorted(set(n_articles) | {o for r in reporters.values() for o in r})
    rows = []
    for outlet in all_outlets:
        exclusive = sorted(eid for eid, rep in reporters.items()
                           if rep == {outlet} and len(all_outlets) > 1)
        omitted = sorted(eid for eid, rep in reporters.items()
                         if outlet not in rep and len(rep) >= OMITTED_MIN_OUTLETS)
        rows.append({
            "outlet": outlet,
            "n_articles": n_articles.get(outlet, 0),
            "labels": sorted(labels.get(outlet, []),
                             key=lambda r: (r["actor_id"], -r["count"], r["label"])),
            "quoted": [{"speaker_id": sid, "name": names.get(sid, sid), "count": n}
                       for sid, n in sorted(quoted[outlet].items(),
                                            key=lambda kv: (-kv[1], kv[0]))],
            "framing": own_words.get(outlet, []),
            "quoted_words": quoted_by.get(outlet, []),
            "voice": voice_of.get(outlet, []),
            "exclusive_events": exclusive,
            "omitted_events": omitted,
            "tone": [
                {"actor_id": aid, "name": names.get(aid, aid), "cooperative": c,
                 "conflictual": k, "cooperative_share": round(c / (c + k), 4)}
                for aid, (c, k) in sorted(tone[outlet].items()) if c + k
            ],
        })
    return rows
