"""Publication dates for undated articles, and the event dates they make possible.

An article without a publication date cannot place "last week" or "on
Sunday". Its date is taken from its content, each time with the reason in its
``warnings``:

1. a wire dateline ("CARACAS, Jan 28 (Reuters) -"): the day it was filed;
2. else the corpus neighbour it tells the same story with: the dated article
   most similar to it (TF-IDF over words and actors, the measure of
   :mod:`~storyline.corpus.threads`), its publication day;
3. never earlier than the latest date the text itself places in the past: a
   full date ("July 25, 2019") or, when every dated article of the corpus was
   published in one calendar year, a month or month-day of that year
   ("August 5", "in March"); nor earlier than the start of an office a person
   is named in ("the head of the National Assembly, Juan Guaidó": not before
   2019-01-05, ``people.json``);
4. else, with that earliest possible day alone, the article is dated there (the
   reason says it is a lower bound); as its day is not known, its relative dates
   ("last week") stay unplaced and its events take that report date.

An article left with no clue stays undated with a warning.

In every dated article, an act told as done (not ``future``) cannot come after its
report: when its date words were placed later than the publication month, they are read
again as the nearest such date ("late January" in a March 2025 story, read as 2026-01, is
2025-01; "September's delivery" in November 2019 is 2019-09); when that date too is later
("due to meet in January", said in November), the act is a plan: ``status: "future"``,
not an act done on that date. Either way the article's ``warnings`` say so
(:func:`not_after_report`). A dated article gets
``published_from`` ``"content"``; its events' date words are resolved against
that date (a dateline or a neighbour) or placed in the corpus year (a lower
bound), and say ``date_from: "corpus"``. When only the year is known (the
corpus year, no clue for the day), its year-naming dates ("August 5") are placed
in it, as before.

>>> arts = [{"article_key": "a", "published": "2019-05-05", "events": []},
...         {"article_key": "b", "published": None, "body": "Talks on August 5 failed.",
...          "events": [{"date": None, "date_text": "August 5", "status": "asserted"}]}]
>>> corpus_year(arts)
2019
>>> b = with_inferred_dates(arts)[1]
>>> b["published"], b["published_from"], [e["date"] for e in b["events"]]
('2019-08-05', 'content', ['2019-08-05'])
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from .. import resources
from ..stages.actors.lexicon import slug
from ..stages.events.dates import MONTHS, resolve_date, resolve_in_year
from .articles import Article, day_of, fold, key_of
from .threads import links

_MONTH = r"(?:" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
#: Dates written out in a body: "July 25, 2019", "25 July 2019", "August 5", "in March".
_FULL = re.compile(r"\b(" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
                   r"|\d{1,2}\s+" + _MONTH + r"\s+(?:19|20)\d{2})\b", re.I)
_MONTH_DAY = re.compile(r"\b(" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+" + _MONTH +
                        r")\b(?!,?\s+\d{4})", re.I)
_IN_MONTH = re.compile(r"\b(?:in|since|early|late|mid-?)\s+(" + _MONTH + r")\b(?!\s+\d)", re.I)
#: A wire dateline at the head of the body: "CARACAS, Jan 28 (Reuters) -".
_DATELINE = re.compile(r"^\W*[A-Z][A-Za-z .'-]{1,40},\s+(?:[A-Z][A-Za-z .'-]+,\s+)?(" + _MONTH +
                       r"\s+\d{1,2})(?:,?\s+(\d{4}))?\s*\((?:Reuters|AP|AFP|Xinhua|UPI|dpa|"
                       r"Bloomberg|IANS|PTI|ANI|EFE)\)", re.I)


def corpus_year(articles: list[Article]) -> int | None:
    """The one year all dated articles were published in, or None (none dated, or several)."""
    years = {day[:4] for a in articles if (day := day_of(a.get("published")))}
    return int(years.pop()) if len(years) == 1 else None


def latest_named(body: str, year: int | None) -> tuple[str, str] | None:
    """The latest date a text names, as ``(YYYY-MM-DD, the words)``: full dates always,
    month-days and months in ``year`` when it is known.

    >>> latest_named("Talks began in March and failed on August 5.", 2019)
    ('2019-08-05', 'August 5')
    >>> latest_named("Talks failed on August 5.", None) is None
    True
    """
    found = []
    for m in _FULL.finditer(body):
        hit = resolve_date(m[1], None)
        if hit:
            found.append((hit[0], m[1]))
    if year is not None:
        for rx in (_MONTH_DAY, _IN_MONTH):
            for m in rx.finditer(body):
                hit = resolve_in_year(m[1], year)
                if hit:
                    found.append((hit[0], m[1]))
    return max(found) if found else None


#: Words of an office title that do not tell one office from another.
_GENERIC_TITLE = frozenset({"president", "minister", "prime", "vice", "secretary", "leader",
                            "head", "chief", "general", "of", "the", "and", "deputy", "acting"})


@cache
def _offices() -> dict[str, list[tuple[frozenset[str], str, str]]]:
    """``{person id: [(distinctive title words, title, from)]}`` of the dated offices of
    ``people.json`` whose title names its body ("National Assembly president")."""
    out: dict[str, list[tuple[frozenset[str], str, str]]] = {}
    for row in resources.data_json("people.json"):
        for role in row.get("roles") or []:
            title, start = role.get("title") or "", role.get("from")
            named = {w for w in re.findall(r"[A-Z][a-z]+", title)
                     if w.lower() not in _GENERIC_TITLE}
            if start and named:
                out.setdefault(slug(row["name"]), []).append(
                    (frozenset(fold(w) for w in named), title, start))
    return out


def office_floor(article: Article) -> tuple[str, str] | None:
    """The latest start of an office a person of the article is named in, as
    ``(YYYY-MM-DD, reason)``.

    >>> office_floor({"actors": [{"id": "juan_guaido", "name": "Juan Guaidó",
    ...                           "labels": ["head of the National Assembly"]}]})
    ('2019-01-05', 'Juan Guaidó named National Assembly president, an office held from 2019-01-05')
    """
    found = []
    for actor in article.get("actors") or []:
        said = {w for label in actor.get("labels") or [] for w in fold(label).split()}
        for named, title, start in _offices().get(actor.get("id") or "", []):
            if named <= said:
                found.append((start, f"{actor.get('name')} named {title}, an office held "
                                     f"from {start}"))
    return max(found) if found else None


def _dateline(body: str, year: int | None) -> tuple[str, str] | None:
    m = _DATELINE.match(body)
    if m is None:
        return None
    text = f"{m[1]} {m[2]}" if m[2] else m[1]
    hit = resolve_date(text, None) if m[2] else (
        resolve_in_year(m[1], year) if year is not None else None)
    return (hit[0], m[0].strip()) if hit else None


def infer_published(articles: list[Article]) -> dict[str, tuple[str, str, bool]]:
    """``{article_key: (YYYY-MM-DD, reason, exact)}`` for the undated articles whose content
    dates them (see the module docstring for the order of the clues); ``exact`` is False
    for a lower bound."""
    undated = [a for a in articles if not day_of(a.get("published"))]
    if not undated:
        return {}
    year = corpus_year(articles)
    published = {key_of(a): day for a in articles if (day := day_of(a.get("published")))}
    nearest: dict[str, tuple[float, str]] = {}
    for a, b, score in links(articles):
        for mine, other in ((a, b), (b, a)):
            if mine not in published and other in published:
                best = nearest.get(mine)
                if best is None or (score, other) > best:
                    nearest[mine] = (score, other)
    found: dict[str, tuple[str, str, bool]] = {}
    for article in undated:
        key, body = key_of(article), article.get("body") or ""
        line = _dateline(body, year)
        if line:
            found[key] = (line[0], f"wire dateline '{line[1]}'", True)
            continue
        named = latest_named(body, year)
        floor = max((f for f in (named and (named[0], f"the latest date it names, '{named[1]}'"),
                                 office_floor(article)) if f), default=None)
        if key in nearest:
            score, other = nearest[key]
            day = published[other]
            if floor is None or day >= floor[0]:
                found[key] = (day, f"published with {other}, which tells the same story "
                                   f"(similarity {score:.2f})", True)
                continue
        if floor is not None:
            found[key] = (floor[0], f"no earlier than {floor[0]}: {floor[1]}", False)
    return found


def with_inferred_dates(articles: list[Article]) -> list[Article]:
    """``articles`` with undated ones dated from their content (:func:`infer_published`),
    their events' date words resolved against that date; else, in a one-year corpus,
    their year-less month dates placed in that year. Articles are not changed; those that
    gain a date are copied, with the reason (or that none was found) in ``warnings``."""
    inferred = infer_published(articles)
    year = corpus_year(articles)
    out = []
    for a in articles:
        if day_of(a.get("published")):
            out.append(not_after_report(a))
            continue
        hit = inferred.get(key_of(a))
        if hit is None:
            warning = "publication date unknown: no date in the text and no dated neighbour"
            dated = _in_year(a, year) if year is not None else a
            out.append({**dated, "warnings": [*(a.get("warnings") or []), warning]})
            continue
        day, reason, exact = hit
        placed = _on_day(a, date.fromisoformat(day)) if exact else (
            _in_year(a, year) if year is not None else a)
        out.append({
            **placed, "published": day, "published_from": "content",
            "warnings": [*(a.get("warnings") or []), f"publication date {day} inferred: {reason}"],
        })
    return out


def not_after_report(article: Article) -> Article:
    """``article`` with each act told as done and dated after the month it was published in
    placed again: its date words read as the nearest such date when that is not after the
    report, else the act is a plan (``status: "future"``); a copy with a warning per act
    moved, or the article itself when none is.

    >>> a = {"published": "2025-03-12", "events": [
    ...     {"status": "asserted", "date": "2026-01-01", "date_precision": "month",
    ...      "date_text": "late January"},
    ...     {"status": "asserted", "date": "2025-04-01", "date_precision": "month",
    ...      "date_text": "next month"}]}
    >>> [(e["date"], e["status"]) for e in not_after_report(a)["events"]]
    [('2025-01-01', 'asserted'), ('2025-04-01', 'future')]
    """
    day = day_of(article.get("published"))
    events, warnings = [], []
    for e in article.get("events") or []:
        if not day or not e.get("date") or e.get("status") == "future" \
                or e["date"][:7] <= day[:7]:
            events.append(e)
            continue
        found = resolve_date(e.get("date_text") or "", date.fromisoformat(day), "present")
        if found is not None and found[0][:7] <= day[:7]:
            events.append({**e, "date": found[0], "date_precision": found[1],
                           "date_from": "corpus"})
            warnings.append(f"date of an act told as done placed before its report: "
                            f"'{e.get('date_text')}' is {found[0]}, not {e['date']}")
        else:
            events.append({**e, "status": "future"})
            warnings.append(f"an act dated after its report is a plan: "
                            f"'{e.get('date_text')}' ({e['date']}), status future")
    if not warnings:
        return article
    return {**article, "events": events, "warnings": [*(article.get("warnings") or []),
                                                      *warnings]}


def _on_day(article: Article, published: date) -> Article:
    return {**article, "events": [_event_on(e, published) for e in article.get("events") or []]}


def _event_on(event: dict[str, Any], published: date) -> dict[str, Any]:
    if event.get("date") or not event.get("date_text"):
        return event
    tense = "future" if event.get("status") == "future" else "past"
    found = resolve_date(event["date_text"], published, tense)
    if found is None:
        return event
    return {**event, "date": found[0], "date_precision": found[1], "date_from": "corpus"}


def _in_year(article: Article, year: int) -> Article:
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
