"""The actor scorers tell a wrong answer (a country or sector given that is not the gold
one) from a missing one (a blank where the gold has a value)."""

from __future__ import annotations

import pytest

from eval.actors import count, verdict

GOLD = {"text": "Punjab police", "country": "PAK", "sector": "COP", "sector_scored": True}


@pytest.mark.parametrize(("country", "sector", "expected"), [
    ("PAK", "COP", "right"),
    ("IND", "COP", "wrong"),
    ("PAK", "MIL", "wrong"),
    ("IND", None, "wrong"),
    ("PAK", None, "missing"),
    (None, None, "missing"),
])
def test_verdict_tells_wrong_from_missing(country, sector, expected):
    assert verdict(GOLD, country, sector) == expected


def test_verdict_counts_a_value_where_the_gold_has_none_as_wrong():
    nation = {"country": "USA", "sector": None, "sector_scored": True}
    assert verdict(nation, "USA", "GOV") == "wrong"
    assert verdict(nation, "USA", None) == "right"


def test_verdict_ignores_an_unscored_sector():
    unscored = {"country": "IRQ", "sector": None, "sector_scored": False}
    assert verdict(unscored, "IRQ", "MIL") == "right"
    assert verdict(unscored, None, "MIL") == "missing"


def test_count_gives_accuracy_and_the_wrong_and_missing_rows():
    found = count([(GOLD, {"country": "PAK", "sector": "COP"}),
                   (GOLD, {"country": "IND", "sector": "COP"}),
                   (GOLD, {"country": "PAK", "sector": None}),
                   (GOLD, None)])
    assert found["country_accuracy"] == 0.5
    assert found["country_and_sector_accuracy"] == 0.25
    assert (found["wrong_answers"], found["missing_answers"]) == (1, 2)


def test_count_prints_each_miss_marked_wrong_or_missing(capsys):
    count([(GOLD, {"country": "IND", "sector": "COP"}), (GOLD, None)], verbose=True)
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["wrong", "missing"]
