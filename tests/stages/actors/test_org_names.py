"""Organisations whose names hold a word of another actor (a chamber's noun, a place):
the name's own reading wins (issue 16)."""

from __future__ import annotations

import pytest

from storyline.stages.actors.stage import resolve

PARTY_BODIES = [
    ("Democratic National Committee", "democratic_national_committee"),
    ("the DNC", "democratic_national_committee"),
    ("RNC", "republican_national_committee"),
    ("the Republican National Committee", "republican_national_committee"),
    ("Democratic Senatorial Campaign Committee", "democratic_senatorial_campaign_committee"),
    ("the DCCC", "democratic_congressional_campaign_committee"),
]


@pytest.mark.parametrize(("text", "ident"), PARTY_BODIES)
def test_a_party_committee_is_the_party_not_the_legislature(text, ident):
    actor = resolve(text)
    assert (actor.id, actor.country, actor.sector) == (ident, "USA", "PTY")


def test_a_chamber_committee_stays_the_legislature():
    assert resolve("House Judiciary Committee").sector == "LEG"
