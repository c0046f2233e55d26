"""Security forces named with no place take the story's country only where nothing says
otherwise (:mod:`storyline.stages.actors.forces`); made-up stories of the shapes of VOA
training stories 6203525, 6184384, 8006651 and of the faults the review of stop 29 found."""

from __future__ import annotations

import pytest

from storyline import resources
from storyline.stages.actors.article import find_actors


def _forces(text: str) -> dict[str, str | None]:
    """The country of each actor whose mentions include the words "security forces"."""
    out = {}
    for actor in find_actors(resources.nlp()(text)):
        for start, end in actor.mentions:
            if "security forces" in text[start:end].lower():
                out[text[start:end]] = actor.country
    return out


def test_security_forces_alone_take_the_story_country():
    text = ("Chad's junta closed schools on Monday. Protests spread across Chad. A Chadian "
            "activist said security forces have detained at least 300 people since March.")
    assert _forces(text) == {"security forces": "TCD"}


@pytest.mark.parametrize("text", [
    # the sentence names another country's place
    "Turkey closed its border. Turkish officials met in Ankara. Security forces fired tear "
    "gas at the protesters in Baghdad, Turkish media said.",
    # a people's word before the term, known to the tables or not
    "Turkey closed its border. Turkish officials met in Ankara. In the northeast, Kurdish "
    "security forces arrested 30 men.",
    # an earlier use stood in a sentence of another country: the later one may be the same
    "Turkey closed its border. Turkish officials met in Ankara. Security forces fired tear "
    "gas at protesters in Baghdad. Turkey said security forces must show restraint.",
    # another country's forces named before
    "Pakistan said militants attacked. Pakistani officials said Afghan border police fired "
    "across the line. Security forces also shelled a village, Pakistan said.",
])
def test_security_forces_take_no_story_country_where_another_is_named(text):
    assert not any(_forces(text).values())


def test_security_forces_take_no_country_in_a_story_of_several():
    text = ("Kenya and Somalia signed a deal. Somali and Kenyan officials met in Nairobi and "
            "Mogadishu. Officials said security forces are still struggling.")
    assert not any(_forces(text).values())
