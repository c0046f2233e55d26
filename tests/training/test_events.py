"""The events models' training script (training/events.py) and what it writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.settings import Settings
from training.events import METRICS, wilson_lower


def test_the_default_cut_is_the_one_training_chose():
    chosen = json.loads(Path(METRICS).read_text(encoding="utf-8"))["min_confidence"]
    assert Settings().min_confidence == chosen


@pytest.mark.parametrize(("right", "n"), [(85, 100), (170, 200), (850, 1000)])
def test_a_share_of_exactly_the_target_is_not_enough_for_a_cut(right, n):
    assert wilson_lower(right, n) < right / n
    assert wilson_lower(right, n) < wilson_lower(right * 10, n * 10)
