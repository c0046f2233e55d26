import pyarrow.parquet as pq
import pytest

from storyline.corpus import REGISTRY
from storyline.export import write_rows
from storyline.records import (
    EventRow,
    StoredArticleRow,
    ThreadRow,
    ViewTableRow,
    arrow_types,
    columns,
)
from storyline.store import Store


@pytest.mark.parametrize("table, record", [("articles", StoredArticleRow),
                                           ("view_rows", ViewTableRow)])
def test_records_of_the_store_tables_are_the_columns_the_migrations_made(tmp_path, table,
                                                                         record):
    with Store.open(tmp_path / "s.duckdb") as store:
        made = [r[0] for r in store._con.execute(f"DESCRIBE {table}").fetchall()]
    assert tuple(made) == columns(record)


def test_records_type_parquet_columns_even_when_every_value_is_null(tmp_path):
    out = tmp_path / "t.parquet"
    write_rows([{"thread_id": "t1", "first": None, "last": None, "n_articles": None}], "parquet",
               str(out), ThreadRow)
    schema = pq.read_schema(out)
    assert str(schema.field("first").type) == "date32[day]"
    assert str(schema.field("n_articles").type) == "int64"


def test_records_give_the_header_of_an_empty_csv(capsys):
    write_rows([], "csv", None, EventRow)
    assert capsys.readouterr().out.strip() == ",".join(columns(EventRow))


def test_records_a_value_that_does_not_fit_its_declared_type_keeps_its_own(tmp_path):
    out = tmp_path / "t.parquet"
    write_rows([{"thread_id": "t1", "first": "not a date", "n_articles": 2.5}], "parquet",
               str(out), ThreadRow)
    schema = pq.read_schema(out)
    assert str(schema.field("first").type) == "string"
    assert str(schema.field("n_articles").type) == "double"


def test_records_name_the_rows_of_the_main_views():
    for name in ("articles", "actors", "events", "quotes"):
        record = REGISTRY[name].record
        assert record is not None and columns(record)
        assert all(t is not None or f in ("location", "mentions", "labels")
                   for f, t in arrow_types(record).items())
