"""Stories about the same incident, linked into threads.

A newsroom follows an incident over days: "Militants attack train, take
hostages", then "Military rescues passengers", then "Death toll rises". Such
stories share rare words (places, names, the kind of incident) and actors, and
appear close in time. Each article becomes a TF-IDF vector over its title
(counted twice), its body and its resolved actors; two articles published
within :data:`WINDOW_DAYS` of each other whose cosine similarity reaches
:data:`SIMILARITY` are linked, and linked articles form a thread.

Candidate pairs come from an inverted index over each article's few most
distinctive terms, so the work grows with the number of articles sharing a
distinctive term, not with the square of the corpus.

>>> body = "Militants attacked a train in Balochistan and took hostages near Sibi. "
>>> arts = [
...     {"article_key": "a", "title": "Militants attack train", "published": "2025-03-11",
...      "body": body * 3},
...     {"article_key": "b", "title": "Train hostages freed", "published": "2025-03-12",
...      "body": body * 2 + "Soldiers freed the hostages."},
...     {"article_key": "c", "title": "Tariffs on steel", "published": "2025-03-12",
...      "body": "The president doubled tariffs on steel and aluminum imports."}]
>>> [(t["article_keys"], t["first"]) for t in threads(arts)]
[(['a', 'b'], '2025-03-11')]
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from .articles import Article, day_of, key_of, local_actor_ids, words

#: Cosine similarity at which two articles are about the same incident.
SIMILARITY = 0.25
#: Articles further apart in publication than this are never linked.
WINDOW_DAYS = 21
#: A thread never spans more days than this.
MAX_SPAN_DAYS = 45
#: Distinctive terms per article used to propose candidate pairs.
TOP_TERMS = 20
#: A term among the top terms of more articles than this is too common to propose pairs.
MAX_POSTING = 100
#: Words shorter than this carry no topic.
MIN_WORD = 3


def _terms(article: Article) -> Counter[str]:
    title = [w for w in words(article.get("title") or "") if len(w) >= MIN_WORD]
    body = [w for w in words(article.get("body") or "") if len(w) >= MIN_WORD]
    counts = Counter(body)
    for w in title:
        counts[w] += 2
    for actor_id in local_actor_ids(article):
        counts["@" + actor_id] += 2
    return counts


def _vectors(articles: list[Article]) -> list[dict[str, float]]:
    counts = [_terms(a) for a in articles]
    df = Counter(t for c in counts for t in c)
    n = len(articles)
    vectors = []
    for c in counts:
        vec = {t: (1 + math.log(k)) * math.log((1 + n) / (1 + df[t])) for t, k in c.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items() if v > 0})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(a[t] * b[t] for t in a.keys() & b.keys())


def _days_apart(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def links(articles: Iterable[Article]) -> list[tuple[str, str, float]]:
    """Pairs of article keys about the same incident, with their similarity.

    Args:
        articles: analysed article dicts with ``article_key``, ``title``, ``body``, ``published``.

    Returns:
        ``(key_a, key_b, similarity)`` with ``key_a < key_b``, sorted.
    """
    arts = sorted(articles, key=key_of)
    vectors = _vectors(arts)
    days = [day_of(a.get("published")) for a in arts]
    index: dict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for term in sorted(vec, key=lambda t: (-vec[t], t))[:TOP_TERMS]:
            index[term].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > MAX_POSTING:
            continue
        members.sort(key=lambda i: (days[i] or "", i))
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if _days_apart(days[i], days[j]) > WINDOW_DAYS:
                    break
                pairs.add((min(i, j), max(i, j)))
    found = []
    for i, j in sorted(pairs):
        score = _cosine(vectors[i], vectors[j])
        if score >= SIMILARITY:
            a, b = sorted((key_of(arts[i]), key_of(arts[j])))
            found.append((a, b, round(score, 4)))
    return sorted(found)


def threads(
    articles: Iterable[Article], duplicates: Mapping[str, str] | None = None
) -> list[dict[str, Any]]:
    """The ``threads`` view: groups of two or more articles about the same incident.

    Links are taken strongest first; a link that would stretch a thread over more than
    :data:`MAX_SPAN_DAYS` is dropped, so a long crisis does not chain into one thread.
    Near-duplicates (``{duplicate_key: original_key}``) are not compared again: each joins
    the thread of its original.

    Returns:
        ``{thread_id, article_keys, title, first, last, n_articles}`` rows, earliest first;
        ``title`` is the title of the thread's first article, whose key also makes the id
        (so a thread keeps its id when later stories join it).
    """
    arts = {key_of(a): a for a in articles}
    parent = {k: k for k in arts}
    span = {k: (d, d) if (d := day_of(arts[k].get("published"))) else (None, None) for k in arts}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    copies = {k: v for k, v in (duplicates or {}).items() if k in arts and v in arts}
    originals = [a for k, a in arts.items() if k not in copies]
    for a, b, _score in sorted(links(originals), key=lambda link: (-link[2], link[:2])):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        days = [d for d in (*span[ra], *span[rb]) if d]
        if days and _days_apart(min(days), max(days)) > MAX_SPAN_DAYS:
            continue
        keep, drop = min(ra, rb), max(ra, rb)
        parent[drop] = keep
        span[keep] = (min(days), max(days)) if days else (None, None)
    for copy, original in sorted(copies.items()):
        parent[find(copy)] = find(original)
    groups: dict[str, list[str]] = defaultdict(list)
    for k in sorted(arts):
        groups[find(k)].append(k)
    rows = []
    for keys in groups.values():
        if len(keys) < 2:
            continue
        dated = sorted((day_of(arts[k].get("published")) or "9999", k) for k in keys)
        first = arts[dated[0][1]]
        days = [d for d, _k in dated if d != "9999"]
        rows.append({
            "thread_id": "th_" + hashlib.sha1(dated[0][1].encode()).hexdigest()[:12],
            "article_keys": keys,
            "title": first.get("title"),
            "first": days[0] if days else None,
            "last": days[-1] if days else None,
            "n_articles": len(keys),
        })
    return sorted(rows, key=lambda r: (r["first"] or "9999", r["thread_id"]))
