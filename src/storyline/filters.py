"""The filters of the corpus views, checked before any row is read.

A date that does not exist (``2019-13-01``), a type no view holds, an outlet the
store does not have, a negative limit: each raises an :class:`OptionError` naming
the filter, the bad value and the valid ones, so the command line exits 2 and the
API answers 422 instead of an empty result.

>>> try:
...     check_date("date_from", "2019-02-30")
... except OptionError as exc:
...     print(exc)
invalid value '2019-02-30' for date_from: a date that exists, as YYYY, YYYY-MM or YYYY-MM-DD
>>> check_date("date_to", "2019-02")
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from rapidfuzz import fuzz, process

from .errors import OptionError

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
#: Types each view may be filtered by besides those the store holds.
ACTOR_KINDS = ("person", "org", "country", "igo", "group")
QUOTE_KINDS = ("direct", "partial", "indirect")


def check_date(option: str, value: str | None) -> None:
    """Raise :class:`OptionError` unless ``value`` is None or a real YYYY[-MM[-DD]] date."""
    if value is None:
        return
    m = _DATE.match(value)
    try:
        if m is None:
            raise ValueError(value)
        date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        raise OptionError(option, value,
                          "a date that exists, as YYYY, YYYY-MM or YYYY-MM-DD") from None


def check_limit(option: str, value: int | None) -> None:
    """Raise :class:`OptionError` unless ``value`` is None or a whole number of at least 0.

    >>> check_limit("--limit", 5)
    """
    if value is not None and (not isinstance(value, int) or value < 0):
        raise OptionError(option, value, "a whole number of rows, 0 or more")


def check_choice(option: str, value: str | None, valid: Iterable[str], match: str = "equal"
                 ) -> None:
    """Raise :class:`OptionError` unless ``value`` is None or one of ``valid`` (ignoring
    case; with ``match="part"``, part of one).

    >>> check_choice("--type", "support", ["SUPPORT", "ACCUSE"])
    >>> check_choice("--outlet", "bbc", ["BBC News"], match="part")
    """
    if value is None:
        return
    options = sorted({v for v in valid if v})
    low = value.lower()
    if any(low == v.lower() or (match == "part" and low in v.lower()) for v in options):
        return
    shown = ", ".join(options[:30]) + (f", ... ({len(options)} in all)" if len(options) > 30
                                        else "")
    raise OptionError(option, value, f"one of {shown}" if options else "the store has none")


def match_actor(names: Iterable[tuple[str, Sequence[str]]], text: str,
                cutoff: float = 80.0) -> tuple[str | None, list[str]]:
    """The actor id whose name or alias is closest to ``text`` (a typo, an accent left
    out), and the closest names when none is close enough.

    Args:
        names: ``(actor_id, [name, alias, ...])`` of the actors view.
        text: what the user typed.
        cutoff: the least similarity (0-100) of a match.

    >>> actors = [("juan_guaido", ["Juan Guaidó", "Guaido"]), ("RUS", ["Russia"])]
    >>> match_actor(actors, "Guaidoo")
    ('juan_guaido', ['Juan Guaidó'])
    >>> match_actor(actors, "Venezuela")[0] is None
    True
    """
    choices = {}
    first_name = {}
    for actor_id, spellings in names:
        for spelling in spellings:
            if spelling:
                choices[f"{actor_id}\t{spelling}"] = spelling.lower()
                first_name.setdefault(actor_id, spelling)
    found = process.extract(text.lower(), choices, scorer=fuzz.WRatio, limit=3)
    closest = list(dict.fromkeys(first_name[key.split("\t")[0]] for _, _, key in found))
    if found and found[0][1] >= cutoff:
        return found[0][2].split("\t")[0], closest[:1]
    return None, closest


def known_types(view: str) -> tuple[str, ...]:
    """Types a view may be filtered by even when the store holds none of them."""
    if view in ("events", "timeline", "alliances"):
        from .ontology import type_table

        return tuple(type_table())
    return {"actors": ACTOR_KINDS, "quotes": QUOTE_KINDS}.get(view, ())
