"""Linguistic analysis with spaCy: sentences, tokens, parse, entities."""

from __future__ import annotations

from .. import resources
from ..model import Article
from ..pipeline import stage
from ..settings import Settings


@stage(reads=("body", "language"), writes=("_doc",))
def nlp(article: Article, settings: Settings) -> Article:
    """Parse ``body`` into ``article._doc`` (skipped for languages not analysed; a text too
    short or too full of names for its language to be told is analysed)."""
    if article.language is None or article.language in settings.languages:
        article._doc = resources.nlp()(article.body)
    return article
