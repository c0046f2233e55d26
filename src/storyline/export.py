"""Writing corpus views and event exports: table, JSON Lines, CSV, Parquet; POLECAT and GDELT.

Views (``storyline events|actors|quotes|timeline|alliances|compare|attention``) are
written as a rich ``table`` (:mod:`storyline.display`), ``jsonl`` (one JSON object a
line, the shapes of docs/CORPUS.md), ``csv`` (one column per top-level field; lists and
objects as JSON text) or ``parquet`` (typed: dates as DATE, lists as LIST, objects as
STRUCT). An ``--out`` file's extension must fit the format (:func:`check_out`).

``storyline export --format polecat|gdelt`` writes one row per deduplicated event in
a layout users already load, ``--format mentions`` one row per report of an event;
the file format follows ``--out`` (``.parquet``, ``.jsonl``, otherwise CSV).
``--format jsonl|csv|parquet`` writes the events view.

POLECAT-like columns (:data:`POLECAT_COLUMNS`): ``event_id``, ``story_date`` (first
report), ``event_date``, ``date_precision``, ``event_type`` (PLOVER), ``event_mode``,
``event_intensity``, ``quad_code``, ``cameo_root``, ``status``, ``source_actor``,
``source_country`` (ISO3), ``source_sector`` (PLOVER sector), ``target_actor``,
``target_country``, ``target_sector`` (several actors joined by ``;``),
``location_name``, ``location_country``, ``latitude``, ``longitude``, ``num_mentions``,
``num_articles``, ``num_outlets``, ``outlets``, ``headline``, ``source_url`` and
``event_text`` (the evidence sentence of the first report).

GDELT-event-like columns (:data:`GDELT_COLUMNS`): ``GLOBALEVENTID`` (a stable 60-bit
integer of ``event_id``), ``SQLDATE`` (YYYYMMDD of the event, else of the first
report), ``MonthYear``, ``Year``, ``FractionDate``, ``Actor1Code`` (country + sector,
e.g. ``USAGOV``), ``Actor1Name``, ``Actor1CountryCode``, ``Actor1Type1Code``, the same
four for ``Actor2``, ``IsRootEvent``, ``EventCode``, ``EventBaseCode``,
``EventRootCode`` (the CAMEO root of the PLOVER type), ``QuadClass``,
``GoldsteinScale`` (our intensity, -10..10), ``NumMentions``, ``NumSources`` (outlets),
``NumArticles``, ``ActionGeo_FullName``, ``ActionGeo_CountryCode``, ``ActionGeo_Lat``,
``ActionGeo_Long``, ``DATEADDED`` (YYYYMMDD of the first report), ``SOURCEURL`` (URL,
or source path, of the first report), plus ``PLOVERType`` and ``EventText``.

Mention columns (:data:`MENTION_COLUMNS`): ``event_id``, ``event_type``,
``article_key``, ``outlet``, ``published``, ``title``, ``url``, ``sentence``, ``start``,
``end`` (offsets into the article body), ``status``, ``said_by`` (actor id) and
``said_by_name``.

>>> rows = polecat_rows([{"event_id": "e1", "type": "SUPPORT", "source": ["a"],
...                       "source_names": ["Russia"], "mentions": []}], {}, {})
>>> rows[0]["event_type"], rows[0]["source_actor"]
('SUPPORT', 'Russia')
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date as Date
from typing import IO, TYPE_CHECKING, Any

from . import display
from .corpus import REGISTRY
from .errors import ExportError
from .filters import check_limit
from .records import GdeltRow, PolecatRow, ReportRow, arrow_types, columns

if TYPE_CHECKING:
    import pyarrow as pa

    from .store import Store

POLECAT_COLUMNS = columns(PolecatRow)
GDELT_COLUMNS = columns(GdeltRow)
MENTION_COLUMNS = columns(ReportRow)


def write_view(store: Store, name: str, fmt: str, out: str | None = None,
               **filters: Any) -> int:
    """Write corpus view ``name`` of ``store`` as ``fmt`` to ``out`` (stdout when None);
    returns the number of rows written.

    A ``table`` is sorted by what matters (:mod:`storyline.display`) before ``limit``
    applies; the other formats keep the view's order.

    Raises:
        ExportError: unknown format, an ``--out`` extension that does not fit the format,
            or Parquet without a file to write.
    """
    check_out(out, fmt)
    if fmt != TABLE:
        rows = store.view(name, **filters)
        write_rows(rows, fmt, out, REGISTRY[name].record)
        return len(rows)
    limit = filters.pop("limit", None)
    check_limit("limit", limit)
    rows = display.sort_rows(name, store.view(name, **filters))[:limit]
    with _open_text(out) as fh:
        console = display.console_for(fh, to_file=out is not None)
        if name == "comparison":
            summaries = {t.get("event_id"): t.get("summary") for t in store.view("timeline")}
            console.print(*display.comparison_blocks(rows, summaries))
        else:
            console.print(display.table(name, rows, title=f"{name} ({len(rows)})"))
    return len(rows)


def one_of(items: Sequence[str]) -> str:
    """``items`` as a choice in words.

    >>> one_of(["csv", "jsonl", "parquet"])
    'csv, jsonl or parquet'
    """
    items = list(items)
    return ", ".join(items[:-1]) + " or " + items[-1] if len(items) > 1 else "".join(items)


def check_out(out: str | None, fmt: str) -> None:
    """Refuse an ``--out`` file whose extension is unknown or does not hold ``fmt``.

    >>> check_out("events.parquet", "parquet"); check_out(None, "csv")
    >>> check_out("events.xlsx", "csv")
    Traceback (most recent call last):
    ...
    storyline.errors.ExportError: cannot write csv to events.xlsx: unknown extension '.xlsx'...
    """
    if not out:
        return
    suffix = "." + out.lower().rsplit(".", 1)[-1] if "." in out.rsplit("/", 1)[-1] else ""
    suffixes = out_suffixes()
    holds = suffixes.get(suffix)
    if holds is None:
        raise ExportError(f"cannot write {fmt} to {out}: unknown extension "
                          f"{suffix or '(none)'!r}; use {one_of(suffixes)}")
    if fmt not in holds and fmt not in LAYOUTS:
        raise ExportError(f"cannot write {fmt} to {out}: a {suffix} file holds "
                          f"{' or '.join(holds)}; name the file {_suffix(fmt)}"
                          f" or choose --format {holds[0]}")


def export(store: Store, fmt: str, out: str | None = None) -> int:
    """Write the store's events in export format ``fmt`` (:func:`export_formats`): a
    layout (:data:`LAYOUTS`) in the format its ``out`` file names (CSV by default), or the
    events view in a format of :data:`FORMATS`.

    Returns:
        The number of event rows written.
    """
    if fmt not in export_formats():
        raise ExportError(f"unknown export format {fmt!r}; choose one of "
                          f"{', '.join(export_formats())}")
    check_out(out, fmt)
    events = store.view("events")
    if fmt in FORMATS:
        write_rows(events, fmt, out, REGISTRY["events"].record)
        return len(events)
    actors = {a["actor_id"]: a for a in store.view("actors") if "actor_id" in a}
    articles = {a["article_key"]: a for a in store.view("articles") if "article_key" in a}
    layout = LAYOUTS[fmt]
    rows = layout.rows(events, actors, articles)
    named = [f.name for f in FORMATS.values() if (out or "").lower().endswith(f.suffix)]
    write_rows(rows, named[0] if named else LAYOUT_FORMAT, out, layout.record)
    return len(rows)


def _joined(values: Sequence[Any]) -> str | None:
    parts = [str(v) for v in values if v not in (None, "")]
    return ";".join(parts) if parts else None


def _side(event: dict[str, Any], side: str, actors: dict[str, dict[str, Any]]) -> dict[str, Any]:
    ids = event.get(side) or []
    names = event.get(f"{side}_names") or [actors.get(i, {}).get("name") for i in ids]
    info = [actors.get(i, {}) for i in ids]
    return {"name": _joined(names), "country": _joined([a.get("country") for a in info]),
            "sector": _joined([a.get("sector") for a in info])}


def _first_mention(event: dict[str, Any]) -> dict[str, Any]:
    mentions = event.get("mentions") or [{}]
    return min(mentions, key=lambda m: (m.get("published") or "9999", m.get("article_key", "")))


def polecat_rows(events: list[dict[str, Any]], actors: dict[str, dict[str, Any]],
                 articles: dict[str, dict[str, Any]]) -> list[PolecatRow]:
    """Events in POLECAT-like columns (:data:`POLECAT_COLUMNS`), one row per event.

    ``actors`` and ``articles`` are the actors and articles views keyed by id.
    """
    rows: list[PolecatRow] = []
    for e in events:
        src, tgt = _side(e, "source", actors), _side(e, "target", actors)
        loc = e.get("location") or {}
        first = _first_mention(e)
        article = articles.get(first.get("article_key", ""), {})
        rows.append({
            "event_id": e.get("event_id"), "story_date": e.get("first_report"),
            "event_date": e.get("date"), "date_precision": e.get("date_precision"),
            "event_type": e.get("type"), "event_mode": e.get("mode"),
            "event_intensity": e.get("intensity"), "quad_code": e.get("quad"),
            "cameo_root": e.get("cameo_root"), "status": e.get("status"),
            "source_actor": src["name"], "source_country": src["country"],
            "source_sector": src["sector"], "target_actor": tgt["name"],
            "target_country": tgt["country"], "target_sector": tgt["sector"],
            "location_name": loc.get("name"), "location_country": loc.get("country"),
            "latitude": loc.get("lat"), "longitude": loc.get("lon"),
            "num_mentions": e.get("num_mentions"), "num_articles": e.get("num_articles"),
            "num_outlets": e.get("num_outlets"),
            "outlets": _joined(sorted({m.get("outlet") or "" for m in e.get("mentions", [])})),
            "headline": article.get("title"),
            "source_url": article.get("url") or article.get("source"),
            "event_text": first.get("sentence"),
            "confidence": e.get("confidence"),
        })
    return rows


def mention_rows(events: list[dict[str, Any]], actors: dict[str, dict[str, Any]],
                 articles: dict[str, dict[str, Any]]) -> list[ReportRow]:
    """One row per report of an event (:data:`MENTION_COLUMNS`): which article said it,
    in which sentence, with which status, and who it was attributed to."""
    rows: list[ReportRow] = []
    for e in events:
        for m in e.get("mentions") or []:
            article = articles.get(m.get("article_key", ""), {})
            said_by = m.get("said_by")
            rows.append({
                "event_id": e.get("event_id"), "event_type": e.get("type"),
                "article_key": m.get("article_key"), "outlet": m.get("outlet"),
                "published": m.get("published"), "title": article.get("title"),
                "url": article.get("url") or article.get("source"),
                "sentence": m.get("sentence"), "start": m.get("start"), "end": m.get("end"),
                "status": m.get("status"), "said_by": said_by,
                "said_by_name": actors.get(said_by, {}).get("name") if said_by else None,
            })
    return rows


def _ymd(value: str | None) -> int | None:
    digits = (value or "")[:10].replace("-", "")
    return int(digits) if len(digits) == 8 and digits.isdigit() else None


def gdelt_rows(events: list[dict[str, Any]], actors: dict[str, dict[str, Any]],
               articles: dict[str, dict[str, Any]]) -> list[GdeltRow]:
    """Events in GDELT-event-like columns (:data:`GDELT_COLUMNS`), one row per event."""
    rows: list[GdeltRow] = []
    for e in events:
        first = _first_mention(e)
        article = articles.get(first.get("article_key", ""), {})
        sqldate = _ymd(e.get("date")) or _ymd(e.get("first_report"))
        row: dict[str, Any] = {
            "GLOBALEVENTID": int(hashlib.sha256(str(e.get("event_id")).encode()).hexdigest()[:15],
                                 16),
            "SQLDATE": sqldate, "MonthYear": sqldate // 100 if sqldate else None,
            "Year": sqldate // 10000 if sqldate else None,
            "FractionDate": _fraction(sqldate),
        }
        for n, side in ((1, "source"), (2, "target")):
            info = _side(e, side, actors)
            code = (info["country"] or "").split(";")[0] + (info["sector"] or "").split(";")[0]
            row.update({f"Actor{n}Code": code or None, f"Actor{n}Name": info["name"],
                        f"Actor{n}CountryCode": info["country"],
                        f"Actor{n}Type1Code": info["sector"]})
        loc = e.get("location") or {}
        row.update({
            "IsRootEvent": 1, "EventCode": e.get("cameo_root"),
            "EventBaseCode": e.get("cameo_root"), "EventRootCode": e.get("cameo_root"),
            "QuadClass": e.get("quad"), "GoldsteinScale": e.get("intensity"),
            "NumMentions": e.get("num_mentions"), "NumSources": e.get("num_outlets"),
            "NumArticles": e.get("num_articles"),
            "ActionGeo_FullName": loc.get("name"), "ActionGeo_CountryCode": loc.get("country"),
            "ActionGeo_Lat": loc.get("lat"), "ActionGeo_Long": loc.get("lon"),
            "DATEADDED": _ymd(e.get("first_report")),
            "SOURCEURL": article.get("url") or article.get("source"),
            "PLOVERType": e.get("type"), "EventText": first.get("sentence"),
        })
        rows.append(row)  # type: ignore[arg-type]  # a GdeltRow once the actors are set
    return rows


def _fraction(sqldate: int | None) -> float | None:
    if not sqldate:
        return None
    try:
        day = Date(sqldate // 10000, sqldate // 100 % 100, sqldate % 100)
    except ValueError:
        return None
    return round(day.year + (day.timetuple().tm_yday - 1) / 365, 4)


def _cell(value: Any) -> Any:
    """A value for a flat column: lists and objects become JSON text."""
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False)
    return value


def _columns(rows: Sequence[Mapping[str, Any]], record: type | None) -> list[str]:
    """The columns of ``rows``: those ``record`` declares, in its order (all of them when
    there is no row), then any other, in the order first seen."""
    declared = columns(record) if record else ()
    seen = dict.fromkeys(k for row in rows for k in row)
    if not rows:
        return list(declared)
    return [c for c in declared if c in seen] + [c for c in seen if c not in declared]


def write_rows(rows: Sequence[Mapping[str, Any]], fmt: str, out: str | None = None,
               record: type | None = None) -> None:
    """Write ``rows`` (typed by ``record`` when given, :mod:`storyline.records`) in format
    ``fmt`` of :data:`FORMATS` to ``out`` (stdout when None).

    >>> write_rows([{"a": 1, "b": [2]}], "csv")
    a,b
    1,[2]

    Raises:
        ExportError: unknown format, a binary format without a file, or a file that
            cannot be written.
    """
    form = FORMATS.get(fmt)
    if form is None:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(view_formats())}")
    if form.binary and not out:
        raise ExportError(f"{fmt} is binary: give a file to write with --out FILE")
    form.write(rows, out, record)


def _write_jsonl(rows: Sequence[Mapping[str, Any]], out: str | None, record: type | None) -> None:
    with _open_text(out) as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _write_csv(rows: Sequence[Mapping[str, Any]], out: str | None, record: type | None) -> None:
    with _open_text(out) as fh:
        writer = csv.DictWriter(fh, _columns(rows, record), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})


def _write_parquet(rows: Sequence[Mapping[str, Any]], out: str | None, record: type | None) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = arrow_types(record) if record else {}
    table = pa.table({c: _arrow_column([r.get(c) for r in rows], types.get(c))
                      for c in _columns(rows, record)})
    try:
        pq.write_table(table, str(out))
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc}") from exc


_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$")


def _day(value: Any) -> Date | None:
    """The day of a date text (``2019``, ``2019-05``, ``2019-05-05``, a timestamp).

    >>> _day("2019-05"), _day("2019-05-05T10:00:00Z"), _day(None)
    (datetime.date(2019, 5, 1), datetime.date(2019, 5, 5), None)
    """
    if value in (None, ""):
        return None
    match = _DAY.match(str(value))
    if not match:
        raise ValueError(f"not a date: {value!r}")
    year, month, day = match.groups()
    return Date(int(year), int(month or 1), int(day or 1))


def _arrow_column(values: list[Any], declared: pa.DataType | None) -> pa.Array:
    """A typed Arrow column: the ``declared`` type when the values fit it (a date text as
    DATE), else the type the values tell (LIST and STRUCT for lists and objects); a
    column of mixed types falls back to text (objects as JSON)."""
    import pyarrow as pa

    if declared is not None:
        try:
            if declared == pa.date32():
                return pa.array([_day(v) for v in values], declared)
            typed = pa.array(values, declared)
            if typed.to_pylist() == values:  # nothing cut (Arrow truncates 2.5 to an int 2)
                return typed
        except (ValueError, TypeError, pa.ArrowInvalid, pa.ArrowTypeError):
            pass
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return pa.array([None if v is None else str(_cell(v)) for v in values], pa.string())


@contextmanager
def _open_text(out: str | None) -> Iterator[IO[str]]:
    """``out`` opened for text writing, or stdout (left open) when ``out`` is None."""
    if not out:
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        fh = open(out, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    with fh:
        yield fh


@dataclass(frozen=True)
class Format:
    """A file format rows are written in: ``write(rows, out, record)`` writes them to the
    file ``out`` (stdout when None, unless ``binary``); ``suffix`` names its files."""

    name: str
    write: Callable[[Sequence[Mapping[str, Any]], str | None, type | None], None]
    suffix: str
    binary: bool = False


@dataclass(frozen=True)
class Layout:
    """A layout of the events users already load: ``rows(events, actors, articles)`` gives
    its rows (``actors`` and ``articles`` keyed by id), each a ``record``."""

    name: str
    rows: Callable[[list[dict[str, Any]], dict[str, dict[str, Any]],
                    dict[str, dict[str, Any]]], Sequence[Mapping[str, Any]]]
    record: type


#: The file formats of the views and the export; a new format is one entry.
FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("jsonl", _write_jsonl, ".jsonl"),
    Format("csv", _write_csv, ".csv"),
    Format("parquet", _write_parquet, ".parquet", binary=True),
)}
#: The layouts of ``storyline export``; a new layout is one entry.
LAYOUTS: dict[str, Layout] = {layout.name: layout for layout in (
    Layout("polecat", polecat_rows, PolecatRow),
    Layout("gdelt", gdelt_rows, GdeltRow),
    Layout("mentions", mention_rows, ReportRow),
)}
#: The format of a layout whose ``--out`` file names no other (or that goes to stdout).
LAYOUT_FORMAT = "csv"
#: The rich terminal table of a view (``.txt`` in a file).
TABLE = "table"


def view_formats() -> tuple[str, ...]:
    """The formats of the view commands: the table, then :data:`FORMATS`."""
    return (TABLE, *FORMATS)


def export_formats() -> tuple[str, ...]:
    """The formats of ``storyline export``: :data:`LAYOUTS`, then :data:`FORMATS`."""
    return (*LAYOUTS, *FORMATS)


def _suffix(fmt: str) -> str:
    return ".txt" if fmt == TABLE else FORMATS[fmt].suffix if fmt in FORMATS else "." + fmt


def out_suffixes() -> dict[str, tuple[str, ...]]:
    """The formats each ``--out`` extension holds (a layout's default one holds the layouts).

    >>> out_suffixes()[".csv"]
    ('csv', 'polecat', 'gdelt', 'mentions')
    """
    named = sorted((_suffix(f), f) for f in view_formats())
    return {suffix: (fmt, *(LAYOUTS if fmt == LAYOUT_FORMAT else ())) for suffix, fmt in named}
