"""Typed rows: the records that cross the store, the export, the web app and the report.

Past the engine a row travels as JSON (a dict); these :class:`~typing.TypedDict`
classes declare the main ones once, in the order their fields come: column names
and types. The export reads them for the header of a CSV file and the types of a
Parquet file (:func:`columns`, :func:`arrow_types`), the store for its tables, the
view registry (:mod:`storyline.corpus.views`) names each view's record, and code
that reads a row can say which record it reads. A nested record (a mention, a
location, a label) is typed by what it holds.

>>> columns(QuoteRow)[:3]
('article_key', 'outlet', 'speaker_id')
>>> arrow_types(QuoteRow)["start"], arrow_types(ArticleRow)["published"]
(DataType(int64), DataType(date32[day]))
"""

from __future__ import annotations

import types
import typing
from functools import cache
from typing import TYPE_CHECKING, Any, NewType, TypedDict, Union

if TYPE_CHECKING:
    import pyarrow as pa

#: A date as text, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a timestamp also reads as its
#: day): typed DATE in Parquet, its first day standing for a month or a year.
Day = NewType("Day", str)
#: A whole number kept in 32 bits (the store's counters).
Int32 = NewType("Int32", int)



class LocationRow(TypedDict):
    """Where an event happened."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None


class MentionRow(TypedDict):
    """One report of an event by one article."""

    article_key: str
    outlet: str
    published: str | None
    sentence: str
    start: int
    end: int
    status: str
    said_by: str | None
    confidence: float
    place: str | None
    type: str
    source: list[str]
    target: list[str]


class EventRow(TypedDict):
    """A row of the ``events`` view: one event merged across the articles that report it."""

    event_id: str
    type: str
    mode: str | None
    cameo_root: str | None
    quad: int | None
    intensity: float | None
    source: list[str]
    target: list[str]
    source_names: list[str]
    target_names: list[str]
    date: Day | None
    date_precision: str | None
    date_from: str | None
    location: LocationRow | None
    status: str
    confidence: float
    num_mentions: int
    num_articles: int
    num_outlets: int
    first_report: Day | None
    last_report: Day | None
    mentions: list[MentionRow]
    shown: bool
    shown_reason: str | None


class LabelRow(TypedDict):
    """A label an outlet gives an actor, and how often."""

    label: str
    outlet: str
    count: int


class ActorRow(TypedDict):
    """A row of the ``actors`` view: one actor merged across articles."""

    actor_id: str
    name: str
    kind: str | None
    country: str | None
    sector: str | None
    aliases: list[str]
    labels: list[LabelRow]
    n_mentions: int
    n_articles: int
    n_outlets: int
    camp: str | None


class QuoteRow(TypedDict):
    """A row of the ``quotes`` view: one quote with its resolved speaker."""

    article_key: str
    outlet: str
    speaker_id: str | None
    speaker_name: str | None
    speaker_text: str | None
    cue: str | None
    text: str
    kind: str | None
    start: int | None
    end: int | None


class ArticleRow(TypedDict):
    """A row of the ``articles`` view: an article's metadata (its text is in the store's
    ``articles`` table, read with ``Store.article``)."""

    id: str
    source: str
    outlet: str
    title: str | None
    url: str | None
    published: Day | None
    published_from: str | None
    byline: str | None
    language: str | None
    warnings: list[str]
    article_key: str
    content_hash: str
    duplicate_of: str | None
    thread_id: str | None
    outlet_from: str | None
    actor_ids: list[str]


class TimelineRow(TypedDict):
    """A row of the ``timeline`` view: a shown event at its date."""

    date: Day | None
    date_precision: str | None
    date_from: str | None
    event_id: str
    type: str
    summary: str
    outlets: list[str]
    num_mentions: int
    confidence: float
    shown_reason: str | None
    reported: Day | None


class ThreadRow(TypedDict):
    """A row of the ``threads`` view: articles about the same incident."""

    thread_id: str
    article_keys: list[str]
    title: str | None
    first: Day | None
    last: Day | None
    n_articles: int


class AttentionRow(TypedDict):
    """A row of the ``attention`` view: articles and mentions of a day in an outlet."""

    scope: str
    key: str | None
    name: str | None
    date: Day | None
    outlet: str
    articles: int
    mentions: int


class PolecatRow(TypedDict):
    """A row of ``export --format polecat``: one event in POLECAT-like columns."""

    event_id: str
    story_date: Day | None
    event_date: Day | None
    date_precision: str | None
    event_type: str
    event_mode: str | None
    event_intensity: float | None
    quad_code: int | None
    cameo_root: str | None
    status: str | None
    source_actor: str | None
    source_country: str | None
    source_sector: str | None
    target_actor: str | None
    target_country: str | None
    target_sector: str | None
    location_name: str | None
    location_country: str | None
    latitude: float | None
    longitude: float | None
    num_mentions: int | None
    num_articles: int | None
    num_outlets: int | None
    outlets: str | None
    headline: str | None
    source_url: str | None
    event_text: str | None
    confidence: float | None


class GdeltRow(TypedDict):
    """A row of ``export --format gdelt``: one event in GDELT-event-like columns."""

    GLOBALEVENTID: int
    SQLDATE: int | None
    MonthYear: int | None
    Year: int | None
    FractionDate: float | None
    Actor1Code: str | None
    Actor1Name: str | None
    Actor1CountryCode: str | None
    Actor1Type1Code: str | None
    Actor2Code: str | None
    Actor2Name: str | None
    Actor2CountryCode: str | None
    Actor2Type1Code: str | None
    IsRootEvent: int
    EventCode: str | None
    EventBaseCode: str | None
    EventRootCode: str | None
    QuadClass: int | None
    GoldsteinScale: float | None
    NumMentions: int | None
    NumSources: int | None
    NumArticles: int | None
    ActionGeo_FullName: str | None
    ActionGeo_CountryCode: str | None
    ActionGeo_Lat: float | None
    ActionGeo_Long: float | None
    DATEADDED: int | None
    SOURCEURL: str | None
    PLOVERType: str | None
    EventText: str | None


class ReportRow(TypedDict):
    """A row of ``export --format mentions``: one report of an event by one article."""

    event_id: str
    event_type: str
    article_key: str
    outlet: str | None
    published: Day | None
    title: str | None
    url: str | None
    sentence: str | None
    start: int | None
    end: int | None
    status: str | None
    said_by: str | None
    said_by_name: str | None


class StoredArticleRow(TypedDict):
    """A row of the store's ``articles`` table (:mod:`storyline.store_schema`)."""

    article_key: str
    content_hash: str
    source_path: str
    record_id: str
    fingerprint: str
    outlet: str | None
    title: str | None
    published: str | None
    body: str
    n_events: Int32
    data: str


class ViewTableRow(TypedDict):
    """A row of the store's ``view_rows`` table: one item of a view, with the columns
    its filters read (:data:`storyline.corpus.views.Keys`)."""

    view: str
    seq: Int32
    type: str | None
    date: str | None
    outlets: str
    actors: str
    data: str


def columns(record: type) -> tuple[str, ...]:
    """The field names of ``record``, in their declared order."""
    return tuple(record.__annotations__)


@cache
def arrow_types(record: type) -> dict[str, pa.DataType | None]:
    """``{field: Arrow type}`` of ``record``; None for a field whose type its values
    tell (a nested record, a list of them)."""
    return {name: _arrow(hint) for name, hint in typing.get_type_hints(record).items()}


def _arrow(hint: Any) -> pa.DataType | None:
    import pyarrow as pa  # only when a table is written: the command line starts without it

    scalars = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(),
               Day: pa.date32(), Int32: pa.int32()}
    if typing.get_origin(hint) in (Union, types.UnionType):
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
    if hint in scalars:
        return scalars[hint]
    if typing.get_origin(hint) is list and typing.get_args(hint)[0] in scalars:
        return pa.list_(scalars[typing.get_args(hint)[0]])
    return None


def arrow_schema(record: type) -> pa.Schema:
    """The Arrow schema of a record whose every field is a scalar (a store table).

    >>> arrow_schema(ViewTableRow).field("seq").type
    DataType(int32)
    """
    import pyarrow as pa

    return pa.schema(list(arrow_types(record).items()))
