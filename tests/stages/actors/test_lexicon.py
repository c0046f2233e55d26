from storyline import resources
from storyline.stages.actors.lexicon import person_verbs, telling_verbs


def test_actor_lexicon_verbs_that_are_cues_only_with_an_object_neither_tell_nor_make_a_person():
    # "put" is a speech cue only in "as X put it": "the council put the bill to a vote"
    # neither tells the council anything nor makes it a person
    with_object = frozenset(resources.data_json("quote_cues.json")["with_object"])
    assert with_object
    assert {"say", "tell"} <= telling_verbs() and {"say", "believe"} <= person_verbs()
    assert not with_object & (telling_verbs() | person_verbs())
