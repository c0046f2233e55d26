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
    db = tmp_path_factory.mktemp("seed-store") / "seeds.duckdb"
    result = CliRunner().invoke(app, ["build", str(SEEDS), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db
