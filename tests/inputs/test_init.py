"""One input path: ``analyze`` and ``build`` read the same inputs into the same articles."""

import json

from storyline.analyze import analyze
from storyline.build import build
from storyline.inputs import read, read_run
from storyline.model import Article, Notice
from storyline.settings import Settings
from storyline.store import Store

FURNITURE = "Home | World | Politics | Sport\nSign up to our daily newsletter for free\n\n{}\n\n" \
            "Copyright 2019 The Daily Example. All rights reserved."
STORIES = ("Russia voiced support for the government of Venezuela on Sunday.",
           "Norway hosted talks between the government and the opposition in Oslo.",
           "The United States imposed new sanctions on the state oil company.")


def pages(tmp_path):
    for n, story in enumerate(STORIES):
        (tmp_path / f"{n}.txt").write_text(FURNITURE.format(story), encoding="utf-8")
    return [str(tmp_path)]


def test_inputs_analyze_and_build_give_the_same_bodies(tmp_path):
    paths = pages(tmp_path)
    analysed = {r["id"]: r["body"] for r in analyze(paths, workers=1) if isinstance(r, dict)}
    build(paths, str(tmp_path / "s.duckdb"), workers=1)
    with Store.open(tmp_path / "s.duckdb", read_only=True) as store:
        built = {a["id"]: a["body"] for a in store.articles()}
    assert built == analysed
    assert all(body.strip() in STORIES for body in built.values())


def test_inputs_repetition_step_marks_only_the_lines_the_run_repeats(tmp_path):
    items = list(read_run(pages(tmp_path), Settings()))
    assert all(isinstance(a, Article) and len(a._repeated) == 3 for a in items)
    assert all(not a._repeated for a in read_run(pages(tmp_path), Settings(repetition=False)))


def test_inputs_repeated_ids_kept_apart_reported_once_and_rebuild_writes_nothing(tmp_path):
    records = [json.dumps({"id": "same", "text": story}) for story in STORIES]
    (tmp_path / "r.jsonl").write_text("\n".join(records), encoding="utf-8")
    items = list(read_run([str(tmp_path / "r.jsonl")], Settings()))
    assert [a.id for a in items if isinstance(a, Article)] == ["same", "same@2", "same@3"]
    assert [n.line for n in items if isinstance(n, Notice)] == [2]
    db = tmp_path / "s.duckdb"
    first = build([str(tmp_path / "r.jsonl")], str(db), workers=1)
    assert (first.analysed, len(first.notices)) == (3, 1)
    raw = db.read_bytes()
    again = build([str(tmp_path / "r.jsonl")], str(db), workers=1)
    assert (again.analysed, again.unchanged, again.articles) == (0, 3, 3)
    assert db.read_bytes() == raw


def test_inputs_build_reads_each_input_once_and_knows_the_total_before_the_first(tmp_path,
                                                                               monkeypatch):
    (tmp_path / "a.txt").write_text("Norway hosted talks in Oslo.")
    (tmp_path / "b.jsonl").write_text('{"text": "Talks resumed."}\n{"text": "Talks ended."}\n'
                                      '{"text": "Sanctions were extended."}\n')
    (tmp_path / "c.csv").write_text("text\nRussia backed Maduro.\nThe US imposed sanctions.\n")
    opened = []
    real = read._read_bytes
    monkeypatch.setattr(read, "_read_bytes", lambda path, limit: opened.append(path.name)
                        or real(path, limit))
    totals = []

    def progress(items, total):
        for item in items:
            totals.append(total())
            yield item

    build([str(tmp_path)], str(tmp_path / "s.duckdb"), workers=1, progress=progress)
    assert sorted(opened) == ["a.txt", "b.jsonl", "c.csv"]
    assert totals[0] == 1 + 3 + 2


def test_inputs_run_without_repetition_counts_the_articles_read_so_far(tmp_path):
    run = read_run(pages(tmp_path), Settings(repetition=False))
    assert (run.articles, run.complete) == (0, False)
    first = next(iter(run))
    assert isinstance(first, Article) and run.articles == 1
    assert len(list(run)) == 2 and (run.articles, run.complete) == (3, True)
