"""Calendar dates as news pages print them, to ISO ``YYYY-MM-DD``.

Fast patterns cover the usual forms: ISO ``2019-05-02``, European
``05.05.2019`` (day first), ``07/25/2019`` (month first unless the first number
is over 12), ``July 25, 2019``, ``25 July 2019``, ``Nov. 20, 2019``. Anything
else with a year in it goes to dateparser (slower, many languages), only when
asked. Dates that cannot be read give None, never a guess.

>>> find_dates("Russia ... | News | DW | 05.05.2019")
['2019-05-05']
>>> find_dates("By Reuters, July 25, 2019 8:15 pm")
['2019-07-25']
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "dmy"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), "mdy-slash"),
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), "Mdy"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", re.I),
     "dMy"),
]
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTHS.get(key[:4] if key.startswith("sept") else key[:3], 0)


def find_dates(text: str, fallback: bool = False) -> list[str]:
    """ISO dates written in ``text``, in order of appearance.

    Args:
        text: a line or a few lines.
        fallback: when the fast patterns find nothing, try dateparser (any language).
    """
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern, form in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            g = m.groups()
            if form == "ymd":
                iso = _iso(int(g[0]), int(g[1]), int(g[2]))
            elif form == "dmy":
                iso = _iso(int(g[2]), int(g[1]), int(g[0]))
            elif form == "mdy-slash":
                a, b, y = int(g[0]), int(g[1]), int(g[2])
                iso = _iso(y, b, a) if a > 12 else _iso(y, a, b)
            elif form == "Mdy":
                iso = _iso(int(g[2]), _month(g[0]), int(g[1]))
            else:
                iso = _iso(int(g[2]), _month(g[1]), int(g[0]))
            if iso:
                found.append((m.start(), iso))
                taken.append((m.start(), m.end()))
    if not found and fallback and _YEAR.search(text):
        parsed = _dateparser(text)
        return [parsed] if parsed else []
    return [iso for _, iso in sorted(found)]


def _dateparser(text: str) -> str | None:
    from dateparser.search import search_dates

    try:
        hits = search_dates(text, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    except (ValueError, OverflowError):
        return None
    return hits[0][1].date().isoformat() if hits else None
