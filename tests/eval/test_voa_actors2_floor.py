"""Actor resolution on the second, doubly annotated set of VOA actor phrases stays above
its pinned floors."""

from __future__ import annotations

import pytest

from eval.gate import check, floors
from eval.voa_actors import SECOND, VOA, cases


def test_second_set_phrases_are_annotated_and_found_in_their_sentence():
    rows = cases(SECOND)
    assert len(rows) >= 500
    assert all(r["text"] in r["context"] for r in rows)
    assert all(r["country"] is None or len(r["country"]) == 3 for r in rows)
    assert all(r["country"] or r["sector"] for r in rows)


@pytest.mark.slow
def test_second_set_validation_scores_stay_above_their_floors():
    if not VOA.exists():
        pytest.skip("../shared/data/voa not present")
    from eval.voa_actors2 import score

    assert check(score(), floors("voa_actors2")) == []
