"""Score story threads (stories about the same incident) on the VOA corpus.

The gold (``eval/data/voa_threads.json``) was labelled by hand from the titles,
keywords and openings of the 89 VOA stories: six threads of stories about one
incident (a train hijacking told in five stories, a hotel siege, talks, a
ministers' meeting...). Every pair of stories inside a gold thread is a
positive pair, every other pair a negative one; a few pairs of related coverage
where "same incident" is a judgement call (a trade war's successive tariffs)
are listed as ambiguous and not scored.

The VOA stories go through the whole ``analyze`` pipeline (so resolved actors
count, as in a store), then :func:`storyline.corpus.threads.threads`; the
predicted pairs are the pairs inside each predicted thread. We report pairwise
precision, recall and F1, and the thread count.

Run ``python -m eval.threads`` to print the metrics.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VOA = ROOT.parent / "shared/data/voa/voa_stories.jsonl"
GOLD = Path(__file__).parent / "data/voa_threads.json"


def analysed(path: Path = VOA) -> list[dict[str, Any]]:
    """The VOA stories as analysed article dicts, keyed by their story id."""
    from storyline.analyze import analyze

    out = []
    for item in analyze([str(path)], workers=1):
        if isinstance(item, dict):
            out.append({**item, "article_key": item["id"]})
    return out


def _pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in itertools.combinations(g, 2)}


def pairwise(predicted: list[list[str]], gold: dict[str, Any]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of predicted groups against the gold threads.

    >>> gold = {"threads": {"t": ["a", "b", "c"]}, "ambiguous": [["c", "d"]]}
    >>> pairwise([["a", "b"], ["c", "d"]], gold)
    {'precision': 1.0, 'recall': 0.3333, 'f1': 0.5}
    """
    ignore = {tuple(sorted(p)) for p in gold.get("ambiguous", [])}
    truth = _pairs(list(gold["threads"].values())) - ignore
    found = _pairs(predicted) - ignore
    hits = len(truth & found)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score(verbose: bool = False) -> dict[str, float]:
    """Pairwise precision/recall/F1 of the ``threads`` view on the VOA gold threads."""
    from storyline.corpus.threads import threads

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    articles = analysed()
    start = time.perf_counter()
    found = threads(articles)
    seconds = time.perf_counter() - start
    metrics: dict[str, float] = pairwise([t["article_keys"] for t in found], gold)
    if verbose:
        titles = {a["article_key"]: a.get("title") for a in articles}
        for t in found:
            print(f"  {t['first']}..{t['last']}", *(f"{k} {titles[k]}" for k in t["article_keys"]),
                  sep="\n    ")
    metrics["threads"] = float(len(found))
    metrics["articles_per_second"] = round(len(articles) / seconds, 1) if seconds else 0.0
    return metrics


if __name__ == "__main__":
    if not VOA.exists():
        sys.exit(f"{VOA} not found")
    print(json.dumps(score(verbose="-v" in sys.argv), indent=2))
