"""Charts of the story, drawn offline: Vega-Lite specs rendered to SVG by vl-convert.

Each chart comes with the numbers behind it (a small table the page shows one
click away) and is embedded as a ``data:`` image, so the report stays one file
and its Content-Security-Policy needs no inline style for it.

>>> rows = [{"scope": "all", "key": None, "date": "2019-05-05", "outlet": "DW",
...          "articles": 2, "mentions": 3}]
>>> chart = attention_chart(rows)
>>> chart.src.startswith("data:image/svg+xml;base64,"), chart.columns, chart.rows
(True, ['day', 'DW'], [['2019-05-05', 2]])
"""

from __future__ import annotations

import base64
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

#: Series drawn in colour; the rest are summed as "other".
MAX_SERIES = 8
#: Up to this many days between first and last, bars are days; else months.
DAILY_SPAN = 92
WIDTH = 860
HEIGHT = 220
OTHER = "other"


@dataclass(frozen=True)
class Chart:
    """A chart: an SVG image (``src`` a data URI) and the table of its numbers."""

    id: str
    title: str
    note: str
    src: str
    columns: list[str]
    rows: list[list[Any]]


def _period(day: str, unit: str) -> str:
    return day if unit == "day" else day[:7]


def _unit(days: Sequence[str]) -> str:
    """``day`` for a short span, else ``month``.

    >>> _unit(["2019-01-01", "2019-02-01"]), _unit(["2019-01-01", "2021-01-01"])
    ('day', 'month')
    """
    first, last = date.fromisoformat(min(days)), date.fromisoformat(max(days))
    return "day" if (last - first).days <= DAILY_SPAN else "month"


def _series(totals: Mapping[str, int]) -> list[str]:
    """The series with a colour of their own: the largest, ties by name."""
    return [s for s, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))][:MAX_SERIES]


def _stacked(counts: Mapping[tuple[str, str], int], unit: str, colour: str,
             measure: str) -> tuple[str, list[str], list[list[Any]]]:
    """A stacked bar chart of ``counts[(period, series)]``, and its table."""
    totals: Counter[str] = Counter()
    for (_, series), n in counts.items():
        totals[series] += n
    keep = _series(totals)
    merged: Counter[tuple[str, str]] = Counter()
    for (period, series), n in counts.items():
        merged[(period, series if series in keep else OTHER)] += n
    order = keep + ([OTHER] if any(s == OTHER for _, s in merged) else [])
    values = [{"period": p if unit == "day" else f"{p}-01", colour: s, measure: n}
              for (p, s), n in sorted(merged.items())]
    time_unit = "yearmonthdate" if unit == "day" else "yearmonth"
    spec = {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": WIDTH, "height": HEIGHT, "data": {"values": values},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": {"field": "period", "type": "temporal", "timeUnit": time_unit,
                  "title": None, "axis": {"labelOverlap": True}},
            "y": {"field": measure, "type": "quantitative", "aggregate": "sum",
                  "title": measure},
            "color": {"field": colour, "type": "nominal", "sort": order,
                      "scale": {"domain": order}, "legend": {"title": None, "orient": "top",
                                                             "columns": 4, "labelLimit": 200}},
        },
        "config": {"font": "sans-serif", "view": {"stroke": None}},
    }
    periods = sorted({p for p, _ in merged})
    table = [[p, *(merged.get((p, s), 0) for s in order)] for p in periods]
    return _svg(spec), [unit, *order], table


def _svg(spec: dict[str, Any]) -> str:
    import vl_convert

    svg = vl_convert.vegalite_to_svg(spec)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def attention_chart(attention: Sequence[Mapping[str, Any]]) -> Chart | None:
    """Articles per day (or month) per outlet, from the ``attention`` view."""
    rows = [r for r in attention if r.get("scope") == "all"]
    days = [str(r["date"]) for r in rows if r.get("date")]
    if not days:
        return None
    unit = _unit(days)
    counts: Counter[tuple[str, str]] = Counter()
    for r in rows:
        if r.get("date"):
            counts[(_period(str(r["date"]), unit), str(r.get("outlet")))] += int(r["articles"])
    undated = sum(int(r["articles"]) for r in rows if not r.get("date"))
    src, columns, table = _stacked(counts, unit, "outlet", "articles")
    note = f"{undated} undated article{'' if undated == 1 else 's'} not drawn." if undated else ""
    return Chart("chart-attention", f"Attention over time: articles per {unit} by outlet", note,
                 src, columns, table)


def _event_day(event: Mapping[str, Any]) -> str | None:
    """The day an event is drawn on: its date (a month or year on its first day), else the
    day it was first reported."""
    when = str(event.get("date") or "")
    if len(when) >= 10:
        return when[:10]
    if len(when) == 7:
        return f"{when}-01"
    return str(event["first_report"])[:10] if event.get("first_report") else None


def types_chart(events: Sequence[Mapping[str, Any]]) -> Chart | None:
    """Events per day (or month) by PLOVER type: by event date, else by first report."""
    placed = [(e, day) for e in events if (day := _event_day(e))]
    if not placed:
        return None
    unit = _unit([day for _, day in placed])
    counts: Counter[tuple[str, str]] = Counter()
    for e, day in placed:
        counts[(_period(day, unit), str(e.get("type")))] += 1
    src, columns, table = _stacked(counts, unit, "type", "events")
    reported = sum(1 for e, _ in placed if len(str(e.get("date") or "")) < 7)
    note = (f"{reported} event{'' if reported == 1 else 's'} without a date of their own "
            "drawn on the day first reported. " if reported else "")
    left = len(events) - len(placed)
    note += f"{left} undated event{'' if left == 1 else 's'} not drawn." if left else ""
    return Chart("chart-types", f"Events by type per {unit}", note.strip(), src, columns, table)


def actors_chart(attention: Sequence[Mapping[str, Any]], top: int = 6) -> Chart | None:
    """Mentions per day (or month) of the most mentioned actors, all outlets together."""
    rows = [r for r in attention if r.get("scope") == "actor" and r.get("date")]
    if not rows:
        return None
    totals: Counter[str] = Counter()
    names: dict[str, str] = {}
    for r in rows:
        totals[str(r["key"])] += int(r["mentions"])
        names[str(r["key"])] = str(r.get("name") or r["key"])
    keep = {k for k, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:top]}
    unit = _unit([str(r["date"]) for r in rows])
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        if str(r["key"]) in keep:
            counts[(_period(str(r["date"]), unit), names[str(r["key"])])] += int(r["mentions"])
    src, columns, table = _stacked(counts, unit, "actor", "mentions")
    return Chart("chart-actors", f"Attention to the main actors: mentions per {unit}", "", src,
                 columns, table)
