"""How each outlet talks about each actor: the words it uses that the others do not.

For every actor, the words *about* it are the content words of the sentences
that name it (stop words, numbers and the names of the article's actors left
out). An
outlet's own voice is kept apart from what it quotes: the words inside a
direct or partial quotation (inside its quote marks) are the speaker's, so they
count for the speaker
(``quoted``), never for the outlet ("Maduro called Guaidó a 'puppet'" gives
the outlet nothing, and Maduro the word "puppet" about Guaidó).

Which words set an outlet apart is measured by the log-odds ratio with an
informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words",
section 3.5), comparing the outlet's words about the actor (counts ``y_i``,
total ``n_i``) with every other outlet's words about it (``y_j``, ``n_j``), the
prior being the corpus' words about all actors in all outlets (``alpha_w`` the
background count of ``w``, ``a0`` their sum, as in Monroe et al.'s use of the
whole corpus as prior)::

    delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w))
            - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
    var(delta_w) ~ 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
    z_w = delta_w / sqrt(var(delta_w))

A word is the outlet's when ``z_w`` reaches :data:`Z_MIN` and the outlet used it
at least :data:`MIN_COUNT` times about the actor; each comes with the outlet's
sentences that hold it.

>>> arts = [{"article_key": "a", "outlet": "RT", "body": "The coup leader Guaido spoke.",
...          "actors": [{"id": "g", "name": "Guaido", "mentions": [[15, 21]]}], "quotes": []},
...         {"article_key": "b", "outlet": "VOA", "body": "Interim president Guaido spoke.",
...          "actors": [{"id": "g", "name": "Guaido", "mentions": [[18, 24]]}], "quotes": []}]
>>> rows = framing(arts, lambda ref: ref["id"], min_count=1, z_min=0.05)
>>> [(r["outlet"], r["word"]) for r in rows]
[('RT', 'coup'), ('RT', 'leader'), ('VOA', 'interim'), ('VOA', 'president')]
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from .articles import Article, expand, fold, key_of, outlet_of
from .evidence import stop_words

#: z-score a word must reach to be an outlet's word about an actor (one-sided 95%).
Z_MIN = 1.645
#: Times an outlet must use a word about an actor.
MIN_COUNT = 2
#: Sentences kept as evidence per word.
MAX_SENTENCES = 3
#: Quote kinds whose words are the speaker's own (in quote marks).
QUOTED_KINDS = frozenset({"direct", "partial"})

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|\n|$)")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_MARKED = re.compile(r"[\"“”„«»‘’]([^\"“”„«»]{2,}?)[\"“”„«»’]")


def _sentences(body: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(body) if m.group().strip()]


def _words(text: str) -> list[str]:
    stop = stop_words()
    return [w for w in _WORD.findall(fold(text)) if w not in stop and len(w) > 2]


def _marked(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``body[start:end]`` inside quote marks (the whole span when none)."""
    found = [(start + m.start(1), start + m.end(1)) for m in _MARKED.finditer(body[start:end])]
    return found or [(start, end)]


def _voices(body: str, start: int, end: int, quoted: list[tuple[int, int, str | None]]
            ) -> tuple[str, list[tuple[str, str | None]]]:
    """A sentence's own-voice text (quotations blanked) and its quoted parts with speakers."""
    own = list(body[start:end])
    parts = []
    for qs, qe, speaker in quoted:
        lo, hi = max(qs, start), min(qe, end)
        if lo < hi:
            parts.append((body[lo:hi], speaker))
            own[lo - start : hi - start] = " " * (hi - lo)
    return "".join(own), parts


def _counts(articles: Iterable[Article], resolve: Callable[[Any], str | None]
            ) -> tuple[dict[tuple[str, str], Counter[str]], dict[tuple[str, str, str], list[str]],
                       list[dict[str, Any]]]:
    """Own-voice word counts per (actor, outlet), their sentences, and quoted words."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    where: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    quoted_rows: list[dict[str, Any]] = []
    for article in articles:
        body, outlet = article.get("body") or "", outlet_of(article)
        quoted = []
        for q in article.get("quotes") or []:
            if q.get("kind") in QUOTED_KINDS and q.get("start") is not None:
                speaker = resolve(expand(article, q["speaker"])) if q.get("speaker") else None
                quoted.extend((s, e, speaker) for s, e in _marked(body, q["start"], q["end"]))
        spans = _sentences(body)
        starts = [s for s, _e in spans]
        named = {w for a in article.get("actors") or [] for w in
                 _words(f"{a.get('name') or ''} {a.get('text') or ''}")}
        for actor in article.get("actors") or []:
            actor_id = resolve(actor)
            if not actor_id:
                continue
            own_name = named
            seen: set[int] = set()
            for ms, _me in actor.get("mentions") or []:
                hit = bisect.bisect_right(starts, ms) - 1
                if hit < 0 or ms >= spans[hit][1] or hit in seen:
                    continue
                seen.add(hit)
                start, end = spans[hit]
                own, parts = _voices(body, start, end, quoted)
                sentence = " ".join(body[start:end].split())
                for w in _words(own):
                    if w not in own_name:
                        counts[(actor_id, outlet)][w] += 1
                        if len(where[(actor_id, outlet, w)]) < MAX_SENTENCES \
                                and sentence not in where[(actor_id, outlet, w)]:
                            where[(actor_id, outlet, w)].append(sentence)
                for text, speaker in parts:
                    words = [w for w in _words(text) if w not in own_name]
                    if words and speaker != actor_id:
                        quoted_rows.append({"actor_id": actor_id, "outlet": outlet,
                                            "speaker_id": speaker, "words": words,
                                            "article_key": key_of(article),
                                            "sentence": sentence})
    return counts, where, quoted_rows


def own_voice(article: Article) -> str:
    """The article's body with the words inside direct and partial quotations blanked.

    >>> own_voice({"body": 'Maduro called him a "puppet" today.', "quotes": [
    ...     {"kind": "partial", "start": 0, "end": 28}]})
    'Maduro called him a "      " today.'
    """
    body = list(article.get("body") or "")
    text = "".join(body)
    for q in article.get("quotes") or []:
        if q.get("kind") in QUOTED_KINDS and q.get("start") is not None:
            for s, e in _marked(text, q["start"], q["end"]):
                body[s:e] = " " * (e - s)
    return "".join(body)


def log_odds(y_i: Counter[str], y_j: Counter[str], prior: Counter[str]) -> dict[str, float]:
    """z-scores of the log-odds ratio of each word of ``y_i`` against ``y_j`` with an
    informative Dirichlet prior of ``prior`` counts (the formula of the module docstring).

    >>> z = log_odds(Counter(a=8, b=2), Counter(a=2, b=8), Counter(a=10, b=10))
    >>> round(z["a"], 2), round(z["b"], 2)
    (2.18, -2.18)
    >>> log_odds(Counter(a=1), Counter(a=1), Counter(a=2))  # no other word: no odds
    {}
    """
    n_i, n_j = sum(y_i.values()), sum(y_j.values())
    prior_size = sum(prior.values())
    scores = {}
    for w in y_i:
        a_w = prior.get(w, 0) or 0.5
        rest_i = n_i + prior_size - y_i[w] - a_w
        rest_j = n_j + prior_size - y_j.get(w, 0) - a_w
        if rest_i <= 0 or rest_j <= 0:
            continue  # the only word said of the actor has no odds against the others
        delta = (math.log((y_i[w] + a_w) / rest_i)
                 - math.log((y_j.get(w, 0) + a_w) / rest_j))
        scores[w] = delta / math.sqrt(1 / (y_i[w] + a_w) + 1 / (y_j.get(w, 0) + a_w))
    return scores


def framing(articles: Iterable[Article], resolve: Callable[[Any], str | None],
            names: dict[str, str] | None = None, min_count: int = MIN_COUNT,
            z_min: float = Z_MIN) -> list[dict[str, Any]]:
    """The words each outlet uses about each actor that the other outlets do not.

    Args:
        articles: analysed articles (near-duplicates left out by the caller).
        resolve: an article actor (or reference) to its corpus actor id.
        names: corpus actor names by id.

    Returns:
        ``{outlet, actor_id, name, word, z, count, others, sentences}`` rows, by outlet,
        actor and falling ``z``; only actors that two or more outlets write about.
    """
    counts, where, _quoted = _counts(articles, resolve)
    prior: Counter[str] = Counter()
    for c in counts.values():
        prior.update(c)
    outlets_of: dict[str, list[str]] = defaultdict(list)
    for actor_id, outlet in sorted(counts):
        outlets_of[actor_id].append(outlet)
    rows = []
    for actor_id, outlets in outlets_of.items():
        if len(outlets) < 2:
            continue
        for outlet in outlets:
            mine = counts[(actor_id, outlet)]
            rest: Counter[str] = Counter()
            for other in outlets:
                if other != outlet:
                    rest.update(counts[(actor_id, other)])
            for w, z in log_odds(mine, rest, prior).items():
                if z >= z_min and mine[w] >= min_count:
                    rows.append({"outlet": outlet, "actor_id": actor_id,
                                 "name": (names or {}).get(actor_id, actor_id), "word": w,
                                 "z": round(z, 3), "count": mine[w], "others": rest.get(w, 0),
                                 "sentences": where[(actor_id, outlet, w)]})
    return sorted(rows, key=lambda r: (r["outlet"], r["actor_id"], -r["z"], r["word"]))


def quoted_words(articles: Iterable[Article], resolve: Callable[[Any], str | None]
                 ) -> list[dict[str, Any]]:
    """The words quoted speakers use about actors (in quote marks), with their sentence:
    a quoted insult is the speaker's label, not the outlet's."""
    return _counts(articles, resolve)[2]
