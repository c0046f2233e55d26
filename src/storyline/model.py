"""The records that flow through the pipeline.

An :class:`Article` enters the pipeline with its raw text and whatever
metadata the input carried; each stage fills more of it. ``to_dict`` gives
the public JSON shape of DESIGN.md (the output contract); fields whose name
starts with an underscore are working state and never leave the process.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Removed:
    """A line taken out of the article body, with why."""

    text: str
    reason: str


@dataclass
class Actor:
    """A resolved political actor as mentioned in one article.

    ``mentions`` holds ``[start, end]`` character offsets into ``body`` of every
    mention that resolved to this actor.
    """

    id: str
    name: str
    kind: str  # person | org | country | igo | group
    country: str | None = None
    sector: str | None = None
    text: str = ""
    labels: list[str] = field(default_factory=list)
    mentions: list[list[int]] = field(default_factory=list)


@dataclass
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Event:
    """One coded PLOVER event, with the sentence it came from."""

    type: str
    mode: str | None
    cameo_root: str | None
    quad: int | None
    intensity: float | None
    source: list[dict[str, Any]]
    target: list[dict[str, Any]]
    date: str | None
    date_precision: str | None
    date_text: str | None
    location: Location | None
    status: str  # asserted | negated | future | hypothetical
    said_by: dict[str, Any] | None
    sentence: str
    start: int
    end: int
    confidence: float
    trigger: str = ""


@dataclass
class Quote:
    speaker: dict[str, Any] | None
    speaker_text: str | None
    cue: str | None
    text: str
    kind: str  # direct | partial | indirect
    start: int
    end: int
    speaker_span: list[int] | None = None  # [start, end] of the speaker words in ``body``
    cue_span: list[int] | None = None  # [start, end] of the cue word in ``body``
    addressee: str | None = None  # whom the speaker addressed ("told CNN": CNN)
    addressee_span: list[int] | None = None  # [start, end] of the addressee in ``body``


@dataclass
class Article:
    """One news article and everything learned about it.

    >>> a = Article(id="a1", source="a.txt", raw="Hello.")
    >>> a.to_dict()["id"]
    'a1'
    """

    id: str
    source: str
    raw: str = ""
    format: str = "text"  # text | html
    line: int | None = None  # line of the record in its source file (JSON Lines, CSV)
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_from: str | None = None
    byline: str | None = None
    language: str | None = None
    body: str = ""
    removed: list[Removed] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Working state, never serialised: the spaCy Doc over ``body``.
    _doc: Any = field(default=None, repr=False, compare=False)
    # Working state, never serialised: metadata lines found by ``clean``, by role
    # (title, byline, date, url, header; ``html:...`` from HTML markup), for ``meta``.
    _metadata: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)
    # Working state, never serialised: keys of this article's lines that other articles
    # of the run repeat (``inputs.repetition``), which ``clean`` treats as site furniture.
    _repeated: frozenset[int] = field(default_factory=frozenset, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The article in the public JSON shape (DESIGN.md, output contract)."""
        return {
            "id": self.id,
            "source": self.source,
            "outlet": self.outlet,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "published_from": self.published_from,
            "byline": self.byline,
            "language": self.language,
            "body": self.body,
            "removed": [asdict(r) for r in self.removed],
            "actors": [asdict(a) for a in self.actors],
            "events": [asdict(e) for e in self.events],
            "quotes": [asdict(q) for q in self.quotes],
            "warnings": list(self.warnings),
        }


@dataclass
class Skip:
    """An input that could not be analysed, and why (file and line)."""

    source: str
    line: int | None
    reason: str

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class Notice:
    """Something about the input a user should know that skips nothing (file and line),
    such as records sharing an id, kept apart. Reported once, where it was found."""

    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"
