"""Train the events stage's role ranker and event scorer (``storyline.stages.events.model``).

Reads the event data sets of :mod:`eval.event_data` (PLV news sentences and the PLOVER
gold standard from ``../shared``, our VOA annotation from the repository), keeps their
``train`` split (fixed by a hash of each sentence; validation sentences are never read
here), and runs every sentence through the pipeline with the events stage tracing what
it proposes:

1. **Role ranker**: for each coded event whose type is the gold type, every nominal word
   of the sentence is an example, labelled ``source`` or ``target`` when it lies inside
   the gold source or target words, else ``none``; a multinomial logistic regression
   learns from the role features.
2. **Event scorer**: with the ranker in place, every coded event is an example, right
   when its type is the sentence's gold type (or one of its other annotated types); a
   logistic regression learns from the event features (among them how the roles were
   found and how the trigger is framed), and a logistic map fitted on out-of-fold scores
   (five folds grouped by sentence; Platt scaling, :func:`platt_table`) calibrates it.
   (Labelled instead "right as a row", type and no wrong actor, the scorer ranked rows a
   little better but put the seeds' key events, all right, under any cut that showed
   them before: SUPPORT rows are often wrong in the VOA training rows; see
   docs/EVENTS.md.)

Writes ``src/storyline/data/event_model.json`` (the weights, pruned and rounded) and
``training/metrics/events.json`` (validation figures of every data set, and the
``min_confidence`` at which validation precision is 0.85 or more with 95% confidence), which
``eval/floors/events.json`` pins.

Run ``python -m training.events`` (about a minute; needs scikit-learn, the ``dev``
extra). The result is deterministic: same data, same file.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from eval.event_data import SETS, rows, type_ok
from storyline.engines.local import build_pipeline
from storyline.model import Article
from storyline.settings import Settings
from storyline.stages.events import model as event_model
from storyline.stages.events.stage import sentence_events

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "src/storyline/data/event_model.json"
METRICS = ROOT / "training/metrics/events.json"
#: Weights smaller than this are left out of the shipped file.
PRUNE = 1e-3
TARGET_PRECISION = 0.85
#: z of a one-sided 95% interval, for the cut's precision (see :func:`min_confidence`).
Z_ONE_SIDED_95 = 1.645
#: Weight of an example of each data set in the event scorer (1 for a set not named): VOA
#: sentences, drawn from whole articles, most of them holding no event, are what users
#: feed storyline, and the fewest we have.
DATA_WEIGHTS = {"voa": 3.0}
#: No data set's shown rows may be of the right type less often than this at the default
#: cut (see :func:`min_confidence`).
SET_FLOOR = 0.80
#: Scores at which the calibration map is read (see :func:`platt_table`).
CALIBRATION_POINTS = 81


def _spans(text: str, words: str) -> list[tuple[int, int]]:
    """Character spans of each ``" ; "``-separated part of ``words`` in ``text``."""
    out = []
    low = text.lower()
    for part in (p.strip() for p in words.split(" ; ")):
        if not part:
            continue
        at = text.find(part)
        if at < 0:
            at = low.find(part.lower())
        if at >= 0:
            out.append((at, at + len(part)))
    return out


def traces(split: str = "train") -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(gold row, trace of the events stage) for every sentence of every data set."""
    settings = Settings(clean=False)
    pipe = build_pipeline(settings)
    out = []
    for data in SETS:
        for row in rows(data, split):
            art = pipe.run(Article(id=row["id"], source=data, raw=row["text"],
                                   published=row.get("published") or "2020-01-01"), settings)
            trace: list[dict[str, Any]] = []
            if art._doc is not None:
                for sent in art._doc.sents:
                    sentence_events(art, sent, settings, trace)
            out.append((row, trace))
    return out


def role_examples(data: list[tuple[dict[str, Any], list[dict[str, Any]]]]
                  ) -> tuple[list[dict[str, int]], list[str]]:
    """Role-ranker examples: candidate features and their gold role."""
    xs, ys = [], []
    for row, trace in data:
        if row["type"] == "NONE":
            continue
        src, tgt = _spans(row["text"], row["source"]), _spans(row["text"], row["target"])
        if not src and not tgt:
            continue
        for entry in trace:
            if "candidates" not in entry or not type_ok(entry["type"], row["type"]):
                continue
            for start, end, _left, feats in entry["candidates"]:
                inside_src = any(s <= start and end <= e for s, e in src)
                inside_tgt = any(s <= start and end <= e for s, e in tgt)
                xs.append(dict.fromkeys(feats, 1))
                ys.append("source" if inside_src else "target" if inside_tgt else "none")
    return xs, ys


def event_examples(data: list[tuple[dict[str, Any], list[dict[str, Any]]]]
                   ) -> tuple[list[dict[str, int]], list[int], list[int], list[float]]:
    """Event-scorer examples: event features, whether the type is right, sentence index,
    and weight (sentences of whole articles count more: see ``DATA_WEIGHTS``)."""
    xs, ys, groups, weights = [], [], [], []
    for k, (row, trace) in enumerate(data):
        for entry in trace:
            if "event" not in entry:
                continue
            right = type_ok(entry["event"], row["type"]) or entry["event"] in row["other_types"]
            xs.append(dict.fromkeys(entry["features"], 1))
            ys.append(int(right))
            groups.append(k)
            weights.append(DATA_WEIGHTS.get(row["data"], 1.0))
    return xs, ys, groups, weights


def shipped_weights(vec: DictVectorizer, coef: np.ndarray) -> dict[str, Any]:
    """A fitted model's weights by feature name, pruned and rounded for the package."""
    names = vec.get_feature_names_out()
    out: dict[str, Any] = {}
    for j, name in enumerate(names):
        column = coef[:, j]
        if np.abs(column).max() < PRUNE:
            continue
        out[str(name)] = round(float(column[0]), 4) if coef.shape[0] == 1 \
            else [round(float(v), 4) for v in column]
    return out


def train_roles(data: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> dict[str, Any]:
    """Fit the role ranker; its weights in the shipped shape."""
    xs, ys = role_examples(data)
    vec = DictVectorizer()
    x = vec.fit_transform(xs)
    clf = LogisticRegression(C=0.3, max_iter=2000)
    clf.fit(x, ys)
    classes = [str(c) for c in clf.classes_]
    return {"classes": classes, "intercept": [round(float(b), 4) for b in clf.intercept_],
            "weights": shipped_weights(vec, clf.coef_), "examples": len(ys)}


def train_events(data: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> dict[str, Any]:
    """Fit the event scorer and its calibration; the shipped shape."""
    xs, ys, groups, weights = event_examples(data)
    vec = DictVectorizer()
    x = vec.fit_transform(xs)
    y, w = np.array(ys), np.array(weights)
    raw = np.zeros(len(ys))
    for fit, held in GroupKFold(n_splits=5).split(x, y, groups):
        clf = LogisticRegression(C=0.3, max_iter=2000).fit(x[fit], y[fit], sample_weight=w[fit])
        raw[held] = clf.predict_proba(x[held])[:, 1]
    clf = LogisticRegression(C=0.3, max_iter=2000).fit(x, y, sample_weight=w)
    return {"intercept": round(float(clf.intercept_[0]), 4),
            "weights": shipped_weights(vec, clf.coef_),
            "calibration": platt_table(raw, y, w),
            "examples": len(ys), "positive": int(y.sum())}


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def platt_table(raw: np.ndarray, y: np.ndarray, w: np.ndarray) -> dict[str, list[float]]:
    """The calibration map as a table for :func:`storyline.stages.events.model.calibrate`:
    a logistic fit of the right answers on the logit of the out-of-fold scores (Platt
    scaling), read at ``CALIBRATION_POINTS`` scores. (An isotonic map, used before, has
    steps where many events sit, so a small change of the training data moved dozens of
    events across the default cut; on the training folds the logistic map was also the
    better calibrated: expected calibration error 0.043 and 0.056 on two halves, against
    0.064 and 0.066.)"""
    fit = LogisticRegression(C=1e4).fit(_logit(raw).reshape(-1, 1), y, sample_weight=w)
    grid = 1 / (1 + np.exp(-np.linspace(-8, 8, CALIBRATION_POINTS)))
    probs = fit.predict_proba(_logit(grid).reshape(-1, 1))[:, 1]
    return {"x": [round(float(v), 6) for v in grid], "y": [round(float(v), 4) for v in probs]}


def _write(model: dict[str, Any]) -> None:
    MODEL.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n",
                     encoding="utf-8")
    event_model.model.cache_clear()


def wilson_lower(right: int, n: int, z: float = Z_ONE_SIDED_95) -> float:
    """The lower end of the Wilson score interval of a share ``right / n``.

    >>> round(wilson_lower(90, 100), 3), round(wilson_lower(900, 1000), 3)
    (0.84, 0.883)
    """
    if n == 0:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def min_confidence() -> float:
    """The lowest threshold (in steps of 0.05) at which the best shown events of validation
    sentences are of the right type at least ``TARGET_PRECISION`` of the time (see
    :func:`eval.events.shown_counts`), read three ways that must all hold:

    - over every data set, with 95% confidence (the lower end of the share's one-sided
      Wilson interval): a cut whose measured share only touches 0.85 on a few hundred
      sentences could be below it on the next few hundred;
    - with each data set's sentences weighed by ``DATA_WEIGHTS``, as in the scorer's training:
      whole articles are what users feed storyline, and pooled with the PLV and PLOVER
      sentences, chosen for holding an event, their shown rows could fall well under the
      share the default promises (at stop 18, 0.78 at the pooled cut of 0.7);
    - and no data set under ``SET_FLOOR``: the weighed share moves by a hundredth or two
      between retrainings, and at stop 19 it let through a cut where VOA's shown rows were
      of the right type 0.79 of the time."""
    from eval.events import pooled, shown_counts

    for step in range(21):
        cut = step / 20
        counts = shown_counts(cut)
        right, shown = pooled(counts)
        weighed_right, weighed = pooled(counts, DATA_WEIGHTS)
        if weighed and wilson_lower(right, shown) >= TARGET_PRECISION \
                and weighed_right / weighed >= TARGET_PRECISION \
                and all(r >= SET_FLOOR * n for r, n in counts.values()):
            return cut
    return 1.0


def main() -> None:
    """Train both models, write the model file and the validation metrics."""
    identity = {"x": [0.0, 1.0], "y": [0.0, 1.0]}
    MODEL.unlink(missing_ok=True)
    event_model.model.cache_clear()
    data = traces()  # the rules alone
    roles = train_roles(data)
    _write({"roles": roles,
            "events": {"intercept": 0.0, "weights": {}, "calibration": identity}})
    events = train_events(traces())
    _write({"roles": roles, "events": events})
    from eval import events as scorer

    metrics: dict[str, Any] = {"train_examples": {"roles": roles["examples"],
                                                  "events": events["examples"]}}
    for data_set in SETS:
        metrics[data_set] = {k: round(v, 4) for k, v in scorer.score(data_set).items()}
    metrics["min_confidence"] = min_confidence()
    METRICS.parent.mkdir(parents=True, exist_ok=True)
    METRICS.write_text(json.dumps(metrics, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for data_set in SETS:
        m = metrics[data_set]
        if m:
            print(f"{data_set}: macro_f1 {m['macro_f1']:.3f} tst {m['tst']:.3f} "
                  f"source {m['source']:.3f} target {m['target']:.3f} ece {m['ece']:.3f}")
    print(f"min_confidence {metrics['min_confidence']}")


if __name__ == "__main__":
    main()
