import hashlib
import json
import os
import subprocess
import sys
import time

import duckdb
import pytest

from storyline import store_schema
from storyline.errors import StoreError
from storyline.store import Store, StoredArticle, article_keys, snippet

from .conftest import make_article, sample_views


def stored(key: str, path: str = "/x/a.txt", record: str = "a", body: str = "Body.",
           **data: object) -> StoredArticle:
    return StoredArticle(key, "c" * 16, path, record, "fp",
                         {"id": record, "source": path, "body": body, "events": [], **data})


def file_state(path) -> tuple[str, float, bool]:
    data = open(path, "rb").read()
    return hashlib.sha256(data).hexdigest(), os.stat(path).st_mtime, os.path.exists(
        f"{path}.wal")


def test_store_new_file_records_every_migration_with_a_time(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        assert store.summary()["migrations"] == [name for name, _ in store_schema.MIGRATIONS]
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute("SELECT name, applied_at FROM migrations ORDER BY applied_seq").fetchall()
    con.close()
    assert [r[0] for r in rows] == [name for name, _ in store_schema.MIGRATIONS]
    assert all(r[1] is not None for r in rows)


def test_store_reopen_applies_no_migration_twice(tmp_path):
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    con = duckdb.connect(str(path))
    assert store_schema.migrate(con) == []
    assert store_schema.pending(con) == []
    con.close()


def test_store_written_by_newer_version_is_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO migrations VALUES ('9999_future', 9999, current_timestamp)")
    con.close()
    with pytest.raises(StoreError, match="newer storyline.*9999_future"):
        Store.open(path, read_only=True)


def test_store_read_only_open_of_missing_file_says_how_to_build(tmp_path):
    with pytest.raises(StoreError, match="no store at .*storyline build"):
        Store.open(tmp_path / "none.duckdb", read_only=True)
    assert not (tmp_path / "none.duckdb").exists()


def test_store_not_a_duckdb_file_is_a_store_error(tmp_path):
    path = tmp_path / "s.duckdb"
    path.write_text("not a database")
    with pytest.raises(StoreError, match="not a storyline store or is damaged"):
        Store.open(path)


def test_store_in_a_missing_or_unwritable_folder_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="does not exist; create it"):
        Store.open(tmp_path / "no" / "such" / "s.duckdb")
    with pytest.raises(StoreError, match="check the permissions"):
        Store.open("/sys/storyline-test.duckdb")  # a folder no one may write, root included


def test_store_truncated_file_is_a_store_error_saying_what_to_do(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.put_articles([StoredArticle("k", "c", "/a.txt", "a", "f",
                                          {"id": "a", "body": os.urandom(300_000).hex()})])
    data = path.read_bytes()
    for cut in (0.3, 0.6):
        (tmp_path / "cut.duckdb").write_bytes(data[:int(len(data) * cut)])
        with pytest.raises(StoreError, match="restore it from a copy"):
            with Store.open(tmp_path / "cut.duckdb", read_only=True) as cut_store:
                cut_store.check()


def test_store_read_only_open_never_writes(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.put_articles([stored("k" * 16)])
        store.replace_views(sample_views())
    before = file_state(path)
    time.sleep(0.01)
    with Store.open(path, read_only=True) as store:
        store.summary()
        store.view("events", actor="maduro")
        store.article("k" * 16)
        store.search("body")
        list(store.articles())
        with pytest.raises(StoreError, match="read-only"):
            store.put_articles([stored("j" * 16)])
    assert file_state(path) == before


def test_store_put_replaces_older_version_of_same_source_record(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.put_articles([stored("1" * 16, body="old"), stored("2" * 16, record="b")])
        store.put_articles([stored("3" * 16, body="new")])
        assert sorted(store.fingerprints()) == ["2" * 16, "3" * 16]
        assert store.article("3" * 16)["body"] == "new"
        assert store.article("1" * 16) is None


def test_store_remove_others_drops_records_gone_from_a_file(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.put_articles([stored("1" * 16), stored("2" * 16, record="b"),
                            stored("3" * 16, path="/x/other.txt")])
        assert store.remove_others("/x/a.txt", {"1" * 16}) == 1
        assert sorted(store.fingerprints()) == ["1" * 16, "3" * 16]


def test_store_views_round_trip_in_order_without_heavy_article_fields(tmp_path):
    views = sample_views()
    with Store.open(tmp_path / "s.duckdb") as store:
        assert store.replace_views(views) is True
        assert store.view("events") == views["events"]
        assert store.view("timeline") == views["timeline"]
        listed = store.view("articles")
        assert [a["article_key"] for a in listed] == ["a" * 16, "b" * 16]
        assert "body" not in listed[0] and listed[1]["duplicate_of"] == "a" * 16


def test_store_same_views_again_write_nothing(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        assert store.replace_views(sample_views()) is True
        assert store.replace_views(sample_views()) is False
        assert store.replace_views({**sample_views(), "contradictions": [
            {"event_ids": ["ev1"], "outlets": ["VOA"], "description": "x", "evidence": []}]})


def test_store_view_filters_and_pagination(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.replace_views(sample_views())
        ids = lambda rows: [r.get("event_id") for r in rows]  # noqa: E731
        assert ids(store.view("events", actor="russia")) == ["ev1"]
        assert ids(store.view("events", actor="RUS")) == ["ev1"]
        assert ids(store.view("events", actor="maduro")) == ["ev1", "ev2"]
        assert ids(store.view("events", type="sanction")) == ["ev2"]
        assert ids(store.view("events", outlet="voa")) == ["ev2"]
        assert ids(store.view("events", date_from="2019-02-01")) == ["ev2"]
        assert ids(store.view("events", date_to="2019-01")) == ["ev1"]
        assert ids(store.view("events", limit=1, offset=1)) == ["ev2"]
        assert ids(store.view("timeline", actor="united states")) == ["ev2"]
        assert [q["speaker_name"] for q in store.view("quotes", date_to="2019-02-01")] == [
            "Russia"]
        assert store.view("quotes", date_from="2019-02-01") == []
        assert [a["actor_id"] for a in store.view("actors", actor="moscow")] == ["RUS"]
        assert [a["actor_id"] for a in store.view("actors", type="person")] == ["maduro"]
        assert len(store.view("alliances", type="SUPPORT", actor="Nicolas")) == 1
        assert len(store.view("threads", outlet="voa", date_from="2019-01-01")) == 1
        assert store.view("threads", date_from="2019-02-01") == []


def test_store_unknown_view_names_the_known_ones(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store, pytest.raises(StoreError, match="timeline"):
        store.view("evnets")


def test_store_article_carries_key_hash_and_duplicate_of(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.put_articles([stored("b" * 16)])
        store.replace_views(sample_views())
        article = store.article("b" * 16)
        assert article["article_key"] == "b" * 16
        assert article["content_hash"] == "c" * 16
        assert article["duplicate_of"] == "a" * 16


def test_store_article_gives_its_outlet_as_the_views_do(tmp_path):
    views = sample_views()
    views["articles"][1].update(outlet="Voice of America", outlet_from="text",
                                warnings=["outlet Voice of America inferred from ..."])
    with Store.open(tmp_path / "s.duckdb") as store:
        store.put_articles([stored("b" * 16, outlet=None)])
        store.replace_views(views)
        article = store.article("b" * 16)
        assert (article["outlet"], article["outlet_from"]) == ("Voice of America", "text")
        assert article["warnings"] == ["outlet Voice of America inferred from ..."]


def test_store_search_needs_every_word_and_gives_a_snippet(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.put_articles([
            stored("1" * 16, body="Talks in Oslo resumed on Monday.", title="Oslo talks"),
            stored("2" * 16, record="b", body="Talks in Barbados.", title=None),
        ])
        hits = store.search("TALKS oslo")
        assert [h["article_key"] for h in hits] == ["1" * 16]
        assert "Oslo" in hits[0]["snippet"]
        assert len(store.search("talks")) == 2
        assert len(store.search("talks", limit=1, offset=1)) == 1
        assert store.search("  ") == []


def test_store_snippet_marks_cut_ends():
    assert snippet("a" * 50 + " word " + "b" * 50, ["word"], width=20).startswith("…")


def test_store_article_key_changes_with_text_or_metadata_not_with_source():
    a = make_article("Text.", id="a")
    assert article_keys(a) == article_keys(make_article("Text.", id="a", source="b.txt"))
    assert article_keys(a)[0] != article_keys(make_article("Text!", id="a"))[0]
    assert article_keys(a)[0] != article_keys(make_article("Text.", id="a", outlet="VOA"))[0]
    assert article_keys(a)[1] == article_keys(make_article("Text.", id="b"))[1]


def test_store_held_by_another_process_fails_with_a_clear_message(tmp_path):
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(30)", str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        started = time.monotonic()
        with pytest.raises(StoreError, match=rf"in use by process {holder.pid}.*waited"):
            Store.open(path, wait=0.5)
        assert 0.4 < time.monotonic() - started < 5
    finally:
        holder.kill()
        holder.wait()
    with Store.open(path) as store:
        assert store.summary()["articles"] == 0


def test_store_lone_surrogates_are_stored_as_replacement_characters(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.put_articles([stored("1" * 16, body="bad \ud800 text", title="t\udc80")])
        article = store.article("1" * 16)
    assert article["body"] == "bad \ufffd text"
    assert article["title"] == "t\ufffd"
    json.dumps(article, ensure_ascii=False).encode("utf-8")
