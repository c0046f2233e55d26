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
    # A relative pronoun the parser takes as the clause's object still stands for the noun.
    ("Ukraine accused Russia of attacking civilians. The claims, which Russia denied, were "
     "repeated on Monday.", "Ukraine"),
    ("Ukraine demanded that Russia withdraw its troops, a demand that Russia rejected.",
     "Ukraine"),
    ("Ukraine accused Russia of war crimes, charges that Moscow rejected.", "Ukraine"),
    # A later act of the rejecter's own, or of the same maker, names no other maker.
    ("Kim Jong Un asked Donald Trump for sanctions relief. Trump denied the request and "
     "asked instead for full denuclearization.", "Kim Jong Un"),
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
    # Another maker tells an act of the rejecter's side in between: the claims may be its.
    "Ukraine accused Russia of attacking civilians. A United Nations report said Russian "
    "troops had executed prisoners. Russia rejected the claims.",
    "Ukraine accused Russia of attacking civilians. Amnesty International said Russian troops "
    "had executed prisoners. Russia rejected the claims.",
    "Ukraine accused Russia of attacking civilians. Amnesty International said in a report "
    "that Russian troops executed prisoners, a charge Moscow rejected.",
    # Another charge against the rejecter told after the denial may be the one denied.
    "Poland accused Russia of sabotage last year. Russia on Monday rejected the allegations "
    "after Ukraine accused it of shelling the dam.",
    "Poland accused Russia of sabotage last year. Russia on Monday rejected the allegations. "
    "Ukraine had accused Moscow of shelling the dam.",
    # The sentence names the maker of what is denied.
    "Poland accused Russia of sabotage last year. Russia rejected the accusations, which "
    "Ukraine made on Monday.",
    # The act answered was not told as done.
    "Poland has not accused Russia of sabotage. Russia rejected the allegations.",
    "Poland could accuse Russia of sabotage. Russia rejected the allegations.",
])
def test_a_denial_takes_no_maker_the_story_does_not_aim_at_the_rejecter(text):
    assert _denial_targets(text) == []


def test_only_a_denial_of_a_charge_or_request_answers_an_act():
    words = {t.text: t for t in nlp()("Trump denied the request and rejected the idea.")}
    assert event_rules.answered(words["denied"]) == "REQUEST"
    assert event_rules.answered(words["rejected"]) is None


def test_a_denial_answers_no_act_told_far_before():
    filler = " ".join(["The talks in Geneva lasted for many hours without a break."] * 8)
    assert _denial_targets("Ukraine accused Russia of sabotage. " + filler
                           + " Russia rejected the allegations.") == []


def test_a_relative_clause_that_declines_to_comment_is_no_refusal():
    found = analyze_text("Russia's defense ministry, which has declined to comment on the "
                         "allegations, denied any strike. A White House spokesman, who "
                         "declined to comment on the talks, said the president would travel "
                         "to Paris.", published="2024-03-01")["events"]
    assert [(e["type"], e["trigger"]) for e in found if e["type"] == "REJECT"] \
        == [("REJECT", "denied")]
