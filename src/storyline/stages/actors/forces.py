"""Security forces named with no place: the story's country, where nothing says otherwise.

"security forces" alone ("Kirkwood said security forces have also occupied at least 36
hospitals" in a story on Myanmar; "security forces are still struggling to stamp out the
militants" on Kenya; "security forces, a rescue train and ambulances had been dispatched" on
Pakistan: VOA training stories 6203525, 6184384, 8006651, sentences ``split_of`` train) are
the forces of the country the story is about (6184384's story names Somalia too, and its
forces keep no country below). A first version (stop 29) gave them the
story's main country wherever they stood and was reverted at review; this one gives it only
when

* the words are the term alone (``unplaced_forces`` of sectors.json: "security forces",
  "the security forces"), with no nationality, place or owner word ("*Kurdish* security
  forces", "security forces *from Punjab*" keep their own reading);
* the story names one country in two thirds of its country mentions (its sole focus);
* nothing in the sentence names another country or a people of none: no actor, person,
  place or nationality word of its sentence is of a country other than the focus ("In
  northeast *Syria*, security forces arrested 30 men", "Security forces fired at
  protesters in *Baghdad*" in a story on Turkey or the U.S.);
* no forces of another country (an actor or person of an ``armed_sectors`` sector) were
  named before it in the article ("*Afghan* security forces fired ... Security forces also
  shelled a village" in a story on Pakistan could be either side's), and no earlier use of
  the term was another place's or people's ("*Kurdish* security forces") or stood in a
  sentence that names another country (those may be the ones it refers back to).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from ... import resources
from .lexicon import fold

#: Entity labels of words that name a country, a place or a people.
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})


@cache
def unplaced_forces() -> frozenset[str]:
    """The terms that name a state's forces with no place (``unplaced_forces`` of
    sectors.json), folded and without a leading "the"."""
    return frozenset(resources.data_json("sectors.json")["unplaced_forces"])


@cache
def armed_sectors() -> frozenset[str]:
    """Sectors of a state's forces, whose people "security forces" may be
    (``armed_sectors`` of sectors.json)."""
    return frozenset(resources.data_json("sectors.json")["armed_sectors"])


def is_unplaced_term(span: Any) -> bool:
    """Whether the words of ``span`` are one of :func:`unplaced_forces` alone, after an
    opening "the".

    >>> from storyline import resources
    >>> doc = resources.nlp()("The security forces and Kurdish security forces fired.")
    >>> is_unplaced_term(doc[0:3]), is_unplaced_term(doc[4:7])
    (True, False)
    """
    return " ".join(_term_words(span)) in unplaced_forces()


def _term_words(span: Any) -> list[str]:
    """The folded words of ``span`` without an opening "the"."""
    words = [fold(t.text) for t in span]
    return words[1:] if words and words[0] == "the" else words


def _country_of(mention: Any) -> tuple[str | None, str | None]:
    """The country and sector of an article mention (a person's or an actor's)."""
    who = mention.person if mention.person is not None else mention.actor
    return (who.country, who.sector) if who is not None else (None, None)


def forces_country(span: Any, focus: str | None, sentence: Iterable[Any],
                   earlier: Iterable[Any], analyse: Callable[[str], Any]) -> str | None:
    """The country of "security forces" named with no place (see the module docstring), or
    None.

    Args:
        span: the phrase as written in the article.
        focus: the country the story names in two thirds of its country mentions, if any.
        sentence: the article mentions (``person``, ``actor``) read in its sentence.
        earlier: the article mentions before it.
        analyse: what the tables say of a place or nationality word in this article
            (its ``country``).
    """
    if focus is None or not is_unplaced_term(span):
        return None
    if any(country not in (None, focus) for country, _ in map(_country_of, sentence)):
        return None
    if any(sector in armed_sectors() and country not in (None, focus)
           for country, sector in map(_country_of, earlier)):
        return None
    for use in [*_uses_before(span), span]:
        if use.start > 0 and use.doc[use.start - 1].ent_type_ in _PLACE_LABELS:
            return None  # "Kurdish security forces", whether or not the tables know them
        if any(e.label_ in _PLACE_LABELS and analyse(e.text).country != focus
               for e in use.sent.ents):
            return None  # "security forces fired at protesters in Baghdad"
    return focus


def _uses_before(span: Any) -> list[Any]:
    """The earlier uses in the article of the term ``span`` holds, as many words long.

    >>> from storyline import resources
    >>> doc = resources.nlp()("Kurdish security forces fired. Then the security forces left.")
    >>> [(u.start, u.text) for u in _uses_before(doc[6:9])]
    [(1, 'security forces')]
    """
    words = _term_words(span)
    doc, n = span.doc, len(words)
    return [doc[i:i + n] for i in range(span.start - n + 1)
            if [fold(t.text) for t in doc[i:i + n]] == words]
