"""How much of already-clean news the cleaner keeps.

PolNeAR's articles (``eval.quotes``'s tarball) are news copy with no page around
them: a headline line over paragraphs, now and then a photo credit or a "Follow
X on Twitter" line. Each article of the split goes through the ``clean`` stage
with cleaning on, as ``storyline analyze`` runs it; every line after the first
(the headline, which may go to metadata) should stay in the body.

``lines_kept`` is the share of those lines kept, ``sentences_kept`` the share of
the lines of eight words or more (the real sentences; short lines may be
credits and call-outs, which the cleaner is right to take out). The counts
behind them are printed too. Run ``python -m eval.clean_kept [train|dev]``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from storyline.model import Article
from storyline.settings import Settings
from storyline.stages.clean.stage import clean, normalise

from .quotes import load

#: Fewest words of a line counted as a sentence.
SENTENCE_WORDS = 8


def counts(split: str = "dev") -> Counter[str]:
    """Lines and sentences of the split's articles, and how many of each were removed."""
    c: Counter[str] = Counter()
    settings = Settings()
    for name, text, _ in load(split):
        lines = [ln for ln in normalise(text).split("\n") if ln.strip()][1:]
        article = clean(Article(id=name, source=name, raw=text), settings)
        removed = Counter(r.text for r in article.removed)
        c["articles"] += 1
        for line in lines:
            long = len(line.split()) >= SENTENCE_WORDS
            c["lines"] += 1
            c["sentences"] += long
            if removed[line] > 0:
                removed[line] -= 1
                c["lines_removed"] += 1
                c["sentences_removed"] += long
    return c


def score(split: str = "dev") -> dict[str, float]:
    """Shares of lines and of sentences (8+ words) kept, after the headline."""
    c = counts(split)
    return {"lines_kept": 1 - c["lines_removed"] / max(c["lines"], 1),
            "sentences_kept": 1 - c["sentences_removed"] / max(c["sentences"], 1)}


if __name__ == "__main__":
    split = sys.argv[1] if len(sys.argv) > 1 else "dev"
    print(json.dumps({**{k: round(v, 4) for k, v in score(split).items()},
                      **counts(split)}))
