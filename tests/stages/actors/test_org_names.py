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


PLACE_NAMED = [
    # a capital that is also another country's town, a misspelt country, a gazetteer
    # town: a word of the name, no country
    ("Georgetown University", None, "EDU"),
    ("Columbia University", None, "EDU"),
    ("Suffolk University", None, "EDU"),
    # a country's own name or adjective gives its country, the head the sector
    ("Kenya Airways", "KEN", "BUS"),
    ("American University", "USA", "EDU"),
    ("Indiana University", "USA", "EDU"),
    # a capital of one country gives it, never its government's sector
    ("Addis Ababa University", "ETH", "EDU"),
    ("the Washington Institute", "USA", None),
    # not a name: a place before a state's noun or a lower-case head, or after "of"
    ("Kenyan university", "KEN", "EDU"),
    ("Islamabad police", "PAK", "COP"),
    ("Pakistani Army", "PAK", "MIL"),
    ("University of Nairobi", "KEN", "EDU"),
]


@pytest.mark.parametrize(("text", "country", "sector"), PLACE_NAMED)
def test_a_place_opening_an_institution_name_gives_at_most_its_own_country(text, country,
                                                                          sector):
    actor = resolve(text)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(("text", "ident"), [
    ("Farc", "revolutionary_armed_forces_of_colombia"),
    ("Opec", "opec"),
    ("Asean", "association_of_southeast_asian_nations"),
    ("Ecowas", "economic_community_of_west_african_states"),
])
def test_an_acronym_written_in_title_case_is_the_body(text, ident):
    assert resolve(text).id == ident


@pytest.mark.parametrize(("text", "ident"), [
    ("the New York Post", "new_york_post"),
    ("The Washington Times", "washington_times"),
    ("the Des Moines Register", "des_moines_register"),
    ("USA Today", "usa_today"),
])
def test_a_newspaper_named_after_a_place_is_the_outlet_not_a_person(text, ident):
    actor = resolve(text)
    assert (actor.id, actor.kind, actor.country, actor.sector) == (ident, "org", "USA", "JRN")
