"""Two reports of one statement: one speaker's words retold the same day.

Outlets retell what a speaker said in their own words ("Ukraine had agreed to a 30-day
ceasefire" / "Ukraine said it is ready to accept a U.S. proposal for a 30-day
ceasefire"), sharing few of them; but a speaker rarely makes two statements of one kind
on one day in one story. Two reports tell one statement when

- both are of one type, a type whose act is something said (the ``statement`` flag of
  ``data/plover.tsv``; two types of one quad class are not enough: "DHS dismissed the
  allegations", REJECT, and "DHS did not respond to requests for comment", REQUEST);
- they have one speaker: the same source actors, named by both;
- they are of one day: the day their text gives when both give one (two different days
  are two statements), else the day their text gives or they were reported, at most
  :data:`STATEMENT_DAYS` apart.

:mod:`storyline.corpus.dedup` applies the story (:func:`~storyline.corpus.dedup.one_story`),
the target actors (compatible, one report may name fewer) and how alike the sentences must
still be (``STATEMENT_SIMILARITY``).

>>> a = {"type": "AGREE", "source": ["UKR"], "day": None, "published": "2025-03-12"}
>>> same_statement(a, {**a, "published": "2025-03-13"})
True
>>> same_statement(a, {**a, "published": "2025-03-15"})
False
>>> same_statement({**a, "day": "2025-03-10"}, {**a, "day": "2025-03-11"})
False
>>> same_statement(a, {**a, "type": "CONSULT"}), same_statement(a, {**a, "source": []})
(False, False)
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..ontology import flagged

#: Reports of one statement not both dated by their text are at most this many days apart
#: (a statement of one day, told that evening and the next morning).
STATEMENT_DAYS = 1


def same_statement(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two reports (``type``, ``source``, ``day`` their text gives or None,
    ``published``) can tell one statement (module docstring; story and targets aside)."""
    if a.get("type") != b.get("type") or a.get("type") not in flagged("statement"):
        return False
    if not a.get("source") or list(a["source"]) != list(b.get("source") or []):
        return False
    if a.get("day") and b.get("day"):
        return bool(a["day"] == b["day"])
    first, second = a.get("day") or a.get("published"), b.get("day") or b.get("published")
    if not first or not second:
        return False
    gap = abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days)
    return gap <= STATEMENT_DAYS
