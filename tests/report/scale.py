"""A synthetic corpus of about a thousand articles made by varying analysed VOA stories.

Each copy of an analysed article gets a new key, another outlet and a later publication
date, and a marker word after every third word of its body, so that no copy is a
near-duplicate of another (every word 5-gram holds a marker of its copy); its actors,
events and quotes stay as analysed, so the same events are told by many outlets.
The NLP stages are not rerun: the corpus stages and the report are what is measured.
"""

from __future__ import annotations

import copy
import hashlib
from datetime import date, timedelta
from typing import Any


def _marked(text: str, copy_index: int) -> str:
    words = text.split(" ")
    marker = f"v{copy_index}"
    return " ".join(w if i % 3 else f"{w} {marker}" for i, w in enumerate(words))


def _later(published: str | None, days: int) -> str | None:
    if not published or len(published) < 10:
        return published
    try:
        return (date.fromisoformat(published[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return published


def varied(articles: list[dict[str, Any]], total: int = 1000, outlets: int = 12,
           ) -> list[dict[str, Any]]:
    """``total`` articles: ``articles`` as they are, then varied copies of them."""
    out = [copy.deepcopy(a) for a in articles]
    i = 0
    while len(out) < total:
        source = articles[i % len(articles)]
        n = i // len(articles) + 1
        a = copy.deepcopy(source)
        a["article_key"] = hashlib.sha256(f"{source['article_key']}:{n}".encode()).hexdigest()[:16]
        a["content_hash"] = a["article_key"]
        a["id"] = a["article_key"]
        a["outlet"] = f"Outlet {(i % outlets) + 1}"
        a["published"] = _later(a.get("published"), 3 * n)
        a["body"] = _marked(a.get("body") or "", n)
        out.append(a)
        i += 1
    return out
