from storyline import resources
from storyline.stages.actors.article import ArticleActors, _Mention, _modifiers

TEXT = ("Kenyan police arrested protesters in Nairobi on Monday, officials said. "
        "Foreign Minister Sergey Lavrov met his counterpart in Oslo.\n\n"
        "Rights groups and Norwegian diplomats called for calm. Lavrov left.")


def _scan(actors, token):
    sent = token.sent
    return [m for m in actors.mentions if sent.start_char <= m.start < sent.end_char]


def test_mentions_of_a_sentence_are_those_a_scan_finds_as_mentions_are_added():
    doc = resources.nlp()(TEXT)
    actors = ArticleActors(doc, "2019-05-05", ())
    actors.run()
    assert actors.mentions
    for tok in doc:
        assert actors._in_sentence(tok) == _scan(actors, tok)
    added = _Mention(doc[-2].idx, doc[-2].idx + 6, "Lavrov")
    actors.mentions.append(added)  # appended after the index was made
    assert actors._in_sentence(doc[-2])[-1] is added
    actors.mentions = actors.mentions[:1]  # a list put in its place
    for tok in doc:
        assert actors._in_sentence(tok) == _scan(actors, tok)


def test_a_group_s_own_modifiers_are_the_words_before_its_head_and_their_conjuncts():
    doc = resources.nlp()("Small and local rights groups that train foreign reporters met.")
    groups = next(t for t in doc if t.text == "groups")
    assert sorted(t.text for t in _modifiers(groups)) == ["Small", "local", "rights"]
