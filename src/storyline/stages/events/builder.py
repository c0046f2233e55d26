"""The event builder: one :class:`~storyline.model.Event` per top trigger of a tree.

:func:`build` walks a :mod:`.tree` node: a reporting verb passes its speaker down, an
untyped carrier lends itself to what it carries, a typed trigger makes an event (and
what a plain event is about a lesser one). ``_event`` codes it: type, mode and CAMEO
code (a promise is an offer, a refused agreement a rejection), roles
(:mod:`.role_words`, :mod:`.ranker`), status, date (:mod:`.sentence_dates`), place and
the rules' confidence.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from ...model import Article, Event, Location
from ...ontology import cameo_intensity, flagged, mode_cameo, type_table
from ...world_places import place_key
from . import agency, ranker, role_words, roles, sentence_dates, tree
from . import model as event_model
from . import rules as event_rules
from .agency import FORCE_TYPES, LOCATIVE_PREPS
from .dates import (
    resolve_entity,
)
from .lexicon import Entry
from .places import DESTINATION_PREPS, PLACE_LABELS, event_place, lookup
from .state import Context, SentenceState
from .status import in_present, status, tense, with_purposes
from .tree import LOOSE_PREPS, Node
from .triggers import Match

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
SELF_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
#: Types whose verbs also report a grievance in words ("protested that", "charged that").
SPOKEN_AS_ACCUSE = flagged("spoken")
#: Verbs that characterise their subject by an event noun ("poses a threat", "constitutes
#: an attack"): an assessment, not an act.
ASSESSING_VERBS = frozenset({"pose", "represent", "constitute"})
#: Marks of the clause whose subject a promise or threat binds ("unless Baghdad accepts")
#: and of the clause whose subject a refusal waits for ("until the government provides").
OFFER_MARKS = frozenset({"if", "unless"})
REFUSAL_MARKS = frozenset({"until", "unless"})
#: A word before a condition's mark that makes it a concession ("even if"): no condition.
CONCESSIVE = frozenset({"even"})
#: Helpers that tell a stance in the present ("is calling for", "is ready to").
STANCE_HELPERS = frozenset({"aux", "auxpass", "cop"})
#: Prepositions of place or time that never join what a request asks ("demanded ... *at*
#: the fourth round of talks"): an act under them gives a request or refusal no mode.
ASIDE_PREPS = (LOCATIVE_PREPS - {"in"}) | LOOSE_PREPS


def _combine(m: Match, inner: Match | None, asked: Match | None
             ) -> tuple[str, str | None, str | None]:
    """The type, mode and CAMEO code of trigger ``m`` over the typed trigger ``inner`` it
    carries; ``asked`` is what a request or refusal asks for (:func:`tree.asked`)."""
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
    return not any(t.dep_ == "prep" and t.lower_ in ASIDE_PREPS for t in tree.path(asked, m))


def _spoken(m: Match) -> bool:
    """A protest or a charge made in words ("protested that ...", "charged that ...", or a
    closing "..., the group charged"): an accusation, not a demonstration or an arrest."""
    head = m.head
    deps = {c.dep_ for c in head.children}
    return m.type in SPOKEN_AS_ACCUSE and m.frame == "event" and not m.entry.args \
        and head.pos_ == "VERB" and "dobj" not in deps \
        and ("ccomp" in deps or role_words.reporting_tail(head))


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


def build(node: Node, ctx: Context, st: SentenceState) -> list[Event]:
    m = node.match
    apart = [ch for ch in node.children if tree.across_semicolon(m.head, ch.match.head)]
    if apart:
        # "Guaidó urged Norway to ...; Spain and France have pledged to": the parser may hang
        # one clause under the other; across a semicolon each is its own statement.
        rest = Node(m, [ch for ch in node.children if ch not in apart])
        return build(rest, ctx, st) + [e for ch in apart for e in build(ch, ctx, st)]
    if m.frame in ("say", "light"):
        demand = _obligation(node, ctx, st)
        if demand is not None:
            return [demand]
    if m.frame == "say" or m.frame == "light" and node.children and all(
            tree.via_clause(ch.match, m) for ch in node.children):
        # A reporting verb, or a light one used as such ("announced that it would ..."):
        # the event is in its clause, said by its subject.
        speakers = roles.actors_of(st.article, roles.sources(m.head))
        sub = replace(ctx, said_by=speakers[0] if speakers else ctx.said_by, say=m)
        return [e for ch in node.children for e in build(ch, sub, st)]
    if m.type is None:
        sub = replace(ctx, carriers=(*ctx.carriers, m), planned=ctx.planned or m.frame == "plan")
        return [e for ch in tree.main_children(node) for e in build(ch, sub, st)]
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
                for e in build(ch, sub, st) if not _merged(ch.match, m, e, event)]
    return out


def _merged(child: Match, m: Match, e: Event, event: Event | None) -> bool:
    """True when ``e``, coded at a participle clause of ``m``, is the same act as ``m``'s
    ``event`` ("opened fire on a bus, killing five": one ASSAULT), per a ``merge`` rule."""
    head = child.head
    above = event is not None and e.type == event.type and head.dep_ == "advcl" \
        and head.head.i == m.head.i and head.tag_ == "VBG"
    rule = event_rules.outcome(head, [], above=above) if above else None
    return rule is not None and rule[1] == "merge"


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
    inside = tree.asked(next((ch for ch in node.children if ch.match.type and any(
        t.i == clause.i for t in ch.match.head.ancestors) or ch.match.head.i == clause.i), None))
    mode = MODE_FROM_INNER.get(inside.type) if inside and inside.type else None
    request = Entry(m.entry.pattern, m.entry.words, None, frozenset(), "REQUEST", mode,
                    CAMEO_FROM_MODE.get(("REQUEST", mode), "10"), "event")
    fake = Node(Match(request, m.head, (m.head,)))
    return _event(fake, replace(ctx, carriers=()), st, (speakers, addressees))


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
                        for g in (agency.passive_agents(c) if agency.passive(c)
                                  else [g for g in c.children if g.dep_ == "nsubj"]))


def _event(node: Node, ctx: Context, st: SentenceState,
           fixed: tuple[list[Any], list[Any]] | None = None) -> Event | None:
    m = node.match
    below = tree.inner(node)
    inner = below.match if below is not None else None
    kind, mode, cameo = _combine(m, inner, tree.asked(below))
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
    own_makers = agency.own_makers(m) if fixed is None else []
    other = agency.other_acts(ctx, st) if fixed is None else set()
    means = role_words.means(m, inner) if fixed is None else []
    moved = role_words.moved(means)
    if fixed is not None:
        src_toks, tgt_toks = fixed
        source, target = roles.actors_of(article, src_toks), roles.actors_of(article, tgt_toks)
    else:
        src_toks, tgt_toks, source, target = role_words.rule_roles(
            m, inner, ctx, st, own_makers, other, means, moved)
    is_noun = m.head.pos_ in ("NOUN", "PROPN", "ADJ")
    carried = bool(ctx.carriers)
    if fixed is None and not (is_noun and not carried and not source and not target):
        # The ranker weighs the rules' roles; a bare noun naming no one stays no event.
        ranked = None if own_makers else ranker.ranked_roles(
            m, kind, inner, ctx, st, (src_toks, tgt_toks), (source, target), other, moved)
        if ranked is not None:
            src_toks, tgt_toks, source, target = ranked
    # The doer a passive names is no target, and whom a force acts on no source, even
    # where a role word looks through, or a relative pronoun points, to them ("threatened
    # with economic consequences by China", "the bombing of a base that killed ...").
    target = _without(article, target, agency.passive_agents(m.head))
    source = _without(article, source, agency.acted_on(m.head, kind))
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
    day, precision, date_text = sentence_dates.date_for(
        [*m.tokens, *own, *acts_as_subject, *sentence_dates.occasions(m.head)], m.head, st, when)
    reporter = sentence_dates.reporter(m, ctx) \
        if day is None and type_table()[kind].verbal else None
    said_ent = sentence_dates.said_on(m, reporter, st) \
        if day is None and type_table()[kind].verbal else None
    if said_ent is not None and (
            reporter is None or not source
            or ctx.said_by is not None and source[0] == ctx.said_by
            or promised
            or any(in_present(t, STANCE_HELPERS) for t in sentence_dates.told_as(own))):
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
    place, place_word = event_place([*own, *tree.path(inner, m), *acted_on, *src_toks, *tgt_toks])
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
        bound = _conditioned([*own, *tree.path(inner, m), *threatened],
                             REFUSAL_MARKS | OFFER_MARKS if kind == "REJECT" else OFFER_MARKS)
        # Each of them: "until the government and the company sign a deal".
        each = [a for t in bound for a in roles.actors_of(article, [t]) or agency.words([t])]
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
        t.dep_ in ("xcomp", "dobj") for t in tree.path(inner, m)) else m.type
    if act in FORCE_TYPES:
        target = [_townspeople(a) for a in target]
    info = type_table()[kind]
    root = (cameo or info.cameo)[:2]
    confidence = 0.45 + 0.2 * (not is_noun or carried) + 0.1 * (len(m.entry.words) > 1
                                                                 or bool(m.entry.args))
    confidence += 0.15 * any(a["id"] for a in source) + 0.05 * bool(target)
    confidence -= 0.15 * (not source and not target)
    confidence -= 0.1 * (m.frame == "govern" and inner is None and not target)
    confidence -= 0.1 * tree.background(m.head) + 0.15 * (state == "hypothetical") + 0.05 * implicit
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
        "carried": carried, "background": tree.background(m.head), "said": ctx.said_by is not None,
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


def _without(article: Article, role: list[dict[str, Any]], toks: list[Any]
             ) -> list[dict[str, Any]]:
    """The actors of a role, less those the words ``toks`` name."""
    if not role or not toks:
        return role
    named = {a["id"] or a["name"] for a in roles.actors_of(article, toks)}
    return [a for a in role if (a["id"] or a["name"]) not in named]


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
