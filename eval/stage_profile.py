"""Where storyline's own stages spend their time: ``cProfile`` over the stages after the
parse, the corpus parsed once beforehand (spaCy's work is left out of the profile).

Runs the default pipeline's stages up to and including ``nlp`` over a JSON Lines corpus
(default: the VOA corpus), batch by batch as :mod:`eval.stage_split` does, then profiles
the remaining stages over the parsed articles, and prints the storyline functions that
cost most by their own time and by their cumulative time, with each stage's CPU seconds.
The profiler slows call-heavy code most and the machine's load shows in its seconds: compare
call counts, and time a change without the profiler too.

Usage::

    python -m eval.stage_profile [CORPUS.jsonl] [--top N] [--out FILE.prof]

>>> rows = top_functions({("/x/src/storyline/a.py", 3, "f"): (1, 2, 0.5, 0.9, {})}, "tottime", 5)
>>> rows
[('storyline/a.py:3(f)', 2, 0.5, 0.9)]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import eval.one_blas_thread  # noqa: F401  (before numpy)
from eval.bench import DEFAULT_CORPUS
from eval.stage_split import _timed_parse, read_articles
from storyline.engines import local
from storyline.engines.local import batches
from storyline.settings import Settings


def top_functions(stats: dict[Any, Any], key: str, n: int
                  ) -> list[tuple[str, int, float, float]]:
    """The ``n`` storyline functions of ``pstats`` ``stats`` first by ``key`` (``tottime`` or
    ``cumtime``): where, calls, own seconds, cumulative seconds."""
    rows = [(f"storyline/{path.split('/storyline/', 1)[1]}:{line}({name})", calls, own, cum)
            for (path, line, name), (_, calls, own, cum, _) in stats.items()
            if "/storyline/" in path]
    rows.sort(key=lambda r: -(r[2] if key == "tottime" else r[3]))
    return rows[:n]


def profile(path: Path, out: Path | None) -> tuple[dict[Any, Any], dict[str, float]]:
    """The profile of the stages after ``nlp`` over the corpus at ``path``, and each such
    stage's CPU seconds (under the profiler)."""
    settings = Settings()
    pipeline = local.prepare(settings)
    names = [st.name for st in pipeline.stages]
    before = pipeline.stages[:names.index("nlp")]
    after = pipeline.stages[names.index("nlp") + 1:]
    parsed = []
    for batch in batches(read_articles(path, 1), settings.batch_size):
        live = list(batch)
        for st in before:
            live = [st(a, settings) for a in live]
        parsed += _timed_parse(live, settings, defaultdict(float))
    seconds: dict[str, float] = defaultdict(float)
    profiler = cProfile.Profile()
    profiler.enable()
    for st in after:
        start = time.process_time()
        parsed = [st(a, settings) for a in parsed]
        seconds[st.name] += time.process_time() - start
    profiler.disable()
    if out is not None:
        profiler.dump_stats(out)
    return pstats.Stats(profiler).stats, dict(seconds)  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--out", type=Path, default=None, help="also write the raw profile")
    args = parser.parse_args(argv)
    stats, seconds = profile(args.corpus, args.out)
    calls = sum(v[1] for v in stats.values())
    print(f"{args.corpus.name}: stages after nlp {sum(seconds.values()):.2f} CPU s under the "
          f"profiler, {calls:,} calls; " + ", ".join(f"{k} {v:.2f}" for k, v in seconds.items()))
    for key in ("tottime", "cumtime"):
        print(f"\nby {key}:     calls      own      cum")
        for where, n, own, cum in top_functions(stats, key, args.top):
            print(f"{n:9d} {own:8.3f} {cum:8.3f}  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
