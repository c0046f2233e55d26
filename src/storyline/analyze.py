"""The library entry points behind ``storyline analyze``.

>>> out = analyze_text("Norway hosted talks between the two sides.", workers=1)
>>> out["body"]
'Norway hosted talks between the two sides.'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .engines import local
from .errors import InputError
from .inputs import read_run
from .inputs.read import checked_published
from .model import Article, Notice, Skip
from .settings import Settings


def analyze(
    paths: Iterable[str], settings: Settings | None = None, workers: int | None = None
) -> Iterator[dict[str, Any] | Skip | Notice]:
    """Analyse every article under ``paths`` (read by :func:`storyline.inputs.read_run`, as
    ``build`` reads them); yields article dicts, Skips and Notices, in input order."""
    settings = settings or Settings()
    n = settings.workers if workers is None else workers
    return local.run(read_run(paths, settings), settings, n)


def analyze_text(
    text: str, settings: Settings | None = None, workers: int = 1, **meta: str | None
) -> dict[str, Any]:
    """Analyse one article given as a string. ``meta``: id, title, url, published, outlet.

    Raises:
        InputError: the article could not be analysed (the reason in the message).
    """
    settings = settings or Settings()
    published = meta.pop("published", None)
    article = Article(id=meta.pop("id", None) or "text", source="<text>", raw=text, **meta)
    article.published = checked_published(published, article.warnings)
    (result,) = list(local.run([article], settings, workers))
    if isinstance(result, Skip):
        raise InputError(result.source, result.reason, result.line)
    return result
