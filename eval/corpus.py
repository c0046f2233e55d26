"""Score event deduplication across articles on the seeds.

The gold (``eval/data/seed_events.json``) lists, by hand, the events that more
than one seed article reports ("Russia supports Maduro", told by three seeds),
with their type, their source and target actors (as alternatives: a country
code, a word of the name, or a country and sector) and the seeds reporting
them. The seeds go through ``analyze`` and :func:`storyline.corpus.compute`;
for each gold event we take the predicted events of its type whose source and
target match, and measure:

- ``merged``: the share of gold events found as one event carrying every seed
  that reports it;
- ``mention_recall``: the share of (gold event, seed) reports found in the
  best-matching predicted event;
- ``unsplit``: the share of gold events whose reports sit in a single
  predicted event rather than several;
- ``duplicates_ok``: 1.0 when no seed is marked a duplicate (none is).

Run ``python -m eval.corpus`` to print the metrics.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared/seeds"
GOLD = Path(__file__).parent / "data/seed_events.json"


def views(seeds: Path = SEEDS, min_confidence: float | None = None
          ) -> dict[str, list[dict[str, Any]]]:
    """The corpus views of the analysed seeds; article keys are the seed file stems."""
    from storyline.analyze import analyze
    from storyline.corpus import compute
    from storyline.settings import Settings

    paths = sorted(seeds.glob("*.txt"))
    arts = [a for a in analyze([str(p) for p in paths], workers=1) if isinstance(a, dict)]
    keyed = [{**a, "article_key": Path(a["source"]).stem} for a in arts]
    floor = Settings().min_confidence if min_confidence is None else min_confidence
    return compute(keyed, min_confidence=floor)


def _matches(actor: dict[str, Any], spec: dict[str, str]) -> bool:
    from storyline.corpus.articles import fold

    if "name" in spec and spec["name"] not in fold(actor.get("name") or "").split():
        return False
    return all(actor.get(k) == v for k, v in spec.items() if k != "name")


def _side(ids: list[str], specs: list[dict[str, str]], actors: dict[str, dict]) -> bool:
    return any(_matches(actors.get(i, {"actor_id": i}), s) for i in ids for s in specs)


def score(verbose: bool = False, min_confidence: float | None = None) -> dict[str, float]:
    """Recall / merged / mention recall / unsplit shares of the gold multi-article events,
    over the events shown at the default ``min_confidence``."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["events"]
    out = views(min_confidence=min_confidence)
    actors = {a["actor_id"]: a for a in out["actors"]}
    merged = unsplit = found = total = recalled = 0
    for g in gold:
        candidates = [
            e for e in out["events"]
            if e.get("shown", True)
            and e["type"] == g["type"] and _side(e["source"], g["source"], actors)
            and _side(e["target"], g["target"], actors)
        ]
        wanted = set(g["seeds"])
        hits = [wanted & {m["article_key"] for m in e["mentions"]} for e in candidates]
        best = max(hits, key=len, default=set())
        merged += best == wanted
        unsplit += sum(1 for h in hits if h) <= 1
        found += len(best)
        total += len(wanted)
        recalled += bool(best)
        if verbose:
            print(f"  {g['type']} {g['source'][0]} -> {g['target'][0]}: "
                  f"{len(best)}/{len(wanted)} seeds in one event, {len(candidates)} candidates")
    n = len(gold)
    dups = [a["article_key"] for a in out["articles"] if a["duplicate_of"]]
    return {
        "event_recall": round(recalled / n, 4),
        "merged": round(merged / n, 4),
        "mention_recall": round(found / total, 4),
        "unsplit": round(unsplit / n, 4),
        "duplicates_ok": 0.0 if dups else 1.0,
    }


if __name__ == "__main__":
    if not SEEDS.exists():
        sys.exit(f"{SEEDS} not found")
    print(json.dumps(score(verbose="-v" in sys.argv), indent=2))
