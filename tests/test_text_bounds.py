import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline import resources
from storyline.text_bounds import (
    MAX_SENTENCE,
    MAX_WORD,
    cap_sentences,
    make_doc,
    parse,
    pieces,
)

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


def test_parse_runs_a_long_doc_in_pieces_cut_at_line_breaks(monkeypatch):
    nlp = resources.nlp()
    text = (SENTENCE * 4 + "\n\n") * 40  # ~4,000 tokens
    monkeypatch.setattr("storyline.text_bounds.PARSE_PIECE", 500)
    seen = []
    pipe = nlp.pipe
    monkeypatch.setattr(nlp, "pipe", lambda docs, **kw: pipe(
        (seen.append(d) or d for d in docs), **kw))
    short, doc = parse(nlp, [make_doc(nlp, "Talks resumed."), make_doc(nlp, text)])
    assert short.text == "Talks resumed." and doc.text == text
    assert len(seen) > 8 and max(len(d) for d in seen) <= 500
    assert all(d.text.endswith("\n\n") for d in seen[1:])
    assert doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB")
    assert len(list(doc.sents)) >= 160


def test_parse_cuts_a_text_without_line_breaks_or_stops_at_the_piece_size(monkeypatch):
    monkeypatch.setattr("storyline.text_bounds.PARSE_PIECE", 300)
    nlp = resources.nlp()
    text = "Maduro said that Guaidó said that " * 200  # 1,200 tokens, one sentence
    (doc,) = parse(nlp, [make_doc(nlp, text)])
    assert doc.text == text and len(doc) == 1200
    assert [t.i for t in doc if t.is_sent_start and t.i % 300 == 0] == [0, 300, 600, 900]


@pytest.mark.parametrize("text, sentence", [
    # A section heading a scraped page runs into the sentence it heads stands apart.
    ("It ended. Recent attacks Since the beginning of the year, the group has ramped up "
     "attacks.", "Since the beginning of the year, the group has ramped up attacks."),
    ("It ended. Government involvement In 2017, China released a development program.",
     "In 2017, China released a development program."),
    # Not a capitalised word that opens a name, nor one after a verb.
    ("He left. Writing in The Atlantic, the author argued otherwise.",
     "Writing in The Atlantic, the author argued otherwise."),
    ("He left. Trump also attacked The Wall Street Journal.",
     "Trump also attacked The Wall Street Journal."),
])
def test_a_heading_run_into_its_sentence_starts_a_sentence_of_its_own(text, sentence):
    assert sentence in [s.text for s in resources.nlp()(text).sents]


@pytest.mark.parametrize("text, sentences", [
    # "X." after a preposition is the platform X ending its sentence, not an initial.
    ("The spokesman wrote on X. The militants attacked a passenger train Tuesday.",
     ["The spokesman wrote on X.", "The militants attacked a passenger train Tuesday."]),
    # An initial after a name stays inside its sentence.
    ("Writer Malcolm X. Little was born in Omaha.",
     ["Writer Malcolm X. Little was born in Omaha."]),
    ("He met John F. Kennedy on Monday.", ["He met John F. Kennedy on Monday."]),
    # An initial after a preposition that opens a name goes on with it.
    ("He wrote a letter to E. Jean Carroll.", ["He wrote a letter to E. Jean Carroll."]),
    ("Officials said that J. Edgar Hoover ordered the wiretaps.",
     ["Officials said that J. Edgar Hoover ordered the wiretaps."]),
    ("The centrifuge designs came from A. Q. Khan, officials said.",
     ["The centrifuge designs came from A. Q. Khan, officials said."]),
])
def test_a_capital_letter_after_a_preposition_ends_its_sentence(text, sentences):
    assert [s.text.strip() for s in resources.nlp()(text).sents] == sentences
