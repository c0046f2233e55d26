"""Bodies of several states: a plural of a body each state has one of ("governments",
"national governments", "Africa's ruling parties") names the bodies of several countries,
so it takes no one country from its sentence or its story (VOA training stories 6180790
"as governments continue climate talks in Madrid", not Spain's; 6205696 "EU officials told
national governments", not France's; 6181522 "Africa's ruling parties", not South
Africa's). Its own words may still name its countries ("the governments of Kenya and
Uganda"), and a body of each part of one state ("state governments", "local governments")
is that state's, as are one state's bodies one after another ("successive governments")
(``several_states``, ``sub_national`` and ``one_state_over_time`` of sectors.json).
"""

from __future__ import annotations

from functools import cache

from ... import resources
from .lexicon import singular


@cache
def several_states() -> frozenset[str]:
    """Bodies each state has one of, singular (``several_states`` of sectors.json)."""
    return frozenset(resources.data_json("sectors.json")["several_states"])


@cache
def sub_national() -> frozenset[str]:
    """Words of the parts of one state ("state", "local": ``sub_national`` of sectors.json)."""
    return frozenset(resources.data_json("sectors.json")["sub_national"])


@cache
def one_state_over_time() -> frozenset[str]:
    """Words that make such a plural one state's bodies one after another ("successive
    governments", "previous parliaments": ``one_state_over_time`` of sectors.json)."""
    return frozenset(resources.data_json("sectors.json")["one_state_over_time"])


def of_several_states(title: str | None, words: set[str]) -> bool:
    """Whether a group whose sector phrase is ``title`` as written and whose own folded
    words are ``words`` names the bodies of several states: the plural of one of
    :func:`several_states`, with no word of :func:`sub_national` or
    :func:`one_state_over_time`.

    >>> of_several_states("governments", {"national", "governments"})
    True
    >>> of_several_states("governments", {"state", "governments"})
    False
    >>> of_several_states("governments", {"successive", "governments"})
    False
    >>> of_several_states("government", {"government"}), of_several_states(None, set())
    (False, False)
    """
    if not title:
        return False
    *lead, last = title.lower().split()
    one = singular(last)
    return one != last and " ".join([*lead, one]) in several_states() \
        and not words & (sub_national() | one_state_over_time())
