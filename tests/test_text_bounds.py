from hypothesis import given, settings
from hypothesis import strategies as st

from storyline import resources
from storyline.text_bounds import MAX_SENTENCE, MAX_WORD, cap_sentences, make_doc, pieces

SENTENCE = ("Norway's foreign minister said on Sunday that the government and the opposition "
            "would meet again in Oslo (the third round) to resume talks.  ")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab (\n.", max_size=3000), st.integers(min_value=1, max_value=500))
def test_pieces_join_to_the_text_and_hold_no_long_word(text, size):
    parts = pieces(text, size)
    assert "".join(parts) == text
    assert all(len(w) <= 2 * MAX_WORD for p in parts for w in p.split())


def test_make_doc_tokenizes_a_long_text_as_spacy_does_whole():
    text = (SENTENCE * 40 + "\n\n") * 6  # over 20,000 characters: tokenized in pieces
    nlp = resources.nlp()
    assert [(t.text, t.whitespace_) for t in make_doc(nlp, text)] == \
        [(t.text, t.whitespace_) for t in nlp.make_doc(text)]


def test_make_doc_cuts_a_long_run_without_whitespace():
    doc = make_doc(resources.nlp(), "Talks resumed " + "(" * 200_000 + " in Oslo.")
    assert doc.text.endswith("(( in Oslo.") and len(doc) > 200_000


def test_cap_sentences_cuts_long_sentences_and_keeps_the_text():
    nlp = resources.nlp()
    text = "Talks failed" + ", officials said" * 600 + ". Both sides left.\nNorway said so."
    doc = cap_sentences(nlp, nlp(text))
    assert doc.text == text
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE
    assert [s.text for s in doc.sents][-2:] == ["Both sides left.\n", "Norway said so."]


def test_cap_sentences_leaves_a_normal_text_as_parsed():
    nlp = resources.nlp()
    doc = nlp(SENTENCE * 5)
    assert cap_sentences(nlp, doc) is doc
