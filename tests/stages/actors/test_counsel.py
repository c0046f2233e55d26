"""A named person's lawyers are a court-sector group of the person's country
(:mod:`storyline.stages.actors.counsel`); made-up stories of the shapes of VOA training
stories 7846440, 8010046, 8009044."""

from __future__ import annotations

import pytest

from storyline import resources
from storyline.stages.actors.article import find_actors


def _covering(text: str, words: str) -> tuple[str | None, str | None] | None:
    """(country, sector) of the actor with a mention covering the last word of ``words``."""
    at = text.index(words) + len(words) - 1
    for actor in find_actors(resources.nlp()(text)):
        if any(start <= at < end for start, end in actor.mentions):
            return actor.country, actor.sector
    return None


@pytest.mark.parametrize(("text", "words", "want"), [
    ("Uganda's parliament removed Vice President Okello Mbabazi. Mbabazi's lawyers filed "
     "twelve court cases against the vote.", "Mbabazi's lawyers", ("UGA", "JUD")),
    ("Peruvian editor Rosa Quispe was jailed in Lima. Quispe's legal team has rejected the "
     "charges.", "Quispe's legal team", ("PER", "JUD")),
])
def test_a_persons_lawyers_are_a_court_group_of_their_country(text, words, want):
    assert _covering(text, words) == want


def test_a_persons_other_groups_are_left_alone():
    text = ("Uganda's parliament removed Vice President Okello Mbabazi. Mbabazi's aides "
            "left the capital.")
    at = text.index("aides")
    assert not any(text[start:end] == "aides" for actor in find_actors(resources.nlp()(text))
                   for start, end in actor.mentions if start == at)
