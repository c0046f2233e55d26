"""Bodies of several states take no one country from their sentence or story
(:mod:`storyline.stages.actors.states`); made-up sentences of the shapes of VOA training
stories 6180790, 6205696, 6181522."""

from __future__ import annotations

import pytest

from storyline import resources
from storyline.stages.actors.article import find_actors
from storyline.stages.actors.stage import resolve


@pytest.mark.parametrize(("text", "context", "want"), [
    # several states' bodies: no country from the sentence
    ("governments", "As governments met for trade talks in Nairobi, prices rose.", ("GOV", None)),
    ("Asia's ruling parties", "A Thai opposition leader said Asia's ruling parties are bolder.",
     ("PTY", None)),
    # one state's parts, one state's body: the sentence's country
    ("state governments", "Nigeria said state governments must pay teachers.", ("NGA.GOV", "NGA")),
    ("the government", "Kenya said the government will act.", ("KEN.GOV", "KEN")),
    # one state's bodies one after another: the sentence's country (review of stop 29)
    ("successive parliaments", "Iraqi Kurdish leaders faulted successive parliaments in Baghdad.",
     ("IRQ.LEG", "IRQ")),
    ("previous governments", "Nigeria's finance minister blamed previous governments for debts.",
     ("NGA.GOV", "NGA")),
    ("past governments", "Kenyan teachers said past governments broke their promises.",
     ("KEN.GOV", "KEN")),
])
def test_several_states_bodies_take_no_country_from_their_sentence(text, context, want):
    actor = resolve(text, context=context)
    assert (actor.id, actor.country) == want


def test_several_states_bodies_take_no_country_from_the_story():
    text = ("France's president met Paris officials on Monday. Brussels officials told national "
            "governments that they should keep borders open, the French minister said.")
    groups = {a.text: a.country for a in find_actors(resources.nlp()(text))
              if a.sector == "GOV" and "governments" in a.text}
    assert groups == {"national governments": None}
