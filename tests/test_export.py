import json

import duckdb
import pyarrow.parquet as pq
import pytest

from storyline.corpus import VIEWS
from storyline.display import COLUMNS
from storyline.errors import ExportError
from storyline.export import (
    GDELT_COLUMNS,
    MENTION_COLUMNS,
    POLECAT_COLUMNS,
    export,
    write_rows,
    write_view,
)
from storyline.store import Store

from .conftest import sample_views


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.replace_views(sample_views())
        yield store


def read_back(path):
    con = duckdb.connect()
    try:
        rel = con.sql(f"SELECT * FROM '{path}'")
        return rel.columns, rel.fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("suffix", ["csv", "parquet", "jsonl"])
def test_export_polecat_has_the_documented_columns_and_loads_back(store, tmp_path, suffix):
    out = tmp_path / f"events.{suffix}"
    assert export(store, "polecat", str(out)) == 2
    columns, rows = read_back(out)
    assert tuple(columns) == POLECAT_COLUMNS
    first = dict(zip(columns, rows[0], strict=True))
    assert first["event_type"] == "SUPPORT"
    assert (first["source_actor"], first["source_country"], first["source_sector"]) == (
        "Russia", "RUS", "GOV")
    assert (first["target_actor"], first["target_country"]) == ("Nicolas Maduro", "VEN")
    assert first["headline"] == "Russia backs Maduro"
    assert first["event_text"] == "Russia backs Maduro."
    assert first["location_name"] == "Moscow"


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_export_gdelt_has_the_documented_columns_and_loads_back(store, tmp_path, suffix):
    out = tmp_path / f"events.{suffix}"
    export(store, "gdelt", str(out))
    columns, rows = read_back(out)
    assert tuple(columns) == GDELT_COLUMNS
    first = dict(zip(columns, rows[0], strict=True))
    assert first["SQLDATE"] == 20190124 and first["Year"] == 2019
    assert first["Actor1Code"] == "RUSGOV" and first["Actor1Name"] == "Russia"
    assert str(first["EventRootCode"]).zfill(2) == "05" and first["QuadClass"] == 1
    assert first["NumArticles"] == 1 and first["SOURCEURL"] == "https://example.org/s1"
    second = dict(zip(columns, rows[1], strict=True))
    assert second["Actor1CountryCode"] is None  # USA is not in the actors view
    assert second["SOURCEURL"] == "v1.txt"
    assert first["GLOBALEVENTID"] != second["GLOBALEVENTID"]


def test_export_gdelt_event_ids_are_stable_integers(store, tmp_path):
    export(store, "gdelt", str(tmp_path / "a.parquet"))
    export(store, "gdelt", str(tmp_path / "b.parquet"))
    a = pq.read_table(tmp_path / "a.parquet").column("GLOBALEVENTID").to_pylist()
    assert a == pq.read_table(tmp_path / "b.parquet").column("GLOBALEVENTID").to_pylist()
    assert all(isinstance(i, int) and 0 < i < 2**63 for i in a)


def test_export_jsonl_is_the_events_view(store, tmp_path):
    out = tmp_path / "e.jsonl"
    export(store, "jsonl", str(out))
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows == sample_views()["events"]


def test_export_parquet_keeps_nested_fields_as_lists_of_records(store, tmp_path):
    out = tmp_path / "e.parquet"
    export(store, "parquet", str(out))
    table = pq.read_table(out)
    assert table.column("mentions")[0].as_py()[0]["outlet"] == "Sputnik"
    assert table.column("num_articles").to_pylist() == [1, 1]


def test_export_unknown_format_names_the_known_ones(store):
    with pytest.raises(ExportError, match="polecat, gdelt"):
        export(store, "excel")


def test_export_parquet_to_stdout_is_refused():
    with pytest.raises(ExportError, match="--out FILE"):
        write_rows([{"a": 1}], "parquet", None)


def test_export_mixed_value_types_become_text_in_parquet(tmp_path):
    out = tmp_path / "m.parquet"
    write_rows([{"a": 1}, {"a": "x"}, {"b": None}], "parquet", str(out))
    assert pq.read_table(out).column("a").to_pylist() == ["1", "x", None]


def test_export_parquet_types_dates_lists_and_objects(store, tmp_path):
    out = tmp_path / "events.parquet"
    write_view(store, "events", "parquet", str(out))
    schema = pq.read_schema(out)
    assert str(schema.field("date").type) == "date32[day]"
    assert str(schema.field("first_report").type) == "date32[day]"
    assert str(schema.field("source").type) == "list<element: string>"
    assert str(schema.field("mentions").type).startswith("list<element: struct<")
    columns, rows = read_back(out)  # DuckDB reads them as DATE and LIST
    first = dict(zip(columns, rows[0], strict=True))
    assert first["source"] == ["RUS"] and str(first["date"]) == "2019-01-24"


@pytest.mark.parametrize("out, fmt", [("e.xlsx", "csv"), ("e", "jsonl"), ("e.csv", "parquet"),
                                      ("e.parquet", "jsonl"), ("e.json", "polecat")])
def test_export_refuses_an_out_file_that_does_not_fit_the_format(store, tmp_path, out, fmt):
    with pytest.raises(ExportError, match="cannot write"):
        if fmt == "polecat":
            export(store, fmt, str(tmp_path / out))
        else:
            write_view(store, "events", fmt, str(tmp_path / out))
    assert not (tmp_path / out).exists()


def test_export_every_view_has_table_columns():
    assert set(COLUMNS) | {"comparison"} == set(VIEWS)


def test_export_table_view_shows_the_rows(store, tmp_path):
    out = tmp_path / "t.txt"
    assert write_view(store, "alliances", "table", str(out)) == 1
    text = out.read_text()
    assert "Russia" in text and "SUPPORT" in text and "Nicolas Maduro" in text


def test_export_csv_view_loads_back(store, tmp_path):
    out = tmp_path / "a.csv"
    write_view(store, "actors", "csv", str(out), type="country")
    columns, rows = read_back(out)
    assert "actor_id" in columns and [r[columns.index("actor_id")] for r in rows] == ["RUS"]


def test_export_mentions_one_row_per_report_with_its_article(store, tmp_path):
    out = tmp_path / "m.parquet"
    assert export(store, "mentions", str(out)) == 2
    table = pq.read_table(out)
    assert tuple(table.column_names) == MENTION_COLUMNS
    rows = table.to_pylist()
    assert [(r["event_id"], r["outlet"], r["title"]) for r in rows] == [
        ("ev1", "Sputnik", "Russia backs Maduro"), ("ev2", "VOA", "US recognises Guaido")]
    assert rows[0]["sentence"] == "Russia backs Maduro."
