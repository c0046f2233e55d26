"""The clause tree of a sentence's triggers, read off the parse.

A trigger *governs* the triggers in its complement or object: "refused to take part in
talks" is one REJECT carried by "refused", "X said Y will meet Z" is Y's CONSULT said by
X. :func:`trees` links a sentence's :class:`~.triggers.Match` es into :class:`Node`
trees; :func:`inner` and :func:`asked` find the typed trigger a carrier carries or a
request asks for; the other helpers tell the kinds of clause the tree walks through
(adjunct, purpose, background, across a semicolon, a finite clause).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .status import for_clause
from .triggers import Match

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
#: Subordinators of contrast and concession ("while", "whereas", "although").
CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though", "whilst"})


@dataclass
class Node:
    """A trigger and the triggers it governs."""

    match: Match
    children: list[Node] = field(default_factory=list)


def _is_adjunct_clause(tok: Any) -> bool:
    """A clause that elaborates the event above it: "staged rallies *to demand* reforms",
    "demonstrated *calling for* independence" (not "after ...", "as ...", "if ...")."""
    return tok.dep_ == "advcl" and not any(c.dep_ == "mark" and c.tag_ != "TO"
                                           for c in tok.children)


def is_purpose_clause(tok: Any) -> bool:
    """ "staged rallies *to demand* reforms", "a strike *to protest* ...": an adjunct clause,
    or an infinitive the parser hung on the noun."""
    return _is_adjunct_clause(tok) or tok.dep_ in ("relcl", "acl") and any(
        c.tag_ == "TO" for c in tok.children)


def background(tok: Any) -> bool:
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


def trees(matches: list[Match]) -> tuple[list[Node], set[int]]:
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


def main_children(node: Node) -> list[Node]:
    """The children that carry the event: an adjunct clause ("to demand ...") only when
    nothing else does."""
    core = [ch for ch in node.children if ch.match.head.dep_ != "advcl"]
    return core if any(_typed(ch) for ch in core) else node.children


def _typed(node: Node) -> bool:
    return node.match.type is not None or any(_typed(ch) for ch in node.children)


def inner(node: Node) -> Node | None:
    """The node of the nearest typed trigger below ``node``, through carrying verbs."""
    for ch in main_children(node):
        if ch.match.type is not None:
            return ch
        deeper = inner(ch)
        if deeper is not None:
            return deeper
    return None


def asked(node: Node | None) -> Match | None:
    """What a request or refusal asks for or refuses: the nearest typed trigger below, or,
    when that is an agreement, what is to be agreed to ("urged Putin to agree to *a
    meeting*": an agreement has no asked mode of its own, plover.tsv)."""
    if node is None:
        return None
    deeper = inner(node) if node.match.type == "AGREE" else None
    return deeper.match if deeper is not None and deeper.match.type else node.match


def across_semicolon(a: Any, b: Any) -> bool:
    """True when a semicolon stands between tokens ``a`` and ``b``."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[lo + 1:hi])


def via_clause(inner: Match, m: Match) -> bool:
    """True when ``inner`` sits in a finite clause of ``m`` ("announced *that* ...")."""
    t = inner.head
    while t.i != m.head.i and t.head.i != t.i:
        if t.dep_ == "ccomp" and t.head.i == m.head.i:
            return True
        t = t.head
    return False


def path(inner: Match | None, m: Match) -> list[Any]:
    """The words from an inner trigger up to the trigger that governs it."""
    out: list[Any] = []
    t = inner.head if inner is not None else None
    while t is not None and t.i != m.head.i and len(out) < 6:
        out.append(t)
        t = t.head if t.head.i != t.i else None
    return out
