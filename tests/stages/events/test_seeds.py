"""Acceptance: the key events of the five seed articles, with their roles and dates.

The seeds are read from ../shared/seeds; publication dates are given here because the
metadata stage may not read them yet.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from storyline.analyze import analyze_text

from ...conftest import SEEDS

PUBLISHED = {"000": "2019-05-29", "001": "2019-09-20", "002": "2019-07-25",
             "003": "2019-05-05", "004": "2019-01-28"}


@cache
def seed(prefix: str) -> dict[str, Any]:
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not paths:
        pytest.skip("../shared/seeds not present")
    return analyze_text(paths[0].read_text(encoding="utf-8"), published=PUBLISHED[prefix])


def countries(actors: list[dict[str, Any]]) -> set[str | None]:
    return {a["country"] for a in actors}


def mentions(actors: list[dict[str, Any]], name: str) -> bool:
    return any(name in (a["name"] or "") or name in (a["text"] or "") for a in actors)


def find(prefix: str, kind: str, **checks: Any) -> list[dict[str, Any]]:
    return [e for e in seed(prefix)["events"] if e["type"] == kind
            and all(check(e) for check in checks.values())]


def test_seed_allies_support_maduro_in_one_event_per_sentence():
    found = find("004", "SUPPORT", who=lambda e: {"RUS", "CUB", "CHN", "TUR", "IRN"}
                 <= countries(e["source"]), whom=lambda e: mentions(e["target"], "Maduro"))
    assert found
    found = find("001", "SUPPORT", who=lambda e: {"RUS", "BLR", "BOL", "IRN", "CUB", "NIC",
                                                  "SLV", "SYR", "TUR"} <= countries(e["source"]))
    assert found and mentions(found[0]["target"], "Maduro")


def test_seed_venezuelan_authorities_reject_talks_in_barbados():
    (e,) = find("001", "REJECT", where=lambda e: (e["location"] or {}).get("country") == "BRB")
    assert "VEN" in countries(e["source"]) and e["mode"] == "meet"
    assert e["date_text"] == "Last week" and (e["date"], e["date_precision"]) == (
        "2019-09-01", "month")


def test_seed_lavrov_will_meet_arreaza_in_moscow_on_sunday():
    found = find("003", "AGREE", who=lambda e: mentions(e["source"], "Lavrov"),
                 whom=lambda e: mentions(e["target"], "Arreaza"),
                 when=lambda e: "Sunday" in e["sentence"])
    assert found
    e = found[0]
    # The will to meet, said on the day of the meeting: the meeting's date, asserted.
    assert (e["mode"], e["date"], e["date_precision"], e["status"]) == (
        "meet", "2019-05-05", "day", "asserted")
    assert e["location"]["name"] == "Moscow" and e["location"]["country"] == "RUS"
    assert e["said_by"] is not None


def test_seed_lavrovs_venezuelan_counterpart_is_arreaza():
    found = find("003", "CONSULT", who=lambda e: mentions(e["source"], "Lavrov"),
                 what=lambda e: "his Venezuelan counterpart" in e["sentence"])
    assert found and [a["id"] for a in found[0]["target"]] == ["jorge_arreaza"]


def test_seed_putin_and_trump_spoke_by_phone_on_friday():
    (e,) = find("003", "CONSULT", mode=lambda e: e["mode"] == "phone")
    assert mentions(e["source"], "Putin") and mentions(e["source"], "Trump")
    assert e["date"] == "2019-05-03"


def test_seed_washington_recognises_guaido():
    found = find("003", "SUPPORT", who=lambda e: "USA" in countries(e["source"]),
                 whom=lambda e: mentions(e["target"], "Guaid"))
    assert found and found[0]["trigger"].startswith("recogni")


def test_seed_maduro_mobilizes_armed_forces_on_saturday():
    found = find("003", "MOBILIZE", who=lambda e: mentions(e["source"], "Maduro"),
                 when=lambda e: e["date"] == "2019-05-04")
    assert found


def test_seed_russia_and_us_blame_one_another():
    found = find("003", "ACCUSE", who=lambda e: {"RUS", "USA"} <= countries(e["source"]))
    assert found and {"RUS", "USA"} <= countries(found[0]["target"])


def test_seed_guaido_calls_for_street_protests():
    found = find("000", "REQUEST", who=lambda e: mentions(e["source"], "Guaid"),
                 what=lambda e: "protests" in e["sentence"])
    assert found


def test_seed_talks_collapsed():
    assert find("000", "SANCTION", what=lambda e: "collapse" in e["trigger"].lower())


def test_seed_norway_mediates_the_talks():
    found = find("001", "CONSULT", mode=lambda e: e["mode"] == "third-party",
                 who=lambda e: "NOR" in countries(e["source"]))
    assert found


@pytest.mark.parametrize("prefix", sorted(PUBLISHED))
def test_seed_events_quote_their_sentence_from_the_body(prefix):
    article = seed(prefix)
    assert article["events"]
    for e in article["events"]:
        assert article["body"][e["start"]:e["end"]] == e["sentence"]
        assert "\n" not in e["sentence"]
