"""The row screen's training script (training/row_screen.py): labels, features, threshold."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

import training.row_screen as row_screen
from eval.event_data import split_of
from training.row_screen import choose_threshold, in_group, judged, row_key, screen_features

SENTENCE = "The ministry accused the rebels of shelling the town."
ROW = {"row": "r1", "article": "a1", "sentence": SENTENCE, "type": "ACCUSE",
       "source": ["Ministry"], "target": ["Rebels"]}


def _verdict(misleading: bool, all_ok: bool) -> dict[str, object]:
    return {"row": "r1", "misleading": misleading, "all_ok": all_ok}


def _round(folder: Path, name: str, a: dict[str, object], b: dict[str, object]) -> None:
    (folder / f"{name}_rows.jsonl").write_text(json.dumps(ROW) + "\n", encoding="utf-8")
    for who, verdict in (("a", a), ("b", b)):
        (folder / f"{name}_audit_{who}.jsonl").write_text(json.dumps(verdict) + "\n",
                                                          encoding="utf-8")


def test_a_row_misleads_when_either_auditor_says_so_and_is_right_when_both_do(
        tmp_path, monkeypatch):
    monkeypatch.setattr(row_screen, "AUDIT", tmp_path)
    _round(tmp_path, "round1", _verdict(False, True), _verdict(True, False))
    (row,) = judged().values()
    assert row["misleading"] and not row["right"]
    assert row["split"] == split_of(SENTENCE)


def test_the_latest_judgment_of_an_unchanged_row_stands(tmp_path, monkeypatch):
    monkeypatch.setattr(row_screen, "AUDIT", tmp_path)
    # round10 sorts before round2 by name, after it by number; round2_changed after round2.
    _round(tmp_path, "round2", _verdict(True, False), _verdict(True, False))
    _round(tmp_path, "round2_changed", _verdict(False, True), _verdict(False, True))
    assert [r["round"] for r in judged().values()] == ["round2_changed"]
    _round(tmp_path, "round10", _verdict(True, False), _verdict(False, False))
    (row,) = judged().values()
    assert row["round"] == "round10" and row["misleading"]


def test_rows_are_the_same_row_whatever_their_spacing():
    assert row_key(ROW) == row_key({**ROW, "sentence": SENTENCE.replace(" ", "  ")})
    assert row_key(ROW) != row_key({**ROW, "target": ["Townspeople"]})


def _event(**changes: object) -> dict[str, object]:
    base = {"type": "ACCUSE", "mode": None, "status": "asserted", "sentence": SENTENCE,
            "source": [{"id": "X.GOV", "name": "Ministry", "kind": "group", "sector": "GOV",
                        "text": "The ministry"}],
            "target": [{"id": None, "name": "Rebels", "kind": "group", "sector": "REB",
                        "text": "the rebels"}],
            "confidence": 0.91, "scorer": ["k=ACCUSE", "l=accuse", "k=ACCUSE|l=accuse"]}
    return {**base, **changes}


def test_features_tell_a_role_named_outside_the_sentence_and_one_actor_in_both_roles():
    plain = screen_features(_event())
    assert "s.away" not in plain and "same" not in plain
    assert {"conf=3", "s.sector=GOV", "t.sector=REB", "k=ACCUSE"} <= set(plain)
    assert not any(f.startswith("l=") or "|l=" in f for f in plain)  # no lemma
    away = screen_features(_event(source=[{"id": "Rebels", "name": "Rebels", "kind": "group",
                                           "sector": "REB", "text": "They"}],
                                  target=[{"id": "Rebels", "name": "Rebels", "text": "rebels"}]))
    assert "s.away" in away and "t.away" not in away and "same" in away


def test_a_feature_group_leaves_out_the_role_features():
    feats = screen_features(_event(sentence="Would the ministry accuse 3 rebels?"))
    event_only = in_group(feats, "event")
    assert "k=ACCUSE" in event_only
    assert not any(f.startswith(("s.", "t.", "ask", "modal_word", "digits")) for f in event_only)
    assert {"ask", "modal_word", "digits"} <= set(in_group(feats, "all"))


def test_no_threshold_is_chosen_when_every_cut_loses_more_good_rows_than_it_gains():
    rows = [{"shown": True, "misleading": m, "right": not m} for m in (0, 1, 0, 1, 0)]
    assert choose_threshold(rows, np.array([0.9, 0.8, 0.7, 0.6, 0.5])) > 1.0
