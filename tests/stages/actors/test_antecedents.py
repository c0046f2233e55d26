import pytest

from storyline import resources
from storyline.stages.actors.antecedents import bare_role, unnamed_antecedent
from storyline.stages.actors.phrase import analyse


def _before(text, phrase, head="spokesperson"):
    doc = resources.nlp()(text)
    return unnamed_antecedent(doc, text.rindex(phrase), head, analyse)


def test_a_bare_role_word_refers_back_to_the_unnamed_role_met_before():
    found = _before("A Treasury Department spokesperson told reporters the sanctions stay. "
                    "Iran rejected them, and the spokesperson said more would come.",
                    "the spokesperson")
    assert (found.country, found.sector) == ("USA", "GOV")


def test_bare_uses_in_between_are_passed_over():
    found = _before("A British Foreign Office spokesperson spoke on Friday. The spokesperson "
                    "said talks would resume. Later the spokesperson added a warning.",
                    "the spokesperson")
    assert found.country == "GBR"


@pytest.mark.parametrize("text", [
    # the nearest use is a named person's title: the article's roles decide
    "A Pentagon spokesperson declined to comment. Chinese Foreign Ministry spokesperson "
    "Hua Lin called the move reckless. The move was reckless, the spokesperson said.",
    # a role with no country of its own words gives none
    "A spokesperson declined to comment. The move was reckless, the spokesperson said.",
    # no use before
    "The move was reckless, the spokesperson said.",
])
def test_no_antecedent_when_a_name_is_nearer_or_none_has_a_country(text):
    assert _before(text, "the spokesperson") is None


def test_a_bare_role_is_a_pointing_word_and_one_singular_noun():
    doc = resources.nlp()("The spokesperson and the military spokesperson met their spokespeople.")
    chunks = list(doc.noun_chunks)
    assert [bare_role(c) for c in chunks] == [True, False, False]
