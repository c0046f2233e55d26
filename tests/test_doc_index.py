from storyline import resources
from storyline.doc_index import doc_text, ent_at, ents_in

TEXT = ("Venezuela's opposition leader Juan Guaidó met Norwegian envoys in Oslo on Monday. "
        "Nicolás Maduro said the talks with the United States had failed.\n"
        "The European Union and Russia called for new elections in Caracas.")


def test_doc_index_answers_as_spacy_does():
    doc = resources.nlp()(TEXT)
    assert doc_text(doc) == doc.text
    for span in [*doc.sents, doc[3:9], doc[0:0], doc[:]]:
        assert [(e.start, e.end) for e in ents_in(span)] == [(e.start, e.end) for e in span.ents]
    for tok in doc:
        ent = next(((e.start, e.end) for e in doc.ents if e.start <= tok.i < e.end), None)
        found = ent_at(doc, tok.i)
        assert ((found.start, found.end) if found is not None else None) == ent
