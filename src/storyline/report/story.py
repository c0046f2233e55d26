"""The story page model: the corpus views arranged the way a person reads them.

The HTML report and the web app both draw this model. It is built from the
views of docs/CORPUS.md only (read from a store through :class:`StoreReader`),
so any store or fake that answers ``view(name)`` can be shown.

>>> story = build_story({"events": [], "timeline": [], "articles": []})
>>> story.summary["events"], story.timeline
(0, [])
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..corpus import REGISTRY
from ..corpus.articles import UNKNOWN_OUTLET
from ..corpus.timeline import when
from ..stages.actors.gender import pronoun_gender
from .charts import Chart, actors_chart, attention_chart, types_chart
from .network import Network, layout

ARTICLE_META = ("article_key", "title", "outlet", "published", "url", "duplicate_of")
UNDATED = "undated"
#: Main events told on the story's first screen.
LEAD_EVENTS = 6
#: An outlet's own words overall shown in the comparison (the most telling first).
VOICE_WORDS = 12
#: Actors whose labels per outlet the first screen sets side by side.
LEAD_LABELS = 4
#: Story threads (incidents told by several articles) on the first screen.
LEAD_THREADS = 4


class StoreReader(Protocol):
    """What the report and the web app need from a store (``storyline.store.Store``)."""

    def view(self, name: str, **filters: Any) -> list[dict[str, Any]]: ...

    def count(self, name: str, **filters: Any) -> int: ...

    def search_count(self, query: str) -> int: ...

    def article(self, article_key: str) -> dict[str, Any] | None: ...

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]: ...

    def summary(self) -> dict[str, Any]: ...


@dataclass
class Story:
    """Everything a story page shows, ready for a template."""

    summary: dict[str, int | str | None]
    timeline: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    network: Network
    outlets: list[str]
    comparison: dict[str, Any]
    speakers: list[dict[str, Any]]
    articles: list[dict[str, Any]]
    contradictions: list[dict[str, Any]]
    threads: list[dict[str, Any]]
    filters: dict[str, Any]
    lead: dict[str, Any] = field(default_factory=dict)
    charts: dict[str, Chart] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)


def read_views(store: StoreReader) -> dict[str, list[dict[str, Any]]]:
    """Every corpus view of ``store``, by name, articles with their text.

    The ``articles`` view of a store lists articles without their text; each is
    completed from ``store.article(key)``.

    >>> class Empty:
    ...     def view(self, name, **filters): return []
    >>> sorted(read_views(Empty())) == sorted(REGISTRY)
    True
    """
    views = {name: store.view(name) for name in REGISTRY}
    views["articles"] = [row if "body" in row else
                         {**(store.article(str(row.get("article_key"))) or {}), **row}
                         for row in views["articles"]]
    return views


def paragraphs(text: str | None) -> list[str]:
    """The paragraphs of an article body (split on blank lines, else on lines).

    >>> paragraphs("One.\\n\\nTwo\\nlines.")
    ['One.', 'Two\\nlines.']
    """
    text = (text or "").strip()
    if not text:
        return []
    parts = re.split(r"\n\s*\n", text)
    if len(parts) == 1:
        parts = text.splitlines()
    return [p.strip() for p in parts if p.strip()]


def _names(ids: Sequence[str] | None, names: Sequence[str] | None) -> list[dict[str, str]]:
    ids, names = list(ids or []), list(names or [])
    return [{"id": aid, "name": names[i] if i < len(names) else aid} for i, aid in enumerate(ids)]


def _sources(event: Mapping[str, Any]) -> list[dict[str, Any]]:
    """An event's mentions grouped by sentence: each sentence with the reports behind it."""
    grouped: dict[str, dict[str, Any]] = {}
    for m in event.get("mentions") or []:
        sentence = str(m.get("sentence") or "")
        entry = grouped.setdefault(sentence, {"sentence": sentence, "reports": []})
        entry["reports"].append({"article_key": m.get("article_key"), "outlet": m.get("outlet"),
                                 "published": m.get("published"), "status": m.get("status")})
    return list(grouped.values())


def _timeline(views: Mapping[str, Sequence[dict[str, Any]]],
              events: Mapping[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Timeline rows grouped by date, each row carrying its event's sources."""
    days: dict[str, list[dict[str, Any]]] = {}
    for row in views.get("timeline") or []:
        event = events.get(row.get("event_id") or "", {})
        days.setdefault(row.get("date") or UNDATED, []).append({
            **row,
            "mode": event.get("mode"),
            "status": event.get("status"),
            "quad": event.get("quad"),
            "location": event.get("location"),
            "source": _names(event.get("source"), event.get("source_names")),
            "target": _names(event.get("target"), event.get("target_names")),
            "sources": _sources(event),
            "num_articles": event.get("num_articles"),
        })
    return [{"date": day, "label": when(entries[0]) if day != UNDATED else day,
             "entries": entries} for day, entries in days.items()]


def _word(item: Mapping[str, Any]) -> dict[str, Any]:
    """A word an outlet uses that the others do not, with how often and one sentence."""
    return {"label": item.get("word"), "count": item.get("count"),
            "articles": item.get("articles"), "sentence": next(iter(item.get("sentences") or []),
                                                               "")}


def _comparison(views: Mapping[str, Sequence[dict[str, Any]]],
                events: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """The outlet comparison as rows of actors by columns of outlets."""
    columns = sorted(views.get("comparison") or [],  # most articles first, unknown last
                     key=lambda c: (c.get("outlet") == UNKNOWN_OUTLET,
                                    -int(c.get("n_articles") or 0), str(c.get("outlet"))))
    outlets = [str(c.get("outlet")) for c in columns]
    labels: dict[str, dict[str, Any]] = {}
    quoted: dict[str, dict[str, Any]] = {}
    tone: dict[str, dict[str, Any]] = {}
    words: dict[str, dict[str, Any]] = {}
    voice: dict[str, list[dict[str, Any]]] = {}
    for col in columns:
        outlet = str(col.get("outlet"))
        for item in col.get("labels") or []:
            row = labels.setdefault(str(item.get("actor_id")),
                                    {"actor_id": item.get("actor_id"), "name": item.get("name"),
                                     "cells": defaultdict(list)})
            row["cells"][outlet].append({"label": item.get("label"), "count": item.get("count")})
        for item in col.get("framing") or []:  # by falling z: an outlet's most telling first
            row = words.setdefault(str(item.get("actor_id")),
                                   {"actor_id": item.get("actor_id"), "name": item.get("name"),
                                    "cells": defaultdict(list)})
            row["cells"][outlet].append(_word(item))
        voice[outlet] = [_word(item) for item in (col.get("voice") or [])[:VOICE_WORDS]]
        for item in col.get("quoted") or []:
            row = quoted.setdefault(str(item.get("speaker_id")),
                                    {"actor_id": item.get("speaker_id"), "name": item.get("name"),
                                     "cells": {}})
            row["cells"][outlet] = item.get("count")
        for item in col.get("tone") or []:
            row = tone.setdefault(str(item.get("actor_id")),
                                  {"actor_id": item.get("actor_id"), "name": item.get("name"),
                                   "cells": {}})
            row["cells"][outlet] = {"cooperative": item.get("cooperative") or 0,
                                    "conflictual": item.get("conflictual") or 0}

    for row in labels.values():  # an outlet's most used labels first
        for cell in row["cells"].values():
            cell.sort(key=lambda item: -int(item.get("count") or 0))
    summaries = {t.get("event_id"): t.get("summary") for t in views.get("timeline") or []}

    def summary(event_id: str) -> dict[str, Any]:
        event = events.get(event_id, {})
        text = summaries.get(event_id) or (event_title(event) if event else event_id)
        return {"event_id": event_id, "type": event.get("type"), "date": event.get("date"),
                "text": text}

    coverage = [{"outlet": str(c.get("outlet")), "n_articles": c.get("n_articles"),
                 "exclusive": [summary(e) for e in c.get("exclusive_events") or []],
                 "omitted": [summary(e) for e in c.get("omitted_events") or []]}
                for c in columns]

    def by_spread(rows: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        """Rows told by the most outlets first, then the most counted, then by name."""
        def total(row: dict[str, Any]) -> int:
            return sum(sum(int(c.get("count") or 1) for c in cell) if isinstance(cell, list)
                       else int(cell.get("cooperative", 0)) + int(cell.get("conflictual", 0))
                       if isinstance(cell, dict) else int(cell or 0)
                       for cell in row["cells"].values())

        return sorted(rows.values(), key=lambda r: (-sum(1 for c in r["cells"].values() if c),
                                                    -total(r), str(r.get("name")).lower()))

    return {"outlets": outlets, "labels": by_spread(labels), "quoted": by_spread(quoted),
            "tone": by_spread(tone), "coverage": coverage, "words": by_spread(words),
            "voice": voice}


def event_title(event: Mapping[str, Any]) -> str:
    """A one-line description of an event: who did what to whom.

    >>> event_title({"type": "SUPPORT", "source_names": ["Russia"], "target_names": ["Maduro"]})
    'Russia SUPPORT Maduro'
    """
    source = ", ".join(event.get("source_names") or []) or "?"
    target = ", ".join(event.get("target_names") or [])
    return f"{source} {event.get('type') or ''} {target}".strip()


def speaker_label(name: str | None, text: str | None) -> str:
    """Who a quote is shown as said by: the speaker's ``name``, else the words that name
    the speaker (``text``), else "Unattributed"; a bare pronoun ("He said" that no actor
    stood for) names no one, so it is "Unattributed" too, not one speaker "He".

    >>> speaker_label("Hun Manet", "He"), speaker_label(None, "Nop Vy"), speaker_label(None, "He")
    ('Hun Manet', 'Nop Vy', 'Unattributed')
    """
    if name:
        return name
    if text and pronoun_gender(text.strip()) is None:
        return text
    return "Unattributed"


def _quote_groups(quotes: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quotes told the same way by several articles, once: one row per speaker and words,
    with every report (article and outlet), in first-seen order; ``index`` is its position."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for q in quotes:
        said = speaker_label(q.get("speaker_name"), q.get("speaker_text"))
        speaker = q.get("speaker_id") or f"text:{said}"
        key = (speaker, " ".join(str(q.get("text") or "").split()).lower())
        if key not in groups:
            groups[key] = {**q, "speaker_key": speaker, "reports": [], "index": len(groups)}
        groups[key]["reports"].append({"article_key": q.get("article_key"),
                                       "outlet": q.get("outlet")})
    return list(groups.values())


def _speakers(groups: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quote groups by speaker, the most quoted first."""
    speakers: dict[str, dict[str, Any]] = {}
    for q in groups:
        name = speaker_label(q.get("speaker_name"), q.get("speaker_text"))
        speakers.setdefault(q["speaker_key"], {"speaker_id": q.get("speaker_id"), "name": name,
                                               "quotes": [], "reports": 0})
        speakers[q["speaker_key"]]["quotes"].append(q)
        speakers[q["speaker_key"]]["reports"] += len(q["reports"])
    return sorted(speakers.values(), key=lambda g: (-g["reports"], str(g["name"]).lower()))


def _article_actors(views: Mapping[str, Sequence[dict[str, Any]]]) -> dict[str, set[str]]:
    """Registry actor ids seen in each article, through its event mentions and quotes."""
    seen: dict[str, set[str]] = defaultdict(set)
    for event in views.get("events") or []:
        ids = [*(event.get("source") or []), *(event.get("target") or [])]
        for m in event.get("mentions") or []:
            seen[str(m.get("article_key"))].update(ids)
    for q in views.get("quotes") or []:
        if q.get("speaker_id"):
            seen[str(q.get("article_key"))].add(q["speaker_id"])
    return seen


def _articles(views: Mapping[str, Sequence[dict[str, Any]]]) -> list[dict[str, Any]]:
    rows = sorted(views.get("articles") or [],
                  key=lambda a: (str(a.get("published") or "9999"), str(a.get("outlet") or ""),
                                 str(a.get("article_key"))))
    return [{**{k: a.get(k) for k in ARTICLE_META}, "paragraphs": paragraphs(a.get("body")),
             "removed": a.get("removed") or [], "warnings": a.get("warnings") or [],
             "outlet_reason": outlet_reason(a)}
            for a in rows]


def outlet_reason(article: Mapping[str, Any]) -> str | None:
    """Why an article's outlet was read from its text (the line of its ``warnings``).

    >>> outlet_reason({"outlet": "RT", "outlet_from": "text",
    ...                "warnings": ["outlet RT inferred from its wire dateline: ..."]})
    'outlet RT inferred from its wire dateline: ...'
    """
    if article.get("outlet_from") != "text":
        return None
    said = f"outlet {article.get('outlet')} inferred"
    return next((w for w in article.get("warnings") or [] if str(w).startswith(said)), None)


def _threads(views: Mapping[str, Sequence[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Story threads, each with the title, outlet and date of its articles."""
    meta = {a.get("article_key"): {k: a.get(k) for k in ARTICLE_META}
            for a in views.get("articles") or []}
    return [{**t, "articles": [meta.get(k) or {"article_key": k}
                               for k in t.get("article_keys") or []]}
            for t in views.get("threads") or []]


def _data(views: Mapping[str, Sequence[dict[str, Any]]]) -> dict[str, Any]:
    """What a page's script needs to filter: ids, types, dates, outlets and actors of the
    events, articles, quotes and alliances (the text is in the page itself)."""
    actors_in = _article_actors(views)
    types_in: dict[str, set[str]] = defaultdict(set)
    for event in views.get("events") or []:
        for m in event.get("mentions") or []:
            types_in[str(m.get("article_key"))].add(str(event.get("type")))
    articles = [{**{k: a.get(k) for k in ("article_key", "outlet", "published")},
                 "actor_ids": sorted(actors_in.get(str(a.get("article_key")), ())),
                 "types": sorted(types_in.get(str(a.get("article_key")), ()))}
                for a in views.get("articles") or []]
    events = [{"event_id": e.get("event_id"), "type": e.get("type"), "date": e.get("date"),
               "source": e.get("source") or [], "target": e.get("target") or [],
               "outlets": sorted({str(m.get("outlet")) for m in e.get("mentions") or []})}
              for e in views.get("events") or []]
    quotes = [{"speaker_id": q.get("speaker_id"),
               "reports": [[r["article_key"], r["outlet"]] for r in q["reports"]]}
              for q in _quote_groups(views.get("quotes") or [])]
    alliances = [{"a": r.get("a"), "b": r.get("b")} for r in views.get("alliances") or []]
    return {"events": events, "articles": articles, "quotes": quotes, "alliances": alliances}


def _lead(views: Mapping[str, Sequence[dict[str, Any]]], events: Mapping[str, dict[str, Any]],
          comparison: Mapping[str, Any]) -> dict[str, Any]:
    """What the first screen says: the main events (most outlets, then most mentions) and
    the actors whose labels differ most between outlets."""
    rows = sorted(views.get("timeline") or [],
                  key=lambda t: (-len(t.get("outlets") or []), -int(t.get("num_mentions") or 0),
                                 str(t.get("date") or "9999"), str(t.get("event_id"))))
    main = [{**t, "status": events.get(str(t.get("event_id")), {}).get("status")}
            for t in rows[:LEAD_EVENTS]]
    main.sort(key=lambda t: (str(t.get("date") or t.get("reported") or "9999")))
    labelled = [r for r in comparison.get("labels") or []
                if sum(1 for cell in r["cells"].values() if cell) >= 2][:LEAD_LABELS]
    threads = sorted((t for t in views.get("threads") or [] if int(t.get("n_articles") or 0) > 1),
                     key=lambda t: (-int(t.get("n_articles") or 0), str(t.get("first") or "")))
    return {"events": main, "labels": labelled, "threads": threads[:LEAD_THREADS]}


def _charts(views: Mapping[str, Sequence[dict[str, Any]]]) -> dict[str, Chart]:
    attention = views.get("attention") or []
    shown = [e for e in views.get("events") or [] if e.get("shown", True)]
    made = {"attention": attention_chart(attention), "types": types_chart(shown),
            "actors": actors_chart(attention)}
    return {name: chart for name, chart in made.items() if chart is not None}


def build_story(views: Mapping[str, Sequence[dict[str, Any]]]) -> Story:
    """Arrange the corpus views into a :class:`Story`.

    Args:
        views: the corpus views by name (missing ones count as empty).

    Returns:
        The story model, with ``data`` the JSON a page embeds for its script.

    >>> s = build_story({"articles": [{"article_key": "k", "outlet": "X", "body": "Hi."}]})
    >>> s.summary["articles"], s.outlets, s.articles[0]["paragraphs"]
    (1, ['X'], ['Hi.'])
    """
    events = {str(e.get("event_id")): e for e in views.get("events") or []}
    actors = sorted(views.get("actors") or [],
                    key=lambda a: (-int(a.get("n_mentions") or 0), str(a.get("name")).lower()))
    articles = _articles(views)
    quotes = list(views.get("quotes") or [])
    outlets = sorted({str(a["outlet"]) for a in articles if a.get("outlet")}
                     | {str(c.get("outlet")) for c in views.get("comparison") or []})
    dates = sorted(str(e["date"]) for e in events.values() if e.get("date"))
    published = sorted(str(a["published"])[:10] for a in articles if a.get("published"))
    types = Counter(str(e.get("type")) for e in events.values())
    named = {a["actor_id"]: a.get("name") for a in actors if a.get("actor_id")}
    for event in events.values():  # actors of events missing from the actor view still filter
        for aid, name in zip([*(event.get("source") or []), *(event.get("target") or [])],
                             [*(event.get("source_names") or []),
                              *(event.get("target_names") or [])], strict=False):
            named.setdefault(aid, name)
    comparison = _comparison(views, events)
    return Story(
        summary={"articles": len(articles), "outlets": len(outlets), "events": len(events),
                 "actors": len(actors), "quotes": len(quotes),
                 "alliances": len(views.get("alliances") or []),
                 "first_published": published[0] if published else None,
                 "last_published": published[-1] if published else None},
        timeline=_timeline(views, events),
        actors=actors,
        network=layout(actors, views.get("alliances") or []),
        outlets=outlets,
        comparison=comparison,
        speakers=_speakers(_quote_groups(quotes)),
        articles=articles,
        contradictions=list(views.get("contradictions") or []),
        threads=_threads(views),
        filters={"actors": sorted(({"id": k, "name": str(v or k)} for k, v in named.items()),
                                  key=lambda a: a["name"].lower()),
                 "types": sorted(types), "outlets": outlets,
                 "first_date": dates[0] if dates else None,
                 "last_date": dates[-1] if dates else None},
        lead=_lead(views, events, comparison),
        charts=_charts(views),
        data=_data(views),
    )
