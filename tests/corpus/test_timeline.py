from __future__ import annotations

from storyline.corpus import compute
from storyline.corpus.timeline import summary

from .conftest import actor, article, event


def test_timeline_orders_by_event_date_with_undated_last():
    rus, usa, mad = actor("RUS"), actor("USA"), actor("maduro")
    arts = [
        article("a", published="2019-08-06", outlet="A",
                events=[event("SANCTION", [usa], [mad], date="2019-08-05")]),
        article("b", published="2019-01-25", outlet="B",
                events=[event("SUPPORT", [rus], [mad], date="2019-01-24"),
                        event("ACCUSE", [mad], [usa])]),
        article("c", published="2019-05-02", outlet="C",
                events=[event("THREATEN", [usa], [rus], date="2019-05", precision="month")]),
        article("d", published=None, outlet="D", events=[event("AID", [rus], [mad])]),
    ]
    rows = compute(arts)["timeline"]
    assert [(r["date"], r["date_precision"]) for r in rows] == [
        ("2019-01-24", "day"), ("2019-01-25", "reported"), ("2019-05", "month"),
        ("2019-08-05", "day"), (None, None)]
    assert rows[0]["summary"] == "Russia supports Nicolás Maduro"
    assert rows[0]["outlets"] == ["B"] and rows[0]["num_mentions"] == 1


def test_timeline_rows_point_at_events():
    rus, mad = actor("RUS"), actor("maduro")
    views = compute([article("a", events=[event("SUPPORT", [rus], [mad])])])
    assert [r["event_id"] for r in views["timeline"]] == [e["event_id"] for e in views["events"]]


def test_summary_says_when_an_event_is_only_announced():
    ev = {"type": "AID", "status": "future", "source_names": ["Russia", "China", "Cuba"],
          "target_names": ["Venezuela"]}
    assert summary(ev) == "Russia, China and Cuba aids Venezuela (future)"


def test_timeline_puts_report_dates_after_text_dates_of_the_same_day():
    rus, usa, mad = actor("RUS"), actor("USA"), actor("maduro")
    arts = [article("a", published="2019-05-05", outlet="A",
                    events=[event("SUPPORT", [rus], [mad], "Russia backed Maduro."),
                            event("SANCTION", [usa], [mad], "The US sanctioned Maduro on Sunday.",
                                  date="2019-05-05", start=40)])]
    rows = compute(arts)["timeline"]
    assert [(r["date"], r["date_precision"]) for r in rows] == [
        ("2019-05-05", "day"), ("2019-05-05", "reported")]
