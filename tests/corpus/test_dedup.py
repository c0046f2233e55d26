from __future__ import annotations

import pytest

from storyline.corpus import dedup, registry
from storyline.corpus.evidence import Rarity
from storyline.corpus.merge_settings import MergeSettings
from storyline.errors import OptionError

from .conftest import WIRE, actor, article, event


def _alike(a: str, b: str) -> float:
    """The similarity the merge applies, in a corpus that never holds the sentences' words
    elsewhere (every word weighs alike)."""
    return dedup.similarity(a, b, rarity=Rarity())


#: The merge settings the corpus uses by default.
MERGE = MergeSettings()


def _events(arts, merge=MERGE):
    dups = dedup.duplicates(arts)
    return dedup.cluster_events(arts, registry.build(arts, dups), dups, merge=merge)


def test_duplicates_marks_a_repost_of_a_wire_story_as_copy_of_the_earlier(support_corpus):
    assert dedup.duplicates(support_corpus) == {"k9": "k2"}


def test_duplicates_takes_the_earliest_article_as_original_whatever_the_order():
    late = article("a", published="2019-05-09", body=WIRE + " Reposted.")
    early = article("z", published="2019-05-01", body=WIRE)
    assert dedup.duplicates([late, early]) == {"a": "z"}
    assert dedup.duplicates([early, late]) == {"a": "z"}


def test_duplicates_keeps_apart_articles_sharing_only_some_sentences():
    first_half = " ".join(WIRE.split()[:30])
    other = first_half + " " + " ".join(f"different{i} words{i} here{i}" for i in range(20))
    assert dedup.duplicates([article("a", body=WIRE), article("b", body=other)]) == {}


def test_duplicates_treats_identical_short_bodies_as_copies_only():
    arts = [article("a", body="Talks resumed."), article("b", body="Talks resumed."),
            article("c", body="Talks collapsed.")]
    assert dedup.duplicates(arts) == {"b": "a"}


def test_cluster_events_one_support_event_reported_by_four_outlets(support_corpus):
    (ev,) = _events(support_corpus)
    assert ev["type"] == "SUPPORT"
    assert ev["source"] == ["RUS"] and ev["target"] == ["nicolas_maduro"]
    assert ev["source_names"] == ["Russia"] and ev["target_names"] == ["Nicolás Maduro"]
    assert (ev["num_mentions"], ev["num_articles"], ev["num_outlets"]) == (4, 4, 4)
    assert (ev["first_report"], ev["last_report"]) == ("2019-05-05", "2019-05-07")
    assert ev["date"] == "2019-05-05"
    assert {m["outlet"] for m in ev["mentions"]} == {"RT", "DW", "Reuters", "teleSUR"}


def test_cluster_events_does_not_count_the_repost_again(support_corpus):
    (ev,) = _events(support_corpus)
    assert "k9" not in {m["article_key"] for m in ev["mentions"]}


def test_cluster_events_splits_the_same_relation_on_different_days():
    rus, mad = actor("RUS"), actor("maduro")
    arts = [article("a", events=[event("SUPPORT", [rus], [mad], date="2019-01-24")]),
            article("b", events=[event("SUPPORT", [rus], [mad], date="2019-05-05")]),
            article("c", events=[event("SUPPORT", [rus], [mad], date="2019-05",
                                       precision="month")])]
    evs = sorted(_events(arts), key=lambda e: e["date"])
    assert [(e["date"], e["num_mentions"]) for e in evs] == [("2019-01-24", 1), ("2019-05-05", 2)]


def test_cluster_events_undated_mention_joins_latest_event_before_its_report():
    rus, mad = actor("RUS"), actor("maduro")
    arts = [article("a", events=[event("SUPPORT", [rus], [mad], date="2019-01-24")]),
            article("b", events=[event("SUPPORT", [rus], [mad], date="2019-05-05")]),
            article("c", published="2019-05-06", events=[event("SUPPORT", [rus], [mad])])]
    by_date = {e["date"]: e for e in _events(arts)}
    assert [m["article_key"] for m in by_date["2019-05-05"]["mentions"]] == ["b", "c"]


def test_cluster_events_keeps_direction_and_type_apart():
    rus, usa = actor("RUS"), actor("USA")
    arts = [article("a", events=[event("ACCUSE", [rus], [usa])]),
            article("b", events=[event("ACCUSE", [usa], [rus])]),
            article("c", events=[event("SANCTION", [usa], [rus])])]
    assert len(_events(arts)) == 3


def test_cluster_events_symmetric_meetings_ignore_who_is_named_first():
    gov, opp = actor("VEN.GOV"), actor("VEN.OPP")
    arts = [article("a", outlet="A", events=[event("CONSULT", [gov], [opp])]),
            article("b", outlet="B", events=[event("CONSULT", [opp], [gov])])]
    (ev,) = _events(arts)
    assert ev["num_outlets"] == 2


def test_cluster_events_resolves_spelling_variants_before_keying():
    rus = actor("RUS")
    g1 = actor("guaido")
    g2 = actor("juan_guiado", name="Juan Guiado", kind="person", country="VEN")
    arts = [article("a", outlet="A", actors=[rus, g1], events=[event("SUPPORT", [rus], [g1])]),
            article("b", outlet="B", actors=[rus, g2], events=[event("SUPPORT", [rus], [g2])])]
    (ev,) = _events(arts)
    assert ev["target"] == ["juan_guaido"] and ev["num_articles"] == 2


def test_cluster_events_event_ids_are_stable_and_unique(support_corpus):
    rus, usa = actor("RUS"), actor("USA")
    extra = article("x", events=[event("ACCUSE", [rus], [usa]), event("ACCUSE", [], [])])
    first = _events([*support_corpus, extra])
    again = _events(list(reversed([*support_corpus, extra])))
    assert [e["event_id"] for e in first] == [e["event_id"] for e in again]
    assert len({e["event_id"] for e in first}) == len(first) == 3


def test_compatible_dates_compares_at_the_coarser_precision():
    assert dedup.compatible_dates("2019-05-05", "day", "2019-01-01", "year")
    assert not dedup.compatible_dates("2019-05-05", "day", "2019-04-01", "month")


def test_cluster_events_splits_a_list_of_backers_into_one_report_each():
    rus, chn, cub, mad = actor("RUS"), actor("CHN", name="China", kind="country"), actor(
        "CUB"), actor("maduro")
    arts = [article("a", outlet="A", events=[event("SUPPORT", [rus, chn, cub], [mad])]),
            article("b", outlet="B", events=[event("SUPPORT", [rus], [mad])])]
    by_source = {tuple(e["source"]): e for e in _events(arts)}
    assert sorted(by_source) == [("CHN",), ("CUB",), ("RUS",)]
    assert by_source[("RUS",)]["num_articles"] == 2
    assert by_source[("CHN",)]["target"] == ["nicolas_maduro"]


def test_cluster_events_pairs_the_parties_of_a_one_sided_meeting():
    rus, chn, usa = actor("RUS"), actor("CHN", name="China", kind="country"), actor("USA")
    arts = [article("a", outlet="A", events=[event("CONSULT", [rus, chn], [])]),
            article("b", outlet="B", events=[event("CONSULT", [chn], [rus]),
                                             event("ACCUSE", [rus, usa], [])])]
    rows = {(e["type"], tuple(e["source"]), tuple(e["target"])): e["num_outlets"]
            for e in _events(arts)}
    assert rows == {("CONSULT", ("CHN",), ("RUS",)): 2, ("ACCUSE", ("RUS",), ()): 1,
                    ("ACCUSE", ("USA",), ()): 1}


def test_cluster_events_a_government_acts_as_its_country():
    rus, mad = actor("RUS"), actor("maduro")
    moscow = actor("RUS.GOV", text="Moscow", name="Russian government", kind="org",
                   country="RUS", sector="GOV")
    arts = [article("a", actors=[rus, mad], events=[event("SUPPORT", [rus], [mad])]),
            article("b", actors=[moscow, mad], events=[event("SUPPORT", [moscow], [mad])])]
    (ev,) = _events(arts)
    assert ev["source"] == ["RUS"] and ev["num_articles"] == 2


def test_cluster_events_a_government_alone_stays_itself():
    moscow = actor("RUS.GOV", text="Moscow", name="Russian government", kind="org",
                   country="RUS", sector="GOV")
    mad = actor("maduro")
    (ev,) = _events([article("b", actors=[moscow, mad],
                             events=[event("SUPPORT", [moscow], [mad])])])
    assert ev["source"] == ["RUS.GOV"]


def test_cluster_events_never_joins_articles_of_other_threads_far_apart():
    rus, mad = actor("RUS"), actor("maduro")
    said = "Russia backs Maduro against the opposition."
    arts = [article(k, published=day, events=[event("SUPPORT", [rus], [mad], said, "2019-05-01")])
            for k, day in (("a", "2019-05-01"), ("b", "2019-05-12"))]
    dups = dedup.duplicates(arts)
    reg = registry.build(arts, dups)
    apart = dedup.cluster_events(arts, reg, dups, thread_of={"a": "t1", "b": "t2"})
    together = dedup.cluster_events(arts, reg, dups, thread_of={"a": "t1", "b": "t1"})
    assert [e["num_articles"] for e in apart] == [1, 1]
    assert [e["num_articles"] for e in together] == [2]


def test_cluster_events_a_one_sided_report_needs_more_shared_words():
    merge = MergeSettings(same_key_similarity=0.1, one_sided_similarity=0.25)
    rebels, army = actor("rebels"), actor("army")
    told = ("Rebels ambushed a bus near Kalat on the highway and killed 18 paramilitary "
            "soldiers.", "Five policemen were also killed in the attack.")
    assert merge.same_key_similarity <= _alike(*told) < merge.one_sided_similarity

    def reports(target):
        return [article(k, published=day, events=[event("ASSAULT", [rebels], target, said)])
                for k, day, said in (("a", "2019-05-01", told[0]), ("b", "2019-05-02", told[1]))]

    assert [e["num_articles"] for e in _events(reports([]), merge)] == [1, 1]
    assert [e["num_articles"] for e in _events(reports([army]), merge)] == [2]


def test_cluster_events_a_state_body_and_its_country_named_by_another_outlet_are_one_act():
    dhs = actor("dhs", "DHS", name="Homeland Security", kind="org", country="USA",
                sector="GOV")
    rebels = actor("pak_reb", "BLA", name="Pakistani rebels", kind="group", country="PAK",
                   sector="REB")
    said = ("Homeland Security dismissed the allegations in the lawsuits over the naval base "
            "at Guantanamo Bay.")
    retold = ("The United States dismissed the allegations in the lawsuits over the naval base "
              "at Guantanamo Bay.")

    def reports(first, second):
        return [article("a", published="2025-03-12", actors=[first],
                        events=[event("REJECT", [first], [], said)]),
                article("b", published="2025-03-13", actors=[second],
                        events=[event("REJECT", [second], [], retold)])]

    assert _alike(said, retold) >= MERGE.same_type_similarity
    assert [e["num_articles"] for e in _events(reports(dhs, actor("USA")))] == [2]
    # Rebels are not their country's state: "Pakistan rejected" is not their act.
    assert [e["num_articles"] for e in _events(reports(rebels, actor("PAK", name="Pakistan",
                                                                     kind="country",
                                                                     country="PAK")))] == [1, 1]


def test_cluster_events_an_article_telling_one_relation_twice_in_unlike_words_tells_two_acts():
    rubio, ukr = actor("rubio", "Rubio"), actor("UKR", name="Ukraine", kind="country",
                                                  country="UKR")
    talks = "Rubio led eight hours of talks with Ukrainian officials in Jeddah."
    credit = "He also credited Britain and France for a constructive role."
    arts = [article("a", published="2025-03-10", events=[
                event("CONSULT", [rubio], [ukr], talks, start=0),
                event("CONSULT", [rubio], [ukr], credit, start=100)]),
            article("b", published="2025-03-12", events=[
                event("CONSULT", [rubio], [ukr], "Rubio led talks with Ukrainian officials "
                                                 "in Jeddah for eight hours.")])]
    assert _alike(talks, credit) < MERGE.same_key_similarity
    told = sorted(sorted(m["sentence"] for m in e["mentions"]) for e in _events(arts))
    assert told == [[credit], sorted([talks, arts[1]["events"][0]["sentence"]])]


def test_cluster_events_reports_of_two_threads_close_in_time_need_like_words():
    merge = MergeSettings(same_type_similarity=0.6)
    rus, mad = actor("RUS"), actor("maduro")
    said = "Russia backs Maduro against the opposition in Caracas."

    def joined(other: str) -> list[int]:
        arts = [article(k, published=day, events=[event("SUPPORT", [rus], [mad], text)])
                for k, day, text in (("a", "2019-05-01", said), ("b", "2019-05-03", other))]
        dups = dedup.duplicates(arts)
        return [e["num_articles"] for e in dedup.cluster_events(
            arts, registry.build(arts, dups), dups, thread_of={"a": "t1", "b": "t2"},
            merge=merge)]

    loosely = "Moscow said it stands by Maduro."
    assert merge.same_key_similarity <= _alike(said, "Russia stands by Maduro.") \
        < merge.same_type_similarity
    assert joined("Russia stands by Maduro.") == [1, 1]
    assert joined(loosely) == [1, 1]
    assert joined("Russia backs Maduro against the opposition in Caracas, Moscow said.") == [2]


def test_cluster_events_reports_alike_only_in_the_words_of_their_key_are_two_acts():
    rebels, army = actor("rebels", "BLA"), actor("army", "the army")
    first = "The BLA attacked the army near Kalat, killing 18 soldiers on a bus."
    told = {"other": "The BLA attacked the army in Quetta on Sunday.",
            "same": "Near Kalat the BLA attacked a bus and killed 18 soldiers."}

    def joined(second: str) -> list[int]:
        return [e["num_articles"] for e in _events([
            article(k, published=day, events=[event("ASSAULT", [rebels], [army], said,
                                                    trigger="attacked")])
            for k, day, said in (("a", "2019-05-01", first), ("b", "2019-05-02", second))])]

    assert _alike(first, told["other"]) >= MERGE.same_key_similarity
    assert joined(told["other"]) == [1, 1]
    assert joined(told["same"]) == [2]


def test_cluster_events_a_retelling_sharing_rare_words_is_one_act_common_words_are_not():
    """VOA validation threads: "Four Frontier Corps personnel were also killed" and "Five
    Frontier Corps personnel were also killed in the attack" are one act; the words they
    share count for as rare as they are in the corpus."""
    rebels, army = actor("rebels", "BLA"), actor("army", "the army")
    told = ("Four Frontier Corps personnel were also killed, including one during the "
            "clearance operation.",
            "Five Frontier Corps personnel were also killed in the attack and the ensuing "
            "battle with militants.")
    others = ("Militants killed soldiers in an attack, officials said.",
              "The attack killed personnel and police, officials said.",
              "Soldiers were killed in the battle, the army said.")

    def joined(filler: str) -> list[int]:
        arts = [article(k, published=day, body=said, events=[
                    event("ASSAULT", [rebels], [army], said, trigger="killed")])
                for k, day, said in (("a", "2025-03-13", told[0]), ("b", "2025-03-14", told[1]))]
        arts += [article(f"o{i}", published="2025-03-13", body=f"{text}{filler} Story {i}.")
                 for i, text in enumerate(others * 3)]
        return [e["num_articles"] for e in _events(arts)]

    assert joined("") == [2]
    assert joined(" The Frontier Corps said.") == [1, 1]  # a name every story gives


def test_cluster_events_a_retelling_of_one_day_and_place_is_one_act_in_any_words():
    rebels, people = actor("rebels", "BLA"), actor("people", "passengers")
    attacked = "Militants attacked a passenger train in Quetta on Tuesday."
    retold = "The militants blew up tracks near Quetta and stormed the carriages."

    def told(day: str, place: str, other: str = retold, etype: str = "ASSAULT",
             merge: MergeSettings = MERGE) -> list[int]:
        arts = [article("a", published="2025-03-12", events=[
                    event("ASSAULT", [rebels], [people], attacked, date="2025-03-11",
                          location={"name": place, "country": None}, quad=4)]),
                article("b", published="2025-03-13", events=[
                    event(etype, [rebels], [people], other, date=day, quad=4)])]
        return sorted(e["num_articles"] for e in _events(arts, merge))

    assert _alike(attacked, retold) < MERGE.same_type_similarity
    assert told("2025-03-11", "Quetta") == [2]
    assert told("2025-03-12", "Quetta") == [1, 1]  # another day
    # A country is named all over a story: it does not tell its acts apart.
    assert told("2025-03-11", "Pakistan", "The militants blew up tracks in Pakistan.") == [1, 1]
    assert told("2025-03-11", "Quetta", etype="COERCE") == [2]  # one quad class
    one_type = MergeSettings(same_day_place="type")
    assert told("2025-03-11", "Quetta", etype="COERCE", merge=one_type) == [1, 1]
    assert told("2025-03-11", "Quetta", merge=MergeSettings(same_day_place="off")) == [1, 1]


def test_merge_settings_are_frozen_and_name_a_bad_linkage():
    with pytest.raises(AttributeError):
        MERGE.same_key_similarity = 0.1  # type: ignore[misc]
    with pytest.raises(OptionError, match="same_key_link"):
        MergeSettings(same_key_link="some")
    with pytest.raises(OptionError, match="same_day_place"):
        MergeSettings(same_day_place="week")


def test_cluster_events_reports_agreeing_on_the_mode_are_one_act_in_fewer_shared_words():
    """VOA training threads: "have filed multiple lawsuits against the U.S. government" and
    "The suits allege that the U.S. government has overstepped" are one act (ACCUSE
    ``allege``) sharing few words; of one type but no mode, they stay apart."""
    groups, usa = actor("groups", "rights groups"), actor("USA", "the U.S. government")
    filed = "Rights groups have filed lawsuits against the U.S. government over the base."
    alleged = "The suits allege that the U.S. government overstepped at the base."

    def told(mode: str | None, merge: MergeSettings = MERGE) -> list[int]:
        arts = [article("a", published="2025-03-12", events=[
                    event("ACCUSE", [groups], [usa], filed, quad=3, mode="allege")]),
                article("b", published="2025-03-13", events=[
                    event("ACCUSE", [], [usa], alleged, quad=3, mode=mode)])]
        return sorted(e["num_articles"] for e in _events(arts, merge))

    assert MERGE.same_detail_similarity <= _alike(filed, alleged) < MERGE.same_type_similarity
    assert told("allege") == [2]
    assert told(None) == [1, 1]
    assert told("investigate") == [1, 1]
    assert told("allege", MergeSettings(same_detail_similarity=0.5)) == [1, 1]


def test_cluster_events_reports_giving_one_figure_are_one_act_in_fewer_shared_words():
    """VOA training threads: "Ukraine had agreed to a 30-day ceasefire" and "Ukraine said it
    is ready to accept a U.S. proposal for an immediate, interim 30-day ceasefire" are one
    act; another figure ("45-day") or none leaves them apart."""
    ukraine, usa = actor("UKR", "Ukraine"), actor("USA", "the U.S.")
    agreed = "Lawmakers welcomed the news that Ukraine had agreed to a 30-day ceasefire."

    def ready(figure: str) -> str:
        return f"In Jeddah, Ukraine said it is ready to accept a {figure} pause in fighting."

    def told(figure: str) -> list[int]:
        arts = [article("a", published="2025-03-12", events=[
                    event("AGREE", [ukraine], [], agreed, quad=1)]),
                article("b", published="2025-03-13", events=[
                    event("AGREE", [ukraine], [usa], ready(figure), quad=1)])]
        return sorted(e["num_articles"] for e in _events(arts))

    assert MERGE.same_detail_similarity <= _alike(agreed, ready("30-day")) \
        < MERGE.same_type_similarity
    assert told("30-day") == [2]
    assert told("45-day") == [1, 1]
    assert told("month-long") == [1, 1]
