"""Boilerplate removal (placeholder: normalises text, removes nothing yet)."""

from __future__ import annotations

import unicodedata

from ..model import Article
from ..pipeline import stage
from ..settings import Settings


@stage(reads=("raw", "format"), writes=("body", "removed"))
def clean(article: Article, settings: Settings) -> Article:
    text = unicodedata.normalize("NFKC", article.raw)
    lines = [ln.strip() for ln in text.splitlines()]
    article.body = "\n\n".join(ln for ln in lines if ln)
    return article
