"""Where ``storyline analyze`` spends its time: CPU seconds per stage, and per spaCy component.

Runs the default pipeline in this process over a JSON Lines corpus (default: the VOA
corpus), batch by batch as the local engine does, and times every stage with the CPU
clock of the process (user + system, so other jobs on the machine do not count); the
``nlp`` stage is split into spaCy's tokenizer and each of its components. Prints one line
a stage with its seconds and share of the total. Model loading is left out.

Usage::

    python -m eval.stage_split [CORPUS.jsonl] [--repeat N] [--profile FILE.prof [--top N]]

Run it twice or more and compare: the machine's load still shows in CPU time (caches).
Numeric libraries get one thread, as in the engines' workers (:mod:`eval.one_blas_thread`).

``--profile`` also runs ``cProfile`` over the stages after the parse (spaCy's work is
left out of the profile), writes the raw profile to the file, and prints the storyline
functions that cost most by their own time and by their cumulative time. The profiler
slows call-heavy code most (the stages' seconds printed are then under it) and the
machine's load shows in its seconds: compare call counts, and time a change without the
profiler too.

>>> share({"a": 1.0, "b": 3.0})["b"]
0.75
>>> top_functions({("/x/src/storyline/a.py", 3, "f"): (1, 2, 0.5, 0.9, {})}, "tottime", 5)
[('storyline/a.py:3(f)', 2, 0.5, 0.9)]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
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


def top_functions(stats: dict[Any, Any], key: str, n: int
                  ) -> list[tuple[str, int, float, float]]:
    """The ``n`` storyline functions of ``pstats`` ``stats`` first by ``key`` (``tottime`` or
    ``cumtime``): where, calls, own seconds, cumulative seconds."""
    rows = [(f"storyline/{path.split('/storyline/', 1)[1]}:{line}({name})", calls, own, cum)
            for (path, line, name), (_, calls, own, cum, _) in stats.items()
            if "/storyline/" in path]
    rows.sort(key=lambda r: -(r[2] if key == "tottime" else r[3]))
    return rows[:n]


def split(articles: list[Article], settings: Settings,
          profiler: cProfile.Profile | None = None) -> dict[str, float]:
    """CPU seconds of each stage (the nlp stage by spaCy component) over ``articles``;
    the stages after the parse run under ``profiler`` when one is given."""
    pipeline = local.prepare(settings)
    times: dict[str, float] = defaultdict(float)
    for batch in batches(articles, settings.batch_size):
        live = list(batch)
        parsed = False
        for st in pipeline.stages:
            if st.name == "nlp":
                live = _timed_parse(live, settings, times)
                parsed = True
                continue
            watched = profiler if parsed else None
            start = time.process_time()
            if watched is not None:
                watched.enable()
            live = [st(a, settings) for a in live]
            if watched is not None:
                watched.disable()
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
    parser.add_argument("--profile", type=Path, default=None,
                        help="profile the stages after the parse; write the raw profile here")
    parser.add_argument("--top", type=int, default=30,
                        help="with --profile: how many functions to print")
    args = parser.parse_args(argv)
    settings = Settings()
    profiler = cProfile.Profile() if args.profile is not None else None
    times = split(read_articles(args.corpus, args.repeat), settings, profiler)
    print(f"{args.corpus.name} x{args.repeat}: {sum(times.values()):.2f} CPU s")
    for name, part in share(times).items():
        print(f"{name:<24} {times[name]:7.2f} s  {part:6.1%}")
    if profiler is not None:
        profiler.dump_stats(args.profile)
        stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
        print(f"\nstages after nlp under the profiler: {sum(v[1] for v in stats.values()):,} "
              "calls")
        for key in ("tottime", "cumtime"):
            print(f"\nby {key}:     calls      own      cum")
            for where, n, own, cum in top_functions(stats, key, args.top):
                print(f"{n:9d} {own:8.3f} {cum:8.3f}  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
