"""The unnamed role a bare definite role word refers back to.

A story often names a role without a person ("a State Department spokesperson told VOA")
and then goes on with the bare role word ("..., said the spokesperson"). The bare word
is that earlier role, with its country and sector, not the country the story is about:
the spokesperson of a story on North Korea or Haiti quoted after "a State Department
spokesperson" is American (VOA training stories 6181235 and 6202623; as in 8010057, "a
DHS spokesperson" then "the spokesperson", a story on the U.S.). Only the roles of
``unnamed_roles`` (sectors.json) are read so: a spokesperson speaks for one body.
The nearest earlier use of the same noun decides: when it is a named person's title
("spokesperson Mao Ning", "a spokesperson, John Kirby,") the bare word is left to the
article's roles; when it is bare itself, the search goes on further back.

>>> from storyline import resources
>>> from storyline.stages.actors.phrase import analyse
>>> doc = resources.nlp()("A Pentagon spokesperson told VOA the talks failed. "
...                       "Talks will go on, the spokesperson said.")
>>> found = unnamed_antecedent(doc, doc.text.rindex("the spokesperson"), "spokesperson", analyse)
>>> found.country, found.sector
('USA', 'MIL')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .lexicon import fold, singular
from .phrase import Phrase

#: Words of a noun phrase that only point ("the", "this"): a phrase of them and the role
#: word alone says nothing of whose role it is.
_POINTING = frozenset({"the", "this", "that", "a", "an", "another"})


def bare_role(span: Any) -> bool:
    """Whether ``span`` is a pointing word and a singular role noun alone ("the
    spokesperson", not "the military spokesperson" nor "the spokespeople")."""
    return len(span) == 2 and span[0].lower_ in _POINTING and span[1].tag_ == "NN"


def unnamed_antecedent(doc: Any, start: int, head: str,
                       analyse: Callable[[str], Phrase]) -> Phrase | None:
    """The resolved phrase of the nearest use of the role noun ``head`` before the
    character offset ``start`` in ``doc``, when it is an unnamed role with a country ("a
    State Department spokesperson"); None when that use names a person, or no use with
    words of its own comes before. Bare uses ("the spokesperson") are passed over."""
    chunks = {chunk.root.i: chunk for chunk in doc.noun_chunks if chunk.end_char <= start}
    for token in reversed(doc[:_token_before(doc, start)]):
        if token.tag_ != "NN" or singular(fold(token.text)) != head:
            continue
        if _named(token):
            return None
        chunk = chunks.get(token.i)
        if chunk is None:
            return None  # a modifier ("spokesperson office"), not the role itself
        if all(t.lower_ in _POINTING for t in chunk if t.i != token.i):
            continue
        phrase = analyse(chunk.text)
        if phrase.person or phrase.entity is not None or not phrase.country:
            return None
        return phrase
    return None


def _token_before(doc: Any, start: int) -> int:
    """The index of the first token at or after the character offset ``start``."""
    return next((t.i for t in doc if t.idx >= start), len(doc))


def _named(token: Any) -> bool:
    """Whether a role noun is a named person's title: in a person's name ("spokesperson
    Mao Ning"), followed by one, or with one in apposition ("a spokesperson, John Kirby")."""
    if token.ent_type_ == "PERSON":
        return True
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    if following is not None and following.ent_type_ == "PERSON":
        return True
    return any(child.dep_ == "appos" and child.ent_type_ == "PERSON" for child in token.children)
