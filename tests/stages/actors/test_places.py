from storyline import resources
from storyline.stages.actors.article import ArticleActors
from storyline.stages.actors.places import modifiers


def test_a_group_s_own_modifiers_are_the_words_before_its_head_and_their_conjuncts():
    doc = resources.nlp()("Small and local rights groups that train foreign reporters met.")
    groups = next(t for t in doc if t.text == "groups")
    assert sorted(t.text for t in modifiers(groups)) == ["Small", "local", "rights"]


def _placed(text: str, word: str, sector: str) -> str | None:
    """:meth:`Placing.body_country` of the first ``word`` of ``text``, read as ``sector``,
    once the article's people are settled."""
    doc = resources.nlp()(text)
    actors = ArticleActors(doc, "2019-05-05", ())
    actors.run()
    return actors.body_country(next(t for t in doc if t.text == word), sector)


def test_a_named_body_without_a_country_word_takes_its_speaker_s_country_else_the_story_s():
    # the speaker is of the body's sector: theirs, though the story is about Venezuela
    text = ("Venezuela's opposition met in Caracas on Monday, as Venezuelans marched. Norwegian "
            "Foreign Minister Ine Eriksen Soreide said that the Foreign Ministry would help.")
    assert _placed(text, "Ministry", "GOV") == "NOR"
    # no speaker of its sector: the story's
    text = "Venezuela's government met in Caracas on Monday. The Foreign Ministry said no."
    assert _placed(text, "Ministry", "GOV") == "VEN"
