"""The gender a text gives a person, for resolving "he" and "she".

Read from the words around the person's mentions: a title before a mention (``Mr.``), a
gendered word in their labels (``spokeswoman``), or the first gendered pronoun after a
mention in the same sentence (``Lavrov said he ...``). A given name that is a man's or a
woman's (``Hillary``: ``data/name_genders.json``, from the US Census) outweighs a stray
pronoun among those words, but alone says nothing: the table knows US names, and a
person it does not know (``Sergei``) would lose to one it knows. The word tables are
the ``pronouns`` and ``gender_words`` of ``data/quote_cues.json``. Both the quotes stage
(whose "he said" is whose) and the events stage (who "she" is in a role) use it.

>>> pronoun_gender("She"), pronoun_gender("Lavrov")
('f', None)
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any

from ... import resources
from ...doc_index import sentence_of
from ...model import Actor, Article
from ..nlp import token_at
from .people import family_name_first, name_words

#: Possessive and reflexive pronouns, read as the gender they show.
POSSESSIVES = {"his": "m", "her": "f", "hers": "f", "himself": "m", "herself": "f"}


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    d = resources.data_json("quote_cues.json")
    return dict(d["pronouns"]), dict(d["gender_words"])


#: Votes a given name of one gender counts for (a title before a mention counts 2, a
#: pronoun after one 1).
GIVEN_NAME_VOTES = 3


@cache
def _given_names() -> dict[str, str]:
    d = resources.data_json("name_genders.json")
    return {name: g for g in ("m", "f") for name in d[g]}


def given_name_gender(name: str) -> str | None:
    """``m`` or ``f`` for a person's name whose given name, accents folded, is a man's or
    a woman's, else None; a name that opens with its family name (``Moon Jae-in``, ``Kim
    Jong Un``: :func:`.people.family_name_first`) has no given name the table could read.

    >>> given_name_gender("Hillary Clinton"), given_name_gender("José Serrano")
    ('f', 'm')
    >>> given_name_gender("Moon Jae-in"), given_name_gender("Trump")
    (None, None)
    """
    words = name_words(name)
    if len(words) < 2 or family_name_first(words):
        return None
    return _given_names().get(words[0])


def pronoun_gender(word: str) -> str | None:
    """``m``, ``f``, ``p`` (plural) ... for a pronoun, None for any other word."""
    return _tables()[0].get(word.lower())


def gender_of(article: Article, actor: Actor, doc: Any) -> str | None:
    """``m`` or ``f`` when the text says so (see the module docstring), else None; read
    once per person and parse (kept in the Doc's ``user_data``), whichever stage asks."""
    if doc is None:
        return _read_gender(article, actor, None)
    known = doc.user_data.setdefault("storyline_genders", {})
    if actor.id not in known:
        known[actor.id] = _read_gender(article, actor, doc)
    return known[actor.id]


def _read_gender(article: Article, actor: Actor, doc: Any) -> str | None:
    pronouns, words = _tables()
    votes: Counter[str] = Counter()
    for label in actor.labels:
        for w in label.lower().split():
            if w in words:
                votes[words[w]] += 1
    for start, end in actor.mentions:
        before = article.body[max(0, start - 6) : start].split()
        if before and before[-1].lower() in words:
            votes[words[before[-1].lower()]] += 2
        if doc is None:
            continue
        tok = token_at(doc, end - 1)
        if tok is None:
            continue
        for t in doc[tok.i + 1 : sentence_of(doc, tok.i)[1]]:
            if t.ent_type_ == "PERSON":
                break
            g = pronouns.get(t.lower_) if t.lower_ != "her" else None
            g = g or POSSESSIVES.get(t.lower_)
            if g in ("m", "f"):
                votes[g] += 1
                break
    if not votes:
        return None  # a given name alone favours no one (the table knows US names only)
    given = given_name_gender(actor.name)
    if given is not None:
        votes[given] += GIVEN_NAME_VOTES
    (top, n), *rest = votes.most_common(2) + [("", 0)]
    return top if n > rest[0][1] else None
