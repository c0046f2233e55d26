
import spacy

from storyline import resources


def test_lemmas_are_those_of_spacys_own_lemmatizer(seed_paths):
    stock = spacy.load(resources.model_name())
    ours = resources.nlp()
    assert type(ours.get_pipe("lemmatizer")).__name__.startswith("Indexed")
    texts = [p.read_text(encoding="utf-8") for p in seed_paths]
    texts += ["I'd say they've been meeting; we'll see.", ""]
    for text in texts:
        expected = [t.lemma_ for t in stock(text)]
        assert [t.lemma_ for t in ours(text)] == expected
        assert [t.lemma_ for t in ours(text)] == expected  # and again, from what it remembers


def test_lemma_index_answers_as_sets():
    index = resources.nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    assert "meeting" in index["noun"] and "meet" in index["verb"]
