"""The registry of corpus views: each view declared once, read by every output.

A :class:`View` says how its rows are computed (from the shared steps of
:class:`~storyline.corpus.context.Corpus`), which filter columns the store keeps
for it (:class:`Keys`), the columns and order of its terminal table, its record
(:mod:`storyline.records`), its doc, and the filters its web API route takes.
:func:`storyline.corpus.compute`, the store, the export, the CLI (one command a
view), the web API (one route a view) and the report all read :data:`REGISTRY`,
so a new view is one entry here.

>>> list(REGISTRY)[:3], REGISTRY["comparison"].command
(['articles', 'actors', 'events'], 'compare')
>>> REGISTRY["quotes"].keys({"kind": "direct", "outlet": "DW", "article_key": "k",
...                          "speaker_id": "nor"}, Lookup.of({}))
Keys(type='direct', date=None, outlets=['DW'], actors=['nor', None])
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..records import (
    ActorRow,
    ArticleRow,
    AttentionRow,
    EventRow,
    QuoteRow,
    ThreadRow,
    TimelineRow,
)
from . import attention, compare, contradictions, framing, timeline
from .align import camps
from .context import Corpus

Row = dict[str, Any]


class Keys(NamedTuple):
    """What the store filters one row of a view by (``--type``, ``--from``/``--to``,
    ``--outlet``, ``--actor``)."""

    type: Any = None
    date: Any = None
    outlets: Sequence[Any] = ()
    actors: Sequence[Any] = ()


@dataclass(frozen=True)
class Lookup:
    """What a row's filter columns may look up in the other views."""

    events: Mapping[Any, Row]
    published: Mapping[Any, Any]
    outlet: Mapping[Any, Any]
    actor_names: Mapping[Any, Sequence[Any]] = field(default_factory=dict)

    @classmethod
    def of(cls, views: Mapping[str, Sequence[Row]]) -> Lookup:
        """The lookups of a set of views (as :func:`storyline.corpus.compute` gives them)."""
        articles = views.get("articles", [])
        return cls({e.get("event_id"): e for e in views.get("events", [])},
                   {a.get("article_key"): a.get("published") for a in articles},
                   {a.get("article_key"): a.get("outlet") for a in articles},
                   {a.get("actor_id"): [a.get("actor_id"), a.get("name"), *a.get("aliases", [])]
                    for a in views.get("actors", [])})

    def names_of(self, actor_ids: Sequence[Any]) -> list[Any]:
        """The ids, names and aliases of the corpus actors ``actor_ids``."""
        return [n for i in actor_ids for n in self.actor_names.get(i, [i])]

    def event_actors(self, event: Row) -> list[Any]:
        """The actor ids and names of an event."""
        return [*event.get("source", []), *event.get("target", []),
                *event.get("source_names", []), *event.get("target_names", [])]

    def actors_of(self, event_id: Any) -> list[Any]:
        """The actor ids and names of the event ``event_id``."""
        return self.event_actors(self.events.get(event_id, {}))


@dataclass(frozen=True)
class View:
    """One corpus view (docs/CORPUS.md).

    Attributes:
        name: the view's name in the store, the export and the web API (``/api/NAME``).
        compute: its rows, in order, from the shared steps of a corpus.
        keys: the filter columns of one row.
        doc: one line of what it holds (the help of its command, its API description).
        summary: its title in the API docs.
        command: its command on the command line, when not its name.
        table: the columns of its terminal table, ``(field, header)``; none: no table.
        sort: the order of its terminal table (the other formats keep the view's order).
        filters: the filters its rows' keys hold (those of ``Store.view``): the query
            parameters of its API route and the options its command takes.
        record: the typed record of a row (:mod:`storyline.records`), when declared.
        heavy: fields of the computed rows left out of the view (read one by one).
        hides: rows with ``shown`` false are left out unless asked for (``--hidden``).
    """

    name: str
    compute: Callable[[Corpus], list[Row]]
    keys: Callable[[Row, Lookup], Keys]
    doc: str
    summary: str
    command: str = ""
    table: tuple[tuple[str, str], ...] = ()
    sort: Callable[[Row], Any] | None = None
    filters: tuple[str, ...] = ()
    record: type | None = None
    heavy: tuple[str, ...] = ()
    hides: bool = False

    def __post_init__(self) -> None:
        if not self.command:
            object.__setattr__(self, "command", self.name)


def number(value: Any) -> float:
    """``value`` as a number to sort by (0 when it is none)."""
    return float(value) if isinstance(value, int | float) else 0.0


def _actors(c: Corpus) -> list[Row]:
    camp_of = camps(c.alliances)
    return [{**a, "camp": camp_of.get(a["actor_id"])} for a in c.registry.actors]


def _attention_keys(r: Row, _: Lookup) -> Keys:
    by_type, by_actor = r.get("scope") == "type", r.get("scope") == "actor"
    return Keys(r.get("key") if by_type else None, r.get("date"), [r.get("outlet")],
                [r.get("key"), r.get("name")] if by_actor else [])


ALL_FILTERS = ("actor", "type", "outlet", "date_from", "date_to")

#: Every view, in the order :func:`storyline.corpus.compute` returns them.
REGISTRY: dict[str, View] = {v.name: v for v in (
    View("articles", lambda c: c.article_rows,
         lambda r, look: Keys(None, r.get("published"), [r.get("outlet")],
                              look.names_of(r.get("actor_ids", []))),
         "Articles: publication date, outlet, title, and the article each duplicates.",
         "Articles (metadata)",
         table=(("published", "published"), ("outlet", "outlet"), ("title", "title"),
                ("duplicate_of", "duplicate of")),
         sort=lambda r: (str(r.get("published") or "9999"), str(r.get("outlet") or "")),
         filters=("actor", "outlet", "date_from", "date_to"), record=ArticleRow,
         heavy=("body", "removed", "actors", "events", "quotes")),
    View("actors", _actors,
         lambda r, _: Keys(r.get("kind"), None, [lab.get("outlet") for lab in r.get("labels", [])],
                           [r.get("actor_id"), r.get("name"), *r.get("aliases", [])]),
         "Actors merged across articles, with labels per outlet.",
         "Actors resolved across articles",
         table=(("name", "name"), ("kind", "kind"), ("country", "country"),
                ("sector", "sector"), ("n_mentions", "mentions"), ("n_articles", "articles"),
                ("n_outlets", "outlets"), ("actor_id", "id")),
         sort=lambda r: (-number(r.get("n_mentions")), str(r.get("name") or "").lower()),
         filters=("actor", "type", "outlet"), record=ActorRow),
    View("events", lambda c: c.events,
         lambda r, look: Keys(r.get("type"), r.get("date"),
                              [m.get("outlet") for m in r.get("mentions", [])],
                              look.event_actors(r)),
         "Events deduplicated across articles, with their mentions.",
         "Events, each with its mentions",
         table=(("date", "date"), ("type", "type"), ("source_names", "source"),
                ("target_names", "target"), ("status", "status"), ("num_outlets", "outlets"),
                ("confidence", "conf.")),
         sort=lambda r: (str(r.get("date") or "9999"), -number(r.get("num_outlets")),
                         -number(r.get("num_mentions"))),
         filters=ALL_FILTERS, record=EventRow, hides=True),
    View("quotes", lambda c: c.quotes,
         lambda r, look: Keys(r.get("kind"), look.published.get(r.get("article_key")),
                              [r.get("outlet")], [r.get("speaker_id"), r.get("speaker_name")]),
         "Quotes with their resolved speakers.", "Quotes attributed to speakers",
         table=(("speaker_name", "speaker"), ("text", "quote"), ("kind", "kind"),
                ("outlet", "outlet")),
         filters=("actor", "type", "outlet", "date_from", "date_to"), record=QuoteRow),
    View("timeline", lambda c: timeline.timeline(c.shown),
         lambda r, look: Keys(r.get("type"), r.get("date"), r.get("outlets", []),
                              look.actors_of(r.get("event_id"))),
         "Events by event date, with the outlets that reported them.", "Events by event date",
         table=(("date", "date"), ("type", "type"), ("summary", "what happened"),
                ("outlets", "outlets"), ("num_mentions", "mentions"),
                ("shown_reason", "shown")),
         filters=ALL_FILTERS, record=TimelineRow),
    View("alliances", lambda c: c.alliances,
         lambda r, _: Keys(r.get("relation"), None, [],
                           [r.get(k) for k in ("a", "b", "a_name", "b_name")]),
         "Who supports, recognises, sanctions or accuses whom.", "Who backs or opposes whom",
         table=(("a_name", "actor"), ("relation", "relation"), ("b_name", "towards"),
                ("sign", "sign"), ("weight", "events")),
         sort=lambda r: (-number(r.get("weight")), str(r.get("a_name") or "")),
         filters=("actor", "type")),
    View("comparison",
         lambda c: compare.compare(c.articles, c.registry.actors, c.shown, c.quotes,
                                   c.duplicates,
                                   framing.framing(c.originals, c.registry.resolve, c.names),
                                   framing.quoted_words(c.originals, c.registry.resolve),
                                   framing.voice(c.originals, c.registry.resolve)),
         lambda r, _: Keys(None, None, [r.get("outlet")], []),
         "How each outlet told the story: labels, quotes, events.",
         "How each outlet told the story", command="compare",
         sort=lambda r: (-number(r.get("n_articles")), str(r.get("outlet") or "")),
         filters=("outlet",)),
    View("contradictions", lambda c: contradictions.contradictions(c.shown, c.aggregator,
                                                                 c.thread_of),
         lambda r, look: Keys(None, None, r.get("outlets", []),
                              [a for i in r.get("event_ids", []) for a in look.actors_of(i)]),
         "Where outlets disagree: one affirms what another denies, or says talks ended that "
         "another says go on.", "Where outlets contradict each other",
         table=(("description", "what differs"), ("outlets", "outlets")),
         filters=("actor", "outlet")),
    View("threads", lambda c: c.threads,
         lambda r, look: Keys(None, r.get("first"),
                              [look.outlet.get(k) for k in r.get("article_keys", [])], []),
         "Stories about the same incident, linked across articles.",
         "Story threads: articles about the same incident",
         table=(("first", "first"), ("last", "last"), ("n_articles", "articles"),
                ("title", "title")),
         sort=lambda r: (-number(r.get("n_articles")), str(r.get("first") or "")),
         filters=("outlet", "date_from", "date_to"), record=ThreadRow),
    View("attention",
         lambda c: attention.attention(c.article_rows, c.shown, c.registry.resolve, c.names),
         _attention_keys,
         "Attention over time: articles and mentions per day per outlet, overall, per event "
         "type (--type) and per actor (--actor).", "Attention over time",
         table=(("date", "date"), ("outlet", "outlet"), ("scope", "scope"), ("name", "of"),
                ("articles", "articles"), ("mentions", "mentions")),
         filters=ALL_FILTERS, record=AttentionRow),
)}
