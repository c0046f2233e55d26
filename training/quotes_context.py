"""Measure contextual vectors as evidence for the quotes judge (stop 27; not shipped).

The judge (:mod:`storyline.stages.quotes.model`) scores a proposal from indicator
features. This measures, out of fold on PolNeAR's ``train`` split only (five folds by
article, as :mod:`training.quotes`), whether adding the context the words carry lifts
it: ``en_core_web_sm``'s own contextual vectors (``doc.tensor``, the output of the
pipeline's ``tok2vec``, 96 numbers a token, which the parse already computes) of the
cue, of the head of the content, of the content's words pooled (their mean) and of the
cue's subject, standardised (on the fitting folds) and scaled by ``--scale``, added to
the indicator features of the same logistic learner (``C`` of :mod:`training.quotes`).

The parses are read from :func:`eval.quotes.parses`' cache, which keeps no tensor, so
the ``tok2vec`` component is run again over them (its output depends only on the
words). Printed, for the shipped features and for each variant: the proposals' ROC
AUC and average precision, and each indirect annotation counted once (as
``training.quotes`` reports the proposals), precision, recall and F1 at the thresholds
where the stage works, and recall at proposal precision 0.70 and 0.75.

Run ``python -m training.quotes_context [--articles N] [--scale S ...]``; ``--articles``
takes every k-th train article so that about N are read (a subsample, for speed).
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold

from eval.quotes import load, parses
from storyline import resources

from .quotes import C, MIN_COUNT, examples

#: The pooled vectors: the cue, the content's head, the content's mean, the cue's subject.
PARTS = ("cue", "head", "mean", "subject")
_SUBJECTS = ("nsubj", "nsubjpass")


def vectors(doc: Any, rows: list[tuple[int, int, int]]) -> np.ndarray:
    """One row per proposal (content start, end, cue offset): its :data:`PARTS`'
    contextual vectors side by side (zeros where a part is missing)."""
    width = doc.tensor.shape[1]
    at = {t.idx: t.i for t in doc}
    out = np.zeros((len(rows), width * len(PARTS)), dtype=np.float32)
    for r, (s, e, c) in enumerate(rows):
        i = at.get(c)
        if i is None:  # a headline's cue, read from its own re-cased parse
            continue
        cue = doc[i]
        out[r, :width] = doc.tensor[i]
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and len(span):
            out[r, width : 2 * width] = doc.tensor[span.root.i]
            out[r, 2 * width : 3 * width] = doc.tensor[span.start : span.end].mean(axis=0)
        subj = next((ch for ch in cue.children if ch.dep_ in _SUBJECTS), None)
        if subj is not None:
            out[r, 3 * width :] = doc.tensor[subj.i]
    return out


def dense(docs: list[Any], keep: list[int]) -> np.ndarray:
    """The :func:`vectors` of every proposal of the ``keep`` train articles, in
    :func:`training.quotes.examples`' order."""
    from storyline.stages.quotes.stage import attributions

    tok2vec = resources.nlp().get_pipe("tok2vec")
    data = load("train")
    blocks = []
    for k in keep:
        _, body, _ = data[k]
        doc = docs[k]
        trace: list = []
        attributions(body, doc, trace)
        tok2vec(doc)
        blocks.append(vectors(doc, [row for row, _ in trace]))
    return np.vstack(blocks)


def proposal_scores(probs: np.ndarray, matched: np.ndarray, gold: int) -> dict[str, float]:
    """Proposal figures, each indirect annotation counted once."""
    out: dict[str, float] = {}
    for t in (0.45, 0.5, 0.55):
        on = probs >= t
        found = len(set(matched[on & (matched >= 0)].tolist()))
        p, r = found / max(int(on.sum()), 1), found / max(gold, 1)
        out[f"P@{t}"], out[f"R@{t}"] = p, r
        out[f"F1@{t}"] = 2 * p * r / (p + r) if p + r else 0.0
    order = np.argsort(-probs)
    seen: set[int] = set()
    found_at = np.zeros(len(order))
    for n, i in enumerate(order):
        if matched[i] >= 0:
            seen.add(int(matched[i]))
        found_at[n] = len(seen)
    prec = found_at / np.arange(1, len(order) + 1)
    for goal in (0.70, 0.75):
        ok = np.nonzero(prec >= goal)[0]
        out[f"R|P>={goal}"] = found_at[ok.max()] / gold if len(ok) else 0.0
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=0)
    ap.add_argument("--scale", type=float, nargs="*", default=[0.1, 0.3])
    args = ap.parse_args()
    data = load("train")
    docs = parses("train", data)
    step = max(1, len(data) // args.articles) if args.articles else 1
    keep = list(range(0, len(data), step))
    xs, ys, groups, matched, _ = examples("train", docs)
    rows = [i for i, g in enumerate(groups) if g in set(keep)]
    xs = [xs[i] for i in rows]
    y = np.array([ys[i] for i in rows])
    groups_a = np.array([groups[i] for i in rows])
    matched_a = np.array([matched[i] for i in rows])
    gold = sum(not u.direct for k in keep for u in data[k][2])
    dx = dense(docs, keep)
    assert len(dx) == len(rows), (len(dx), len(rows))
    counts = Counter(f for x in xs for f in x)
    xs = [{f: 1 for f in x if counts[f] >= MIN_COUNT} for x in xs]
    x = DictVectorizer().fit_transform(xs).tocsr()
    print(f"{len(keep)} articles, {len(y)} proposals ({int(y.sum())} right), "
          f"{gold} indirect annotations, {x.shape[1]} indicator features")
    folds = list(GroupKFold(n_splits=5).split(x, y, groups_a))
    variants: list[tuple[str, float, tuple[str, ...]]] = [("shipped", 0.0, ())]
    variants += [(f"+vectors x{s}", s, PARTS) for s in args.scale]
    width = dx.shape[1] // len(PARTS)
    for name, scale, parts in variants:
        oof = np.zeros(len(y))
        for fit, held in folds:
            if parts:
                cols = np.concatenate([np.arange(PARTS.index(p) * width,
                                                 (PARTS.index(p) + 1) * width) for p in parts])
                d = dx[:, cols]
                mu, sd = d[fit].mean(axis=0), d[fit].std(axis=0) + 1e-6
                z = sp.csr_matrix((d - mu) / sd * scale)
                m = sp.hstack([x, z]).tocsr()
            else:
                m = x
            clf = LogisticRegression(C=C, max_iter=3000).fit(m[fit], y[fit])
            oof[held] = clf.predict_proba(m[held])[:, 1]
        figs = proposal_scores(oof, matched_a, gold)
        print(f"{name}: AUC {roc_auc_score(y, oof):.4f} AP {average_precision_score(y, oof):.4f} "
              + " ".join(f"{k} {v:.3f}" for k, v in figs.items()), flush=True)


if __name__ == "__main__":
    main()
