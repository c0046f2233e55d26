from __future__ import annotations

from storyline.corpus import compute

from .conftest import actor, article, event

GOV, OPP, NOR = actor("VEN.GOV"), actor("VEN.OPP"), actor("NOR", kind="country", country="NOR")
COLLAPSED = "Talks aimed at ending the crisis have collapsed in Norway."
CONTINUING = "Talks between the government and the opposition are continuing in Barbados."


def _talks(arts):
    return [c for c in compute(arts)["contradictions"] if "go on" in c["description"]]


def _collapse(outlet="Red", published="2019-07-20", with_talks=True, **fields):
    events = [event("SANCTION", [], [], COLLAPSED, mode="withdraw", **fields)]
    if with_talks:
        events.append(event("CONSULT", [OPP], [GOV], "The Oslo talks were arranged in March.",
                            start=100))
    return article("a", outlet=outlet, published=published, events=events)


def _continuing(outlet="Moscow", published="2019-07-25", sentence=CONTINUING, parties=(GOV, OPP),
                etype="CONSULT", **fields):
    return article("b", outlet=outlet, published=published,
                   events=[event(etype, [parties[0]], list(parties[1:]), sentence, **fields)])


def test_negotiation_talks_collapsed_without_parties_against_talks_continuing():
    (c,) = _talks([_collapse(), _continuing()])
    assert c["outlets"] == ["Moscow", "Red"]
    assert {e["sentence"] for e in c["evidence"]} == {COLLAPSED, CONTINUING}
    assert c["description"].startswith("Red report that the talks involving")


def test_negotiation_not_left_the_table_is_talks_going_on():
    table = "The government has not left the negotiating table."
    (c,) = _talks([_collapse(), _continuing(sentence=table, etype="SANCTION", parties=(GOV,),
                                            mode="withdraw", status="negated")])
    assert c["outlets"] == ["Moscow", "Red"]


def test_negotiation_needs_shared_parties_other_outlets_and_close_reports():
    assert _talks([_collapse(), _continuing(parties=(NOR, actor("RUS")))]) == []
    assert _talks([_collapse(with_talks=False), _continuing()]) == []
    assert _talks([_collapse(outlet="Moscow"), _continuing()]) == []
    assert _talks([_collapse(published="2019-05-20"), _continuing()]) == []


def test_negotiation_ignores_calls_to_continue_and_other_continuations():
    assert _talks([_collapse(), _continuing(sentence="Talks must continue, Norway said.")]) == []
    assert _talks([_collapse(), _continuing(sentence="Protests continued as they met.")]) == []
    assert _talks([_collapse(), _continuing(status="future")]) == []
