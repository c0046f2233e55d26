"""A REJECT of an accusation takes the accuser the article named just before as target."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.analyze import analyze_text
from storyline.settings import Settings
from storyline.stages.events.answered import REACH

ACCUSATION = "The opposition accused the government of corruption. "


def denial(text: str) -> dict[str, Any]:
    found = analyze_text(text, settings=Settings(clean=False),
                         published="2025-03-12")["events"]
    rejects = [e for e in found if e["type"] == "REJECT"]
    assert len(rejects) == 1, found
    return rejects[0]


@pytest.mark.parametrize("second", ["The government rejected the allegations.",
                                    "The government denied the charges."])
def test_answered_the_accused_denying_takes_the_accuser_as_target(second):
    e = denial(ACCUSATION + second)
    assert [a["text"] for a in e["target"]] == ["The opposition"], e


def test_answered_a_denial_by_someone_not_accused_keeps_no_target():
    e = denial(ACCUSATION + "The army rejected the allegations.")
    assert e["target"] == [], e


def test_answered_an_accusation_further_back_than_the_reach_is_not_answered():
    filler = "The weather was mild for most of the week and the markets were busy. "
    gap = filler * (REACH // len(filler) + 1)
    e = denial(ACCUSATION + gap + "The government rejected the allegations.")
    assert e["target"] == [], e


def test_answered_a_denial_that_names_whom_it_answers_keeps_its_own_target():
    e = denial(ACCUSATION + "The government rejected the allegations by the opposition.")
    assert "opposition" in " ".join(a["text"] for a in e["target"]), e
