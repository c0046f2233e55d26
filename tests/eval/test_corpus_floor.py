"""Event deduplication across the seed articles stays above its pinned floors."""

from __future__ import annotations

import pytest

from eval.corpus import SEEDS, score
from eval.gate import check, floors


def test_corpus_seed_event_dedup_stays_above_floors():
    if not any(SEEDS.glob("*.txt")):
        pytest.skip("../shared/seeds not present")
    assert check(score(), floors("corpus")) == []
