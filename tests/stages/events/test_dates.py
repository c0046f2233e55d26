"""Date expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.stages.events import dates
from storyline.stages.events.dates import names_a_time, resolve_date

SUNDAY = date(2019, 5, 5)


@pytest.mark.parametrize("text,tense,expected", [
    ("Sunday", "future", ("2019-05-05", "day")),
    ("on Sunday", "past", ("2019-05-05", "day")),
    ("on Friday", "past", ("2019-05-03", "day")),
    ("Saturday's", "past", ("2019-05-04", "day")),
    ("Monday", "future", ("2019-05-06", "day")),
    ("Monday night", "future", ("2019-05-06", "day")),
    ("last Sunday", "past", ("2019-04-28", "day")),
    ("next Friday", "future", ("2019-05-10", "day")),
    ("yesterday", "past", ("2019-05-04", "day")),
    ("today", "past", ("2019-05-05", "day")),
    ("last week", "past", ("2019-04-01", "month")),
    ("late last week", "past", ("2019-04-01", "month")),
    ("this week", "past", ("2019-05-01", "month")),
    ("in March", "past", ("2019-03-01", "month")),
    ("March", "future", ("2020-03-01", "month")),
    ("June", "past", ("2018-06-01", "month")),
    ("June", "future", ("2019-06-01", "month")),
    ("earlier this year", "past", ("2019-01-01", "year")),
    ("January of this year", "past", ("2019-01-01", "month")),
    ("last year", "past", ("2018-01-01", "year")),
    ("2018", "past", ("2018-01-01", "year")),
    ("July 25, 2019", "past", ("2019-07-25", "day")),
    ("15 October", "past", ("2018-10-15", "day")),
    ("Sept. 3", "future", ("2019-09-03", "day")),
    ("two days ago", "past", ("2019-05-03", "day")),
    ("05.05.2019", "past", ("2019-05-05", "day")),
])
def test_date_expressions_resolve_against_publication(text, tense, expected):
    assert resolve_date(text, SUNDAY, tense) == expected


def test_month_day_without_year_points_back_from_publication():
    assert resolve_date("August 5", date(2019, 8, 20), "past") == ("2019-08-05", "day")
    assert resolve_date("August 5", date(2019, 5, 5), "past") == ("2018-08-05", "day")


@pytest.mark.parametrize("text", ["eight days", "the day before", "decades", ""])
def test_durations_and_vague_words_give_no_date(text):
    assert resolve_date(text, SUNDAY, "past") is None


def test_without_publication_only_absolute_dates_resolve():
    assert resolve_date("July 25, 2019", None) == ("2019-07-25", "day")
    assert resolve_date("on Sunday", None) is None


@pytest.mark.parametrize("text,published,expected", [
    ("late January", date(2025, 3, 10), ("2025-01-01", "month")),
    ("in December", date(2025, 11, 20), ("2025-12-01", "month")),
    ("January 5", date(2025, 11, 20), ("2026-01-05", "day")),
])
def test_present_tense_month_takes_the_nearest_year(text, published, expected):
    assert resolve_date(text, published, "present") == expected


@pytest.mark.parametrize("text", ["by 2050", "before Friday", "until March", "By December 2030"])
def test_deadlines_and_targets_are_no_date_of_an_act(text):
    assert resolve_date(text, SUNDAY, "future") is None
    assert resolve_date(text, SUNDAY, "past") is None


@pytest.mark.parametrize("text,published,expected", [
    # "last/next <month>": the year before (after) where both readings agree
    ("Last October", date(2022, 6, 3), ("2021-10-01", "month")),
    ("last July", date(2022, 6, 3), ("2021-07-01", "month")),
    ("last June", date(2022, 6, 3), ("2021-06-01", "month")),
    ("last Oct.", date(2023, 6, 2), ("2022-10-01", "month")),
    ("last February", date(2022, 6, 3), None),  # this February or the one before
    # "the last/next <month>": the month before (after) some other time, unread
    ("the last October", date(2022, 6, 3), None),
    # the days up to publication: their month where they hold one
    ("in the past week", date(2021, 5, 9), ("2021-05-01", "month")),
    ("the past few weeks", date(2025, 3, 28), None),  # no count is guessed
    ("the past weeks", date(2025, 3, 28), None),  # not one week
    ("the last several days", date(2025, 3, 28), None),
    ("the last two weeks", date(2025, 3, 28), ("2025-03-01", "month")),
    ("the past three days", date(2021, 5, 9), ("2021-05-01", "month")),
    ("in the past week", date(2021, 5, 5), None),  # April 28 to May 5
    ("the past days", date(2021, 5, 9), None),
    ("last week", date(2021, 5, 9), ("2021-04-01", "month")),  # the calendar week before
])
def test_month_words_told_from_publication(text, published, expected):
    assert resolve_date(text, published, "past") == expected


@pytest.mark.parametrize("text,published,tense,expected", [
    # "next <month>" of a future act only, "last <month>" of a past act only
    ("next March", date(2025, 3, 13), "future", ("2026-03-01", "month")),
    ("next June", date(2025, 3, 13), "future", None),  # this June or the one after
    ("next March", date(2025, 3, 13), "past", None),
    ("the next March", date(2025, 3, 13), "past", None),
    ("last November", date(2022, 6, 3), "future", None),
    # the days up to publication are no time of a future act
    ("in the last two weeks", date(2025, 3, 28), "future", None),
    # a vague count is no number
    ("several days ago", date(2025, 3, 28), "past", None),
    ("a few weeks ago", date(2025, 3, 28), "past", None),
    ("two weeks ago", date(2025, 3, 28), "past", ("2025-03-01", "month")),
])
def test_month_words_told_by_the_tense_of_the_act(text, published, tense, expected):
    assert resolve_date(text, published, tense) == expected


@pytest.mark.parametrize("text", ["since 2012", "Since last August", "since February 1"])
def test_the_start_of_a_span_is_no_date_of_an_act(text):
    assert resolve_date(text, date(2025, 3, 13), "past") is None
    assert resolve_date(text.split(" ", 1)[1], date(2025, 3, 13), "past") is not None


@pytest.mark.parametrize("text, expected", [
    ("November", True), ("this week", True), ("2004", True), ("last Friday", True),
    ("a few months", False), ("more than 800 days", False), ("Nearly two months", False),
])
def test_names_a_time_tells_a_point_in_time_from_a_span(text, expected):
    assert names_a_time(text) is expected


def test_load_parses_with_dateparser_without_filling_its_cache():
    dates._dateparser.cache_clear()
    dates.load()
    assert dates._dateparser.cache_info().currsize == 0
    assert dates._parse("in March", date(2019, 5, 1), "past") == (date(2019, 3, 1), "month")
