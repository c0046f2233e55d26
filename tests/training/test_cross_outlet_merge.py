"""The choice among the cross-outlet merge grid's settings (training/cross_outlet_merge.py)."""

from __future__ import annotations

from training.cross_outlet_merge import best

ROW = {"link": "every", "same_key": 0.4, "one_sided": 0.5, "same_type": 0.5, "cross_key": 0.5,
       "day_place": "quad", "pair_precision": 1.0, "f05": 0.8, "cross_story": 0.0}


def test_best_setting_joins_no_stories_before_scoring_better():
    joining = {**ROW, "same_key": 0.1, "f05": 0.95, "cross_story": 1.0}
    assert best([joining, ROW]) is ROW


def test_best_setting_is_precise_enough_then_the_most_cautious_on_ties():
    loose = {**ROW, "same_key": 0.2}
    imprecise = {**ROW, "same_key": 0.1, "pair_precision": 0.75, "f05": 0.9}
    assert best([loose, imprecise, ROW]) is ROW
