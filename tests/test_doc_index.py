import gc
import weakref

from storyline import resources
from storyline.doc_index import (
    children,
    deps,
    doc_text,
    ent_at,
    ents_in,
    heads,
    lemmas,
    lowers,
    per_doc,
    poses,
    sentence_at,
    sentence_of,
    tags,
    token_chars,
    token_index_at,
)

TEXT = ("Venezuela's opposition leader Juan Guaidó met Norwegian envoys in Oslo on Monday. "
        "Nicolás Maduro said the talks with the United States had failed.\n"
        "The European Union and Russia called for new elections in Caracas.")


def test_doc_index_answers_as_spacy_does():
    doc = resources.nlp()(TEXT)
    assert doc_text(doc) == doc.text
    for span in [*doc.sents, doc[3:9], doc[0:0], doc[:]]:
        assert ents_in(span) == list(span.ents)  # start, end, label, kb_id and id alike
    for tok in doc:
        ent = next(((e.start, e.end) for e in doc.ents if e.start <= tok.i < e.end), None)
        found = ent_at(doc, tok.i)
        assert ((found.start, found.end) if found is not None else None) == ent


def test_doc_columns_answer_as_the_tokens_do():
    doc = resources.nlp()(TEXT)
    assert heads(doc) == [t.head.i for t in doc]
    assert deps(doc) == [t.dep_ for t in doc]
    assert lowers(doc) == [t.lower_ for t in doc]
    assert poses(doc) == [t.pos_ for t in doc]
    assert tags(doc) == [t.tag_ for t in doc]
    assert lemmas(doc) == [t.lemma_ for t in doc]
    assert children(doc) == [[c.i for c in t.children] for t in doc]
    assert token_chars(doc) == ([t.idx for t in doc], [t.idx + len(t) for t in doc])
    assert heads(doc) is heads(doc)  # built once


def test_token_index_at_finds_the_word_char_span_expands_to():
    # double spaces, a line break and a trailing space: the offsets no word holds
    doc = resources.nlp()("Maduro  met Guaidó.\n\nNorway hosted  the talks. ")
    for offset in range(-2, len(doc.text) + 3):
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        expected = span[0].i if span is not None and len(span) else None
        assert token_index_at(doc, offset) == expected, offset
    assert token_index_at(doc, 6) is None  # the space after "Maduro"


def test_sentence_at_answers_as_a_scan_of_the_sentences():
    doc = resources.nlp()(TEXT)
    for offset in range(len(TEXT) + 2):
        scan = next((s.start_char for s in doc.sents if s.start_char <= offset < s.end_char),
                    None)
        assert sentence_at(doc, offset) == scan
    assert sentence_at(doc, TEXT.index("Nicolás")) == TEXT.index("Nicolás")
    for tok in doc:
        sent = tok.sent
        assert sentence_of(doc, tok.i) == (sent.start, sent.end, sent.start_char, sent.end_char)
        assert doc_text(doc)[sent.start_char:sent.end_char] == sent.text
    assert sentence_at(doc, TEXT.index(" Nicolás")) is None  # the space between two


def test_doc_index_lets_the_doc_go():
    doc = resources.nlp()(TEXT)
    assert ents_in(doc[:]) and ent_at(doc, 0) is not None and doc_text(doc)
    assert sentence_at(doc, 0) == 0 and children(doc) and deps(doc) and lowers(doc)
    gone = weakref.ref(doc)
    gc.disable()  # freed by its reference count alone: no cycle left for the collector
    try:
        del doc
        assert gone() is None
    finally:
        gc.enable()


def test_per_doc_runs_once_per_doc_and_key_and_lets_the_doc_go():
    calls: list[tuple[str, int]] = []

    @per_doc(lambda tok: tok.i)
    def word(tok):
        calls.append((tok.doc.text[:6], tok.i))
        return tok.lower_

    one, two = resources.nlp()(TEXT), resources.nlp()("Oslo hosted talks.")
    assert [word(one[i]) for i in (1, 1, 0, 1)] == ["'s", "'s", "venezuela", "'s"]
    assert word(two[0]) == "oslo" and word(two[1]) == "hosted"  # another Doc: its own
    assert calls == [("Venezu", 1), ("Venezu", 0), ("Oslo h", 0), ("Oslo h", 1)]
    gone = weakref.ref(two)
    gc.disable()
    try:
        del two
        assert gone() is None
    finally:
        gc.enable()
