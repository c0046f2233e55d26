"""Merged events and contradictions on the annotated VOA threads stay above their floors."""

from __future__ import annotations

import pytest

from eval.cross_outlet import VOA, score
from eval.gate import check, floors


def test_cross_outlet_voa_scores_stay_above_floors():
    if not VOA.exists():
        pytest.skip("../shared/data/voa not present")
    assert check(score(), floors("cross_outlet")) == []
