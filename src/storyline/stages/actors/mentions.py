"""The mentions of one article and how they become its actors.

:class:`Mention` is one stretch of the text read as an actor or a person;
:func:`collect` merges the mentions of an article into its actors, in order of first
mention, each with its mentions and labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ...model import Actor
from .acronyms import spells
from .lexicon import country_name_words, fold, sector_name, singular, text_key
from .people import Person


@dataclass
class Mention:
    """One mention found in the article: its character offsets and words, and the actor or
    the person it names, with the labels it gives them."""

    start: int
    end: int
    text: str
    actor: Actor | None = None
    person: Person | None = None
    labels: list[str] = field(default_factory=list)


def root_at(doc: Any, mention: Mention) -> Any:
    """The syntactic head of a mention's words."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else doc[0]


@lru_cache(maxsize=1 << 14)
def head_key(word: str) -> str:
    """A head noun as groups are compared by it: folded and singular.

    >>> head_key("Protesters"), head_key("police")
    ('protester', 'police')
    """
    return singular(fold(word))


#: Words that tell no body from another in a name ("the", "of").
_LINK_WORDS = frozenset({"the", "a", "an", "of", "and", "'s", "’s"})


def _distinctive_words(name: str, country: str | None) -> set[str]:
    """The folded words of ``name`` that are neither its country's nor link words nor
    numbers: "China's U.N. mission" -> {"u.n.", "mission"} (not :func:`.homes.own_words`,
    a group phrase's words up to its head)."""
    country_words = country_name_words(country) if country else frozenset()
    return {w for w in text_key(name) if w not in country_words and w not in _LINK_WORDS
            and any(c.isalpha() for c in w)}


def _names_apart(first: str, other: str, country: str | None) -> bool:
    """Whether ``other``, a mention's own name, shares no word with ``first``, the name an
    actor took from its first mention, beyond their country's words, nor spells its
    initials: "Islamabad" and "Special Services Group", "the Pakistan military" and
    "Frontier Corps", "Beijing" and "China's U.N. mission" name different things; "IS
    fighters" and "Islamic State terror group", "U.S. officials" and "U.S. and Iraqi
    officials" the same one.

    >>> _names_apart("Special Services Group", "Pakistan", "PAK")
    True
    >>> _names_apart("Islamic State terror group", "IS fighters", "IRQ")
    False
    """
    mine, theirs = _distinctive_words(first, country), _distinctive_words(other, country)
    if mine == theirs or mine & theirs:
        return False
    return not any(spells(first, word) for word in other.split())


def collect(mentions: list[Mention]) -> list[Actor]:
    """The actors of ``mentions`` (in text order), in order of first mention: one per
    actor or person id, with every mention's offsets and labels; a country's sector goes
    by its plain name unless its first mention's name names it alone.

    >>> police = Actor("NGA.COP", "Nigerian police", "group", "NGA", "COP", "Nigerian police")
    >>> found = collect([Mention(0, 15, "Nigerian police", actor=police),
    ...                  Mention(40, 50, "the police", actor=police, labels=["brutal"])])
    >>> [(a.id, a.name, a.mentions, a.labels) for a in found]
    [('NGA.COP', 'Nigerian police', [[0, 15], [40, 50]], ['brutal'])]
    """
    by_id: dict[str, Actor] = {}
    names: dict[str, set[str]] = {}
    for m in mentions:
        if m.person is not None:
            p = m.person
            actor = Actor(p.id, p.name, "person", p.country, p.sector, m.text)
        else:
            actor = m.actor
        if actor is None:
            continue
        if actor.id not in by_id and (actor.name[:1].islower() or "." not in actor.id) \
                and (canonical := sector_name(actor.id)):
            # "the regime", "authorities": a country's sector goes by its plain name (but
            # "Foreign Ministry" and "CNN Turk" keep theirs); unplaced groups of one sector
            # are one actor, so none goes by the words of another ("Jewish settlers" and
            # "pro-Palestinian activists" are civilians).
            actor = replace(actor, name=canonical)
        have = by_id.setdefault(actor.id, actor)
        names.setdefault(actor.id, set()).add(actor.name)
        if [m.start, m.end] not in have.mentions:
            have.mentions.append([m.start, m.end])
        for label in m.labels:
            if label not in have.labels:
                have.labels.append(label)
    for actor_id, actor in by_id.items():
        # A country's sector gathers every mention of it the article makes, each read
        # alone: the first one's name ("Special Services Group", "China's U.N. mission")
        # is no name of a mention that names something else ("Islamabad", "Beijing");
        # then the actor goes by its country and sector (VOA training stories 8009314,
        # 6181504, 8011076, 8008998, 6204080, 7677701: the rows of the others misnamed).
        if "." in actor_id and (canonical := sector_name(actor_id)) and any(
                _names_apart(actor.name, other, actor.country) for other in names[actor_id]):
            by_id[actor_id] = replace(actor, name=canonical)
    return list(by_id.values())
