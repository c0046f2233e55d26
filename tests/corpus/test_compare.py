from __future__ import annotations

from storyline.corpus import compute

from .conftest import actor, article, event, quote


def _corpus():
    rus, usa, mad = actor("RUS"), actor("USA"), actor("maduro")
    shared = event("SUPPORT", [rus], [mad], "Russia backs Maduro.")
    return [
        article("a", outlet="RT", actors=[actor("maduro", labels=("President",))],
                events=[shared, event("ACCUSE", [usa], [mad], "US accuses Maduro.")],
                quotes=[quote(mad, "We will win"), quote(mad, "Never"), quote(rus, "Hands off")]),
        article("b", outlet="DW", actors=[actor("maduro", labels=("socialist leader",))],
                events=[shared], quotes=[quote(usa, "All options")]),
        article("c", outlet="VOA", events=[shared, event("SANCTION", [usa], [mad],
                                                         "US sanctions Maduro.")]),
        article("d", outlet="Yahoo"),
    ]


def _by_outlet(arts):
    return {r["outlet"]: r for r in compute(arts)["comparison"]}


def test_compare_has_one_row_per_outlet_with_article_counts():
    rows = _by_outlet(_corpus())
    assert sorted(rows) == ["DW", "RT", "VOA", "Yahoo"]
    assert all(r["n_articles"] == 1 for r in rows.values())


def test_compare_lists_the_labels_each_outlet_gives():
    rows = _by_outlet(_corpus())
    assert [(x["actor_id"], x["label"]) for x in rows["RT"]["labels"]] == [
        ("nicolas_maduro", "President")]
    assert [x["label"] for x in rows["DW"]["labels"]] == ["socialist leader"]


def test_compare_counts_whom_each_outlet_quotes():
    rows = _by_outlet(_corpus())
    assert [(q["speaker_id"], q["count"]) for q in rows["RT"]["quoted"]] == [
        ("nicolas_maduro", 2), ("RUS", 1)]
    assert [q["name"] for q in rows["DW"]["quoted"]] == ["United States"]


def test_compare_exclusive_and_omitted_events():
    views = compute(_corpus())
    ids = {e["type"]: e["event_id"] for e in views["events"]}
    rows = {r["outlet"]: r for r in views["comparison"]}
    assert rows["RT"]["exclusive_events"] == [ids["ACCUSE"]]
    assert rows["VOA"]["exclusive_events"] == [ids["SANCTION"]]
    assert rows["Yahoo"]["omitted_events"] == [ids["SUPPORT"]]
    assert rows["RT"]["omitted_events"] == []


def test_compare_tone_counts_cooperative_and_conflictual_per_actor():
    rows = _by_outlet(_corpus())
    tone = {t["actor_id"]: (t["cooperative"], t["conflictual"]) for t in rows["VOA"]["tone"]}
    assert tone == {"nicolas_maduro": (1, 1), "RUS": (1, 0), "USA": (0, 1)}


def test_compare_a_repost_counts_as_reporting_the_original_events(support_corpus):
    rows = _by_outlet(support_corpus)
    assert rows["Yahoo"]["omitted_events"] == []
    assert rows["Yahoo"]["n_articles"] == 1
