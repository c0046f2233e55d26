"""The store: analysed articles and the corpus views in one embedded DuckDB file.

One write path: every change goes through :meth:`Store._transaction`, so a store
killed at any point holds either all of a batch or none of it. Schema changes are
named migrations recorded in the store (:mod:`storyline.store_schema`). A store
opened read-only never writes. Only one process may hold a store open for writing;
another waits a few seconds for it, then fails with a :class:`StoreError` naming
the holder.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "s.duckdb")
>>> with Store.open(path) as store:
...     store.summary()["articles"]
0
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import duckdb
import pyarrow as pa

from . import store_schema
from .corpus import REGISTRY
from .corpus.views import Lookup
from .errors import OptionError, StoreError
from .filters import check_choice, check_date, check_limit, known_types, match_actor
from .model import Article
from .records import StoredArticleRow, ViewTableRow, arrow_schema, columns

LOCK_WAIT_SECONDS = 3.0
_SEP = "\x1f"
_SURROGATE = re.compile("[\ud800-\udfff]")


F = TypeVar("F", bound=Callable[..., Any])


def damaged(path: str, exc: BaseException) -> StoreError:
    """The error for a store whose file cannot be read or written, with what to do."""
    message = str(exc)
    if "not a valid DuckDB" in message or "Could not read" in message or "Corrupt" in message \
            or "checksum" in message.lower():
        return StoreError(f"cannot open the store {path}: the file is not a storyline store or "
                          f"is damaged (truncated or corrupt: {message[:200]}); restore it from "
                          "a copy, or build a new one with another --db file")
    if "Permission denied" in message or "Read-only" in message or "read-only" in message:
        return StoreError(f"cannot write the store {path}: {message[:200]}; check the "
                          "permissions of the file and its folder, or use another --db file")
    if "No such file or directory" in message and not os.path.isdir(
            os.path.dirname(os.path.abspath(path))):
        return StoreError(f"cannot create the store {path}: its folder "
                          f"{os.path.dirname(os.path.abspath(path))} does not exist; create it "
                          "or use another --db file")
    return StoreError(f"cannot use the store {path}: {message[:300]}")


def _guarded(method: F) -> F:
    """``method`` with a DuckDB failure (a damaged file, a full disk) as a StoreError."""

    @functools.wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except duckdb.Error as exc:
            raise damaged(self.path, exc) from exc

    return wrapper  # type: ignore[return-value]


def article_keys(article: Article) -> tuple[str, str]:
    """``(article_key, content_hash)`` of an article as read.

    ``content_hash`` hashes the raw text alone; ``article_key`` also hashes the record's
    id and metadata, so the same text under two names is two articles (the corpus
    stages mark one a duplicate of the other), and the lines of it that the run repeats
    (``_repeated``, which ``clean`` removes), so that the article is analysed again when
    other inputs change them.

    >>> a = Article(id="a", source="a.txt", raw="Text.")
    >>> key, content = article_keys(a)
    >>> len(key), len(content), key != content
    (16, 16, True)
    """
    content = hashlib.sha256(article.raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    ident: list[object] = [content, article.id, article.title, article.url, article.published,
                           article.outlet]
    if article._repeated:
        ident.append(sorted(article._repeated))
    key = hashlib.sha256(json.dumps(ident).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return key, content


def source_path(source: str) -> str:
    """The absolute path an article's ``source`` names (``-`` for stdin)."""
    return source if source == "-" else os.path.abspath(source)


@dataclass(frozen=True)
class StoredArticle:
    """One analysed article on its way into the store."""

    article_key: str
    content_hash: str
    source_path: str
    record_id: str
    fingerprint: str
    data: dict[str, Any]


class Store:
    """An open store. Use :meth:`open`, as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
        self._con = con
        self.path = path
        self.read_only = read_only

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], read_only: bool = False,
        wait: float = LOCK_WAIT_SECONDS,
    ) -> Store:
        """Open (for writing: create and migrate) the store at ``path``.

        Raises:
            StoreError: no store there (read-only), not a store, held by another
                process for longer than ``wait`` seconds, or made by a newer storyline.
        """
        path = os.fspath(path)
        if read_only and not os.path.exists(path):
            raise StoreError(f"no store at {path}; create one with: "
                             f"storyline build PATH... --db {path}")
        con = _connect(path, read_only, wait)
        store = cls(con, path, read_only)
        try:
            store._check_schema()
        except BaseException:
            con.close()
            raise
        return store

    def _check_schema(self) -> None:
        try:
            newer = store_schema.unknown(self._con)
            if newer:
                raise StoreError(
                    f"store {self.path} was written by a newer storyline (migrations "
                    f"{', '.join(newer)}); upgrade storyline to read it")
            if self.read_only:
                missing = store_schema.pending(self._con)
                if missing:
                    raise StoreError(
                        f"store {self.path} needs migrations {', '.join(missing)}; run "
                        f"storyline build --db {self.path} (with any input) to upgrade it")
            else:
                store_schema.migrate(self._con)
        except duckdb.Error as exc:
            raise damaged(self.path, exc) from exc

    def close(self) -> None:
        """Close the store (a store opened for writing is checkpointed first)."""
        if not self.read_only:
            try:
                self._con.execute("CHECKPOINT")
            except duckdb.Error:
                pass  # the WAL is replayed at the next open; nothing is lost
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the one write path ----------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only; it cannot be written")
        self._con.execute("BEGIN TRANSACTION")
        try:
            yield self._con
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        self._con.execute("COMMIT")

    @_guarded
    def put_articles(self, articles: Sequence[StoredArticle]) -> None:
        """Store ``articles`` in one transaction; each replaces the article of the same key
        and the older version from the same source path and record."""
        if not articles:
            return
        rows = [
            {"article_key": a.article_key, "content_hash": a.content_hash,
             "source_path": _utf8(a.source_path), "record_id": _utf8(a.record_id),
             "fingerprint": a.fingerprint, "outlet": _utf8(a.data.get("outlet")),
             "title": _utf8(a.data.get("title")), "published": _utf8(a.data.get("published")),
             "body": _utf8(a.data.get("body") or ""),
             "n_events": len(a.data.get("events") or []), "data": _json(a.data)}
            for a in articles
        ]
        with self._transaction() as con:
            incoming = pa.Table.from_pylist(rows, schema=_ARTICLE_SCHEMA)
            con.register("incoming", incoming)
            try:
                con.execute(
                    "DELETE FROM articles WHERE article_key IN (SELECT article_key FROM incoming)"
                    " OR (source_path, record_id) IN"
                    " (SELECT (source_path, record_id) FROM incoming)")
                con.execute(
                    f"INSERT INTO articles SELECT {_selected(StoredArticleRow)} FROM incoming")
            finally:
                con.unregister("incoming")

    @_guarded
    def remove_others(self, path: str, keep: set[str]) -> int:
        """Remove the articles stored from source ``path`` whose key is not in ``keep``
        (records gone from a changed file); returns how many."""
        stored = {r[0] for r in self._con.execute(
            "SELECT article_key FROM articles WHERE source_path = ?", [_utf8(path)]).fetchall()}
        gone = sorted(stored - keep)
        if gone:
            with self._transaction() as con:
                con.execute("DELETE FROM articles WHERE list_contains(?, article_key)", [gone])
        return len(gone)

    @_guarded
    def replace_views(self, views: dict[str, list[dict[str, Any]]]) -> bool:
        """Replace every corpus view in one transaction; nothing is written (and False
        returned) when the views are the ones already stored."""
        unknown = sorted(set(views) - set(REGISTRY))
        if unknown:
            raise StoreError(f"unknown view(s) {', '.join(unknown)}; known: {', '.join(REGISTRY)}")
        rows = _view_rows(views)
        digest = hashlib.sha256(
            "\n".join(f"{r['view']}\t{r['data']}" for r in rows).encode()).hexdigest()
        if self._meta("views_digest") == digest:
            return False
        with self._transaction() as con:
            con.execute("DELETE FROM view_rows")
            if rows:
                incoming = pa.Table.from_pylist(rows, schema=_VIEW_SCHEMA)
                con.register("incoming", incoming)
                try:
                    con.execute(f"INSERT INTO view_rows SELECT {_selected(ViewTableRow)}"
                                " FROM incoming")
                finally:
                    con.unregister("incoming")
            con.execute("INSERT OR REPLACE INTO meta VALUES ('views_digest', ?)", [digest])
        return True

    # -- reading ---------------------------------------------------------------------------

    @_guarded
    def fingerprints(self) -> dict[str, str]:
        """``{article_key: fingerprint}`` of every stored article."""
        return dict(self._con.execute("SELECT article_key, fingerprint FROM articles").fetchall())

    def articles(self) -> Iterator[dict[str, Any]]:
        """Every stored article (the ``analyze`` JSON plus ``article_key`` and
        ``content_hash``), in key order."""
        try:
            cur = self._con.execute(
                "SELECT article_key, content_hash, data FROM articles ORDER BY article_key")
            while batch := cur.fetchmany(256):
                for key, content, data in batch:
                    yield {**json.loads(data), "article_key": key, "content_hash": content}
        except duckdb.Error as exc:
            raise damaged(self.path, exc) from exc

    @_guarded
    def check(self) -> None:
        """Read every row of the store once, so that a damaged file fails now, not later.

        Raises:
            StoreError: the file is truncated or corrupt.
        """
        for table in ("articles", "view_rows"):
            self._con.execute(f"SELECT count(*), sum(length(data)) FROM {table}").fetchall()

    @_guarded
    def article(self, article_key: str) -> dict[str, Any] | None:
        """One stored article with ``article_key``, ``content_hash`` and ``duplicate_of``."""
        row = self._con.execute(
            "SELECT content_hash, data FROM articles WHERE article_key = ?", [article_key]
        ).fetchone()
        if row is None:
            return None
        article = {**json.loads(row[1]), "article_key": article_key, "content_hash": row[0]}
        listed = self._con.execute(
            "SELECT data FROM view_rows WHERE view = 'articles'"
            " AND data->>'article_key' = ?", [article_key]).fetchone()
        # as the views give it: its outlet, date and their reasons (``unknown``, inferred)
        view_row = json.loads(listed[0]) if listed else {}
        article.update({k: view_row.get(k) for k in _AS_LISTED if k in view_row})
        article["duplicate_of"] = view_row.get("duplicate_of")
        return article

    @_guarded
    def view(
        self, name: str, *, actor: str | None = None, type: str | None = None,
        outlet: str | None = None, date_from: str | None = None, date_to: str | None = None,
        limit: int | None = None, offset: int = 0, hidden: bool = False,
    ) -> list[dict[str, Any]]:
        """The items of corpus view ``name`` (docs/CORPUS.md), in order, filtered.

        ``actor`` and ``outlet`` match any part of an actor's id, name or alias, or of an
        outlet's name (case-insensitive); ``type`` an event type, an actor's kind, a quote's
        kind or an alliance's relation; ``date_from``/``date_to`` (YYYY-MM-DD, inclusive)
        the event date, or the publication date of articles and quotes. Events under the
        build's ``min_confidence`` (``shown`` false) are left out unless ``hidden``
        (in the views that hide them: :attr:`~storyline.corpus.views.View.hides`).
        """
        where, params = _view_filter(name, actor=actor, type=type, outlet=outlet,
                                     date_from=date_from, date_to=date_to, hidden=hidden)
        self.check_filters(name, actor=actor, type=type, outlet=outlet, date_from=date_from,
                           date_to=date_to, limit=limit, offset=offset)
        sql = f"SELECT data FROM view_rows WHERE {where} ORDER BY seq"
        sql += _page(limit, offset)
        return [json.loads(r[0]) for r in self._con.execute(sql, params).fetchall()]

    @_guarded
    def count(self, name: str, **filters: Any) -> int:
        """How many items of view ``name`` match ``filters`` (those of :meth:`view`)."""
        where, params = _view_filter(name, **filters)
        self.check_filters(name, **{k: v for k, v in filters.items()
                                    if k in ("type", "outlet", "date_from", "date_to")})
        row = self._con.execute(f"SELECT count(*) FROM view_rows WHERE {where}",
                                params).fetchone()
        return int(row[0]) if row else 0

    @_guarded
    def check_filters(
        self, name: str, *, actor: str | None = None, type: str | None = None,
        outlet: str | None = None, date_from: str | None = None, date_to: str | None = None,
        limit: int | None = None, offset: int = 0,
    ) -> None:
        """Check the filters of :meth:`view` (:mod:`storyline.filters`).

        Raises:
            OptionError: a filter names a date that does not exist, a type the view does
                not hold, an outlet or an actor the store does not have (the closest
                names said), or a negative limit.
        """
        check_limit("limit", limit)
        check_limit("offset", offset)
        check_date("date_from", date_from)
        check_date("date_to", date_to)
        if type:
            held = self._con.execute("SELECT DISTINCT type FROM view_rows WHERE view = ?",
                                     [name]).fetchall()
            check_choice("type", type, [t for (t,) in held] + list(known_types(name)))
        if outlet and not self._con.execute(
                "SELECT 1 FROM view_rows WHERE view = ? AND contains(outlets, ?) LIMIT 1",
                [name, outlet.lower()]).fetchone():
            check_choice("outlet", outlet, self.outlets(), match="part")
        if actor and not any(self._con.execute(
                "SELECT 1 FROM view_rows WHERE view IN (?, 'actors') AND contains(actors, ?)"
                " LIMIT 1", [name, actor.lower()]).fetchone() or ()):
            _, closest = match_actor(((a["actor_id"], [a.get("name"), *a.get("aliases", [])])
                                      for a in self.view("actors")), actor)
            raise OptionError("actor", actor, "an actor's name, alias or id"
                              + (f"; closest: {', '.join(closest)}" if closest else ""))

    @_guarded
    def outlets(self) -> list[str]:
        """The outlets as the views name them (``unknown`` for an article that names none)."""
        held = self._con.execute("SELECT DISTINCT data->>'outlet' FROM view_rows"
                                 " WHERE view = 'articles'").fetchall()
        return sorted(o for (o,) in held if o)

    @_guarded
    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Articles whose title or body contain every word of ``query`` (case-insensitive),
        newest first, each ``{article_key, title, outlet, published, source, snippet}``."""
        words, where = _search_filter(query)
        if not words:
            return []
        rows = self._con.execute(
            "SELECT article_key, title, outlet, published, data->>'source', body FROM articles"
            f" WHERE {where} ORDER BY published DESC NULLS LAST, article_key"
            + _page(limit, offset), words).fetchall()
        return [{"article_key": key, "title": title, "outlet": outlet, "published": published,
                 "source": source, "snippet": snippet(body, words)}
                for key, title, outlet, published, source, body in rows]

    @_guarded
    def search_count(self, query: str) -> int:
        """How many articles :meth:`search` finds for ``query`` in all."""
        words, where = _search_filter(query)
        if not words:
            return 0
        row = self._con.execute(f"SELECT count(*) FROM articles WHERE {where}", words).fetchone()
        return int(row[0]) if row else 0

    @_guarded
    def summary(self) -> dict[str, Any]:
        """Counts: articles, duplicates, outlets, events, actors, quotes, publication range,
        and the migrations applied."""
        n = (self._con.execute("SELECT count(*) FROM articles").fetchone() or (0,))[0]
        # outlets and dates as every view gives them (``unknown`` when an article names no
        # outlet; an outlet or a date inferred from the text)
        outlets, first, last = self._con.execute(
            "SELECT count(DISTINCT data->>'outlet'), min(data->>'published'),"
            " max(data->>'published') FROM view_rows WHERE view = 'articles'"
        ).fetchone() or (0, None, None)
        counts = dict(self._con.execute(
            "SELECT view, count(*) FROM view_rows GROUP BY view").fetchall())
        duplicates = self._con.execute(
            "SELECT count(*) FROM view_rows WHERE view = 'articles'"
            " AND data->>'duplicate_of' IS NOT NULL").fetchone()
        hidden = (self._con.execute(
            "SELECT count(*) FROM view_rows WHERE view = 'events'"
            " AND NOT coalesce(json_extract(data, '$.shown')::BOOLEAN, true)").fetchone()
            or (0,))[0]
        counts["events"] = counts.get("events", 0) - hidden
        return {
            "path": self.path, "articles": n, "duplicates": duplicates[0] if duplicates else 0,
            "outlets": outlets, "first_published": first, "last_published": last,
            **{name: counts.get(name, 0) for name in REGISTRY if name != "articles"},
            "hidden_events": hidden,
            "migrations": store_schema.applied(self._con),
        }

    def _meta(self, key: str) -> str | None:
        row = self._con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None


_ARTICLE_SCHEMA = arrow_schema(StoredArticleRow)
_VIEW_SCHEMA = arrow_schema(ViewTableRow)


def _connect(path: str, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            message = str(exc)
            if "lock" not in message.lower():
                raise damaged(path, exc) from exc
            if time.monotonic() >= deadline:
                holder = re.search(r"PID (\d+)", message)
                who = f"process {holder.group(1)}" if holder else "another process"
                raise StoreError(
                    f"store {path} is in use by {who} (another build?); waited {wait:g} s. "
                    "Wait for it to finish and run again, or use another --db file") from exc
            time.sleep(0.2)
        except duckdb.Error as exc:
            raise damaged(path, exc) from exc


#: Fields of an article that the ``articles`` view gives as every view shows them.
_AS_LISTED = ("outlet", "outlet_from", "published", "published_from", "warnings")


def _view_filter(
    name: str, *, actor: str | None = None, type: str | None = None, outlet: str | None = None,
    date_from: str | None = None, date_to: str | None = None, hidden: bool = False,
) -> tuple[str, list[Any]]:
    """The SQL condition on ``view_rows`` and its parameters for view ``name`` filtered."""
    if name not in REGISTRY:
        raise StoreError(f"unknown view {name!r}; known: {', '.join(REGISTRY)}")
    where, params = ["view = ?"], [name]
    if REGISTRY[name].hides and not hidden:
        where.append("coalesce(json_extract(data, '$.shown')::BOOLEAN, true)")
    if actor:
        where.append("contains(actors, ?)")
        params.append(actor.lower())
    if outlet:
        where.append("contains(outlets, ?)")
        params.append(outlet.lower())
    if type:
        where.append("lower(type) = ?")
        params.append(type.lower())
    if date_from:
        where.append("date >= ?")
        params.append(date_from)
    if date_to:
        where.append("date <= ?")
        params.append(date_to + "\uffff")
    return " AND ".join(where), params


def _search_filter(query: str) -> tuple[list[str], str]:
    """The words of a search and the SQL condition that every one is in an article."""
    words = [w for w in re.findall(r"\w+", query.lower()) if w]
    test = "contains(lower(coalesce(title, '') || ' ' || body), ?)"
    return words, " AND ".join([test] * len(words))


def _page(limit: int | None, offset: int) -> str:
    sql = f" LIMIT {int(limit)}" if limit is not None else ""
    return sql + (f" OFFSET {int(offset)}" if offset else "")


def snippet(body: str, words: Sequence[str], width: int = 160) -> str:
    """About ``width`` characters of ``body`` around the first of ``words`` found.

    >>> snippet("The talks in Oslo went on.", ["oslo"], width=10)
    '…s in Oslo…'
    """
    lower = body.lower()
    at = min((i for i in (lower.find(w) for w in words) if i >= 0), default=0)
    start = max(0, at - width // 2)
    end = min(len(body), start + width)
    text = " ".join(body[start:end].split())
    return ("…" if start else "") + text + ("…" if end < len(body) else "")


def _utf8(text: Any) -> Any:
    """``text`` with any lone surrogate (unencodable in UTF-8) replaced by U+FFFD."""
    if isinstance(text, str):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return _SURROGATE.sub("\ufffd", text)
    return text


def _json(value: Any) -> str:
    """``value`` as JSON text that is valid UTF-8."""
    return _utf8(json.dumps(value, ensure_ascii=False))


def _joined(values: Any) -> str:
    parts = sorted({str(v).lower() for v in values if v})
    return _SEP + _SEP.join(parts) + _SEP if parts else ""


def _selected(record: type) -> str:
    """The columns of a store table's ``record``, as an INSERT selects them."""
    return ", ".join(f"{c}::JSON" if c == "data" else c for c in columns(record))


def _view_rows(views: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Flatten views into ``view_rows`` rows with their filter columns
    (:attr:`~storyline.corpus.views.View.keys`)."""
    lookup = Lookup.of(views)
    rows = []
    for name, view in REGISTRY.items():
        for seq, item in enumerate(views.get(name, [])):
            kind, date, outlets, actors = view.keys(item, lookup)
            data = {k: v for k, v in item.items() if k not in view.heavy} if view.heavy else item
            rows.append({"view": name, "seq": seq, "type": kind, "date": date,
                         "outlets": _utf8(_joined(outlets)), "actors": _utf8(_joined(actors)),
                         "data": _json(data)})
    return rows
