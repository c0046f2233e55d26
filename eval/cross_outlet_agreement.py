"""Agreement of the two independent cross-outlet annotations, and the gold file built
from their adjudication (docs/CROSS_OUTLET_ANNOTATION.md).

``eval/data/cross_outlet/mentions.jsonl`` lists the event mentions of the six VOA threads
(ids ``m000`` ...); ``annot_a.json`` and ``annot_b.json`` are two annotators' readings of
which mentions tell one act, made apart from each other from the guidelines alone;
``adjudicated.json`` settles their disagreements (each decision with its reason). The
second round (:data:`ROUNDS`, files ending ``_2``, ids ``n000`` ...) does the same for the
threads of ``threads.json``. This module prints, per round, how far the two agree over the
candidate pairs (mentions of different articles of one thread, or of the two overlapping
threads of the G7 and Jeddah talks) and writes ``voa_acts.json``, the acts of every round,
the form :mod:`eval.cross_outlet` scores against.

Run ``python -m eval.cross_outlet_agreement``.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

from eval.voa_agreement import kappa

DIR = Path(__file__).resolve().parent / "data/cross_outlet"
#: The annotation rounds: the suffix of their files (``mentions{suffix}.jsonl``, ...).
ROUNDS = ("", "_2")
#: Threads that overlap in time and topic: pairs across them are candidates too.
OVERLAPPING = frozenset({"g7_ministers_in_canada", "jeddah_us_ukraine_talks"})
FIELDS = ("article", "type", "source", "target", "sentence")


def _load(name: str) -> Any:
    path = DIR / name
    if name.endswith(".jsonl"):
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return json.loads(path.read_text(encoding="utf-8"))


def candidate_pairs(mentions: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Pairs of mentions of different articles of one thread (or overlapping threads)."""
    return [(a["id"], b["id"]) for a, b in itertools.combinations(mentions, 2)
            if a["article"] != b["article"] and (a["thread"] == b["thread"]
                                                 or {a["thread"], b["thread"]} == OVERLAPPING)]


def same_act(annotation: dict[str, Any]) -> dict[str, str]:
    """Each grouped mention's act."""
    return {i: act for act, ids in annotation["acts"].items() for i in ids}


def figures(pairs: list[tuple[str, str]], one: dict[str, Any], other: dict[str, Any]
            ) -> dict[str, float]:
    """Same-act pairs of each reading, those in common, and Cohen's kappa over the
    candidate pairs neither marked ambiguous."""
    skip = {frozenset(p) for p in [*one["ambiguous"], *other["ambiguous"]]}
    act1, act2 = same_act(one), same_act(other)
    labels = [(x in act1 and act1[x] == act1.get(y), x in act2 and act2[x] == act2.get(y))
              for x, y in pairs if frozenset((x, y)) not in skip]
    return {"pairs": len(labels), "same_1": sum(a for a, _ in labels),
            "same_2": sum(b for _, b in labels), "same_both": sum(a and b for a, b in labels),
            "kappa": round(kappa([(str(a), str(b)) for a, b in labels]), 4)}


def gold(mentions: list[dict[str, Any]], adjudicated: dict[str, Any],
         agreement: dict[str, Any]) -> dict[str, Any]:
    """The adjudicated acts and ambiguous pairs with their mentions written out."""
    by_id = {m["id"]: {k: m[k] for k in FIELDS} for m in mentions}
    return {
        "_doc": "Cross-article event identity on the VOA threads (Voice of America, US "
                "government work, public domain; credit voanews.com): which event mentions "
                "tell the same real-world act. Built by eval/cross_outlet_agreement.py from "
                "two independent annotations and their adjudication "
                "(docs/CROSS_OUTLET_ANNOTATION.md); acts listed are those told by at least "
                "two articles; 'ambiguous' pairs are not scored; the split is by thread, "
                "validation = threads whose sha1 mod 3 is 0.",
        "agreement": agreement,
        "acts": {act: [by_id[i] for i in ids] for act, ids in sorted(adjudicated["acts"].items())},
        "ambiguous": [[by_id[i] for i in pair] for pair in adjudicated["ambiguous"]],
    }


def main() -> None:
    mentions: list[dict[str, Any]] = []
    adjudicated: dict[str, Any] = {"acts": {}, "ambiguous": []}
    agreement = {}
    for suffix in ROUNDS:
        told = _load(f"mentions{suffix}.jsonl")
        a, b = _load(f"annot_a{suffix}.json"), _load(f"annot_b{suffix}.json")
        adj = _load(f"adjudicated{suffix}.json")
        pairs = candidate_pairs(told)
        figs = {"a_b": figures(pairs, a, b), "a_adjudicated": figures(pairs, a, adj),
                "b_adjudicated": figures(pairs, b, adj)}
        for name, f in figs.items():
            print(f"round{suffix or '_1'} {name:14s} " + " ".join(f"{k} {v}" for k, v in f.items()))
        agreement.update(figs if not suffix else {f"{k}{suffix}": v for k, v in figs.items()})
        mentions += told
        adjudicated["acts"].update(adj["acts"])
        adjudicated["ambiguous"] += adj["ambiguous"]
    out = gold(mentions, adjudicated, agreement)
    (DIR / "voa_acts.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    print(f"voa_acts.json: {len(out['acts'])} acts, {len(out['ambiguous'])} ambiguous pairs")


if __name__ == "__main__":
    main()
