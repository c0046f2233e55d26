"""A person's lawyers: "<Name>'s lawyers" act for that person's country.

A group of a court sector owned by a named person ("Gachagua's lawyers filed about 30 court
cases", "Zamora's legal team has rejected all the accusations", "Jimmy Lai's international
legal team has expressed concern": VOA training stories 7846440, 8010046, 8009044,
sentences ``split_of`` train) was no actor of the article, since the person's name takes
the phrase's words, and an event's role on it read the person ("Zamora's legal team" as the
journalist Zamora). It is the court sector's group (``court_people`` of sectors.json: JUD)
of the person's country, else of the country the story names in two thirds of its country
mentions, as a titled lawyer's is (:meth:`.roles.RoleLinking.settle_people`). Only a
person's: a body's or a country's lawyers ("the ministry's lawyers") keep the reading the
body gives them, and any other group a person owns ("Maduro's supporters", "his aides")
is left as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...model import Actor
from .lexicon import court_sectors
from .phrase import to_actor


def counsel_of(chunk: Any, taken: set[int], person_at: Callable[[Any], Any],
               analyse: Callable[[str], Any], focus: str | None) -> tuple[Any, Actor] | None:
    """The words after a named person's possessive in ``chunk`` and their actor, when they
    name a group of a court sector with no country of its own (see the module docstring).

    Args:
        chunk: a noun chunk whose possessor's words are already read as a person.
        taken: the token indices already read as (part of) a mention.
        person_at: the article person whose mention covers a token, if any.
        analyse: what the tables say of a phrase in this article.
        focus: the country the story names in two thirds of its country mentions, if any.
    """
    owners = [t for t in chunk if t.dep_ == "poss" and t.head.i == chunk.root.i]
    if len(owners) != 1 or owners[0].pos_ != "PROPN":
        return None
    rest = chunk.doc[max(t.i for t in owners[0].subtree) + 1:chunk.end]
    if not len(rest) or any(i in taken for i in range(rest.start, rest.end)):
        return None
    person = person_at(owners[0])
    if person is None:
        return None
    phrase = analyse(rest.text)
    if phrase.sector not in court_sectors() or phrase.country or phrase.person \
            or phrase.entity is not None:
        return None
    actor = to_actor(phrase, person.country or focus)
    return (rest, actor) if actor is not None and actor.country else None
