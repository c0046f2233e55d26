"""What every pass over one article reads and shares: its entities, its focus country,
its people and the mentions found so far.

:class:`ArticleReading` holds the state of one article's reading and the look-ups every
pass makes of it (a phrase in the article's terms, the mentions of a sentence, the person
a clause's subject names); :func:`focus_country` is the country the article is about.
The passes themselves are :mod:`.places`, :mod:`.references`, :mod:`.roles` and
:class:`.article.ArticleActors`.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ...doc_index import sentence_at, sentence_of
from ...model import Actor
from ..quotes.marks import inside_quote
from .mentions import Mention
from .people import People, Person
from .phrase import Phrase, analyse, for_country
from .spans import known_bodies, lower_case_name

#: spaCy entity labels read as candidate actors.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
#: Characters of the opening (dateline and lead) whose countries count double for the focus.
LEAD_CHARS = 300
#: The share of an article's country mentions its focus country must hold for a group
#: that nothing nearer places to take it (:meth:`.places.Placing.focus_for`).
SOLE_FOCUS_SHARE = 2 / 3


def focus_country(ents: list[Any]) -> tuple[str | None, float]:
    """The country the article is about: the one its places, demonyms and well-known people
    name most, those of the dateline and lead counting double ("CARACAS (Reuters) -"),
    with its share of those mentions.

    A name two countries share ("Georgia", the country and the US state) counts only
    for a country the article names otherwise, and then for that one.
    """
    counts: Counter[str] = Counter()
    shared: list[tuple[frozenset[str], int]] = []
    for ent in ents:
        phrase = analyse(ent.text)
        entity = phrase.entity or phrase.person_entry
        if entity is None or not entity.country or entity.kind not in ("country", "person"):
            continue
        weight = 2 if ent.start_char < LEAD_CHARS else 1
        choices = countries_named(phrase)
        if len(choices) > 1:
            shared.append((choices, weight))
        else:
            counts[entity.country] += weight
    for choices, weight in shared:
        known = [c for c in choices if counts[c]]
        if len(known) == 1:
            counts[known[0]] += weight
    if not counts:
        return None, 0.0
    focus = max(counts, key=lambda c: counts[c])
    return focus, counts[focus] / sum(counts.values())


def countries_named(phrase: Phrase) -> frozenset[str]:
    """The countries a phrase made of one place name may stand for."""
    if phrase.entity is None or phrase.entity.kind != "country" or len(phrase.hits) != 1:
        return frozenset({phrase.entity.country} if phrase.entity and phrase.entity.country
                         else ())
    return frozenset(e.country for e in phrase.hits[0].entries
                     if e.kind == "country" and e.country)


class ArticleReading:
    """The state of one article's reading, shared by its passes; see the module docstring."""

    def __init__(self, doc: Any, date: str | None, actor_files: tuple[str, ...]) -> None:
        self.doc, self.date, self.files = doc, date, actor_files
        self.bodies = known_bodies(doc)
        self.ents = sorted(self.bodies + [
            e for e in doc.ents if e.label_ in ENTITY_LABELS
            and not lower_case_name(e, date, actor_files)
            and not any(b.start < e.end and e.start < b.end for b in self.bodies)],
            key=lambda e: e.start)
        self.focus, self.focus_share = focus_country(self.ents)
        #: the focus where the story has one country (two thirds of its country mentions)
        self.sole_focus = self.focus if self.focus_share >= SOLE_FOCUS_SHARE else None
        self.people = People(actor_files)
        self.mentions: list[Mention] = []
        self.taken: set[int] = set()  # token indices already read as (part of) a mention
        self.titles: dict[str, list[Phrase]] = {}
        self.countryless: list[tuple[Any, Phrase]] = []
        self.doubtful: list[Any] = []  # PERSON entities that may be common words
        self.sites: set[str] = set()  # keys of PERSON names a sentence makes a place
        self.person_places: dict[str, str] = {}  # person id -> country of a place after their name
        # ``mentions`` by sentence (:meth:`in_sentence`): the list indexed, how many of
        # its mentions are, and the sentence start -> its mentions, in the list's order.
        self._indexed: tuple[list[Mention], int] = (self.mentions, 0)
        self._by_sentence: dict[int, list[Mention]] = {}

    def analyse(self, text: str) -> Phrase:
        """What the tables say of ``text`` in this article (a place two countries share
        is the one the article is about)."""
        return for_country(analyse(text, self.date, self.files), self.focus)

    def quoted(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quoted passage ("Crooked Hillary" in a
        candidate's quote labels no one for the outlet)."""
        return inside_quote(self.doc, offset)

    def add(self, span: Any, actor: Actor | None) -> None:
        """Add ``span``'s words as a mention of ``actor``, if any."""
        if actor is not None:
            self.mentions.append(Mention(span.start_char, span.end_char, span.text,
                                          actor=actor))

    def person_at(self, token: Any) -> Person | None:
        """The person of the mention read so far that holds ``token``, if any."""
        return next((m.person for m in self.mentions
                     if m.person is not None and m.start <= token.idx < m.end), None)

    def subject_person(self, token: Any, through_clause: bool) -> Person | None:
        """The person who is the subject of the nearest verb above ``token`` ("*Lavrov*
        is meeting his counterpart"); with ``through_clause``, of the verb whose clause
        holds it ("*Søreide* said that the Foreign Ministry ...")."""
        t = token
        for _ in range(8):
            if t.head.i == t.i:
                return None
            came_by, t = t.dep_, t.head
            if t.pos_ not in ("VERB", "AUX") or through_clause and came_by != "ccomp":
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            return self.person_at(subj) if subj is not None else None
        return None

    def in_sentence(self, token: Any) -> list[Mention]:
        """The mentions read so far in ``token``'s sentence, in the order read. Mentions
        are only added to the list (or the list replaced), so the index takes the new ones."""
        indexed, done = self._indexed
        if indexed is not self.mentions:
            done, self._by_sentence = 0, {}
        for m in self.mentions[done:]:
            start = sentence_at(self.doc, m.start)
            if start is not None:
                self._by_sentence.setdefault(start, []).append(m)
        self._indexed = (self.mentions, len(self.mentions))
        return self._by_sentence.get(sentence_of(self.doc, token.i)[2], [])
