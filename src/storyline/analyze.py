"""The library entry points behind ``storyline analyze``.

>>> out = analyze_text("Norway hosted talks between the two sides.", workers=1)
>>> out["body"]
'Norway hosted talks between the two sides.'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .engines import local
from .model import Article, Skip
from .settings import Settings
from .stages import repetition
from .stages.read import read_inputs


def analyze(
    paths: Iterable[str], settings: Settings | None = None, workers: int | None = None
) -> Iterator[dict[str, Any] | Skip]:
    """Analyse every article under ``paths``; yields article dicts and Skips, in input order."""
    settings = settings or Settings()
    n = settings.workers if workers is None else workers
    paths = list(paths)
    items = read_inputs(paths, settings)
    if settings.clean and settings.repetition and "-" not in paths:
        # A first pass over the run finds the lines its articles repeat (site furniture).
        texts = (a.raw for a in read_inputs(paths, settings) if isinstance(a, Article))
        items = repetition.mark(items, repetition.repeated_lines(texts))
    return local.run(items, settings, n)


def analyze_text(
    text: str, settings: Settings | None = None, workers: int = 1, **meta: str | None
) -> dict[str, Any]:
    """Analyse one article given as a string. ``meta``: id, title, url, published, outlet."""
    settings = settings or Settings()
    article = Article(id=meta.pop("id", None) or "text", source="<text>", raw=text, **meta)
    (result,) = list(local.run([article], settings, workers))
    if isinstance(result, Skip):
        raise ValueError(str(result))
    return result
