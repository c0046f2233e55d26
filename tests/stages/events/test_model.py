"""The learned decisions of the events stage (stages/events/model.py)."""

from __future__ import annotations

import json
from importlib import resources as pkg

import pytest

from storyline import resources
from storyline.analyze import analyze_text
from storyline.stages.events import model as event_model


def parse(text: str):
    return next(resources.nlp()(text).sents)


def test_event_model_path_reads_up_then_down_with_the_preposition():
    sent = parse("Maduro was criticised by the United States.")
    verb = next(t for t in sent if t.lemma_ == "criticise")
    by_agent = next(t for t in sent if t.text == "States")
    assert event_model.path_between(verb, by_agent) == "vagent:by|vpobj"
    subject = next(t for t in sent if t.text == "Maduro")
    assert event_model.path_between(verb, subject) == "vnsubjpass"
    assert event_model.path_between(subject, by_agent) == "^nsubjpass|vagent:by|vpobj"


def test_event_model_candidates_are_phrase_heads_not_dates_or_trigger():
    sent = parse("Police arrested twelve protesters in Caracas on Monday.")
    trigger = {t.i for t in sent if t.text == "arrested"}
    words = [t.text for t in event_model.candidates(sent, trigger)]
    assert "Police" in words and "protesters" in words and "Caracas" in words
    assert "arrested" not in words and "Monday" not in words


def test_event_model_calibration_map_is_monotone_and_clipped():
    table = {"x": [0.1, 0.5, 0.9], "y": [0.05, 0.4, 0.95]}
    values = [event_model.calibrate(x / 10, table) for x in range(11)]
    assert values == sorted(values)
    assert values[0] == 0.05 and values[-1] == 0.95


def test_event_model_shipped_file_is_small_and_complete():
    text = pkg.files("storyline").joinpath("data/event_model.json").read_text("utf-8")
    assert len(text) < 3_000_000
    model = json.loads(text)
    assert model["roles"]["classes"] == ["none", "source", "target"]
    assert {"intercept", "weights", "calibration"} <= set(model["events"])


def test_event_model_ranker_reads_subject_as_source_and_object_as_target():
    sent = parse("Soldiers detained three journalists near the border.")
    verb = next(t for t in sent if t.text == "detained")
    probs = {}
    for cand in event_model.candidates(sent, {verb.i}):
        feats = event_model.role_features(verb, cand, "COERCE", "event", None, set(), set(),
                                          None)
        probs[cand.text] = event_model.role_probs(feats)
    assert all(sum(p.values()) == pytest.approx(1.0) for p in probs.values())
    assert max(probs, key=lambda w: probs[w]["source"]) == "Soldiers"
    assert max(probs, key=lambda w: probs[w]["target"]) == "journalists"


def test_event_model_a_statistic_is_less_sure_than_an_act():
    act = analyze_text("Russian troops shelled the city of Kharkiv on Monday.",
                       published="2022-03-01")["events"]
    figure = analyze_text("The number of attacks declined by ten percent last year.",
                          published="2022-03-01")["events"]
    assert act and act[0]["type"] == "ASSAULT"
    assert max((e["confidence"] for e in figure), default=0.0) < act[0]["confidence"]


def test_event_model_confidence_is_a_probability_on_every_event():
    out = analyze_text("The EU imposed sanctions on Belarus after Minsk arrested activists.",
                       published="2021-06-01")
    assert out["events"]
    assert all(0.0 <= e["confidence"] <= 1.0 for e in out["events"])


def test_linear_sums_each_class_in_the_features_order_as_one_by_one_adds():
    import random

    linear = event_model.linear
    rng = random.Random(7)
    weights = {f"f{i}": [rng.uniform(-3, 3) for _ in range(3)] for i in range(40)}
    feats = [f"f{rng.randrange(60)}" for _ in range(30)]  # a third unknown, some twice
    expected = [0.0, 0.0, 0.0]
    for f in feats:
        for k, w in enumerate(weights.get(f, [])):
            expected[k] += w
    assert linear(weights, feats, 3) == expected  # the same floats, not only close
    single = {f: w[0] for f, w in weights.items()}
    alone = 0.0
    for f in feats:
        alone += single.get(f, 0.0)
    assert linear(single, feats, 1) == [alone]
