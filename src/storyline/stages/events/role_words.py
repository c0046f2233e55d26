"""The source and target words the rules give an event, before the ranker.

:func:`rule_roles` gathers ordered options for each role from the parse (:mod:`.roles`),
the carriers above the trigger and what it governs, drops the words that can hold no
such role (an audience, what a request asks for, what the act moves, a thing) and takes
the first option that names an actor (:func:`first`).
"""

from __future__ import annotations

from typing import Any

from ...doc_index import poses
from ...model import Article
from ..nlp import lemma
from ..quotes.speakers import cues
from . import agency, roles, tree
from . import rules as event_rules
from .state import Context, SentenceState
from .triggers import Match

RECIPROCAL_WORDS = frozenset({"one", "each", "another", "other"})
#: Nouns of "in protest against X", "in defiance of X": X is whom the act is aimed at.
GRIEVANCE_NOUNS = frozenset({"protest", "defiance", "condemnation"})
#: Prepositions after what a request asks for that name whom it is aimed at.
AIMED_PREPS = frozenset({"against", "on", "with", "between"})


def _own_subject(tok: Any) -> list[Any]:
    return [c for c in tok.children if c.dep_ in ("nsubj", "poss")]


def reporting_tail(tok: Any) -> bool:
    """ "Croatia is failing ..., a human rights group protested here Wednesday": a closing
    reporting clause the parser hung on the last noun, its subject after a comma."""
    start = tok.head.left_edge.i
    return tok.dep_ == "acl" and tok.pos_ == "VERB" and start > tok.sent.start \
        and tok.doc[start - 1].text == "," and tok.head.i < tok.i \
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children)


def _first(article: Article, options: list[list[Any]], barred: frozenset[int] = frozenset()
           ) -> tuple[list[Any], list[dict[str, Any]]]:
    """The first list of role words the sentence offers that names an actor, with its
    actors ("broke off relations with Congo": not "relations", but "Congo"), or an agent
    the tables cannot place, as its words ("urged *the government* to release the
    prisoners", with no country in sight); else the first list of words, naming none. A
    word is never looked through to a word of ``barred`` (:func:`roles.actors_of`)."""
    options = [toks for toks in options if toks]
    for toks in options:
        found = roles.actors_of(article, toks, barred=barred)
        if found:
            return toks, found
        agents = agency.words(toks)
        if agents and len(agents) == len(toks):
            return toks, agents
    return (options[0], []) if options else ([], [])


def rule_roles(m: Match, inner: Match | None, ctx: Context, st: SentenceState,
               made_by: list[Any], other: set[int], means: list[Any], moved: set[int]
               ) -> tuple[list[Any], list[Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """Source and target words, and their actors; ``made_by`` is who the trigger's own
    "from" phrase says made it (:func:`agency.own_makers`), ``other`` the words of another act
    that lend it no doer (:func:`agency.other_acts`), ``means`` what the act moves
    (:func:`means`) and ``moved`` their words that are no target (:func:`moved`)."""
    head = m.head
    carriers = list(reversed(ctx.carriers))  # nearest first
    skip = list(m.tokens) + list(m.args) + ([inner.head] if inner else [])
    # An argument that is the trigger's subject ("troops arrived") is still its source.
    skipped = {t.i for t in skip if not (t.dep_ == "nsubj" and t.head.i == head.i)}
    # "condemned *Mhlanga's* arrest": the one arrested, not the arrester.
    undergoer = agency.undergoer(m, st)
    skipped |= agency.undergone(m, st)
    # "With the backing of X, Y tried ...": Y is backed, never the backer.
    words = (head,) if roles.is_backing(head) else (head, *(c.head for c in carriers))
    # "condemned Mhlanga's arrest": whom the act spoken of was done to is not whom the
    # condemnation is aimed at; the arrester is, when named.
    tgt_options = [[w for t in roles.targets(head, skip)
                    for w in (agency.makers(t) if agency.done_to_possessor(t) else [t])]]
    # "Washington alleges the insurgent group has not lived up to its commitment": who the
    # allegation is about is the subject of what it alleges (rule `alleged-doer`).
    tgt_options.append(_alleged(head))
    if undergoer:
        # "Mhlanga's arrest", "a journalist arrested over his interviews": whose the act
        # is, or the noun its participle modifies, comes first; "died in an airstrike on
        # Gaza": the act's own target does, and who died after it.
        tgt_options.insert(0 if agency.done_to_possessor(head) or agency.is_participle(head, st)
                           else 1, undergoer)
    if m.entry.mode == "third-party":
        # "a mediation mission between Syria and Arafat": the sides are whom the mediator
        # acts on, not the sources of a mutual meeting.
        sides = roles.expand(p for x in words if x.pos_ == "NOUN" for p in roles.parties(x))
        skipped |= {t.i for t in sides}
        tgt_options.insert(0, sides)
    skipped |= agency.speaker(ctx)
    receive = next((c for c in carriers if c.frame == "receive"), None)
    src_options = [[w for t in roles.sources(x) if t.i not in skipped and t.i not in other
                    for w in agency.doers(t, st)] for x in words]
    if head.dep_ == "amod" and head.head.pos_ in ("NOUN", "PROPN"):
        # "stone-throwing demonstrators": a modifying act is the act of what it modifies.
        src_options.insert(0, roles.expand([head.head]))
    if reporting_tail(head):
        src_options.insert(0, roles.expand([head.head]))
    # "During a visit to Quetta, the prime minister told media ...": the traveller.
    src_options.append(traveller(st.article, head))
    if head.pos_ == "NOUN" and event_rules.applies("means=source", head):
        # "The withdrawal of Russian troops began": with no one else named, those a noun
        # act moves are the ones who make it.
        src_options.append(means)
    # "lifted a blockade on Palestinian lorries": the argument's own target.
    tgt_options.append([t for a in m.args for t in roles.targets(a, skip)])
    # "accepted demands from Shona rebels": who made the thing acted on.
    tgt_options.append([t for a in m.args if a.pos_ == "NOUN" for t in agency.makers(a)])
    tgt_options += [roles.targets(c.head, skip + [c.head]) for c in carriers]
    if m.frame == "govern":
        if inner is not None:
            own = _own_subject(inner.head)
            if not own and inner.head.pos_ == "NOUN":
                own = agency.makers(inner.head)  # "agreed to US mediation"
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
        tgt_options.append(agency.makers(inner.head))
    # "began a hunger strike to protest against Sweden's decision": the purpose clause's target.
    tgt_options += [roles.targets(c, skip) for x in (head, *(c.head for c in carriers))
                    for c in x.children if tree.is_purpose_clause(c)]
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
    audience = listeners(st, head)
    acted_on = subtrees(agency.acted_on(head, m.type or ""))
    src_options = [[t for t in o if t.i not in audience | acted_on
                    and not agency.undergone_act(t, st)] for o in src_options]
    src_toks, source = _first(st.article, [o for o in src_options if o])
    no_target = audience | asked_for(m) | subtrees(agency.passive_agents(head)) | st.things \
        | moved
    tgt_options = [kept for o in tgt_options if (kept := [t for t in o if t.i not in no_target])]
    if tgt_options and roles.is_reciprocal(tgt_options[0]):
        return src_toks, src_toks, source, list(source)
    tgt_toks, target = _first(st.article, [[t for t in o if t.lower_ not in RECIPROCAL_WORDS]
                                            for o in tgt_options], frozenset(no_target))
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
                        for w in (agency.makers(g) if agency.done_to_possessor(g) else [g]))


def traveller(article: Article, head: Any) -> list[Any]:
    """Who made the visit a verb's "during" phrase names (an ``occasion-subject=source``
    rule of data/event_rules.tsv): that verb's active subject ("*During* a visit to Lagos,
    *Kenya's President* told media"). None when the verb has an object naming someone
    other than the press ("During a visit to Kyiv, Zelensky told *Blinken*": either may
    have made it), nor when the subject's country is unknown or is the country visited
    ("During a visit to Moscow, *Putin* told media": the host), or the visited's is unknown,
    nor for other words."""
    if not event_rules.applies("occasion-subject=source", head):
        return []
    verb = head.head.head
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative", "obj")]
    if any(a["sector"] != "JRN" for a in roles.actors_of(article, told)):
        return []
    subject = roles.expand(c for c in verb.children if c.dep_ == "nsubj")
    visited = {a["country"] for a in roles.actors_of(article, [
        g for c in head.children if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children if g.dep_ == "pobj"])}
    homes = {a["country"] for a in roles.actors_of(article, subject)}
    known = homes and visited and None not in homes | visited
    return subject if known and not homes & visited else []


def means(m: Match, inner: Match | None) -> list[Any]:
    """What the act moves, the doer's own forces or envoys (:func:`roles.means`): the
    trigger's object or "of" phrase ("withdraw *its troops* from Chad", "completed its
    withdrawal *of troops*"), or that of the verb it governs ("is willing to withdraw
    *its troops*"); not the "of" phrase of an act noun it governs, which names whom it is
    aimed at ("demanded the withdrawal of Israeli troops")."""
    heads = [m.head, *([inner.head] if inner is not None and inner.head.pos_ == "VERB" else [])]
    return [t for x in heads for t in roles.means(x)]


def moved(means: list[Any]) -> set[int]:
    """Words of what the act moves (``means``, :func:`means`), never its target: those
    before the moved noun's head ("its troops"; its "from" phrase stays), less a named
    possessor, who is not moved ("withdrew *Russia's* invitation")."""
    named = {w.i for t in means for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"
             for w in c.subtree}
    return {w.i for t in means for w in t.subtree if w.i <= t.i and w.i not in named}


def things(sent: Any) -> set[int]:
    """Words of the sentence that name a thing, never whom an act is done to (a ``thing``
    rule of data/event_rules.tsv names them: "co-sign the Copenhagen *Charter*", "rejects
    the *charges*", tariffs on "*champagne* & alcoholic products")."""
    pos = poses(sent.doc)
    return {i for i in range(sent.start, sent.end) if pos[i] in ("NOUN", "PROPN")
            and event_rules.applies("thing", sent.doc[i])}


def subtrees(toks: list[Any]) -> set[int]:
    return {w.i for t in toks for w in t.subtree}


def listeners(st: SentenceState, head: Any) -> set[int]:
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


def asked_for(m: Match) -> set[int]:
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
