
import spacy

from storyline import resources
from storyline.attribute_rules import RuleIndex


def _stock_model():
    return spacy.load(resources.model_name())


def test_attribute_rules_match_exactly_what_spacy_matches(seed_paths):
    stock = _stock_model()
    ruler = stock.get_pipe("attribute_ruler")
    index = RuleIndex(ruler)
    texts = [p.read_text(encoding="utf-8") for p in seed_paths]
    texts += ["Y'all ain't seen nothin' yet, I'd say; it's something he can't do.", "", " \n "]
    for doc in stock.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]):
        assert index.match(doc) == ruler.match(doc)


def test_attribute_rules_installed_model_tags_pos_and_morphology():
    doc = resources.nlp()("Nobody saw anything, she said.")
    assert [t.pos_ for t in doc] == ["PRON", "VERB", "PRON", "PUNCT", "PRON", "VERB", "PUNCT"]
    assert str(doc[4].morph) == "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"
