import pytest

from storyline.stages.actors.homes import (
    at_home,
    from_elsewhere,
    own_words,
    places_its_sentence,
    takes_sentence_country,
)
from storyline.stages.actors.phrase import analyse


@pytest.mark.parametrize("sector, head, takes", [
    ("CVL", "protester", True),
    ("GOV", "official", True),
    ("REF", "migrant", False),  # placeless
    ("EDU", "student", True),
    ("GOV", "diplomat", False),  # abroad
])
def test_takes_sentence_country_follows_sectors_json(sector, head, takes):
    assert takes_sentence_country(sector, head) is takes


def test_places_its_sentence_is_false_only_for_reporting_sectors():
    assert (places_its_sentence("JRN"), places_its_sentence("GOV"),
            places_its_sentence(None)) == (False, True, True)


@pytest.mark.parametrize("text, sector, home", [
    ("local rights groups", "NGO", True),
    ("Small and local rights groups in Nigeria", "NGO", True),
    ("rights groups in local courts", "NGO", False),  # the home word is not its own
    ("rights groups", "NGO", False),
    ("protesters", "CVL", True),  # only ``home_words`` sectors need one
])
def test_at_home_reads_the_home_words_of_a_phrase_up_to_its_head(text, sector, home):
    assert at_home(sector, own_words(analyse(text))) is home


@pytest.mark.parametrize("sector, head, away", [
    ("REF", "migrant", True), ("GOV", "diplomat", True),
    ("EDU", "analyst", False), ("CVL", "protester", False),
])
def test_from_elsewhere_is_a_placeless_sector_or_an_abroad_noun(sector, head, away):
    assert from_elsewhere(sector, head) is away
