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


def test_seeds_support_told_months_apart_stays_separate_acts(views):
    # Russia's backing of Maduro told in January (seed 4), May (DW) and August (seed 1) is
    # three statements, not one act: no event joins reports published a month apart.
    published = {a["article_key"]: a["published"] for a in views["articles"]}
    for e in views["events"]:
        days = sorted(published[m["article_key"]] for m in e["mentions"])
        assert days[0][:7] == days[-1][:7], e["mentions"]


def test_seeds_undated_articles_are_dated_from_their_content_with_the_reason(views):
    undated = [a for a in views["articles"] if a["published_from"] == "content"]
    assert len(undated) == 3
    assert all(any("inferred" in w for w in a["warnings"]) for a in undated)


def test_seeds_maduro_supporters_and_guaido_supporters(views):
    maduro = _ids(views, name="maduro") | _ids(views, country="VEN", sector="GOV")
    assert {"RUS", "CUB", "CHN", "TUR", "IRN"} <= partners(views["alliances"], maduro)
    # The United States, or its government ("Washington recognizes Guaidó").
    us = {a["actor_id"] for a in views["actors"] if a["country"] == "USA" and a["kind"] != "person"}
    assert us & partners(views["alliances"], _ids(views, name="guaido"))


def test_seeds_timeline_is_2019_in_order_from_january(views):
    dated = [r["date"] for r in views["timeline"] if r["date"]]
    assert len(dated) >= 0.9 * len(views["timeline"])
    assert dated == sorted(dated)
    assert dated[0].startswith("2019-01")
    assert all("2019-01" <= d[:7] <= "2019-08" for d in dated)
    undated = [r for r in views["timeline"] if not r["date"]]
    assert views["timeline"][len(dated):] == undated


def test_seeds_have_no_duplicates(views):
    assert [a["duplicate_of"] for a in views["articles"]] == [None] * 5


def test_seeds_contradictions_only_between_reports_of_one_time(views):
    # "Talks collapsed in Norway" (Red Revolution, no earlier than March) and "talks are
    # continuing in Barbados" (The Moscow Times, July 25) are two moments of the talks.
    published = {a["article_key"]: a["published"] for a in views["articles"]}
    for c in views["contradictions"]:
        days = sorted(published[e["article_key"]] for e in c["evidence"])
        assert days[0] and days[-1] and days[0][:7] == days[-1][:7]
