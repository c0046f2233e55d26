"""The training of the quote judge: how its threshold is chosen."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("sklearn")

from training.quotes import threshold  # noqa: E402


def test_training_threshold_gives_up_recall_for_precision():
    # four right proposals scored high, three wrong, three right: the best F1 keeps all
    # ten (0.82 against 0.73), precision's choice stops after the first four
    probs = np.array([0.9, 0.9, 0.8, 0.8, 0.6, 0.6, 0.5, 0.4, 0.4, 0.3])
    matched = [0, 1, 2, 3, -1, -1, -1, 4, 5, 6]
    cut = threshold(probs, matched, gold=7)
    assert cut["precision"] == 1.0 and 0.6 < cut["threshold"] <= 0.8
    assert cut["recall"] == pytest.approx(4 / 7, abs=1e-3)


def test_training_threshold_counts_an_annotation_found_twice_once():
    probs = np.array([0.9, 0.9])
    cut = threshold(probs, [0, 0], gold=1)
    assert cut["precision"] == 0.5 and cut["recall"] == 1.0


def test_training_examples_find_an_annotation_only_by_a_proposal_that_matches_it(
        monkeypatch: pytest.MonkeyPatch):
    from eval.quotes import Unit
    from storyline import resources
    from training import quotes as training

    body = ("Aides said the senator would run again. "
            "The governor backed the plan on Monday morning in the capital.")
    grazed = body.index("the plan on")  # "backed the plan": two words of eight
    gold = [Unit([(body.index("the senator"), body.index(" again."))], [], False),
            Unit([(grazed, len(body) - 1)], [], False)]
    monkeypatch.setattr(training, "load", lambda split: [("doc", body, gold)])
    xs, ys, _, matched, _ = training.examples("train", [resources.nlp()(body)])
    assert 0 in matched and 1 not in matched
    assert all(y == 1 for y, m in zip(ys, matched, strict=True) if m >= 0)


def test_training_ceiling_counts_an_attribution_a_quoted_passage_finds(
        monkeypatch: pytest.MonkeyPatch):
    # printed in '' marks, which the scorer does not read as double quotes: an indirect
    # attribution to it, which the stage finds by its quote marks and not by the judge
    from eval.quotes import Unit
    from storyline import resources
    from training import quotes as training

    body = "''We will not give up on this fight,'' Mr. Emanuel said. Aides said he would run."
    said = Unit([(2, body.index(",''"))], [], False)
    aides = Unit([(body.index("he would"), len(body) - 1)], [], False)
    monkeypatch.setattr(training, "load", lambda split: [("doc", body, [said, aides])])
    *_, quoted = training.examples("train", [resources.nlp()(body)])
    assert quoted == {0}


def test_training_stage_scores_judge_each_article_by_its_folds_weights(
        monkeypatch: pytest.MonkeyPatch):
    from eval.quotes import Unit
    from storyline import resources
    from training import quotes as training

    body = "Aides said the senator would run again."
    gold = [Unit([(body.index("the senator"), len(body) - 1)], [(0, 4)], False)]
    monkeypatch.setattr(training, "load", lambda split: [("doc", body, gold)])
    docs = [resources.nlp()(body)]
    keeps = training.stage_scores(docs, [{"intercept": 10.0, "weights": {}}], {0: 0})
    drops = training.stage_scores(docs, [{"intercept": -10.0, "weights": {}}], {0: 0})
    assert set(keeps) == {str(t) for t in training.STAGE_THRESHOLDS}
    assert keeps["0.8"]["indirect_recall"] == 1.0 and drops["0.5"]["indirect_recall"] == 0.0


def test_training_stage_threshold_is_the_best_f1_that_keeps_precision():
    from training import quotes as training

    stage = {"0.4": {"all_f1": 0.72, "all_precision": training.PRECISION - 0.02},
             "0.5": {"all_f1": 0.70, "all_precision": training.PRECISION + 0.01},
             "0.6": {"all_f1": 0.68, "all_precision": training.PRECISION + 0.03}}
    assert training.stage_threshold(stage) == 0.5
    low = {t: {**s, "all_precision": 0.5} for t, s in stage.items()}
    assert training.stage_threshold(low) == 0.4  # all equal: the first most precise
