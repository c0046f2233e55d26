"""Resolve a date expression against the publication date.

:func:`resolve_date` turns "on Sunday", "last week", "in March", "earlier this
year", "August 5", "Thursday", "two days ago" into an ISO date and a precision
(``day``, ``month`` or ``year``, the precisions of the output contract: a week,
"last week", is given as the month that holds most of it). A
bare weekday or month points back from the publication date for a past event
and forward for a future one, the publication day itself included both ways.
Our rules cover news usage; anything else that names a month, a weekday or a
number goes to dateparser, cached.

>>> from datetime import date
>>> resolve_date("Sunday", date(2019, 5, 5), "future")
('2019-05-05', 'day')
>>> resolve_date("on Friday", date(2019, 5, 5), "past")
('2019-05-03', 'day')
>>> resolve_date("earlier this year", date(2019, 8, 10), "past")
('2019-01-01', 'year')
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH_WORD = (r"(?P<month>" + "|".join(MONTHS) +
               r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}

_NOISE = re.compile(r"^(?:on|in|since|by|from|until|during|the|of|early|late|mid|later|"
                    r"earlier|this past|past(?!\s+(?:\S+\s+)?(?:day|week)s?$))\b[\s-]*")
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)$")
_RELATIVE = re.compile(r"^(?P<which>last|this|next|earlier this|later this|late last|"
                       r"early next|early this|late this)\s+(?P<unit>week|month|year)$")
#: The days up to publication ("the past week", "over the last few days", "in the past two
#: weeks"); "last week" alone is the calendar week before (:data:`_RELATIVE`).
_PAST_SPAN = re.compile(r"^(?:past\s+(?:(?P<n>\d+|[a-z]+)\s+)?|last\s+(?P<m>\d+|[a-z]+)\s+)"
                        r"(?P<unit>day|week)(?P<plural>s?)$")
_AGO = re.compile(r"^(?P<n>\d+|[a-z]+)\s+(?P<unit>day|week|month|year)s?\s+ago$")
_MONTH_DAY = re.compile(_MONTH_WORD + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
                        r"(?:,?\s+(?P<year>\d{4}))?$")
_DAY_MONTH = re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_WORD +
                        r"(?:,?\s+(?P<year>\d{4}))?$")
_MONTH_YEAR = re.compile(_MONTH_WORD + r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?$")
_NAMED_MONTH = re.compile(r"^(?P<which>last|next)\s+" + _MONTH_WORD + "$")
#: "the next March", "the last November": the month after (before) some other time than
#: publication, unread.
_THE_NAMED_MONTH = re.compile(r"\bthe\s+(?:last|next)\s+" + _MONTH_WORD + r"(?:\W|$)", re.I)
_YEAR = re.compile(r"^(?P<year>(?:19|20)\d{2})$")
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$")
_DOTTED = re.compile(r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})$")


def _clean(text: str) -> str:
    t = text.lower().replace("\u00a0", " ").strip(" .,;:")
    t = re.sub(r"['\u2019]s$", "", t)
    t = re.sub(r"^(" + "|".join(MONTHS) + r")\s+(?:of\s+)?this year$", r"\1", t)
    t = re.sub(r"\s+", " ", t)
    while True:
        stripped = _NOISE.sub("", t)
        if stripped == t:
            break
        t = stripped
    return _PART_OF_DAY.sub("", t).strip()


def _weekday(name: str, published: date, direction: int) -> date:
    target = WEEKDAYS.index(name)
    delta = (target - published.weekday()) % 7
    if direction > 0:
        return published + timedelta(days=delta)
    return published - timedelta(days=(published.weekday() - target) % 7)


def _week_month(day: date) -> tuple[date, str]:
    """The month holding most of the week of ``day`` (the month of its Thursday)."""
    thursday = day - timedelta(days=day.weekday()) + timedelta(days=3)
    return thursday.replace(day=1), "month"


def _month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def _shift_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def _month_of(word: str) -> int:
    """The number of a month name or abbreviation ("march", "sept", "dec")."""
    return _MONTH_ABBR[word[:4] if word == "sept" else word[:3]]


def _named_month(which: str, month: int, published: date, tense: str
                 ) -> tuple[date, str] | None:
    """"last November", "next March": the month in the year before (after) publication, told
    only where both readings agree, the one just gone (to come) and the one of the year
    before (after). "Last November" said in April is November of the year before; "last
    February" said in April may be either February, and gives None. No "next" month for a
    past act, no "last" one for a future act (a "next March" told of a past act is the
    March after some other time, not after publication).

    >>> _named_month("last", 11, date(2021, 4, 16), "past")
    (datetime.date(2020, 11, 1), 'month')
    >>> _named_month("last", 2, date(2021, 4, 16), "past") is None
    True
    >>> _named_month("next", 3, date(2025, 3, 13), "past") is None
    True
    >>> _named_month("next", 3, date(2025, 3, 13), "future")
    (datetime.date(2026, 3, 1), 'month')
    """
    if (which == "next") == (tense == "past"):
        return None
    if which == "last" and month >= published.month:
        return date(published.year - 1, month, 1), "month"
    if which == "next" and month <= published.month:
        return date(published.year + 1, month, 1), "month"
    return None


def _count(n: str) -> int | None:
    """A number in digits or words ("3", "three", "a"); None for a vague one ("few",
    "several"), which no rule guesses.

    >>> _count("12"), _count("two"), _count("few")
    (12, 2, None)
    """
    return int(n) if n.isdigit() else _NUMBERS.get(n)


def _days_up_to(published: date, n: str | None, unit: str, plural: bool = False
                ) -> tuple[date, str] | None:
    """The days up to publication ("the past week", "the last two days"), as the month that
    holds them all; None where they run over two months, or the number is not one ("the
    past days", "the past weeks", "the last few days").

    >>> _days_up_to(date(2021, 5, 9), None, "week"), _days_up_to(date(2021, 5, 5), None, "week")
    ((datetime.date(2021, 5, 1), 'month'), None)
    >>> _days_up_to(date(2021, 5, 9), None, "week", plural=True) is None
    True
    """
    count = (None if plural or unit != "week" else 1) if n is None else _count(n)
    if count is None:
        return None
    start = published - timedelta(days=count * (7 if unit == "week" else 1))
    return (published.replace(day=1), "month") if start.month == published.month else None


def _infer_year(month: int, day: int | None, published: date, tense: str) -> int:
    """The year of a month (and day) named without one: for a past event the latest such
    date up to publication, for a future one the next; in the present tense the nearest,
    this year's or next year's ("late January" said in March is the January just gone,
    "in December" said in November the coming one)."""
    candidate = date(published.year, month, day or 1)
    if tense == "past":
        return published.year - (candidate > published)
    floor = published if day else published.replace(day=1)
    if candidate >= floor:
        return published.year
    if tense == "future":
        return published.year + 1
    following = _safe(published.year + 1, month, day or 1)
    return published.year + bool(following and following - floor < floor - candidate)


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _rules(t: str, published: date, tense: str) -> tuple[date, str] | None:
    direction = -1 if tense == "past" else 1
    if t in ("today", "tonight", "now"):
        return published, "day"
    if t == "yesterday":
        return published - timedelta(days=1), "day"
    if t == "tomorrow":
        return published + timedelta(days=1), "day"
    words = t.split()
    if words and words[-1] in WEEKDAYS and len(words) <= 2:
        name = words[-1]
        if len(words) == 2 and words[0] == "last":
            return _weekday(name, published - timedelta(days=1), -1), "day"
        if len(words) == 2 and words[0] == "next":
            return _weekday(name, published + timedelta(days=1), 1), "day"
        if len(words) == 1 or words[0] == "this":
            return _weekday(name, published, direction), "day"
        return None
    m = _RELATIVE.match(t)
    if m:
        which, unit = m["which"], m["unit"]
        step = -1 if "last" in which else 1 if "next" in which else 0
        if unit == "week":
            monday = published - timedelta(days=published.weekday())
            return _week_month(monday + timedelta(weeks=step))
        if unit == "month":
            return _shift_months(published.replace(day=1), step), "month"
        return date(published.year + step, 1, 1), "year"
    m = _PAST_SPAN.match(t)
    if m:
        # the days up to publication: no time of a future act
        return None if tense == "future" else \
            _days_up_to(published, m["n"] or m["m"], m["unit"], bool(m["plural"]))
    m = _AGO.match(t)
    if m:
        n = _count(m["n"])
        if n is None:
            return None
        unit = m["unit"]
        if unit == "month":
            return _shift_months(published.replace(day=1), -n), "month"
        if unit == "year":
            return date(published.year - n, 1, 1), "year"
        if unit == "week":
            return _week_month(published - timedelta(days=n * 7))
        return published - timedelta(days=n), "day"
    for rx in (_MONTH_DAY, _DAY_MONTH):
        m = rx.match(t)
        if m:
            month, day = _month_of(m["month"]), int(m["day"])
            year = int(m["year"]) if m["year"] else _infer_year(month, day, published, tense)
            d = _safe(year, month, day)
            return (d, "day") if d else None
    m = _NAMED_MONTH.match(t)
    if m:
        return _named_month(m["which"], _month_of(m["month"]), published, tense)
    m = _MONTH_YEAR.match(t)
    if m:
        month = _month_of(m["month"])
        year = int(m["year"]) if m["year"] else _infer_year(month, None, published, tense)
        return _month_start(year, month), "month"
    m = _YEAR.match(t)
    if m:
        return date(int(m["year"]), 1, 1), "year"
    for rx in (_ISO, _DOTTED):
        m = rx.match(t)
        if m:
            d = _safe(int(m["year"]), int(m["month"]), int(m["day"]))
            return (d, "day") if d else None
    return None


#: What is worth dateparser's time: a month or weekday name our rules did not place.
_PARSEABLE = re.compile(r"\b(?:" + "|".join(WEEKDAYS + MONTHS) + r")\b")


def load() -> None:
    """Load dateparser and its English tables now: its first parse in a process costs
    some 0.2 s, which the local engine then pays once, before its workers fork, not once
    in each worker."""
    _parse("in March", date(2019, 5, 1), "past")


@lru_cache(maxsize=4096)
def _dateparser(text: str, published: date, tense: str) -> tuple[date, str] | None:
    return _parse(text, published, tense)


def _parse(text: str, published: date, tense: str) -> tuple[date, str] | None:
    """:func:`_dateparser`, without its cache."""
    from datetime import datetime

    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": datetime(published.year, published.month, published.day),
                "PREFER_DATES_FROM": "future" if tense == "future" else "past",
                "REQUIRE_PARTS": []}
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except (ValueError, OverflowError):
        return None
    if data is None or data.date_obj is None:
        return None
    if data.period == "week":
        return _week_month(data.date_obj.date())
    period = data.period if data.period in ("day", "month", "year") else "day"
    return data.date_obj.date(), period


def resolve_in_year(text: str, year: int) -> tuple[str, str] | None:
    """``(YYYY-MM-DD, precision)`` for a month or month-day expression placed in ``year``.

    For an undated article whose year is known otherwise; relative expressions give None.

    >>> resolve_in_year("August 5", 2019), resolve_in_year("in January", 2019)
    (('2019-08-05', 'day'), ('2019-01-01', 'month'))
    >>> resolve_in_year("last week", 2019) is None
    True
    """
    t = _clean(text)
    if not any(rx.match(t) for rx in (_MONTH_DAY, _DAY_MONTH, _MONTH_YEAR)):
        return None
    return resolve_date(t if re.search(r"\b\d{4}\b", t) else f"{t} {year}", None)


#: Words that make a date a deadline or a target ("by 2050", "before March"): the act is
#: not placed on that date.
DEADLINE_WORDS = ("by", "before", "until", "till")

#: Prepositions whose object tells the time an act happened in, undated ("arrested hundreds
#: of protesters *during the uprising*"): an act so told keeps its own time, unless the
#: object is an act of its own type, the act it is part of (:func:`tells_own_time`).
TIME_PREPOSITIONS = ("during", "throughout", "since")

#: Of :data:`TIME_PREPOSITIONS`, those whose object may be the very act a deed is part of
#: ("was killed *during the gunfight*", "was wounded *throughout the fighting*"); "since"
#: tells a time after its object ("arrested *since the raid*"), never its object's own.
WITHIN_PREPOSITIONS = ("during", "throughout")

#: Determiners that make a "during/throughout" object the very act a deed is part of, the
#: one the story has told ("killed during *the* attack", "during *this* raid", a possessive,
#: "during *the gunmen's* attack"); an indefinite or bare object is some other such act
#: ("killed during *an* attack on a convoy", "during *clashes* with al-Shabab").
DEFINITE_DETERMINERS = ("the", "this", "that", "these", "those")

#: Modifiers that make even a definite object another occasion than the act told ("during
#: *another* attack", "*a similar* raid", "*the previous* ambush", "*an earlier* attack",
#: "*a separate* attack", "*the other* attack").
OTHER_OCCASION_WORDS = ("another", "other", "similar", "previous", "earlier", "separate")

#: Adverbs that place an act before the time the story has told ("*Earlier*, they killed
#: two soldiers", "they *previously* killed"): an act so told keeps its own time too.
TIME_ADVERBS = ("earlier", "previously")

#: Adverbs that place a statement after the time the story has told ("Russia *later*
#: denied", "*hours later*", "*subsequently*"): a story of one day's meeting does not date it
#: (``carried_dates._own_saying_time``).
LATER_ADVERBS = ("later", "afterward", "afterwards", "subsequently")
#: Modifiers that, on a noun of when ("*The following* day", "on *the next* morning"), place
#: a statement after the time the story has told, though no entity names a time.
LATER_MODIFIERS = ("next", "following", "subsequent")


def names_the_act_told(noun: Any) -> bool:
    """Whether a noun phrase names the act the story has told rather than some other one of
    its type: definite (:data:`DEFINITE_DETERMINERS` or a possessive) and with no word of
    :data:`OTHER_OCCASION_WORDS` ("during *the gunfight*", not "during *an attack* on a
    convoy", "during *clashes*", "during *the previous* attack")."""
    kids = list(noun.children)
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
               for c in kids) and not any(c.lower_ in OTHER_OCCASION_WORDS for c in kids)


def tells_own_time(prep: str, object_is_the_act: bool) -> bool:
    """Whether a time phrase (:data:`TIME_PREPOSITIONS`) gives an act a time of its own:
    yes for a time ("*during the evening rush hour*", "*during 18 hours of siege*", "*since
    2011*") or another act ("*during the uprising*", "*during a visit*"), not for an act of
    the act's own type that it is part of ("killed *during the gunfight*", the gunfight the
    story dates), which ``object_is_the_act`` tells; "since" always tells its own.

    >>> tells_own_time("during", False), tells_own_time("during", True)
    (True, False)
    >>> tells_own_time("since", True)
    True
    """
    return prep in TIME_PREPOSITIONS and not (object_is_the_act and prep in WITHIN_PREPOSITIONS)


#: Prepositions whose object measures how long something lasted ("for a few months"), and
#: the one after a span that says how far into something ("two months into his term").
SPAN_PREPOSITIONS = ("for",)
INTO_PREPOSITIONS = ("into",)


#: An age told as date words ("the *45-year-old* manager", "*two years old*"): no time of any
#: act.
_AGE = re.compile(r"\b(?:year|month|week|day)s?[- ]old\b", re.I)


#: Words that make a date the start of a time something has lasted or gathered ("*since
#: 2012*, dozens of officers have been killed", "arrested at least 2,400 people *since
#: February 1*", "*Since last August*, BLA has claimed responsibility for several deadly
#: attacks"): the act is not placed on that date.
START_WORDS = ("since",)


def _led_by(text: str, words: tuple[str, ...]) -> bool:
    """Whether date words begin with one of ``words``."""
    return re.match(r"\s*(?:" + "|".join(words) + r")\b", text, re.I) is not None


def is_deadline(text: str) -> bool:
    """Whether date words are a deadline or a target ("by 2050", "before Friday")."""
    return _led_by(text, DEADLINE_WORDS)


def is_start(text: str) -> bool:
    """Whether date words are the start of a span ("since 2012"), no date of an act.

    >>> is_start("since February 1"), is_start("on February 1")
    (True, False)
    """
    return _led_by(text, START_WORDS)


def is_age(text: str) -> bool:
    """Whether date words tell an age ("45-year-old"), not a time.

    >>> is_age("45-year-old"), is_age("45 years ago")
    (True, False)
    """
    return bool(_AGE.search(text))


def date_words(ent: Any, trigger: Any = None) -> str:
    """The words of a DATE entity with the deadline or start word before it, if any.

    The parser leaves "by" out of the entity of "cut emissions by 2050", and "since" out of
    "killed since 2012"; :func:`resolve_date` needs them to tell a target or the start of a
    span from the date of an act. Not "since" for the act of a clause the date has of its own,
    the act it dates: ``trigger`` ("Since August 2022, *when* the president *called* for a
    total war"); any other act in the sentence keeps the start ("Police have *arrested* 300
    people since Monday, when protests erupted").
    """
    start = ent.start
    before = ent.doc[start - 1].lower_ if start > 0 else ""
    if before in DEADLINE_WORDS or before in START_WORDS and not _in_own_clause(ent, trigger):
        return f"{ent.doc[start - 1].text} {ent.text}"
    return ent.text


def _in_own_clause(ent: Any, trigger: Any) -> bool:
    """Whether ``trigger`` is inside a clause the date has of its own ("Monday, *when
    protests erupted*")."""
    return trigger is not None and any(
        c.dep_ in ("relcl", "acl") and trigger in c.subtree for c in ent.root.children)


#: Words after "the last/past N days/weeks" that make them some other span than the days up
#: to publication ("in the last two weeks *of* the campaign", "*before* the vote").
_SPAN_OF = ("of", "before", "after")


#: Any day will do to tell whether words name a time at all (:func:`names_a_time`).
_ANY_DAY = date(2000, 6, 15)


def names_a_time(text: str) -> bool:
    """Whether date words place something in time ("in November", "this week", "2004"), not
    only measure a span of it ("for a few months", "more than 800 days", "nearly two
    months"): a span gives an act no date.

    >>> names_a_time("November"), names_a_time("this week"), names_a_time("a few months")
    (True, True, False)
    """
    return resolve_date(text, _ANY_DAY) is not None


def measures_a_span(ent: Any) -> bool:
    """Whether a DATE entity only measures a span of time (:func:`names_a_time` false) that
    something lasted or took: the object of "for" or of a verb ("postpone the order *for a
    few months*", "spent *more than 800 days* in prison") or how far into something ("*Nearly
    two months* into President Donald Trump's second term"). Not a span that times an act
    ("*After weeks* of denying ..."), nor one the parser made of a name ("*Yoon later*
    retracted")."""
    root = ent.root
    if names_a_time(date_words(ent)):
        return False
    return root.dep_ == "dobj" or root.dep_ == "pobj" and root.head.lower_ in SPAN_PREPOSITIONS \
        or any(c.dep_ == "prep" and c.lower_ in INTO_PREPOSITIONS for c in root.children)


def resolve_entity(ent: Any, published: date | None, tense: str = "past", trigger: Any = None
                   ) -> tuple[str, str] | None:
    """:func:`resolve_date` for a DATE entity, with the deadline or start word before it
    (:func:`date_words`, ``trigger`` the act it would date); None for "the last/past N
    days/weeks" followed by "of", "before" or "after", which are then another span than the
    days up to publication ("in the last two weeks of the campaign")."""
    words = date_words(ent, trigger)
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    if after in _SPAN_OF and _PAST_SPAN.match(_clean(words)):
        return None
    return resolve_date(words, published, tense)


@lru_cache(maxsize=8192)
def resolve_date(text: str, published: date | None, tense: str = "past") -> tuple[str, str] | None:
    """``(YYYY-MM-DD, precision)`` for a date expression, or None when it names no date.

    Args:
        text: the date words as written ("on Sunday", "last week", "August 5").
        published: the publication date the expression is relative to; without it only
            absolute dates ("July 25, 2019", "2018") resolve.
        tense: ``past``, ``present`` or ``future``: which way a bare weekday or month points.

    A deadline or target ("by 2050", "before Friday") or the start of a span ("since
    2009") is no date of an act: None.

    >>> resolve_date("by 2050", date(2025, 3, 10), "future") is None
    True
    >>> resolve_date("late January", date(2025, 3, 10), "present")
    ('2025-01-01', 'month')
    """
    if is_deadline(text) or is_start(text) or _THE_NAMED_MONTH.search(text):
        return None
    t = _clean(text)
    if not t:
        return None
    if published is None:
        # Without a reference only a date that names its year can be placed.
        if not re.search(r"\b\d{4}\b", t):
            return None
        found = _rules(t, date(2000, 1, 1), tense)
    else:
        found = _rules(t, published, tense)
        if found is None and _PARSEABLE.search(t):
            found = _dateparser(t, published, tense)
    if found is None:
        return None
    d, precision = found
    return d.isoformat(), precision
