"""The rules' source and target words (stages/events/role_words.py)."""

from __future__ import annotations

import pytest

from storyline.analyze import analyze_text
from storyline.settings import Settings

PLAIN = Settings(clean=False)


def _trips(text: str) -> list[dict]:
    events = analyze_text(text, settings=PLAIN, published="2025-03-12")["events"]
    return [e for e in events if e["trigger"].split()[-1] == "visit"]


@pytest.mark.parametrize(("text", "traveller"), [
    ("During a visit to Lagos on Monday, Kenya's President William Ruto told reporters "
     "the talks had failed.", "William Ruto"),
    # A maker the visit names itself comes first (a guard: right without the rule too).
    ("During a visit by the Brazilian president to Lagos, the Nigerian leader said trade "
     "would grow.", "president"),
])
def test_a_visit_told_as_an_occasion_is_made_by_the_one_who_speaks(text: str,
                                                                   traveller: str) -> None:
    trips = _trips(text)
    assert trips and all([a["text"] for a in e["source"]][-1].endswith(traveller)
                         for e in trips), trips


# Guards of visit-on-the-way: each passes without the rule (no traveller at all) and
# fails if the guard its comment names is removed (the host's and the unknown country's,
# the verb's: run against evroles30's code, the last six fail).
@pytest.mark.parametrize("text", [
    # Either may have made the visit: the speaker tells someone other than the press.
    "During a visit to Kyiv, President Volodymyr Zelensky told Antony Blinken that more "
    "air defence was needed.",
    # A passive subject made no visit.
    "During a visit to the border, the refugees were moved to a camp.",
    # The visit told before: the host may be the one who speaks.
    "During the visit, President Vladimir Putin told reporters that ties were strong.",
    # What is spoken of, not the occasion ("on" is no preposition of the rule's row).
    "The Kremlin spokesman briefed reporters on a visit to Pyongyang.",
    # The host, of the country visited, made no visit.
    "During a visit to Moscow for a summit on Friday, Vladimir Putin told reporters the "
    "talks had gone well.",
    "During a visit to Tehran for talks on Monday, Iran's foreign minister told reporters "
    "the talks had gone well.",
    "During a visit to Washington on Monday, President Joe Biden told reporters the "
    "talks had gone well.",
    # Whose country is unknown: those who live or work where the visit went.
    "During a visit to the flooded district on Monday, residents told reporters the water "
    "was rising.",
    "During a visit to the clinic on Monday, doctors told reporters the wards were full.",
    # The verb beside is no saying: a state attacking the place visited made no visit.
    "During a visit to Kharkiv on Friday, Russia launched a drone attack on the city.",
])
def test_a_visit_told_as_an_occasion_takes_no_doubtful_traveller(text: str) -> None:
    assert all(not e["source"] for e in _trips(text)), _trips(text)
