"""The date scorer tells a wrong date from a coarse or a missing one, and finds the event
of a gold row's sentence."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from eval.dates import AUDIT, GOLD, ROUNDS, count, event_of, gold_rows, items, judge, verdict
from eval.event_data import split_of


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


def test_a_story_that_did_not_analyse_is_an_error_naming_it():
    with pytest.raises(LookupError, match="story 1 "):
        judge([ROW], {}, 0.75)


def _row(round_, gold, kind="ASSAULT"):
    return {**ROW, "round": round_, "row": f"r{round_}", "type": kind, "gold_date": gold}


def test_items_score_one_row_per_sentence_with_the_date_most_rows_give():
    rows = [_row(9, "2025-03-11"), _row(7, "2025-03"), _row(12, "2025-03-11"),
            _row(8, None, "COERCE")]
    got, disagree = items(rows)
    assert [(r["round"], r["gold_date"]) for r in got] == [(9, "2025-03-11"), (8, None)]
    assert disagree == 1


def test_items_break_a_tie_to_the_earliest_round():
    got, disagree = items([_row(15, "2025-03-11"), _row(7, None)])
    assert [(r["round"], r["gold_date"]) for r in got] == [(7, None)]
    assert disagree == 1


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


def _audited() -> list[tuple[tuple[int, str], dict]]:
    return [((n, row["row"]), row) for n in ROUNDS
            for row in map(json.loads, (AUDIT / f"round{n}_rows.jsonl").read_text(
                encoding="utf-8").splitlines())]


def test_each_gold_row_joins_one_audited_row_of_its_split_and_every_audited_row_has_one():
    audited = _audited()
    found = Counter(key for key, _ in audited)
    split = {key: row["split"] for key, row in audited}
    assert all(row["split"] == split_of(row["sentence"]) for _, row in audited)
    gold = {name: [(g["round"], g["row"]) for g in map(json.loads, (
        GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines())]
        for name in ("train", "validation")}
    for name, keys in gold.items():
        assert all(found[key] == 1 and split[key] == name for key in keys), name
    assert Counter(gold["train"] + gold["validation"]) == Counter(dict.fromkeys(found, 1))
