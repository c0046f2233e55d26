from __future__ import annotations

from storyline.corpus import compute
from storyline.corpus.align import alliances, partners

from .conftest import actor, article, event


def _alliances(arts):
    return compute(arts)["alliances"]


def test_alliances_support_is_a_positive_edge_with_evidence(support_corpus):
    (edge,) = _alliances(support_corpus)
    assert (edge["a"], edge["b"], edge["relation"], edge["sign"], edge["weight"]) == (
        "RUS", "nicolas_maduro", "SUPPORT", 1, 1)
    assert (edge["a_name"], edge["b_name"]) == ("Russia", "Nicolás Maduro")
    assert len(edge["evidence"]) == 4
    assert all(e["sentence"].startswith("Russia backs Maduro") for e in edge["evidence"])


def test_alliances_conflictual_types_are_negative_and_each_pair_counted():
    usa, mad, cub, gua = actor("USA"), actor("maduro"), actor("CUB"), actor("guaido")
    arts = [article("a", events=[event("SANCTION", [usa], [mad, cub], date="2019-03-01"),
                                 event("SANCTION", [usa], [mad], date="2019-04-01"),
                                 event("SUPPORT", [usa], [gua])])]
    rows = {(r["a"], r["b"], r["relation"]): (r["sign"], r["weight"]) for r in _alliances(arts)}
    assert rows == {("USA", "nicolas_maduro", "SANCTION"): (-1, 2),
                    ("USA", "CUB", "SANCTION"): (-1, 1),
                    ("USA", "juan_guaido", "SUPPORT"): (1, 1)}


def test_alliances_ignore_denied_and_hypothetical_events():
    rus, mad = actor("RUS"), actor("maduro")
    arts = [article("a", events=[event("SUPPORT", [rus], [mad], status="negated"),
                                 event("AID", [rus], [mad], status="hypothetical")])]
    assert _alliances(arts) == []


def test_partners_lists_supporters_of_any_of_the_given_actors():
    rows = [{"a": "RUS", "b": "VEN.GOV", "sign": 1}, {"a": "USA", "b": "VEN.GOV", "sign": -1},
            {"a": "CUB", "b": "nicolas_maduro", "sign": 1}]
    assert partners(rows, {"VEN.GOV", "nicolas_maduro"}) == {"RUS", "CUB"}
    assert partners(rows, {"VEN.GOV"}, sign=-1) == {"USA"}


def test_alliances_skip_self_relations():
    rus = actor("RUS")
    ev = {"event_id": "e", "type": "SUPPORT", "status": "asserted", "source": ["RUS"],
          "target": ["RUS"], "source_names": ["Russia"], "target_names": ["Russia"],
          "mentions": []}
    assert alliances([ev]) == [] and rus


def test_alliances_keep_the_direction_a_promise_was_told_in():
    from storyline.corpus import compute

    from .conftest import actor, article, event

    pence = actor("mike_pence", name="Mike Pence", kind="person", country="USA", sector="GOV")
    guaido = actor("guaido")
    said = "Pence promised Guaido full support."
    arts = [article(k, outlet=k.upper(), actors=[pence, guaido],
                    events=[event("AGREE", [pence], [guaido], said)]) for k in ("a", "b")]
    rows = compute(arts)["alliances"]
    assert [(r["a"], r["b"]) for r in rows] == [("mike_pence", "juan_guaido")]


def test_camps_put_backers_with_whom_they_back_and_rivals_apart():
    from storyline.corpus.align import camps

    rows = [{"a": "RUS", "b": "maduro", "sign": 1, "weight": 3},
            {"a": "CHN", "b": "maduro", "sign": 1, "weight": 1},
            {"a": "USA", "b": "guaido", "sign": 1, "weight": 3},
            {"a": "COL", "b": "guaido", "sign": 1, "weight": 1},
            {"a": "USA", "b": "maduro", "sign": -1, "weight": 4},
            {"a": "maduro", "b": "guaido", "sign": -1, "weight": 2}]
    found = camps(rows)
    assert found["RUS"] == found["CHN"] == found["maduro"]
    assert found["USA"] == found["COL"] == found["guaido"]
    assert found["USA"] != found["maduro"]
