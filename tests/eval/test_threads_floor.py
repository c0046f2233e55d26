"""Story threads on the hand-labelled VOA threads stay above their pinned floors."""

from __future__ import annotations

import pytest

from eval.gate import check, floors
from eval.threads import VOA, score


def test_threads_voa_scores_stay_above_floors():
    if not VOA.exists():
        pytest.skip("../shared/data/voa not present")
    assert check(score(), floors("threads")) == []
