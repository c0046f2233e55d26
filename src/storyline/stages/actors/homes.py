"""Whether a group may take a country its own words do not name.

A group noun without a country word ("protesters", "rights groups", "migrants") may take
the country of its sentence or its story; these tables-driven predicates (sectors.json:
``placeless``, ``abroad``, ``home_words``, ``reporting``) say which may. Both an article's
groups (:mod:`.places`; :mod:`.article` reads a group's :func:`own_words`, :mod:`.roles`
a person's :func:`of_stateless_body`) and a phrase read with its context sentence
(:func:`.stage.resolve`) ask them. "Home" here is always the country a group's sentence
or story is about (:func:`at_home`, :func:`.places.group_at_home`, ``home_words``); a
named body's country is :meth:`.places.Placing.body_country`, the place after a person's
name ``ArticleReading.person_places``.
"""

from __future__ import annotations

from .lexicon import abroad_nouns, home_words, placeless_sectors, reporting_sectors
from .phrase import Phrase


def of_stateless_body(phrase: Phrase) -> bool:
    """Whether a phrase names a body of no country and no country ("associate director at
    Human Rights Watch", "Islamic State group jihadists"): no country around it is its.

    >>> from storyline.stages.actors.phrase import analyse
    >>> of_stateless_body(analyse("a researcher with Amnesty International"))
    True
    """
    bodies = [h.entries[0] for h in phrase.hits
              if h.entries and h.entries[0].kind in ("org", "igo", "group")]
    return bool(bodies) and not phrase.country and not any(b.country for b in bodies)


def takes_sentence_country(sector: str | None, head: str | None) -> bool:
    """Whether a group of ``sector`` whose head noun is ``head`` (singular and folded, as
    :func:`.lexicon.singular` gives it) may take the one country the other actors and
    places of its sentence name when its own words name none: not displaced people
    (``placeless`` of sectors.json: migrants named beside "U.S. officials" are not
    American), nor people who act away from home (``abroad``: "the diplomats urged
    Russia ..." are not Russian). An article's groups
    (:meth:`.places.Placing.sentence_country`) and a phrase read with its context sentence
    (:func:`.stage.resolve`) both ask it.

    >>> takes_sentence_country("CVL", "protester"), takes_sentence_country("REF", "migrant")
    (True, False)
    >>> takes_sentence_country("EDU", "student"), takes_sentence_country("GOV", "diplomat")
    (True, False)
    """
    return not from_elsewhere(sector, head)


def from_elsewhere(sector: str | None, head: str | None) -> bool:
    """Whether a group of ``sector`` whose head noun is ``head`` comes from elsewhere or
    acts away from home (``placeless`` sectors and ``abroad`` nouns of sectors.json:
    migrants, diplomats, peacekeepers), so that no country of where it is named is its: not
    its sentence's (:func:`takes_sentence_country`), nor that of the story's other groups
    of its noun (:meth:`.places.Placing.place_groups_by_noun`).

    >>> from_elsewhere("REF", "migrant"), from_elsewhere("GOV", "diplomat")
    (True, True)
    >>> from_elsewhere("EDU", "analyst"), from_elsewhere("CVL", "protester")
    (False, False)
    """
    return sector in placeless_sectors() or head in abroad_nouns()


def at_home(sector: str | None, words: set[str]) -> bool:
    """Whether a group of ``sector`` whose own words (its modifiers before its head, folded)
    are ``words`` may take a country those words do not name, from its sentence or its
    story: any sector but one of ``home_words`` of sectors.json (NGOs, who speak of a
    country from abroad as often as from it), which needs one of its home words ("*Local*
    rights groups condemned the raid by Nigerian police"; not "Rights groups accused
    Russia"). An article's groups (:func:`.places.group_at_home`) and a phrase read with
    its context sentence (:func:`.stage.resolve`) both ask it.

    >>> at_home("NGO", {"local", "right"}), at_home("NGO", {"right"}), at_home("CVL", set())
    (True, False, True)
    """
    home = home_words().get(sector)
    return home is None or bool(words & home)


def own_words(phrase: Phrase) -> set[str]:
    """The folded words of ``phrase`` up to the end of its head (the first head of its
    sector), the group's own words that :func:`at_home` reads ("small", "and", "local",
    "rights", "groups" of "Small and local rights groups in Nigeria"; not "local" of
    "rights groups in local courts").

    >>> from storyline.stages.actors.phrase import analyse
    >>> sorted(own_words(analyse("local aid groups in Sudan")))
    ['aid', 'groups', 'local']
    """
    head = next((h for h in phrase.hits if h.is_head and h.sector_word.sector == phrase.sector),
                None)
    end = head.end if head is not None else len(phrase.tokens)
    return {t.key for t in phrase.tokens[:end]}


def places_its_sentence(sector: str | None) -> bool:
    """Whether an actor of ``sector`` gives its country to the groups of its sentence: not
    an outlet or a journalist the story is told to (``reporting`` of sectors.json:
    "survivors told *VOA* the attackers ..." are not American attackers)."""
    return sector not in reporting_sectors()
