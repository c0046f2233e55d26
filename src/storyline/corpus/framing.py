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
about the actor in at least :data:`MIN_ARTICLES` of its articles (a word of one
article is its story's, not the outlet's voice: with one article per story, as
on the seeds, no word is); each comes with the outlet's sentences that hold it.
The actor's words are gathered over the whole corpus, story after story.

The same measure over everything an outlet writes in its own voice, about any
actor or none, against the other outlets, with the corpus' own-voice words as
the prior, gives the outlet's words overall (:func:`voice`).

>>> arts = [{"article_key": k, "outlet": o, "body": f"The {w} Guaido spoke.",
...          "actors": [{"id": "g", "name": "Guaido", "mentions": [[5 + len(w), 11 + len(w)]]}],
...          "quotes": []}
...         for k, o, w in [("a", "RT", "coup leader"), ("b", "RT", "coup plotter"),
...                         ("c", "VOA", "interim president"), ("d", "VOA", "opposition")]]
>>> rows = framing(arts, lambda ref: ref["id"], z_min=0.5)
>>> [(r["outlet"], r["word"], r["articles"]) for r in rows]
[('RT', 'coup', 2)]
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
#: Articles of an outlet that must use a word (about the actor, or at all for its voice).
MIN_ARTICLES = 2
#: Sentences kept as evidence per word.
MAX_SENTENCES = 3
#: Quote kinds whose words are the speaker's own (in quote marks).
QUOTED_KINDS = frozenset({"direct", "partial"})

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|\n|$)")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_PUNCT = re.compile(r"[-_.]")
_POSSESSIVE = re.compile(r"['’]s$")
_MARKED = re.compile(r"[\"“”„«»‘’]([^\"“”„«»]{2,}?)[\"“”„«»’]")


def _sentences(body: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(body) if m.group().strip()]


def _words(text: str) -> list[str]:
    """Content words, a possessive's "'s" cut ("Sanders's" is "sanders")."""
    stop = stop_words()
    return [w for w in (_POSSESSIVE.sub("", w) for w in _WORD.findall(fold(text)))
            if w not in stop and len(w) > 2]


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


#: The key of an outlet's words about anything (its voice overall) in :class:`_Counts`.
ANY = ""


class _Counts:
    """Own-voice word counts per (actor, outlet), in how many articles each word was used,
    their sentences, and the quoted words; actor :data:`ANY` for every sentence."""

    def __init__(self) -> None:
        self.words: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.articles: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.where: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        self.quoted: list[dict[str, Any]] = []

    def add(self, key: tuple[str, str], words: list[str], sentence: str,
            seen: set[tuple[str, str, str]]) -> None:
        """Count ``words`` said about ``key`` in ``sentence``; ``seen``: the article's
        (actor, outlet, word) already counted as used in it."""
        for w in words:
            self.words[key][w] += 1
            if (*key, w) not in seen:
                seen.add((*key, w))
                self.articles[key][w] += 1
            where = self.where[(*key, w)]
            if len(where) < MAX_SENTENCES and sentence not in where:
                where.append(sentence)


def _counts(articles: Iterable[Article], resolve: Callable[[Any], str | None]) -> _Counts:
    """Own-voice word counts per (actor, outlet) and overall, their sentences, and quoted
    words."""
    out = _Counts()
    for article in articles:
        body, outlet = article.get("body") or "", outlet_of(article)
        quoted = []
        for q in article.get("quotes") or []:
            if q.get("kind") in QUOTED_KINDS and q.get("start") is not None:
                speaker = resolve(expand(article, q["speaker"])) if q.get("speaker") else None
                quoted.extend((s, e, speaker) for s, e in _marked(body, q["start"], q["end"]))
        spans = _sentences(body)
        starts = [s for s, _e in spans]
        # Names are no voice: the article's actors', and the outlet's own ("told POLITICO").
        named = {w for a in article.get("actors") or [] for w in
                 _words(f"{a.get('name') or ''} {a.get('text') or ''}")}
        named.update(_words(_PUNCT.sub(" ", outlet)))
        seen: set[tuple[str, str, str]] = set()
        for start, end in spans:
            own, _parts = _voices(body, start, end, quoted)
            out.add((ANY, outlet), [w for w in _words(own) if w not in named],
                    " ".join(body[start:end].split()), seen)
        for actor in article.get("actors") or []:
            actor_id = resolve(actor)
            if not actor_id:
                continue
            hits: set[int] = set()
            for ms, _me in actor.get("mentions") or []:
                hit = bisect.bisect_right(starts, ms) - 1
                if hit < 0 or ms >= spans[hit][1] or hit in hits:
                    continue
                hits.add(hit)
                start, end = spans[hit]
                own, parts = _voices(body, start, end, quoted)
                sentence = " ".join(body[start:end].split())
                out.add((actor_id, outlet), [w for w in _words(own) if w not in named],
                        sentence, seen)
                for text, speaker in parts:
                    words = [w for w in _words(text) if w not in named]
                    if words and speaker != actor_id:
                        out.quoted.append({"actor_id": actor_id, "outlet": outlet,
                                           "speaker_id": speaker, "words": words,
                                           "article_key": key_of(article),
                                           "sentence": sentence})
    return out


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
    corpus = sum(prior.values())
    prior_size = n_i + n_j  # the prior weighs as much as the two texts compared
    scores = {}
    for w in y_i:
        a_w = prior_size * prior.get(w, 0) / corpus if corpus else 0.0
        a_w = a_w or 0.5
        rest_i = n_i + prior_size - y_i[w] - a_w
        rest_j = n_j + prior_size - y_j.get(w, 0) - a_w
        if rest_i <= 0 or rest_j <= 0:
            continue  # the only word said of the actor has no odds against the others
        delta = (math.log((y_i[w] + a_w) / rest_i)
                 - math.log((y_j.get(w, 0) + a_w) / rest_j))
        scores[w] = delta / math.sqrt(1 / (y_i[w] + a_w) + 1 / (y_j.get(w, 0) + a_w))
    return scores


def _distinctive(counts: _Counts, actor_id: str, outlets: list[str], prior: Counter[str],
                 min_articles: int, z_min: float) -> list[dict[str, Any]]:
    """The words of each outlet about ``actor_id`` that the other ``outlets`` do not use as
    much (:func:`log_odds` against their pooled words, ``prior`` as the prior)."""
    rows = []
    for outlet in outlets:
        mine = counts.words[(actor_id, outlet)]
        rest: Counter[str] = Counter()
        for other in outlets:
            if other != outlet:
                rest.update(counts.words[(actor_id, other)])
        used_in = counts.articles[(actor_id, outlet)]
        for w, z in log_odds(mine, rest, prior).items():
            if z >= z_min and used_in[w] >= min_articles:
                rows.append({"outlet": outlet, "word": w, "z": round(z, 3),
                             "count": mine[w], "articles": used_in[w], "others": rest.get(w, 0),
                             "sentences": counts.where[(actor_id, outlet, w)]})
    return rows


def framing(articles: Iterable[Article], resolve: Callable[[Any], str | None],
            names: dict[str, str] | None = None, min_articles: int = MIN_ARTICLES,
            z_min: float = Z_MIN) -> list[dict[str, Any]]:
    """The words each outlet uses about each actor that the other outlets do not.

    Args:
        articles: analysed articles (near-duplicates left out by the caller).
        resolve: an article actor (or reference) to its corpus actor id.
        names: corpus actor names by id.

    Returns:
        ``{outlet, actor_id, name, word, z, count, articles, others, sentences}`` rows, by
        outlet, actor and falling ``z``; only actors that two or more outlets write about.
    """
    counts = _counts(articles, resolve)
    prior: Counter[str] = Counter()
    outlets_of: dict[str, list[str]] = defaultdict(list)
    for (actor_id, outlet), c in sorted(counts.words.items()):
        if actor_id != ANY:
            prior.update(c)
            outlets_of[actor_id].append(outlet)
    rows = [{"actor_id": actor_id, "name": (names or {}).get(actor_id, actor_id), **row}
            for actor_id, outlets in outlets_of.items() if len(outlets) >= 2
            for row in _distinctive(counts, actor_id, outlets, prior, min_articles, z_min)]
    return sorted(rows, key=lambda r: (r["outlet"], r["actor_id"], -r["z"], r["word"]))


def voice(articles: Iterable[Article], resolve: Callable[[Any], str | None],
          min_articles: int = MIN_ARTICLES, z_min: float = Z_MIN) -> list[dict[str, Any]]:
    """The words each outlet uses in its own voice (quotations left out), about anything,
    that the other outlets do not: ``{outlet, word, z, count, articles, others, sentences}``
    rows by outlet and falling ``z`` (none with fewer than two outlets).

    >>> arts = [{"article_key": k, "outlet": o, "body": b, "actors": [], "quotes": []}
    ...         for k, o, b in [("a", "RT", "The regime fell."), ("b", "RT", "The regime won."),
    ...                         ("c", "VOA", "The government fell."),
    ...                         ("d", "VOA", "The government won.")]]
    >>> [(r["outlet"], r["word"]) for r in voice(arts, lambda ref: None, z_min=0.5)]
    [('RT', 'regime'), ('VOA', 'government')]
    """
    counts = _counts(articles, resolve)
    outlets = sorted(o for a, o in counts.words if a == ANY)
    prior: Counter[str] = Counter()
    for outlet in outlets:
        prior.update(counts.words[(ANY, outlet)])
    if len(outlets) < 2:
        return []
    rows = _distinctive(counts, ANY, outlets, prior, min_articles, z_min)
    return sorted(rows, key=lambda r: (r["outlet"], -r["z"], r["word"]))


def quoted_words(articles: Iterable[Article], resolve: Callable[[Any], str | None]
                 ) -> list[dict[str, Any]]:
    """The words quoted speakers use about actors (in quote marks), with their sentence:
    a quoted insult is the speaker's label, not the outlet's."""
    return _counts(articles, resolve).quoted
