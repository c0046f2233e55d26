"""Event coding on the validation splits of the event data stays above its pinned floors."""

from __future__ import annotations

import json

import pytest

from eval.event_data import GSR, PLV, rows, split_of, type_ok
from eval.gate import check, floors


@pytest.mark.slow
def test_events_validation_scores_stay_above_their_floors():
    if not PLV.exists() or not GSR.exists():
        pytest.skip("../shared/data/dev/events not present")
    from eval.events import score

    assert check(score(), floors("events")) == []


def test_event_data_maps_old_labels_and_skips_documentation():
    if not GSR.exists():
        pytest.skip("../shared/data/dev/events not present")
    labels = {r["type"] for r in rows("gsr")}
    assert len(rows("gsr")) == 322
    assert not labels & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "DOCUMENT"}


def test_event_data_split_is_a_quarter_and_fixed_by_the_text():
    texts = [f"Sentence number {i} about talks." for i in range(2000)]
    share = sum(split_of(t) == "validation" for t in texts) / len(texts)
    assert 0.2 < share < 0.3
    spaced = "Police  arrested\ntwelve people."
    assert split_of(spaced) == split_of("Police arrested twelve people.")


def test_event_data_yield_is_either_concede_or_retreat():
    assert type_ok("CONCEDE", "YIELD") and type_ok("RETREAT", "YIELD")
    assert not type_ok("AGREE", "YIELD")
    assert type_ok(None, "NONE") and not type_ok("ACCUSE", "NONE")


def test_voa_gold_has_drawn_sentences_once_each():
    from eval.voa_sample import OUT

    drawn = {json.loads(line)["id"]: json.loads(line)["text"]
             for path in OUT.parent.glob("*.jsonl") if "sample" in path.name
             or "batch" in path.name for line in path.read_text("utf-8").splitlines()}
    voa = rows("voa")
    assert len(voa) >= 800 and len(voa) == len({r["id"] for r in voa})
    assert all(drawn.get(r["id"]) == r["text"] for r in voa)
    assert all(r["type"] == "NONE" or r["status"] in ("asserted", "negated", "future",
                                                       "hypothetical") for r in voa)


def test_events_scorer_reads_cameo_codes_and_igo_people():
    from eval.events import _codes_hit

    annan = {"kind": "person", "country": None, "sector": "IGO"}
    assert _codes_hit([annan], [{"code": "IGO", "sector": "GOV"}]) == (True, False)
    tokyo = {"kind": "country", "country": "JPN", "sector": "GOV"}
    assert _codes_hit([tokyo], [{"code": "JAP", "sector": "GOV"}]) == (True, True)


def test_events_role_words_match_on_a_content_word():
    from eval.events import role_ok

    assert role_ok([{"text": "Iranian Foreign Minister Zarif"}], "Zarif")
    assert not role_ok([{"text": "the government"}], "Zarif")
    assert role_ok([], "") and not role_ok([], "Zarif")


def test_roles_right_counts_only_right_types_and_wrong_named_actors():
    from eval.events import roles_right

    gold = {"type": "ACCUSE", "source": "Russia", "target": "", "other_types": []}
    empty = {"type": "ACCUSE", "source": [{"text": "Russia"}], "target": []}
    wrong = {"type": "ACCUSE", "source": [{"text": "Ukraine"}], "target": [{"text": "EU"}]}
    other_type = {"type": "ASSAULT", "source": [{"text": "Russia"}], "target": []}
    shares = roles_right([(gold, empty), (gold, wrong), (gold, other_type), (gold, None)])
    assert shares == {"source": 0.5, "target": 0.5, "wrong_actor": 0.5, "n": 2}
    assert roles_right([])["n"] == 0
