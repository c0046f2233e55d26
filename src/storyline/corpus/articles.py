"""What every corpus stage needs to know about an analysed article.

Articles reach the corpus stages as the ``analyze`` JSON objects plus their
``article_key``. The helpers here read them uniformly: the outlet, the
publication day, the actors behind the actor references of events and quotes,
and the word-level text helpers (accent folding, shingles) used to compare
articles and names.

>>> outlet_of({"outlet": None, "source": "/data/www.reuters.com_2019-05-01.html"})
'reuters.com'
>>> fold("Nicolás  Maduro")
'nicolas maduro'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import PurePath
from typing import Any

from ..ontology import type_table
from ..resources import data_json

Article = dict[str, Any]

#: Order of date precisions, most exact first.
PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "reported": 3}

UNKNOWN_OUTLET = "unknown"
_DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+(?:[a-z]{2,6})(?=$|[^a-z0-9.])")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_WWW = re.compile(r"^(?:www\d?|m|amp|edition|mobile)\.")
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_ACRONYM_DOT = re.compile(r"(?<=\b[^\W\d_])\.(?=[^\W\d_]\b)")
#: Letters that Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae",
                          "œ": "oe", "ß": "ss", "ı": "i", "’": "'"})


@cache
def relations() -> dict[str, Any]:
    """The corpus stages' tables (sector nouns, negotiation words, status groups, words of
    approximate figures), loaded once; the PLOVER types are in :mod:`storyline.ontology`."""
    return data_json("corpus_relations.json")


def sign_of(event_type: str) -> int:
    """+1 for a cooperative PLOVER type, -1 for a conflictual one, 0 when unknown.

    >>> sign_of("SUPPORT"), sign_of("SANCTION"), sign_of("SOMETHING")
    (1, -1, 0)
    """
    info = type_table().get(event_type)
    return info.sign if info else 0


def key_of(article: Article) -> str:
    """The store key of an article: ``article_key``, else its ``id``, else its source."""
    return str(article.get("article_key") or article.get("id") or article.get("source") or "")


def outlet_of(article: Article) -> str:
    """The outlet of an article: its ``outlet`` field, else a domain in its source file's
    name, else ``unknown`` (a file name is no outlet: every view shows the same ``unknown``).

    >>> outlet_of({"outlet": "DW"})
    'DW'
    >>> outlet_of({"source": "pages/www.dw.com_russia.html"})
    'dw.com'
    >>> outlet_of({"source": "seeds/telesur_talks.txt"}), outlet_of({})
    ('unknown', 'unknown')
    """
    outlet = (article.get("outlet") or "").strip()
    if outlet:
        return outlet
    source = (article.get("source") or "").strip()
    if not source or source.startswith("<"):
        return UNKNOWN_OUTLET
    name = PurePath(source.replace("\\", "/")).name.lower()
    match = _DOMAIN.search(name)
    if match and not re.fullmatch(r"[^.]+\.(?:txt|md|html?|jsonl|csv|json)", match.group(0)):
        return _WWW.sub("", match.group(0))
    return UNKNOWN_OUTLET


def day_of(value: Any) -> str | None:
    """The ``YYYY-MM-DD`` day of a date or timestamp string, or None.

    >>> day_of("2025-03-14 20:30:26Z"), day_of(None)
    ('2025-03-14', None)
    """
    if not value:
        return None
    text = str(value).strip()
    return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else None


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces.

    >>> fold("Ine Eriksen Søreide’s")
    "ine eriksen soreide's"
    >>> fold("the U.S.-backed opposition")
    'the us backed opposition'

    """
    plain = _ACRONYM_DOT.sub("", (text or "").lower())
    if not plain.isascii():
        plain = _MARKS.sub("", unicodedata.normalize("NFKD", plain)).translate(_LETTERS)
    return " ".join(_WORD.findall(plain))


def words(text: str) -> list[str]:
    """The folded words of ``text``.

    >>> words("Talks collapsed, Guaidó said.")
    ['talks', 'collapsed', 'guaido', 'said']
    """
    return fold(text).split()


def shingles(tokens: list[str], size: int) -> set[str]:
    """Word n-grams of ``size`` (the whole text as one shingle when it is shorter).

    >>> sorted(shingles(["a", "b", "c"], 2))
    ['a b', 'b c']
    """
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def actor_refs(article: Article) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every actor reference of an article with where it sits: ``actors``, events, quotes.

    Event and quote actors given by their ``id`` only are expanded from ``actors``.
    """
    for actor in article.get("actors") or []:
        yield "actor", actor
    for event in article.get("events") or []:
        for role in ("source", "target"):
            for ref in event.get(role) or []:
                yield role, expand(article, ref)
        if event.get("said_by"):
            yield "said_by", expand(article, event["said_by"])
    for quote in article.get("quotes") or []:
        if quote.get("speaker"):
            yield "speaker", expand(article, quote["speaker"])


def expand(article: Article, ref: Any) -> dict[str, Any]:
    """An actor reference as a dict, looking a bare id up in the article's ``actors``.

    >>> expand({"actors": [{"id": "RUS", "name": "Russia"}]}, "RUS")["name"]
    'Russia'
    """
    if isinstance(ref, dict):
        return ref
    for actor in article.get("actors") or []:
        if actor.get("id") == ref:
            return actor
    return {"id": str(ref), "name": str(ref), "kind": None}


def local_actor_ids(article: Article) -> list[str]:
    """The ids of the actors an article resolved, sorted.

    >>> local_actor_ids({"actors": [{"id": "VEN"}, {"id": "RUS"}, {"id": None}]})
    ['RUS', 'VEN']
    """
    return sorted({str(a["id"]) for a in article.get("actors") or [] if a.get("id")})


def distinct(items: Iterable[str]) -> list[str]:
    """Items in first-seen order without repeats or empties.

    >>> distinct(["b", "a", "b", ""])
    ['b', 'a']
    """
    return list(dict.fromkeys(i for i in items if i))
