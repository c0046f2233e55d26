"""Join the VOA hand audits' rows with both auditors' judgments, for reading the failures.

``python -m eval.voa_audit_misled [--split train] [--rounds 7-19]`` prints, one per line,
every audited row of the split that either auditor judged no real event (``real_event``
false) or of a wrong type (``type_ok`` false), with the story, the row's type and trigger
sentence and both notes, then the count of such rows per story. A row judged in several
rounds (the same story, sentence and type; a fresh round draws it under another id) is
listed once, with its latest round's judgments. Only ``train`` rows may be read to write a rule
or a lexicon entry (see :mod:`eval.voa_audit`); ``validation`` rows are scored, not read.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import Any

from eval.voa_audit import DIR


def _lines(path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def joined(rounds: range, split: str = "train") -> list[dict[str, Any]]:
    """Rows of ``split`` in ``rounds`` with both audits (keys ``a`` and ``b``), the latest
    round of each story, sentence and type kept."""
    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    for n in rounds:
        for stem in (f"round{n}", f"round{n}_changed"):
            audits = [{r["row"]: r for r in _lines(DIR / f"{stem}_audit_{who}.jsonl")}
                      for who in ("a", "b")]
            for row in _lines(DIR / f"{stem}_rows.jsonl"):
                if row.get("split") != split:
                    continue
                a, b = audits[0].get(row["row"]), audits[1].get(row["row"])
                if a is None or b is None:
                    continue
                key = (row["article"], row["sentence"], row["type"])
                out[key] = {**row, "round": n, "a": a, "b": b}
    return list(out.values())


def misled(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows either auditor judged no real event or of a wrong type."""
    return [r for r in rows
            if not (r["a"]["real_event"] and r["b"]["real_event"])
            or not (r["a"]["type_ok"] and r["b"]["type_ok"])]


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--split", default="train")
    p.add_argument("--rounds", default="7-19")
    args = p.parse_args()
    lo, hi = (int(x) for x in args.rounds.split("-"))
    rows = joined(range(lo, hi + 1), args.split)
    bad = misled(rows)
    for r in bad:
        what = "/".join(f"{k}:{''.join(w for w in 'ab' if not r[w][k]) or '-'}"
                        for k in ("real_event", "type_ok"))
        print(json.dumps({"round": r["round"], "row": r["row"], "article": r["article"],
                          "type": r["type"], "status": r["status"], "conf": r["confidence"],
                          "fail": what, "sentence": r["sentence"],
                          "src": r["source"], "tgt": r["target"],
                          "note_a": r["a"]["note"], "note_b": r["b"]["note"]},
                         ensure_ascii=False))
    print(f"{len(bad)} of {len(rows)} {args.split} rows judged no event or wrong type")
    for story, n in Counter(r["article"] for r in bad).most_common():
        print(story, n)
