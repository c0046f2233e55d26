"""A denial of an earlier charge or request is aimed at whoever made it against the
rejecter (stages/events/answered.py)."""

from __future__ import annotations

import pytest

from storyline.analyze import analyze_text
from storyline.resources import nlp
from storyline.stages.events import rules as event_rules


def _denial_targets(text: str) -> list[str]:
    found = analyze_text(text, published="2020-03-01")["events"]
    denials = [e for e in found if e["type"] == "REJECT"]
    assert denials, found
    return [a["name"] for a in denials[-1]["target"]]


@pytest.mark.parametrize("text, maker", [
    ("The United States accused Beijing of genocide. Beijing denies the allegations.",
     "United States"),
    ("Kim Jong Un asked Donald Trump for sanctions relief. Trump denied the request.",
     "Kim Jong Un"),
    # In its own sentence, by a relative clause; a state and its government are one side.
    ("Pakistani officials blamed India, accusing it of supporting militants, a charge New "
     "Delhi quickly rejected.", "Pakistani officials"),
])
def test_a_denial_is_aimed_at_the_maker_of_the_charge_against_the_rejecter(text, maker):
    assert _denial_targets(text) == [maker]


@pytest.mark.parametrize("text", [
    # The charge names no maker.
    "Lai stands accused of collusion. He rejects the charges.",
    # The charge was aimed at someone else.
    "Russia accused Ukraine of shelling the plant. Germany rejected the accusations.",
    # A request is no charge.
    "Kim Jong Un asked Donald Trump for sanctions relief. Trump denied the allegations.",
])
def test_a_denial_takes_no_maker_the_story_does_not_aim_at_the_rejecter(text):
    assert _denial_targets(text) == []


def test_only_a_denial_of_a_charge_or_request_answers_an_act():
    words = {t.text: t for t in nlp()("Trump denied the request and rejected the idea.")}
    assert event_rules.answered(words["denied"]) == "REQUEST"
    assert event_rules.answered(words["rejected"]) is None
