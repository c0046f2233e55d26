import json
import sys

from eval import bench


def test_bench_repeated_corpus_has_distinct_ids_and_counts_words(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "One two three."}\n{"id": "b", "text": "Four five."}\n')
    n, words = bench.write_corpus(src, 3, tmp_path / "out.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert (n, words) == (6, 15)
    assert len({r["id"] for r in rows}) == 6
    assert [r["text"] for r in rows[:2]] == [r["text"] for r in rows[2:4]]


def test_bench_measure_sees_memory_of_child_processes():
    code = ("import subprocess, sys; subprocess.run([sys.executable, '-c', "
            "'b = bytearray(200 * 2**20); import time; time.sleep(1)'])")
    run = bench.measure([sys.executable, "-c", code])
    assert run.peak_rss_mb > 150
    assert run.seconds >= 1
