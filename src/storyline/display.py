"""Corpus views in the terminal: Rich tables that fit the window, sorted by what matters.

Events come by date, actors by mentions, outlets by articles, alliances by weight;
each view shows a few columns, its text wrapped (never cut) at word boundaries and
its headers never broken inside a word. ``compare`` is one block per outlet: the
labels it gives each actor, whom it quotes, what it alone reports and what it
leaves out, events by their summary rather than their id.

>>> rows = sort_rows("actors", [{"name": "B", "n_mentions": 1}, {"name": "A", "n_mentions": 5}])
>>> [r["name"] for r in rows]
['A', 'B']
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .corpus import REGISTRY
from .corpus.timeline import when
from .corpus.views import number

#: Columns of the table of each view that has one: (field, header) (the registry's
#: :attr:`~storyline.corpus.views.View.table`).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    name: view.table for name, view in REGISTRY.items() if view.table}
#: Text columns that take the room left (they wrap; the others keep their width).
WIDE = frozenset({"source_names", "target_names", "text", "summary", "description", "title",
                  "name", "speaker_name", "a_name", "b_name", "outlets"})


#: How each view is sorted in a table (the registry's :attr:`~storyline.corpus.views.View.sort`).
SORT_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    name: view.sort for name, view in REGISTRY.items() if view.sort}


def sort_rows(name: str, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of view ``name`` in the order a reader wants them (see :data:`SORT_KEYS`)."""
    key = SORT_KEYS.get(name)
    return sorted(rows, key=key) if key else list(rows)


def console_for(file: IO[str], to_file: bool) -> Console:
    """A console of the terminal's width, or of the ``COLUMNS`` width (120 by default)
    when writing to a file or a pipe."""
    if not to_file:
        console = Console(file=file, soft_wrap=False)
        if console.is_terminal:
            return console
    return Console(file=file, width=shutil.get_terminal_size((120, 24)).columns,
                   soft_wrap=False)


def cell(value: Any) -> str:
    """A cell's text: lists joined, objects of views as ``name: label (count)``.

    >>> cell([{"name": "Maduro", "label": "president", "count": 2}, "x"])
    'Maduro: president (2), x'
    """
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    if not isinstance(value, dict):
        return str(value)
    parts = [str(value[k]) for k in ("name", "label") if value.get(k)]
    count = value.get("count")
    return ": ".join(parts) + (f" ({count})" if count is not None else "")


def table(name: str, rows: Sequence[dict[str, Any]], title: str | None = None) -> Table:
    """The Rich table of view ``name``: headers whole, text wrapped at word boundaries."""
    # a space on the left of each cell, none on the right: eight columns fit in 80
    out = Table(title=title, show_lines=False, expand=False, padding=(0, 0, 0, 1))
    for field, header in COLUMNS[name]:
        wide = field in WIDE
        out.add_column(header, overflow="fold", min_width=max(len(header), 10 if wide else 4),
                       ratio=2 if field in ("text", "summary", "description", "title") else
                       (1 if wide else None),
                       justify="right" if field in NUMBERS else "left")
    for row in rows:  # a date as precise as it is known ("2004" for a year alone)
        out.add_row(*(cell(when(row) if field == "date" else row.get(field))
                      for field, _ in COLUMNS[name]))
    return out


NUMBERS = frozenset({"num_outlets", "num_mentions", "confidence", "n_mentions", "n_articles",
                     "n_outlets", "weight", "articles", "mentions", "sign"})


#: An outlet's own words shown in its panel (the most telling first), overall and per actor.
OWN_WORDS = 12


def _by_actor(said: dict[str, list[str]]) -> Table:
    """Actors (most said about first) beside what is said about them."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for actor, items in sorted(said.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        grid.add_row(actor, ", ".join(items[:OWN_WORDS]))
    return grid


def comparison_blocks(rows: Sequence[dict[str, Any]],
                      summaries: dict[str, str]) -> list[Panel]:
    """One panel per outlet: labels per actor, the words it uses that the others do not
    (overall and per actor), whom it quotes, what it alone reports and what it leaves out
    (events by their summary)."""
    panels = []
    for row in sort_rows("comparison", rows):
        parts: list[Any] = []
        labels: dict[str, list[str]] = {}
        for item in row.get("labels") or []:
            count = item.get("count")
            labels.setdefault(str(item.get("name")), []).append(
                f"\u201c{item.get('label')}\u201d" + (f" \u00d7{count}" if count and count > 1
                                                      else ""))
        if labels:
            parts += [Text("Labels it gives", style="underline"), _by_actor(labels)]
        voice = [str(w.get("word")) for w in (row.get("voice") or [])[:OWN_WORDS]]
        if voice:
            parts += [Text("Its own words (not the others')", style="underline"),
                      Text(", ".join(voice))]
        words: dict[str, list[str]] = {}
        for item in row.get("framing") or []:
            words.setdefault(str(item.get("name")), []).append(str(item.get("word")))
        if words:
            parts += [Text("Its own words about", style="underline"), _by_actor(words)]
        quoted = sorted(row.get("quoted") or [], key=lambda q: -number(q.get("count")))
        if quoted:
            parts += [Text("Quotes", style="underline"),
                      Text(", ".join(f"{q.get('name')} ({q.get('count')})" for q in quoted))]
        for field, heading in (("exclusive_events", "Reports alone"),
                               ("omitted_events", "Leaves out")):
            ids = row.get(field) or []
            if ids:
                shown = [summaries.get(i, i) for i in ids[:12]]
                more = f" \u2026 and {len(ids) - 12} more" if len(ids) > 12 else ""
                parts += [Text(f"{heading} ({len(ids)})", style="underline"),
                          Text("; ".join(shown) + more)]
        n = row.get("n_articles")
        panels.append(Panel(Group(*parts) if parts else Text("nothing to compare"),
                            title=f"{row.get('outlet')} \u00b7 {n} article{'' if n == 1 else 's'}",
                            title_align="left"))
    return panels


