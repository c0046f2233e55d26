"""Event dates on the gold-dated VOA audit rows stay above their pinned floors."""

from __future__ import annotations

import pytest

from eval.gate import check, floors
from eval.voa_actors import VOA


def test_dates_floors_are_shares_of_the_validation_rows():
    pinned = floors("dates")
    assert set(pinned) == {"validation_right_share", "validation_not_wrong_share"}
    assert all(0 < v <= 1 for v in pinned.values())


@pytest.mark.slow
def test_dates_validation_scores_stay_above_their_floors():
    if not VOA.exists():
        pytest.skip("../shared/data/voa not present")
    from eval.dates import score

    assert check(score(), floors("dates")) == []
