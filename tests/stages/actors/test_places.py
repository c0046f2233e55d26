from storyline import resources
from storyline.stages.actors.places import modifiers


def test_a_group_s_own_modifiers_are_the_words_before_its_head_and_their_conjuncts():
    doc = resources.nlp()("Small and local rights groups that train foreign reporters met.")
    groups = next(t for t in doc if t.text == "groups")
    assert sorted(t.text for t in modifiers(groups)) == ["Small", "local", "rights"]
