"""Event rules as data: ``data/event_rules.tsv``, one named rule a row (when / then /
example), applied by the events stage to each event it codes.

A rule's *when* is one or more conditions joined by ``&``, each a name this module
knows (:data:`CONDITIONS`) with its words after a colon; its *then* is ``drop`` (the
event is none), ``status=...`` (the event's status), ``merge`` (the event joins the
event of its type above it), ``type=TYPE``, or an outcome about whose the roles are
(:data:`ROLE_OUTCOMES`: ``possessor=target``, a noun's possessor is whom the act is done
to, never its doer; ``clause-subject=target``, ``on=addressee``, ``passive-subject=source``
and the others the file's header explains). Code here only evaluates conditions; which
words and which outcomes belong together lives in the file, where
``tests/stages/events/test_rules.py`` runs each rule's example.

>>> [r.name for r in rules()][:2]
['natural-force-subject', 'trend-not-refusal']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ...doc_index import doc_text, sentence_of
from ...errors import SettingsError
from ...ontology import type_table
from .status import no_one

#: Dependencies of a trigger's own objects and complements.
OBJECT_DEPS = frozenset({"dobj", "obj", "xcomp", "ccomp", "attr", "oprd", "dative"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Auxiliaries that open a condition when they come before the subject.
INVERTING_AUX = frozenset({"had", "were", "should"})


@dataclass(frozen=True)
class Rule:
    """One row of ``data/event_rules.tsv``."""

    name: str
    when: tuple[tuple[str, frozenset[str]], ...]
    then: str
    example: str


def _subjects(head: Any, carriers: list[Any]) -> list[Any]:
    return [c for w in (head, *carriers) for c in w.children if c.dep_ in SUBJECT_DEPS]


def _subject(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    return any(s.lemma_.lower() in words or s.lower_ in words
               for s in _subjects(head, carriers))


def _sector_of(subject: Any) -> str | None:
    """The sector of the actor a subject word names, as the actor lexicon places it: the
    name its words spell (without a determiner: "the BBC", "Reporters Without Borders" an
    NGO), else, for a common noun, the sector its head word gives ("journalists",
    "reporters"); None for a word inside a longer named entity or one the lexicon does not
    place."""
    from ..actors.lexicon import names, sector_words, singular, text_key

    words = [t for t in subject.subtree]
    if words and words[0].tag_ == "DT":
        words = words[1:]
    if not words:
        return None
    lo, hi = words[0].i, words[-1].i
    if subject.ent_iob_ != "O" and subject.ent_type_:
        ent = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
        if ent is not None and (ent.start < lo or ent.end - 1 > hi):
            return None  # a word of a longer name: "Reporters" of Reporters Without Borders
    found = names().get(text_key(subject.doc[lo:hi + 1].text))
    if found:
        return found[0].sector
    if subject.tag_ not in ("NN", "NNS"):
        return None  # a name the lexicon does not know, a pronoun
    key = text_key(subject.lower_)
    word = sector_words().get(key) or sector_words().get(tuple(singular(w) for w in key))
    return word.sector if word is not None and word.is_head else None


def _subject_sector(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """The subject of the trigger or of a verb carrying it names an actor of one of the
    sectors ``words`` (:func:`_sector_of`: "VOA", "the BBC", "journalists" are JRN;
    "Reporters Without Borders" is an NGO)."""
    return _names_sector(words, _subjects(head, carriers))


def _names_sector(words: frozenset[str], toks: list[Any]) -> bool:
    """One of ``toks`` names an actor of one of the sectors ``words`` (:func:`_sector_of`)."""
    return any((_sector_of(s) or "").lower() in words for s in toks)


def _named_doers(head: Any, carriers: list[Any]) -> list[Any]:
    """The words that may name the doer of the trigger: the subject of the trigger or of a
    verb carrying it, the "by" phrase of a passive trigger ("asked *by reporters*"), and a
    noun trigger's possessor or the name before it ("*VOA's* question", "a *VOA* inquiry")."""
    agents = [o for c in head.children if c.dep_ == "agent" for o in c.children
              if o.dep_ == "pobj"]
    owners = [c for c in head.children if head.pos_ == "NOUN"
              and (c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN")]
    return [*_subjects(head, carriers), *agents, *owners]


def _doer_sector(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """A word naming the trigger's doer (:func:`_named_doers`: its subject, its passive "by"
    phrase, a noun's possessor or name) names an actor of one of the sectors ``words``
    (:func:`_sector_of`: "asked *by VOA*", "a *reporter* asked", "a *VOA* inquiry")."""
    return _names_sector(words, _named_doers(head, carriers))


def _to_clause(tok: Any) -> bool:
    """True for a clause with "to" ("*to release* them")."""
    return any(a.lower_ == "to" for a in tok.children if a.dep_ in ("aux", "mark"))


def _no_act_asked(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """The trigger asks about something, not for an act: it has no "to" clause ("asked the
    government *to release* ...", nor on its object: "asked permission *to enter*"), no
    "that" clause ("asked *that* the journalists be freed") and no "for" phrase ("asked
    *for* the release of ...")."""
    return not any(
        c.dep_ == "xcomp" and _to_clause(c)
        or c.dep_ in ("dobj", "obj") and any(a.dep_ in ("acl", "relcl", "xcomp")
                                             and _to_clause(a) for a in c.children)
        or c.dep_ == "ccomp" and any(a.dep_ == "mark" and a.lower_ == "that"
                                     for a in c.children)
        or c.dep_ == "prep" and c.lower_ == "for" for c in head.children)


def _lone_verb(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """The trigger is no verb conjoined with another verb of its sentence ("Journalists
    *spoke* with the minister and *demanded* the release of their colleagues" tells more
    than an interview)."""
    return not (head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX")) and not any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in head.children)


def _carrier(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    return any(c.lemma_.lower() in words for c in carriers)


def _negative_subject(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    return any(no_one(s) for s in _subjects(head, carriers))


def _participle(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """A participle clause of one of ``words`` hangs on the trigger, a verb carrying it or
    a word under the trigger ("launched a scathing attack on the government, *calling* it
    anti-people")."""
    over = {head.i, *(c.i for c in carriers)}
    under = {t.i for t in head.subtree}
    return any(t.tag_ == "VBG" and t.lemma_.lower() in words
               and t.dep_ in ("advcl", "xcomp", "pcomp")
               and (t.head.i in over or t.head.i in under) for t in head.sent)


#: Tags of a relative pronoun the parser may take as a relative clause's own object ("the
#: claims, *which* Russia denied"): the clause's object is still the noun it hangs on.
RELATIVE_TAGS = frozenset({"WDT", "WP"})


def _relative_object(head: Any) -> Any | None:
    """The noun a relative clause headed by ``head`` hangs on, when that noun is the clause's
    object: the clause has no object of its own but its relative pronoun ("a charge New
    Delhi quickly *rejected*", "the claims, which Russia *denied*", "charges that Moscow
    *rejected*", a finite clause the parser hangs as ``acl``); else None."""
    finite = head.dep_ == "relcl" or head.dep_ == "acl" and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    if not finite or any(c.dep_ in ("dobj", "obj") and c.tag_ not in RELATIVE_TAGS
                         for c in head.children):
        return None
    return head.head


def _object(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """The trigger's object or complement is one of ``words``, or, for a relative clause
    with no object of its own, the noun it hangs on (:func:`_relative_object`; "a charge New
    Delhi quickly *rejected*"; "which has *declined* to comment" declines a comment)."""
    def named(t: Any) -> bool:
        return t.lemma_.lower() in words or t.lower_ in words
    held = _relative_object(head)
    own = any(c.dep_ in ("dobj", "obj") and c.tag_ not in RELATIVE_TAGS for c in head.children)
    return any(named(c) or not own and _fused_object(c, named) for c in head.children
               if c.dep_ in OBJECT_DEPS and c.tag_ not in RELATIVE_TAGS) \
        or held is not None and named(held)


def _fused_object(clause: Any, named: Callable[[Any], bool]) -> bool:
    """The object noun the parser fused into the subject of a complement clause ("rejected
    *the idea* migration can lead to ...": "idea" a compound of "migration", the subject of
    "lead"): a compound of the clause's subject that is the first word of the clause, or
    the first after its determiner. Asked only of a verb with no object of its own: beside
    one ("rejected *allegations* Concern staff had been beaten") the compound is part of
    the clause's subject's name, not the verb's object."""
    if clause.dep_ != "ccomp":
        return False
    first = clause.left_edge
    if first.tag_ == "DT" and first.i + 1 < clause.i:
        first = first.doc[first.i + 1]
    return any(t.dep_ == "compound" and t.i == first.i and named(t)
               for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.lefts)


def _phrase(prep: str) -> Callable[[frozenset[str], Any, list[Any]], bool]:
    """The condition that the trigger's ``prep`` phrase names one of the words ("requests
    *for comment*", "agreed *with* officials' *concerns*")."""

    def holds(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
        return any(c.dep_ == "prep" and c.lower_ == prep and any(
            o.dep_ == "pobj" and (o.lemma_.lower() in words or o.lower_ in words)
            for o in c.children) for c in head.children)

    return holds


def _trigger(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    return head.lemma_.lower() in words


def _intransitive(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    return not any(c.dep_ in OBJECT_DEPS for c in head.children)


def _clause(head: Any) -> Any:
    """The verb heading the trigger's clause (the trigger itself when it is a verb)."""
    t = head
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def _question(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    doc = head.doc
    start, _, start_char, end_char = sentence_of(doc, head.i)  # not head.sent: a walk
    if not doc_text(doc)[start_char:end_char].rstrip().rstrip("\"'”’").endswith("?"):
        return False
    verb = _clause(head)
    subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # "Will the government lift ...?": an auxiliary before the subject; or a wh-word opens it.
    return bool(aux and subj and aux[0].i < subj[0].i) or doc[start].tag_ in ("WDT", "WP", "WRB")


def _inverted_if(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    verb = _clause(head)
    subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")
           and c.lower_ in INVERTING_AUX]
    # A subordinate clause opened by its auxiliary: "Had she been arrested, ...".
    return bool(subj and aux and aux[0].i < subj[0].i and aux[0].i == verb.left_edge.i
                and verb.head.i != verb.i)


def _of(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """The trigger is what an "of" phrase of one of ``words`` is about, maybe through other
    "of" phrases ("the anniversary of the start of the protests"), a noun or a gerund
    ("accused *of attacking* motorists")."""
    t = head
    for _ in range(3):
        if t.dep_ not in ("pobj", "pcomp") or t.head.lower_ != "of" \
                or t.head.head.i == t.head.i:
            return False
        t = t.head.head
        if t.lemma_.lower() in words or t.lower_ in words:
            return True
    return False


#: Entity types of an "of" object that measures an act rather than undergoing it.
MEASURE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _no_undergoer_of(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """The trigger has no "of" object that can undergo it ("Boko Haram's abduction *of
    276 schoolgirls*" has one): a date, time, number, quantity, money or percent, or one
    of ``words`` (time and measure nouns), only measures the act ("Lai's detention *of
    more than 1,000 days*")."""
    return not any(o.dep_ == "pobj" and o.ent_type_ not in MEASURE_ENTS
                   and o.lemma_.lower() not in words and o.lower_ not in words
                   for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children)


#: Prepositions by which a verb holds the act it happened in ("died *in* the raid").
HOLDING_PREPS = frozenset({"in", "during"})


def holder(head: Any) -> Any | None:
    """The verb whose "in" or "during" phrase holds the noun ``head``, when that verb has
    no object ("two soldiers *died* in the raid", "were *killed* in the attack"), else
    None."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in HOLDING_PREPS or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    return verb


def occasion(head: Any, preps: frozenset[str]) -> Any | None:
    """The verb whose phrase of one of ``preps`` holds the noun ``head``, itself with a "to"
    phrase ("*During* a visit to Quetta, the prime minister *told* media ..."), else None.
    Not "the visit" told before ("During the visit, Putin said": the host may speak)."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in preps or prep.dep_ != "prep" \
            or not any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
        return None
    return prep.head if prep.head.pos_ == "VERB" else None


def _occasion(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    return occasion(head, words) is not None


def _occasion_of(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """The verb whose phrase holds the noun ``head`` is of ``words`` (asked beside
    ``occasion``: "*told* media during a visit to X", not "*launched* an attack")."""
    return head.dep_ == "pobj" and head.head.head.lemma_.lower() in words


def _holder(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    verb = holder(head)
    return verb is not None and verb.lemma_.lower() in words


def _aside(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """The trigger is a participle clause with no subject of its own beside the verb of its
    clause, all of whose prepositions are among ``words``, spoken to an audience a common
    noun names ("*Speaking to* lawmakers last month, the minister said ..."): the occasion
    of that verb's act, not an act of its own ("Speaking *by* phone *with* Xi, Biden urged
    ..." is a call; so is "Speaking to the Taliban in Doha, the envoy said ...")."""
    preps = {c.lower_ for c in head.children if c.dep_ == "prep"}
    heard = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "to"
             for g in c.children if g.dep_ == "pobj"]
    return head.tag_ == "VBG" and head.dep_ == "advcl" and head.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in SUBJECT_DEPS for c in head.children) \
        and bool(preps) and preps <= words \
        and all(g.pos_ == "NOUN" and not g.ent_type_ for g in heard)


def _main(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """The verb the trigger's clause hangs on is one of ``words`` ("Speaking to reporters,
    the senator *said* ..."; not "Speaking to Xi, Putin *signed* a gas deal")."""
    return head.head.lemma_.lower() in words


def _judged(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """The trigger is the subject of "be" whose attribute or adjective is one of ``words``
    ("Mhlanga's *arrest* was not a reflection of ...", "the *attack* was deliberate"): the
    act is judged, not told."""
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ in ("attr", "acomp") and (c.lemma_.lower() in words or c.lower_ in words)
        for c in verb.children)


def _subject_of(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """The trigger is the active subject of a verb of ``words`` ("*fighting* in the region
    has *forced* a million people to flee"): the act is told by what it caused."""
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in words


def _object_of(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """The trigger is what a verb of ``words`` acts on, its object or its gerund
    ("*halt* Khalil's *deportation*", "*stop* detaining journalists"), or the "to" noun of
    "an end to" ("called for *an end to* the arrests"): the act is stopped, not done. A
    verb with a particle is another verb: "*ended up* arresting dozens" did it."""
    if head.dep_ in ("dobj", "obj", "xcomp") and head.head.lemma_.lower() in words:
        return not any(c.dep_ == "prt" for c in head.head.children) \
            and (head.dep_ != "xcomp" or head.tag_ == "VBG")
    return head.dep_ == "pobj" and head.head.lower_ == "to" \
        and head.head.head.lemma_.lower() in words and head.head.head.pos_ == "NOUN"


#: Auxiliaries that make a clause said of someone an obligation ("Russia said Sudan *must*
#: return the helicopter": a REQUEST).
OBLIGATION = frozenset({"must", "should"})
#: Verbs whose "to" clause is an obligation too ("they *have to* lay down their weapons").
OBLIGING_VERBS = frozenset({"have", "need"})
#: Pronouns by which a clause names again the one told ("the rebels must know that *they*
#: have to ..."), not the speaker ("we", "I").
TOLD_AGAIN = frozenset({"they", "he", "she", "it"})


def _complement(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    """The trigger's clausal complement is a verb of ``words``, or "be" with an adjective
    of them, that has a clause of its own ("saying the insurgents should *know that* ...",
    "all should *be aware that* ..."): what is to be known, not done. Not when that verb
    is joined to another ("must know the city *and withdraw*"), nor when the clause known
    is itself an obligation ("must know that they *have to* lay down their weapons": a
    demand)."""
    for verb in (c for c in head.children if c.dep_ == "ccomp"):
        known = verb if verb.lemma_.lower() in words else next(
            (a for a in verb.children if a.dep_ == "acomp" and a.lower_ in words),
            None) if verb.lemma_ == "be" else None
        clause = next((c for c in (known.children if known is not None else ())
                       if c.dep_ == "ccomp"), None)
        if clause is None or _joined(verb) or _joined(clause, known=True):
            continue
        if not _obliges(clause):
            return True
    return False


def _joined(verb: Any, known: bool = False) -> bool:
    """``verb`` is joined by "and" to another act: the verb asked for itself ("must know
    the city *and withdraw*"); or, for the ``known`` clause's finite verb, a bare verb
    with neither subject nor auxiliary, which the parser hangs there but which goes on the
    obligation ("must be aware that they are surrounded *and withdraw*"; not "that they
    will fail *and will be* defeated")."""
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and (not known or (
        verb.tag_ != "VB" and c.tag_ == "VB" and not any(
            a.dep_ in ("aux", "nsubj", "nsubjpass") for a in c.children)))
        for c in verb.children)


def _obliges(verb: Any) -> bool:
    """The clause of ``verb`` obliges the one told, named again by a pronoun: a "must" or
    "should", or "have to" / "need to" ("they *have to* lay down their weapons"). An
    obligation of another ("that *Turkey* will have to look for alternatives", "that *we*
    will have to respond") is a warning."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in TOLD_AGAIN
               for c in verb.children) and (
        any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in verb.children)
        or verb.lemma_.lower() in OBLIGING_VERBS and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children))


def _adjunct_of_same_type(words: frozenset[str], head: Any, carriers: list[Any]) -> bool:
    # Evaluated by the stage, which knows the types of the triggers above (see ``above``).
    return False


#: Condition names of the *when* column, each ``(words, trigger head, carrying heads)``.
CONDITIONS: dict[str, Callable[[frozenset[str], Any, list[Any]], bool]] = {
    "subject": _subject, "object": _object, "trigger": _trigger, "carrier": _carrier,
    "negative-subject": _negative_subject, "participle": _participle,
    "intransitive": _intransitive, "question": _question, "inverted-if": _inverted_if,
    "of": _of, "adjunct-of-same-type": _adjunct_of_same_type, "holder": _holder,
    "for": _phrase("for"), "with": _phrase("with"), "aside": _aside,
    "judged": _judged, "subject-of": _subject_of, "main": _main,
    "no-undergoer-of": _no_undergoer_of, "subject-sector": _subject_sector,
    "lone-verb": _lone_verb, "doer-sector": _doer_sector, "no-act-asked": _no_act_asked,
    "complement": _complement, "object-of": _object_of, "occasion": _occasion,
    "occasion-of": _occasion_of,
}
#: Outcomes about whose the roles are, asked of a word by :func:`applies`; the others are
#: about the event and come from :func:`outcome`.
ROLE_OUTCOMES = frozenset({"possessor=target", "possessor=other", "to=destination",
                           "attribution", "holder-subject=target", "passive-subject=source",
                           "clause-subject=target", "on=addressee", "thing",
                           "object=means", "means=source", "instrument",
                           "enacting", "freed", "occasion-subject=source"})
OUTCOMES = ("drop", "merge", "status=hypothetical", "status=negated", "status=future",
            "type=TYPE", *sorted(ROLE_OUTCOMES))


def _parse(line: str, where: str) -> Rule:
    parts = line.split("\t")
    if len(parts) != 4:
        raise SettingsError(f"{where}: a rule needs 4 tab-separated columns "
                           f"(name, when, then, example), found {len(parts)}")
    name, when, then, example = (p.strip() for p in parts)
    conditions = []
    for cond in (c.strip() for c in when.split("&")):
        key, _, words = cond.partition(":")
        if key not in CONDITIONS:
            raise SettingsError(f"{where}: unknown condition {key!r}; known: "
                               f"{', '.join(sorted(CONDITIONS))}")
        conditions.append((key, frozenset(w.strip().lower() for w in words.split(",")
                                           if w.strip())))
    retyped = then.startswith("type=") and then.partition("=")[2] in type_table()
    if then not in OUTCOMES and not retyped:
        raise SettingsError(f"{where}: unknown outcome {then!r}; known: {', '.join(OUTCOMES)}")
    return Rule(name, tuple(conditions), then, example)


@cache
def rules() -> tuple[Rule, ...]:
    """The shipped rules, in file order (loaded once)."""
    text = resources.files("storyline").joinpath("data/event_rules.tsv").read_text("utf-8")
    return tuple(_parse(line, f"event_rules.tsv:{n}")
                 for n, line in enumerate(text.splitlines(), 1)
                 if line.strip() and not line.startswith("#"))


@cache
def _rules_by_outcome() -> dict[str, tuple[Rule, ...]]:
    """The shipped rules of each outcome, in file order (:func:`applies` asks one outcome
    of every word a role looks through, and most rules have another)."""
    out: dict[str, list[Rule]] = {}
    for rule in rules():
        out.setdefault(rule.then, []).append(rule)
    return {then: tuple(found) for then, found in out.items()}


@cache
def _event_rules() -> tuple[Rule, ...]:
    """The shipped rules about the event itself (not role rules), in file order
    (:func:`outcome` asks them of every event)."""
    return tuple(rule for rule in rules() if rule.then not in ROLE_OUTCOMES)


def _holds(rule: Rule, head: Any, carriers: list[Any], above: bool = False) -> bool:
    return all(above if key == "adjunct-of-same-type" else CONDITIONS[key](words, head, carriers)
               for key, words in rule.when)


def outcome(head: Any, carriers: list[Any], above: bool = False) -> tuple[str, str] | None:
    """``(rule name, then)`` of the first rule about the event itself (not a role rule,
    see :func:`applies`) whose every condition holds for the event whose trigger head is
    ``head``; ``above`` says whether a trigger of the same type governs it as a participle
    clause."""
    for rule in _event_rules():
        if _holds(rule, head, carriers, above):
            return rule.name, rule.then
    return None


def applies(then: str, head: Any) -> bool:
    """Whether a rule with outcome ``then`` (one of :data:`ROLE_OUTCOMES`) holds for the
    word ``head``, whatever the event rules say of it: asked of any act noun a role may
    look through ("condemned *Mhlanga's arrest*")."""
    return any(_holds(rule, head, []) for rule in _rules_by_outcome().get(then, ()))
