"""Linguistic analysis with spaCy: sentences, tokens, tags, lemmas, parse, entities.

``article._doc`` is one spaCy ``Doc`` over ``body`` (character offsets are those
of ``body``), with every component of ``en_core_web_sm`` run on all of it, a long
text tokenized in bounded pieces and no sentence longer than a cap
(:mod:`storyline.text_bounds`, so the cost stays linear in the text). Over
many articles the stage parses them together (:func:`parse_all`, one
``nlp.pipe`` call per batch), which the engines use; the result is the same.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .. import resources, text_bounds
from ..doc_index import lemmas, lowers, per_doc_table, token_index_at
from ..model import Article
from ..pipeline import stage
from ..settings import Settings

#: Texts spaCy's components take at once within a batch. Their working memory grows with
#: the words they hold at once, and more than two articles at a time parse no faster: on
#: the VOA corpus in batches of 8, the same CPU time and the same parse with 2 texts at
#: once as with 8, and a peak of about 30 MB above the process's resting size, not 120.
PIPE_BATCH = 2


def parse_all(articles: list[Article], settings: Settings) -> list[Article]:
    """Parse the ``body`` of every article in an analysed (or unknown) language, in one
    ``nlp.pipe`` call (:data:`PIPE_BATCH` texts at a time).

    >>> from storyline.model import Article
    >>> a = Article(id="a", source="-", body="Talks resumed. Both sides came.", language="en")
    >>> [s.text for s in parse_all([a], Settings())[0]._doc.sents]
    ['Talks resumed.', 'Both sides came.']
    """
    todo = [a for a in articles if a.language is None or a.language in settings.languages]
    model = resources.nlp()
    docs = text_bounds.parse(model, (text_bounds.make_doc(model, a.body) for a in todo),
                             PIPE_BATCH)
    for article, doc in zip(todo, docs, strict=True):
        article._doc = text_bounds.cap_sentences(model, doc)
    return articles


@stage(reads=("body", "language"), writes=("_doc",), batch=parse_all)
def nlp(article: Article, settings: Settings) -> Article:
    """Parse ``body`` into ``article._doc`` (skipped for languages not analysed; a text too
    short or too full of names for its language to be told is analysed)."""
    return parse_all([article], settings)[0]


def token_at(doc: Any, offset: int) -> Any:
    """The word of a parsed Doc that covers character ``offset`` (None past its end)."""
    i = token_index_at(doc, offset)
    return doc[i] if i is not None else None


@cache
def _lemma_fixes() -> dict[str, str]:
    return dict(resources.data_json("quote_cues.json")["lemmas"])


@per_doc_table
def _doc_lemmas(doc: Any) -> list[str]:
    """:func:`lemma` of every word of ``doc``, found once per Doc off its arrays."""
    fixes = _lemma_fixes()
    return [fixes.get(low) or lem.lower() for low, lem in zip(lowers(doc), lemmas(doc),
                                                              strict=True)]


def lemma(tok: Any) -> str:
    """The lower-case lemma of ``tok``, corrected where the tagger is wrong (``lemmas`` of
    data/quote_cues.json: "hopes" is "hope", not "hop"); every stage reads verbs by it.

    >>> lemma(resources.nlp()("She was hoping for more.")[2])
    'hope'
    """
    return _doc_lemmas(tok.doc)[tok.i]
