"""List the cross-article registry's doubtful merges and splits of people, to read by hand.

Reads the analysed articles of a store (``storyline build ... --db FILE``), merges their
actors again with :func:`storyline.corpus.registry.build`, and prints:

* **merges**: corpus actors whose members carry two full personal names that cannot be
  one person (different surnames, or different first names that are neither spellings
  nor short forms of one another: "Mike Pence" / "Karen Pence");
* **splits**: pairs of corpus people whose names are one name once middle names and
  initials are dropped ("John Q. Smith" / "John Smith"), or whose first names are
  spellings or short forms of one another ("Jim Risch" / "James Risch"), with no
  country against it;
* **igo**: intergovernmental actors and the names each one gathered, so that a body
  swallowing others ("G7 foreign ministers" with the Security Council) shows.

The counts are candidates, not verdicts: read the lists. Run
``python -m eval.registry_audit --db FILE [--json]``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from itertools import combinations
from typing import Any

from storyline.corpus import dedup, registry
from storyline.corpus.articles import actor_refs
from storyline.stages.actors.people import PARTICLES, name_words, same_given_name
from storyline.store import Store

_GENERIC_ID = re.compile(r"[A-Z]{3}(\.[A-Z]{3})?")


def _full_names(names: set[str]) -> list[list[str]]:
    out = []
    for name in names:
        words = [w for w in name_words(name) if w not in PARTICLES]
        if len(words) >= 2 and all(w.isalpha() for w in words):
            out.append(words)
    return out


def _one_person(a: list[str], b: list[str]) -> bool:
    return a[-1] == b[-1] and same_given_name(a[0], b[0])


def audit(articles: list[dict[str, Any]]) -> dict[str, Any]:
    """Doubtful merges and splits of the registry over ``articles`` (see the module doc)."""
    reg = registry.build(articles, dedup.duplicates(articles))
    members: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for article in articles:
        for _where, ref in actor_refs(article):
            if ref.get("kind") == "person" and ref.get("name"):
                members[reg.resolve(ref)][registry.local_id(ref)].add(ref["name"])
    merges = []
    for actor_id, by_local in sorted(members.items()):
        if _GENERIC_ID.fullmatch(actor_id):
            continue  # a country's sector ("USA.JRN"): a group, whatever words named it
        names = sorted({" ".join(w) for ns in by_local.values() for w in _full_names(ns)})
        bad = [(a, b) for a, b in combinations(names, 2)
               if not _one_person(a.split(), b.split())
               and not (set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()))]
        if bad:
            merges.append({"actor_id": actor_id, "pairs": bad})
    people = [r for r in reg.actors if r["kind"] == "person"]
    by_last: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in people:
        words = [w for w in name_words(row["name"]) if w not in PARTICLES]
        if len(words) >= 2:
            by_last[words[-1]].append({**row, "_words": words})
    splits = []
    for rows in by_last.values():
        for a, b in combinations(rows, 2):
            if a["country"] and b["country"] and a["country"] != b["country"]:
                continue
            if _one_person(a["_words"], b["_words"]):
                splits.append((a["name"], b["name"]))
    igo = [{"actor_id": r["actor_id"], "aliases": r["aliases"]} for r in reg.actors
           if r["sector"] == "IGO" and r["kind"] != "person"]
    return {"n_actors": len(reg.actors), "merges": merges, "splits": sorted(splits), "igo": igo,
            "n_merges": len(merges), "n_splits": len(splits),
            "n_igo_multi": sum(1 for r in igo if len(r["aliases"]) > 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with Store.open(args.db, read_only=True) as store:
        articles = list(store.articles())
    result = audit(articles)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    for m in result["merges"]:
        print("MERGE", m["actor_id"], m["pairs"])
    for a, b in result["splits"]:
        print("SPLIT", a, "|", b)
    for r in result["igo"]:
        print("IGO", r["actor_id"], r["aliases"][:12])
    print({k: v for k, v in result.items() if k.startswith("n_")})


if __name__ == "__main__":
    main()
