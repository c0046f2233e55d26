from __future__ import annotations

from storyline.corpus import dating

from .conftest import article, event


def _dated(published: str, date_text: str, date: str, status: str = "asserted"):
    return article("a", published=published, events=[
        event("SUPPORT", [], [], f"It happened {date_text}.", date, "month", status,
              date_text=date_text)])


def test_not_after_report_places_a_done_act_read_into_next_year_in_the_nearest_month():
    moved = dating.not_after_report(_dated("2025-03-12", "late January", "2026-01-01"))
    (ev,) = moved["events"]
    assert (ev["date"], ev["date_precision"], ev["status"]) == ("2025-01-01", "month", "asserted")
    assert any("late January" in w for w in moved["warnings"])


def test_not_after_report_makes_a_done_act_dated_after_its_report_a_plan():
    moved = dating.not_after_report(_dated("2019-11-25", "January", "2020-01-01"))
    (ev,) = moved["events"]
    assert (ev["date"], ev["status"]) == ("2020-01-01", "future")


def test_not_after_report_leaves_plans_and_acts_before_their_report_alone():
    for art in (_dated("2019-11-25", "January", "2020-01-01", status="future"),
                _dated("2019-11-25", "in September", "2019-09-01")):
        assert dating.not_after_report(art) is art


def test_with_inferred_dates_checks_the_acts_of_dated_articles():
    (moved,) = dating.with_inferred_dates([_dated("2019-11-25", "September", "2020-09-01")])
    assert moved["events"][0]["date"] == "2019-09-01"
