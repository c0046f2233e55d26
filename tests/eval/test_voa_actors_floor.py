"""Actor resolution on the annotated VOA actor phrases stays above its pinned floors."""

from __future__ import annotations

import pytest

from eval.gate import check, floors
from eval.voa_actors import VOA, _covering, _head, _span, cases


def test_voa_actor_phrases_are_annotated_with_a_country_and_sector_each():
    rows = cases()
    assert len(rows) >= 450
    assert all(r["context"] and r["text"] in r["context"] for r in rows)
    assert all(r["country"] is None or len(r["country"]) == 3 for r in rows)


def test_voa_actor_phrase_is_found_in_its_sentence_and_its_best_cover_is_the_person():
    body = "Intro. National Security Advisor Jake Sullivan spoke Sunday."
    span = _span(body, "National Security Advisor Jake Sullivan spoke Sunday.",
                 "National Security Advisor Jake Sullivan")
    assert span == (7, 46)
    article = {"actors": [
        {"kind": "country", "country": "ISR", "mentions": [[7, 32]]},
        {"kind": "person", "country": "USA", "mentions": [[33, 46]]}]}
    assert _covering(article, *span)["country"] == "USA"


def test_voa_actor_phrase_takes_the_actor_of_its_head_word_as_an_event_role_does():
    sentence = "Lawyers will face attorneys for civil rights groups in court."
    text = "attorneys for civil rights groups"
    head = _head(sentence, text)
    assert text[slice(*head)] == "attorneys"
    article = {"actors": [
        {"kind": "group", "sector": "JUD", "mentions": [[18, 27]]},
        {"kind": "group", "sector": "NGO", "mentions": [[32, 51]]}]}
    assert _covering(article, 18, 51, head)["sector"] == "JUD"
    assert _covering(article, 18, 51)["sector"] == "NGO"


@pytest.mark.slow
def test_voa_actor_validation_scores_stay_above_their_floors():
    if not VOA.exists():
        pytest.skip("../shared/data/voa not present")
    from eval.voa_actors import score

    assert check(score(), floors("voa_actors")) == []
