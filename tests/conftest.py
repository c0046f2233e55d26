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
