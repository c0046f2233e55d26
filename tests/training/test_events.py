"""The events models' training script (training/events.py) and what it writes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from storyline.settings import Settings
from training.events import METRICS, platt_table, wilson_lower


def test_the_default_cut_is_the_one_training_chose():
    chosen = json.loads(Path(METRICS).read_text(encoding="utf-8"))["min_confidence"]
    assert Settings().min_confidence == chosen


@pytest.mark.parametrize(("right", "n"), [(85, 100), (170, 200), (850, 1000)])
def test_a_share_of_exactly_the_target_is_not_enough_for_a_cut(right, n):
    assert wilson_lower(right, n) < right / n
    assert wilson_lower(right, n) < wilson_lower(right * 10, n * 10)


def test_the_calibration_map_is_smooth_and_corrects_overconfidence():
    # Scores of 0.9 right half the time, of 0.1 never: the map must pull 0.9 down.
    raw = np.array([0.9] * 20 + [0.1] * 20)
    right = np.array([1, 0] * 10 + [0] * 20)
    table = platt_table(raw, right, np.ones(40))
    at = dict(zip(table["x"], table["y"], strict=True))
    high = min(at, key=lambda x: abs(x - 0.9))
    assert 0.35 < at[high] < 0.65
    steps = np.diff(table["y"])
    assert (steps >= 0).all() and steps.max() < 0.2  # no step holds many scores at once


def test_the_default_cut_leaves_no_data_set_far_under_the_promise(monkeypatch):
    # At 0.7 the pooled and the weighed shares pass, but one set's rows are right 0.79 of
    # the time; at 0.75 every set holds.
    counts = {0.7: {"plv": (950, 1000), "gsr": (450, 500), "voa": (79, 100)},
              0.75: {"plv": (900, 940), "gsr": (420, 470), "voa": (70, 84)}}
    import eval.events

    monkeypatch.setattr(eval.events, "shown_counts",
                        lambda cut: counts.get(round(cut, 2), {"voa": (0, 10)}))
    from training.events import min_confidence

    assert min_confidence() == 0.75
