"""Dates for events of undated articles, from the year the rest of the corpus was written in.

An article without a publication date can only place dates that name their
year. When every dated article of the corpus falls in one calendar year, an
undated article's "August 5" or "in January" is taken to be in that year: a
story's coverage is read together, and the year is the one fact it lacks.
Such events get ``date_from: "corpus"``; relative dates ("last week",
"on Sunday") stay unplaced, as they need the day, not only the year.

>>> arts = [{"published": "2019-05-05", "events": []},
...         {"published": None, "events": [{"date": None, "date_text": "August 5"}]}]
>>> corpus_year(arts)
2019
>>> [e["date"] for e in with_corpus_year(arts)[1]["events"]]
['2019-08-05']
"""

from __future__ import annotations

from typing import Any

from ..stages.event_dates import resolve_in_year
from .articles import Article, day_of


def corpus_year(articles: list[Article]) -> int | None:
    """The one year all dated articles were published in, or None (none dated, or several)."""
    years = {day[:4] for a in articles if (day := day_of(a.get("published")))}
    return int(years.pop()) if len(years) == 1 else None


def with_corpus_year(articles: list[Article]) -> list[Article]:
    """``articles`` with the year-less dates of undated ones placed in the corpus year.

    Articles are not changed; those whose events gain a date are copied.
    """
    year = corpus_year(articles)
    if year is None:
        return articles
    return [_dated(a, year) if not day_of(a.get("published")) else a for a in articles]


def _dated(article: Article, year: int) -> Article:
    old = article.get("events") or []
    events = [_event_in_year(e, year) for e in old]
    if all(new is was for new, was in zip(events, old, strict=True)):
        return article
    return {**article, "events": events}


def _event_in_year(event: dict[str, Any], year: int) -> dict[str, Any]:
    if event.get("date") or not event.get("date_text"):
        return event
    found = resolve_in_year(event["date_text"], year)
    if found is None:
        return event
    return {**event, "date": found[0], "date_precision": found[1], "date_from": "corpus"}
