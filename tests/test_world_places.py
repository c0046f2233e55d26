"""Provinces, states and cities of the world and which one a name means."""

from __future__ import annotations

from storyline import resources
from storyline.stages.actors.lexicon import fold, names, text_key
from storyline.world_places import resolve, table


def test_a_city_or_region_of_one_country_has_its_country_and_coordinates():
    quetta = resolve("Quetta")
    assert (quetta.country, quetta.kind) == ("PAK", "city") and 30 < quetta.lat < 31
    assert resolve("Baluchistan").kind == "region"
    assert resolve("the Baluchistan") == resolve("BALUCHISTAN")


def test_a_name_of_several_countries_needs_the_texts_country_or_a_far_bigger_city():
    assert resolve("Hyderabad") is None and resolve("Punjab") is None
    assert resolve("Hyderabad", "PAK").country == "PAK"
    assert resolve("Punjab", "IND").country == "IND"
    # Alexandria, Egypt has over ten times the people of Alexandria, Virginia.
    assert resolve("Alexandria").country == "EGY"
    assert resolve("Alexandria", "USA").country == "USA"
    assert resolve("Nowhereville") is None


def test_a_common_english_word_is_a_place_only_when_asked_for_words():
    assert resolve("Reading").country == "GBR"
    assert resolve("Reading", words=False) is None


def test_every_place_has_a_known_country_and_no_name_is_a_persons():
    countries = set(resources.data_json("countries.json"))
    places = [p for found in table().values() for p in found]
    assert len(places) > 5000 and {p.country for p in places} <= countries
    # a Wikidata office holder is known by full name alone: "Simon Birmingham" takes no city
    surnames = {k[-1] for k, es in names().items()
                if any(e.kind == "person" and not e.spelled for e in es)}
    given = {fold(n) for group in resources.data_json("given_names.json")["groups"]
             for n in group}
    bare = [k[1:] if k[0] == "the" else k for k in (text_key(p.name) for p in places)]
    assert not {k[0] for k in bare if len(k) == 1} & (surnames | given)
