""""The spokesperson" is the unnamed spokesperson of the body the article met last.

A story quotes "a State Department spokesperson" and goes on with "the spokesperson said":
the same person, of the body named in the first use, not of the country the story is
about (VOA training stories 6181235 and 6202623, on North Korea and Haiti, where "the
spokesperson" was read as Pyongyang's or Haiti's government; 8010057 "a DHS spokesperson
... the spokesperson added", of the first set; phrases ``eval.actors.half`` train, their
sentences ``split_of`` train). A first version (stop 29) was reverted at review:
it jumped back past "A spokesperson *for Iran's foreign ministry*" and past another
country's body. This one reads "the spokesperson" (``unnamed_roles`` of sectors.json:
definite, singular, with no words of its own) as the body of the nearest earlier use of a
spokesperson noun, walking back over other bare "the spokesperson" uses, only when

* that use names its body in its own words before the noun ("a *State Department*
  spokesperson", "a *DHS* spokesperson"), and has no "for" or "of" phrase ("a spokesperson
  *for Iran's foreign ministry*") and no name ("spokesperson *Mao Ning*", whose own
  mentions the article's roles already find);
* no actor or person of another country is the subject of a finite clause between the
  two ("*Iran's foreign ministry* said ..."), who may be the one whose spokesperson speaks
  (not of an infinitive: "the need for *the Haitian government* to invest").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from ... import resources
from .lexicon import fold

#: Dependency labels of a clause's subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Tags of a finite verb.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


@cache
def unnamed_roles() -> frozenset[str]:
    """Nouns of a role a story gives once unnamed and then refers back to with "the"
    (``unnamed_roles`` of sectors.json)."""
    return frozenset(resources.data_json("sectors.json")["unnamed_roles"])


def _bare(token: Any) -> bool:
    """Whether ``token`` is a role noun after "the" with no other words of its own.

    >>> from storyline import resources
    >>> doc = resources.nlp()("The spokesperson for the ministry and the spokesperson spoke.")
    >>> _bare(doc[1]), _bare(doc[7])
    (False, True)
    """
    children = list(token.children)
    return token.tag_ == "NN" and len(children) == 1 and children[0].lower_ == "the" \
        and children[0].i == token.i - 1


def spoken_for(token: Any, earlier: Iterable[Any]) -> Any | None:
    """The actor of the body whose unnamed spokesperson the bare "the spokesperson" at
    ``token`` refers back to (see the module docstring), or None.

    Args:
        token: the head noun of the phrase.
        earlier: the article mentions (``start``, ``end``, ``actor``, ``person``) before
            it, in the order read.
    """
    if fold(token.text) not in unnamed_roles() or not _bare(token):
        return None
    doc, before = token.doc, list(earlier)
    use = next((t for t in reversed(doc[:token.i]) if fold(t.text) in unnamed_roles()
                and not _bare(t)), None)
    if use is None or any(c.dep_ in ("prep", "appos") for c in use.children) \
            or use.dep_ == "compound" or use.ent_type_ == "PERSON":
        return None
    lead, end = use.left_edge.idx, use.idx + len(use.text)
    bodies = [m for m in before if lead <= m.start < use.idx and m.end <= end
              and m.actor is not None and m.actor.country]
    if not bodies:
        return None
    body = bodies[-1].actor
    for m in before:
        if end <= m.start and m.end <= token.idx:
            who = m.person if m.person is not None else m.actor
            root = doc.char_span(m.start, m.end, alignment_mode="expand")
            if who is not None and who.country not in (None, body.country) \
                    and root is not None and _finite_subject(root.root):
                return None
    return body


def _finite_subject(token: Any) -> bool:
    """Whether ``token`` is the subject of a finite clause ("*Iran's ministry* said"), not
    of an infinitive ("the need for *the government* to invest").

    >>> from storyline import resources
    >>> doc = resources.nlp()("The ministry said it was time for the government to act.")
    >>> _finite_subject(doc[1]), _finite_subject(doc[9])
    (True, False)
    """
    verb = token.head
    return token.dep_ in _SUBJECTS and (verb.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE | {"MD"} for c in verb.children))
