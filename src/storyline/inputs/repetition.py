"""Lines repeated across the articles of one run: site furniture.

Menus, footers, newsletter boxes and "most read" lists come back word for word
on every page of a site, while an article's own paragraphs do not. A pre-pass
over the raw texts of a run (:func:`repeated_lines`) finds the lines that occur
in two or more *different* articles; :func:`mark` hands each article the keys of
its own repeated lines (``article._repeated``) so that the ``clean`` stage stays
a pure function of the article.

Articles that share most of their prose lines (the same wire story published by
two outlets, a page crawled twice) are near-duplicates, not furniture: lines they
share count only when some pair of articles holding them is otherwise different.

>>> page = "Home\\nSign up to our newsletter today\\n{}"
>>> texts = [page.format("Talks resumed in Oslo on Monday."),
...          page.format("Sanctions were extended by the EU.")]
>>> keys = repeated_lines(texts)
>>> line_key("Sign up to our newsletter today") in keys, line_key("Home") in keys
(True, True)
>>> line_key("Talks resumed in Oslo on Monday.") in keys
False
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator

from ..model import Article, Skip

#: Lines shorter than this many words are not compared.
MIN_WORDS = 1
#: Lines of at least this many words are prose, what near-duplicates share.
PROSE_WORDS = 12
#: Two articles sharing more than this share of their prose lines are near-duplicates.
NEAR_DUPLICATE = 0.5
#: Pairs of articles checked per repeated line.
MAX_PAIRS = 45


def line_key(line: str) -> int:
    """A short stable hash of a line, ignoring case, spacing and Unicode form."""
    norm = " ".join(unicodedata.normalize("NFKC", line).casefold().split())
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big")


def keys_of(text: str, min_words: int = MIN_WORDS) -> frozenset[int]:
    """Keys of the lines of ``text`` of at least ``min_words`` words."""
    return frozenset(line_key(ln) for ln in text.splitlines() if len(ln.split()) >= min_words)


def repeated_lines(texts: Iterable[str]) -> frozenset[int]:
    """Keys of the lines found in at least two different (not near-duplicate) texts."""
    docs: list[frozenset[int]] = []
    prose: list[frozenset[int]] = []
    for text in texts:
        docs.append(keys_of(text))
        prose.append(keys_of(text, PROSE_WORDS))
    holders: dict[int, list[int]] = defaultdict(list)
    for n, keys in enumerate(docs):
        for key in keys:
            holders[key].append(n)
    distinct: dict[tuple[int, int], bool] = {}

    def differ(a: int, b: int) -> bool:
        if (a, b) not in distinct:
            shared = len(prose[a] & prose[b])
            distinct[(a, b)] = shared <= NEAR_DUPLICATE * min(len(prose[a]), len(prose[b]))
        return distinct[(a, b)]

    out = set()
    for key, ids in holders.items():
        if len(ids) < 2:
            continue
        pairs = ((a, b) for i, a in enumerate(ids) for b in ids[i + 1:])
        for checked, (a, b) in enumerate(pairs):
            if checked >= MAX_PAIRS:
                break
            if differ(a, b):
                out.add(key)
                break
    return frozenset(out)


def mark(items: Iterable[Article | Skip], repeated: frozenset[int]) -> Iterator[Article | Skip]:
    """``items`` with each article's own repeated lines set in ``article._repeated``."""
    for item in items:
        if isinstance(item, Article) and repeated:
            item._repeated = keys_of(item.raw) & repeated
        yield item
