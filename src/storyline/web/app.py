"""The local web app: the story as pages, search, and a JSON API over a store.

``storyline serve --db FILE`` serves :func:`create_app` with uvicorn on 127.0.0.1
unless told otherwise, over a read-only snapshot of the store
(:mod:`storyline.web.snapshot`), so that a build can run while it serves.

>>> from fastapi.testclient import TestClient
>>> class Empty:
...     def view(self, name, **filters): return []
...     def summary(self): return {"articles": 0}
>>> TestClient(create_app(Empty())).get("/api/summary").json()
{'articles': 0}
"""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from .. import __version__
from ..report.story import StoreReader, Story, build_story, read_views
from . import api, pages
from .errors import install_error_handlers
from .guard import Guard

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


class SharedStore:
    """A store shared by the server's worker threads: one call at a time, the story built
    once under a lock (again when a refreshed snapshot brings a new generation).

    Args:
        store: an open store (read-only for the server), or a
            :class:`~storyline.web.snapshot.Snapshot`.
    """

    def __init__(self, store: StoreReader) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._build = threading.RLock()
        self._story: Story | None = None
        self._pages: dict[str, str] = {}
        self._generation = getattr(store, "generation", 0)

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            result = getattr(self._store, method)(*args, **kwargs)
            generation = getattr(self._store, "generation", 0)
            if generation != self._generation:
                self._generation, self._story, self._pages = generation, None, {}
            return result

    def view(self, name: str, **filters: Any) -> list[dict[str, Any]]:
        return self._call("view", name, **filters)

    def count(self, name: str, **filters: Any) -> int:
        return self._call("count", name, **filters)

    def search_count(self, query: str) -> int:
        return self._call("search_count", query)

    def article(self, article_key: str) -> dict[str, Any] | None:
        return self._call("article", article_key)

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        return self._call("search", query, limit=limit, offset=offset)

    def summary(self) -> dict[str, Any]:
        """The store's counts, without the path of its file."""
        return {k: v for k, v in self._call("summary").items() if k != "path"}

    def story(self) -> Story:
        """The story of every view, built once (by one thread; the others wait) and kept."""
        with self._build:
            if self._story is None:
                self._story = build_story(read_views(self))
            return self._story

    def page(self, name: str, render: Callable[[Story], str]) -> str:
        """The story page ``name``, rendered once from the story and kept."""
        with self._build:
            if name not in self._pages:
                self._pages[name] = render(self.story())
            return self._pages[name]


def create_app(store: StoreReader, *, allowed_hosts: Iterable[str] | None = None) -> FastAPI:
    """The web app over an open ``store``.

    Args:
        store: an open store (``storyline.store.Store`` or anything with its read API).
        allowed_hosts: host names accepted in the ``Host`` header; ``None`` accepts any.

    Returns:
        The FastAPI app: pages at ``/``, the JSON API under ``/api``, its OpenAPI
        schema at ``/openapi.json`` and an offline description at ``/docs``.
    """
    shared = SharedStore(store)
    app = FastAPI(
        title="storyline",
        version=__version__,
        description="Events, actors, quotes, timeline and outlet comparison of a storyline "
                    "store. Lists are paginated with `limit` and `offset`; every error "
                    'answers `{"error": {"status", "code", "message"}}`.',
        docs_url=None,
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
    )
    app.state.store = shared
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(Guard, allowed_hosts=allowed_hosts)
    return app


def hosts_for(host: str) -> list[str] | None:
    """The ``Host`` names to accept when serving on ``host``; ``None`` (any) when not loopback.

    >>> hosts_for("127.0.0.1")
    ['127.0.0.1', 'localhost', '::1']
    >>> hosts_for("0.0.0.0") is None
    True
    """
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    return list(LOOPBACK_NAMES) if loopback else None


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the store ``db`` (opened read-only) until interrupted.

    Args:
        db: the DuckDB store written by ``storyline build``.
        host: the address to bind; loopback by default.
        port: the TCP port.
    """
    import uvicorn

    from .http import JsonErrorProtocol
    from .snapshot import Snapshot

    with Snapshot(str(db)) as store:
        app = create_app(store, allowed_hosts=hosts_for(host))
        app.state.store.story()  # drawn before the first request, not during it
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False,
                    limit_concurrency=256, timeout_keep_alive=5, http=JsonErrorProtocol,
                    h11_max_incomplete_event_size=16 * 1024)
