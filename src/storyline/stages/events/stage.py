"""The ``events`` stage: each sentence's political events in PLOVER.

For every sentence that holds a trigger word (a cheap lookup first, see
:func:`~storyline.stages.events.lexicon.may_hold_event`) the stage finds the
lexicon's triggers, links them into a tree by the parse (a trigger *governs*
the triggers in its complement or object: "refused to take part in talks" is
one REJECT, "voiced support" is one SUPPORT carried by "voiced", "X said Y will
meet Z" is Y's CONSULT said by X) and codes each top event with its type,
mode, CAMEO root, quad class, intensity, roles, status, date and place.

Coordinated actors are kept together: "Russia, Cuba and Iran voiced support for
Maduro" is one SUPPORT whose ``source`` lists the three (the corpus stages
split or merge events across articles). A mutual event ("talks between Lavrov
and Pompeo", "blamed one another") lists every party as source, and for
"one another" as target too.

>>> from storyline.analyze import analyze_text
>>> out = analyze_text("Russia voiced support for Maduro on Sunday.", published="2019-05-05")
>>> [(e["type"], e["date"]) for e in out["events"]]
[('SUPPORT', '2019-05-05')]
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ...doc_index import ents_in, lowers, poses
from ...model import Article, Event, Location
from ...ontology import cameo_intensity, flagged, mode_cameo, type_table
from ...pipeline import stage
from ...settings import Settings
from ...world_places import place_key
from ..actors.lexicon import sector_words, singular
from ..nlp import lemma
from ..quotes.speakers import cues
from . import READS, VERSION, WRITES, roles
from . import model as event_model
from . import rules as event_rules
from .carried_dates import Dated, carry_dates
from .dates import (
    date_words,
    measures_a_span,
    resolve_entity,
)
from .dates import load as load_dates
from .lexicon import Entry, Lexicon, lexicon
from .places import DESTINATION_PREPS, MEDIUM_PREPS, PLACE_LABELS, event_place, lookup
from .status import for_clause, in_present, status, tense, with_purposes
from .triggers import Match, find_matches, mode_words

#: Dependencies along which a trigger sits inside the trigger above it.
EMBED_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "pcomp", "attr",
                        "oprd", "dative", "appos", "nsubjpass", "agent", "prt", "obj",
                        "acomp", "compound"})
#: Prepositions of time, cause or concession: what they introduce is not an argument.
LOOSE_PREPS = frozenset({"after", "before", "since", "during", "despite", "following", "amid",
                         "amidst", "until", "ahead", "because", "as", "while", "like",
                         "besides", "instead", "than"})
#: Prepositions of topic: an act in such a phrase on a word that is no trigger ("issued
#: a statement *on* the release of ...", "declare an emergency *over* a spate of
#: abductions") is what that word is about, not what the verb above carries.
TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})
#: The mode a REQUEST or REJECT takes from the type of the event asked for or refused.
MODE_FROM_INNER = {t: i.asked_mode for t, i in type_table().items() if i.asked_mode}
CAMEO_FROM_MODE = mode_cameo()
#: Types whose future form is a promise or a threat rather than a scheduled event
#: ("Putin will meet Erdogan in Ankara" is AGREE): the ``intent`` flag of data/plover.tsv.
INTENT_TYPES = flagged("intent")
#: Measures a government enacts by announcing them: "announced it would deny entry to ..."
#: is the sanction, where "said it would ..." is a threat (flag ``announced``).
ANNOUNCED_TYPES = flagged("announced")
ANNOUNCING_VERBS = frozenset({"announce", "declare", "decree"})
#: Sectors of a people driven from their homes: expelling them is an assault, not a sanction.
UPROOTED_SECTORS = frozenset({"REF", "CVL"})
RECIPROCAL_WORDS = frozenset({"one", "each", "another", "other"})
SELF_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
#: Types whose verbs also report a grievance in words ("protested that", "charged that").
SPOKEN_AS_ACCUSE = flagged("spoken")
#: Verbs that characterise their subject by an event noun ("poses a threat", "constitutes
#: an attack"): an assessment, not an act.
ASSESSING_VERBS = frozenset({"pose", "represent", "constitute"})
#: Entity labels of places and times, which are no actor: a "from" phrase of one tells where
#: or when an act came from, not who made it ("a statement from the White House lawn").
NO_MAKER_LABELS = frozenset({"LOC", "FAC", "DATE", "TIME"})
#: Nouns of "in protest against X", "in defiance of X": X is whom the act is aimed at.
GRIEVANCE_NOUNS = frozenset({"protest", "defiance", "condemnation"})
#: Acts of force, done (or threatened) to a place and its people (flag ``force``).
FORCE_TYPES = flagged("force")
#: The role ranker fills a role the rules leave empty with the word it rates above
#: ``ROLE_THRESHOLD``; it replaces the rules' choice only when it rates that choice below
#: ``KEEP_THRESHOLD`` and its own above ``REPLACE_THRESHOLD``.
ROLE_THRESHOLD = 0.4
REPLACE_THRESHOLD = 0.7
KEEP_THRESHOLD = 0.1
#: Subordinators of contrast and concession ("while", "whereas", "although").
CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though", "whilst"})
#: Marks of the clause whose subject a promise or threat binds ("unless Baghdad accepts")
#: and of the clause whose subject a refusal waits for ("until the government provides").
OFFER_MARKS = frozenset({"if", "unless"})
REFUSAL_MARKS = frozenset({"until", "unless"})
#: A word before a condition's mark that makes it a concession ("even if"): no condition.
CONCESSIVE = frozenset({"even"})
#: Helpers that tell a stance in the present ("is calling for", "is ready to").
STANCE_HELPERS = frozenset({"aux", "auxpass", "cop"})
#: Prepositions after what a request asks for that name whom it is aimed at.
AIMED_PREPS = frozenset({"against", "on", "with", "between"})
#: Participles of speaking whose date is the date of the words they introduce.
SAYING_PARTICIPLES = frozenset({"say", "speak", "talk", "tell", "address"})
#: Prepositions of place: what they introduce is where, not whom, unless someone acts.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout",
                            "around"})
#: Prepositions of place or time that never join what a request asks ("demanded ... *at*
#: the fourth round of talks"): an act under them gives a request or refusal no mode.
ASIDE_PREPS = (LOCATIVE_PREPS - {"in"}) | LOOSE_PREPS


@dataclass
class Node:
    """A trigger and the triggers it governs."""

    match: Match
    children: list[Node] = field(default_factory=list)


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


def _is_adjunct_clause(tok: Any) -> bool:
    """A clause that elaborates the event above it: "staged rallies *to demand* reforms",
    "demonstrated *calling for* independence" (not "after ...", "as ...", "if ...")."""
    return tok.dep_ == "advcl" and not any(c.dep_ == "mark" and c.tag_ != "TO"
                                           for c in tok.children)


def _is_purpose_clause(tok: Any) -> bool:
    """ "staged rallies *to demand* reforms", "a strike *to protest* ...": an adjunct clause,
    or an infinitive the parser hung on the noun."""
    return _is_adjunct_clause(tok) or tok.dep_ in ("relcl", "acl") and any(
        c.tag_ == "TO" for c in tok.children)


def _background(tok: Any) -> bool:
    """True when the word sits in a relative clause or a time or cause adjunct (not a
    contrast: "*While* Washington recognizes Guaidó, Russia backs Maduro" asserts both)."""
    t = tok
    for _ in range(12):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("relcl", "acl") and t.pos_ == "VERB" or t.dep_ == "advcl" \
                and not _is_adjunct_clause(t) and not _contrast(t) \
                or t.dep_ == "prep" and t.lower_ in LOOSE_PREPS:
            return True
        t = t.head
    return False


def _contrast(clause: Any) -> bool:
    """A clause opened by a word of contrast or concession: it asserts what it says."""
    return any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in clause.children)


def _parent(m: Match, by_token: dict[int, Match]) -> tuple[Match | None, bool]:
    """The trigger that carries ``m``, or None; and whether ``m`` is what a telling noun
    tells of with no carrier above (:func:`_topic_of_a_thing`)."""
    for other in set(by_token.values()):
        if other is not m and any(a.i == m.head.i for a in other.args):
            return other, False
    t, topic = m.head, False
    for _ in range(5):
        if t.head.i == t.i:
            return None, topic
        dep = t.dep_
        if dep == "csubj" or dep == "nsubj" and t.head.lemma_ == "be":
            # "removing the sanctions is out of the question", "talks are out of the
            # question": the act is what the predicate of its clause rules on.
            return next((by_token[c.i] for c in t.head.children if c.i in by_token
                         and c.dep_ in ("prep", "acomp", "attr")
                         and by_token[c.i].frame == "govern"), None), False
        if dep == "conj" and (t.pos_ in ("NOUN", "PROPN") and t.head.pos_ in ("NOUN", "PROPN")
                              or t.head.dep_ in ("xcomp", "ccomp", "pcomp")):
            pass
        elif dep not in EMBED_DEPS and not _is_adjunct_clause(t) and not (
                for_clause(t) and _frame(by_token.get(t.head.i)) == "govern"):
            # "called for Russia to agree": the "for X to" clause is what is asked for.
            return None, topic
        if dep == "prep" and t.lower_ in LOOSE_PREPS:
            return None, topic
        topic = topic or dep == "prep" and _topic_of_a_thing(t, by_token)
        t = t.head
        up = by_token.get(t.i)
        if up is not None and up is not m:
            if topic and up.frame in ("light", "receive"):
                return None, True  # "issued a statement on the release": no carrier of it
            noun = _demand_noun(up, t, by_token)
            return (noun if noun is not None and noun is not m else up), False
    return None, topic


def _topic_of_a_thing(prep: Any, by_token: dict[int, Match]) -> bool:
    """True for a topic phrase on a noun that is no trigger ("a statement *on the release
    of* the journalist", or on the verb whose object that noun is): the act in it is what
    the noun tells of, so a light verb above (the statement's issuer) neither carries it
    nor lends it a doer (:func:`_parent`)."""
    if prep.lower_ not in TOPIC_PREPS:
        return False
    # The parser may hang the phrase on the verb whose object the noun is.
    holders = [prep.head] if prep.head.pos_ != "VERB" else \
        [c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i]
    return any(h.pos_ in ("NOUN", "PROPN") and h.i not in by_token for h in holders)


def _frame(m: Match | None) -> str | None:
    return m.frame if m is not None else None


def _demand_noun(up: Match, clause: Any, by_token: dict[int, Match]) -> Match | None:
    """ "reiterated its demand that Israel ease restrictions": the clause the parser hung
    on the verb belongs to the govern noun the verb carries."""
    if up.frame not in ("light", "say", "pass", "plan"):
        return None
    for c in up.head.children:
        noun = by_token.get(c.i)
        if c.dep_ == "dobj" and noun is not None and noun.frame == "govern":
            return noun
    return None


def _tree(matches: list[Match]) -> tuple[list[Node], set[int]]:
    """The triggers of a sentence as trees of carriers and what they carry, and the heads
    of the acts a telling noun tells of with no carrier above (:func:`_parent`)."""
    by_token = {t.i: m for m in matches for t in m.tokens}
    nodes = {id(m): Node(m) for m in matches}
    roots, topics = [], set()
    for m in matches:
        p, told_of = _parent(m, by_token)
        if p is None:
            roots.append(nodes[id(m)])
            if told_of:
                topics.add(m.head.i)
        else:
            nodes[id(p)].children.append(nodes[id(m)])
    return roots, topics


def _main_children(node: Node) -> list[Node]:
    """The children that carry the event: an adjunct clause ("to demand ...") only when
    nothing else does."""
    core = [ch for ch in node.children if ch.match.head.dep_ != "advcl"]
    return core if any(_typed(ch) for ch in core) else node.children


def _typed(node: Node) -> bool:
    return node.match.type is not None or any(_typed(ch) for ch in node.children)


def _inner(node: Node) -> Node | None:
    """The node of the nearest typed trigger below ``node``, through carrying verbs."""
    for ch in _main_children(node):
        if ch.match.type is not None:
            return ch
        deeper = _inner(ch)
        if deeper is not None:
            return deeper
    return None


def _asked(node: Node | None) -> Match | None:
    """What a request or refusal asks for or refuses: the nearest typed trigger below, or,
    when that is an agreement, what is to be agreed to ("urged Putin to agree to *a
    meeting*": an agreement has no asked mode of its own, plover.tsv)."""
    if node is None:
        return None
    deeper = _inner(node) if node.match.type == "AGREE" else None
    return deeper.match if deeper is not None and deeper.match.type else node.match


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
    # Speech verbs beside the events and the words of whom each addresses (_listeners).
    audiences: dict[int, set[int]] | None = None
    sectors: dict[int, str | None] = field(default_factory=dict)  # candidate word -> sector
    # Trigger head -> who underwent its act (_undergoer), read by the rules and the ranker.
    undergoers: dict[int, list[Any]] = field(default_factory=dict)
    # Trigger head -> whether it is a participle said of the noun it modifies (_participle).
    participles: dict[int, bool] = field(default_factory=dict)
    # Words that name a thing, never a target (_things): read by the rules and the ranker.
    things: set[int] = field(default_factory=set)
    # Acts a telling noun tells of with no carrier above (_tree, _topic_of_a_thing): their
    # roles are in their own phrase or nowhere.
    topics: set[int] = field(default_factory=set)
    # Nouns heading an act of their own ("the arrest", "Russia's invasion") -> its types
    # (every trigger entry the noun heads): as the subject of a verb carrying an event
    # they lend it no doer but in one campaign (_other_acts).
    act_nouns: dict[int, set[str]] = field(default_factory=dict)
    # What the learned models read of each event, by (trigger, type): see _score.
    facts: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    # For training (training/events.py): every event's role candidates and features.
    trace: list[dict[str, Any]] | None = None


def _own_subject(tok: Any) -> list[Any]:
    return [c for c in tok.children if c.dep_ in ("nsubj", "poss")]


def _combine(m: Match, inner: Match | None, asked: Match | None
             ) -> tuple[str, str | None, str | None]:
    """The type, mode and CAMEO code of trigger ``m`` over the typed trigger ``inner`` it
    carries; ``asked`` is what a request or refusal asks for (:func:`_asked`)."""
    kind, mode, cameo = m.type or "", m.entry.mode, m.entry.cameo
    if m.frame != "govern" or inner is None or inner.type is None:
        return kind, mode, cameo
    table = type_table()
    if kind == "AGREE" and table[inner.type].quad == 4:
        return "THREATEN", inner.entry.mode if inner.type == "THREATEN" else None, "13"
    if kind in ("REQUEST", "REJECT") and mode is None and _asked_itself(asked, m):
        mode = MODE_FROM_INNER.get(asked.type) if asked is not None and asked.type else None
        cameo = CAMEO_FROM_MODE.get((kind, mode), cameo) if mode else cameo
    if kind == "AGREE" and inner.type == "CONSULT" and inner.entry.mode == "third-party":
        cameo = "039"
    return kind, mode, cameo


def _asked_itself(asked: Match | None, m: Match) -> bool:
    """Whether ``asked`` is what request or refusal ``m`` asks for or refuses, not an act in
    a phrase of place or time below it ("demanded the removal of the president *at the
    fourth round of talks*": no meeting is asked). Only what is asked gives the mode; where
    that is unsure, no mode (a wrong one misleads). "In" also joins what is asked ("refused
    to take part *in* another round of talks"), so it does not count."""
    return not any(t.dep_ == "prep" and t.lower_ in ASIDE_PREPS for t in _path(asked, m))


def _reporting_tail(tok: Any) -> bool:
    """ "Croatia is failing ..., a human rights group protested here Wednesday": a closing
    reporting clause the parser hung on the last noun, its subject after a comma."""
    start = tok.head.left_edge.i
    return tok.dep_ == "acl" and tok.pos_ == "VERB" and start > tok.sent.start \
        and tok.doc[start - 1].text == "," and tok.head.i < tok.i \
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children)


def _spoken(m: Match) -> bool:
    """A protest or a charge made in words ("protested that ...", "charged that ...", or a
    closing "..., the group charged"): an accusation, not a demonstration or an arrest."""
    head = m.head
    deps = {c.dep_ for c in head.children}
    return m.type in SPOKEN_AS_ACCUSE and m.frame == "event" and not m.entry.args \
        and head.pos_ == "VERB" and "dobj" not in deps \
        and ("ccomp" in deps or _reporting_tail(head))


def _commissive(m: Match, ctx: Context) -> tuple[str, str] | None:
    """A reported promise or threat: "Fiji's rebels said they will release ..." -> AGREE."""
    if ctx.say is None or m.frame == "govern" or m.type is None:
        return None
    head = m.head
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in head.children):
        return None
    subj = [c for c in head.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lower_ not in SELF_PRONOUNS:
        return None
    return ("THREATEN", "13") if type_table()[m.type].quad >= 3 else ("AGREE", "03")


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
    were able to postpone the order for a few months"): :func:`_attach_dates` leaves it
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


def _occasions(head: Any) -> list[Any]:
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
    return next((st.dates[o.i] for o in _occasions(verb) if o.i in st.dates), None)


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


def _date_for(words: list[Any], head: Any, st: SentenceState, tense_: str
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


def _said_on(m: Match, reporter: Any | None, st: SentenceState) -> Any | None:
    """The DATE entity of the saying a verbal act is made in, if the sentence gives one: the
    act's own reporting verb ("Scholz on Wednesday said talks must continue"), a saying
    participle on its trigger ("rejected the warrant, telling journalists on Wednesday
    ..."), or the verb that reports it, dated itself or by a saying participle on it
    ("Speaking at the Atlantic Council on Tuesday, O'Brien said the president would ..."),
    or by the occasion it is said at ("said during a visit to Beijing in early September
    that he would urge ..."); ``reporter`` is :func:`_reporter`'s."""
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


def _reporter(m: Match, ctx: Context) -> Any | None:
    """The verb that reports an act: the sentence's saying, or for a noun act the verb of
    the clause it is the subject of ("said Sunday that talks are progressing")."""
    if ctx.say is not None:
        return ctx.say.head
    told = _told_as([m.head])[0]
    return told.head if told.dep_ == "ccomp" else None


def _told_as(own: list[Any]) -> list[Any]:
    """The words that tell an act's tense: its verbs, or for a noun the verb it is the
    subject of ("talks are progressing")."""
    return [t.head if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") else t for t in own]


def _build(node: Node, ctx: Context, st: SentenceState) -> list[Event]:
    m = node.match
    apart = [ch for ch in node.children if _across_semicolon(m.head, ch.match.head)]
    if apart:
        # "Guaidó urged Norway to ...; Spain and France have pledged to": the parser may hang
        # one clause under the other; across a semicolon each is its own statement.
        rest = Node(m, [ch for ch in node.children if ch not in apart])
        return _build(rest, ctx, st) + [e for ch in apart for e in _build(ch, ctx, st)]
    if m.frame in ("say", "light"):
        demand = _obligation(node, ctx, st)
        if demand is not None:
            return [demand]
    if m.frame == "say" or m.frame == "light" and node.children and all(
            _via_clause(ch.match, m) for ch in node.children):
        # A reporting verb, or a light one used as such ("announced that it would ..."):
        # the event is in its clause, said by its subject.
        speakers = roles.actors_of(st.article, roles.sources(m.head))
        sub = replace(ctx, said_by=speakers[0] if speakers else ctx.said_by, say=m)
        return [e for ch in node.children for e in _build(ch, sub, st)]
    if m.type is None:
        sub = replace(ctx, carriers=(*ctx.carriers, m), planned=ctx.planned or m.frame == "plan")
        return [e for ch in _main_children(node) for e in _build(ch, sub, st)]
    event = _event(node, ctx, st)
    out = [event] if event is not None else []
    if m.frame == "event":
        # What a plain event is about happened too ("condemned the attack", "support for
        # an August 5 action to freeze assets"): code it as well, as a lesser event; but not
        # the thing the trigger's own entry names ("lifted the *ban*", "imposed *martial law*").
        verbal = type_table()[m.type].verbal
        sub = Context(carriers=(), said_by=ctx.said_by, say=ctx.say, about=m if verbal else None)
        named = {a.i for a in m.args}
        out += [replace(e, confidence=round(e.confidence - 0.2, 2))
                for ch in node.children if ch.match.head.i not in named
                for e in _build(ch, sub, st) if not _merged(ch.match, m, e, event)]
    return out


def _merged(child: Match, m: Match, e: Event, event: Event | None) -> bool:
    """True when ``e``, coded at a participle clause of ``m``, is the same act as ``m``'s
    ``event`` ("opened fire on a bus, killing five": one ASSAULT), per a ``merge`` rule."""
    head = child.head
    above = event is not None and e.type == event.type and head.dep_ == "advcl" \
        and head.head.i == m.head.i and head.tag_ == "VBG"
    rule = event_rules.outcome(head, [], above=above) if above else None
    return rule is not None and rule[1] == "merge"


def _across_semicolon(a: Any, b: Any) -> bool:
    """True when a semicolon stands between tokens ``a`` and ``b``."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[lo + 1:hi])


def _via_clause(inner: Match, m: Match) -> bool:
    """True when ``inner`` sits in a finite clause of ``m`` ("announced *that* ...")."""
    t = inner.head
    while t.i != m.head.i and t.head.i != t.i:
        if t.dep_ == "ccomp" and t.head.i == m.head.i:
            return True
        t = t.head
    return False


def _obligation(node: Node, ctx: Context, st: SentenceState) -> Event | None:
    """ "Russia said Sudan must return the helicopter": a REQUEST by the speaker."""
    m = node.match
    clause = next((c for c in m.head.children if c.dep_ == "ccomp" and any(
        a.dep_ == "aux" and a.lower_ in event_rules.OBLIGATION for a in c.children)), None)
    if clause is None:
        return None
    speakers = roles.sources(m.head)
    addressees = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not addressees or addressees[0].pos_ == "PRON":
        return None
    inside = _asked(next((ch for ch in node.children if ch.match.type and any(
        t.i == clause.i for t in ch.match.head.ancestors) or ch.match.head.i == clause.i), None))
    mode = MODE_FROM_INNER.get(inside.type) if inside and inside.type else None
    request = Entry(m.entry.pattern, m.entry.words, None, frozenset(), "REQUEST", mode,
                    CAMEO_FROM_MODE.get(("REQUEST", mode), "10"), "event")
    fake = Node(Match(request, m.head, (m.head,)))
    return _event(fake, replace(ctx, carriers=()), st, (speakers, addressees))


def _first(article: Article, options: list[list[Any]]) -> tuple[list[Any], list[dict[str, Any]]]:
    """The first list of role words the sentence offers that names an actor, with its
    actors ("broke off relations with Congo": not "relations", but "Congo"), or an agent
    the tables cannot place, as its words ("urged *the government* to release the
    prisoners", with no country in sight); else the first list of words, naming none."""
    options = [toks for toks in options if toks]
    for toks in options:
        found = roles.actors_of(article, toks)
        if found:
            return toks, found
        agents = _words(toks)
        if agents and len(agents) == len(toks):
            return toks, agents
    return (options[0], []) if options else ([], [])


def _roles(m: Match, inner: Match | None, ctx: Context, st: SentenceState,
           made_by: list[Any], other: set[int], means: list[Any], moved: set[int]
           ) -> tuple[list[Any], list[Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """Source and target words, and their actors; ``made_by`` is who the trigger's own
    "from" phrase says made it (:func:`_own_makers`), ``other`` the words of another act
    that lend it no doer (:func:`_other_acts`), ``means`` what the act moves
    (:func:`_means`) and ``moved`` their words that are no target (:func:`_moved`)."""
    head = m.head
    carriers = list(reversed(ctx.carriers))  # nearest first
    skip = list(m.tokens) + list(m.args) + ([inner.head] if inner else [])
    # An argument that is the trigger's subject ("troops arrived") is still its source.
    skipped = {t.i for t in skip if not (t.dep_ == "nsubj" and t.head.i == head.i)}
    # "condemned *Mhlanga's* arrest": the one arrested, not the arrester.
    undergoer = _undergoer(m, st)
    skipped |= _undergone(m, st)
    # "With the backing of X, Y tried ...": Y is backed, never the backer.
    words = (head,) if roles.is_backing(head) else (head, *(c.head for c in carriers))
    # "condemned Mhlanga's arrest": whom the act spoken of was done to is not whom the
    # condemnation is aimed at; the arrester is, when named.
    tgt_options = [[w for t in roles.targets(head, skip)
                    for w in (_makers(t) if _done_to_possessor(t) else [t])]]
    # "Washington alleges the insurgent group has not lived up to its commitment": who the
    # allegation is about is the subject of what it alleges (rule `alleged-doer`).
    tgt_options.append(_alleged(head))
    if undergoer:
        # "Mhlanga's arrest", "a journalist arrested over his interviews": whose the act
        # is, or the noun its participle modifies, comes first; "died in an airstrike on
        # Gaza": the act's own target does, and who died after it.
        tgt_options.insert(0 if _done_to_possessor(head) or _participle(head, st)
                           else 1, undergoer)
    if m.entry.mode == "third-party":
        # "a mediation mission between Syria and Arafat": the sides are whom the mediator
        # acts on, not the sources of a mutual meeting.
        sides = roles.expand(p for x in words if x.pos_ == "NOUN" for p in roles.parties(x))
        skipped |= {t.i for t in sides}
        tgt_options.insert(0, sides)
    skipped |= _speaker(ctx)
    receive = next((c for c in carriers if c.frame == "receive"), None)
    src_options = [[w for t in roles.sources(x) if t.i not in skipped and t.i not in other
                    for w in _doers(t, st)] for x in words]
    if head.dep_ == "amod" and head.head.pos_ in ("NOUN", "PROPN"):
        # "stone-throwing demonstrators": a modifying act is the act of what it modifies.
        src_options.insert(0, roles.expand([head.head]))
    if _reporting_tail(head):
        src_options.insert(0, roles.expand([head.head]))
    if head.pos_ == "NOUN" and event_rules.applies("means=source", head):
        # "The withdrawal of Russian troops began": with no one else named, those a noun
        # act moves are the ones who make it.
        src_options.append(means)
    # "lifted a blockade on Palestinian lorries": the argument's own target.
    tgt_options.append([t for a in m.args for t in roles.targets(a, skip)])
    # "accepted demands from Shona rebels": who made the thing acted on.
    tgt_options.append([t for a in m.args if a.pos_ == "NOUN" for t in _makers(a)])
    tgt_options += [roles.targets(c.head, skip + [c.head]) for c in carriers]
    if m.frame == "govern":
        if inner is not None:
            own = _own_subject(inner.head)
            if not own and inner.head.pos_ == "NOUN":
                own = _makers(inner.head)  # "agreed to US mediation"
            tgt_options.append(roles.expand(own) if own else roles.targets(inner.head, skip))
            # "threatened to break off relations with Congo": the inner event's own target.
            tgt_options.append([t for a in inner.args for t in roles.targets(a, skip)])
        clauses = [c for c in head.children if c.dep_ in ("ccomp", "xcomp")]
        tgt_options += [roles.expand(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
                        for c in clauses]
        tgt_options += [roles.targets(c, skip) for c in clauses]
    if inner is not None and inner.head.pos_ == "NOUN":
        # "support the opposition's demands", "condemned the attack by X": who made the act
        # acted on.
        tgt_options.append(_makers(inner.head))
    # "began a hunger strike to protest against Sweden's decision": the purpose clause's target.
    tgt_options += [roles.targets(c, skip) for x in (head, *(c.head for c in carriers))
                    for c in x.children if _is_purpose_clause(c)]
    # "staged a hunger strike in protest against violations by the security forces".
    tgt_options += [roles.targets(g, skip) for x in (head, *m.args, *(c.head for c in carriers))
                    for c in x.children if c.dep_ == "prep" and c.lower_ == "in"
                    for g in c.children if g.dep_ == "pobj" and g.lemma_ in GRIEVANCE_NOUNS]
    if receive is not None:
        givers = roles.expand(g for x in (receive.head, head) for p in x.children
                              if p.lower_ == "from" for g in p.children if g.dep_ == "pobj")
        src_options, tgt_options = [givers, roles.targets(head, skip)], src_options
    elif made_by:
        # "The raid prompted condemnation from France", "calls from the opposition": a
        # verbal act's own "from" phrase names who made it, never whom it is aimed at (nor
        # is the act itself, looked through to them).
        src_options.insert(1, made_by)
        made = {w.i for t in made_by for w in t.subtree} | {head.i}
        tgt_options = [[t for t in o if t.i not in made] for o in tgt_options]
    audience = _listeners(st, head)
    acted_on = _subtrees(_acted_on(head, m.type or ""))
    src_options = [[t for t in o if t.i not in audience | acted_on and not _undergone_act(t, st)]
                   for o in src_options]
    src_toks, source = _first(st.article, [o for o in src_options if o])
    no_target = audience | _asked_for(m) | _subtrees(_passive_agents(head)) | st.things \
        | moved
    tgt_options = [kept for o in tgt_options if (kept := [t for t in o if t.i not in no_target])]
    if tgt_options and roles.is_reciprocal(tgt_options[0]):
        return src_toks, src_toks, source, list(source)
    tgt_toks, target = _first(st.article, [[t for t in o if t.lower_ not in RECIPROCAL_WORDS]
                                            for o in tgt_options])
    sources_seen = {a["id"] or a["name"] for a in source}
    target = [a for a in target if (a["id"] or a["name"]) not in sources_seen]
    return src_toks, tgt_toks, source, target


def _alleged(head: Any) -> list[Any]:
    """The active subject of the clause a trigger alleges ("alleged *the powerful military*
    was behind widespread rigging"; a ``clause-subject=target`` rule of
    data/event_rules.tsv names the verbs), not a passive one ("alleged that women *are
    being persecuted*": they underwent it); none for other triggers."""
    if not event_rules.applies("clause-subject=target", head):
        return []
    # "alleged that the journalists' detention violated ...": an act done to its possessor
    # stands for its makers, never for those who underwent it.
    return roles.expand(w for c in head.children if c.dep_ == "ccomp"
                        for g in c.children if g.dep_ == "nsubj"
                        for w in (_makers(g) if _done_to_possessor(g) else [g]))


def _undergoer(m: Match, st: SentenceState) -> list[Any]:
    """Whose the act is: its possessor when the act is done to its possessor ("Mhlanga's
    arrest", "their release": a ``possessor=target`` rule of data/event_rules.tsv names
    such acts); the subject of the verb it happened in, for a ``holder-subject=target``
    rule ("two commanders died in the raid"); the subject a past participle without an
    auxiliary is said of ("the leader is dead, killed in a strike"), or the noun it
    modifies ("a journalist arrested over his interviews") when it names an agent, not a
    thing, an act ("the attack launched by") or a word of the trigger. Worked out once per
    trigger of the sentence (``st.undergoers``)."""
    head = m.head
    if head.i in st.undergoers:
        return st.undergoers[head.i]
    verb = event_rules.holder(head)
    if _done_to_possessor(head):
        found = _possessors(head)
    elif verb is not None and event_rules.applies("holder-subject=target", head):
        found = roles.subjects_of(verb)
    else:
        own = {t.i for t in (*m.tokens, *m.args)}
        participle = _participle(head, st)
        found = [t for t in roles.passive_subjects(head) if not participle
                 or (t.i not in own and _agent_noun(t) and not _act_noun(t, st))]
    st.undergoers[head.i] = found
    return found


def _undergone(m: Match, st: SentenceState) -> set[int]:
    """The words of whoever underwent the act (:func:`_undergoer`), who never did it; not
    the act's own words ("prisoners *pardoned by Thailand's king*": the noun's subtree holds
    the participle and its doer)."""
    own = {w.i for w in m.head.subtree} if _participle(m.head, st) else set()
    return {w.i for t in _undergoer(m, st) for w in t.subtree if w.i not in own}


def _participle(head: Any, st: SentenceState) -> bool:
    """:func:`roles.noun_participle` of a trigger head, worked out once per trigger."""
    if head.i not in st.participles:
        st.participles[head.i] = roles.noun_participle(head)
    return st.participles[head.i]


def _done_to_possessor(tok: Any) -> bool:
    """True for a noun naming an act done to its possessor ("Mhlanga's arrest", "Lai's
    detention of more than 1,000 days"); not when the act names its own undergoer with
    "of": then the possessor did it ("Boko Haram's abduction of 276 schoolgirls"). The
    ``possessor=target`` rule of data/event_rules.tsv says which."""
    return tok.pos_ == "NOUN" and event_rules.applies("possessor=target", tok)


def _possessors(tok: Any) -> list[Any]:
    """Whom an act done to its possessor (:func:`_done_to_possessor`) was done to."""
    return roles.expand(c for c in tok.children if c.dep_ == "poss")


def _other_acts(ctx: Context, st: SentenceState) -> set[int]:
    """The words of another act that set this one off, which lend it no doer: a noun
    heading an act of its own (``st.act_nouns``) as the subject of a verb carrying the
    event. "The arrest of the activists triggered condemnation", "Russia's invasion of
    Ukraine prompted sanctions": neither the act nor its doer did this one; nor when the
    act is of the event's type ("Hezbollah's attack triggered a massive offensive", "The
    Hamas attack led to Israeli airstrikes": the other side hit back). A receiving verb
    turns the roles round ("Mech Dara's arrest drew condemnation": what was condemned) and
    keeps its subject. :func:`_event` computes it once for the rules (:func:`_roles`) and
    the ranker (:func:`_ranked_roles`)."""
    if any(c.frame == "receive" for c in ctx.carriers):
        return set()
    return {w.i for c in ctx.carriers for t in roles.sources(c.head) if t.i in st.act_nouns
            for w in t.subtree}


def _own_makers(m: Match) -> list[Any]:
    """Who a noun trigger's own "from" phrase says made it: for the noun of a verbal act
    (plover.tsv's verbal quads: condemnation, calls, support, warnings) with no possessive
    or "by" phrase of its own, the people, groups or countries of its "from" phrase, not a
    place ("a statement from the site of the talks") or a time. The training gold gives
    such a phrase as the act's source ("faces widespread international criticism from the
    U.N.", "has drawn criticism from immigrants' rights groups", "Reaction from President
    Moise"), never as its target; it is the target only of another act done to the noun
    ("rejected a call from Mandela", :func:`_makers`)."""
    head = m.head
    if head.pos_ != "NOUN" or m.type is None or not type_table()[m.type].verbal \
            or roles.sources(head):
        return []
    return [t for t in _makers(head) if t.ent_type_ not in NO_MAKER_LABELS]


def _makers(tok: Any) -> list[Any]:
    """Who made an act spoken of (:func:`event_roles.makers`), but not whom it was done to
    ("condemned Mhlanga's arrest" names no arrester)."""
    made = roles.makers(tok)
    if not _done_to_possessor(tok):
        return made
    theirs = {t.i for t in _possessors(tok)}
    return [t for t in made if t.i not in theirs]


def _speaker(ctx: Context) -> set[int]:
    """Words of whoever speaks of this event ("*Russia* condemned the attack"): never its
    doer."""
    if ctx.about is None:
        return set()
    return {w.i for t in roles.sources(ctx.about.head) for w in t.subtree}


def _doers(tok: Any, st: SentenceState) -> list[Any]:
    """Who a source word stands for. A word that names an act stands for who did it:
    "Turkish artillery shelling killed ..." is the artillery's act, "the army's raid
    destroyed ..." the army's; one that names a measure (an ``instrument`` rule of
    data/event_rules.tsv) for who made it: "Engel and McCaul introduced a bill that
    would sanction ..." (:func:`_measure_makers`); any other word for itself. All its
    makers, coordinated ones too, as a source word stands for all it coordinates
    (:func:`roles.expand`)."""
    if event_rules.applies("instrument", tok):
        return _measure_makers(tok) or [tok]
    if not _act_noun(tok, st):
        return [tok]
    return _makers(tok) or [tok]


def _measure_makers(tok: Any) -> list[Any]:
    """Who made a measure: whom the noun itself names ("Trump's executive order"), else
    the subject of an ``enacting`` verb (data/event_rules.tsv) whose object it is
    ("*parliament* passed a resolution", "*Trump* signed an executive order"), else the
    "by" phrase of such a verb's participle on it ("a draft resolution presented by
    *Britain*"). Whoever else acts on it did not make it: "Iran condemned a resolution
    demanding ...", "Protesters defied a government order banning rallies"."""
    made = roles.makers(tok)
    if made:
        return made
    if tok.dep_ in ("dobj", "obj") and event_rules.applies("enacting", tok.head):
        return roles.subjects_of(tok.head)
    return roles.expand(g for p in tok.children if p.dep_ == "acl" and p.tag_ == "VBN"
                        and event_rules.applies("enacting", p)
                        for a in p.children if a.dep_ == "agent"
                        for g in a.children if g.dep_ == "pobj")


def _act_noun(tok: Any, st: SentenceState) -> bool:
    """True for a noun the lexicon knows as a trigger ("shelling", "invasion", "arrest")."""
    return tok.pos_ == "NOUN" and tok.lower_ in st.lex.forms


def _act_nouns(matches: list[Match]) -> dict[int, set[str]]:
    """Nouns heading a trigger of a type -> every type they head (``SentenceState.act_nouns``):
    not a noun naming whoever acts ("an assault launched by a suicide *bomber*": the
    lexicon's "suicide bomber" names the attacker, :func:`_agent_noun`)."""
    out: dict[int, set[str]] = {}
    for m in matches:
        if m.type and m.head.pos_ == "NOUN" and not _agent_noun(m.head):
            out.setdefault(m.head.i, set()).add(m.type)
    return out


def _undergone_act(tok: Any, st: SentenceState) -> bool:
    """True for a source word that names an act done to its possessor ("Zamora's
    detention"): with no maker named it stands for no doer, and looking through it would
    give the one who underwent it ("Zamora's detention is arbitrary and called for his
    release", parsed with the detention as the caller, is not Zamora's call)."""
    return _act_noun(tok, st) and _done_to_possessor(tok)


def _mediators(cue: Any) -> list[Any]:
    """Who mediates, named at a mediation word: "Norwegian-mediated talks", "the table
    facilitated by Norway", "mediator Norway"."""
    out = [c for c in cue.children if c.dep_ in ("npadvmod", "amod", "compound", "nmod")]
    out += [g for c in cue.children if c.dep_ == "agent" or c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj"]
    if cue.dep_ in ("compound", "appos") and cue.head.pos_ == "PROPN":
        out.append(cue.head)
    if cue.i > 1 and cue.doc[cue.i - 1].text == "-":
        out.append(cue.doc[cue.i - 2])
    return out


def _conditional_offer(own: list[Any]) -> bool:
    """The event is promised on a condition: "will/would/may X if/unless Y"."""
    head = own[0]
    modal = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "may", "might", "could")
                for c in head.children)
    return modal and any(c.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
        for c in head.children)


def _conditioned(words: list[Any], marks: frozenset[str] = OFFER_MARKS) -> list[Any]:
    """Who must act in the clauses opened by one of ``marks`` on ``words``: "will withdraw
    unless *Baghdad* accepts"; with :data:`REFUSAL_MARKS`, "will not end the strike until
    *the government* provides ...". A passive clause's subject undergoes what it tells
    ("until Guaido is released"): its doer is its "by" phrase, if any. A concession
    ("even if the government withdraws") sets no condition."""
    clauses = [c for w in words for c in w.children if c.dep_ == "advcl"
               and any(k.dep_ == "mark" and k.lower_ in marks
                       and (k.i == 0 or k.doc[k.i - 1].lower_ not in CONCESSIVE)
                       for k in c.children)]
    return roles.expand(g for c in clauses
                        for g in (_passive_agents(c) if _passive(c)
                                  else [g for g in c.children if g.dep_ == "nsubj"]))


def _path(inner: Match | None, m: Match) -> list[Any]:
    """The words from an inner trigger up to the trigger that governs it."""
    out: list[Any] = []
    t = inner.head if inner is not None else None
    while t is not None and t.i != m.head.i and len(out) < 6:
        out.append(t)
        t = t.head if t.head.i != t.i else None
    return out


def _event(node: Node, ctx: Context, st: SentenceState,
           fixed: tuple[list[Any], list[Any]] | None = None) -> Event | None:
    m = node.match
    below = _inner(node)
    inner = below.match if below is not None else None
    kind, mode, cameo = _combine(m, inner, _asked(below))
    if _spoken(m):
        kind, mode, cameo = "ACCUSE", "disapprove", "111"
    commissive = _commissive(m, ctx)
    if commissive is not None:
        kind, cameo = commissive
        mode = None
    implicit = not ctx.carriers and m.head.pos_ == "NOUN" and m.head.dep_ == "dobj" \
        and m.head.head.pos_ == "VERB"
    if implicit:
        # "completed their withdrawal": the verb over a noun event carries it.
        ctx = replace(ctx, carriers=(Match(m.entry, m.head.head, (m.head.head,)),))
    if any(c.head.lemma_ in ASSESSING_VERBS for c in ctx.carriers):
        return None
    rule = event_rules.outcome(m.head, [c.head for c in ctx.carriers if c.frame != "say"])
    if rule is not None and rule[1] == "drop":
        return None
    if rule is not None and rule[1].startswith("type="):
        kind = rule[1].partition("=")[2]
        mode, cameo = None, type_table()[kind].cameo
    if m.head.lemma_ == "demonstrate" and any(c.dep_ == "ccomp" for c in m.head.children):
        return None  # "demonstrated that ...": showed, not marched
    article = st.article
    own_makers = _own_makers(m) if fixed is None else []
    other = _other_acts(ctx, st) if fixed is None else set()
    means = _means(m, inner) if fixed is None else []
    moved = _moved(means)
    if fixed is not None:
        src_toks, tgt_toks = fixed
        source, target = roles.actors_of(article, src_toks), roles.actors_of(article, tgt_toks)
    else:
        src_toks, tgt_toks, source, target = _roles(m, inner, ctx, st, own_makers, other,
                                                    means, moved)
    is_noun = m.head.pos_ in ("NOUN", "PROPN", "ADJ")
    carried = bool(ctx.carriers)
    if fixed is None and not (is_noun and not carried and not source and not target):
        # The ranker weighs the rules' roles; a bare noun naming no one stays no event.
        ranked = None if own_makers else _ranked_roles(
            m, kind, inner, ctx, st, (src_toks, tgt_toks), (source, target), other, moved)
        if ranked is not None:
            src_toks, tgt_toks, source, target = ranked
    # The doer a passive names is no target, and whom a force acts on no source, even
    # where a role word looks through, or a relative pronoun points, to them ("threatened
    # with economic consequences by China", "the bombing of a base that killed ...").
    target = _without(article, target, _passive_agents(m.head))
    source = _without(article, source, _acted_on(m.head, kind))
    if kind == "CONSULT" and target and all(a.get("sector") == "JRN" for a in target):
        return None  # "spoke to reporters", "told the press": a statement, not a meeting
    if is_noun and not carried and not source and not target:
        return None
    if kind == "AGREE" and m.frame == "govern" and inner is None and (
            m.head.pos_ == "ADJ" and not any(c.dep_ == "xcomp" for c in m.head.children)
            or any(c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children)
                   for c in m.head.children)):
        return None  # "offered no evidence", "ready for anything": no act offered
    if not is_noun and not src_toks and m.head.i == st.sent.start and m.head.tag_ == "VB":
        return None  # an imperative: "Visit our store", "Thank you"
    if kind == "CONSULT" and mode is None:
        cue = next(((t, e) for t, e in st.modes if e.type == "CONSULT"), None)
        if cue is not None:
            mode = cue[1].mode
            if mode == "third-party":
                source += [a for a in roles.actors_of(article, _mediators(cue[0]))
                           if a not in source]
    # The verbs the act is the purpose of too: "will travel to Riyadh on Wednesday to
    # meet ..." is as far ahead as the going, dated and placed by it.
    base = [m.head, *(c.head for c in ctx.carriers if c.frame != "say")]
    own = with_purposes(base)
    goings = own[len(base):]
    reported = ctx.say is not None
    state = status(own, reported)
    if state == "asserted" and ctx.planned:
        state = "future"
    if rule is not None and rule[1].startswith("status="):
        state = rule[1].partition("=")[2]
    when = "future" if state == "future" else tense(own, reported)
    # "will withdraw unless ...", "would meet the mediator if ...": a conditional promise
    # is an offer or a threat, as is any promised act, a meeting to come included.
    conditional = state in ("hypothetical", "future") and _conditional_offer(own)
    enacted = kind in ANNOUNCED_TYPES and ctx.say is not None \
        and ctx.say.head.lemma_ in ANNOUNCING_VERBS
    promised = False  # a promise or a threat made in the words that report it
    if fixed is None and (conditional or state == "future" and not enacted) \
            and kind in INTENT_TYPES:
        # A promised act is an offer, a promised blow a threat (PLOVER AGREE, THREATEN).
        kind, mode, cameo = ("AGREE", "meet", "036") if kind == "CONSULT" \
            else ("AGREE", None, "03") if type_table()[kind].quad <= 2 \
            else ("THREATEN", None, "13")
        state, promised = "asserted", True
    elif commissive is not None and state == "future":
        state, promised = "asserted", True  # the promise or threat is made now
    elif state == "negated" and kind in ("AGREE", "CONCEDE"):
        kind, mode, cameo, state = "REJECT", None, "12", "asserted"
    # "The single biggest attack, in 2009, killed 35 people": the act its subject names.
    acts_as_subject = [c for c in m.head.children if c.dep_ in ("nsubj", "nsubjpass")
                       and c.i in st.dates]
    day, precision, date_text = _date_for([*m.tokens, *own, *acts_as_subject,
                                          *_occasions(m.head)], m.head, st, when)
    reporter = _reporter(m, ctx) if day is None and type_table()[kind].verbal else None
    said_ent = _said_on(m, reporter, st) if day is None and type_table()[kind].verbal else None
    if said_ent is not None and (
            reporter is None or not source
            or ctx.said_by is not None and source[0] == ctx.said_by
            or promised
            or any(in_present(t, STANCE_HELPERS) for t in _told_as(own))):
        # "Russia said on Monday it rejects the plan": a verbal act its maker reports is made
        # when it is said; so is a promise or a threat it reports, and a stance or an act
        # told in the present as going on, whoever holds it ("Putin said Thursday that Russia
        # supports the proposal", "Pakistan said Sunday that talks are progressing").
        found_date = resolve_entity(said_ent, st.published, "past", m.head)
        if found_date is not None:
            day, precision, date_text = found_date[0], found_date[1], said_ent.text
    if state == "asserted" and day and st.published and precision == "day" \
            and date.fromisoformat(day) > st.published:
        state = "future"
    # The things acted on are where it happened too: "strengthened its forces in Lebanon".
    acted_on = [*m.args, *(inner.args if inner is not None else ())]
    place, place_word = event_place([*own, *_path(inner, m), *acted_on, *src_toks, *tgt_toks])
    if place is None and goings:
        # Where one goes to do it: "will travel *to Riyadh* on Wednesday to meet ...".
        place, place_word = event_place(goings, DESTINATION_PREPS)
    if place is not None and place.country is None and place_word is not None:
        # "in Punjab", a name of places in two countries: the one in the country the actors
        # stage gave the name in this article; a place only the actor tables know ("in
        # Balochistan") has that country without coordinates.
        told = {a["country"] for a in roles.actors_of(article, [place_word])
                if a["kind"] == "country" and a["country"]}
        if len(told) == 1:
            country = told.pop()
            place = lookup(place.name, country) or Location(place.name, country)
    if not target and (kind == "THREATEN" or conditional or kind == "REJECT"):
        # "threatened a strike unless Israel rescinded ...": whom the condition binds; a
        # refusal lasts "until" someone acts ("will not end the strike until the
        # government provides resources"): that one.
        threatened = [c for c in m.head.children if c.dep_ == "xcomp"]  # "to close the strait"
        bound = _conditioned([*own, *_path(inner, m), *threatened],
                             REFUSAL_MARKS | OFFER_MARKS if kind == "REJECT" else OFFER_MARKS)
        # Each of them: "until the government and the company sign a deal".
        each = [a for t in bound for a in roles.actors_of(article, [t]) or _words([t])]
        target = [a for i, a in enumerate(each) if a not in source and a not in each[:i]]
    home = {a["country"] for a in source if a["country"]}
    # "ready to contribute 4,000 troops to a force in Liberia": the source's own forces are
    # its means; the place abroad they go to is what it acts on.
    own_forces = bool(target) and all(a["sector"] == "MIL" and a["country"] in home
                                      for a in target)
    if (not target or own_forces) and source and place_word is not None \
            and place_word.ent_type_ in PLACE_LABELS \
            and (kind != "CONSULT" and mode != "meet" or len(source) < 2):
        # No one acted on: the place stands for its people ("lifted a curfew in Montenegro",
        # "arrived in Amman on a visit"); but where two sides meet, a place is only where
        # ("talks between Lavrov and Pompeo in Finland"); and a name the parser took for a
        # group or body ("in Punjab" NORP) is only where (GSR validation: target 0.740
        # with, 0.727 without this).
        there = [a for a in roles.actors_of(article, [place_word]) if a not in source]
        if not own_forces or there and all(a["country"] not in home for a in there):
            target = there
    if kind == "SANCTION" and mode == "expel" and target \
            and all(a["sector"] in UPROOTED_SECTORS for a in target):
        # "forced out 1,000 refugees from their homes": a mass expulsion (CAMEO 201).
        kind, mode, cameo = "ASSAULT", "cleansing", "201"
    # The act done: the trigger's, or the one it directly governs ("threatened to shell").
    act = inner.type if m.frame == "govern" and inner is not None and inner.type and all(
        t.dep_ in ("xcomp", "dobj") for t in _path(inner, m)) else m.type
    if act in FORCE_TYPES:
        target = [_townspeople(a) for a in target]
    info = type_table()[kind]
    root = (cameo or info.cameo)[:2]
    confidence = 0.45 + 0.2 * (not is_noun or carried) + 0.1 * (len(m.entry.words) > 1
                                                                 or bool(m.entry.args))
    confidence += 0.15 * any(a["id"] for a in source) + 0.05 * bool(target)
    confidence -= 0.15 * (not source and not target)
    confidence -= 0.1 * (m.frame == "govern" and inner is None and not target)
    confidence -= 0.1 * _background(m.head) + 0.15 * (state == "hypothetical") + 0.05 * implicit
    sent = st.sent
    text = sent.text
    lead = len(text) - len(text.lstrip())
    trigger_words = sorted({*m.tokens, *(c.head for c in ctx.carriers if c.frame != "say")},
                           key=lambda t: t.i)
    trigger = " ".join(t.text for t in trigger_words)
    st.facts[(trigger, kind)] = {
        "frame": m.frame, "lemma": m.head.lemma_.lower(), "state": state,
        "src": _role_kind(source), "tgt": _role_kind(target),
        "known": min(sum(1 for a in [*source, *target] if a["id"]), 3), "noun": is_noun,
        "carried": carried, "background": _background(m.head), "said": ctx.said_by is not None,
        "inner": inner.type if inner is not None and inner.type else "-",
        # Where the act is told (its tense, for carried_dates): a promise in its reporting
        # verb ("Trump said ... he will impose": said), unless the sentence has dates of its
        # own ("will convene a meeting on Friday").
        "head": m.head.i,
        "word": ctx.say.head.i if promised and ctx.say is not None and not (
            st.dates or st.loose_dates or st.said_dates) else trigger_words[0].i,
        **event_model.row_facts(m.head, src_toks, tgt_toks),
    }
    return Event(
        type=kind, mode=mode, cameo_root=root, quad=info.quad,
        intensity=cameo_intensity().get(root, info.intensity),
        source=source, target=target,
        date=day, date_precision=precision, date_text=date_text,
        location=place, status=state, said_by=ctx.said_by,
        sentence=text.strip(), start=sent.start_char + lead,
        end=sent.start_char + lead + len(text.strip()),
        confidence=round(min(confidence, 0.95), 2),
        trigger=trigger,
    )


def _role_kind(actors: list[dict[str, Any]]) -> str:
    """What a role holds, for the event scorer: a known actor, words only, or nothing."""
    if not actors:
        return "none"
    return "known" if any(a["id"] for a in actors) else "words"


def _ranked_roles(m: Match, kind: str, inner: Match | None, ctx: Context, st: SentenceState,
                  words: tuple[list[Any], list[Any]],
                  found: tuple[list[dict[str, Any]], list[dict[str, Any]]],
                  other: set[int], moved: set[int]
                  ) -> tuple[list[Any], list[Any], list[dict[str, Any]],
                             list[dict[str, Any]]] | None:
    """Source and target words as the role ranker picks them (event_model), with their
    actors; None to keep the rules' choice (no model, or the ranker agrees). The rules'
    words (``words``) and actors (``found``) are the starting point: a role word that names
    no known actor ("security forces", "the government") is kept as words when the ranker
    is sure of it. ``other`` holds the words of another act, which lend no doer
    (:func:`_other_acts`); the words of what the act moves (``moved``, :func:`_moved`) are
    no target."""
    if any(c.frame == "receive" for c in ctx.carriers):
        # "Maduro received support from Russia": the carrier turns the roles round, a
        # reading too rare in the training data for the ranker to have learned (nor has it
        # learned a noun's own "from" phrase, "following an invitation from the Nigerian
        # government": _event keeps the rules' roles then); the rules' stand.
        return None
    src_toks, tgt_toks = words
    head, article = m.head, st.article
    carrier = next((c.head for c in reversed(ctx.carriers) if c.frame != "say"), None)
    trigger = {t.i for t in m.tokens} | ({carrier.i} if carrier is not None else set())
    rule_src = {t.i for t in src_toks}
    rule_tgt = {t.i for t in tgt_toks}
    cands = []
    for c in event_model.candidates(st.sent, trigger):
        if c.i not in st.sectors:
            actor = roles.actor_of(article, c) if c.pos_ != "PRON" else None
            st.sectors[c.i] = actor["sector"] if actor else None
        feats = event_model.role_features(head, c, kind, m.frame, carrier, rule_src, rule_tgt,
                                          st.sectors[c.i],
                                          inner.head if inner is not None else None)
        cands.append((c, feats))
    if st.trace is not None:
        st.trace.append({"type": kind, "head": head.i, "candidates": [
            (c.idx, c.idx + len(c.text), c.left_edge.idx, feats) for c, feats in cands]})
    scored = [(c, event_model.role_probs(f)) for c, f in cands]
    if not scored or scored[0][1] is None:
        return None
    # "Pence promising Guaidó support": a gerund's owner is a reading the ranker never saw.
    owner = roles.gerund_owner(head)
    outside = set()
    if head.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in head.children):
        # "..., as eight demonstrators were killed": a passive's doer is in its own clause.
        inside = {t.i for t in head.subtree}
        outside = {c.i for c, _ in scored if c.i not in inside}
    # "The government freed prisoners jailed for protesting": so is a participle's doer
    # ("by ..."), not its target, the noun it modifies, outside its clause.
    clause = {t.i for t in head.subtree}
    doer_outside = {c.i for c, _ in scored if c.i not in clause} \
        if _participle(head, st) or _own_subject_conjunct(head) else set()
    if not type_table()[kind].verbal:
        # "According to the UN, 20 people were killed": who reports a blow did not strike it.
        outside |= _attribution(st.sent)
    outside |= _listeners(st, head)
    if head.i in st.topics:
        # "issued a statement on the release of the journalist": the release's doer is in
        # its own phrase ("by ..."), or not named; the issuer only spoke of it.
        own = {t.i for t in head.subtree}
        outside |= {c.i for c, _ in scored if c.i not in own}
    sure = {c.i: p for c, p in scored}
    # Kept as words when the ranker is sure and they name an agent, not an act or a thing.
    rule_source = found[0] or _words([t for t in src_toks if t.i in sure
                                      and sure[t.i]["source"] >= ROLE_THRESHOLD
                                      and (t.lower_ not in st.lex.forms or t.pos_ == "NOUN")])
    rule_target = found[1] or _words([t for t in tgt_toks if t.i in sure
                                      and sure[t.i]["target"] >= ROLE_THRESHOLD])
    # The rules' words that name no one ("lifted its *embargo*") hold no role to keep.
    # "Lai's detention is arbitrary and called for his release": whoever underwent an act
    # the parse makes the subject is not the doer either.
    undergone = {w.i for t in roles.sources(head) if _undergone_act(t, st) for w in t.subtree}
    undergone |= other
    new_src = None if owner is not None and owner.i in rule_src \
        else _pick(scored, "source", rule_src if rule_source else set(),
                   _speaker(ctx) | _undergone(m, st) | outside | doer_outside | undergone
                   | _subtrees(_acted_on(head, kind)))
    chosen = set(rule_src if new_src is None else {t.i for t in new_src})
    spoken_of = {w.i for c in head.children if c.dep_ in ("dobj", "obj") and c.i != head.i
                 and _done_to_possessor(c) for w in _possessors(c)}
    sent_to = {w.i for t in roles.destinations(head) for w in t.subtree}
    # A request that names what it asks for ("called for an Asian NATO") and no one it
    # asks keeps no target: the ranker's pick is then a bystander or a place ("in Tokyo").
    asked = _asked_for(m)
    new_tgt = None if asked and not rule_target else _pick(
        scored, "target", rule_tgt if rule_target else set(),
        chosen | spoken_of | sent_to | moved | outside | asked
        | _subtrees(_passive_agents(head)) | st.things)
    source = rule_source if new_src is None \
        else roles.actors_of(article, new_src) or _words(new_src)
    if new_tgt is not None and not source and all(_locative(t) for t in new_tgt):
        new_tgt = None  # "talks collapsed in Norway": with no one acting, a place is only where
    if new_tgt is None:
        target = rule_target
    else:
        # An act chosen as the target ("condemned the attack") stands for who did it
        # ("condemned the army's shelling": the army), never for its victim or place
        # ("the attack on a church in Quetta", "condemned Mhlanga's arrest"): with no doer
        # named it leaves no target (:func:`_act_doers`).
        acts = [t for t in new_tgt if t.pos_ == "NOUN" and st.lex.acts(t.lemma_.lower())]
        target = _act_doers(article, acts) if acts \
            else roles.actors_of(article, new_tgt) or _words(new_tgt)
    if new_src is None and new_tgt is None and source is found[0] and target is found[1]:
        return None
    seen = {a["id"] or a["name"] for a in source}
    return (src_toks if new_src is None else new_src, tgt_toks if new_tgt is None else new_tgt,
            source, [a for a in target if (a["id"] or a["name"]) not in seen])


def _own_subject_conjunct(head: Any) -> bool:
    """True for a verb coordinated with another that has a subject of its own ("Reporters
    asked the minister ..., and *she* denied ..."): its doer is that subject, never a word
    of the other clause, even when the pronoun stays unresolved."""
    return head.dep_ == "conj" and head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def _means(m: Match, inner: Match | None) -> list[Any]:
    """What the act moves, the doer's own forces or envoys (:func:`roles.means`): the
    trigger's object or "of" phrase ("withdraw *its troops* from Chad", "completed its
    withdrawal *of troops*"), or that of the verb it governs ("is willing to withdraw
    *its troops*"); not the "of" phrase of an act noun it governs, which names whom it is
    aimed at ("demanded the withdrawal of Israeli troops")."""
    heads = [m.head, *([inner.head] if inner is not None and inner.head.pos_ == "VERB" else [])]
    return [t for x in heads for t in roles.means(x)]


def _moved(means: list[Any]) -> set[int]:
    """Words of what the act moves (``means``, :func:`_means`), never its target: those
    before the moved noun's head ("its troops"; its "from" phrase stays), less a named
    possessor, who is not moved ("withdrew *Russia's* invitation")."""
    named = {w.i for t in means for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"
             for w in c.subtree}
    return {w.i for t in means for w in t.subtree if w.i <= t.i and w.i not in named}


def _things(sent: Any) -> set[int]:
    """Words of the sentence that name a thing, never whom an act is done to (a ``thing``
    rule of data/event_rules.tsv names them: "co-sign the Copenhagen *Charter*", "rejects
    the *charges*", tariffs on "*champagne* & alcoholic products")."""
    pos = poses(sent.doc)
    return {i for i in range(sent.start, sent.end) if pos[i] in ("NOUN", "PROPN")
            and event_rules.applies("thing", sent.doc[i])}


def _passive(verb: Any) -> bool:
    """True for a verb in the passive voice ("were *neutralized*", "have been *threatened*")."""
    return verb.pos_ == "VERB" and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _acted_on(head: Any, kind: str) -> list[Any]:
    """Words of whom the act is done to, named where a doer would stand, so never its source
    for the ranker: the subject of a passive trigger, or of the passive verb a bare
    participle trigger is coordinated with ("several *rebels* were either neutralized or
    captured"; not an active verb beside it: "Guaido was barred from leaving and accused
    Maduro"), unless that verb moves the doer's own forces (``passive-subject=source``:
    "troops were deployed"); and the "of" phrase of a noun of force ("the bombing *of a
    French military base*")."""
    verbs = [head] + ([head.head] if head.dep_ == "conj" and _bare_participle(head)
                      and _passive(head.head) else [])
    found = [c for v in verbs if _passive(v) and not event_rules.applies(
        "passive-subject=source", v) for c in v.children if c.dep_ == "nsubjpass"]
    if kind in FORCE_TYPES and head.pos_ == "NOUN":
        found += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
    return found


def _bare_participle(verb: Any) -> bool:
    """A past participle with no subject or object of its own ("captured" in "were
    neutralized or captured"), which shares the voice of the verb it is joined to."""
    return verb.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "auxpass", "aux") for c in verb.children)


def _passive_agents(head: Any) -> list[Any]:
    """The doer a passive trigger names with "by" ("have been threatened with economic
    consequences *by China*"), wherever the parse hangs the phrase under it: the one
    acting, never the target."""
    if not _passive(head):
        return []
    return [g for t in head.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent")
            for g in t.children if g.dep_ == "pobj"]


def _without(article: Article, role: list[dict[str, Any]], toks: list[Any]
             ) -> list[dict[str, Any]]:
    """The actors of a role, less those the words ``toks`` name."""
    if not role or not toks:
        return role
    named = {a["id"] or a["name"] for a in roles.actors_of(article, toks)}
    return [a for a in role if (a["id"] or a["name"]) not in named]


def _subtrees(toks: list[Any]) -> set[int]:
    return {w.i for t in toks for w in t.subtree}


def _listeners(st: SentenceState, head: Any) -> set[int]:
    """Words of the audience a speech verb beside the event addresses ("rejected the
    warrant, telling *journalists* it was political", "condemned the attack, telling
    *reporters* ..."; the ``addressed`` cues of quote_cues.json that are no event word
    themselves, as "urging" and "warning" are): who is spoken to is neither doer nor
    target. A verb above the trigger ("told Ukraine it would retaliate") carries the
    event, and its object stays a candidate."""
    if st.audiences is None:  # found once per sentence
        st.audiences = {t.i: {w.i for c in t.children if c.dep_ in ("dobj", "dative")
                              for w in c.subtree}
                        for t in st.sent if t.pos_ == "VERB" and lemma(t) in cues().addressed
                        and not st.lex.acts(lemma(t))}
    above = {head.i} | {t.i for t in head.ancestors}
    return {w for verb, words in st.audiences.items() if verb not in above for w in words}


def _asked_for(m: Match) -> set[int]:
    """Words of what a request asks for, its "for" phrase ("called for *an inclusive
    government*", "calling for *accountable leadership*", "called for *Zamora's
    release*", "Washington's call for *full denuclearization*"): a thing or an act, not
    whom the request is made to, so no target. In the VOA training sentences the gold
    target of such a request is empty or the one asked ("called *on* X", "called for *X
    to* lift": there "for" marks a clause, and X is its subject)."""
    if m.type != "REQUEST":
        return set()
    asked = [g for c in m.head.children if c.dep_ == "prep" and c.lower_ == "for"
             for g in c.children if g.dep_ == "pobj"]
    # "demanded the release of the lawyer": nor whom it asks to be freed (roles.asked_freed).
    return {w.i for g in asked for w in g.subtree} - _aimed_at(asked) \
        | roles.asked_freed(m.head)


def _aimed_at(asked: list[Any]) -> set[int]:
    """Words of whom what a request asks for is aimed at ("called for sanctions *against
    Russia*", "talks *with Russia*"): they stay targets."""
    return {w.i for g in asked for c in g.children
            if c.dep_ == "prep" and c.lower_ in AIMED_PREPS for w in c.subtree}


def _attribution(sent: Any) -> set[int]:
    """Words of a phrase saying where a report comes from ("according to X": an
    ``attribution`` rule of data/event_rules.tsv names its word)."""
    return {w.i for t in sent if event_rules.applies("attribution", t)
            for c in t.children for w in c.subtree}


def _agent_noun(tok: Any) -> bool:
    """A name, or a noun the actor tables know as a kind of actor ("forces", "gunmen",
    "lawmakers"): not a thing ("the database", "critical data") or a happening."""
    if tok.pos_ == "PROPN":
        return True
    return (singular(tok.lower_),) in sector_words() or (tok.lemma_.lower(),) in sector_words()


def _locative(tok: Any) -> bool:
    """True for the object of a preposition of place ("in Norway", "at the border")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def _pick(scored: list[tuple[Any, dict[str, float]]], role: str, rule: set[int],
          taken: set[int]) -> list[Any] | None:
    """The ranker's words for one role, or None to keep the rules' (see ROLE_THRESHOLD)."""
    options = [x for x in scored if x[0].i not in taken]
    if not options:
        return None
    word, probs = max(options, key=lambda x: x[1][role])
    if word.i in rule or probs[role] < ROLE_THRESHOLD:
        return None
    if rule and (probs[role] < REPLACE_THRESHOLD or any(
            p[role] >= KEEP_THRESHOLD for c, p in scored if c.i in rule)):
        return None
    return roles.expand([word])


def _act_doers(article: Article, toks: list[Any]) -> list[dict[str, Any]]:
    """Who did the acts chosen as a target (:func:`_makers`: "condemned *the army's*
    shelling"), not whom they were done to ("condemned Mhlanga's arrest" names no arrester,
    so no target): an act kept as its words misleads an analyst, who reads the target as
    whom the event is aimed at."""
    doers = [w for t in toks for w in _makers(t)]
    return roles.actors_of(article, doers) or _words(doers)


def _words(toks: list[Any]) -> list[dict[str, Any]]:
    """Role words the ranker chose that name no known actor, kept as words when they name
    an agent (:func:`_agent_noun`); never a pronoun, a date or number ("Tuesday"), where
    or through what it was said ("on Twitter", "in Syria"; but "called *on* X" names
    whom it asks), nor a place a hyphenated word
    makes a description ("*Syrian*-backed")."""
    return [roles.words_ref(roles.span_text(t)) for t in toks if t.pos_ != "PRON"
            and t.ent_type_ not in event_model.NON_ACTOR_LABELS
            and not (t.dep_ == "pobj" and t.head.lower_ in MEDIUM_PREPS | LOCATIVE_PREPS
                     and not _addressed(t))
            and not roles.describing(t) and _agent_noun(t)]


def _addressed(tok: Any) -> bool:
    """True for whom a request is made to by "on", asked to do something ("called *on all
    warring parties* to reduce hostilities": an ``on=addressee`` rule of
    data/event_rules.tsv names the verbs), not where it was said ("called on social media
    for the release of ...", "on Twitter")."""
    prep, verb = tok.head, tok.head.head
    return prep.lower_ in ("on", "upon") and event_rules.applies("on=addressee", verb) \
        and any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)
                for c in verb.children)


def _townspeople(actor: dict[str, Any]) -> dict[str, Any]:
    """A city shelled, raided or put under curfew is its people, not the government its
    name stands for elsewhere ("Moscow said"): Abidjan is CIV.CVL there, not CIV.GOV. So is
    any other town or region ("fired shells at targets in Jericho"); a country named as
    such ("shelled Lebanon") stays the country."""
    if actor["kind"] != "country" or actor["sector"] not in ("GOV", None):
        return actor
    if actor["sector"] is None and place_key(actor["text"]) == place_key(actor["name"]):
        return actor
    return {**actor, "id": f"{actor['country']}.CVL", "kind": "group", "sector": "CVL"}


def _dated_sayings(article: Article, matches: list[Match], said: dict[int, Any],
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


def _dated_acts(matches: list[Match], dates: dict[int, Any], loose: list[Any],
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


def _attach_dates(sent: Any, matches: list[Match]
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


def _published(article: Article) -> date | None:
    try:
        return date.fromisoformat((article.published or "")[:10])
    except ValueError:
        return None


def sentence_events(article: Article, sent: Any, settings: Settings,
                    trace: list[dict[str, Any]] | None = None) -> list[Event]:
    """The events of one spaCy sentence of ``article._doc``; ``trace`` collects what the
    learned models read, for training them."""
    return [e for e, _word in _triggered_events(article, sent, settings, trace)]


def _triggered_events(article: Article, sent: Any, settings: Settings,
                      trace: list[dict[str, Any]] | None = None,
                      sayings: list[Dated] | None = None,
                      acts: list[Dated] | None = None
                      ) -> list[tuple[Event, Any | None]]:
    """:func:`sentence_events`, each event with the word that tells it (the first word of
    its trigger, or for a promise the verb that reports it); the dated reporting verbs of
    the sentence go to ``sayings``, its dated acts to ``acts``."""
    lex = lexicon(settings.lexicon_files)
    lower = set(lowers(sent.doc)[sent.start:sent.end])
    if lower.isdisjoint(lex.forms) and (
            sayings is None or lower.isdisjoint(lex.said_forms)
            or not any(e.label_ == "DATE" for e in ents_in(sent))):
        return []  # no trigger, nor a verb of saying that could date its speaker
    matches = find_matches(sent, lex)
    dates, loose, said = _attach_dates(sent, matches)
    published = _published(article)
    if sayings is not None and (said or dates):
        sayings += _dated_sayings(article, matches, said, dates, published, lex)
    if acts is not None and (dates or loose):
        acts += _dated_acts(matches, dates, loose, published)
    if not any(m.type for m in matches):
        return []
    roots, topics = _tree(matches)
    st = SentenceState(article, sent, published, dates, loose, said,
                       mode_words(sent, lex),
                       lex=lex, things=_things(sent), topics=topics, trace=trace,
                       act_nouns=_act_nouns(matches))
    found = [e for node in roots for e in _build(node, Context(), st)]
    words = {key: facts.get("word") for key, facts in st.facts.items()}
    return [(e, None if (w := words.get((e.trigger, e.type))) is None else sent.doc[w])
            for e in _score(_one_act(found, st), st)]


def _one_act(found: list[Event], st: SentenceState) -> list[Event]:
    """Verbs of one type joined by "and" tell one act ("they shot and killed people",
    "arrested and detained"): one event, the first verb's, with the targets of both."""
    heads = [st.facts.get((e.trigger, e.type), {}).get("head") for e in found]
    doc = st.sent.doc
    out = list(found)
    for j, f in enumerate(found):
        g = heads[j]
        if g is None or doc[g].dep_ != "conj" or doc[g].pos_ != "VERB":
            continue
        k = next((k for k, e in enumerate(found) if k != j and heads[k] == doc[g].head.i
                  and e.type == f.type and out[k] is not None), None)
        if k is None:
            continue
        e = out[k]
        seen = {a["id"] or a["name"] for a in [*e.source, *e.target]}
        out[k] = replace(e, target=[*e.target, *(a for a in f.target
                                                   if (a["id"] or a["name"]) not in seen)])
        out[j] = None
    return [e for e in out if e is not None]


def _score(found: list[Event], st: SentenceState) -> list[Event]:
    """Each event's ``confidence``: the event scorer's calibrated probability that its type
    is right (event_model), read from what the rules found; the rules' own score without
    the model."""
    order = sorted(range(len(found)), key=lambda k: -found[k].confidence)
    rank = {k: r for r, k in enumerate(order)}
    out = []
    for k, e in enumerate(found):
        facts = dict(st.facts.get((e.trigger, e.type), {}))
        frame, lemma, state = facts.pop("frame", "-"), facts.pop("lemma", "-"), e.status
        facts.pop("state", None)
        head = facts.pop("head", None)
        facts.pop("word", None)  # the word that tells the act, for carried_dates
        facts.update(rank=min(rank[k], 2), n=min(len(found), 3),
                     rule=f"{min(int(e.confidence * 10), 9)}")
        feats = event_model.event_features(e.type, frame, lemma, state, facts)
        if st.trace is not None:
            st.trace.append({"event": e.type, "head": head, "rule": e.confidence,
                             "features": feats})
        p = event_model.event_probability(feats)
        out.append(e if p is None else replace(e, confidence=round(p, 3)))
    return out


def _load(settings: Settings) -> None:
    load_dates()


@stage(reads=READS, writes=WRITES, version=VERSION, load=_load)
def events(article: Article, settings: Settings) -> Article:
    """Code the events of every sentence of ``article.body`` (needs the parse)."""
    doc = article._doc
    if doc is None:
        return article
    sayings: list[Dated] = []
    acts: list[Dated] = []
    found = [pair for sent in doc.sents
             for pair in _triggered_events(article, sent, settings, sayings=sayings, acts=acts)]
    published = _published(article)
    article.events = carry_dates(found, sayings, acts,
                                 published.isoformat() if published else None)
    return article
