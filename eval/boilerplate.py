"""Boilerplate removal scored on the development set.

``../shared/data/dev/boilerplate/`` holds 181 web pages as full page text
(``page-text.json``: ``{"output": {id: {"articleBody": text}}}``) and their true
article bodies (``ground-truth.json``: ``{id: {"articleBody": text, "url": ...}}``).
Each page goes through the ``clean`` and ``meta`` stages as plain text; the
resulting ``body`` is compared with the true body by 4-gram word shingles
(multiset precision, recall and F1 per page, averaged over pages).

The pages are scored as one run (lines repeated across pages count as site
furniture, as in ``storyline analyze``: ``f1``) and one by one (``f1_single``).
Run ``python -m eval.boilerplate`` to print the metrics (``-v`` lists the worst
pages, ``-v --single`` without cross-page repetition).

>>> round(shingle_prf("a b c d e", "a b c d e f")[2], 3)
0.8
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from storyline.inputs.repetition import keys_of, repeated_lines
from storyline.model import Article
from storyline.settings import Settings
from storyline.stages.clean.stage import clean
from storyline.stages.meta import meta

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev" / "boilerplate"
_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``n``-word shingles of ``text`` (fewer words: one shingle of all).

    >>> sorted(shingles("One two three four five"))
    [('one', 'two', 'three', 'four'), ('two', 'three', 'four', 'five')]
    """
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def shingle_prf(predicted: str, truth: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``predicted`` against ``truth`` by 4-gram shingles."""
    pred, true = shingles(predicted), shingles(truth)
    if not pred and not true:
        return 1.0, 1.0, 1.0
    common = sum((pred & true).values())
    precision = common / sum(pred.values()) if pred else 0.0
    recall = common / sum(true.values()) if true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load() -> list[tuple[str, str, str]]:
    """``(page id, page text, true body)`` for every development page."""
    pages = json.loads((DEV / "page-text.json").read_text(encoding="utf-8"))["output"]
    truth = json.loads((DEV / "ground-truth.json").read_text(encoding="utf-8"))
    return [(k, pages[k]["articleBody"], truth[k]["articleBody"]) for k in sorted(truth)]


def extract(text: str, repeated: frozenset[int] = frozenset()) -> str:
    """The body that ``clean`` + ``meta`` keep from one page's text."""
    settings = Settings()
    article = Article(id="dev", source="dev", raw=text)
    article._repeated = keys_of(text) & repeated
    return meta(clean(article, settings), settings).body


def per_page(run: bool = True) -> list[tuple[str, float, float, float]]:
    """``(page id, precision, recall, F1)`` for every development page.

    Args:
        run: treat the pages as one run, so lines repeated across them count as
            boilerplate (as ``storyline analyze`` does); False judges each page alone.
    """
    pages = load()
    repeated = repeated_lines(text for _, text, _ in pages) if run else frozenset()
    return [(k, *shingle_prf(extract(text, repeated), true)) for k, text, true in pages]


def _means(rows: list[tuple[str, float, float, float]], suffix: str = "") -> dict[str, float]:
    n = len(rows)
    return {f"precision{suffix}": sum(r[1] for r in rows) / n,
            f"recall{suffix}": sum(r[2] for r in rows) / n,
            f"f1{suffix}": sum(r[3] for r in rows) / n}


def score() -> dict[str, float]:
    """Mean shingle precision, recall and F1 over the development pages, as one run
    (``f1``) and page by page without cross-page repetition (``f1_single``)."""
    return {**_means(per_page()), **_means(per_page(run=False), "_single")}


if __name__ == "__main__":
    if "-v" in sys.argv:
        single = "--single" in sys.argv
        for k, p, r, f in sorted(per_page(run=not single), key=lambda row: row[3])[:40]:
            print(f"{f:.3f} p={p:.3f} r={r:.3f} {k}")
    print(json.dumps({k: round(v, 4) for k, v in score().items()}))
