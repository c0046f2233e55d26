from __future__ import annotations

import json
import random

from storyline.corpus import VIEWS, compute

from .conftest import actor, article, event


def test_compute_returns_every_view(support_corpus):
    views = compute(support_corpus)
    assert tuple(views) == VIEWS
    assert all(isinstance(rows, list) for rows in views.values())


def test_compute_is_deterministic_whatever_the_input_order(support_corpus):
    arts = [*support_corpus, article("z", events=[event("ACCUSE", [actor("USA")],
                                                        [actor("maduro")])])]
    shuffled = list(arts)
    random.Random(7).shuffle(shuffled)
    assert json.dumps(compute(arts), sort_keys=True) == json.dumps(compute(shuffled),
                                                                   sort_keys=True)


def test_compute_articles_carry_duplicate_of_and_keys(support_corpus):
    rows = {a["article_key"]: a for a in compute(support_corpus)["articles"]}
    assert rows["k9"]["duplicate_of"] == "k2"
    assert rows["k0"]["duplicate_of"] is None
    assert rows["k0"]["content_hash"] == "k0" and rows["k0"]["body"]


def test_compute_does_not_change_its_input(support_corpus):
    before = json.dumps(support_corpus, sort_keys=True)
    compute(support_corpus)
    assert json.dumps(support_corpus, sort_keys=True) == before


def test_compute_outlet_falls_back_to_a_domain_in_the_source_name_else_unknown():
    arts = [article("a", outlet=None, source="/in/www.telesurenglish.net_talks.html"),
            article("b", outlet=None, source="notes.txt"), article("c", outlet=None, source="")]
    views = compute(arts)
    assert [a["outlet"] for a in views["articles"]] == [
        "telesurenglish.net", "unknown", "unknown"]
    assert {c["outlet"] for c in views["comparison"]} == {"telesurenglish.net", "unknown"}


def test_compute_quotes_view_resolves_speakers(support_corpus):
    from .conftest import quote

    arts = [article("q", outlet="DW", actors=[actor("guaido")],
                    quotes=[quote(actor("guaido"), "We are not giving up", start=5),
                            quote(None, "Unattributed words")])]
    rows = compute(arts)["quotes"]
    assert [(q["speaker_id"], q["speaker_name"], q["outlet"]) for q in rows] == [
        (None, None, "DW"), ("juan_guaido", "Juan Guaidó", "DW")]


def test_compute_views_are_all_known_to_the_store(support_corpus):
    from storyline import store

    assert set(compute(support_corpus)) <= set(store.REGISTRY)


def test_compute_keeps_weak_events_flagged_and_builds_no_view_on_them():
    russia, maduro, usa, guaido = (actor(k) for k in ("RUS", "maduro", "USA", "guaido"))
    strong = event("SUPPORT", [russia], [maduro], "Russia backed Maduro.", confidence=0.9)
    weak = event("SUPPORT", [usa], [guaido], "The US backed Guaido.", start=30,
                 confidence=0.2)
    arts = [article("k1", actors=[russia, maduro, usa, guaido], events=[strong, weak])]
    views = compute(arts, min_confidence=0.5)
    by_shown = {e["shown"]: e for e in views["events"]}
    assert by_shown[True]["confidence"] == 0.9 and by_shown[False]["confidence"] == 0.2
    hidden_id = by_shown[False]["event_id"]
    assert hidden_id not in {t["event_id"] for t in views["timeline"]}
    assert {(r["a"], r["b"]) for r in views["alliances"]} == {("RUS", "nicolas_maduro")}
    assert len(compute(arts)["timeline"]) == 2  # no cut by default in the library


def test_compute_shows_a_weak_event_two_outlets_tell_with_the_reason():
    russia, maduro = actor("RUS"), actor("maduro")
    told = [article(key, outlet=outlet, actors=[russia, maduro],
                    events=[event("SUPPORT", [russia], [maduro], "Russia backed Maduro.",
                                  confidence=0.6)])
            for key, outlet in (("k1", "DW"), ("k2", "RT"))]
    views = compute(told, min_confidence=0.75)
    [row] = views["events"]
    assert (row["shown"], row["shown_reason"]) == (True, "told by 2 outlets")
    assert [t["shown_reason"] for t in views["timeline"]] == ["told by 2 outlets"]
    alone = compute(told[:1], min_confidence=0.75)
    assert [(e["shown"], e["shown_reason"]) for e in alone["events"]] == [(False, None)]
    assert alone["timeline"] == []


def test_a_corpus_merges_its_events_again_under_other_merge_settings(support_corpus):
    from storyline.corpus import Corpus
    from storyline.corpus.merge_settings import MergeSettings

    corpus = Corpus(support_corpus, min_confidence=0.5)
    assert corpus.merge == MergeSettings()
    assert [e["num_articles"] for e in corpus.events] == [4]
    alliances = corpus.alliances
    strict = MergeSettings(same_key_similarity=1.01, one_sided_similarity=1.01,
                           same_type_similarity=1.01, same_day_place="off")
    corpus.recluster(strict)
    assert corpus.merge is strict and "alliances" not in corpus.__dict__
    assert [e["num_articles"] for e in corpus.events] == [1, 1, 1, 1]
    assert corpus.alliances is not alliances
    assert [e["num_articles"] for e in Corpus(support_corpus, merge=strict).events] \
        == [1, 1, 1, 1]
