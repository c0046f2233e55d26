"""The state one article's passes share (:mod:`storyline.stages.actors.reading`)."""

from storyline import resources
from storyline.stages.actors.article import ArticleActors
from storyline.stages.actors.mentions import Mention

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
        assert actors.in_sentence(tok) == _scan(actors, tok)
    added = Mention(doc[-2].idx, doc[-2].idx + 6, "Lavrov")
    actors.mentions.append(added)  # appended after the index was made
    assert actors.in_sentence(doc[-2])[-1] is added
    actors.mentions = actors.mentions[:1]  # a list put in its place
    for tok in doc:
        assert actors.in_sentence(tok) == _scan(actors, tok)
