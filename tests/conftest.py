"""Shared fixtures: Articles built by hand, and the paths of ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.model import Article
from storyline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


def make_article(raw: str = "", **fields: object) -> Article:
    """An Article with ``raw`` text and any other fields given."""
    fields.setdefault("id", "t1")
    fields.setdefault("source", "test.txt")
    return Article(raw=raw, **fields)  # type: ignore[arg-type]


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip("../shared/seeds not present")
    return paths


@pytest.fixture
def fake_store():
    """An in-memory store with hand-made views of three articles (tests/fake_store.py)."""
    from tests.fake_store import FakeStore

    return FakeStore()


@pytest.fixture
def hostile_store():
    """The fake store with script payloads in every shown string."""
    from tests.fake_store import FakeStore, hostile_views

    return FakeStore(hostile_views())


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    """A real store built from ../shared/seeds with ``storyline build`` (once per session)."""
    from typer.testing import CliRunner

    from storyline.cli import app

    if not sorted(SEEDS.glob("*.txt")):
        pytest.skip("../shared/seeds not present")
    folder = tmp_path_factory.mktemp("seed-store")
    db, config = folder / "seeds.duckdb", folder / "all-events.toml"
    # Every coded event shown: the tests on this store read the corpus logic, not the
    # confidence cut (tests/test_seeds_store.py tests that).
    config.write_text("min_confidence = 0.0\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(SEEDS), "--db", str(db), "--workers", "1",
                                      "--config", str(config)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def voa_db(tmp_path_factory) -> Path:
    """A real store of the seeds and the 89 VOA stories (../shared), built once per session."""
    from typer.testing import CliRunner

    from storyline.cli import app

    voa = SHARED / "data" / "voa" / "voa_stories.jsonl"
    if not sorted(SEEDS.glob("*.txt")) or not voa.exists():
        pytest.skip("../shared seeds or VOA corpus not present")
    db = tmp_path_factory.mktemp("voa-store") / "voa.duckdb"
    result = CliRunner().invoke(app, ["build", str(SEEDS), str(voa), "--db", str(db),
                                      "--workers", "2"])
    assert result.exit_code == 0, result.output
    return db


def sample_views() -> dict[str, list[dict]]:
    """Small corpus views in the shapes of docs/CORPUS.md, written by hand."""
    mention = {"article_key": "a" * 16, "outlet": "Sputnik", "published": "2019-01-24",
               "sentence": "Russia backs Maduro.", "start": 0, "end": 20, "status": "asserted",
               "said_by": None}
    return {
        "articles": [
            {"id": "s1", "source": "s1.txt", "outlet": "Sputnik", "title": "Russia backs Maduro",
             "url": "https://example.org/s1", "published": "2019-01-24", "body": "Russia backs "
             "Maduro.", "actors": [{"name": "Russia"}], "events": [], "quotes": [],
             "removed": [], "article_key": "a" * 16, "content_hash": "c" * 16,
             "duplicate_of": None, "actor_ids": ["RUS"]},
            {"id": "v1", "source": "v1.txt", "outlet": "VOA", "title": "US recognises Guaido",
             "url": None, "published": "2019-08-06", "body": "The US backs Guaido.",
             "actors": [], "events": [], "quotes": [], "removed": [],
             "article_key": "b" * 16, "content_hash": "d" * 16, "duplicate_of": "a" * 16},
        ],
        "actors": [
            {"actor_id": "RUS", "name": "Russia", "kind": "country", "country": "RUS",
             "sector": "GOV", "aliases": ["Moscow"], "labels": [], "n_mentions": 2,
             "n_articles": 1, "n_outlets": 1},
            {"actor_id": "maduro", "name": "Nicolas Maduro", "kind": "person", "country": "VEN",
             "sector": "GOV", "aliases": ["Maduro"],
             "labels": [{"label": "President", "outlet": "Sputnik", "count": 1}],
             "n_mentions": 3, "n_articles": 2, "n_outlets": 2},
        ],
        "events": [
            {"event_id": "ev1", "type": "SUPPORT", "mode": "verbal", "cameo_root": "05",
             "quad": 1, "intensity": 3.5, "source": ["RUS"], "target": ["maduro"],
             "source_names": ["Russia"], "target_names": ["Nicolas Maduro"],
             "date": "2019-01-24", "date_precision": "day",
             "location": {"name": "Moscow", "country": "RUS", "lat": 55.75, "lon": 37.62},
             "status": "asserted", "num_mentions": 1, "num_articles": 1, "num_outlets": 1,
             "first_report": "2019-01-24", "last_report": "2019-01-24", "mentions": [mention]},
            {"event_id": "ev2", "type": "SANCTION", "mode": None, "cameo_root": "16",
             "quad": 4, "intensity": -6.0, "source": ["USA"], "target": ["maduro"],
             "source_names": ["United States"], "target_names": ["Nicolas Maduro"],
             "date": "2019-08-05", "date_precision": "day", "location": None,
             "status": "asserted", "num_mentions": 1, "num_articles": 1, "num_outlets": 1,
             "first_report": "2019-08-06", "last_report": "2019-08-06",
             "mentions": [{**mention, "article_key": "b" * 16, "outlet": "VOA",
                           "published": "2019-08-06", "sentence": "The US froze assets."}]},
        ],
        "quotes": [
            {"article_key": "a" * 16, "outlet": "Sputnik", "speaker_id": "RUS",
             "speaker_name": "Russia", "speaker_text": "Moscow", "cue": "said",
             "text": "We back the legitimate president", "kind": "direct", "start": 0, "end": 5},
        ],
        "timeline": [
            {"date": "2019-01-24", "date_precision": "day", "event_id": "ev1", "type": "SUPPORT",
             "summary": "Russia supports Maduro", "outlets": ["Sputnik"], "num_mentions": 1},
            {"date": "2019-08-05", "date_precision": "day", "event_id": "ev2",
             "type": "SANCTION", "summary": "US sanctions Maduro", "outlets": ["VOA"],
             "num_mentions": 1},
        ],
        "alliances": [
            {"a": "RUS", "b": "maduro", "a_name": "Russia", "b_name": "Nicolas Maduro",
             "relation": "SUPPORT", "sign": 1, "weight": 1,
             "evidence": [{"event_id": "ev1", "article_key": "a" * 16,
                           "sentence": "Russia backs Maduro."}]},
        ],
        "comparison": [
            {"outlet": "Sputnik", "n_articles": 1, "labels": [], "quoted": [],
             "exclusive_events": ["ev1"], "omitted_events": ["ev2"], "tone": []},
        ],
        "contradictions": [],
        "threads": [
            {"thread_id": "th_1", "article_keys": ["a" * 16, "b" * 16],
             "title": "Russia backs Maduro", "first": "2019-01-24", "last": "2019-08-06",
             "n_articles": 2},
        ],
    }


@pytest.fixture
def db(tmp_path) -> str:
    """A store holding :func:`sample_views`, by its path."""
    from storyline.store import Store

    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.replace_views(sample_views())
    return str(path)
