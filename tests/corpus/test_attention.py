from __future__ import annotations

from storyline.corpus import compute

from .conftest import actor, article, event


def _rows(views, scope, key=None):
    return {(r["date"], r["outlet"]): (r["articles"], r["mentions"])
            for r in views["attention"] if r["scope"] == scope and r["key"] == key}


def test_attention_counts_articles_and_event_mentions_per_day_and_outlet(support_corpus):
    views = compute(support_corpus)
    overall = _rows(views, "all")
    assert overall == {("2019-05-05", "RT"): (1, 1), ("2019-05-05", "DW"): (1, 1),
                       ("2019-05-06", "Reuters"): (1, 1), ("2019-05-07", "teleSUR"): (1, 1)}
    assert _rows(views, "type", "SUPPORT") == overall


def test_attention_leaves_out_near_duplicates(support_corpus):
    views = compute(support_corpus)
    assert not any(r["outlet"] == "Yahoo" for r in views["attention"])


def test_attention_per_actor_counts_every_time_an_article_names_it():
    guaido = actor("guaido", mentions=3)
    arts = [article("a", "DW", "2019-01-23", actors=[guaido]),
            article("b", "DW", "2019-01-23T18:00:00", actors=[actor("guaido", mentions=2)]),
            article("c", "RT", None, actors=[actor("RUS")])]
    views = compute(arts)
    assert _rows(views, "actor", "juan_guaido") == {("2019-01-23", "DW"): (2, 5)}
    names = {r["name"] for r in views["attention"] if r["key"] == "juan_guaido"}
    assert names == {"Juan Guaidó"}
    assert _rows(views, "all")[(None, "RT")] == (1, 0)  # undated, no event


def test_attention_rows_come_overall_first_then_types_then_actors():
    rus, mad = actor("RUS"), actor("maduro")
    arts = [article("a", "DW", "2019-01-02", actors=[rus, mad],
                    events=[event("SUPPORT", [rus], [mad], "Russia backs Maduro.")]),
            article("b", "DW", "2019-01-01", actors=[rus])]
    scopes = [(r["scope"], r["date"]) for r in compute(arts)["attention"]]
    assert scopes[:3] == [("all", "2019-01-01"), ("all", "2019-01-02"), ("type", "2019-01-02")]
    assert {s for s, _ in scopes[3:]} == {"actor"}
