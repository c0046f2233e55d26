from storyline.model import Article
from storyline.stages.nlp import nlp, parse_all

TEXTS = [
    "Venezuela's opposition leader Juan Guaido said on Monday he would meet envoys in Oslo.",
    "Talks resumed.\n\nBoth sides sent delegations, Norway's foreign ministry said.",
    "",
]


def _articles(language="en"):
    return [Article(id=str(i), source="-", body=t, language=language)
            for i, t in enumerate(TEXTS)]


def _annotations(doc):
    return [(t.idx, t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_type_,
             t.is_sent_start) for t in doc]


def test_nlp_batch_gives_the_same_docs_as_one_at_a_time(settings):
    batch = parse_all(_articles(), settings)
    single = [nlp(a, settings) for a in _articles()]
    assert [_annotations(a._doc) for a in batch] == [_annotations(a._doc) for a in single]


def test_nlp_doc_covers_body_with_its_character_offsets(settings):
    for article in parse_all(_articles(), settings):
        assert article._doc.text == article.body
        for ent in article._doc.ents:
            assert article.body[ent.start_char:ent.end_char] == ent.text


def test_nlp_skips_languages_not_analysed(settings):
    assert all(a._doc is None for a in parse_all(_articles(language="es"), settings))


def test_lemma_is_spacys_lower_case_lemma_but_where_the_table_corrects_it():
    from storyline import resources
    from storyline.stages.nlp import _lemma_fixes, lemma

    doc = resources.nlp()("She hopes the Talks staged in Oslo were hoping for more. He hopes.")
    fixes = _lemma_fixes()
    assert [lemma(t) for t in doc] == [fixes.get(t.lower_) or t.lemma_.lower() for t in doc]
    assert lemma(doc[1]) == "hope" and lemma(doc[-2]) == "hope"
