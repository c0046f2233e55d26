"""Render the story as one self-contained HTML file.

Article text is untrusted: templates autoescape every value, the embedded JSON
escapes ``<``, ``>`` and ``&`` (so neither ``</script>`` nor ``<!--`` can end its
block), the page script only ever sets ``textContent``, and a
Content-Security-Policy lets run just the one script and style shipped here (by hash).

>>> '</script>' in embed_json({"t": "</script><!--"})
False
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from ..corpus.timeline import when
from ..errors import ExportError
from .story import StoreReader, Story, build_story, read_views, speaker_label

ASSETS = ("story.css", "story.js")


@cache
def asset(name: str) -> str:
    """The text of a page asset shipped beside the templates (``story.css``, ``story.js``)."""
    if name not in ASSETS:
        raise KeyError(name)
    return (resources.files("storyline.report") / "templates" / name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    """The CSP source expression that allows exactly this inline script or style.

    >>> csp_hash("")
    "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    """
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def embed_json(value: Any) -> str:
    """JSON safe inside ``<script type="application/json">`` (and any HTML context).

    >>> embed_json({"a": "<b>&"})
    '{"a": "\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, default=str)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def environment(*extra: jinja2.BaseLoader) -> jinja2.Environment:
    """A Jinja environment with autoescape on, reading our templates (and ``extra`` loaders)."""
    loader = jinja2.ChoiceLoader([*extra, jinja2.PackageLoader("storyline.report", "templates")])
    env = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["embed_json"] = lambda v: jinja2.utils.markupsafe.Markup(embed_json(v))
    env.filters["when"] = when
    env.globals["speaker_label"] = speaker_label
    return env


@cache
def _report_template() -> jinja2.Template:
    return environment().get_template("report.html.j2")


def render_story(story: Story, *, title: str = "storyline report") -> str:
    """The HTML of the self-contained report for ``story``.

    >>> html = render_story(build_story({}))
    >>> html.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in html
    True
    """
    css, js = asset("story.css"), asset("story.js")
    csp = ("default-src 'none'; "
           f"script-src {csp_hash(js)}; style-src {csp_hash(css)}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    return _report_template().render(story=story, title=title, css=css, js=js, csp=csp)


def render_report(store: StoreReader, *, title: str = "storyline report") -> str:
    """The self-contained HTML report of every view in ``store``."""
    return render_story(build_story(read_views(store)), title=title)


def write_report(db: str | Path, out: str | Path, *, title: str = "storyline report") -> Path:
    """Open the store ``db`` read-only and write its report to ``out``.

    Args:
        db: the DuckDB store written by ``storyline build``.
        out: the HTML file to write (its folder must exist).
        title: the page title.

    Returns:
        The path written.

    Raises:
        ExportError: ``out`` is not named ``.html`` or ``.htm`` (before the store is read).
    """
    from ..store import Store

    if Path(out).suffix.lower() not in (".html", ".htm"):
        raise ExportError(f"cannot write the report to {out}: it is one HTML file; "
                          "name it .html")
    with Store.open(db, read_only=True) as store:
        html = render_report(store, title=title)
    path = Path(out)
    path.write_text(html, encoding="utf-8")
    return path
