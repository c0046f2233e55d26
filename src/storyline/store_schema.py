"""The store's schema, as named migrations recorded in the store.

Each migration is a name and the SQL statements that make it; :func:`migrate`
applies, in order and each in its own transaction, the ones the store has not
recorded in its ``migrations`` table. Migrations are only ever appended to
:data:`MIGRATIONS`: a shipped migration is never edited, a later one changes it.

Tables:

``articles``
    one row per stored article: ``article_key`` (16 hex characters: the hash of the
    raw text and the record's metadata), ``content_hash`` (the hash of the raw text
    alone), ``source_path`` + ``record_id`` (where it came from: a changed file
    replaces the article of the same path and record), ``fingerprint`` (settings and
    stage versions it was analysed with), a few columns for search and filters, and
    ``data``: the full ``analyze`` JSON.
``view_rows``
    the corpus views of docs/CORPUS.md, one row per item: ``view``, ``seq`` (the
    order ``corpus.compute`` gave), filter columns and ``data`` (the item's JSON).
``meta``
    key/value facts about the store (e.g. the hash of the current views).

>>> [name for name, _ in MIGRATIONS][:1]
['0001_articles']
"""

from __future__ import annotations

import duckdb

MIGRATIONS: list[tuple[str, tuple[str, ...]]] = [
    (
        "0001_articles",
        (
            """CREATE TABLE articles (
                article_key VARCHAR PRIMARY KEY,
                content_hash VARCHAR NOT NULL,
                source_path VARCHAR NOT NULL,
                record_id VARCHAR NOT NULL,
                fingerprint VARCHAR NOT NULL,
                outlet VARCHAR,
                title VARCHAR,
                published VARCHAR,
                body VARCHAR NOT NULL,
                n_events INTEGER NOT NULL,
                data JSON NOT NULL
            )""",
            "CREATE INDEX articles_slot ON articles (source_path, record_id)",
        ),
    ),
    (
        "0002_views",
        (
            """CREATE TABLE view_rows (
                view VARCHAR NOT NULL,
                seq INTEGER NOT NULL,
                type VARCHAR,
                date VARCHAR,
                outlets VARCHAR NOT NULL,
                actors VARCHAR NOT NULL,
                data JSON NOT NULL,
                PRIMARY KEY (view, seq)
            )""",
            "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
        ),
    ),
]


def applied(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the migrations recorded in the store, oldest first (none for a new file)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'migrations'"
    ).fetchone()
    if not exists or not exists[0]:
        return []
    rows = con.execute("SELECT name FROM migrations ORDER BY applied_seq").fetchall()
    return [r[0] for r in rows]


def pending(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the known migrations the store has not applied yet."""
    done = set(applied(con))
    return [name for name, _ in MIGRATIONS if name not in done]


def unknown(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Migrations recorded in the store that this version of storyline does not know."""
    known = {name for name, _ in MIGRATIONS}
    return [name for name in applied(con) if name not in known]


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the pending migrations, each in one transaction; returns their names."""
    con.execute(
        """CREATE TABLE IF NOT EXISTS migrations (
            name VARCHAR PRIMARY KEY,
            applied_seq INTEGER NOT NULL,
            applied_at TIMESTAMP NOT NULL
        )"""
    )
    todo = set(pending(con))
    done: list[str] = []
    for seq, (name, statements) in enumerate(MIGRATIONS):
        if name not in todo:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for sql in statements:
                con.execute(sql)
            con.execute(
                "INSERT INTO migrations VALUES (?, ?, current_timestamp)", [name, seq]
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        done.append(name)
    return done
