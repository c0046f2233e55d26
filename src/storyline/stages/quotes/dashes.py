"""Dashes that set a quote off from the clause before its cue.

``X praised strongmen - "He would have loved them," Y said``: what comes before the
dash is the writer's clause, and the quote alone is what ``said`` reports. A dash whose
quote is itself an aside, closed by another dash before the cue (``The slogan - "Make
it count" - was printed ..., he said``), sets off nothing: the clause keeps its subject.
"""

from __future__ import annotations

import re

from ...text_index import Intervals

#: A dash standing alone, not inside a word (``a well-known man``).
_DASH = re.compile(r"(?<!\w)[—–-]+(?!\w)")


def dash_before_quote(body: str, s: int, i: int, cue_at: int,
                      quoted: list[tuple[int, int]]) -> bool:
    """Whether ``body[i]`` opens a dash (standing alone) right before a quoted passage of
    ``quoted`` that runs to the cue at ``cue_at`` with no dash between its end and the
    cue, and no dash stands between ``s`` and ``i`` (then it would close a dash's aside:
    ``"I doubt it" -- that he can win -- "will last"``).

    >>> text = 'He praised them - "We won," she said.'
    >>> [dash_before_quote(text, 0, i, 32, [(19, 26)]) for i in (16, 15)]
    [True, False]
    >>> dash_before_quote('A - as she says - "We won," he said.', 0, 16, 31, [(19, 26)])
    False
    >>> dash_before_quote('A - "We won" - was read, he said.', 0, 2, 28, [(5, 11)])
    False
    """
    m = _DASH.match(body, i)
    if m is None or m.start() != i or (i and body[i - 1] in "—–-") or _DASH.search(body, s, i):
        return False
    j = m.end()
    while j < len(body) and body[j].isspace():
        j += 1
    ends = [qe for qs, qe in Intervals.of(quoted).starting_within(j, j + 3) if j < qs <= j + 2]
    return any(_DASH.search(body, qe, cue_at) is None for qe in ends)
