"""Roles: the actor a role word names (:func:`storyline.stages.events.roles.actor_of`)."""

from __future__ import annotations

import pytest

from storyline.analyze import analyze_text
from storyline.settings import Settings

PLAIN = Settings(clean=False)


def _role_ids(text: str, role: str) -> list[str | None]:
    events = analyze_text(text, settings=PLAIN, published="2025-03-12")["events"]
    return [a["id"] for e in events for a in e[role]]


@pytest.mark.parametrize(("text", "actor"), [
    ("Malawi's High Court ordered the release of the opposition leader on Tuesday.",
     "MWI.JUD"),
    ("Kenya's ambassador accused Somalia of harbouring militants.", "KEN.GOV"),
    ("Zambia's opposition leader rejected the election results on Friday.", "ZMB.OPP"),
])
def test_a_body_named_with_its_country_possessive_is_that_body(text: str, actor: str) -> None:
    assert actor in _role_ids(text, "source")


@pytest.mark.parametrize(("text", "actor"), [
    # no body: the possessor's country does it
    ("Russia's invasion of Ukraine was condemned by France on Monday.", "RUS"),
    # "border" only modifies a body ("border police"): the place, not the police
    ("Troops were sent to Mexico's northern border on Monday.", "MEX"),
])
def test_a_head_that_names_no_body_keeps_the_country(text: str, actor: str) -> None:
    ids = _role_ids(text, "source") + _role_ids(text, "target")
    assert actor in ids
    assert not any(i and i.startswith(actor + ".") for i in ids)
