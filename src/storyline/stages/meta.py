"""The ``meta`` stage: outlet, title, URL, publication date, byline and language.

Values come, in order of trust, from the input record (JSON Lines / CSV
columns), the HTML markup (trafilatura, htmldate), and the metadata lines the
``clean`` stage set aside (site header, headline, byline, dateline, URL line);
the outlet also from the URL's domain (``data/outlets.json``) or a site
signature in the page furniture. Where two dates disagree, the better-supported
one is kept and the disagreement goes to ``warnings``. ``--published`` only
fills a date nothing else gives. Missing stays None, never a guess.

>>> from storyline.model import Article
>>> from storyline.settings import Settings
>>> a = Article(id="a", source="-", body="Both sides met in Oslo on Monday for a new round.")
>>> a._metadata = {"header": ["Talks resume in Oslo | News | DW | 05.05.2019"]}
>>> a = meta(a, Settings())
>>> a.outlet, a.published, a.published_from, a.title
('DW', '2019-05-05', 'header', 'Talks resume in Oslo')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from .. import resources
from ..model import Article
from ..pipeline import stage
from ..settings import Settings
from .clean.boilerplate import credit_of, url_of, wire_names
from .clean.dateline import find_dates

_SEGMENTS = re.compile(r"\s+[|•·»]\s+|\s+[–—-]\s+")
_DATE_LABEL = re.compile(r"^\s*(date|published|updated|posted)\s*:?\s*\S+\s*", re.I)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.I)
_FURNITURE = {"footer", "header", "navigation", "ad", "newsletter", "donation-appeal", "social",
              "cookie-banner", "metadata"}


@dataclass(frozen=True)
class _Date:
    iso: str
    source: str
    support: int


@stage(reads=("body", "removed", "language", "_metadata"),
       writes=("title", "url", "outlet", "published", "published_from", "byline", "language",
               "warnings"), version="2")
def meta(article: Article, settings: Settings) -> Article:
    """Fill the metadata fields of ``article`` from its record, markup and metadata lines."""
    lines = article._metadata
    article.url = article.url or _first(lines, "html:url") or _url(lines)
    article.title = article.title or _first(lines, "html:title") or _title(lines)
    article.outlet = (article.outlet or _first(lines, "html:outlet")
                      or outlet_of_url(article.url) or _signature(article))
    article.byline = _byline(article)
    _published(article, settings)
    language = article.language
    if language is not None and language not in settings.languages:
        article.warnings.append(
            f"language '{language}' is not among the analysed languages "
            f"({', '.join(settings.languages)}); no events or quotes are coded")
    return article


def _first(lines: dict[str, list[str]], role: str) -> str | None:
    values = lines.get(role)
    return values[0] if values else None


def _url(lines: dict[str, list[str]]) -> str | None:
    for text in lines.get("url", []):
        url = url_of(text)
        if url:
            return url if "://" in url else f"https://{url}"
    return None


def _header_segments(lines: dict[str, list[str]]) -> list[str]:
    return [seg.strip() for text in lines.get("header", []) for seg in _SEGMENTS.split(text)
            if seg.strip()]


def _title(lines: dict[str, list[str]]) -> str | None:
    title = _first(lines, "title")
    if title:
        return title
    segments = [_DATE_LABEL.sub("", s) for s in _header_segments(lines)]
    names = _alias_index()
    candidates = [s for s in segments if len(s.split()) >= 3 and not find_dates(s)
                  and s.casefold() not in names]
    return max(candidates, key=len) if candidates else None


@cache
def _outlets() -> list[dict]:
    return list(resources.data_json("outlets.json")["outlets"])


@cache
def _alias_index() -> dict[str, str]:
    return {alias.casefold(): o["name"] for o in _outlets() for alias in o["aliases"]}


@cache
def _alias_pattern() -> re.Pattern[str]:
    aliases = sorted(_alias_index(), key=len, reverse=True)
    return re.compile(r"(?<![\w/])(" + "|".join(re.escape(a) for a in aliases) + r")(?![\w/])",
                      re.I)


def outlet_of_url(url: str | None) -> str | None:
    """The outlet publishing under ``url``'s domain: its name when known, else the domain.

    >>> outlet_of_url("https://www.themoscowtimes.com/2019/07/25/a-66565")
    'The Moscow Times'
    >>> outlet_of_url("https://news.example.org/a") , outlet_of_url(None)
    ('news.example.org', None)
    """
    if not url:
        return None
    host = urlsplit(url if "://" in url else f"https://{url}").hostname or ""
    host = host.lower().removeprefix("www.")
    if not host or "." not in host:
        return None
    for outlet in _outlets():
        for domain in outlet["domains"]:
            if host == domain or host.endswith("." + domain):
                return str(outlet["name"])
    return host


def _signature(article: Article) -> str | None:
    """An outlet named by the page furniture: a header segment, then footer/ad lines."""
    names = _alias_index()
    for segment in _header_segments(article._metadata):
        name = names.get(segment.casefold())
        if name:
            return name
    pattern = _alias_pattern()
    counts: dict[str, int] = {}
    for removed in article.removed:
        copyright_line = bool(_COPYRIGHT.search(removed.text))
        if removed.reason not in _FURNITURE and not copyright_line:
            continue
        for m in pattern.finditer(removed.text):
            name = names[m.group(1).casefold()]
            if copyright_line or name not in wire_names():
                counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else None


_INBODY_CREDIT = re.compile(r"^[^\n()]{0,80}?\(([A-Za-z][\w .,/&-]{1,40})\)\s*[-–—]")


def _byline(article: Article) -> str | None:
    if article.byline:
        return article.byline
    for text in article._metadata.get("byline", []):
        credit = credit_of(text)
        if credit:
            return credit
    author = _first(article._metadata, "html:byline")
    if author:
        return author
    m = _INBODY_CREDIT.match(article.body)
    if m:
        return credit_of(f"({m.group(1)})")
    return None


def _candidates(article: Article) -> list[_Date]:
    lines = article._metadata
    found: list[_Date] = []
    for iso in find_dates(_first(lines, "html:date") or ""):
        found.append(_Date(iso, "html", 3))
    for text in lines.get("header", []):
        for seg in _SEGMENTS.split(text):
            labelled = bool(_DATE_LABEL.match(seg))
            for iso in find_dates(seg):
                bare = not labelled and len(seg.split()) <= 3
                found.append(_Date(iso, "header", 3 if bare else 2))
    for text in lines.get("byline", []):
        for iso in find_dates(text):
            found.append(_Date(iso, "byline", 3))
    for role, source in (("byline-date", "byline"), ("date", "dateline")):
        for text in lines.get(role, []):
            for iso in find_dates(text, fallback=True)[:1]:
                found.append(_Date(iso, source, 3 if role == "byline-date" else 2))
    return found


def _published(article: Article, settings: Settings) -> None:
    candidates = _candidates(article)
    if article.published:
        article.published = (find_dates(article.published) or [article.published])[0]
        article.published_from = article.published_from or "record"
        chosen = _Date(article.published, article.published_from, 9)
    elif candidates:
        chosen = max(candidates, key=lambda c: c.support)
        article.published, article.published_from = chosen.iso, chosen.source
    elif settings.published:
        article.published, article.published_from = settings.published, "option"
        return
    else:
        return
    others = sorted({(c.iso, c.source) for c in candidates if c.iso != chosen.iso})
    if others:
        article.warnings.append(
            f"publication date: kept {chosen.iso} ({chosen.source}) over "
            + ", ".join(f"{iso} ({source})" for iso, source in others))
