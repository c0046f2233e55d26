"""A small in-memory store with hand-made corpus views (shapes of docs/CORPUS.md).

The report and web tests use it to check rendering and the API without a
DuckDB file; ``hostile_views`` puts script payloads into every string.
"""

from __future__ import annotations

import copy
from typing import Any

from storyline.corpus.attention import attention as attention_view

XSS_SCRIPT = "<script>document.title='pwned'</script>"
XSS_IMG = "\"><img src=x onerror=\"document.title='pwned'\">"
XSS = XSS_SCRIPT + XSS_IMG

K1, K2, K3 = "a1a1a1a1a1a1a1a1", "b2b2b2b2b2b2b2b2", "c3c3c3c3c3c3c3c3"


def _article(key: str, outlet: str, title: str, published: str, body: str,
             removed: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {"id": key, "source": f"{key}.txt", "article_key": key, "content_hash": key,
            "duplicate_of": None, "outlet": outlet, "title": title, "url": f"https://{key}.test/",
            "published": published, "language": "en", "body": body,
            "removed": removed or [], "actors": [], "events": [], "quotes": [], "warnings": []}


def _mention(key: str, outlet: str, published: str, sentence: str) -> dict[str, Any]:
    return {"article_key": key, "outlet": outlet, "published": published, "sentence": sentence,
            "start": 0, "end": len(sentence), "status": "asserted", "said_by": None}


def _event(event_id: str, etype: str, source: list[tuple[str, str]], target: list[tuple[str, str]],
           date: str | None, mentions: list[dict[str, Any]], quad: int) -> dict[str, Any]:
    outlets = sorted({m["outlet"] for m in mentions})
    return {"event_id": event_id, "type": etype, "mode": None, "cameo_root": None, "quad": quad,
            "intensity": None, "source": [a for a, _ in source], "target": [a for a, _ in target],
            "source_names": [n for _, n in source], "target_names": [n for _, n in target],
            "date": date, "date_precision": "day" if date else None, "location": None,
            "status": "asserted", "num_mentions": len(mentions),
            "num_articles": len({m["article_key"] for m in mentions}), "num_outlets": len(outlets),
            "first_report": min(m["published"] for m in mentions),
            "last_report": max(m["published"] for m in mentions), "mentions": mentions}


MADURO, GUAIDO = ("maduro", "Nicolás Maduro"), ("guaido", "Juan Guaidó")
NORWAY, RUSSIA = ("nor", "Norway"), ("rus", "Russia")


def seed_views() -> dict[str, list[dict[str, Any]]]:
    """Three articles from three outlets about talks in Norway, and the views over them."""
    s1 = "Norway hosted talks between the government and the opposition on Tuesday."
    s2 = "Guaidó rejected any deal that keeps Maduro in power."
    s3 = "Russia voiced support for Maduro on Sunday."
    s4 = "Opposition supporters protested in Caracas."
    articles = [
        _article(K1, "Reuters", "Talks in Oslo", "2019-05-29T10:00:00", f"{s1}\n\n{s2}",
                 [{"text": "Sign up for our newsletter", "reason": "newsletter"},
                  {"text": "Share on Facebook", "reason": "share"}]),
        _article(K2, "teleSUR", "Russia backs Maduro", "2019-05-30", f"{s3}\n\n{s1}"),
        _article(K3, "Red Revolution Media", "Protests", "2019-06-02", s4,
                 [{"text": "Visit our online store", "reason": "advert"}]),
    ]
    events = [
        _event("ev-consult", "CONSULT", [NORWAY], [MADURO, GUAIDO], "2019-05-28",
               [_mention(K1, "Reuters", "2019-05-29T10:00:00", s1),
                _mention(K2, "teleSUR", "2019-05-30", s1)], 1),
        _event("ev-reject", "REJECT", [GUAIDO], [MADURO], "2019-05-29",
               [_mention(K1, "Reuters", "2019-05-29T10:00:00", s2)], 3),
        _event("ev-support", "SUPPORT", [RUSSIA], [MADURO], "2019-05-26",
               [_mention(K2, "teleSUR", "2019-05-30", s3)], 1),
        _event("ev-protest", "PROTEST", [GUAIDO], [MADURO], None,
               [_mention(K3, "Red Revolution Media", "2019-06-02", s4)], 3),
    ]
    actors = [
        {"actor_id": "maduro", "name": "Nicolás Maduro", "kind": "person", "country": "VEN",
         "sector": "GOV", "aliases": ["Maduro"], "n_mentions": 6, "n_articles": 3, "n_outlets": 3,
         "labels": [{"label": "democratically-elected President", "outlet": "teleSUR",
                     "count": 2}, {"label": "President", "outlet": "Reuters", "count": 1}]},
        {"actor_id": "guaido", "name": "Juan Guaidó", "kind": "person", "country": "VEN",
         "sector": "OPP", "aliases": ["Guaido", "Guiado"], "n_mentions": 4, "n_articles": 2,
         "n_outlets": 2, "labels": [{"label": "self-declared interim president",
                                     "outlet": "teleSUR", "count": 1}]},
        {"actor_id": "nor", "name": "Norway", "kind": "country", "country": "NOR",
         "sector": "GOV", "aliases": [], "labels": [], "n_mentions": 2, "n_articles": 2,
         "n_outlets": 2},
        {"actor_id": "rus", "name": "Russia", "kind": "country", "country": "RUS",
         "sector": "GOV", "aliases": [], "labels": [], "n_mentions": 1, "n_articles": 1,
         "n_outlets": 1},
        {"actor_id": "usa", "name": "United States", "kind": "country", "country": "USA",
         "sector": "GOV", "aliases": ["U.S."], "labels": [], "n_mentions": 1, "n_articles": 1,
         "n_outlets": 1},
    ]
    quotes = [
        {"article_key": K1, "outlet": "Reuters", "speaker_id": "guaido",
         "speaker_name": "Juan Guaidó", "speaker_text": "Guaidó", "cue": "said",
         "text": "We will not stop until there is a transition", "kind": "direct",
         "start": 0, "end": 10},
        {"article_key": K2, "outlet": "teleSUR", "speaker_id": "maduro",
         "speaker_name": "Nicolás Maduro", "speaker_text": "Maduro", "cue": "told",
         "text": "Dialogue is the only way", "kind": "direct", "start": 0, "end": 10},
        {"article_key": K2, "outlet": "teleSUR", "speaker_id": None, "speaker_name": None,
         "speaker_text": "a diplomat", "cue": "said", "text": "talks will resume",
         "kind": "indirect", "start": 0, "end": 10},
    ]
    timeline = [{"date": e["date"], "date_precision": e["date_precision"],
                 "event_id": e["event_id"], "type": e["type"],
                 "summary": f"{', '.join(e['source_names'])} {e['type'].lower()} "
                            f"{', '.join(e['target_names'])}",
                 "outlets": sorted({m["outlet"] for m in e["mentions"]}),
                 "num_mentions": e["num_mentions"],
                 # shown under the cut because two outlets tell it (corpus/corroboration.py)
                 "shown_reason": "told by 2 outlets" if e["event_id"] == "ev-consult" else None}
                for e in sorted(events, key=lambda e: (e["date"] is None, e["date"] or ""))]
    alliances = [
        {"a": "rus", "b": "maduro", "a_name": "Russia", "b_name": "Nicolás Maduro",
         "relation": "SUPPORT", "sign": 1, "weight": 1,
         "evidence": [{"event_id": "ev-support", "article_key": K2, "sentence": s3}]},
        {"a": "guaido", "b": "maduro", "a_name": "Juan Guaidó", "b_name": "Nicolás Maduro",
         "relation": "REJECT", "sign": -1, "weight": 2,
         "evidence": [{"event_id": "ev-reject", "article_key": K1, "sentence": s2}]},
        {"a": "nor", "b": "guaido", "a_name": "Norway", "b_name": "Juan Guaidó",
         "relation": "CONSULT", "sign": 1, "weight": 1,
         "evidence": [{"event_id": "ev-consult", "article_key": K1, "sentence": s1}]},
    ]
    comparison = [
        {"outlet": "Reuters", "n_articles": 1,
         "labels": [{"actor_id": "maduro", "name": "Nicolás Maduro", "label": "President",
                     "count": 1}],
         "quoted": [{"speaker_id": "guaido", "name": "Juan Guaidó", "count": 1}],
         "exclusive_events": ["ev-reject"], "omitted_events": ["ev-support", "ev-protest"],
         "tone": [{"actor_id": "maduro", "name": "Nicolás Maduro", "cooperative": 1,
                   "conflictual": 1}]},
        {"outlet": "teleSUR", "n_articles": 1,
         "labels": [{"actor_id": "maduro", "name": "Nicolás Maduro",
                     "label": "democratically-elected President", "count": 2},
                    {"actor_id": "guaido", "name": "Juan Guaidó",
                     "label": "self-declared interim president", "count": 1}],
         "quoted": [{"speaker_id": "maduro", "name": "Nicolás Maduro", "count": 1}],
         "framing": [{"actor_id": "guaido", "name": "Juan Guaidó", "word": "coup", "z": 2.1,
                      "count": 3, "articles": 2, "others": 0,
                      "sentences": ["The coup leader Guaidó spoke."]}],
         "voice": [{"word": "imperialist", "z": 2.5, "count": 4, "articles": 3, "others": 0,
                    "sentences": ["The imperialist blockade goes on."]}],
         "exclusive_events": ["ev-support"], "omitted_events": ["ev-reject", "ev-protest"],
         "tone": [{"actor_id": "maduro", "name": "Nicolás Maduro", "cooperative": 2,
                   "conflictual": 0}]},
        {"outlet": "Red Revolution Media", "n_articles": 1, "labels": [], "quoted": [],
         "exclusive_events": ["ev-protest"],
         "omitted_events": ["ev-consult", "ev-reject", "ev-support"], "tone": []},
    ]
    contradictions = [{"event_ids": ["ev-consult"], "outlets": ["Reuters", "teleSUR"],
                       "description": "Outlets disagree on who attended the talks",
                       "evidence": [{"article_key": K1, "sentence": s1}]}]
    threads = [{"thread_id": f"t-{K1}", "article_keys": [K1, K2], "title": "Talks in Oslo",
                "first": "2019-05-29", "last": "2019-05-30", "n_articles": 2}]
    names = {a["actor_id"]: a["name"] for a in actors}
    for a, ids in zip(articles, (["guaido", "maduro", "nor"], ["rus", "maduro", "nor"], ["guaido"]),
                      strict=True):
        a["actors"] = [{"id": i, "name": names[i], "mentions": [[0, 1]]} for i in ids]
    attention = attention_view(articles, events, lambda ref: ref["id"], names)
    return {"articles": articles, "actors": actors, "events": events, "quotes": quotes,
            "timeline": timeline, "alliances": alliances, "comparison": comparison,
            "contradictions": contradictions, "threads": threads, "attention": attention}


def _poison(value: Any, key: str = "") -> Any:
    """Every human-readable string gets the payload; ids and dates stay usable."""
    keep = {"article_key", "content_hash", "event_id", "actor_id", "speaker_id", "a", "b",
            "date", "published", "first_report", "last_report", "type", "relation", "kind",
            "status", "date_precision", "url", "id", "source", "target", "event_ids",
            "exclusive_events", "omitted_events", "duplicate_of", "language",
            "thread_id", "article_keys", "first", "last"}
    if isinstance(value, dict):
        return {k: _poison(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v, key) for v in value]
    if isinstance(value, str) and key not in keep:
        return value + " " + XSS
    return value


def hostile_views() -> dict[str, list[dict[str, Any]]]:
    """``seed_views`` with a script and an ``onerror`` payload in every shown string."""
    views = _poison(copy.deepcopy(seed_views()))
    views["articles"][0]["url"] = "javascript:document.title='pwned'"
    return views


class FakeStore:
    """Answers the store read API from hand-made views."""

    def __init__(self, views: dict[str, list[dict[str, Any]]] | None = None) -> None:
        self.views = views if views is not None else seed_views()

    def __enter__(self) -> FakeStore:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def view(self, name: str, **filters: Any) -> list[dict[str, Any]]:
        rows = list(self.views[name])
        actor, etype, outlet = filters.get("actor"), filters.get("type"), filters.get("outlet")
        if actor:
            rows = [r for r in rows if actor in (r.get("source") or []) + (r.get("target") or [])
                    or actor in (r.get("actor_id"), r.get("speaker_id"), r.get("a"), r.get("b"))]
        if etype:
            rows = [r for r in rows if etype in (r.get("type"), r.get("relation"))]
        if outlet:
            rows = [r for r in rows
                    if r.get("outlet") == outlet or outlet in (r.get("outlets") or [])
                    or any(m.get("outlet") == outlet for m in r.get("mentions") or [])]
        if filters.get("date_from"):
            rows = [r for r in rows if (r.get("date") or r.get("published") or "")
                    >= filters["date_from"]]
        if filters.get("date_to"):
            rows = [r for r in rows if "" < (r.get("date") or r.get("published") or "")[:10]
                    <= filters["date_to"]]
        offset = filters.get("offset") or 0
        limit = filters.get("limit")
        return rows[offset: None if limit is None else offset + limit]

    def count(self, name: str, **filters: Any) -> int:
        return len(self.view(name, **{k: v for k, v in filters.items()
                                      if k not in ("limit", "offset")}))

    def article(self, article_key: str) -> dict[str, Any] | None:
        return next((a for a in self.views["articles"] if a["article_key"] == article_key), None)

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        words = query.lower().split()
        hits = [{"article_key": a["article_key"], "title": a["title"], "outlet": a["outlet"],
                 "published": a["published"], "snippet": a["body"][:120]}
                for a in self.views["articles"]
                if all(w in (a["title"] + " " + a["body"]).lower() for w in words)]
        return hits[offset: offset + limit]

    def search_count(self, query: str) -> int:
        return len(self.search(query, limit=10**9))

    def summary(self) -> dict[str, Any]:
        return {name: len(rows) for name, rows in self.views.items()}


def write_store(path: Any, views: dict[str, list[dict[str, Any]]] | None = None) -> Any:
    """A real DuckDB store at ``path`` holding ``views`` (default: ``seed_views()``)."""
    from storyline.store import Store, StoredArticle

    views = views if views is not None else seed_views()
    with Store.open(path) as store:
        store.put_articles([StoredArticle(a["article_key"], a["content_hash"], a["source"],
                                          a["id"], "fake", a) for a in views["articles"]])
        store.replace_views(views)
    return path
