"""The HTML pages of the web app: the story views, one article, search, API docs.

Pages are drawn by the same Jinja macros as the HTML report; their CSS and
script are served from fixed routes (never from a path in the request).
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..report.render import asset, environment
from ..report.story import outlet_reason, paragraphs
from .api import DEFAULT_LIMIT, KEY_PATTERN, Limit, Offset, reader

router = APIRouter(include_in_schema=False)
SECTIONS = {"story": "Story", "timeline": "Timeline", "network": "Network", "comparison": "Outlets",
            "quotes": "Quotes", "actors": "Actors", "articles": "Articles"}
ASSET_TYPES = {"story.css": "text/css; charset=utf-8",
               "story.js": "text/javascript; charset=utf-8"}


@cache
def templates() -> jinja2.Environment:
    """The web templates, with the report's macros beside them."""
    return environment(jinja2.PackageLoader("storyline.web", "templates"))


def html(name: str, **context: Any) -> str:
    context.setdefault("q", "")
    return templates().get_template(name).render(sections=SECTIONS, **context)


def render(name: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(html(name, **context))


def story_page(request: Request, show: list[str], active: str | None) -> HTMLResponse:
    """A story page, rendered once per app (the store is read-only) and then reused."""
    page = request.app.state.store.page(active or "", lambda story: html(
        "story.html.j2", story=story, show=show, active=active))
    return HTMLResponse(page)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """The story on one screen: main events, camps, how the outlets differ, attention."""
    return story_page(request, ["story"], "story")


def _section_page(name: str) -> Any:
    def section(request: Request) -> HTMLResponse:
        return story_page(request, [name], name)

    section.__doc__ = f"The {SECTIONS[name].lower()} of the story."
    return section


for _name in SECTIONS:
    if _name == "story":
        continue
    router.add_api_route(f"/{_name}", _section_page(_name), methods=["GET"],
                         response_class=HTMLResponse, name=f"page_{_name}")


@router.get("/articles/{article_key}", response_class=HTMLResponse)
def article_page(request: Request,
                 article_key: Annotated[str, Path(pattern=KEY_PATTERN)]) -> HTMLResponse:
    """One article: text, removed boilerplate, its events and quotes."""
    found = reader(request).article(article_key)
    if found is None:
        raise HTTPException(404, f"no article with key {article_key}")
    article = {**found, "paragraphs": paragraphs(found.get("body")),
               "outlet_reason": outlet_reason(found)}
    return render("article.html.j2", article=article, active="articles")


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request,
                q: Annotated[str, Query(max_length=200)] = "",
                limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> HTMLResponse:
    """Search across article titles and text."""
    rows = reader(request).search(q, limit=limit + 1, offset=offset) if q.strip() else []
    return render("search.html.j2", q=q, hits=rows[:limit], limit=limit, offset=offset,
                  more=len(rows) > limit, active="search")


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API described from its OpenAPI schema, with no external assets."""
    schema = request.app.openapi()
    endpoints = [{"path": path, "method": method.upper(), "summary": op.get("summary", ""),
                  "description": op.get("description", ""),
                  "parameters": op.get("parameters", [])}
                 for path, ops in schema.get("paths", {}).items()
                 for method, op in ops.items()]
    return render("docs.html.j2", endpoints=endpoints, info=schema.get("info", {}),
                  active="docs")


@router.get("/assets/{name}")
def assets(name: str) -> Response:
    """The page stylesheet and script (a fixed list; nothing else is served)."""
    if name not in ASSET_TYPES:
        raise HTTPException(404, f"no asset {name}")
    return Response(asset(name), media_type=ASSET_TYPES[name],
                    headers={"cache-control": "public, max-age=3600"})
