"""Actor resolution on the written short cases stays above its pinned floors."""

from __future__ import annotations

from eval.actor_cases import cases, score
from eval.gate import check, floors


def test_actor_cases_file_has_three_columns_and_known_countries():
    from storyline.stages.actors.lexicon import countries

    rows = cases()
    assert len(rows) >= 150
    assert {r["country"] for r in rows} - set(countries()) == {None}


def test_actor_cases_scores_stay_above_floors():
    assert check(score(), floors("actor_cases")) == []
