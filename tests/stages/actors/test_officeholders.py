"""The office holders of Wikidata (``scripts/build_officeholders.py``,
``data/officeholders.json``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.stages.actors.stage import resolve

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

HOLDERS = """\
position,person,personID,start,end,gender,DOB,DOD,image,enwiki
President,Quux Zorblaxi,Q1,2013-08-03,2021-08-03,male,,,,Quux Zorblaxi (politician)
Minister of Interior,Wib Norbert-Flange,Q2,2009-09,2013,male,,,,
Minister of Defence,Wib Norbert-Flange,Q2,2013-08-15,,male,,,,
Chief of the General Staff,Arno Blix,Q3,2016-06-28,,male,,,,
Supreme Commander-in-Chief of the Armed Forces,Quux Zorblaxi,Q1,2013-08-03,2021-08-03,,,,,
Chief Justice,Q77,Q77,1999,2009,,,,,
Mayor of Tehran,Arno Blix,Q3,1985,1988,,,,,
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from build_officeholders import build

    folder = tmp_path_factory.mktemp("holders") / "iran-ministers"
    folder.mkdir()
    (folder / "holders21.csv").write_text(HOLDERS, encoding="utf-8")
    return {row[0]: row for row in build(folder.parent)}


def test_build_keeps_named_people_with_their_country(built):
    # "Q77" has no label; Arno Blix's mayoralty ended before 1990
    assert set(built) == {"Quux Zorblaxi", "Wib Norbert-Flange", "Arno Blix"}
    assert {row[2] for row in built.values()} == {"IRN"}


def test_build_dates_offices_and_joins_one_sector_held_without_a_break(built):
    assert built["Wib Norbert-Flange"][3] == [["GOV", "2009-09-01", None]]
    assert built["Arno Blix"][3] == [["MIL", "2016-06-28", None]]


def test_build_leaves_out_offices_held_ex_officio_and_keeps_the_wikipedia_title(built):
    assert built["Quux Zorblaxi"][1:] == [[], "IRN", [["GOV", "2013-08-03", "2021-08-03"]]]


def test_every_office_rule_gives_its_example_the_sector_it_names():
    from build_officeholders import office_sector, rules

    table = rules()
    for sector, _, example in table:
        assert office_sector(example, table) == (None if sector == "-" else sector), example


@pytest.mark.parametrize("office, sector", [
    ("Minister of Justice", "GOV"), ("Secretary of the Navy", "GOV"),
    ("judge of the Supreme Court", "JUD"), ("Chief of Army Staff", "MIL"),
    ("White House Chief of Staff", "GOV"), ("Speaker of the House of Representatives", "LEG"),
    ("Ambassador to Belarus", "GOV"),
])
def test_offices_take_the_sector_of_their_holder(office, sector):
    from build_officeholders import office_sector, rules

    assert office_sector(office, rules()) == sector


@pytest.mark.parametrize("text, date, country, sector", [
    ("Mostafa Mohammad Najjar", "2010-06-01", "IRN", "GOV"),
    ("Iranian Defense Minister Hossein Dehghan", "2015-01-01", "IRN", "GOV"),
    ("Mostafa Mohammad-Najjar", "2019-01-01", "IRN", "ELI"),
])
def test_shipped_office_holders_resolve_with_their_country_and_dated_office(text, date, country,
                                                                            sector):
    actor = resolve(text, date=date)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("text", ["Mhlanga", "Ilyas"])
def test_shipped_office_holders_are_never_known_by_a_bare_surname(text):
    assert resolve(text) is None


def test_a_name_a_letter_away_from_an_office_holder_is_another_person():
    # Representative Michael McCaul is not Michael McFaul, ambassador to Russia
    actor = resolve("Michael McCaul", date="2025-01-01")
    assert actor is None or actor.id != "michael_mcfaul"
    assert resolve("Michael McFaul", date="2013-01-01").id == "michael_mcfaul"
