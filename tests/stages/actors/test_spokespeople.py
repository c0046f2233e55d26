""""The spokesperson" is the unnamed spokesperson of the body met last, where nothing
between says otherwise (:mod:`storyline.stages.actors.spokespeople`); made-up stories of
the shapes of VOA training stories 6181235, 6202623, 8010057 and of the faults the
review of stop 29 found."""

from __future__ import annotations

import pytest

from storyline import resources
from storyline.stages.actors.article import find_actors


def _spokesperson(text: str) -> str | None:
    """The country of the actor the last "spokesperson" of ``text`` is a mention of."""
    at = text.rindex("spokesperson")
    for actor in find_actors(resources.nlp()(text)):
        if any(start <= at < end for start, end in actor.mentions):
            return actor.country
    return None


@pytest.mark.parametrize("text", [
    # the story's country is another; the quote names it
    "Cuba said talks were over. Havana recalled its envoy. A State Department spokesperson "
    "told reporters sanctions on Cuba must stay. \"The U.N. Security Council should not ease "
    "them,\" said the spokesperson.",
    # a body of the story's country is the subject of an infinitive in the quote
    "Haiti's police chief resigned. Haiti's government met. A State Department spokesperson "
    "urged the Haitian government to act. \"This shows the need for the Haitian government to "
    "invest in its police,\" the spokesperson said. \"It matters,\" the spokesperson added.",
])
def test_the_spokesperson_is_the_unnamed_one_met_before(text):
    assert _spokesperson(text) == "USA"


@pytest.mark.parametrize("text", [
    # the earlier use names its body after "for"
    "Iran said talks would go on. A State Department spokesperson spoke. A spokesperson for "
    "Iran's foreign ministry said talks would go on. The spokesperson added that Iran was ready.",
    # another country's body speaks in between
    "Iran said talks would go on. A State Department spokesperson said Washington was ready. "
    "Iran's foreign ministry said it would wait. The spokesperson added that Iran was ready.",
])
def test_the_spokesperson_is_not_taken_past_another_body(text):
    assert _spokesperson(text) != "USA"
