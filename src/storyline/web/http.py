"""Malformed HTTP answered in the API's one JSON error shape.

uvicorn answers a request it cannot parse (a broken request line, a bad header)
with a plain-text 400 before any app code runs; :class:`JsonErrorProtocol` is its
HTTP/1.1 protocol with that answer in the shape of :mod:`storyline.web.errors`.
"""

from __future__ import annotations

import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .errors import error_body
from .guard import SECURITY_HEADERS


class JsonErrorProtocol(H11Protocol):
    """uvicorn's h11 protocol, answering malformed requests with a JSON 400."""

    def send_400_response(self, msg: str) -> None:
        body = json.dumps(error_body(400, f"malformed HTTP request: {msg}")).encode()
        headers = [(b"content-type", b"application/json"), (b"connection", b"close"),
                   (b"content-length", str(len(body)).encode())]
        headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
        for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
                      h11.Data(data=body), h11.EndOfMessage()):
            self.transport.write(self.conn.send(event))
        self.transport.close()
