from storyline import resources
from storyline.stages.actors.lexicon import office_sectors, person_verbs, telling_verbs
from storyline.stages.actors.phrase import analyse


def test_actor_lexicon_verbs_that_are_cues_only_with_an_object_neither_tell_nor_make_a_person():
    # "put" is a speech cue only in "as X put it": "the council put the bill to a vote"
    # neither tells the council anything nor makes it a person
    with_object = frozenset(resources.data_json("quote_cues.json")["with_object"])
    assert with_object
    assert {"say", "tell"} <= telling_verbs() and {"say", "believe"} <= person_verbs()
    assert not with_object & (telling_verbs() | person_verbs())


def test_the_sectors_of_an_office_come_from_sectors_json_and_leaving_one_makes_an_elite():
    # review of refactor30: the sectors were a constant in offices.py beside the tables
    offices = frozenset(resources.data_json("sectors.json")["offices"])
    assert office_sectors() == offices and {"GOV", "MIL"} <= offices
    assert not offices & {"ELI", "CVL", "NGO", "BUS"}
    assert analyse("former defense minister").sector == "ELI"
    assert analyse("former rights activist").sector != "ELI"
