"""The one error shape of the HTTP API.

Every error the app answers — an unknown route or article (404), a bad query
(422), a method not allowed (405), a request too large (413/414) or a bug (500) —
has the same body::

    {"error": {"status": 404, "code": "not_found", "message": "...", "details": [...]}}

``details`` is present only for validation errors (which parameter, what is wrong).

>>> error_body(404, "no article abc")
{'error': {'status': 404, 'code': 'not_found', 'message': 'no article abc'}}
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import OptionError


class ErrorDetail(BaseModel):
    """What went wrong, for people and for programs."""

    status: int
    code: str
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorResponse(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


def error_code(status: int) -> str:
    """A stable snake_case code for an HTTP status.

    >>> error_code(422), error_code(500)
    ('unprocessable_entity', 'internal_server_error')
    """
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        return "error"
    return phrase.lower().replace(" ", "_").replace("-", "_").replace("'", "")


def error_body(status: int, message: str,
               details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The error object for ``status`` with a human message."""
    body: dict[str, Any] = {"status": status, "code": error_code(status), "message": message}
    if details is not None:
        body["details"] = details
    return {"error": body}


def error_response(status: int, message: str, details: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """A JSON response in the one error shape."""
    return JSONResponse(error_body(status, message, details), status_code=status, headers=headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Where each bad value is and what is wrong with it (never the value itself)."""
    return [{"location": ".".join(str(p) for p in err.get("loc", ())),
             "message": str(err.get("msg", ""))} for err in exc.errors()]


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    if exc.status_code == 404 and message == "Not Found":
        message = f"nothing at {request.url.path}; see /docs for the API"
    return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = _validation_details(exc)
    where = ", ".join(d["location"] for d in details) or "request"
    return error_response(422, f"invalid request parameter(s): {where}", details)


async def _option_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, OptionError)
    details = [{"location": f"query.{exc.option}", "message": exc.valid}]
    return error_response(422, str(exc), details)


def install_error_handlers(app: FastAPI) -> None:
    """Answer HTTP and validation errors of ``app`` in the one JSON error shape.

    Unexpected exceptions become a 500 in the same shape in :mod:`storyline.web.guard`.
    """
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(OptionError, _option_error)
