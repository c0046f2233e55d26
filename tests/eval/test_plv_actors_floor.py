"""Actor resolution on the annotated PLV actor phrases stays above its pinned floors."""

from __future__ import annotations

import pytest

from eval.gate import check, floors
from eval.plv_actors import PLV, cases, score


def test_plv_actor_phrases_are_their_sentence_s_source_or_target():
    if not PLV.exists():
        pytest.skip("../shared/data/dev/events not present")
    rows = cases()
    assert len(rows) >= 200
    assert all(r["text"] in r["context"] for r in rows)
    assert all(r["country"] is None or len(r["country"]) == 3 for r in rows)


def test_plv_actor_validation_scores_stay_above_their_floors():
    if not PLV.exists():
        pytest.skip("../shared/data/dev/events not present")
    assert check(score(), floors("plv_actors")) == []
