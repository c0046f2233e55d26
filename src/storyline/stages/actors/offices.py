"""A known person's office on a date, and a known body's dated sector.

The tables give people (and some bodies) dated roles: (sector, title, start, end).
:func:`person_role` is the office a person held on the article's date (an elite, ELI,
once out of office), :func:`entry_sector` the sector of any entry on a date, and
:func:`in_office` whether a person held any office then.
"""

from __future__ import annotations

from .lexicon import Entry, office_sectors

#: The day after the last the CAMEO tables speak of: an office they leave open was held
#: then, not known to be held later.
CAMEO_TABLES_END = "2016-01-01"


def entry_sector(entry: Entry, date: str | None) -> str | None:
    """The sector of a known entry on ``date``: a person's office (:func:`person_role`),
    an organisation's dated sector, else the table's.

    >>> from storyline.stages.actors.lexicon import names
    >>> taliban = names()[("taliban",)][0]
    >>> entry_sector(taliban, "2019-05-01"), entry_sector(taliban, "2024-05-01")
    ('REB', 'GOV')
    """
    if entry.kind == "person":
        return role_at(entry, date)[0]
    if entry.roles and date:
        active = [r for r in entry.roles if _held(r[2], r[3], date)]
        if active:
            return max(active, key=lambda r: r[2] or "")[0]
    return entry.sector


def person_role(entry: Entry, date: str | None = None) -> tuple[str | None, str | None]:
    """The sector and title a known person held on ``date`` (ELI once out of office).

    >>> from storyline.stages.actors.lexicon import names
    >>> merkel = names()[("angela", "merkel")][0]
    >>> person_role(merkel, "2017-04-01"), person_role(merkel, "2022-01-10")[0]
    (('GOV', 'chancellor'), 'ELI')
    """
    sector, title, _ = role_at(entry, date)
    return sector, title


def role_at(entry: Entry, date: str | None) -> tuple[str | None, str | None, bool]:
    """(sector, title, former) of a known person on ``date`` (their last office when None)."""
    if not entry.roles:
        return entry.sector, None, False
    if date is None:
        # No date: the person as last in office, never "former" by default.
        sector, title, _, _ = max(entry.roles, key=lambda r: r[2] or "")
        return sector, title, False
    when = date
    active = [r for r in entry.roles if _held(r[2], r[3], when)]
    if active:
        sector, title, _, _ = max(active, key=lambda r: r[2] or "")
        return sector, title, False
    past = [r for r in entry.roles if r[3] is not None and r[3] <= when]
    if past:
        sector, title, _, _ = max(past, key=lambda r: r[3] or "")
        return ("ELI" if sector in office_sectors() else sector), title, True
    sector, title, _, _ = min(entry.roles, key=lambda r: r[2] or "")
    return sector, title, False


def _held(start: str | None, end: str | None, date: str) -> bool:
    """Whether a role from ``start`` to ``end`` (ISO dates, None open) is held on ``date``."""
    return (start or "") <= date and (end is None or date < end)


def in_office(entry: Entry, date: str | None) -> bool:
    """Whether ``entry`` holds an office on ``date`` (any, with no date): one begun by then
    and not ended, an open end of the CAMEO tables (their offices have no title) ending
    with them ("Elmi Ahmed Duale", GOV since 2006, is no guess for a "Duale" of 2021; nor
    is an office that began later: "Castro" of 2019 is not Honduras's president of 2022).

    >>> from storyline.stages.actors.lexicon import names
    >>> arevalo = names()[("bernardo", "arevalo")][0]
    >>> in_office(arevalo, "2025-02-01"), in_office(arevalo, "2019-01-01")
    (True, False)
    """
    if not date or not entry.roles:
        return True
    return any(_held(start, CAMEO_TABLES_END if end is None and not title else end, date)
               for _sector, title, start, end in entry.roles)
