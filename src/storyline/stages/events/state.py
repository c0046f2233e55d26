"""What the ``events`` stage carries while it codes one sentence.

:class:`Context` is what the triggers above an event lend it (its carriers, who said
it, whether it was planned, the verbal act it is spoken of by); :class:`SentenceState`
is the per-sentence working data the events built from one sentence share (its dates,
mode words, role caches, the facts the learned models read).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...model import Article
from .lexicon import Lexicon
from .triggers import Match


@dataclass(frozen=True)
class Context:
    """What the triggers above an event lend it."""

    carriers: tuple[Match, ...] = ()
    said_by: dict[str, Any] | None = None
    say: Match | None = None
    planned: bool = False
    #: The verbal act this event is what is spoken of ("condemned *the attack*"): its
    #: speaker did not do it.
    about: Match | None = None


@dataclass
class SentenceState:
    """Per-sentence working data shared by the events built from it."""

    article: Article
    sent: Any
    published: date | None
    dates: dict[int, Any]  # token index of an event word -> DATE entity attached to it
    loose_dates: list[Any]
    said_dates: dict[int, Any]  # token index of a reporting verb -> its DATE entity
    modes: list[tuple[Any, Any]]
    lex: Lexicon = field(default_factory=Lexicon)  # its ``forms``: inflected trigger words
    # Speech verbs beside the events and the words of whom each addresses (role_words.listeners).
    audiences: dict[int, set[int]] | None = None
    sectors: dict[int, str | None] = field(default_factory=dict)  # candidate word -> sector
    # Trigger head -> who underwent its act (agency.undergoer), read by the rules and the ranker.
    undergoers: dict[int, list[Any]] = field(default_factory=dict)
    # Trigger head -> whether it is a participle said of the noun it modifies
    # (agency.is_participle).
    participles: dict[int, bool] = field(default_factory=dict)
    # Words that name a thing, never a target (role_words.things): read by the rules and the ranker.
    things: set[int] = field(default_factory=set)
    # Acts a telling noun tells of with no carrier above (tree.trees, tree._topic_of_a_thing): their
    # roles are in their own phrase or nowhere.
    topics: set[int] = field(default_factory=set)
    # Nouns heading an act of their own ("the arrest", "Russia's invasion") -> its types
    # (every trigger entry the noun heads): as the subject of a verb carrying an event
    # they lend it no doer but in one campaign (agency.other_acts).
    act_nouns: dict[int, set[str]] = field(default_factory=dict)
    # What the learned models read of each event, by (trigger, type): see stage._score.
    facts: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    # For training (training/events.py): every event's role candidates and features.
    trace: list[dict[str, Any]] | None = None
