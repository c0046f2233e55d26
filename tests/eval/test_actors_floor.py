"""Actor resolution on the PLOVER gold actors stays above its pinned floors."""

from __future__ import annotations

import pytest

from eval.actors import DEV, score
from eval.gate import check, floors


def test_actors_dev_set_scores_stay_above_floors():
    if not DEV.exists():
        pytest.skip("../shared/data/dev/events not present")
    assert check(score(), floors("actors")) == []
