"""Dates an article gives once and its later sentences take for granted.

A report dates its main act in the lead ("Militants attacked a passenger train on Tuesday")
and tells the rest of it without a date ("The militants blew up tracks", "Sixteen attackers
were killed"). Read alone, those sentences have no date, and the timeline puts them nowhere.
An act told in the simple or the past perfect ("blew up", "were killed", "had killed"),
asserted, with no date words of its own, takes the day of the nearest earlier act of the
same type in the article that has one (a day, not after the report), or named with its day
without making an event of its own ("came under a bomb and gun attack on Tuesday", no one
named); a deed, or a statement not of the dated act's doers, takes it only while the story
still tells that day, the last sentence with date words before it naming it ("killed in a
gun battle with police Friday", then "escaped Thursday", then "A group of armed prisoners
exchanged gunfire with guards" is Thursday's jailbreak, not Friday's; a span, a deadline, an
age or a month or year holding the day moves nothing, "for more than 15 years", "this
year"). A story may tell the deed before it names the day ("Five Frontier Corps personnel
were also killed in the attack" before "... took over the Jaffar Express ... Tuesday"): a
deed of a type the article dates to one day only, told outright (not a statement, nor an
account someone gives, "the military said it killed 33 terrorists", often of a later day),
takes that day too, where the story around it tells that day alone (the date words of the
last sentence before it that has any, and of every one up to the dated act, name it: not
after "The conflict began a decade ago") and its doer may be the dated act's (one sector of
one country, "Hamas fighters" and "Hamas", or a state and its own bodies, "Israeli troops"
and "Israel"; not "The army killed 20 militants" before "Militants attacked a checkpoint on
Tuesday"). A deed told so in the sentence right after an act of its type dated to a month or
a year takes that month or year, before any later only day ("Israeli commandos stormed the
ship in 2010." then "Nine pro-Palestinian activists aboard were killed."); further on, such
a date is not carried (a story's "last month" is seldom the time of what it tells next but
one). Background told in other tenses ("the group frequently conducts bombings", "has
carried out attacks") and acts of another type keep no date: what they refer to is not that
day; so does an act whose sentence names a date of another word ("Another court in November
revoked his house arrest", "spent 800 days in prison before a court in October granted him
house arrest": the sentence tells its own time, even where the parser hangs the date on a
word that is not the act's), and an act that tells a time of its own in a phrase or an
adverb ("arrested hundreds of protesters during the uprising", "Earlier, they killed two
soldiers") takes no carried date of any kind; a phrase naming an act of the deed's own type,
the act it is part of, is no time of its own ("was killed during the gunfight").

A statement is told the same way: "Swonger said on Thursday ..." dates the speaker's
statement once, and "He urged an end to the tariff fight" goes on telling it. An undated
verbal act (PLOVER's verbal quad classes) told in the simple past or the present (not the
past perfect: "he had urged" is earlier) takes the day of the nearest earlier dated
reporting verb of one of its actors speaking (its source, or who said it). A light verb
of saying (``data/saying_light_verbs.tsv``; "repeat" only with a saying noun as object,
"repeated his stance", not "repeated the attacks") dated on the verb itself (not by a date
inside its object, "announced the results of the March 2 election") dates its speaker as a
reporting verb does ("On Thursday, ...
Ambassador Shafqat Ali Khan, repeated Islamabad's stance" then "'We urge Afghanistan ...,'
Khan told media").

A story of a meeting on one day tells its statements on that day: where the article names
one day only (up to the report; months, years and spans aside), tells a meeting (a CONSULT
of that day, or "a meeting of" a body told in the simple past; not talks to come, expected
or in the perfect, nor an agreement) and someone says something on that day ("Western
envoys warned the Security Council on Friday ..."), a statement the story itself tells
later in the simple past, undated ("Washington's envoy urged Beijing ...", "Fu Cong blamed
the administration for withdrawing in 2017": a date in a clause of what is said is that
act's), takes that day while the story still tells it (a date in a clause of what someone
says, "Russell said there were 221 cases last year", does not move the story; "a war that
began in April 2023" does). Not a quote, a meeting or an agreement, a statement made
through a medium or at an occasion of its own ("criticized it, saying on X"), one whose
sentence tells a time of its own ("The following day", "Russia later denied"), nor one in a
story whose only day is a deed's ("Militants attacked a market on Friday. The U.N.
condemned the attack": a reaction is often of the next day).

>>> from storyline.analyze import analyze_text
>>> found = analyze_text("Militants attacked a train on Tuesday. The militants blew up "
...                      "the tracks. The group often attacks trains.",
...                      published="2025-03-12")["events"]
>>> [(e["sentence"][:9], e["date"]) for e in found if e["type"] == "ASSAULT"]
[('Militants', '2025-03-11'), ('The milit', '2025-03-11'), ('The group', None)]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from ...doc_index import ents_in, sentence_at, sentence_of
from ...model import Event
from ...ontology import flagged, state_sectors, type_table
from .dates import (
    LATER_ADVERBS,
    LATER_MODIFIERS,
    TIME_ADVERBS,
    date_words,
    is_age,
    is_deadline,
    measures_a_span,
    names_the_act_told,
    resolve_entity,
    tells_own_time,
)
from .lexicon import lexicon
from .model import quoted
from .places import MEDIUM_PREPS, PLACE_PREPS
from .status import in_present, tense


class Dated(NamedTuple):
    """A day the text gives: where (character offset), and to what: the ids of who speaks
    for a dated reporting verb, the type for a dated act."""

    start: int
    keys: frozenset[str]
    date: str
    date_text: str | None


def _told_in_past(word: Any | None) -> bool:
    """Whether a trigger's first word is a verb in the simple or the past perfect, active
    ("blew up", "had killed") or passive ("were killed", "had been rescued")."""
    return word is not None and (word.tag_ == "VBD" or word.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in word.children))


def _own_date(word: Any, published: date | None) -> bool:
    """Whether the sentence of ``word`` names a date ("in November"; not a span of time,
    "for a few months", nor a deadline, "by 2050")."""
    return any(ent.label_ == "DATE" and resolve_entity(ent, published)
               for ent in ents_in(word.sent))


def _own_saying_time(word: Any) -> bool:
    """Whether the sentence of a statement tells a time of its own, one we cannot place
    included: a date or a time (``TIME_WORDS``: "*The next morning*"), an adverb of
    ``dates.LATER_ADVERBS`` ("Russia *later* denied", "*hours later*") or a modifier of
    ``dates.LATER_MODIFIERS`` on a noun of when ("*The following day*, the envoy rejected");
    not in a clause of what it says or blames (:func:`_clause_of`, "blamed
    the administration for withdrawing *in 2017*"), the time of what is told, not of the
    saying."""
    return any((t.lower_ in LATER_ADVERBS or t.lower_ in LATER_MODIFIERS
                and t.head.dep_ in ("npadvmod", "pobj")) and _clause_of(t, word) is None
               for t in word.sent) \
        or any(ent.label_ in TIME_WORDS
               and _clause_of(ent.root, word) is None for ent in ents_in(word.sent))


def _speaker_day(e: Event, word: Any | None, said: dict[str, Dated]) -> Dated | None:
    """The dated saying an undated verbal act goes on telling, if any (module docstring)."""
    # Told in the simple past or the present ("urges", "is calling"), not the perfect.
    if not type_table()[e.type].verbal or word is None \
            or not (word.tag_ == "VBD" or in_present(word) and word.tag_ != "VBN"):
        return None
    actors = [*e.source, *([e.said_by] if e.said_by else [])]
    found = [said[a["id"]] for a in actors if a.get("id") in said]
    return max(found, key=lambda s: s.start) if found else None


def _before(found: list[Dated], published: str | None) -> list[Dated]:
    """``found`` in text order, those dated after the report left out."""
    return sorted((s for s in found if published is None or s.date <= published[:10]),
                  key=lambda s: s.start)


def _told_outright(e: Event, word: Any | None) -> bool:
    """Whether an act is a deed told outright: not a statement (PLOVER's verbal quads), nor
    reported by someone ("Security forces in Somalia say they killed all six attackers",
    "the Pakistan military said it killed 33 BLA terrorists": a side's account of how it
    ended, often a later day than the attack the story dates)."""
    return word is not None and e.said_by is None and not type_table()[e.type].verbal \
        and not any(t.dep_ == "ccomp" for t in (word, *word.ancestors))


def _told_just_before(e: Event, word: Any | None, coarse: dict[str, Event]) -> Event | None:
    """The act of ``e``'s type dated to a month or a year in the sentence just before its own,
    if any."""
    told = coarse.get(e.type)
    if told is None or word is None:
        return None
    start = sentence_of(word.doc, word.i)[0]
    if start == 0:
        return None
    _, _, first, end = sentence_of(word.doc, start - 1)
    return told if first <= told.start < end else None


class Doer(NamedTuple):
    """Who did an act: an actor's id, its country and its sector (None where not known, and
    for a state itself, "Israel")."""

    id: str
    country: str | None
    sector: str | None
    state: bool


class DatedAct(NamedTuple):
    """A dated act and who did it (its source, empty for a dated mention that makes no
    event)."""

    dated: Dated
    doers: frozenset[Doer]


def _doers(actors: list[dict[str, Any]]) -> frozenset[Doer]:
    """The actors of an event's role (its source, or its target), as :class:`Doer`."""
    return frozenset(Doer(a["id"], a.get("country"), a.get("sector"),
                          a.get("kind") == "country") for a in actors if a.get("id"))


def _sides_meet(a: frozenset[Doer], b: frozenset[Doer]) -> bool:
    """Whether some doer of ``a`` and some doer of ``b`` may be one (:func:`_one_side`)."""
    return any(_one_side(x, y) for x in a for y in b)


def _one_side(a: Doer, b: Doer) -> bool:
    """Whether two doers may be one: one id; one sector of one country, or of no country
    named ("Hamas fighters" and "Hamas", "militants" and "Somali militants"; not "Hezbollah
    fighters" and "Hamas"); or a state and a body acting for it (``state_sectors`` of
    data/corpus_relations.json: "Israel" and "Israeli troops")."""
    if a.id == b.id:
        return True
    if a.sector and b.sector:
        return a.sector == b.sector and (not a.country or not b.country or a.country == b.country)
    state, body = (a, b) if a.state else (b, a)
    return state.state and bool(state.country) and body.country == state.country \
        and body.sector in state_sectors()


def _only_days(events: list[tuple[Event, Any | None]], acts: list[Dated],
               published: str | None) -> dict[str, DatedAct]:
    """For each type whose dated acts in the article (asserted events dated to a day up to
    the report, and ``acts``) all fall on one day, the first of them: the day an act of the
    type told before any of them takes where :func:`_amid_its_day` allows ("Five Frontier
    Corps personnel were also killed in the attack" before "Tuesday's attack")."""
    dated = [DatedAct(d, frozenset()) for d in acts
             if published is None or d.date <= published[:10]] + [
        DatedAct(Dated(e.start, frozenset({e.type}), e.date, e.date_text), _doers(e.source))
        for e, _ in events
        if e.date_precision == "day" and e.status == "asserted" and e.date
        and (published is None or e.date <= published[:10])]
    days: dict[str, set[str]] = {}
    first: dict[str, DatedAct] = {}
    for d in sorted(dated, key=lambda d: d.dated.start):
        for kind in d.dated.keys:
            days.setdefault(kind, set()).add(d.dated.date)
            first.setdefault(kind, d)
    return {kind: first[kind] for kind, found in days.items() if len(found) == 1}


class Told(NamedTuple):
    """What a DATE entity tells: the day it names (None for one we cannot place, "The
    conflict began *a decade ago*"; the first day of a month or a year for those), its
    precision, and whether it places nothing in time (a span, "for more than 15 years"; a
    deadline, "by 2050"; an age, "the 45-year-old manager"), and whether it lies in a clause
    of what someone says or does (:func:`_clause_of`: "Russell said there were 221 cases
    *last year*"), the time of what is told rather than of the telling."""

    day: str | None
    precision: str | None
    placeless: bool
    told_of: bool = False


#: Each sentence with date words, in order: its ``start_char`` and what its DATE entities tell.
Sentences = list[tuple[int, set[Told]]]


def _dated_sentences(doc: Any, published: date | None) -> Sentences:
    """Each sentence of ``doc`` with date words, in order (:data:`Sentences`)."""
    found: dict[int, set[Told]] = {}
    for ent in ents_in(doc[0:len(doc)]):
        if ent.label_ == "DATE":
            clause = _clause_of(ent.root)
            # a day in a clause told as to come is ahead ("noted that China will convene a
            # meeting on Friday")
            ahead = clause is not None and tense([clause]) == "future"
            told = resolve_entity(ent, published, "future" if ahead else "past")
            placeless = measures_a_span(ent) or is_deadline(date_words(ent)) or is_age(ent.text)
            found.setdefault(sentence_at(doc, ent.start_char) or 0, set()).add(
                Told(*(told or (None, None)), placeless, clause is not None))
    return sorted(found.items())


#: Marks that open a quote.
QUOTE_MARKS = frozenset({'"', "\u201c"})

#: Entities that tell a time.
TIME_WORDS = frozenset({"DATE", "TIME"})

#: Clauses under a verb that tell something else than its own act: what is said or thought
#: (ccomp, xcomp), an act named by a gerund ("blamed X *for withdrawing* in 2017"). Not a
#: clause on a noun ("Najib, whose coalition lost elections *in 2018*, seldom criticized
#: China"), which may tell the time the sentence is about.
CLAUSES = frozenset({"ccomp", "xcomp", "pcomp"})


def _clause_of(tok: Any, verb: Any | None = None) -> Any | None:
    """The head of the nearest clause (:data:`CLAUSES`) under ``verb`` (under the root of its
    sentence, without one) that ``tok`` lies in: "He said there *were* 221 cases *last
    year*", "blamed the administration for *withdrawing* in 2017"; None for "*On Friday*, he
    said", "urged ... *in a 2019 interview*", and for a word that is not under ``verb``."""
    path = []
    while tok.head.i != tok.i and (verb is None or tok.i != verb.i):
        path.append(tok)
        tok = tok.head
    if verb is not None and tok.i != verb.i:
        return None
    return next((t for t in path if t.dep_ in CLAUSES), None)


def _own_time(word: Any, kind: str, acts_at: dict[int, set[str]]) -> bool:
    """Whether a verb (or one it is coordinated with that has no subject of its own) tells a
    time of its own, in a phrase (``dates.tells_own_time``: "arrested hundreds of
    protesters *during the uprising*", not "was killed *during the gunfight*", the act of
    its own type it is part of, whose day a carry gives) or an adverb
    (``dates.TIME_ADVERBS``: "*Earlier*, they killed two soldiers"); not a clause of its
    own the parser coordinates with the act ("... Arnel Joseph was killed,' Frantz Exantus
    ... told reporters *during* an afternoon press conference"). ``acts_at`` gives the
    types of the article's events by the index of the word that tells each."""
    verbs = (word, *(v for v in word.conjuncts
                     if not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)))
    return any(c.dep_ == "prep" and tells_own_time(c.lower_, any(
                   names_the_act_told(o) and any(kind in acts_at.get(i, ())
                                                  for i in range(o.left_edge.i, o.i + 1))
                   for o in c.children if o.dep_ == "pobj"))
               or c.dep_ == "advmod" and c.lower_ in TIME_ADVERBS
               for verb in verbs for c in verb.children)


def _story_day(events: list[tuple[Event, Any | None]], sayings: list[Dated],
               dated: Sentences, published: str | None) -> Dated | None:
    """The day of a story of a meeting that names one day only (up to the report), where
    something is said on it: its first dated saying or statement (not a meeting or an
    agreement, the ``symmetric`` types of data/plover.tsv, acts of two sides), where and in
    what words. The story tells a meeting (:func:`_a_meeting`: "told a meeting of the U.N.
    Security Council"), where those who speak speak that day; without one, what others say
    may be of any day ("Mediator Juan Rojas said on Tuesday ... The rebels urged ..."). A
    story of one day's deed alone gives none: a reaction to it is often of the next day."""
    days = {t.day for _, found in dated for t in found
            if t.precision == "day" and not t.placeless and t.day is not None
            and (published is None or t.day <= published[:10])}
    said = [*sayings, *(Dated(e.start, frozenset(), e.date, e.date_text) for e, _ in events
                        if e.date_precision == "day" and e.date and type_table()[e.type].verbal
                        and e.type not in flagged("symmetric"))]
    meets = any(_a_meeting(e, word, days) for e, word in events)
    return min((s for s in said if s.date in days), key=lambda s: s.start, default=None) \
        if len(days) == 1 and meets else None


def _a_meeting(e: Event, word: Any | None, days: set[str]) -> bool:
    """Whether an event tells a meeting held on the story's day: an asserted CONSULT dated
    that day ("called a private meeting Wednesday"), or the occasion named, a meeting noun
    (one the event lexicon gives as CONSULT) of the event's trigger with the body it is of,
    told in the simple past and undated or of that day ("told a meeting of the U.N. Security
    Council", "spoke ahead of a meeting of the U.N. Security Council"). Not an agreement or
    a cooperation ("The two countries once cooperated closely"), nor talks to come, expected
    or told in the perfect ("are expected to meet", "have held indirect talks for months"):
    those are not the day's."""
    if word is None or e.status != "asserted" or e.type not in flagged("symmetric"):
        return False
    if e.type == "CONSULT" and e.date_precision == "day" and e.date in days:
        return True
    verb = next((t for t in (word, *word.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    return e.date in (None, *days) and verb is not None and verb.tag_ == "VBD" \
        and any(n.pos_ == "NOUN" and _meeting_noun(n.lemma_)
                and any(c.dep_ == "prep" and c.lower_ == "of"
                        and any(o.dep_ == "pobj" for o in c.children) for c in n.children)
                for n in (word, *word.children))


def _meeting_noun(lemma: str) -> bool:
    """Whether a noun names a meeting: a CONSULT entry of its own in the event lexicon
    ("meeting", "summit", "consultation")."""
    return any(entry.type == "CONSULT" for entry in lexicon(()).single.get(lemma, ()))


def _quoted(word: Any) -> bool:
    """Whether a word lies in a quote, or in a sentence that opens with one ("'The Council
    must act,' the statement said"): the speaker's words, whose time is their saying's."""
    return quoted(word) \
        or word.doc.text[word.sent.start_char:word.idx].lstrip()[:1] in QUOTE_MARKS


def _own_occasion(verb: Any) -> bool:
    """Whether a statement names where or through what it was made, on its verb or on an
    "-ing" clause of it ("criticized the meeting, saying *on X* that ...", "urged *in a
    statement*", "told reporters *at a news conference*"): it was made then, which the story
    of the day does not date."""
    verbs = (verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"))
    return any(c.dep_ == "prep" and c.lower_ in MEDIUM_PREPS | PLACE_PREPS
               and any(o.dep_ == "pobj" and o.ent_type_ != "DATE" for o in c.children)
               for v in verbs for c in v.children)


def _said_that_day(e: Event, word: Any | None, day: Dated, dated: Sentences) -> bool:
    """Whether an undated statement takes the day of a story of one day (:func:`_story_day`):
    told by the story in the simple past (not quoted, :func:`_quoted`; not the perfect), no
    meeting or agreement, with no time of its own but in a clause of what it says
    (:func:`_own_saying_time`) and no occasion or medium of its own (:func:`_own_occasion`),
    after the story has told the day and while it still tells it,
    the times of what is told in clauses left out ("The envoys warned Friday ..." ... "China's
    envoy urged Washington ..."; not after "... a war that began in April 2023")."""
    if word is None or word.tag_ != "VBD" or e.said_by is not None \
            or not type_table()[e.type].verbal or e.type in flagged("symmetric") \
            or _quoted(word) or _own_saying_time(word) or _own_occasion(word):
        return False
    here = sentence_at(word.doc, e.start) or 0
    told = [(start, kept) for start, found in dated
            if (kept := {t for t in found if not t.told_of or t.day == day.date})]
    return day.start < e.start and _still_told(here, day.date, told, True)


def _holds(told: Told, day: str) -> bool:
    """Whether a month or a year told holds ``day`` ("this year" of a Tuesday this year)."""
    return told.day is not None and (told.precision == "month" and told.day[:7] == day[:7]
                                     or told.precision == "year" and told.day[:4] == day[:4])


def _still_told(here: int, day: str, dated: Sentences, forward: bool = False) -> bool:
    """Whether the last sentence with date words before the one starting at ``here`` (if
    any) names ``day`` among them: a carried day holds only until the story moves to another
    time ("... was killed in a gun battle with police Friday." ... "He was awaiting trial on
    those charges when he escaped Thursday." ... "A group of armed prisoners exchanged
    gunfire with guards": the jailbreak's Thursday, not Friday). Carrying ``forward``, date
    words that place nothing (a span, "has been fighting the government *for more than 15
    years*"; a deadline; an age, "*The 45-year-old* manager") and a month or a year that
    holds the day ("the deadliest attack in the capital *this year*") do not move the story;
    one we cannot place does ("The conflict began *a decade ago*")."""
    told = [{t.day for t in found if not (forward and (t.placeless or _holds(t, day)))}
            for start, found in dated if start < here]
    return all(day in days for days in [days for days in told if days][-1:])


def _amid_its_day(e: Event, word: Any, only: DatedAct, dated: Sentences) -> bool:
    """Whether an undated deed told before the only day of its type may take it: the story
    around it tells that day alone, the last sentence with date words before the deed and
    every one from the deed to the dated act naming that day among them ("Pakistan officials
    confirmed Friday that 31 people ... lost their lives in Tuesday's train hijacking" then
    "Five Frontier Corps personnel were also killed in the attack" then "... took over the
    Jaffar Express ... Tuesday"; not "The conflict began a decade ago. Rebels killed thousands
    of civilians. On Monday, rebels attacked a market.", nor across "... had been freed before
    the final push Wednesday evening"); and its doers, where both acts name them, may be one
    (:func:`_one_side`; not "The army killed 20 militants" before "Militants attacked a
    checkpoint on Tuesday"). A deed telling a time of its own (:func:`_own_time`) takes no
    carried day at all (:func:`carry_dates`)."""
    own = _doers(e.source)
    here = sentence_at(word.doc, e.start) or 0
    until = sentence_at(word.doc, only.dated.start) or 0
    between = [{t.day for t in found} for start, found in dated if here <= start < until]
    return e.start < only.dated.start and _still_told(here, only.dated.date, dated) \
        and all(only.dated.date in days for days in between) \
        and (not own or not only.doers or _sides_meet(own, only.doers))


def _goes_on_telling(e: Event, word: Any | None, before: DatedAct,
                     said: dict[str, Dated]) -> bool:
    """Whether an undated verbal act goes on telling the dated act ``before`` of its type
    whatever other days the story names in between: its source or speaker may be the dated
    act's doers (:func:`_one_side`; "G7 foreign ministers also discussed" after the G7
    ministers' dated meeting), or its speaker's dated saying (:func:`_speaker_day`) is of that
    day. Not another side's ("The foreign minister condemned the attack on Monday. On
    Wednesday, rebels shelled the city. Rebel leaders accused the army of war crimes.")."""
    if not type_table()[e.type].verbal:
        return False
    own = _doers([*e.source, *([e.said_by] if e.said_by else [])])
    saying = _speaker_day(e, word, said)
    return _sides_meet(own, before.doers) \
        or saying is not None and saying.date == before.dated.date


def _told_again(doc: Any, mention: Dated, act: DatedAct | None) -> bool:
    """Whether a dated mention of an act is the event ``act`` told again: of the same day in
    the same sentence ("Blinken *visited* Kyiv on Monday" makes both); the event's doers
    stay."""
    return act is not None and act.dated.date == mention.date and doc is not None \
        and sentence_at(doc, act.dated.start) == sentence_at(doc, mention.start)


def carry_dates(events: list[tuple[Event, Any | None]], sayings: list[Dated],
                acts: list[Dated], published: str | None) -> list[Event]:
    """``events`` (in text order, each with the first word of its trigger) with each undated
    act told in the past dated as the nearest earlier act of its type that has a day (an
    event, or a dated mention of an act in ``acts``, keyed by type), or each undated
    statement as its speaker's nearest earlier dated saying (see the module docstring)."""
    out: list[Event] = []
    last_day: dict[str, DatedAct] = {}
    said: dict[str, Dated] = {}
    pending_said, pending_acts = _before(sayings, published), _before(acts, published)
    day = date.fromisoformat(published[:10]) if published else None
    only = _only_days(events, pending_acts, published)
    doc = next((w.doc for _, w in events if w is not None), None)
    # the sentences' date words, read only where a carry is possible
    dated: Callable[[], Sentences] = cache(
        lambda: _dated_sentences(doc, day) if doc is not None else [])
    story_day: Callable[[], Dated | None] = cache(
        lambda: _story_day(events, sayings, dated(), published))
    coarse: dict[str, Event] = {}
    acts_at: dict[int, set[str]] = {}
    for e, word in events:
        if word is not None:
            acts_at.setdefault(word.i, set()).add(e.type)
    for e, word in events:
        while pending_said and pending_said[0].start < e.start:
            s = pending_said.pop(0)
            said.update((who, s) for who in s.keys)
        while pending_acts and pending_acts[0].start < e.start:
            s = pending_acts.pop(0)
            last_day.update((kind, DatedAct(s, frozenset())) for kind in s.keys
                            if not _told_again(doc, s, last_day.get(kind)))
        # An act that tells a time of its own ("during the uprising", "earlier") takes none.
        undated = e.date is None and e.date_text is None and e.status == "asserted" \
            and not (word is not None and _own_time(word, e.type, acts_at))
        past = undated and _told_in_past(word) and not _own_date(word, day)
        deed = past and _told_outright(e, word)
        if past and (before := last_day.get(e.type)) is not None and (
                _goes_on_telling(e, word, before, said) or _still_told(
                    sentence_at(word.doc, e.start) or 0, before.dated.date, dated(), True)):
            e = replace(e, date=before.dated.date, date_precision="day",
                        date_text=before.dated.date_text)
        elif undated and (saying := _speaker_day(e, word, said)) is not None:
            e = replace(e, date=saying.date, date_precision="day", date_text=saying.date_text)
        elif undated and (one := story_day()) is not None \
                and _said_that_day(e, word, one, dated()):
            e = replace(e, date=one.date, date_precision="day", date_text=one.date_text)
        elif deed and (told := _told_just_before(e, word, coarse)) is not None:
            e = replace(e, date=told.date, date_precision=told.date_precision,
                        date_text=told.date_text)
        elif deed and (later := only.get(e.type)) is not None \
                and _amid_its_day(e, word, later, dated()):
            e = replace(e, date=later.dated.date, date_precision="day",
                        date_text=later.dated.date_text)
        elif e.date_precision == "day" and e.status == "asserted" and e.date \
                and (published is None or e.date <= published[:10]):
            last_day[e.type] = DatedAct(Dated(e.start, frozenset({e.type}), e.date, e.date_text),
                                        _doers(e.source))
        if e.date_precision in ("month", "year") and e.status == "asserted":
            coarse[e.type] = e
        out.append(e)
    return out
