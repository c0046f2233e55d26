from __future__ import annotations

from storyline.corpus import compute

from .conftest import actor, article, event


def _contradictions(arts):
    return compute(arts)["contradictions"]


def test_contradictions_flag_talks_going_on_against_talks_collapsed():
    gov, opp = actor("VEN.GOV"), actor("VEN.OPP")
    arts = [
        article("a", outlet="teleSUR", events=[event("CONSULT", [gov], [opp],
                                                     "Talks are continuing in Oslo.")]),
        article("b", outlet="Red Revolution", events=[event(
            "CONSULT", [opp], [gov], "The talks collapsed in Norway.", status="negated")]),
    ]
    (c,) = _contradictions(arts)
    assert c["outlets"] == ["Red Revolution", "teleSUR"]
    assert len(c["event_ids"]) == 1
    assert {e["sentence"] for e in c["evidence"]} == {
        "Talks are continuing in Oslo.", "The talks collapsed in Norway."}
    assert "did not happen" in c["description"]


def test_contradictions_flag_incompatible_types_between_the_same_actors():
    opp, usa = actor("VEN.OPP"), actor("USA")
    arts = [article("a", outlet="A", events=[event("AGREE", [opp], [usa], "They agreed.")]),
            article("b", outlet="B", events=[event("REJECT", [opp], [usa], "They refused.")])]
    (c,) = _contradictions(arts)
    assert len(c["event_ids"]) == 2 and c["outlets"] == ["A", "B"]


def test_contradictions_ignore_one_outlet_disagreeing_with_itself():
    opp, usa = actor("VEN.OPP"), actor("USA")
    arts = [article("a", outlet="A", events=[event("AGREE", [opp], [usa]),
                                             event("REJECT", [opp], [usa])])]
    assert _contradictions(arts) == []


def test_contradictions_ignore_compatible_reports_and_different_days():
    opp, usa = actor("VEN.OPP"), actor("USA")
    arts = [article("a", outlet="A", events=[event("AGREE", [opp], [usa], date="2019-05-01")]),
            article("b", outlet="B", events=[event("REJECT", [opp], [usa], date="2019-06-01"),
                                             event("SUPPORT", [usa], [opp])]),
            article("c", outlet="C", events=[event("SUPPORT", [usa], [opp])])]
    assert _contradictions(arts) == []
