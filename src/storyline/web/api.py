"""The JSON API: the corpus views of docs/CORPUS.md, paginated, plus search.

Every list answers ``{"items": [...], "limit", "offset", "count", "next_offset"}``;
``next_offset`` is ``null`` on the last page. Errors use the one shape of
:mod:`storyline.web.errors`.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from ..report.story import StoreReader
from .errors import ErrorResponse

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
KEY_PATTERN = r"^[0-9A-Za-z_-]{1,64}$"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
HEAVY = ("body", "removed", "actors", "events", "quotes")  # in /api/articles/{key} only


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
EventType = Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z_]+$",
                                        description="A PLOVER event type, e.g. SUPPORT.")]
Outlet = Annotated[str | None, Query(max_length=200, description="An outlet name.")]
DateFrom = Annotated[str | None, Query(pattern=DATE_PATTERN,
                                       description="First event date, YYYY[-MM[-DD]].")]
DateTo = Annotated[str | None, Query(pattern=DATE_PATTERN,
                                     description="Last event date, YYYY[-MM[-DD]].")]

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


@router.get("/events", summary="Events, each with its mentions", response_model=Page)
def events(request: Request, actor: Actor = None, type: EventType = None, outlet: Outlet = None,
           date_from: DateFrom = None, date_to: DateTo = None, limit: Limit = DEFAULT_LIMIT,
           offset: Offset = 0) -> Page:
    """PLOVER events merged across articles, with every mention and its sentence."""
    return page(reader(request), "events", limit, offset, actor=actor, type=type,
                outlet=outlet, date_from=date_from, date_to=date_to)


@router.get("/actors", summary="Actors resolved across articles", response_model=Page)
def actors(request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Page:
    """Actors of the registry, with aliases, labels per outlet and counts."""
    return page(reader(request), "actors", limit, offset)


@router.get("/quotes", summary="Quotes attributed to speakers", response_model=Page)
def quotes(request: Request, actor: Actor = None, outlet: Outlet = None,
           limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Page:
    """Quotes; ``actor`` selects a speaker by actor_id."""
    return page(reader(request), "quotes", limit, offset, actor=actor, outlet=outlet)


@router.get("/articles", summary="Articles (metadata)", response_model=Page)
def articles(request: Request, outlet: Outlet = None, date_from: DateFrom = None,
             date_to: DateTo = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Page:
    """Articles without their text: key, title, outlet, date, URL, duplicate_of.

    ``/api/articles/{article_key}`` gives one article in full.
    """
    result = page(reader(request), "articles", limit, offset, outlet=outlet,
                  date_from=date_from, date_to=date_to)
    result.items = [{k: v for k, v in a.items() if k not in HEAVY} for a in result.items]
    return result


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


@router.get("/timeline", summary="Events by event date", response_model=Page)
def timeline(request: Request, actor: Actor = None, type: EventType = None,
             outlet: Outlet = None, date_from: DateFrom = None, date_to: DateTo = None,
             limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Page:
    """The timeline, sorted by event date, undated events last."""
    return page(reader(request), "timeline", limit, offset, actor=actor, type=type,
                outlet=outlet, date_from=date_from, date_to=date_to)


@router.get("/alliances", summary="Who backs or opposes whom", response_model=Page)
def alliances(request: Request, actor: Actor = None, type: EventType = None,
              limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Page:
    """Pairs of actors with the relation, its sign and the evidence."""
    return page(reader(request), "alliances", limit, offset, actor=actor, type=type)


@router.get("/comparison", summary="How each outlet told the story", response_model=Page)
def comparison(request: Request, outlet: Outlet = None, limit: Limit = DEFAULT_LIMIT,
               offset: Offset = 0) -> Page:
    """Per outlet: labels per actor, whom it quotes, events it alone reports or leaves out."""
    return page(reader(request), "comparison", limit, offset, outlet=outlet)


@router.get("/contradictions", summary="Where outlets contradict each other",
            response_model=Page)
def contradictions(request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Page:
    """Events on which outlets disagree, with the sentences."""
    return page(reader(request), "contradictions", limit, offset)


@router.get("/threads", summary="Story threads: articles about the same incident",
            response_model=Page)
def threads(request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Page:
    """Threads of articles, earliest first, each with its article keys."""
    return page(reader(request), "threads", limit, offset)


@router.get("/search", summary="Search article text", response_model=Page)
def search(request: Request,
           q: Annotated[str, Query(min_length=1, max_length=200, description="Words to find.")],
           limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Page:
    """Articles whose title or body contain all the words, with a snippet."""
    store = reader(request)
    rows = store.search(q, limit=limit + 1, offset=offset)
    return Page(items=rows[:limit], limit=limit, offset=offset, count=store.search_count(q),
                next_offset=offset + limit if len(rows) > limit else None)
