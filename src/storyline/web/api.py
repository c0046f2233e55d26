"""The JSON API: the corpus views of docs/CORPUS.md, paginated, plus search.

Each view of the registry (:data:`storyline.corpus.REGISTRY`) answers at
``/api/NAME``, with the query filters it declares.

Every list answers ``{"items": [...], "limit", "offset", "count", "next_offset"}``;
``next_offset`` is ``null`` on the last page. Errors use the one shape of
:mod:`storyline.web.errors`.
"""

from __future__ import annotations

import inspect
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from ..corpus import REGISTRY
from ..corpus.views import View
from ..report.story import StoreReader
from .errors import ErrorResponse

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
KEY_PATTERN = r"^[0-9A-Za-z_-]{1,64}$"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class Page(BaseModel):
    """One page of a view."""

    items: list[dict[str, Any]] = Field(description="Rows in the shape of docs/CORPUS.md.")
    limit: int = Field(description="The page size asked for.")
    offset: int = Field(description="How many rows were skipped.")
    count: int = Field(description="Rows matching the query in all pages.")
    next_offset: int | None = Field(description="Offset of the next page; null on the last.")


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size (at most {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Actor = Annotated[str | None, Query(max_length=200, description="An actor_id.")]
EventType = Annotated[str | None, Query(
    max_length=40, pattern=r"^[A-Za-z_-]+$",
    description="A PLOVER event type (SUPPORT), an actor's or a quote's kind (person, direct)"
                " or an alliance's relation.")]
Outlet = Annotated[str | None, Query(max_length=200, description="An outlet name.")]
DateFrom = Annotated[str | None, Query(pattern=DATE_PATTERN,
                                       description="First event date, YYYY[-MM[-DD]].")]
DateTo = Annotated[str | None, Query(pattern=DATE_PATTERN,
                                     description="Last event date, YYYY[-MM[-DD]].")]

#: The query parameter of each filter of ``Store.view``.
FILTERS = {"actor": Actor, "type": EventType, "outlet": Outlet, "date_from": DateFrom,
           "date_to": DateTo}

ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorResponse, "description": "A query parameter is invalid."},
}
router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


def reader(request: Request) -> StoreReader:
    """The app's store (opened read-only by :func:`storyline.web.app.create_app`)."""
    return request.app.state.store


def page(store: StoreReader, view: str, limit: int, offset: int, **filters: Any) -> Page:
    """One page of ``view``: asks for one row more than ``limit`` to know if more follow."""
    given = {k: v for k, v in filters.items() if v not in (None, "")}
    rows = store.view(view, limit=limit + 1, offset=offset, **given)
    return Page(items=rows[:limit], limit=limit, offset=offset,
                count=store.count(view, **given),
                next_offset=offset + limit if len(rows) > limit else None)


@router.get("/summary", summary="Counts of the store")
def summary(request: Request) -> dict[str, Any]:
    """How many articles, events, actors, quotes... the store holds."""
    return reader(request).summary()


@router.get("/articles/{article_key}", summary="One article in full",
            responses={404: {"model": ErrorResponse, "description": "No such article."}})
def article(request: Request,
            article_key: Annotated[str, Path(pattern=KEY_PATTERN,
                                             description="The store's key of the article.")]
            ) -> dict[str, Any]:
    """The analysed article: body, removed lines, actors, events, quotes."""
    found = reader(request).article(article_key)
    if found is None:
        raise HTTPException(404, f"no article with key {article_key}")
    return found


def refuse_unknown(request: Request, filters: tuple[str, ...]) -> None:
    """A 422 naming a query parameter the route does not take ("date_fro") and those it
    takes, rather than a full answer that ignores it."""
    takes = (*filters, "limit", "offset")
    unknown = sorted(set(request.query_params) - set(takes))
    if unknown:
        raise HTTPException(422, f"unknown query parameter(s) {', '.join(unknown)} for "
                                 f"{request.url.path}; it takes {', '.join(takes)}")


def view_route(view: View) -> None:
    """Add the route ``/api/NAME`` of ``view``: one page of its rows, filtered by the
    query parameters its :attr:`~storyline.corpus.views.View.filters` name (the fields
    the view leaves out, ``heavy``, are in ``/api/articles/{article_key}`` only)."""

    def endpoint(request: Request, limit: int, offset: int, **filters: Any) -> Page:
        refuse_unknown(request, view.filters)
        result = page(reader(request), view.name, limit, offset, **filters)
        if view.heavy:
            result.items = [{k: v for k, v in row.items() if k not in view.heavy}
                            for row in result.items]
        return result

    keyword = inspect.Parameter.KEYWORD_ONLY
    endpoint.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                           annotation=Request)]
        + [inspect.Parameter(name, keyword, default=None, annotation=FILTERS[name])
           for name in view.filters]
        + [inspect.Parameter("limit", keyword, default=DEFAULT_LIMIT, annotation=Limit),
           inspect.Parameter("offset", keyword, default=0, annotation=Offset)])
    endpoint.__doc__ = view.doc
    endpoint.__name__ = view.name
    router.get(f"/{view.name}", summary=view.summary, response_model=Page)(endpoint)


for _view in REGISTRY.values():
    view_route(_view)


@router.get("/search", summary="Search article text", response_model=Page)
def search(request: Request,
           q: Annotated[str, Query(min_length=1, max_length=200, description="Words to find.")],
           limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Page:
    """Articles whose title or body contain all the words, with a snippet."""
    refuse_unknown(request, ("q",))
    store = reader(request)
    rows = store.search(q, limit=limit + 1, offset=offset)
    return Page(items=rows[:limit], limit=limit, offset=offset, count=store.search_count(q),
                next_offset=offset + limit if len(rows) > limit else None)
