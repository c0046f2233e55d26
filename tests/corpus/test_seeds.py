"""Acceptance on the five seed articles: the whole pipeline, then the corpus views."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.analyze import analyze
from storyline.corpus import compute
from storyline.corpus.align import partners
from storyline.corpus.articles import fold

from ..conftest import SEEDS


@pytest.fixture(scope="module")
def views() -> dict[str, list[dict[str, Any]]]:
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip("../shared/seeds not present")
    arts = [a for a in analyze([str(p) for p in paths], workers=1) if isinstance(a, dict)]
    return compute([{**a, "article_key": f"seed{i}"} for i, a in enumerate(arts)])


def _ids(views, *, name: str = "", country: str = "", sector: str = "") -> set[str]:
    return {a["actor_id"] for a in views["actors"]
            if (not name or name in fold(a["name"]))
            and (not country or a["country"] == country)
            and (not sector or (a["sector"] == sector and a["kind"] != "person"))}


def test_seeds_support_for_maduro_is_one_event_reported_by_three_articles(views):
    maduro = _ids(views, name="maduro") | _ids(views, country="VEN", sector="GOV")
    support = [e for e in views["events"] if e["type"] == "SUPPORT" and set(e["target"]) & maduro]
    assert max(e["num_articles"] for e in support) >= 3


def test_seeds_maduro_supporters_and_guaido_supporters(views):
    maduro = _ids(views, name="maduro") | _ids(views, country="VEN", sector="GOV")
    assert {"RUS", "CUB", "CHN", "TUR", "IRN"} <= partners(views["alliances"], maduro)
    # The United States, or its government ("Washington recognizes Guaidó").
    us = {a["actor_id"] for a in views["actors"] if a["country"] == "USA" and a["kind"] != "person"}
    assert us & partners(views["alliances"], _ids(views, name="guaido"))


def test_seeds_timeline_is_2019_in_order_from_january(views):
    dated = [r["date"] for r in views["timeline"] if r["date"]]
    assert dated == sorted(dated)
    assert dated[0].startswith("2019-01")
    assert all("2019-01" <= d[:7] <= "2019-08" for d in dated)
    undated = [r for r in views["timeline"] if not r["date"]]
    assert views["timeline"][len(dated):] == undated


def test_seeds_have_no_duplicates(views):
    assert [a["duplicate_of"] for a in views["articles"]] == [None] * 5


def test_seeds_talks_collapsed_contradicts_talks_continuing(views):
    talks = [c for c in views["contradictions"] if "report that they go on" in c["description"]]
    said = {fold(e["sentence"]).split()[0] for c in talks for e in c["evidence"]}
    assert {"talks", "arreaza"} <= said
    assert all("Red Revolution Media" in c["outlets"] for c in talks)
    assert any("The Moscow Times" in c["outlets"] for c in talks)
