"""Status and tense of an event: an act one goes to do is as far ahead as the going."""

from __future__ import annotations

import pytest

from storyline import resources
from storyline.stages.events.status import status, tense, with_purposes


def word(text: str, which: str):
    doc = resources.nlp()(text)
    return next(t for t in doc if t.text == which)


@pytest.mark.parametrize("text, trigger, expected", [
    ("Rubio will travel to Riyadh on Wednesday to meet Russian officials.", "meet", "future"),
    ("The envoy is going to fly to Doha to negotiate with the group.", "negotiate", "future"),
    ("The minister will head to Paris for talks with his French counterpart.", "talks",
     "future"),
    ("Rubio traveled to Riyadh on Wednesday to meet Russian officials.", "meet", "past"),
])
def test_an_act_gone_for_takes_the_tense_of_the_going(text, trigger, expected):
    # the caller widens the heads once (events.stage): status and tense take them as given
    assert tense(with_purposes([word(text, trigger)])) == expected


def test_an_act_gone_for_is_denied_with_the_going():
    t = word("Rubio did not travel to Riyadh to meet Russian officials.", "meet")
    assert status(with_purposes([t])) == "negated"


def test_an_infinitive_on_a_verb_of_no_going_keeps_its_own_tense():
    # "will add to calls to impose sanctions": a wish, not an act scheduled
    t = word("It will add to calls to impose sanctions on Turkey.", "impose")
    assert [x.text for x in with_purposes([t])] == ["impose"]


def test_a_span_of_time_is_no_purpose():
    t = word("The fighting has been going on for 11 years.", "years")
    assert with_purposes([t]) == [t]
