"""Where ``storyline analyze`` spends its time: CPU seconds per stage, and per spaCy component.

Runs the default pipeline in this process over a JSON Lines corpus (default: the VOA
corpus), batch by batch as the local engine does, and times every stage with the CPU
clock of the process (user + system, so other jobs on the machine do not count); the
``nlp`` stage is split into spaCy's tokenizer and each of its components. Prints one line
a stage with its seconds and share of the total. Model loading is left out.

Usage::

    python -m eval.stage_split [CORPUS.jsonl] [--repeat N]

Run it twice or more and compare: the machine's load still shows in CPU time (caches).
Numeric libraries get one thread, as in the engines' workers (:mod:`eval.one_blas_thread`).

>>> share({"a": 1.0, "b": 3.0})["b"]
0.75
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import eval.one_blas_thread  # noqa: F401  (before numpy)
from eval.bench import DEFAULT_CORPUS
from storyline import resources, text_bounds
from storyline.engines import local
from storyline.engines.local import batches
from storyline.model import Article
from storyline.settings import Settings
from storyline.stages.nlp import PIPE_BATCH


def share(times: dict[str, float]) -> dict[str, float]:
    """Each stage's part of the total."""
    total = sum(times.values()) or 1.0
    return {name: t / total for name, t in times.items()}


def read_articles(path: Path, repeat: int) -> list[Article]:
    """The corpus's records as input Articles, ``repeat`` times over."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    return [Article(id=f"{rec.get('id', i)}#{r}", source=str(path), raw=rec["text"],
                    title=rec.get("title"), url=rec.get("url"), published=rec.get("published"))
            for r in range(repeat) for i, rec in enumerate(records)]


def timed_components(model: Any, docs: list[Any]) -> tuple[list[Any], dict[str, float]]:
    """Run spaCy ``model``'s components over ``docs`` one after the other, as storyline
    parses (:data:`PIPE_BATCH` texts at a time): the parsed docs, and each component's CPU
    seconds.

    >>> import spacy
    >>> timed_components(spacy.blank("en"), [])
    ([], {})
    """
    seconds: dict[str, float] = {}
    for name, proc in model.pipeline:
        start = time.process_time()
        docs = [proc(doc) for doc in docs] if not hasattr(proc, "pipe") else list(
            proc.pipe(docs, batch_size=PIPE_BATCH))
        seconds[name] = time.process_time() - start
    return docs, seconds


def _timed_parse(articles: list[Article], settings: Settings,
                 times: dict[str, float]) -> list[Article]:
    """The nlp stage's work, with spaCy's tokenizer and each component timed apart."""
    model = resources.nlp()
    todo = [a for a in articles if a.language is None or a.language in settings.languages]
    start = time.process_time()
    docs = [text_bounds.make_doc(model, a.body) for a in todo]
    times["nlp: tokenizer"] += time.process_time() - start
    docs, seconds = timed_components(model, docs)
    for name, spent in seconds.items():
        times[f"nlp: {name}"] += spent
    start = time.process_time()
    for article, doc in zip(todo, docs, strict=True):
        article._doc = text_bounds.cap_sentences(model, doc)
    times["nlp: cap_sentences"] += time.process_time() - start
    return articles


def split(articles: list[Article], settings: Settings) -> dict[str, float]:
    """CPU seconds of each stage (the nlp stage by spaCy component) over ``articles``."""
    pipeline = local.prepare(settings)
    times: dict[str, float] = defaultdict(float)
    for batch in batches(articles, settings.batch_size):
        live = list(batch)
        for st in pipeline.stages:
            if st.name == "nlp":
                live = _timed_parse(live, settings, times)
                continue
            start = time.process_time()
            live = [st(a, settings) for a in live]
            times[st.name] += time.process_time() - start
        start = time.process_time()
        for a in live:
            a.to_dict()
        times["to_dict"] += time.process_time() - start
    return dict(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    settings = Settings()
    times = split(read_articles(args.corpus, args.repeat), settings)
    print(f"{args.corpus.name} x{args.repeat}: {sum(times.values()):.2f} CPU s")
    for name, part in share(times).items():
        print(f"{name:<24} {times[name]:7.2f} s  {part:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
