"""A leader's followers are not the leader: "Assad loyalists", "supporters of former President
X", "two former high-ranking followers of rebel leader Y" name a group, not the person
their words name (PLV and PLOVER training phrases; VOA training story 8010694, whose shown
ASSAULT row had "Assad loyalists" for Bashar al-Assad).

The group is of the leader's country, and of the leader's sector only where followers
share it (``followed`` of sectors.json: the rebels' followers are rebels, an opposition
leader's the opposition); the supporters of a head of government or of a former one are
no government and no elite, and what else they are the words do not say, so such a phrase
names a group of the leader's country and no sector (review of stop 29: "supporters of
former President X" are still of X's country). Only a plural follower noun
(``followers`` of sectors.json) heading the phrase, before "of" or at its end: "a Trump
loyalist" or "Rudy Giuliani, a Trump ally" is one person, whom the tables may know.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from ... import resources
from ...model import Actor
from .lexicon import sector_name, singular
from .phrase import Phrase, analyse, generic_name, to_actor


@cache
def follower_nouns() -> frozenset[str]:
    """Singular nouns of people who follow a leader (``followers`` of sectors.json)."""
    return frozenset(resources.data_json("sectors.json")["followers"])


@cache
def followed_sectors() -> frozenset[str]:
    """Sectors a leader's followers share (``followed`` of sectors.json)."""
    return frozenset(resources.data_json("sectors.json")["followed"])


@cache
def not_followers() -> frozenset[str]:
    """Words that, beside a follower noun, make a phrase more than one leader's followers
    or its noun no head: a conjunction ("Trump and his supporters": the leader too), a
    possessive pronoun, an "of" it hangs from ("the leader of Machar loyalists")
    (``not_followers`` of sectors.json)."""
    return frozenset(resources.data_json("sectors.json")["not_followers"])


def leader_words(phrase: Phrase) -> str | None:
    """The words naming the leader of a phrase that names a leader's followers, else None:
    those after a plural follower noun's "of", or before a plural follower noun ending the
    phrase, where no other word of the phrase is one of :func:`not_followers`.

    >>> from .phrase import analyse
    >>> leader_words(analyse("supporters of former President Ahmed Ben Bella"))
    'former President Ahmed Ben Bella'
    >>> leader_words(analyse("Assad loyalists")), leader_words(analyse("a Trump loyalist"))
    ('Assad', None)
    >>> leader_words(analyse("Trump and his supporters"))
    """
    tokens = phrase.tokens
    for i, tok in enumerate(tokens):
        key = tok.key
        if singular(key) == key or singular(key) not in follower_nouns():
            continue
        of = i + 1 if i + 1 < len(tokens) and tokens[i + 1].key == "of" else None
        if any(t.key in not_followers() for j, t in enumerate(tokens) if j not in (i, of)):
            return None
        if i + 1 < len(tokens) and tokens[i + 1].key == "of" and i + 2 < len(tokens):
            return phrase.text[tokens[i + 2].start:].strip()
        if i == len(tokens) - 1 and i > 0:
            return phrase.text[:tok.start].strip()
    return None


def followers(phrase: Phrase, read: Callable[[str], Phrase]) -> tuple[bool, Actor | None]:
    """Whether ``phrase`` names a known person's followers, and then their group: of the
    leader's country, and of the leader's sector where followers share it; None for a
    leader of no country. ``read`` analyses
    the leader's words (on the phrase's date).

    >>> from .phrase import analyse
    >>> followers(analyse("followers of rebel leader Riek Machar"), analyse)[1].id
    'SSD.REB'
    >>> followers(analyse("Syrian troops"), analyse)
    (False, None)
    """
    words = leader_words(phrase) if phrase.person_entry is not None else None
    if words is None:
        return False, None
    leader = to_actor(read(words))
    if leader is None or leader.kind != "person":
        return False, None
    if not leader.country:
        return True, None
    sector = leader.sector if leader.sector in followed_sectors() else None
    ident = ".".join(x for x in (leader.country, sector) if x)
    return True, Actor(ident, sector_name(ident) or generic_name(phrase.text), "group",
                       leader.country, sector, phrase.text.strip())


def follows_name(tok: Any) -> bool:
    """Whether the parsed noun ``tok`` is a plural follower noun a known person's name is
    written before ("Assad *loyalists*", "Machar *supporters*"): people other than the one
    named. A party's or a body's supporters ("ZANU-PF *supporters*", "Kremlin *loyalists*")
    are the party's or the body's, as :func:`followers` reads them.

    >>> from storyline import resources
    >>> doc = resources.nlp()("The army came under attack from Assad loyalists.")
    >>> follows_name(doc[7]), follows_name(doc[6])
    (True, False)
    >>> follows_name(resources.nlp()("Kremlin loyalists criticized the opposition.")[1])
    False
    """
    if tok.tag_ != "NNS" or singular(tok.lower_) not in follower_nouns():
        return False
    names = [c for c in tok.children if c.dep_ in ("compound", "amod")
             and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")]
    if not names:
        return False
    words = tok.doc[min(c.left_edge.i for c in names):tok.i].text
    leader = to_actor(analyse(words))
    return leader is not None and leader.kind == "person"
