"""Throughput and peak memory of storyline, side by side with spaCy's own pipeline.

Runs, in one invocation and over the same texts:

1. ``storyline analyze --workers N`` (the real command line, every stage) on the corpus;
2. spaCy's full ``en_core_web_sm`` pipeline, ``nlp.pipe(texts, n_process=N)``;

each in its own process tree, and prints articles/s, words/s and the peak memory of the
tree (resident set summed over the process and all its children, sampled from /proc;
PSS, which counts pages shared between forked workers once, beside it), then the
ratio storyline/spaCy. spaCy (the stock model, loaded with ``spacy.load``) runs twice:
as called, with its default batch size (1,000 texts, so a corpus of fewer texts goes to
one process), and tuned the way storyline tunes itself (batches spread over the workers,
one BLAS thread a process). The end-to-end ratio times both trees from start to exit
(interpreter start, imports, model load, work); the strict ratio sets storyline's
end-to-end time against spaCy's ``pipe()`` call alone. Last, storyline runs again on
``--memory-repeat`` times the corpus to show memory stays flat as the corpus grows.

Usage::

    python eval/bench.py [CORPUS.jsonl] [--repeat N] [--workers N] [--memory-repeat K]
                         [--no-tuned]

``--repeat N`` makes the corpus N times larger by repetition, with distinct ids.

>>> words("Maduro met   Guaido.")
3
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "voa" / "voa_stories.jsonl"
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024

#: spaCy's own full pipeline over the texts of a JSON Lines file; prints pipe() seconds.
SPACY_SCRIPT = """
import json, sys, time
import spacy
from storyline import resources
path, workers, batch_size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) or None
texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
nlp = spacy.load(resources.model_name())
start = time.perf_counter()
n = sum(1 for _ in nlp.pipe(texts, n_process=workers, batch_size=batch_size))
print(json.dumps({"docs": n, "pipe_seconds": time.perf_counter() - start}))
"""


@dataclass
class Run:
    """One measured process tree."""

    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    peak_pss_mb: float
    stdout: str


def words(text: str) -> int:
    """Whitespace-separated words in ``text``."""
    return len(text.split())


def write_corpus(source: Path, repeat: int, dest: Path) -> tuple[int, int]:
    """Write ``repeat`` copies of the JSON Lines corpus ``source`` to ``dest`` with distinct ids.

    Returns:
        The number of articles and of words written.
    """
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    n_words = 0
    with dest.open("w", encoding="utf-8") as out:
        for copy in range(repeat):
            for i, rec in enumerate(records):
                rec = dict(rec, id=f"{rec.get('id', i)}#{copy}" if repeat > 1 else rec.get("id", i))
                n_words += words(rec["text"])
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records) * repeat, n_words


def announce_corpus(source: Path, repeat: int, workers: int, tmp: Path) -> tuple[Path, int, int]:
    """Write ``repeat`` copies of ``source`` into ``tmp`` and print what they hold.

    Returns:
        The corpus file, its number of articles and of words.
    """
    corpus = tmp / "corpus.jsonl"
    n, n_words = write_corpus(source, repeat, corpus)
    print(f"corpus: {source} x{repeat}: {n} articles, {n_words} words; workers={workers}")
    return corpus, n, n_words


def _tree(pid: int) -> Iterator[int]:
    """``pid`` and all its descendants (via /proc/PID/task/*/children)."""
    stack = [pid]
    while stack:
        p = stack.pop()
        yield p
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except OSError:
            continue


def _memory_kb(pid: int) -> tuple[int, int]:
    """Resident and proportional set size of one process, in kB (0 once it has gone)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        try:
            with open(f"/proc/{pid}/statm") as fh:
                rss = pss = int(fh.read().split()[1]) * PAGE_KB
        except OSError:
            pass
    return rss, pss


def measure(cmd: list[str], interval: float = 0.05, **env_vars: str) -> Run:
    """Run ``cmd``, sampling the memory of its process tree until it exits."""
    env = dict(os.environ, **env_vars, PYTHONPATH=os.pathsep.join(
        p for p in (str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH")) if p))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, env=env)
        peak_rss = peak_pss = 0
        while proc.poll() is None:
            sizes = [_memory_kb(p) for p in _tree(proc.pid)]
            peak_rss = max(peak_rss, sum(s[0] for s in sizes))
            peak_pss = max(peak_pss, sum(s[1] for s in sizes))
            time.sleep(interval)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        err = proc.stderr.read().decode() if proc.stderr else ""
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
        out.seek(0)
        stdout = out.read().decode()
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Run(seconds, cpu, peak_rss / 1024, peak_pss / 1024, stdout)


def storyline(path: Path, workers: int) -> Run:
    """``storyline analyze --workers N`` over ``path``, output counted and discarded."""
    run = measure([sys.executable, "-m", "storyline", "analyze", "--workers", str(workers),
                   str(path)])
    run.stdout = str(sum(1 for line in run.stdout.splitlines() if line.strip()))
    return run


def spacy(path: Path, workers: int, batch_size: int = 0, **env: str) -> tuple[Run, float]:
    """spaCy's full pipeline over the texts of ``path``; the run and its ``pipe()`` seconds.

    ``batch_size`` 0 keeps spaCy's default (1,000 texts: one batch per worker process).
    """
    run = measure([sys.executable, "-c", SPACY_SCRIPT, str(path), str(workers),
                   str(batch_size)], **env)
    return run, json.loads(run.stdout)["pipe_seconds"]


def line(name: str, n: int, n_words: int, seconds: float, run: Run | None = None) -> str:
    mem = (f"  peak RSS {run.peak_rss_mb:6.0f} MB  PSS {run.peak_pss_mb:6.0f} MB  "
           f"CPU {run.cpu_seconds:6.1f} s" if run else "")
    return (f"{name:<28} {seconds:7.2f} s  {n / seconds:8.1f} articles/s  "
            f"{n_words / seconds:9.0f} words/s{mem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS,
                        help="JSON Lines corpus with a 'text' field (default: the VOA corpus)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="make the corpus N times larger by repetition (distinct ids)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes for both")
    parser.add_argument("--memory-repeat", type=int, default=10,
                        help="also run storyline on K times the corpus and compare peak "
                             "memory (0: skip)")
    parser.add_argument("--no-tuned", dest="tuned", action="store_false",
                        help="skip the second spaCy run tuned for the workers (small batches "
                             "so every process gets work, one BLAS thread per process)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        corpus, n, n_words = announce_corpus(args.corpus, args.repeat, args.workers, Path(tmp))
        ours = storyline(corpus, args.workers)
        theirs, pipe_seconds = spacy(corpus, args.workers)
        print(line("storyline analyze", n, n_words, ours.seconds, ours))
        print(line("spaCy nlp.pipe (end-to-end)", n, n_words, theirs.seconds, theirs))
        print(line("spaCy nlp.pipe (pipe only)", n, n_words, pipe_seconds))
        print(f"ratio storyline/spaCy: {theirs.seconds / ours.seconds:.2f} end-to-end, "
              f"{pipe_seconds / ours.seconds:.2f} strict (spaCy pipe() time only)")
        if args.tuned:
            size = max(1, -(-n // (args.workers * 4)))
            tuned, tuned_pipe = spacy(corpus, args.workers, size, OPENBLAS_NUM_THREADS="1",
                                      OMP_NUM_THREADS="1")
            print(line(f"spaCy tuned (batch {size})", n, n_words, tuned.seconds, tuned))
            print(f"ratio storyline/spaCy tuned (batches spread over the workers, one BLAS "
                  f"thread each): {tuned.seconds / ours.seconds:.2f} end-to-end, "
                  f"{tuned_pipe / ours.seconds:.2f} strict")
        if int(ours.stdout) != n:
            print(f"warning: storyline printed {ours.stdout} articles of {n}")
        if args.memory_repeat > 1:
            big = Path(tmp) / "big.jsonl"
            nb, nb_words = write_corpus(args.corpus, args.repeat * args.memory_repeat, big)
            large = storyline(big, args.workers)
            print(line(f"storyline x{args.memory_repeat}", nb, nb_words, large.seconds, large))
            print(f"peak memory x{args.memory_repeat} / x1: "
                  f"{large.peak_rss_mb / ours.peak_rss_mb:.2f} RSS, "
                  f"{large.peak_pss_mb / ours.peak_pss_mb:.2f} PSS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
