"""The dates of the acts in one sentence, read off the parse.

:func:`attach_dates` hangs a sentence's DATE entities on its event words and reporting
verbs; :func:`date_for` gives an act its date (its own, the occasion's, the going's);
:func:`said_on` the date of the saying a verbal act is made in; :func:`dated_sayings`
and :func:`dated_acts` collect the sentence's dated sayings and acts for
:mod:`.carried_dates`. Resolving a date's words to a day is :mod:`.dates`' job.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ...doc_index import ents_in
from ...model import Article
from . import roles
from .carried_dates import Dated
from .dates import (
    date_words,
    measures_a_span,
    resolve_entity,
)
from .lexicon import Lexicon
from .state import Context, SentenceState
from .status import with_purposes
from .triggers import Match

#: Participles of speaking whose date is the date of the words they introduce.
SAYING_PARTICIPLES = frozenset({"say", "speak", "talk", "tell", "address"})


def _date_entity(words: list[Any], dates: dict[int, Any], loose: list[Any],
                 head: Any) -> Any | None:
    """The DATE entity of an act's words: one attached to them, else the sentence's only
    date attached to no event word, unless the act is told in a clause on a noun, a
    participle or a relative clause ("on Wednesday adjourned the case of a journalist
    *arrested* over his interviews with a politician who *criticized* the president": the
    date is the adjourning's; the arrest and the criticism have times of their own), but
    for a date of the noun itself ("in 2013, when rebels seized power", "the 2015 deal,
    which provided ..."; a relative clause telling what the act of a dated noun did, "the
    2004 bombing of a French military base ... that killed", :func:`_told_of_its_doer`).
    A span of time that measures something (:func:`dates.measures_a_span`) is no rival to
    the date that places the act ("Another court in November revoked ..., but his lawyers
    were able to postpone the order for a few months"): :func:`attach_dates` leaves it
    out."""
    own = next((dates[t.i] for t in words if t.i in dates), None)
    noun = head.head  # what a clause on a noun describes; its own date stays ("in 2013 when")
    if own is None and _told_of_its_doer(head) and noun.i in dates:
        return dates[noun.i]
    if own is not None or len(loose) != 1:
        return own
    if head.dep_ in ("acl", "relcl") and loose[0].root != noun \
            and noun not in loose[0].root.ancestors:
        return None
    return loose[0]


def _told_of_its_doer(verb: Any) -> bool:
    """Whether a verb tells what the act on whose noun it hangs did, in a relative clause
    whose relative word is the subject ("the 2004 bombing of a French military base ...
    *that killed* an American soil scientist"): the clause is the act, told on, and the
    noun's date is its date. Not a clause whose relative word is the object ("the 2015 deal,
    *which* the U.S. left"), another act on the noun with a time of its own, nor one on a
    person ("the leader of the 2015 protests *who* attacked a police officer": "who" tells
    of the leader, whose acts have times of their own)."""
    return verb.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in verb.children)


#: Prepositions that name the occasion an act happened at ("met at the summit in June").
OCCASION_PREPOSITIONS = ("at", "during")


def occasions(head: Any) -> list[Any]:
    """The nouns an act is said to happen at or during, in its own phrases ("Trump met with
    Kim for the first time *at the Singapore summit in June 2018*", "warned *at the start of
    Brexit negotiations in 2016*", "in a statement issued *at their meeting in July*"): a
    date on the occasion is the act's. Not through its object, whose acts have their own
    ("rejected the accusations made by Israel *at the summit in May*")."""
    out, todo = [], [head]
    while todo:
        for c in todo.pop().children:
            if c.dep_ == "prep" and c.lower_ in OCCASION_PREPOSITIONS:
                out += [o for o in c.children if o.dep_ == "pobj"]
            elif c.dep_ in ("prep", "pobj", "acl"):
                todo.append(c)
    return out


def _at_occasion(verb: Any, st: SentenceState) -> Any | None:
    """The DATE entity of an occasion a verb happens at, given on the occasion's own noun
    ("Sánchez said *during a visit to Beijing in early September* that ...")."""
    return next((st.dates[o.i] for o in occasions(verb) if o.i in st.dates), None)


def _occasion_day(head: Any, st: SentenceState) -> Any | None:
    """For an act named as the occasion of a verb ("*During a visit to Quetta* for a
    high-level security meeting Thursday, ... Sharif told media"), the date said of that
    verb: the act was going on then."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPOSITIONS:
        return None
    verb = prep.head
    ent = st.said_dates.get(verb.i) or st.dates.get(verb.i)
    return ent if ent is not None and _on(ent, verb) else None


def date_for(words: list[Any], head: Any, st: SentenceState, tense_: str
              ) -> tuple[Any, ...]:
    ent = _date_entity(words, st.dates, st.loose_dates, head) or _occasion_day(head, st) \
        or _going_day(head, st)
    if ent is None:
        return None, None, None
    found = resolve_entity(ent, st.published, tense_, head)
    if found is None:
        return None, None, date_words(ent, head)
    return found[0], found[1], ent.text


def _going_day(head: Any, st: SentenceState) -> Any | None:
    """The date said of the going an act is the purpose of, where the parser hangs it on
    the verb that reports the going ("said he would travel to Washington *on Friday* to
    meet Trump": the meeting's day, not the saying's)."""
    goings = with_purposes([head])[1:]
    return next((ent for ent in st.said_dates.values() for g in goings if _on(ent, g)), None)


def said_on(m: Match, reporter: Any | None, st: SentenceState) -> Any | None:
    """The DATE entity of the saying a verbal act is made in, if the sentence gives one: the
    act's own reporting verb ("Scholz on Wednesday said talks must continue"), a saying
    participle on its trigger ("rejected the warrant, telling journalists on Wednesday
    ..."), or the verb that reports it, dated itself or by a saying participle on it
    ("Speaking at the Atlantic Council on Tuesday, O'Brien said the president would ..."),
    or by the occasion it is said at ("said during a visit to Beijing in early September
    that he would urge ..."); ``reporter`` is :func:`reporter`'s."""
    if reporter is not None and reporter.i in st.said_dates and not any(
            reporter.i < w.i < st.said_dates[reporter.i].start for w in with_purposes([m.head])):
        # Not a date after the act its verb reports: "Fu noted that China will convene a
        # meeting in Beijing on Friday" (the parser hangs it on "noted"; it is the meeting's),
        # nor after the going it is the purpose of ("said he would travel to Washington on
        # Friday to meet Trump").
        return st.said_dates[reporter.i]
    if reporter is not None and (ent := _at_occasion(reporter, st)) is not None:
        return ent
    for head in (m.head, reporter):
        if head is None:
            continue
        saying = next((c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                       and c.lemma_ in SAYING_PARTICIPLES), None)
        for verb in (head, saying):
            ent = verb is not None and (st.said_dates.get(verb.i) or st.dates.get(verb.i))
            if ent and _on(ent, verb):
                return ent
    return None


def _on(ent: Any, verb: Any) -> bool:
    """Whether a date is said of the verb itself ("on Wednesday said", "told ... on
    Monday"), not of a word under it ("recognized the winner of the 2018 election")."""
    head = ent.root.head
    return head.i == verb.i or head.dep_ == "prep" and head.head.i == verb.i


def reporter(m: Match, ctx: Context) -> Any | None:
    """The verb that reports an act: the sentence's saying, or for a noun act the verb of
    the clause it is the subject of ("said Sunday that talks are progressing")."""
    if ctx.say is not None:
        return ctx.say.head
    told = told_as([m.head])[0]
    return told.head if told.dep_ == "ccomp" else None


def told_as(own: list[Any]) -> list[Any]:
    """The words that tell an act's tense: its verbs, or for a noun the verb it is the
    subject of ("talks are progressing")."""
    return [t.head if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") else t for t in own]


def dated_sayings(article: Article, matches: list[Match], said: dict[int, Any],
                  dates: dict[int, Any], published: date | None, lex: Lexicon) -> list[Dated]:
    """The reporting verbs of a sentence dated to a day ("Swonger said *Thursday*"), and its
    light verbs of saying dated on the verb itself ("*On Thursday*, ... Khan repeated
    Islamabad's stance"; not "announced the results of the *March 2* election"), each with
    the ids of its speakers."""
    out = []
    for m in matches:
        ent = said.get(m.head.i) if m.frame == "say" else dates.get(m.head.i) \
            if m.frame == "light" and lex.tells_saying(m.head) else None
        if ent is not None and m.frame == "light" and not _on_the_verb(ent, m.head):
            continue
        found = ent and resolve_entity(ent, published, "past", m.head)
        if not found or found[1] != "day":
            continue
        ids = frozenset(a["id"] for a in roles.actors_of(article, roles.sources(m.head))
                        if a.get("id"))
        if ids:
            out.append(Dated(m.head.idx, ids, found[0], ent.text))
    return out


def _on_the_verb(ent: Any, verb: Any) -> bool:
    """Whether a date hangs on the verb itself, not inside its object: a bare date of the
    verb, one in a preposition under it ("repeated ... *on Monday*"), one before its
    subject ("*On Thursday*, ... Khan repeated") or inside the subject before the verb, as
    wires write ("the leader of the Taliban insurgency *Sunday* praised", "The minister
    *Friday* announced"); not a date that modifies a noun of the object ("the *March 2*
    election", "*Monday's* results", "a vote for *Sunday*")."""
    root = ent.root
    if root.dep_ in ("npadvmod", "tmod") and root.head.i == verb.i:
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == verb.i:
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and ent.end <= min(c.left_edge.i for c in subjects):
        return True
    return root.dep_ in ("npadvmod", "tmod", "appos") and root.i < verb.i and any(
        c.left_edge.i <= root.i <= c.right_edge.i for c in subjects)


def dated_acts(matches: list[Match], dates: dict[int, Any], loose: list[Any],
               published: date | None) -> list[Dated]:
    """Acts of a sentence dated to a day (:func:`_date_entity`), whether or not they make an
    event of their own ("came under a bomb and gun attack *on Tuesday*"), each keyed by its
    type."""
    out = []
    for m in matches:
        if m.type is None:
            continue
        ent = _date_entity(m.tokens, dates, loose, m.head)
        found = ent and resolve_entity(ent, published)
        if found and found[1] == "day":
            out.append(Dated(m.head.idx, frozenset({m.type}), found[0], ent.text))
    return out


def attach_dates(sent: Any, matches: list[Match]
                 ) -> tuple[dict[int, Any], list[Any], dict[int, Any]]:
    """Dates attached to event words, dates attached to none, dates of reporting verbs.

    A word with two dates under it takes the nearer: in "carried out 504 attacks in 2024,
    compared to 116 in 2023", 2023 is the date of the figure compared. A span of time that
    measures something (:func:`dates.measures_a_span`) is attached to nothing, so it never
    beats the date that places the act ("The army shelled the city *for three weeks* in
    March"); where it is the sentence's only date words it is kept as a loose date, which
    dates no act but keeps a carried date off it ("spent more than 800 days in prison")."""
    words = {t.i: m for m in matches for t in m.tokens}
    attached: dict[int, Any] = {}
    said: dict[int, Any] = {}
    steps: dict[int, int] = {}
    loose, spans = [], []
    for ent in ents_in(sent):
        if ent.label_ != "DATE":
            continue
        t, climbed, bystander = ent.root, 0, _on_a_bystander(ent.root, words)
        while climbed < 6 and t.head.i != t.i and not bystander \
                and not (t.i in words and not _describes_event(t, words)):
            t, climbed = t.head, climbed + 1
            bystander = _on_a_bystander(t, words)
        if bystander:
            continue
        if measures_a_span(ent):
            spans.append(ent)
            continue
        m = words.get(t.i)
        if m is None:
            loose.append(ent)
            continue
        if steps.get(t.i, climbed + 1) <= climbed:
            continue
        steps[t.i] = climbed
        if m.frame != "say":
            attached[t.i] = ent
        else:
            said[m.head.i] = ent
    return attached, loose if attached or loose or said else spans, said


def _on_a_bystander(tok: Any, words: dict[int, Match]) -> bool:
    """True for the verb of a clause on a noun that names no act ("Zamora, *who founded* the
    newspaper in 1996", "a journalist *known* since 2010 for ..."): a date in it is that
    clause's own time, neither an act's nor the sentence's. Not an "-ing" clause, which
    shares the act's time ("The minister, *speaking* on Monday, rejected ...")."""
    return tok.dep_ in ("relcl", "acl") and tok.pos_ in ("VERB", "AUX") \
        and tok.tag_ != "VBG" and tok.i not in words and tok.head.i not in words


def _describes_event(tok: Any, words: dict[int, Match]) -> bool:
    """True for an untyped trigger in a clause on an event word ("talks that *began* in May")."""
    return words[tok.i].type is None and tok.dep_ in ("relcl", "acl") \
        and tok.head.i in words and words[tok.head.i].type is not None
