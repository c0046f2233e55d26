"""Train the row screen: a logistic regression of "misleading" on the hand-audited VOA rows.

The hand audit (``eval/data/voa_audit``, docs/EVENTS.md "Hand audit") judged shown VOA
event rows over many rounds, each by two auditors. This script

1. reads every judged row (a row judged again unchanged keeps its latest judgment) and
   labels it *misleading* when either auditor says so (and keeps "right in every field":
   both auditors' ``all_ok``);
2. runs the current code on each audited story of ``../shared/data/voa/voa_stories.jsonl``
   (cached by a fingerprint of the code, the data files and the stories, so a rerun after
   a merge recomputes) and finds each judged row today: the same sentence, type, source
   and target names; its features (:func:`screen_features`) are read from the event and
   what the event scorer read of it;
3. fits the model on **train-split rows only** (``eval.event_data.split_of`` of the
   sentence), choosing the features' group and the regularisation by cross-validation
   grouped by story, and the threshold on the held-apart folds' scores (the most
   misleading rows screened less :data:`COST` times the good rows screened, among rows
   shown today);
4. scores the validation-split rows once: AUC, and misleading and good rows screened at
   the chosen threshold and at thresholds that would hide :data:`SHARES` of the shown
   train rows (aggregates only), and writes ``training/metrics/row_screen.json``.

The features (:func:`screen_features`) are few and general: the event scorer's own
(:func:`storyline.stages.events.model.event_features`: type, frame, status, what each role
holds and how its word hangs, a quotation or modal over the trigger, rank, the rules'
score) less the trigger's lemma, the bucketed confidence, how each role was filled (how
many actors, the first one's kind and sector, one named outside the sentence), and the
sentence's shape (a condition, a modal, a question, numbers, quotation marks, length).
The cross-validation also chooses among :data:`GROUPS` of them. Stop 30 measured no gain
(docs/EVENTS.md, "Stop 30: a learned screen (trust30)"): no screen is shipped; rerun this
after rule changes to see whether the audit's rows have become predictable.

Run ``python -m training.row_screen``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

from eval.event_data import split_of
from storyline.engines.local import build_pipeline
from storyline.inputs import read_run
from storyline.model import Article
from storyline.settings import Settings
from storyline.stages.events.stage import sentence_events

ROOT = Path(__file__).resolve().parents[1]
AUDIT = ROOT / "eval/data/voa_audit"
VOA = ROOT.parent / "shared/data/voa/voa_stories.jsonl"
CACHE = Path.home() / ".cache/storyline/row_screen"
METRICS = ROOT / "training/metrics/row_screen.json"
#: Regularisation strengths tried (scikit-learn's ``C``, the inverse).
CS = (0.03, 0.1, 0.3, 1.0, 3.0)
#: Folds of the cross-validation by story.
FOLDS = 5
#: A good row screened costs as much as this many misleading rows screened gain.
COST = 2.0
#: Shares of the shown train rows a looser screen would hide (its threshold read from the
#: held-apart train scores), reported beside the chosen threshold.
SHARES = (0.1, 0.2)
#: The event scorer's features the screen reads (:func:`.model.event_features`), less the
#: trigger's lemma (too many values for the audit's rows) and the combinations.
SCORER_PREFIXES = ("k=", "f=", "s=", "src=", "tgt=", "known=", "noun=", "carried=",
                   "background=", "said=", "sdep=", "tdep=", "quoted=", "modal=", "rank=",
                   "n=", "rule=")
#: Words that make a sentence's act a condition or a question of whether.
CONDITIONAL = frozenset({"if", "unless", "whether"})
#: Words that make it possible, wished or due rather than done.
MODAL_WORDS = frozenset({"would", "could", "might", "may", "should", "must", "can"})
#: Features of how the roles were filled, and of the sentence's shape (by prefix).
ROLES = ("s.", "t.", "src=", "tgt=", "sdep=", "tdep=", "known=", "same")
SHAPE = ("if", "modal_word", "ask", "digits", "quotes", "len=", "quoted=", "modal=")
#: The feature groups the cross-validation chooses among: the prefixes each leaves out.
GROUPS: dict[str, tuple[str, ...]] = {"all": (), "event+shape": ROLES, "event": ROLES + SHAPE}
_WORD = re.compile(r"[A-Za-z]+")


def _bucket(value: float, steps: Sequence[float]) -> str:
    return str(next((k for k, s in enumerate(steps) if value < s), len(steps)))


def _role(tag: str, actors: list[dict[str, Any]], sentence: str) -> list[str]:
    """How one role was filled: how many actors, the first one's kind and sector, and
    whether one was named outside the sentence (a pronoun resolved, a name carried)."""
    first = actors[0] if actors else {}
    feats = [f"{tag}.n={min(len(actors), 2)}", f"{tag}.kind={first.get('kind') or '-'}",
             f"{tag}.sector={first.get('sector') or '-'}"]
    if any((a.get("text") or "") not in sentence for a in actors):
        feats.append(f"{tag}.away")
    return feats


def screen_features(event: dict[str, Any]) -> list[str]:
    """Indicator features of one coded event (``type``, ``mode``, ``status``, ``source``,
    ``target``, ``sentence``, ``confidence`` and the event scorer's ``scorer`` features).

    >>> feats = screen_features({"type": "ACCUSE", "mode": None, "status": "asserted",
    ...     "source": [], "target": [{"id": None, "kind": "group", "sector": None,
    ...     "text": "they"}], "sentence": "If they win, they accuse him?",
    ...     "confidence": 0.8, "scorer": ["f=verb", "l=accuse", "src=none"]})
    >>> [f for f in feats if f.startswith(("f=", "l=", "src=", "t.", "if", "ask", "conf"))]
    ['f=verb', 'src=none', 'conf=1', 't.n=1', 't.kind=group', 't.sector=-', 'if', 'ask']
    """
    sentence = event["sentence"]
    feats = [f for f in event["scorer"] if f.startswith(SCORER_PREFIXES) and "|" not in f]
    feats += [f"conf={_bucket(event['confidence'], (0.8, 0.85, 0.9))}",
              f"mode={'yes' if event['mode'] else 'no'}", f"k={event['type']}|s={event['status']}"]
    feats += _role("s", event["source"], sentence) + _role("t", event["target"], sentence)
    if {a.get("id") or a.get("name") for a in event["source"]} & {
            a.get("id") or a.get("name") for a in event["target"]}:
        feats.append("same")
    words = {w.lower() for w in _WORD.findall(sentence)}
    flags = {"if": bool(words & CONDITIONAL), "modal_word": bool(words & MODAL_WORDS),
             "ask": "?" in sentence, "digits": any(c.isdigit() for c in sentence),
             "quotes": any(q in sentence for q in ('"', "\u201c", "\u201d"))}
    feats += [name for name, on in flags.items() if on]
    feats.append(f"len={_bucket(len(sentence.split()), (15, 30, 45))}")
    return feats


def in_group(feats: list[str], group: str) -> list[str]:
    """The features of ``group`` (:data:`GROUPS`) among ``feats``."""
    return [f for f in feats if not f.startswith(GROUPS[group])] if GROUPS[group] else feats




def _round_key(path: Path) -> tuple[int, int]:
    """Round order: ``round3`` before ``round3_changed`` before ``round4``."""
    number = int(re.match(r"round(\d+)", path.name).group(1))  # type: ignore[union-attr]
    return number, "_changed" in path.name


def row_key(row: dict[str, Any]) -> tuple[Any, ...]:
    """What makes two rows the same row: story, sentence, type, source and target names."""
    return (str(row["article"]), " ".join(row["sentence"].split()), row["type"],
            tuple(row["source"]), tuple(row["target"]))


def judged() -> dict[tuple[Any, ...], dict[str, Any]]:
    """Every judged row once (its latest judgment), with ``misleading`` (either auditor),
    ``right`` (both say right in every field) and its ``split``."""
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    for path in sorted(AUDIT.glob("round*_rows.jsonl"), key=_round_key):
        stem = path.name.removesuffix("_rows.jsonl")
        audits = [{j["row"]: j for j in map(json.loads, (AUDIT / f"{stem}_audit_{who}.jsonl")
                                            .read_text(encoding="utf-8").splitlines())}
                  for who in ("a", "b")]
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            a, b = (audit.get(row["row"]) for audit in audits)
            if a is None or b is None:
                continue
            out[row_key(row)] = {
                "article": str(row["article"]), "round": stem,
                "misleading": bool(a["misleading"] or b["misleading"]),
                "right": bool(a["all_ok"] and b["all_ok"]), "split": split_of(row["sentence"])}
    return out


def _fingerprint() -> str:
    """A hash of the code, its data files and the stories."""
    digest = hashlib.sha1()
    for path in sorted((ROOT / "src/storyline").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(ROOT).as_posix().encode() + path.read_bytes())
    digest.update(VOA.read_bytes())
    return digest.hexdigest()[:16]


def coded(articles: set[str]) -> list[dict[str, Any]]:
    """Every event the current code finds in the stories ``articles``, with what the screen
    reads of it (cached by :func:`_fingerprint`)."""
    cache = CACHE / f"{_fingerprint()}.json"
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    settings = Settings()
    pipe = build_pipeline(settings)
    pipe.load(settings)
    out = []
    for item in read_run([str(VOA)], settings):
        if not isinstance(item, Article) or str(item.id) not in articles:
            continue
        art = pipe.run(item, settings)
        if art._doc is None:
            continue
        for sent in art._doc.sents:
            trace: list[dict[str, Any]] = []
            events = sentence_events(art, sent, settings, trace)
            scored = [t for t in trace if "event" in t]
            for e, t in zip(events, scored, strict=True):
                out.append({"article": str(art.id), "sentence": e.sentence, "type": e.type,
                            "mode": e.mode, "status": e.status, "source": e.source,
                            "target": e.target, "confidence": e.confidence,
                            "scorer": t["features"]})
    CACHE.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return out


def dataset() -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The judged rows found today, each with its label, split, story, features and
    whether it is shown; and counts of the rows judged and found."""
    rows = judged()
    events = coded({r["article"] for r in rows.values()})
    floor = Settings().min_confidence
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for e in events:
        key = row_key({**e, "source": [a["name"] for a in e["source"]],
                       "target": [a["name"] for a in e["target"]]})
        row = rows.get(key)
        if row is not None and key not in found:  # a sentence the story repeats: once
            found[key] = {**row, "features": screen_features(e), "confidence": e["confidence"],
                          "shown": e["confidence"] >= floor}
    counts = {"judged": len(rows), "found": len(found),
              "found_shown": sum(r["shown"] for r in found.values())}
    return list(found.values()), counts


def _fit(xs: list[dict[str, int]], ys: list[int], c: float) -> tuple[Any, Any]:
    vec = DictVectorizer()
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    clf.fit(vec.fit_transform(xs), ys)
    return vec, clf


def _matrix(rows: list[dict[str, Any]], group: str) -> list[dict[str, int]]:
    return [dict.fromkeys(in_group(r["features"], group), 1) for r in rows]


def held_apart(rows: list[dict[str, Any]], group: str, c: float) -> np.ndarray:
    """Each row's score from a model of ``group``'s features fitted on the other stories'
    folds."""
    xs = _matrix(rows, group)
    ys = np.array([int(r["misleading"]) for r in rows])
    scores = np.zeros(len(rows))
    for fit, held in GroupKFold(n_splits=FOLDS).split(xs, ys, [r["article"] for r in rows]):
        vec, clf = _fit([xs[i] for i in fit], list(ys[fit]), c)
        scores[held] = clf.predict_proba(vec.transform([xs[i] for i in held]))[:, 1]
    return scores


def screened(rows: list[dict[str, Any]], scores: np.ndarray, threshold: float
             ) -> dict[str, int]:
    """Shown rows at or over ``threshold``: misleading, not misleading, right in every
    field; and the shown rows of each kind in all."""
    out = {"misleading": 0, "good": 0, "right": 0, "shown_misleading": 0, "shown_good": 0,
           "shown_right": 0}
    for r, s in zip(rows, scores, strict=True):
        if not r["shown"]:
            continue
        kind = "misleading" if r["misleading"] else "good"
        out[f"shown_{kind}"] += 1
        out["shown_right"] += r["right"]
        if s >= threshold:
            out[kind] += 1
            out["right"] += r["right"]
    return out


def choose_threshold(rows: list[dict[str, Any]], scores: np.ndarray) -> float:
    """The threshold that screens the most misleading shown rows less :data:`COST` times
    the good ones (over 1, screening nothing, when none gains).

    >>> rows = [{"shown": True, "misleading": m, "right": not m} for m in (1, 1, 0, 0)]
    >>> choose_threshold(rows, np.array([0.9, 0.8, 0.7, 0.1]))
    0.8
    >>> choose_threshold(rows, np.array([0.1, 0.8, 0.9, 0.1]))
    1.01
    """
    best, gain = 1.01, 0.0
    for t in sorted({float(s) for s in scores}):
        n = screened(rows, scores, t)
        g = n["misleading"] - COST * n["good"]
        if g > gain:
            best, gain = t, g
    return best


def auc(rows: list[dict[str, Any]], scores: np.ndarray) -> float:
    """ROC AUC of the scores for "misleading" over the shown rows."""
    keep = [k for k, r in enumerate(rows) if r["shown"]]
    ys = [int(rows[k]["misleading"]) for k in keep]
    return float(roc_auc_score(ys, scores[keep])) if 0 < sum(ys) < len(ys) else float("nan")


def train() -> dict[str, Any]:
    """Choose the features and regularisation by cross-validation on the train split, fit
    on it, score the validation split once; the metrics (written to :data:`METRICS`)."""
    rows, counts = dataset()
    train_rows = [r for r in rows if r["split"] == "train"]
    valid_rows = [r for r in rows if r["split"] == "validation"]
    cv = {(g, c): held_apart(train_rows, g, c) for g in GROUPS for c in CS}
    cv_auc = {key: auc(train_rows, s) for key, s in cv.items()}
    group, c = max(cv, key=lambda key: cv_auc[key])
    threshold = choose_threshold(train_rows, cv[group, c])
    vec, clf = _fit(_matrix(train_rows, group), [int(r["misleading"]) for r in train_rows], c)
    valid_scores = clf.predict_proba(vec.transform(_matrix(valid_rows, group)))[:, 1]
    metrics = {
        **counts, "train_rows": len(train_rows), "validation_rows": len(valid_rows),
        "train_misleading": sum(r["misleading"] for r in train_rows),
        "validation_misleading": sum(r["misleading"] for r in valid_rows),
        "group": group, "C": c,
        "cv_auc": {f"{g}|{k}": round(v, 4) for (g, k), v in cv_auc.items()},
        "threshold": round(threshold, 4),
        "train_cv": screened(train_rows, cv[group, c], threshold),
        "validation_auc": round(auc(valid_rows, valid_scores), 4),
        "validation": screened(valid_rows, valid_scores, threshold),
    }
    shown = [s for r, s in zip(train_rows, cv[group, c], strict=True) if r["shown"]]
    for share in SHARES:
        cut = float(np.quantile(shown, 1 - share))
        metrics[f"share_{share}"] = {"threshold": round(cut, 4),
                                     "train_cv": screened(train_rows, cv[group, c], cut),
                                     "validation": screened(valid_rows, valid_scores, cut)}
    METRICS.write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    return metrics


if __name__ == "__main__":
    print(json.dumps(train(), indent=1))
