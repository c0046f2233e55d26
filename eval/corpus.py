"""Score the seeds' story across outlets: relations found, acts kept apart, the timeline.

The gold (``eval/data/seed_events.json``) lists, by hand, the relations that more
than one seed article reports ("Russia supports Maduro", told by three seeds),
with their type, their source and target actors (as alternatives: a country
code, a word of the name, or a country and sector) and the seeds reporting
them. Read again as acts (issue 19), these are statements made at different
times (January, May, August 2019): no two seeds tell the same act, so no event
may join reports published in different months. The seeds go through
``analyze`` and :func:`storyline.corpus.compute`; for each gold relation we take
the predicted events of its type whose source and target match, and measure:

- ``event_recall``: the share of gold relations found at all;
- ``mention_recall``: the share of (gold relation, seed) reports found;
- ``acts_within_one_month``: the share of events with reports from several seeds
  whose reports were all published in one month (1.0 when there are none);
- ``timeline_dated``: the share of timeline rows with a date (from the text, else
  the report date, ``date_precision: reported``; the three undated seeds dated
  from their content);
- ``timeline_in_order`` and ``timeline_2019_jan_aug``: 1.0 when the dated rows
  are sorted and all fall in January to August 2019;
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
    """The metrics of the module docstring, over the events shown at the default
    ``min_confidence``."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["events"]
    out = views(min_confidence=min_confidence)
    actors = {a["actor_id"]: a for a in out["actors"]}
    shown = [e for e in out["events"] if e.get("shown", True)]
    found = total = recalled = 0
    for g in gold:
        candidates = [
            e for e in shown
            if e["type"] == g["type"] and _side(e["source"], g["source"], actors)
            and _side(e["target"], g["target"], actors)
        ]
        wanted = set(g["seeds"])
        hits = wanted & {m["article_key"] for e in candidates for m in e["mentions"]}
        found += len(hits)
        total += len(wanted)
        recalled += bool(hits)
        if verbose:
            print(f"  {g['type']} {g['source'][0]} -> {g['target'][0]}: "
                  f"{len(hits)}/{len(wanted)} seeds, {len(candidates)} events")
    published = {a["article_key"]: a.get("published") or "" for a in out["articles"]}
    multi = [e for e in shown if e["num_articles"] > 1]
    one_month = [e for e in multi if len({published[m["article_key"]][:7]
                                          for m in e["mentions"]}) == 1]
    timeline = out["timeline"]
    dated = [r["date"] for r in timeline if r["date"]]
    n = len(gold)
    dups = [a["article_key"] for a in out["articles"] if a["duplicate_of"]]
    return {
        "event_recall": round(recalled / n, 4),
        "mention_recall": round(found / total, 4),
        "acts_within_one_month": round(len(one_month) / len(multi), 4) if multi else 1.0,
        "timeline_dated": round(len(dated) / len(timeline), 4) if timeline else 0.0,
        "timeline_in_order": float(dated == sorted(dated)),
        "timeline_2019_jan_aug": float(bool(dated) and all(
            "2019-01" <= d[:7] <= "2019-08" for d in dated)),
        "duplicates_ok": 0.0 if dups else 1.0,
    }


if __name__ == "__main__":
    if not SEEDS.exists():
        sys.exit(f"{SEEDS} not found")
    print(json.dumps(score(verbose="-v" in sys.argv), indent=2))
