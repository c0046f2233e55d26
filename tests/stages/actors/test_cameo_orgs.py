"""The organisations of the CAMEO/Phoenix international and non-state dictionaries
(``scripts/build_cameo_orgs.py``, ``data/cameo_orgs.json``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.stages.actors.stage import resolve

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

PHOENIX = """\
# test lines in the dictionary's format
MANFRED_NOWAK_	[IGOUNOHRI] #MleH 24 Jul 2009# NGO_Actors
KOFI_ANNAN_
+SECRETARY-GENERAL_KOFI_ANNAN
	[IGOUNO 970101-061231]
QUUXLY_RIGHTS_COMMITTEE_	[NGOUSAHRI]
ZORBLAX_HOLDINGS_INC	[MNCDEU]
TOM_FAILLA	[MNCUSA]
FAMILY_DOLLAR	[MNCUSA]
FREE_QUUX_FRONT_(FQF)_ [GRCREB] #  kkl 21 Mar 13
+QUUX_FREEDOM_FRONT_
WIBBLE_MEDIA_GROUP [MNCFRAMED]
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from build_cameo_orgs import build

    path = tmp_path_factory.mktemp("phoenix") / "Phoenix.International.actors.txt"
    path.write_text(PHOENIX, encoding="utf-8")
    return {row[0]: row for row in build([path])}


def test_build_keeps_bodies_and_leaves_out_people(built):
    assert set(built) == {"Quuxly Rights Committee", "Zorblax Holdings Inc",
                          "Free Quux Front", "Wibble Media Group"}


def test_build_reads_country_sector_kind_and_aliases(built):
    assert built["Quuxly Rights Committee"][2:] == ["USA", "NGO", "org"]
    assert built["Zorblax Holdings Inc"][1:] == [["Zorblax Holdings"], "DEU", "BUS", "org"]
    assert built["Free Quux Front"][1:] == [["FQF", "Quux Freedom Front"], "GRC", "REB",
                                            "group"]
    assert built["Wibble Media Group"][3] == "JRN"


@pytest.mark.parametrize("text, ident, country, sector", [
    ("World Uyghur Congress", "world_uyghur_congress", None, "NGO"),
    ("Delta Air Lines", "delta_air_lines", "USA", "BUS"),
    ("Free Aceh Movement", "free_aceh_movement", "IDN", "REB"),
    ("the World Health Assembly", "world_health_assembly", None, "IGO"),
])
def test_shipped_organisations_resolve(text, ident, country, sector):
    actor = resolve(text)
    assert (actor.id, actor.country, actor.sector) == (ident, country, sector)


def test_shipped_organisations_name_no_person_nor_common_words():
    assert resolve("Manfred Nowak") is None or resolve("Manfred Nowak").kind == "person"
    assert resolve("Black Star") is None


@pytest.mark.parametrize("text, sector", [
    ("herdsmen", "AGR"), ("the pickpockets", "CRM"), ("a neurologist", "MED"),
    ("immigrants", "REF"), ("spokeswomen", "GOV"),
])
def test_cameo_agent_nouns_give_a_sector_and_storylines_own_table_wins(text, sector):
    assert resolve(text).sector == sector


def test_a_compound_of_a_head_storylines_table_places_is_read_by_its_rules():
    from storyline import resources
    from storyline.stages.actors.stage import find_actors

    text = "Witnesses said security officers were hurt."
    found = find_actors(resources.nlp()(text), "2020-01-06")
    start = text.index("security officers")
    assert any(a.sector == "COP" and [start, start + 17] in a.mentions for a in found)
