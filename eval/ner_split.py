"""Where spaCy's NER spends its time: its own tok2vec against the transition model.

``en_core_web_sm``'s NER embeds the words with a tok2vec of its own (the same shape as
the shared one the tagger and parser listen to). An NER listening to the shared tok2vec
would save that embedding and nothing else, so its CPU time is what sharing could save.
Over a JSON Lines corpus (default: the VOA corpus), cleaned as ``storyline analyze``
cleans it and run through every component before the NER, this times, alternately and
``--repeat`` times, the whole NER (``pipe``, :data:`~storyline.stages.nlp.PIPE_BATCH`
texts at a time), its tok2vec alone on the same batches, and the shared tok2vec, with one
BLAS thread as in the engines' workers (:mod:`eval.one_blas_thread`).

Usage::

    python -m eval.ner_split [CORPUS.jsonl] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import eval.one_blas_thread  # noqa: F401  (before numpy)
from eval.bench import DEFAULT_CORPUS
from eval.stage_split import read_articles
from storyline import resources, text_bounds
from storyline.engines import local
from storyline.settings import Settings
from storyline.stages.nlp import PIPE_BATCH


def docs_before_ner(corpus: Path) -> list[Any]:
    """The corpus's cleaned bodies as Docs run through every component before the NER."""
    settings = Settings()
    pipeline = local.prepare(settings)
    articles = read_articles(corpus, 1)
    for st in pipeline.stages:
        if st.name == "nlp":
            break
        articles = [st(a, settings) for a in articles]
    model = resources.nlp()
    bodies = [a.body for a in articles if a.language is None or a.language in settings.languages]
    with model.select_pipes(disable=["ner"]):
        return list(text_bounds.parse(model, (text_bounds.make_doc(model, b) for b in bodies),
                                      PIPE_BATCH))


def cpu(work: Callable[[], Any]) -> float:
    """CPU seconds (user + system) of ``work()``."""
    start = time.process_time()
    work()
    return time.process_time() - start


def measure(corpus: Path, repeat: int) -> tuple[dict[str, list[float]], list[Any]]:
    """CPU seconds of each run (the NER, its own tok2vec, the shared tok2vec), and the Docs."""
    docs = docs_before_ner(corpus)
    model = resources.nlp()
    ner, shared = model.get_pipe("ner"), model.get_pipe("tok2vec")
    own = ner.model.get_ref("tok2vec")
    groups = list(local.batches(docs, PIPE_BATCH))
    runs: dict[str, Callable[[], Any]] = {
        "NER (pipe)": lambda: list(ner.pipe(docs, batch_size=PIPE_BATCH)),
        "NER's own tok2vec": lambda: [own.predict(g) for g in groups],
        "shared tok2vec": lambda: [shared.model.predict(g) for g in groups],
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, work in runs.items():
            times[name].append(cpu(work))
    return times, docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    times, docs = measure(args.corpus, args.repeat)
    words = sum(len(d) for d in docs)
    print(f"{args.corpus.name}: {len(docs)} texts, {words:,} tokens; CPU s per run")
    for name, runs_s in times.items():
        print(f"{name:<20} " + " ".join(f"{t:6.2f}" for t in runs_s))
    ner_s, own_s = min(times["NER (pipe)"]), min(times["NER's own tok2vec"])
    print(f"NER's own tok2vec: {own_s / ner_s:.1%} of the NER (fastest runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
