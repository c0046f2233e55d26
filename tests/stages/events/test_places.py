"""The gazetteer and places attached to events."""

from __future__ import annotations

from storyline import resources
from storyline.stages.events.places import event_place, gazetteer, lookup


def test_capitals_and_countries_have_country_and_coordinates():
    moscow = lookup("Moscow")
    assert moscow.country == "RUS" and 55 < moscow.lat < 56 and 37 < moscow.lon < 38
    assert lookup("Barbados").country == "BRB"
    assert lookup("the United States").country == "USA"
    assert lookup("Atlantis") is None


def test_gazetteer_codes_are_three_letters():
    assert all(len(p.country) == 3 and p.country.isupper() for p in gazetteer().values())


def test_place_phrase_attached_to_event_word_is_found():
    doc = resources.nlp()("Lavrov met Pompeo in Finland on Monday.")
    place, word = event_place([doc[1], doc[2]])  # the parser may hang it on the object
    assert (place.name, place.country, word.text) == ("Finland", "FIN", "Finland")


def test_unknown_place_keeps_its_name_without_coordinates():
    doc = resources.nlp()("The delegates met in Bogusville.")
    place, _ = event_place([doc[2]])
    assert place.name == "Bogusville" and place.lat is None and place.country is None


def test_provinces_and_cities_beyond_the_capitals_are_placed():
    assert lookup("Beledweyne").country == "SOM"
    assert lookup("Denver").country == "USA"
    assert lookup("Punjab") is None and lookup("Punjab", "PAK").country == "PAK"
    # The gazetteer's own names come first: Georgia the country, not the US state.
    assert lookup("Georgia").country == "GEO"
