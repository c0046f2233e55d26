"""Outlets inferred from text stay right on the VOA stories, their outlet taken away."""

from __future__ import annotations

import pytest

from eval.gate import check, floors
from eval.outlets import VOA, score


def test_outlets_scorer_counts_a_wrong_outlet_against_precision():
    body = "Ana Diaz told CNN it was over. Luis Gil told CNN so too."
    rows = [("voa_validation", "Voice of America", {"article_key": "a", "body": body}),
            ("voa_validation", "Voice of America", {"article_key": "b", "body": "Talks."})]
    scores = score(rows)
    assert scores["voa_validation_text_precision"] == 0.0
    assert scores["voa_validation_text_coverage"] == 0.5


@pytest.mark.slow
def test_outlets_voa_validation_scores_stay_above_their_floors():
    if not VOA.exists():
        pytest.skip("../shared/data/voa not present")
    assert check(score(), floors("outlets")) == []
