"""When Spark pays: ``storyline build`` on the Spark engine against the local engine.

Runs, in one invocation and over the same texts (the VOA corpus eight times over by
default, distinct ids), ``storyline build --engine local --workers N`` and ``storyline
build --engine spark --workers N`` (master ``local[N]``), each in its own process tree
into its own store, and prints for each the wall-clock seconds, the CPU seconds of the
whole tree (user + system, Spark's JVM included), the peak memory, and then the ratio
local/Spark (above 1: Spark is faster). Both stores are then compared: the same
articles and view rows, with the same data.

Usage::

    python -m eval.bench_spark [CORPUS.jsonl] [--repeat N] [--workers N]

The machine's load shows in the wall-clock figures: run it more than once.

>>> counts_equal({"events": 3}, {"events": 4})
False
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from eval.bench import DEFAULT_CORPUS, Run, announce_corpus, measure


def build(corpus: Path, db: Path, engine: str, workers: int) -> Run:
    """``storyline build`` of ``corpus`` into ``db`` on ``engine``, measured."""
    return measure([sys.executable, "-m", "storyline", "build", str(corpus), "--db", str(db),
                    "--engine", engine, "--workers", str(workers)])


#: What two stores are compared on: counts, and a digest of all article and view data.
CHECKS = {
    "articles": "select count(*) from articles",
    "events": "select sum(n_events) from articles",
    "view rows": "select count(*) from view_rows",
    "article data": "select md5(string_agg(data::varchar, '|' order by article_key)) "
                    "from articles",
    "view data": "select md5(string_agg(data::varchar, '|' order by view, seq)) from view_rows",
}


def contents(db: Path) -> dict[str, object]:
    """The store's figures named in :data:`CHECKS`."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        return {name: con.execute(sql).fetchone()[0] for name, sql in CHECKS.items()}


def counts_equal(a: dict[str, object], b: dict[str, object]) -> bool:
    """Whether two stores hold the same figures."""
    return a == b


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus, n, n_words = announce_corpus(args.corpus, args.repeat, args.workers, Path(tmp))
        runs: dict[str, Run] = {}
        rows: dict[str, dict[str, object]] = {}
        for engine in ("local", "spark"):
            db = Path(tmp) / f"{engine}.duckdb"
            run = runs[engine] = build(corpus, db, engine, args.workers)
            rows[engine] = contents(db)
            print(f"build --engine {engine:<6} {run.seconds:7.1f} s  {n / run.seconds:6.1f} "
                  f"articles/s  CPU {run.cpu_seconds:7.1f} s  peak RSS {run.peak_rss_mb:6.0f} MB")
        local, spark = runs["local"], runs["spark"]
        print(f"ratio local/spark: {local.seconds / spark.seconds:.2f} wall-clock, "
              f"{local.cpu_seconds / spark.cpu_seconds:.2f} CPU (above 1: Spark is faster)")
        same = counts_equal(rows["local"], rows["spark"])
        print(f"stores: {'the same' if same else 'DIFFERENT'} "
              f"({', '.join(f'{k} {v}' for k, v in rows['local'].items() if k[-4:] != 'data')})")
        if not same:
            print(f"  local {rows['local']}\n  spark {rows['spark']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
