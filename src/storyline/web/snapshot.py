"""The server's view of a store: a read-only snapshot, so a build can run while it serves.

DuckDB lets one process write a file or several read it, not both. ``storyline
serve`` therefore never keeps the store open: it opens it read-only for as long as
it takes to check every row and copy the file (and its write-ahead log), and serves
the copy. When the store changes, the next request after a short interval takes a
new snapshot if no build holds the store, and keeps serving the last one while a
build does. A damaged store is refused when the server starts.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from typing import Any

from ..errors import StoreError
from ..store import Store

#: Seconds between two looks at whether the store changed.
CHECK_SECONDS = 2.0


class Snapshot:
    """A read-only copy of the store at ``path``, refreshed when the store changes.

    Raises:
        StoreError: no store at ``path``, or it is damaged, or a build held it for
            longer than the wait.
    """

    def __init__(self, path: str, wait: float = 3.0, check_seconds: float = CHECK_SECONDS
                 ) -> None:
        self.path = os.fspath(path)
        self.check_seconds = check_seconds
        self.generation = 0
        self._folder = tempfile.mkdtemp(prefix="storyline-serve-")
        self._lock = threading.Lock()
        self._store: Store | None = None
        self._stamp: tuple[Any, ...] | None = None
        self._checked = time.monotonic()
        try:
            self._take(wait)
        except BaseException:
            self.close()
            raise

    def _stamp_now(self) -> tuple[Any, ...]:
        out = []
        for name in (self.path, self.path + ".wal"):
            try:
                st = os.stat(name)
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    def _take(self, wait: float) -> None:
        stamp = self._stamp_now()
        copy = os.path.join(self._folder, f"{self.generation + 1}.duckdb")
        with Store.open(self.path, read_only=True, wait=wait) as source:
            source.check()
            shutil.copyfile(self.path, copy)
            if os.path.exists(self.path + ".wal"):
                shutil.copyfile(self.path + ".wal", copy + ".wal")
        store = Store.open(copy, read_only=True, wait=0)
        old, self._store, self._stamp = self._store, store, stamp
        self.generation += 1
        if old is not None:
            old.close()
            for name in (old.path, old.path + ".wal"):
                if os.path.exists(name):
                    os.remove(name)

    def refresh(self) -> None:
        """Take a new snapshot if the store changed and no build holds it now."""
        now = time.monotonic()
        if now - self._checked < self.check_seconds:
            return
        with self._lock:
            self._checked = now
            if self._stamp_now() == self._stamp:
                return
            try:
                self._take(wait=0)
            except StoreError:
                pass  # a build holds the store (or is mid-write): keep serving the last copy

    def _current(self) -> Store:
        self.refresh()
        assert self._store is not None
        return self._store

    def view(self, name: str, **filters: Any) -> list[dict[str, Any]]:
        return self._current().view(name, **filters)

    def count(self, name: str, **filters: Any) -> int:
        return self._current().count(name, **filters)

    def article(self, article_key: str) -> dict[str, Any] | None:
        return self._current().article(article_key)

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        return self._current().search(query, limit=limit, offset=offset)

    def search_count(self, query: str) -> int:
        return self._current().search_count(query)

    def summary(self) -> dict[str, Any]:
        return self._current().summary()

    def close(self) -> None:
        """Close the copy and remove it."""
        if self._store is not None:
            self._store.close()
            self._store = None
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
