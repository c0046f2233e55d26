"""The outer guard of the web app: security headers, request bounds, no tracebacks.

A plain ASGI middleware around the whole app:

- every response gets security headers (a strict Content-Security-Policy,
  ``nosniff``, no framing, no referrer);
- requests with a URL longer than :data:`MAX_URL` (414) or a declared body larger
  than :data:`MAX_BODY` (413) are refused before any route runs (no route reads a
  body: the app answers GET and HEAD only);
- requests for a ``Host`` not in ``allowed_hosts`` are refused (400), so a web
  page elsewhere cannot reach the local server by DNS rebinding;
- an unexpected exception becomes a 500 in the one JSON error shape, logged
  on the server, never a traceback to the client.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import error_body

log = logging.getLogger("storyline.web")

MAX_URL = 2048
MAX_BODY = 16 * 1024
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


class Guard:
    """ASGI middleware applying the rules of this module to ``app``.

    Args:
        app: the wrapped ASGI app.
        allowed_hosts: host names (without port) accepted in the ``Host`` header;
            ``None`` accepts any.
    """

    def __init__(self, app: ASGIApp, allowed_hosts: Iterable[str] | None = None) -> None:
        self.app = app
        self.allowed_hosts = None if allowed_hosts is None else {h.lower() for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal is not None:
            await _send_error(send, *refusal)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()
                         if k.encode() not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            log.exception("error while answering %s", scope.get("path"))
            if started:
                raise
            await _send_error(send, 500, "internal error; the server log has the details")

    def _refusal(self, scope: Scope) -> tuple[int, str] | None:
        """``(status, message)`` when the request breaks a bound, else ``None``."""
        length = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
        if length > MAX_URL:
            return 414, f"URL longer than {MAX_URL} bytes"
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > MAX_BODY:
            return 413, f"request body larger than {MAX_BODY} bytes"
        if self.allowed_hosts is not None:
            host = headers.get(b"host", b"").decode("latin-1").lower()
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name.strip("[]") not in self.allowed_hosts:
                return 400, "unexpected Host header; open the app by its local address"
        return None


async def _send_error(send: Send, status: int, message: str) -> None:
    body = json.dumps(error_body(status, message)).encode("utf-8")
    headers: list[Any] = [(b"content-type", b"application/json"),
                          (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
