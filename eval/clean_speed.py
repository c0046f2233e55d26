"""Speed of the ``clean`` and ``meta`` stages on the VOA stories.

Prints articles per second of clean + meta alone over
``../shared/data/voa/voa_stories.jsonl`` (repeated to at least ``--min`` articles),
with and without the run pre-pass that finds lines repeated across articles, and
the same for spaCy's ``nlp.pipe`` over the resulting bodies in the same process,
as the baseline: cleaning must not be the slow part. Times are CPU time of this
process, so that other load on the machine does not skew the figures.

    python -m eval.clean_speed
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from storyline import resources
from storyline.inputs.read import read_inputs
from storyline.inputs.repetition import mark, repeated_lines
from storyline.model import Article
from storyline.settings import Settings
from storyline.stages.clean.stage import clean
from storyline.stages.meta import meta

VOA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "voa" / "voa_stories.jsonl"


def _articles(minimum: int) -> list[Article]:
    base = [a for a in read_inputs([str(VOA)]) if isinstance(a, Article)]
    if not base:
        sys.exit(f"no articles in {VOA}")
    out: list[Article] = []
    while len(out) < minimum:
        out += [Article(id=a.id, source=a.source, raw=a.raw) for a in base]
    return out


def measure(minimum: int = 500) -> dict[str, float]:
    """Articles per second of clean + meta (with and without the pre-pass) and of spaCy."""
    settings = Settings()
    clean(Article(id="w", source="w", raw="Warm up the language model. " * 5), settings)
    articles = _articles(minimum)
    started = time.process_time()
    done = [meta(clean(a, settings), settings) for a in articles]
    alone = len(articles) / (time.process_time() - started)

    articles = _articles(minimum)
    started = time.process_time()
    repeated = repeated_lines(a.raw for a in articles)
    for a in mark(articles, repeated):
        meta(clean(a, settings), settings)
    with_run = len(articles) / (time.process_time() - started)

    nlp = resources.nlp()
    bodies = [a.body for a in done[:200]]
    started = time.process_time()
    for _ in nlp.pipe(bodies):
        pass
    spacy = len(bodies) / (time.process_time() - started)
    return {"clean_meta_per_s": alone, "clean_meta_run_per_s": with_run,
            "spacy_per_s": spacy, "ratio_to_spacy": alone / spacy}


if __name__ == "__main__":
    minimum = int(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else 500
    print(json.dumps({k: round(v, 2) for k, v in measure(minimum).items()}))
