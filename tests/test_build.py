import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from storyline.build import BuildReport, analysis_fingerprint, build, engine_module
from storyline.errors import SettingsError, StoreError
from storyline.settings import Settings
from storyline.store import Store

from .conftest import SHARED

VOA = SHARED / "data" / "voa" / "voa_stories.jsonl"
SRC = Path(__file__).resolve().parents[1] / "src"


def run(paths, db, **kw) -> BuildReport:
    return build([str(p) for p in paths], str(db), workers=1, **kw)


def dump(db) -> list:
    """Every row of every table, in a stable order (timestamps of migrations aside)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = [con.execute("SELECT name FROM migrations ORDER BY applied_seq").fetchall()]
        out.append(con.execute("SELECT * FROM articles ORDER BY article_key").fetchall())
        out.append(con.execute("SELECT * FROM view_rows ORDER BY view, seq").fetchall())
        out.append(con.execute("SELECT * FROM meta ORDER BY key").fetchall())
        return out
    finally:
        con.close()


def voa_subset(tmp_path, n) -> Path:
    lines = VOA.read_text(encoding="utf-8").splitlines()[:n]
    path = tmp_path / "voa.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_build_seeds_then_rebuild_changes_nothing(tmp_path, seed_paths):
    db = tmp_path / "s.duckdb"
    first = run(seed_paths, db)
    assert (first.analysed, first.unchanged, first.skipped) == (len(seed_paths), 0, [])
    assert first.views_changed
    before, raw = dump(db), db.read_bytes()
    again = run(seed_paths, db)
    assert (again.analysed, again.unchanged, again.views_changed) == (0, len(seed_paths), False)
    assert dump(db) == before
    assert db.read_bytes() == raw


def test_build_changed_file_replaces_its_old_version(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Norway hosted talks between the two sides.")
    (folder / "b.txt").write_text("Russia voiced support for the government.")
    db = tmp_path / "s.duckdb"
    run([folder], db)
    (folder / "a.txt").write_text("Norway hosted new talks in Oslo on Monday.")
    report = run([folder], db)
    assert (report.analysed, report.unchanged, report.articles) == (1, 1, 2)
    with Store.open(db, read_only=True) as store:
        bodies = sorted(a["body"] for a in store.articles())
    assert bodies == ["Norway hosted new talks in Oslo on Monday.",
                      "Russia voiced support for the government."]


def test_build_records_gone_from_a_changed_jsonl_file_are_removed(tmp_path):
    path = tmp_path / "in.jsonl"
    records = [{"id": f"r{i}", "text": f"Story number {i} about the talks."} for i in range(3)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    db = tmp_path / "s.duckdb"
    run([path], db)
    path.write_text("".join(json.dumps(r) + "\n" for r in records[:2]))
    report = run([path], db)
    assert (report.analysed, report.unchanged, report.removed, report.articles) == (0, 2, 1, 2)


def test_build_unreadable_inputs_are_skipped_with_reasons_and_the_rest_stored(tmp_path):
    (tmp_path / "good.txt").write_text("Norway hosted talks between the two sides.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bad.jsonl").write_text('{"text": "A fine record about talks."}\n{oops\n')
    report = run([tmp_path / "good.txt", tmp_path / "empty.txt", tmp_path / "bad.jsonl",
                  tmp_path / "missing.txt"], tmp_path / "s.duckdb")
    reasons = sorted(str(s) for s in report.skipped)
    assert report.analysed == 2
    assert any("empty.txt: empty file" in r for r in reasons)
    assert any("bad.jsonl:2: malformed JSON" in r for r in reasons)
    assert any("missing.txt: no such file" in r for r in reasons)


def test_build_identical_inputs_are_stored_once(tmp_path):
    record = json.dumps({"id": "x", "text": "Russia voiced support for the government."})
    (tmp_path / "a.jsonl").write_text(record + "\n" + record + "\n")
    report = run([tmp_path / "a.jsonl"], tmp_path / "s.duckdb")
    assert (report.analysed, report.repeated, report.articles) == (1, 1, 1)


def test_build_other_settings_reanalyse_without_duplicating(tmp_path):
    (tmp_path / "a.txt").write_text("Norway hosted talks between the two sides.")
    db = tmp_path / "s.duckdb"
    run([tmp_path / "a.txt"], db)
    report = run([tmp_path / "a.txt"], db, settings=Settings(published="2019-05-01"))
    assert (report.analysed, report.articles) == (1, 1)
    assert analysis_fingerprint(Settings()) != analysis_fingerprint(
        Settings(published="2019-05-01"))


def test_build_unknown_engine_is_a_settings_error():
    with pytest.raises(SettingsError, match="unknown engine 'gpu'"):
        engine_module("gpu")


BUILD_SCRIPT = """
import sys
from storyline.build import build
build([sys.argv[1]], sys.argv[2], workers=1, batch_size=2)
"""


def start_build(inputs: Path, db: Path) -> subprocess.Popen:
    """A build in another process, committing every two articles."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen([sys.executable, "-c", BUILD_SCRIPT, str(inputs), str(db)],
                            env=env, stderr=subprocess.PIPE)


def wait_for_commit(db: Path, proc: subprocess.Popen, size: int = 20_000,
                    timeout: float = 120) -> None:
    """Wait until the build's write-ahead log has reached ``size`` bytes (articles
    committed; any size: the store is open and migrated)."""
    wal = Path(f"{db}.wal")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode()
        if wal.exists() and wal.stat().st_size >= size:
            return
        time.sleep(0.05)
    raise AssertionError("the build committed nothing in time")


@pytest.mark.skipif(not VOA.exists(), reason="VOA corpus not present")
def test_build_killed_mid_run_resumes_without_duplicates(tmp_path):
    inputs, db = voa_subset(tmp_path, 12), tmp_path / "s.duckdb"
    proc = start_build(inputs, db)
    wait_for_commit(db, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    files = [db, Path(f"{db}.wal")]
    before = [f.read_bytes() for f in files]
    with Store.open(db, read_only=True) as store:  # replays the log without writing it
        partial = store.summary()["articles"]
    assert [f.read_bytes() for f in files] == before
    assert 0 < partial < 12
    report = run([inputs], db)
    assert report.unchanged == partial
    assert report.analysed == 12 - partial
    con = duckdb.connect(str(db), read_only=True)
    keys = con.execute("SELECT count(*), count(DISTINCT article_key), count(DISTINCT "
                       "record_id) FROM articles").fetchone()
    listed = con.execute("SELECT count(*) FROM view_rows WHERE view = 'articles'").fetchone()
    con.close()
    assert keys == (12, 12, 12)
    assert listed == (12,)


@pytest.mark.skipif(not VOA.exists(), reason="VOA corpus not present")
def test_build_second_concurrent_build_stops_with_a_clear_message(tmp_path):
    inputs, db = voa_subset(tmp_path, 60), tmp_path / "s.duckdb"
    proc = start_build(inputs, db)
    try:
        wait_for_commit(db, proc, size=1)
        with pytest.raises(StoreError, match=rf"in use by process {proc.pid}"):
            build([str(inputs)], str(db), workers=1)
        assert proc.poll() is None
    finally:
        proc.kill()
        proc.wait()
    con = duckdb.connect(str(db), read_only=True)
    n, keys = con.execute("SELECT count(*), count(DISTINCT article_key) FROM articles").fetchone()
    con.close()
    assert n == keys


KILL_IN_VIEWS = """
import sys, time, types
import pyarrow as pa
from storyline import store
from storyline.build import build

def stall(rows, schema=None):
    if schema is store._VIEW_SCHEMA:  # inside the views transaction, old views deleted
        print("in-views", flush=True)
        time.sleep(60)
    return pa.Table.from_pylist(rows, schema=schema)

store.pa = types.SimpleNamespace(Table=types.SimpleNamespace(from_pylist=stall))
build([sys.argv[1]], sys.argv[2], workers=1)
"""


def test_build_killed_while_replacing_views_keeps_the_old_views(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "s.duckdb"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia voiced support for the government of Venezuela.")
    (folder / "b.txt").write_text("Norway hosted talks between the two sides in Oslo.")
    run([folder], db)
    before = dump(db)
    (folder / "b.txt").write_text("Cuba voiced support for the government of Venezuela.")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.Popen([sys.executable, "-c", KILL_IN_VIEWS, str(folder), str(db)],
                            env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "in-views"
    finally:
        proc.kill()
        proc.wait()
    after = dump(db)
    assert after[2:] == before[2:]  # views and their digest: the old ones, whole
    assert after[1] != before[1]  # the new version of b.txt was committed before
    report = run([folder], db)
    assert (report.analysed, report.unchanged, report.views_changed) == (0, 2, True)
    with Store.open(db, read_only=True) as store:
        bodies = {a["body"] for a in store.articles()}
        listed = {a["article_key"] for a in store.view("articles")}
        assert listed == set(store.fingerprints())
    assert "Cuba voiced support for the government of Venezuela." in bodies


@pytest.mark.spark
def test_build_spark_engine_stores_what_the_local_engine_stores(tmp_path):
    pytest.importorskip("pyspark")
    (tmp_path / "a.txt").write_text("Russia voiced support for the government of Venezuela.")
    (tmp_path / "b.txt").write_text("Norway hosted talks between the two sides in Oslo.")
    local, spark = tmp_path / "local.duckdb", tmp_path / "spark.duckdb"
    run([tmp_path / "a.txt", tmp_path / "b.txt"], local)
    report = build([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], str(spark),
                   engine="spark", workers=1)
    assert report.analysed == 2
    assert dump(spark)[1:] == dump(local)[1:]


def children_of(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (from /proc)."""
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry))
    return out


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return False


@pytest.mark.skipif(not VOA.exists(), reason="VOA corpus not present")
def test_build_killed_leaves_no_worker_behind(tmp_path):
    inputs, db = voa_subset(tmp_path, 40), tmp_path / "s.duckdb"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "build", str(inputs), "--db",
                             str(db), "--workers", "2"], env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while len(children_of(proc.pid)) < 2 and time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read().decode()
            time.sleep(0.1)
        workers = children_of(proc.pid)
        assert len(workers) >= 2
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers)
