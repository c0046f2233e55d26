"""The local web app: the story as pages, search, and a JSON API over a store.

``storyline serve --db FILE`` opens the store read-only and serves
:func:`create_app` with uvicorn on 127.0.0.1 unless told otherwise.

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
    """A store shared by the server's worker threads: one call at a time, story built once.

    Args:
        store: an open store (read-only for the server).
    """

    def __init__(self, store: StoreReader) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._building = threading.Lock()  # one story build at a time (charts are drawn)
        self._story: Story | None = None
        self._pages: dict[str, str] = {}

    def view(self, name: str, **filters: Any) -> list[dict[str, Any]]:
        with self._lock:
            return self._store.view(name, **filters)

    def count(self, name: str, **filters: Any) -> int:
        with self._lock:
            return self._store.count(name, **filters)

    def search_count(self, query: str) -> int:
        with self._lock:
            return self._store.search_count(query)

    def article(self, article_key: str) -> dict[str, Any] | None:
        with self._lock:
            return self._store.article(article_key)

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        with self._lock:
            return self._store.search(query, limit=limit, offset=offset)

    def summary(self) -> dict[str, Any]:
        with self._lock:
            return self._store.summary()

    def story(self) -> Story:
        """The story of every view, built once (the first callers wait for it) and kept."""
        if self._story is None:
            with self._building:
                if self._story is None:
                    self._story = build_story(read_views(self))
        return self._story

    def page(self, name: str, render: Callable[[Story], str]) -> str:
        """The story page ``name``, rendered from the story on first use and kept."""
        html = self._pages.get(name)
        if html is None:
            html = render(self.story())
            with self._lock:
                html = self._pages.setdefault(name, html)
        return html


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

    from ..store import Store

    with Store.open(db, read_only=True) as store:
        app = create_app(store, allowed_hosts=hosts_for(host))
        app.state.store.story()  # drawn before the first request, not during it
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False,
                    limit_concurrency=256, timeout_keep_alive=5,
                    h11_max_incomplete_event_size=16 * 1024)
