"""Article metadata (placeholder)."""

from __future__ import annotations

from ..model import Article
from ..pipeline import stage
from ..settings import Settings


@stage(reads=("body",), writes=("published", "language"))
def meta(article: Article, settings: Settings) -> Article:
    if article.published is None and settings.published:
        article.published = settings.published
        article.published_from = "option"
    article.language = "en"
    return article
