from __future__ import annotations

from storyline.corpus import compute

from .conftest import actor, article, event

GOING_ON = "Talks between the government and the opposition are going on in Oslo."
NOT_GOING_ON = "Talks between the government and the opposition are not going on in Oslo."


def _contradictions(arts):
    return compute(arts)["contradictions"]


def test_contradictions_flag_talks_going_on_against_talks_collapsed():
    gov, opp = actor("VEN.GOV"), actor("VEN.OPP")
    arts = [
        article("a", outlet="teleSUR", events=[event("CONSULT", [gov], [opp], GOING_ON)]),
        article("b", outlet="Red Revolution", events=[event(
            "CONSULT", [opp], [gov], NOT_GOING_ON, status="negated")]),
    ]
    (c,) = _contradictions(arts)
    assert c["outlets"] == ["Red Revolution", "teleSUR"]
    assert len(c["event_ids"]) == 1
    assert {e["sentence"] for e in c["evidence"]} == {GOING_ON, NOT_GOING_ON}
    assert "did not happen" in c["description"]


def test_contradictions_flag_incompatible_types_between_the_same_actors():
    opp, usa = actor("VEN.OPP"), actor("USA")
    arts = [article("a", outlet="A", events=[event(
                "AGREE", [opp], [usa], "The opposition agreed to the US plan for elections.")]),
            article("b", outlet="B", events=[event(
                "REJECT", [opp], [usa], "The opposition refused the US plan for elections.")])]
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


def test_contradictions_flag_different_death_tolls_of_one_event():
    police, crowd = actor("VEN.COP", name="police", kind="org", country="VEN", sector="COP"), \
        actor("VEN.CVL", name="protesters", kind="group", country="VEN", sector="CVL")
    arts = [article("a", outlet="A", published="2019-01-28", events=[event(
                "ASSAULT", [police], [crowd], "Police killed 20 people in Caracas.")]),
            article("b", outlet="B", published="2019-01-28", events=[event(
                "ASSAULT", [police], [crowd], "Police killed 35 people in Caracas.")])]
    (c,) = _contradictions(arts)
    assert "different figures" in c["description"] and "20 people" in c["description"]
    assert [e["outlet"] for e in c["evidence"]] == ["A", "B"]


def test_contradictions_a_toll_growing_in_later_reports_is_an_update_a_shrinking_one_is_not():
    army = actor("PAK.MIL", name="Pakistani military", kind="org", country="PAK", sector="MIL")

    def told(first: str, then: str):
        return _contradictions([
            article("a", outlet="A", published="2025-03-12", events=[event(
                "ASSAULT", [army], [], f"The military said it killed {first} militants.")]),
            article("b", outlet="B", published="2025-03-13", events=[event(
                "ASSAULT", [army], [], f"The military said it killed {then} militants.")])])

    assert told("30", "33") == []
    (c,) = told("33", "30")
    assert "different figures" in c["description"]


def test_contradictions_bounds_are_not_different_figures():
    police = actor("VEN.COP", name="police", kind="org", country="VEN", sector="COP")
    arts = [article("a", outlet="A", events=[event("ASSAULT", [police], [],
                                                   "At least 20 people were killed.")]),
            article("b", outlet="B", events=[event("ASSAULT", [police], [],
                                                   "Police killed 35 people.")])]
    assert _contradictions(arts) == []


def test_contradictions_flag_one_meeting_given_two_days():
    rus, usa = actor("RUS"), actor("USA")
    arts = [article("a", outlet="A", published="2019-05-07", events=[event(
                "CONSULT", [rus], [usa], "Lavrov met Pompeo in Finland on Monday.",
                date="2019-05-06")]),
            article("b", outlet="B", published="2019-05-07", events=[event(
                "CONSULT", [usa], [rus], "Lavrov met Pompeo in Finland on Sunday.",
                date="2019-05-05")])]
    (c,) = _contradictions(arts)
    assert "2019-05-05" in c["description"] and "2019-05-06" in c["description"]


def test_contradictions_need_the_same_act_told_in_alike_words():
    china = actor("CHN", name="China", kind="country", country="CHN")
    arts = [article("a", outlet="A", events=[event(
                "REJECT", [china], [], "Both Pakistan and China reject the claims.")]),
            article("b", outlet="B", events=[event(
                "AGREE", [china], [], "China insists it is committed to peace.")])]
    assert _contradictions(arts) == []


def test_contradictions_never_pair_stories_far_apart_in_time():
    gov, opp = actor("VEN.GOV"), actor("VEN.OPP")
    arts = [article("a", outlet="A", published="2019-07-25",
                    events=[event("CONSULT", [gov], [opp], "Talks are continuing.")]),
            article("b", outlet="B", published="2019-08-12",
                    events=[event("REJECT", [gov], [opp], "The government refused the talks.")])]
    assert _contradictions(arts) == []


def test_contradictions_flag_one_event_placed_in_two_countries():
    police = actor("VEN.COP", name="police", kind="org", country="VEN", sector="COP")
    said = "Police fired tear gas at protesters near the border crossing."
    arts = [article(k, outlet=k.upper(), events=[event(
                "ASSAULT", [police], [], said, location={"name": name, "country": country})])
            for k, name, country in (("a", "Cúcuta", "COL"), ("b", "Ureña", "VEN"))]
    (c,) = _contradictions(arts)
    assert "different places" in c["description"] and c["outlets"] == ["A", "B"]


def test_contradictions_never_between_events_of_other_stories():
    opp, usa = actor("VEN.OPP"), actor("USA")
    arts = [article("a", outlet="A", published="2019-05-01", title="Elections plan agreed",
                    body="The opposition and Washington agreed on a plan for elections.",
                    events=[event("AGREE", [opp], [usa],
                                  "The opposition agreed to the US plan for elections.",
                                  "2019-05-01")]),
            article("b", outlet="B", published="2019-05-10", title="Oil sanctions widen",
                    body="Washington widened oil sanctions on state companies.",
                    events=[event("REJECT", [opp], [usa],
                                  "The opposition refused the US plan for elections.",
                                  "2019-05-01")])]
    assert _contradictions(arts) == []
    arts[1]["published"] = "2019-05-03"  # the same act told two ways, two days apart
    assert len(_contradictions(arts)) == 1
