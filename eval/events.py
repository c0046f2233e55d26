"""Score event coding against the PLOVER gold-standard sentences.

``../shared/data/dev/events/PLOVER_GSR_CAMEO.json``: 322 hand-coded sentences
(DOCUMENT entries skipped; older labels mapped: DEMAND -> REQUEST, DISAPPROVE
and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT). Each sentence runs through the
whole pipeline on its own (published = its ``date``, no boilerplate removal);
our most confident event is compared with the gold one.

Metrics: ``macro_f1`` over the 16 types, ``accuracy`` (right type / all
sentences), ``precision`` (right type / sentences we coded), ``no_event`` (share of
sentences we coded nothing in), per type ``p_TYPE`` and ``r_TYPE``, and for the
roles ``source_country``/``target_country`` (share of gold-coded sentences where
one of our actors has a gold actor's country code, CAMEO-era codes such as JAP read as
ISO3 as in ``eval.actors``; a gold "IGO" matches any actor of ours with sector IGO, our
convention for intergovernmental bodies and their people) and ``source_sector``/
``target_sector`` (the same for country and sector together, over gold actors
with a sector).

Run ``python -m eval.events`` to print them.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

from eval.actors import CAMEO_TO_ISO
from storyline.engines.local import build_pipeline
from storyline.model import Article
from storyline.settings import Settings
from storyline.stages.event_lexicon import TYPES

DATA = Path(__file__).resolve().parents[1].parent / "shared/data/dev/events/PLOVER_GSR_CAMEO.json"
OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "FIGHT": "ASSAULT"}


def gold() -> list[dict[str, Any]]:
    """The coded sentences, labels mapped to today's PLOVER types."""
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    out = []
    for r in rows:
        label = OLD_LABELS.get(r.get("event", ""), r.get("event", ""))
        if label in TYPES and r.get("text"):
            out.append({**r, "event": label})
    return out


def best_event(article: dict[str, Any]) -> dict[str, Any] | None:
    """Our most confident event of an analysed article (the first among equals)."""
    events = article["events"]
    return max(events, key=lambda e: e["confidence"]) if events else None


@cache
def predictions() -> tuple[tuple[dict[str, Any], dict[str, Any] | None], ...]:
    """(gold row, our best event) for every coded sentence."""
    settings = Settings(clean=False)
    pipe = build_pipeline(settings)
    out = []
    for i, row in enumerate(gold()):
        art = Article(id=str(i), source=row["id"], raw=row["text"], published=row.get("date"))
        out.append((row, best_event(pipe.run(art, settings).to_dict())))
    return tuple(out)


def _actors(row: dict[str, Any], role: str) -> list[dict[str, Any]]:
    value = row.get(role)
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def _role_hits(ours: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> tuple[bool, bool]:
    codes = {CAMEO_TO_ISO.get(a.get("code"), a.get("code")) for a in theirs}
    pairs = {(CAMEO_TO_ISO.get(a.get("code"), a.get("code")), a.get("sector"))
             for a in theirs if a.get("sector")}

    def igo(a: dict[str, Any]) -> bool:
        # Ours: an intergovernmental body or its people have sector IGO and no country.
        return a.get("kind") == "igo" or a.get("sector") == "IGO"

    country = any(a.get("country") in codes or igo(a) and "IGO" in codes for a in ours)
    sector = any((a.get("country"), a.get("sector")) in pairs
                 or a.get("kind") == "igo" and ("IGO", a.get("sector")) in pairs for a in ours)
    return country, sector


def score() -> dict[str, float]:
    """Every metric of this scorer, by name."""
    preds = predictions()
    n = len(preds)
    metrics: dict[str, float] = {}
    f1s = []
    for t in TYPES:
        tp = sum(1 for g, e in preds if e and e["type"] == t and g["event"] == t)
        fp = sum(1 for g, e in preds if e and e["type"] == t and g["event"] != t)
        fn = sum(1 for g, e in preds if g["event"] == t and not (e and e["type"] == t))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        metrics[f"p_{t}"], metrics[f"r_{t}"] = p, r
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    coded = [(g, e) for g, e in preds if e]
    right = sum(1 for g, e in coded if e["type"] == g["event"])
    metrics["macro_f1"] = sum(f1s) / len(f1s)
    metrics["accuracy"] = right / n
    metrics["precision"] = right / len(coded) if coded else 0.0
    metrics["no_event"] = 1 - len(coded) / n
    for role in ("source", "target"):
        rows = [(e, _actors(g, role)) for g, e in preds if _actors(g, role)]
        with_sector = [(e, a) for e, a in rows if any(x.get("sector") for x in a)]
        hits = [_role_hits(e[role] if e else [], a) for e, a in rows]
        sector_hits = [_role_hits(e[role] if e else [], a)[1] for e, a in with_sector]
        metrics[f"{role}_country"] = sum(h[0] for h in hits) / len(rows) if rows else 0.0
        metrics[f"{role}_sector"] = sum(sector_hits) / len(with_sector) if with_sector else 0.0
    return metrics


def confusions() -> list[tuple[str, str, str]]:
    """(gold type, our type or "-", sentence) for every miss: for reading, not scoring."""
    return [(g["event"], e["type"] if e else "-", g["text"]) for g, e in predictions()
            if not e or e["type"] != g["event"]]


if __name__ == "__main__":
    result = score()
    for key, value in result.items():
        print(f"{key:20s} {value:.3f}")
    if "-v" in sys.argv:
        for g, ours, text in confusions():
            print(f"{g:10s} {ours:10s} {text[:150]}")
