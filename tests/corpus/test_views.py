"""The view and format registries: every entry shows up in the store, the CLI, the web
API, the export and the report, and a new view or format is one entry.

This module imports no output module at its top, so that a subprocess can add an entry
to the registries before any of them reads them (as an entry written in the source).
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from storyline.corpus import REGISTRY, compute
from storyline.corpus.context import Corpus
from storyline.corpus.views import Keys, Lookup, View
from storyline.records import columns

from .conftest import actor, article, event, quote

ROOT = Path(__file__).resolve().parents[2]


def corpus() -> list[dict[str, Any]]:
    """Two outlets report Russia backing Maduro; each quotes him."""
    rus, mad = actor("RUS"), actor("maduro")
    return [article(key, outlet, day, actors=[rus, mad],
                    events=[event("SUPPORT", [rus], [mad], f"Russia backs Maduro ({outlet}).",
                                  "2019-05-05")],
                    quotes=[quote(mad, "We thank our friends", start=3)])
            for key, outlet, day in (("k1", "DW", "2019-05-05"), ("k2", "RT", "2019-05-06"))]


def store_of(path: Path) -> str:
    from storyline.store import Store

    with Store.open(path) as store:
        store.replace_views(compute(corpus()))
    return str(path)


def check_everywhere(name: str, fmt: str, db: str, folder: Path) -> None:
    """View ``name`` and format ``fmt`` of the registries show up in every output."""
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from storyline.cli import app
    from storyline.export import FORMATS, export_formats, view_formats
    from storyline.report.story import read_views
    from storyline.store import Store
    from storyline.web.app import create_app

    view, runner = REGISTRY[name], CliRunner()
    assert fmt in view_formats() and fmt in export_formats()
    # the command line: one command per view, its doc as help, every format written
    assert view.command in {c.name for c in app.registered_commands}
    result = runner.invoke(app, [view.command, "--help"])
    assert result.exit_code == 0 and view.doc.split()[0] in result.stdout
    out = folder / f"{name}{FORMATS[fmt].suffix}"
    result = runner.invoke(app, [view.command, "--db", db, "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists()
    result = runner.invoke(app, [view.command, "--db", db, "--format", "jsonl"])
    with Store.open(db, read_only=True) as store:
        rows = store.view(name)
        assert [json.loads(line) for line in result.stdout.splitlines()] == rows
        # the export: the events view in the format
        events = folder / f"events{FORMATS[fmt].suffix}"
        result = runner.invoke(app, ["export", "--db", db, "--format", fmt, "--out", str(events)])
        assert result.exit_code == 0, result.output
        # the web API: /api/NAME with the view's filters
        client = TestClient(create_app(store))
        page = client.get(f"/api/{name}").json()
        assert page["count"] == len(rows) and len(page["items"]) == min(len(rows), 50)
        params = client.get("/openapi.json").json()["paths"][f"/api/{name}"]["get"]["parameters"]
        assert [p["name"] for p in params] == [*view.filters, "limit", "offset"]
        # the report
        assert read_views(store)[name] == [
            {**(store.article(r["article_key"]) or {}), **r} if name == "articles" else r
            for r in rows]
        assert name in store.summary()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return store_of(tmp_path_factory.mktemp("views") / "s.duckdb")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
@pytest.mark.parametrize("name", list(REGISTRY))
def test_views_every_view_in_every_format_shows_up_everywhere(name, fmt, db, tmp_path):
    check_everywhere(name, fmt, db, tmp_path)


@pytest.mark.parametrize("name", list(REGISTRY))
def test_views_every_view_computes_rows_of_its_record_with_filter_keys(name):
    views = compute(corpus())
    view, lookup = REGISTRY[name], Lookup.of(views)
    for row in views[name]:
        assert isinstance(view.keys(row, lookup), Keys)
        if view.record is not None:
            assert set(columns(view.record)) >= set(row) - set(view.heavy), name


def speakers(c: Corpus) -> list[dict[str, Any]]:
    """Who is quoted, and how often (the view a newcomer adds)."""
    counts: dict[tuple[str, str], int] = {}
    for q in c.quotes:
        key = (q["speaker_id"] or "", q["outlet"])
        counts[key] = counts.get(key, 0) + 1
    return [{"speaker_id": s, "outlet": o, "n_quotes": n} for (s, o), n in sorted(counts.items())]


def write_tsv(rows: list[dict[str, Any]], out: str | None, record: type | None) -> None:
    """Rows as tab-separated values (the format a newcomer adds)."""
    with open(str(out), "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, list(dict.fromkeys(k for r in rows for k in r)),
                                delimiter="\t", lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def register() -> None:
    """Add the view ``speakers`` and the format ``tsv``: one entry each."""
    from storyline.export import FORMATS, Format

    REGISTRY["speakers"] = View(
        "speakers", speakers,
        lambda r, _: Keys(None, None, [r.get("outlet")], [r.get("speaker_id")]),
        "Speakers: who is quoted in which outlet, and how often.", "Who is quoted",
        table=(("speaker_id", "speaker"), ("outlet", "outlet"), ("n_quotes", "quotes")),
        filters=("actor", "outlet"))
    FORMATS["tsv"] = Format("tsv", write_tsv, ".tsv")


def test_views_a_new_view_and_format_are_one_entry_each(tmp_path):
    script = ("import sys, pathlib\n"
              "from tests.corpus import test_views as t\n"
              "t.register()\n"
              "folder = pathlib.Path(sys.argv[1])\n"
              "db = t.store_of(folder / 's.duckdb')\n"
              "t.check_everywhere('speakers', 'tsv', db, folder)\n"
              "t.check_everywhere('events', 'tsv', db, folder)\n"
              "print((folder / 'speakers.tsv').read_text())\n")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.splitlines()[:2] == ["speaker_id\toutlet\tn_quotes",
                                            "nicolas_maduro\tDW\t1"]
