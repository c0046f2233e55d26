"""Where, not who: a city written before the noun of a meeting or an accord ("the *Doha*
agreement", "the *Istanbul* talks", "the *Paris* climate accord") names where it met or was
made, and is no actor (:func:`.phrase.names_a_venue` says which words are such cities and
nouns). Read on the parse by the actors stage (the place the tagger names) and by the
events stage (a role word that is the city itself, or the meeting's noun), so both give the
same answer.

A city that owns the noun ("Moscow's treaty") stays an actor. A capital that is a party
("Kyiv rejected the Moscow deal", "the Beijing deal with Moscow") is lost with the venue:
a "with" after the noun names the other side as often when the city is only the place
("the Jeddah talks with Ukrainian officials", VOA training story 8005899).
"""

from __future__ import annotations

from typing import Any

from .lexicon import singular, venue_nouns
from .phrase import analyse, names_a_venue


def venue_head(tok: Any) -> Any | None:
    """The noun of a meeting or an accord ``tok`` is written before (through compounds and
    modifiers: "the *Doha* peace agreement"), else None.

    >>> from storyline import resources
    >>> doc = resources.nlp()("Iran walked out of the Geneva talks.")
    >>> venue_head(doc[5]).text, venue_head(doc[0])
    ('talks', None)
    """
    head = tok
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i \
            and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    if head is tok or singular(head.lower_) not in venue_nouns():
        return None
    return head


def is_venue_noun(tok: Any) -> bool:
    """Whether ``tok`` is the noun of a meeting or an accord ("talks", "agreement")."""
    return tok.pos_ in ("NOUN", "PROPN") and singular(tok.lower_) in venue_nouns()


def names_venue(span: Any) -> bool:
    """Whether the place ``span`` (a name, or one word of it) names where a meeting met or
    an accord was made: a city before its noun, not its possessor.

    >>> from storyline import resources
    >>> doc = resources.nlp()("Kyiv criticized the Istanbul talks and Moscow's deal.")
    >>> names_venue(doc[3:4]), names_venue(doc[0:1]), names_venue(doc[7:8])
    (True, False, False)
    """
    root = span.root
    name = _name_of(root) if len(span) == 1 else span
    head = venue_head(name.root)
    if head is None or any(t.dep_ == "poss" or t.tag_ == "POS" for t in name) \
            or name.root.dep_ == "poss":
        return False
    entity = analyse(name.text).entity
    return entity is not None and names_a_venue([entity], head.lower_)


def _name_of(tok: Any) -> Any:
    """The proper name ``tok`` is one word of ("Addis" of "Addis Ababa"): the run of proper
    nouns around it, short of a meeting's noun ("the Hanoi Summit")."""
    doc = tok.doc

    def part(t: Any) -> bool:
        return t.pos_ == "PROPN" and not is_venue_noun(t) and t.ent_type_ == tok.ent_type_

    start, end = tok.i, tok.i + 1
    while start > 0 and part(doc[start - 1]):
        start -= 1
    while end < len(doc) and part(doc[end]):
        end += 1
    return doc[start:end]
