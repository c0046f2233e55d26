"""The built-in actor tables (people.json, organizations.json) are well formed."""

from __future__ import annotations

from collections import defaultdict

import pytest

from storyline import resources
from storyline.stages.actors.lexicon import (
    countries,
    leading_titles,
    role_equivalents,
    role_holders,
    text_key,
)
from storyline.stages.actors.stage import resolve

SECTORS = set(resources.data_json("sectors.json")["names"])


def test_actor_tables_people_have_known_countries_sectors_and_ordered_dates():
    for row in resources.data_json("people.json"):
        assert row["country"] is None or row["country"] in countries(), row["name"]
        assert row["roles"], row["name"]
        for role in row["roles"]:
            assert role["sector"] in SECTORS, row["name"]
            assert role["to"] is None or (role["from"] or "") <= role["to"], row["name"]


def test_actor_tables_organisations_have_known_countries_and_sectors():
    for row in resources.data_json("organizations.json"):
        assert row["country"] is None or row["country"] in countries(), row["name"]
        assert row["sector"] in SECTORS, row["name"]


def test_actor_tables_no_name_or_alias_names_two_people():
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for row in resources.data_json("people.json"):
        for alias in [row["name"], *row["aliases"]]:
            owners[text_key(alias)].add(row["name"])
    shared = {" ".join(k): v for k, v in owners.items() if len(v) > 1}
    assert shared == {}


def test_every_data_file_has_a_row_in_sources():
    from storyline import resources

    rows = [line.split("\t")[0] for line in
            resources.data_path("SOURCES").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    shipped = {p.name for p in resources.data_path("").iterdir()
               if p.is_file() and p.name != "SOURCES"}
    assert shipped <= set(rows)


def test_office_holders_from_the_cameo_dictionary_resolve_with_their_country():
    from storyline.stages.actors.stage import resolve

    actor = resolve("Ismail Khan", date="2006-01-01")
    assert (actor.country, actor.sector) == ("AFG", "GOV")


def test_cameo_office_holders_never_shadow_a_curated_person():
    from storyline.stages.actors.stage import resolve

    assert resolve("Bashar al Assad", date="2025-06-01").sector == "ELI"


@pytest.mark.parametrize("text, country", [
    ("Gujranwala", "PAK"), ("Deir Ezzor", "SYR"), ("police in Fresno", "USA"),
    ("Afganistan", "AFG"),
])
def test_cameo_places_name_their_country(text, country):
    assert resolve(text).country == country


@pytest.mark.parametrize("text", ["Reading", "Split", "Mobile"])
def test_cameo_places_leave_common_words_alone(text):
    assert resolve(text) is None


def test_a_hyphenated_name_is_also_known_spelled_with_spaces():
    actor = resolve("Inter Services Public Relations")
    assert (actor.id, actor.country, actor.sector) == ("inter_services_public_relations", "PAK",
                                                       "MIL")


def test_every_region_with_members_is_a_listed_region():
    data = resources.data_json("regions.json")
    listed = {text_key(name) for name in data["regions"]}
    unlisted = [name for key in data["members"] if not key.startswith("_")
                for name in key.split("|") if text_key(name) not in listed]
    assert unlisted == []


@pytest.mark.parametrize("text, country", [
    ("Gibraltar", "GBR"), ("residents of Groningen", "NLD"), ("Alexandria", "EGY"),
    ("police in Redding", "USA"),
])
def test_world_places_name_their_country(text, country):
    assert resolve(text).country == country


@pytest.mark.parametrize("text", ["Reading", "John Smith", "Phoenix", "Denver"])
def test_world_places_leave_common_words_names_and_misspellings_alone(text):
    assert resolve(text) is None


def test_role_equivalents_of_a_country_name_a_title_of_its_people_and_of_the_word():
    # a country row names the office a role word stands for there: a title the built-in
    # people give someone of that country, among the word's titles anywhere
    anywhere = role_equivalents()
    for (word, country), titles in leading_titles().items():
        assert titles <= anywhere[word], (word, country)
        held = {role["title"] for row in resources.data_json("people.json")
                if row.get("country") == country for role in row["roles"]}
        assert titles <= held, (word, country)
        assert role_holders(word, country, None), (word, country)
