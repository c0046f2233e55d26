"""The date scorer tells a wrong date from a coarse or a missing one, and finds the event
of a gold row's sentence."""

from __future__ import annotations

import pytest

from eval.dates import count, event_of, gold_rows, judge, verdict


@pytest.mark.parametrize(("found", "gold", "expected"), [
    ("2025-03-11", "2025-03-11", "right"),
    (None, None, "right"),
    ("2025", "2025", "right"),
    ("2025-03", "2025-03-11", "coarse"),
    ("2025", "2025-03", "coarse"),
    ("2025-03-12", "2025-03-11", "wrong"),
    ("2025-03-11", "2025-03", "wrong"),
    ("2024", "2025-03-11", "wrong"),
    ("2025-03-11", None, "wrong"),
    (None, "2015", "missing"),
])
def test_verdict_tells_right_coarse_wrong_and_missing(found, gold, expected):
    assert verdict(found, gold) == expected


BODY = "Militants attacked a train on Tuesday. The militants blew up the tracks."
ROW = {"article": "1", "sentence": "The militants blew up the tracks.", "type": "ASSAULT",
       "gold_date": "2025-03-11"}


def _event(kind, confidence, date=None, start=39):
    return {"type": kind, "confidence": confidence, "date": date, "date_precision": "day",
            "start": start, "end": start + 33}


def test_event_of_takes_the_rows_type_over_a_more_confident_event():
    article = {"body": BODY, "events": [_event("COERCE", 0.95), _event("ASSAULT", 0.8)]}
    assert event_of(article, ROW, 0.75)["type"] == "ASSAULT"


def test_event_of_takes_the_most_confident_shown_event_of_another_sentence_type():
    article = {"body": BODY, "events": [_event("COERCE", 0.8), _event("PROTEST", 0.9),
                                        _event("ASSAULT", 0.9, start=0)]}
    assert event_of(article, ROW, 0.75)["type"] == "PROTEST"


def test_a_row_whose_sentence_has_no_shown_event_is_gone():
    article = {"body": BODY, "events": [_event("ASSAULT", 0.5, "2025-03-11")]}
    assert event_of(article, ROW, 0.75) is None
    assert judge([ROW], {"1": article}, 0.75) == [(ROW, None, "gone")]


def test_judge_reads_the_date_as_precise_as_it_is_known():
    article = {"body": BODY, "events": [{**_event("ASSAULT", 0.9, "2025-03-01"),
                                         "date_precision": "month"}]}
    assert judge([ROW], {"1": article}, 0.75)[0][1:] == ("2025-03", "coarse")


def test_count_shares_are_over_every_row_gone_included():
    found = count([({}, None, "right"), ({}, None, "gone"), ({}, "2025", "wrong"),
                   ({}, None, "missing")])
    assert (found["n"], found["right"], found["gone_share"]) == (4, 1, 0.25)


def test_train_gold_rows_join_their_audited_training_sentence():
    rows = gold_rows("train")
    assert len(rows) >= 370
    assert {r["split"] for r in rows} == {"train"}
    assert all(r["sentence"] and r["published"] for r in rows)
    assert all(r["gold_date"] is None or len(r["gold_date"]) in (4, 7, 10) for r in rows)
