"""Agreement of the two VOA event annotations, and the adjudicated gold file.

``eval/data/voa_events/annot_a.jsonl`` and ``annot_b.jsonl`` are two independent
annotations of ``sample.jsonl`` (docs/EVENT_ANNOTATION.md). This module measures how
far they agree (type accuracy and Cohen's kappa, event vs no event, source and target
word overlap where both give the same type), lists the items they disagree on for the
adjudicator (``disagreements.jsonl``, one such file per round), and writes
``gold.jsonl``: the agreed items as annotated, the others as adjudicated.

Run ``python -m eval.voa_agreement`` (it prints the figures, rewrites
``disagreements.jsonl`` and, when every disagreement is adjudicated, ``gold.jsonl``).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from eval.events import words

DIR = Path(__file__).resolve().parent / "data/voa_events"
VOA = Path(__file__).resolve().parents[1].parent / "shared/data/voa/voa_stories.jsonl"


def _read(name: str) -> dict[str, dict[str, Any]]:
    path = DIR / name
    if not path.exists():
        return {}
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def _same_words(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    return (not wa and not wb) or bool(wa & wb)


def kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two labellings.

    >>> round(kappa([("A", "A"), ("B", "B"), ("A", "B"), ("B", "B")]), 3)
    0.5
    """
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when two annotations give the same type and, for an event, the same source
    and target words (a content word in common)."""
    if a["type"] != b["type"]:
        return False
    return a["type"] == "NONE" or (_same_words(a["source"], b["source"])
                                   and _same_words(a["target"], b["target"]))


#: Each round of annotation: (sentences, annotation A, annotation B, adjudication).
ROUNDS = (
    ("sample.jsonl", "annot_a.jsonl", "annot_b.jsonl", "adjudicated.jsonl"),
    ("batch2_part1.jsonl", "b2p1_a.jsonl", "b2p1_b.jsonl", "b2p1_adjudicated.jsonl"),
    ("batch2_part2.jsonl", "b2p2_a.jsonl", "b2p2_b.jsonl", "b2p2_adjudicated.jsonl"),
    ("batch3_part1.jsonl", "b3p1_a.jsonl", "b3p1_b.jsonl", "b3p1_adjudicated.jsonl"),
    ("batch3_part2.jsonl", "b3p2_a.jsonl", "b3p2_b.jsonl", "b3p2_adjudicated.jsonl"),
    ("batch4_part1.jsonl", "b4p1_a.jsonl", "b4p1_b.jsonl", "b4p1_adjudicated.jsonl"),
    ("batch4_part2.jsonl", "b4p2_a.jsonl", "b4p2_b.jsonl", "b4p2_adjudicated.jsonl"),
    ("batch5_part1.jsonl", "b5p1_a.jsonl", "b5p1_b.jsonl", "b5p1_adjudicated.jsonl"),
    ("batch5_part2.jsonl", "b5p2_a.jsonl", "b5p2_b.jsonl", "b5p2_adjudicated.jsonl"),
    ("batch6_part1.jsonl", "b6p1_a.jsonl", "b6p1_b.jsonl", "b6p1_adjudicated.jsonl"),
    ("batch6_part2.jsonl", "b6p2_a.jsonl", "b6p2_b.jsonl", "b6p2_adjudicated.jsonl"),
)


def figures(a: dict[str, dict[str, Any]], b: dict[str, dict[str, Any]]) -> dict[str, float]:
    """Agreement figures of two annotations of the same sentences."""
    ids = sorted(set(a) & set(b))
    types = [(a[i]["type"], b[i]["type"]) for i in ids]
    events = [("E" if x != "NONE" else "N", "E" if y != "NONE" else "N") for x, y in types]
    both = [i for i in ids if a[i]["type"] == b[i]["type"] != "NONE"]
    return {
        "items": len(ids),
        "type_agreement": sum(x == y for x, y in types) / len(ids),
        "type_kappa": kappa(types),
        "event_kappa": kappa(events),
        "source_agreement": sum(_same_words(a[i]["source"], b[i]["source"]) for i in both)
        / len(both),
        "target_agreement": sum(_same_words(a[i]["target"], b[i]["target"]) for i in both)
        / len(both),
        "full_agreement": sum(agree(a[i], b[i]) for i in ids) / len(ids),
    }


def _published() -> dict[str, str]:
    out = {}
    if VOA.exists():
        for line in VOA.read_text(encoding="utf-8").splitlines():
            story = json.loads(line)
            out[story["id"]] = story["published"][:10]
    return out


def main() -> None:
    keys = ("type", "mode", "source", "target", "status", "other_types")
    published = _published()
    gold = []
    all_a: dict[str, dict[str, Any]] = {}
    all_b: dict[str, dict[str, Any]] = {}
    for sentences, name_a, name_b, name_adj in ROUNDS:
        sample, a, b = _read(sentences), _read(name_a), _read(name_b)
        if not sample or set(a) != set(sample) or set(b) != set(sample):
            print(f"{sentences}: annotations incomplete, left out")
            continue
        all_a.update(a)
        all_b.update(b)
        print(f"== {sentences}")
        for key, value in figures(a, b).items():
            print(f"{key:18s} {value:.3f}" if isinstance(value, float) else f"{key:18s} {value}")
        differ = [i for i in sorted(sample) if not agree(a[i], b[i])]
        (DIR / name_adj.replace("adjudicated", "disagreements")).write_text("".join(
            json.dumps({"id": i, "text": sample[i]["text"], "a": a[i], "b": b[i]},
                       ensure_ascii=False) + "\n" for i in differ), encoding="utf-8")
        adjudicated = _read(name_adj)
        missing = [i for i in differ if i not in adjudicated]
        print(f"{len(differ)} disagreements, {len(missing)} not adjudicated")
        if missing:
            continue
        for i in sorted(sample, key=lambda k: (sample[k]["story"], k)):
            final = adjudicated[i] if i in differ else a[i]
            gold.append({"id": i, "story": sample[i]["story"],
                         "published": published.get(sample[i]["story"]),
                         "text": sample[i]["text"],
                         **{k: final.get(k, "" if k != "other_types" else []) for k in keys}})
    if all_a:
        print("== all rounds")
        for key, value in figures(all_a, all_b).items():
            print(f"{key:18s} {value:.3f}" if isinstance(value, float) else f"{key:18s} {value}")
    (DIR / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                            for r in gold), encoding="utf-8")
    print(f"gold.jsonl: {len(gold)} sentences")


if __name__ == "__main__":
    main()
