"""Who did an act and who underwent it, as the ``events`` stage reads them.

An act done to its possessor ("Mhlanga's arrest") names whom it was done to
(:func:`undergoer`, :func:`undergone`); a noun act or a measure stands for whoever made
it (:func:`makers`, :func:`doers`); a passive's subject is acted on and its "by" phrase
the doer (:func:`acted_on`, :func:`passive_agents`); :func:`words` keeps role words
that name no known actor when they name an agent. Read by the rules' roles
(:mod:`.role_words`), the ranker (:mod:`.ranker`) and the event builder.
"""

from __future__ import annotations

from typing import Any

from ...ontology import flagged, type_table
from ..actors.lexicon import sector_words, singular
from . import model as event_model
from . import roles
from . import rules as event_rules
from .places import MEDIUM_PREPS
from .state import Context, SentenceState
from .triggers import Match

#: Entity labels of places and times, which are no actor: a "from" phrase of one tells where
#: or when an act came from, not who made it ("a statement from the White House lawn").
NO_MAKER_LABELS = frozenset({"LOC", "FAC", "DATE", "TIME"})
#: Acts of force, done (or threatened) to a place and its people (flag ``force``).
FORCE_TYPES = flagged("force")
#: Prepositions of place: what they introduce is where, not whom, unless someone acts.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout",
                            "around"})


def undergoer(m: Match, st: SentenceState) -> list[Any]:
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
    if done_to_possessor(head):
        found = possessors(head)
    elif verb is not None and event_rules.applies("holder-subject=target", head):
        found = roles.subjects_of(verb)
    else:
        own = {t.i for t in (*m.tokens, *m.args)}
        participle = is_participle(head, st)
        found = [t for t in roles.passive_subjects(head) if not participle
                 or (t.i not in own and _agent_noun(t) and not _act_noun(t, st))]
    st.undergoers[head.i] = found
    return found


def undergone(m: Match, st: SentenceState) -> set[int]:
    """The words of whoever underwent the act (:func:`undergoer`), who never did it; not
    the act's own words ("prisoners *pardoned by Thailand's king*": the noun's subtree holds
    the participle and its doer)."""
    own = {w.i for w in m.head.subtree} if is_participle(m.head, st) else set()
    return {w.i for t in undergoer(m, st) for w in t.subtree if w.i not in own}


def is_participle(head: Any, st: SentenceState) -> bool:
    """:func:`roles.noun_participle` of a trigger head, worked out once per trigger."""
    if head.i not in st.participles:
        st.participles[head.i] = roles.noun_participle(head)
    return st.participles[head.i]


def done_to_possessor(tok: Any) -> bool:
    """True for a noun naming an act done to its possessor ("Mhlanga's arrest", "Lai's
    detention of more than 1,000 days"); not when the act names its own undergoer with
    "of": then the possessor did it ("Boko Haram's abduction of 276 schoolgirls"). The
    ``possessor=target`` rule of data/event_rules.tsv says which."""
    return tok.pos_ == "NOUN" and event_rules.applies("possessor=target", tok)


def possessors(tok: Any) -> list[Any]:
    """Whom an act done to its possessor (:func:`done_to_possessor`) was done to."""
    return roles.expand(c for c in tok.children if c.dep_ == "poss")


def other_acts(ctx: Context, st: SentenceState) -> set[int]:
    """The words of another act that set this one off, which lend it no doer: a noun
    heading an act of its own (``st.act_nouns``) as the subject of a verb carrying the
    event. "The arrest of the activists triggered condemnation", "Russia's invasion of
    Ukraine prompted sanctions": neither the act nor its doer did this one; nor when the
    act is of the event's type ("Hezbollah's attack triggered a massive offensive", "The
    Hamas attack led to Israeli airstrikes": the other side hit back). A receiving verb
    turns the roles round ("Mech Dara's arrest drew condemnation": what was condemned) and
    keeps its subject. :func:`builder._event` computes it once for the rules
    (:func:`role_words.rule_roles`) and the ranker (:func:`ranker.ranked_roles`)."""
    if any(c.frame == "receive" for c in ctx.carriers):
        return set()
    return {w.i for c in ctx.carriers for t in roles.sources(c.head) if t.i in st.act_nouns
            for w in t.subtree}


def own_makers(m: Match) -> list[Any]:
    """Who a noun trigger's own "from" phrase says made it: for the noun of a verbal act
    (plover.tsv's verbal quads: condemnation, calls, support, warnings) with no possessive
    or "by" phrase of its own, the people, groups or countries of its "from" phrase, not a
    place ("a statement from the site of the talks") or a time. The training gold gives
    such a phrase as the act's source ("faces widespread international criticism from the
    U.N.", "has drawn criticism from immigrants' rights groups", "Reaction from President
    Moise"), never as its target; it is the target only of another act done to the noun
    ("rejected a call from Mandela", :func:`makers`)."""
    head = m.head
    if head.pos_ != "NOUN" or m.type is None or not type_table()[m.type].verbal \
            or roles.sources(head):
        return []
    return [t for t in makers(head) if t.ent_type_ not in NO_MAKER_LABELS]


def makers(tok: Any) -> list[Any]:
    """Who made an act spoken of (:func:`event_roles.makers`), but not whom it was done to
    ("condemned Mhlanga's arrest" names no arrester)."""
    made = roles.makers(tok)
    if not done_to_possessor(tok):
        return made
    theirs = {t.i for t in possessors(tok)}
    return [t for t in made if t.i not in theirs]


def speaker(ctx: Context) -> set[int]:
    """Words of whoever speaks of this event ("*Russia* condemned the attack"): never its
    doer."""
    if ctx.about is None:
        return set()
    return {w.i for t in roles.sources(ctx.about.head) for w in t.subtree}


def doers(tok: Any, st: SentenceState) -> list[Any]:
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
    return makers(tok) or [tok]


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


def act_nouns(matches: list[Match]) -> dict[int, set[str]]:
    """Nouns heading a trigger of a type -> every type they head (``SentenceState.act_nouns``):
    not a noun naming whoever acts ("an assault launched by a suicide *bomber*": the
    lexicon's "suicide bomber" names the attacker, :func:`_agent_noun`)."""
    out: dict[int, set[str]] = {}
    for m in matches:
        if m.type and m.head.pos_ == "NOUN" and not _agent_noun(m.head):
            out.setdefault(m.head.i, set()).add(m.type)
    return out


def undergone_act(tok: Any, st: SentenceState) -> bool:
    """True for a source word that names an act done to its possessor ("Zamora's
    detention"): with no maker named it stands for no doer, and looking through it would
    give the one who underwent it ("Zamora's detention is arbitrary and called for his
    release", parsed with the detention as the caller, is not Zamora's call)."""
    return _act_noun(tok, st) and done_to_possessor(tok)


def passive(verb: Any) -> bool:
    """True for a verb in the passive voice ("were *neutralized*", "have been *threatened*")."""
    return verb.pos_ == "VERB" and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def acted_on(head: Any, kind: str) -> list[Any]:
    """Words of whom the act is done to, named where a doer would stand, so never its source
    for the ranker: the subject of a passive trigger, or of the passive verb a bare
    participle trigger is coordinated with ("several *rebels* were either neutralized or
    captured"; not an active verb beside it: "Guaido was barred from leaving and accused
    Maduro"), unless that verb moves the doer's own forces (``passive-subject=source``:
    "troops were deployed"); and the "of" phrase of a noun of force ("the bombing *of a
    French military base*")."""
    verbs = [head] + ([head.head] if head.dep_ == "conj" and _bare_participle(head)
                      and passive(head.head) else [])
    found = [c for v in verbs if passive(v) and not event_rules.applies(
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


def passive_agents(head: Any) -> list[Any]:
    """The doer a passive trigger names with "by" ("have been threatened with economic
    consequences *by China*"), wherever the parse hangs the phrase under it: the one
    acting, never the target."""
    if not passive(head):
        return []
    return [g for t in head.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent")
            for g in t.children if g.dep_ == "pobj"]


def _agent_noun(tok: Any) -> bool:
    """A name, or a noun the actor tables know as a kind of actor ("forces", "gunmen",
    "lawmakers"): not a thing ("the database", "critical data") or a happening."""
    if tok.pos_ == "PROPN":
        return True
    return (singular(tok.lower_),) in sector_words() or (tok.lemma_.lower(),) in sector_words()


def words(toks: list[Any]) -> list[dict[str, Any]]:
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
