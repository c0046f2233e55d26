"""Whether an event happened, will happen, did not happen, or might: its status and tense.

The words that decide are the event's own: its trigger and the verbs that carry
it ("held talks", "refused to take part"). ``hypothetical`` wins over
``negated``, which wins over ``future``; otherwise the event is ``asserted``.

>>> from storyline import resources
>>> doc = resources.nlp()("Lavrov will meet Arreaza on Sunday.")
>>> status([doc[2]]), tense([doc[2]])
('future', 'future')
>>> doc = resources.nlp()("The government has not left the negotiating table.")
>>> status([doc[4]])
'negated'
>>> doc = resources.nlp()("Lifting the ban is out of the question.")
>>> status([doc[0]])
'hypothetical'
>>> doc = resources.nlp()("She hopes the allies can secure his release.")
>>> status([doc[7]])
'hypothetical'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..nlp import lemma

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "'d"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
FUTURE_MODIFIERS = frozenset({"upcoming", "planned", "proposed", "future", "next",
                              "forthcoming", "scheduled", "possible", "potential"})
FUTURE_PREPS = frozenset({"ahead", "before"})
#: Verbs whose infinitive is still to come: an event noun in that infinitive's clause is
#: too ("hopes to resolve the dispute *during talks* Tuesday" is next Tuesday's talks);
#: an act in a clause they hold is only hoped for ("hopes the United States *can secure*
#: his release", "I hope his charge *will be dropped*").
PROSPECTIVE_VERBS = frozenset({"hope", "plan", "intend", "aim", "expect", "want", "seek",
                               "wish", "prepare", "schedule"})
#: Verbs that deny the event they carry ("failed to reach agreement").
NEGATING_VERBS = frozenset({"fail"})
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "no-one", "neither"})
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
#: Verbs of going somewhere whose "to" infinitive or "for" phrase names the act they go
#: for ("will travel to Riyadh *to meet* ...", "will head to Riyadh *for talks*"): that act
#: is as far ahead as the going. Not any verb: an infinitive or a "for" phrase on others
#: may be a wish or a reason ("will add to calls *to impose* sanctions", "will be punished
#: *for the attack*").
MOTION_VERBS = frozenset({"travel", "go", "head", "fly", "come", "leave", "return",
                          "arrive"})
#: Verbs of time spent whose "for X to" clause tells what was done ("it took two weeks for
#: the troops to withdraw").
DURATION_VERBS = frozenset({"take"})


def _chain(heads: Sequence[Any]) -> list[Any]:
    """The event's words and the clause heads above them up to the sentence root."""
    out, seen = [], set()
    for h in heads:
        t = h
        while t.i not in seen:
            seen.add(t.i)
            out.append(t)
            if t.head.i == t.i or t.dep_ in ("ccomp", "relcl", "parataxis"):
                break
            t = t.head
    return out


def _is_conditional(tok: Any) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children)


def for_clause(tok: Any) -> bool:
    """An infinitive clause with its own subject opened by "for" ("called *for Russia to
    agree*", "it is hard *for the West to pull* Russia away"): an act asked for, wanted or
    judged, never one told as done.

    >>> from storyline import resources
    >>> doc = resources.nlp()("They called for Russia to accept the ceasefire.")
    >>> [t.text for t in doc if for_clause(t)]
    ['accept']
    >>> doc = resources.nlp()("It took two weeks for the troops to withdraw from the town.")
    >>> [t.text for t in doc if for_clause(t)]
    []
    """
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) \
        and tok.head.lemma_ not in DURATION_VERBS


def no_one(subject: Any) -> bool:
    """A subject that denies the act: "nobody", "none of them", "*no country* has
    recognized ...", "*neither side* accepted ..."."""
    return subject.lower_ in NEGATIVE_SUBJECTS or any(
        d.dep_ in ("det", "preconj") and d.lower_ in NEGATIVE_DETERMINERS
        for d in subject.children)


def _purpose_of(tok: Any) -> Any:
    """The verb ``tok`` is the purpose of ("will travel to Riyadh *to meet* ...", "will
    head to Riyadh *for talks*"), or None."""
    head = tok.head
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.tag_ == "TO"
                                              for c in tok.children):
        verb = head
    elif tok.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep" \
            and tok.ent_type_ not in ("DATE", "TIME"):  # not "has been going on for hours"
        verb = head.head
    else:
        return None
    return verb if verb.pos_ == "VERB" and lemma(verb) in MOTION_VERBS else None


def with_purposes(heads: Sequence[Any]) -> list[Any]:
    """``heads`` and the verbs they are the purpose of, up the sentence: an act one goes
    to do is as far ahead, as denied or as uncertain as the going ("will travel to
    Riyadh on Wednesday to meet Russian officials" is still to come).

    >>> from storyline import resources
    >>> doc = resources.nlp()("Rubio will travel to Riyadh to meet Russian officials.")
    >>> [t.text for t in with_purposes([doc[6]])]
    ['meet', 'travel']
    """
    out = list(heads)
    for t in heads:
        g = _purpose_of(t)
        while g is not None and g not in out:
            out.append(g)
            g = _purpose_of(g)
    return out


def status(heads: Sequence[Any], reported: bool = False) -> str:
    """``hypothetical``, ``negated``, ``future`` or ``asserted`` for an event whose own
    words (trigger, carrying verbs, the verbs it is the purpose of: the caller widens them
    with :func:`with_purposes` once) are ``heads``;
    ``reported`` when it is said by someone (then "would" is a future seen from the past:
    "said it would withdraw")."""
    own = list(heads)
    for t in _chain(own):
        # "said that *attempting a summit* could be risky", "*lifting the ban* is out of
        # question": an act a clausal subject names is talked about, not done; nor is one
        # in a "for X to" clause ("it is hard for the West to pull Russia away").
        if _is_conditional(t) or t.dep_ in ("csubj", "csubjpass") or for_clause(t):
            return "hypothetical"
    if any(map(_hoped_for, own)):
        return "hypothetical"
    modal = HYPOTHETICAL_AUX - {"would", "'d"} if reported else HYPOTHETICAL_AUX
    for t in own:
        if any(c.dep_ == "aux" and c.lower_ in modal for c in t.children):
            return "hypothetical"
    for t in own:
        if t.lemma_ in NEGATING_VERBS:
            return "negated"
        for c in t.children:
            if c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" \
                    or c.dep_ in ("nsubj", "nsubjpass") and no_one(c):
                return "negated"
    if tense(own, reported) == "future":
        return "future"
    return "asserted"


def _prospective(verb: Any) -> bool:
    """True for an infinitive a verb of intention governs ("hopes *to resolve*")."""
    return verb.dep_ == "xcomp" and _of_intention(verb.head) and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _of_intention(verb: Any) -> bool:
    return lemma(verb) in PROSPECTIVE_VERBS


#: Links that take a word out of the clause a hope holds into one told as done on its own:
#: "hopes that *the release* of the journalist last week will lead to more" (a subject),
#: "hopes that, *after* the army withdrew on Sunday, talks can begin" (a clause opened by
#: a conjunction; not an infinitive of purpose, "can work together *to secure* ...").
_OWN_TIME_LINKS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "acl", "relcl",
                             "parataxis"})


def _hoped_for(word: Any) -> bool:
    """Whether ``word`` is the act of a clause a verb of hope or intention holds ("hopes
    the allies *can secure* his release", "I hope his charge *will be dropped*"), reached
    through no subject or clause with a time of its own."""
    t = word
    while t.dep_ != "ccomp":
        if t.dep_ in _OWN_TIME_LINKS or t.head.i == t.i or t.dep_ == "advcl" and any(
                c.dep_ == "mark" for c in t.children):
            return False
        t = t.head
    return _of_intention(t.head)


def in_present(tok: Any, helpers: frozenset[str] = frozenset({"aux", "auxpass"})) -> bool:
    """Whether a word is told in the present: a present form itself ("supports", "agree"),
    or one of its ``helpers`` is ("is calling", "is supported"; with ``cop``, "is ready").

    >>> from storyline import resources
    >>> doc = resources.nlp()("Russia supports the plan and is calling for talks.")
    >>> [in_present(t) for t in doc if t.pos_ == "VERB"]
    [True, True]
    """
    return tok.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in helpers and c.tag_ in ("VBZ", "VBP") for c in tok.children)


def tense(heads: Sequence[Any], reported: bool = False) -> str:
    """``future``, ``present`` or ``past``: where a bare "on Sunday" points from; ``heads``
    as :func:`status` takes them, already widened with :func:`with_purposes`."""
    future = FUTURE_AUX | {"would", "'d"} if reported else FUTURE_AUX
    for t in heads:
        kids = list(t.children)
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in future for c in kids):
            return "future"
        if t.dep_ == "xcomp" and t.head.lemma_ == "go" and t.head.tag_ == "VBG":
            return "future"
        if t.dep_ == "xcomp" and t.head.lemma_ == "be":
            return "future"
        if any(c.dep_ == "amod" and c.lower_ in FUTURE_MODIFIERS for c in kids):
            return "future"
        if t.dep_ == "pobj" and t.head.head.lower_ in FUTURE_PREPS:
            return "future"
        if t.dep_ == "pobj" and t.head.lower_ in FUTURE_PREPS:
            return "future"
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and _prospective(t.head.head):
            return "future"
    for t in heads:
        if t.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass")
                                           for c in t.children):
            return "past"
        if t.tag_ in ("VBG", "VBZ", "VBP") and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP")
                                                   and c.lemma_ == "be" for c in t.children):
            return "present"
    return "past"
