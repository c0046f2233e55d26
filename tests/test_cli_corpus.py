import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.corpus import VIEWS
from storyline.export import POLECAT_COLUMNS
from storyline.store import Store

from .conftest import sample_views

runner = CliRunner()


def test_cli_build_prints_a_summary_and_rebuild_analyses_nothing(tmp_path, seed_paths):
    db = str(tmp_path / "s.duckdb")
    result = runner.invoke(app, ["build", "-w", "1", "--db", db, *map(str, seed_paths)])
    assert result.exit_code == 0, result.output
    assert f"{len(seed_paths)} analysed" in result.stderr
    assert result.stdout == ""
    again = runner.invoke(app, ["build", "-w", "1", "--db", db, *map(str, seed_paths)])
    assert f"0 analysed (0.0/s), {len(seed_paths)} unchanged" in again.stderr


def test_cli_build_parquet_writes_every_view(tmp_path, seed_paths):
    db, out = str(tmp_path / "s.duckdb"), tmp_path / "views"
    result = runner.invoke(app, ["build", "-w", "1", "--db", db, "--parquet", str(out),
                                 str(seed_paths[0])])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{v}.parquet" for v in VIEWS)
    with Store.open(db) as store:
        events = store.view("events")
    table = pq.read_table(out / "events.parquet")
    assert table.num_rows == len(events) > 0
    assert table.column("event_id").to_pylist() == [e["event_id"] for e in events]


def test_cli_build_names_skipped_inputs_and_exits_one(tmp_path):
    (tmp_path / "a.txt").write_text("Norway hosted talks between the two sides.")
    result = runner.invoke(app, ["build", "-w", "1", "--db", str(tmp_path / "s.duckdb"),
                                 str(tmp_path / "a.txt"), str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "nope.txt: no such file" in result.stderr
    assert "1 analysed" in result.stderr


def test_cli_build_unknown_engine_is_bad_usage(tmp_path):
    result = runner.invoke(app, ["build", "--engine", "gpu", "--db", str(tmp_path / "s.duckdb"),
                                 str(tmp_path)])
    assert result.exit_code == 2
    assert "unknown engine 'gpu'" in result.stderr


@pytest.mark.parametrize("command", ["events", "actors", "quotes", "timeline", "alliances",
                                     "compare", "threads"])
def test_cli_view_commands_print_jsonl_rows(db, command):
    result = runner.invoke(app, [command, "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    view = {"compare": "comparison"}.get(command, command)
    assert rows == sample_views()[view]


def test_cli_contradictions_on_the_seeds_never_pair_two_moments_of_the_talks(seed_db):
    # Red Revolution Media's "talks collapsed in Norway" (spring) and The Moscow Times'
    # "talks are continuing in Barbados" (July 25) tell two moments, not one act told twice.
    result = runner.invoke(app, ["contradictions", "--db", str(seed_db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    both = {"Red Revolution Media", "The Moscow Times"}
    assert not [r for r in rows if both <= set(r["outlets"])]


def test_cli_events_filters(db):
    result = runner.invoke(app, ["events", "--db", db, "-f", "jsonl", "--actor", "russia",
                                 "--from", "2019-01-01", "--to", "2019-01-31", "--limit", "5"])
    assert [json.loads(line)["event_id"] for line in result.stdout.splitlines()] == ["ev1"]
    result = runner.invoke(app, ["events", "--db", db, "-f", "jsonl", "--type", "SANCTION",
                                 "--outlet", "VOA"])
    assert [json.loads(line)["event_id"] for line in result.stdout.splitlines()] == ["ev2"]


def test_cli_timeline_table_is_readable(db):
    result = runner.invoke(app, ["timeline", "--db", db])
    assert result.exit_code == 0, result.output
    assert "2019-01-24" in result.stdout and "Russia supports Maduro" in result.stdout


def test_cli_actors_csv_and_parquet_files(db, tmp_path):
    result = runner.invoke(app, ["actors", "--db", db, "-f", "csv"])
    assert result.stdout.splitlines()[0].startswith("actor_id,name,kind")
    out = tmp_path / "a.parquet"
    result = runner.invoke(app, ["actors", "--db", db, "-f", "parquet", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).column("actor_id").to_pylist() == ["RUS", "maduro"]


def test_cli_parquet_without_out_is_bad_usage(db):
    result = runner.invoke(app, ["events", "--db", db, "-f", "parquet"])
    assert result.exit_code == 2
    assert "--out FILE" in result.stderr


def test_cli_view_of_missing_store_says_how_to_build(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no store at" in result.stderr and "storyline build" in result.stderr


def test_cli_export_polecat_csv_to_stdout(db):
    result = runner.invoke(app, ["export", "--db", db, "--format", "polecat"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert tuple(lines[0].split(",")) == POLECAT_COLUMNS
    assert len(lines) == 3


def test_cli_events_leave_out_weak_events_unless_asked(tmp_path):
    views = sample_views()
    weak = {**views["events"][0], "event_id": "ev_weak", "confidence": 0.1, "shown": False}
    views["events"].append(weak)
    path = str(tmp_path / "w.duckdb")
    with Store.open(path) as store:
        store.replace_views(views)

    def ids(*extra: str) -> set[str]:
        result = runner.invoke(app, ["events", "--db", path, "-f", "jsonl", *extra])
        assert result.exit_code == 0, result.output
        return {json.loads(line)["event_id"] for line in result.stdout.splitlines()}

    assert "ev_weak" not in ids()
    assert "ev_weak" in ids("--hidden") and ids() < ids("--hidden")
