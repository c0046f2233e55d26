"""The choice among the cross-outlet merge grid's settings (training/cross_outlet_merge.py)."""

from __future__ import annotations

from training.cross_outlet_merge import best

ROW = {"link": "every", "same_key": 0.4, "one_sided": 0.5, "same_type": 0.5, "same_detail": 0.2,
       "cross_key": 0.5, "day_place": "quad", "pair_precision": 1.0, "f05": 0.8,
       "cross_story": 0.0}


def test_best_setting_joins_no_stories_before_scoring_better():
    joining = {**ROW, "same_key": 0.1, "f05": 0.95, "cross_story": 1.0}
    assert best([joining, ROW]) is ROW


def test_best_setting_is_precise_enough_then_the_most_cautious_on_ties():
    loose = {**ROW, "same_key": 0.2}
    imprecise = {**ROW, "same_key": 0.1, "pair_precision": 0.75, "f05": 0.9}
    assert best([loose, imprecise, ROW]) is ROW


def test_a_grid_row_names_the_merge_settings_it_was_scored_under():
    from storyline.corpus.merge_settings import MergeSettings
    from training.cross_outlet_merge import settings_of

    row = {**ROW, "same_key": 0.1, "link": "one", "one_sided": 0.2, "same_type": 0.3,
           "same_detail": 0.3, "cross_key": 0.6, "day_place": "off"}
    assert settings_of(row) == MergeSettings(
        same_key_similarity=0.1, same_key_link="one", one_sided_similarity=0.2,
        same_type_similarity=0.3, same_detail_similarity=0.3, cross_key_similarity=0.6,
        same_day_place="off")
