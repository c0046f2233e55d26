"""Members of legislatures (``scripts/build_legislators.py``, ``data/legislators.json``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from storyline.stages.actors.stage import resolve

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

TERM = """\
id,name,sort_name,email,twitter,facebook,group,group_id,area_id,area,chamber,term,start_date,end_date,image,gender
a1,"Zorblax, Shri Quentin (Q)",,,,,,,,,Assembly,7,,,,
a2,Wib B. Flange,,,,,,,,,Assembly,7,,2012-05-01,,
a3,Blix,,,,,,,,,Assembly,7,,,,
"""
OLD_TERM = TERM.replace("Assembly,7", "Assembly,6").replace(",2012-05-01,", ",,")
POPOLO = {"events": [
    {"classification": "legislative period", "id": "term/6", "start_date": "2004-05-01",
     "end_date": "2009-04-30"},
    {"classification": "legislative period", "id": "term/7", "start_date": "2009-05-01"}]}
CONGRESS = [{"name": {"first": "Garland", "last": "Barrow", "nickname": "Andy",
                      "official_full": "Andy Barrow"},
             "terms": [{"type": "rep", "start": "2013-01-03", "end": "2015-01-03"},
                       {"type": "rep", "start": "2015-01-03", "end": "2017-01-03"}]}]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from build_legislators import build

    root = tmp_path_factory.mktemp("ep")
    chamber = root / "India" / "Lok_Sabha"
    chamber.mkdir(parents=True)
    (chamber / "term-7.csv").write_text(TERM, encoding="utf-8")
    (chamber / "term-6.csv").write_text(OLD_TERM, encoding="utf-8")
    (chamber / "ep-popolo-v1.0.json").write_text(json.dumps(POPOLO), encoding="utf-8")
    aland = root / "Aland" / "Lagting"  # not a country the news names much
    aland.mkdir(parents=True)
    (aland / "term-7.csv").write_text(TERM, encoding="utf-8")
    (aland / "ep-popolo-v1.0.json").write_text(json.dumps(POPOLO), encoding="utf-8")
    congress = root / "legislators-current.json"
    congress.write_text(json.dumps(CONGRESS), encoding="utf-8")
    return {row[0]: row for row in build(root, congress)}


def test_build_keeps_full_names_of_recent_terms_in_the_news_countries(built):
    # "Blix" is a bare surname; term 6 ended before 2010; Aland is left out
    assert set(built) == {"Quentin Zorblax", "Wib B. Flange", "Andy Barrow"}
    assert built["Quentin Zorblax"][2:] == ["IND", [["LEG", "2009-05-01", None]]]


def test_build_dates_a_partial_term_and_drops_middle_initials_as_alias(built):
    assert built["Wib B. Flange"][1:] == [["Wib Flange"], "IND",
                                          [["LEG", "2009-05-01", "2012-05-01"]]]


def test_build_joins_congress_terms_and_keeps_the_given_name_as_alias(built):
    assert built["Andy Barrow"][1:] == [["Garland Barrow"], "USA",
                                        [["LEG", "2013-01-03", "2017-01-03"]]]


@pytest.mark.parametrize("text, date, country, sector", [
    ("Republican Representative Andy Barr", "2024-01-05", "USA", "LEG"),
    ("Henedina Abad", "2014-01-01", "PHL", "LEG"),
    ("Alan Duncan", "2015-06-01", "GBR", "LEG"),
    # a minister who sits in parliament is the minister, whatever election came last
    ("Alan Duncan", "2017-09-01", "GBR", "GOV"),
])
def test_shipped_legislators_resolve_with_their_country_and_seat(text, date, country, sector):
    actor = resolve(text, date=date)
    assert (actor.country, actor.sector) == (country, sector)
