"""Train the quotes stage's judge of reported speech (``storyline.stages.quotes.model``).

Reads PolNeAR's ``train`` split (:func:`eval.quotes.load`; its dev split is never
read here, its test split is not in the tarball), parses every article and runs the
quotes stage with a trace: every proposal of reported speech (a lexicon cue, or any
verb or noun with a clause, an infinitive, an object or a prepositional object) with
its features and content span. A proposal is right when its content words match an
annotated attribution's by the scorer's rule (token Jaccard at least 0.5; a piece of
a content split by its cue, when most of its words are inside one). A logistic
regression learns from the features. Its threshold is chosen by what it gives a
reader (``stage``): each train article is run through the whole stage with the
weights of the fold (five, grouped by article) that did not see it, and scored as
:mod:`eval.quotes` scores dev, at each of ``STAGE_THRESHOLDS``; the threshold is the
one with the best F1 among those whose precision is at least ``PRECISION``, since a
wrong row misleads a reader more than a missing one does. The proposals' own
out-of-fold figures are reported too: the threshold with the best F-beta (``BETA`` =
0.5, precision weighted twice recall), counting each annotated attribution once. The
dev split only reports the result.

Writes ``src/storyline/data/quote_model.json`` (the weights, pruned and rounded, and
the threshold) and ``training/metrics/quotes.json`` (the training figures, among them
the ``ceiling``: the share of indirect annotations that some proposal or some quoted
passage matches, the recall a perfect judge would reach; ``ceiling_proposals`` counts
proposals alone, but the stage keeps its quoted passages without the judge, and the
scorer calls indirect a partial quote's attribution and one in single quote marks; and
the dev figures of :mod:`eval.quotes`, which
``eval/floors/quotes.json`` pins).

Run ``python -m training.quotes`` (a few minutes: the parse of 840 articles; needs
scikit-learn, the ``dev`` extra). The result is deterministic: same data, same file.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from eval.quotes import load, parses, scores, tally, tokens, units
from storyline.stages.quotes import model as quote_model
from storyline.stages.quotes.headline import read_headline
from storyline.stages.quotes.stage import attributions

from .events import shipped_weights

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "src/storyline/data/quote_model.json"
METRICS = ROOT / "training/metrics/quotes.json"
#: Jaccard of content words at which a proposal matches an annotation (the scorer's).
MATCH = 0.5
#: Share of a piece's words inside one annotation that makes the piece right.
PIECE = 0.8
C = 0.3
#: Least out-of-fold stage precision of the chosen threshold: what the stage had on train
#: when it was first chosen by the stage (0.810 at 0.55, stop 20), so a change that makes
#: the stage more precise is not spent on recall by a lower threshold (stop 21: with 0.8,
#: dropping nested partial quotes moved it to 0.5, out of fold P 0.802, dev P 0.806).
PRECISION = 0.81
#: Weight of recall against precision in the reported proposal threshold's F-beta (the
#: shipped threshold is the stage's, :func:`stage_threshold`): under 1, a wrong attribution
#: costs more than a missed one.
BETA = 0.5
#: Fewest proposals a feature must mark to be learned (rarer ones are noise, and weight).
MIN_COUNT = 3
#: Thresholds at which the stage's out-of-fold output is scored (``stage`` in the metrics).
STAGE_THRESHOLDS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8)


def examples(split: str = "train", docs: list[Any] | None = None
             ) -> tuple[list[dict[str, int]], list[int], list[int], list[int], set[int]]:
    """Features, label, article index and the indirect annotation it matches (or -1) of
    every proposal of ``split``, and the indirect annotations a quoted passage matches
    (the stage keeps those whatever the judge says); ``docs`` are the articles' parses
    when already made."""
    data = load(split)
    if docs is None:
        docs = parses(split, data)
    xs, ys, groups, matched = [], [], [], []
    quoted: set[int] = set()
    offset = 0
    for k, ((_, body, gold), doc) in enumerate(zip(data, docs, strict=True)):
        trace: quote_model.Trace = []
        found = attributions(body, doc, trace)
        golds = [tokens(body, u.content) for u in gold]
        direct = [u.direct for u in gold]
        # a gold attribution the scorer calls indirect may be a partial quote or one in
        # single marks: the stage's quoted passages find it
        marked = [w for w, _, _ in units(body, [a for a in found if a.kind != "indirect"])]
        quoted.update(offset + j for j, g in enumerate(golds) if not direct[j] and any(
            len(w & g) >= MATCH * len(w | g) for w in marked))
        for (s, e, _), feats in trace:
            words = tokens(body, [(s, e)])
            best, hit = 0.0, -1
            for j, g in enumerate(golds):
                inter = len(words & g)
                if not inter:
                    continue
                score = inter / len(words | g)
                if score >= MATCH or inter >= PIECE * len(words) and "how=inside" in feats:
                    score = max(score, MATCH)
                if score > best:
                    best, hit = score, j
            xs.append(dict.fromkeys(feats, 1))
            ys.append(int(best >= MATCH))
            groups.append(k)
            # an annotation is found only by a proposal that matches it, not one that grazes it
            matched.append(offset + hit if best >= MATCH and not direct[hit] else -1)
        offset += len(golds)
    return xs, ys, groups, matched, quoted


def threshold(probs: np.ndarray, matched: list[int], gold: int) -> dict[str, float]:
    """The threshold (in steps of 0.05) with the best F-beta (:data:`BETA`) over the
    ``gold`` indirect annotations, each counted once, with its precision, recall, F1."""
    best = {"threshold": 0.5, "f_beta": -1.0}
    b2 = BETA * BETA
    for step in range(2, 19):
        t = step / 20
        on = probs >= t
        found = len({m for m, o in zip(matched, on, strict=True) if o and m >= 0})
        predicted = int(on.sum())
        p, r = found / max(predicted, 1), found / max(gold, 1)
        fb = (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0
        if fb > best["f_beta"]:
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            best = {"threshold": t, "f_beta": fb, "precision": p, "recall": r, "f1": f1}
    return {k: round(v, 4) for k, v in best.items()}


def stage_threshold(stage: dict[str, dict[str, float]]) -> float:
    """The threshold of ``stage`` (:func:`stage_scores`) with the best F1 among those
    whose precision is at least :data:`PRECISION` (the most precise when none is).

    >>> stage_threshold({"0.5": {"all_f1": 0.7, "all_precision": 0.79},
    ...                  "0.6": {"all_f1": 0.68, "all_precision": 0.83}})
    0.6
    """
    ok = [t for t, s in stage.items() if s["all_precision"] >= PRECISION]
    if not ok:
        return float(max(stage, key=lambda t: stage[t]["all_precision"]))
    return float(max(ok, key=lambda t: stage[t]["all_f1"]))


def stage_scores(docs: list[Any], folds: list[dict[str, Any]], fold_of: dict[int, int]
                 ) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 of the whole stage over the train articles at each of
    :data:`STAGE_THRESHOLDS`, each article judged by the weights (``folds``) of the
    fold that held it out (``fold_of``, by article; one without proposals in the first)."""
    data = load("train")
    counts: dict[float, dict[str, float]] = {t: defaultdict(float) for t in STAGE_THRESHOLDS}
    for k, ((_, body, gold), doc) in enumerate(zip(data, docs, strict=True)):
        weights, headline = folds[fold_of.get(k, 0)], read_headline(body)
        for t in STAGE_THRESHOLDS:
            judge = {**weights, "threshold": t}
            found = attributions(body, doc, judge=judge, headline=headline)
            tally(body, gold, found, counts[t])
    return {str(t): {k: round(v, 4) for k, v in scores(c).items()
                     if k.startswith(("all_", "indirect_")) and "exact" not in k}
            for t, c in counts.items()}


def train(docs: list[Any] | None = None) -> dict[str, Any]:
    """Fit the judge on PolNeAR train; its weights and threshold in the shipped shape."""
    xs, ys, groups, matched, quoted = examples("train", docs)
    counts = Counter(f for x in xs for f in x)
    xs = [{f: 1 for f in x if counts[f] >= MIN_COUNT} for x in xs]
    vec = DictVectorizer()
    x = vec.fit_transform(xs)
    y = np.array(ys)
    oof = np.zeros(len(ys))
    folds = []
    fold_of: dict[int, int] = {}
    for fit, held in GroupKFold(n_splits=5).split(x, y, groups):
        clf = LogisticRegression(C=C, max_iter=3000).fit(x[fit], y[fit])
        oof[held] = clf.predict_proba(x[held])[:, 1]
        folds.append({"intercept": float(clf.intercept_[0]),
                      "weights": shipped_weights(vec, clf.coef_)})
        for i in held:
            fold_of[groups[i]] = len(folds) - 1
    gold = sum(not u.direct for _, _, units in load("train") for u in units)
    cut = threshold(oof, matched, gold)
    # the recall a perfect judge would reach: indirect annotations some proposal matches,
    # whatever its score, or a quoted passage (kept without the judge) matches
    proposed = {m for m in matched if m >= 0}
    cut["ceiling_proposals"] = round(len(proposed) / max(gold, 1), 4)
    cut["ceiling"] = round(len(proposed | quoted) / max(gold, 1), 4)
    cut["stage"] = stage_scores(parses("train") if docs is None else docs, folds, fold_of)
    cut["proposal_threshold"] = cut.pop("threshold")
    clf = LogisticRegression(C=C, max_iter=3000).fit(x, y)
    return {"intercept": round(float(clf.intercept_[0]), 4),
            "weights": shipped_weights(vec, clf.coef_),
            "threshold": stage_threshold(cut["stage"]),
            "examples": len(ys), "positive": int(y.sum()),
            "train_oof": cut}


def main() -> None:
    """Train the judge, write the model file and the metrics."""
    MODEL.unlink(missing_ok=True)
    quote_model.model.cache_clear()
    fitted = train()
    stage = fitted["train_oof"].pop("stage")  # a figure of training, not of the model
    MODEL.write_text(json.dumps(fitted, sort_keys=True, separators=(",", ":")) + "\n",
                     encoding="utf-8")
    quote_model.model.cache_clear()
    from eval.quotes import score

    metrics = {"examples": fitted["examples"], "positive": fitted["positive"],
               "threshold": fitted["threshold"],
               "train_oof": {**fitted["train_oof"], "stage": stage},
               "dev": {k: round(v, 4) for k, v in score("dev").items()}}
    METRICS.parent.mkdir(parents=True, exist_ok=True)
    METRICS.write_text(json.dumps(metrics, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    dev = metrics["dev"]
    oof = fitted["train_oof"]
    chosen = stage[str(fitted["threshold"])]
    print(f"threshold {fitted['threshold']} (out-of-fold stage on train: P "
          f"{chosen['all_precision']:.3f} R {chosen['all_recall']:.3f} F1 {chosen['all_f1']:.3f}"
          f", ceiling R {oof['ceiling']:.3f}); "
          f"dev F1 {dev['all_f1']:.3f} P {dev['all_precision']:.3f} R {dev['all_recall']:.3f} "
          f"indirect R {dev['indirect_recall']:.3f} speaker {dev['all_speaker_accuracy']:.3f}")


if __name__ == "__main__":
    main()
