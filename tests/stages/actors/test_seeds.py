"""Acceptance on the five seed articles: one identity per person across spellings and outlets."""

from __future__ import annotations

import pytest

from storyline.analyze import analyze
from storyline.model import Skip


@pytest.fixture(scope="module")
def seed_paths_module():
    from tests.conftest import SEEDS

    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip("../shared/seeds not present")
    return paths


@pytest.fixture(scope="module")
def actors_by_article(seed_paths_module) -> list[dict[str, dict]]:
    rows = [r for r in analyze(map(str, seed_paths_module), workers=1) if not isinstance(r, Skip)]
    return [{a["id"]: a for a in r["actors"]} for r in rows]


def _all(actors_by_article, actor_id):
    return [arts[actor_id] for arts in actors_by_article if actor_id in arts]


def test_seeds_guaido_is_one_actor_across_spellings_and_articles(actors_by_article):
    found = _all(actors_by_article, "juan_guaido")
    assert len(found) == 5
    stray = [i for arts in actors_by_article for i in arts
             if ("guai" in i or "guia" in i) and i != "juan_guaido"]
    assert stray == []
    assert {(a["country"], a["sector"]) for a in found} == {("VEN", "OPP")}


def test_seeds_maduro_is_one_actor_including_nicola(actors_by_article):
    found = _all(actors_by_article, "nicolas_maduro")
    assert len(found) == 5
    assert [i for arts in actors_by_article for i in arts
            if "maduro" in i and i != "nicolas_maduro"] == []


@pytest.mark.parametrize(("actor_id", "country"), [
    ("jorge_arreaza", "VEN"), ("sergei_lavrov", "RUS"), ("ine_eriksen_soreide", "NOR"),
    ("mike_pompeo", "USA"), ("bruno_rodriguez_parrilla", "CUB"),
])
def test_seeds_officials_have_country_and_gov(actors_by_article, actor_id, country):
    found = _all(actors_by_article, actor_id)
    assert found
    assert {(a["country"], a["sector"]) for a in found} == {(country, "GOV")}


def test_seeds_opposition_is_venezuelan_opposition(actors_by_article):
    assert sum("VEN.OPP" in arts for arts in actors_by_article) >= 3


@pytest.mark.parametrize(("actor_id", "label"), [
    ("nicolas_maduro", "democratically elected president"),
    ("nicolas_maduro", "leftist president"),
    ("juan_guaido", "self-declared interim president"),
    ("juan_guaido", "opposition figurehead"),
    ("juan_guaido", "who led the coup against Maduro"),
])
def test_seeds_labels_are_the_epithets_outlets_use(actors_by_article, actor_id, label):
    labels = {lab for a in _all(actors_by_article, actor_id) for lab in a["labels"]}
    assert label in labels
