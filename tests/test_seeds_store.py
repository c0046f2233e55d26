"""End to end on the seeds: build a store, then read the story back through the store API."""

import pytest

from storyline.build import build
from storyline.settings import Settings
from storyline.store import Store

from .conftest import SEEDS

ALLIES_OF_MADURO = {"RUS", "CUB", "CHN", "TUR", "IRN"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The seeds with every coded event shown (``min_confidence`` 0): these tests read the
    corpus logic; hiding weak events is tested apart."""
    paths = sorted(str(p) for p in SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip("../shared/seeds not present")
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    build(paths, str(db), Settings(min_confidence=0.0), workers=1)
    with Store.open(db, read_only=True) as store:
        yield store


@pytest.fixture(scope="module")
def default_store(tmp_path_factory):
    paths = sorted(str(p) for p in SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip("../shared/seeds not present")
    db = tmp_path_factory.mktemp("seeds-default") / "seeds.duckdb"
    build(paths, str(db), workers=1)
    with Store.open(db, read_only=True) as store:
        yield store


def test_seeds_weak_events_stay_in_the_store_flagged_and_out_of_the_views(default_store):
    floor = Settings().min_confidence
    shown = default_store.view("events")
    every = default_store.view("events", hidden=True)
    hidden = [e for e in every if not e["shown"]]
    assert hidden and shown
    assert all(e["confidence"] < floor for e in hidden)
    assert all(e["shown"] and e["confidence"] >= floor for e in shown)
    assert len(every) == len(shown) + len(hidden)
    assert default_store.summary()["hidden_events"] == len(hidden)
    timeline_ids = {t["event_id"] for t in default_store.view("timeline")}
    assert not timeline_ids & {e["event_id"] for e in hidden}


def ids_where(store, test) -> set[str]:
    return {a["actor_id"] for a in store.view("actors") if test(a)}


def maduro_side(store) -> set[str]:
    """Maduro and the Venezuelan government."""
    return ids_where(store, lambda a: "maduro" in a["name"].lower() or (
        a.get("country") == "VEN" and a.get("sector") == "GOV" and a["kind"] != "person"))


def test_seeds_support_toward_maduro_told_in_different_months_stays_separate_acts(store):
    # Russia's, Cuba's, Iran's and Turkey's backing of Maduro is told by seeds of January,
    # May and August: statements of different times, each its own event, all in the store.
    side = maduro_side(store)
    published = {a["article_key"]: a["published"] for a in store.view("articles")}
    support = [e for e in store.view("events", type="SUPPORT") if side & set(e["target"])]
    reporting = {m["article_key"] for e in support for m in e["mentions"]}
    assert len(reporting) >= 3
    for e in support:
        assert len({published[m["article_key"]][:7] for m in e["mentions"]}) == 1


def test_seeds_maduro_supporters_include_russia_cuba_china_turkey_iran(store):
    side = maduro_side(store)
    country = {a["actor_id"]: a.get("country") for a in store.view("actors")}
    backers = {country.get(r["a"]) for r in store.view("alliances")
               if r["sign"] == 1 and r["b"] in side}
    assert ALLIES_OF_MADURO <= backers, sorted(filter(None, backers))


def test_seeds_united_states_backs_guaido(store):
    guaido = ids_where(store, lambda a: "guaid" in a["name"].lower())
    us = ids_where(store, lambda a: a.get("country") == "USA")
    assert any(r["sign"] == 1 and r["a"] in us and r["b"] in guaido
               for r in store.view("alliances"))


def test_seeds_timeline_runs_from_january_to_august_2019_in_order(store):
    dates = [t["date"] for t in store.view("timeline") if t["date"]]
    assert dates == sorted(dates)
    assert dates[0].startswith("2019-01") and dates[-1].startswith("2019-08"), dates
