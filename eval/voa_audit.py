"""Draw VOA event rows for a hand audit, and score the audits.

The audit asks what an analyst would: of the event rows storyline *shows* (confidence at
least the default ``min_confidence``) on the VOA corpus, how many are right in every
field, and how many mislead (no real event, a wrong type, or a wrong actor). Each round
draws the first 60 shown rows in the order of a hash of (story, offset, type, trigger),
so the draw does not depend on which rows an auditor has seen; two auditors judge every
row independently (``ROUND_audit_a.jsonl``, ``ROUND_audit_b.jsonl``; the questions are in
docs/EVENTS.md, "Hand audit"). A row identical to one judged in an earlier round keeps
that judgment; only changed or new rows go to the auditors (``ROUND_changed_rows.jsonl``).

Run ``python -m eval.voa_audit draw ROUND [--fresh]`` to write ``ROUND_rows.jsonl`` from
the current code (``--fresh``: a new sample, rows no earlier round judged, for a figure
the code was not tuned on), and ``python -m eval.voa_audit score ROUND`` to print the figures.
A row's date is shown as precise as it is known, as the timeline shows it ("2025-02" for
a month; rounds 1-10 showed the first day of the month or year instead). Each row carries
the ``split`` of its sentence (:func:`row_split`): its VOA gold twin's when the event
annotation holds the same sentence (up to quote marks and white space: the corpus's
sentence may keep a quote mark the annotation's lacks, and so hash elsewhere), else the
event data's hash (:func:`eval.event_data.split_of`). A row of the ``validation`` split is
scored, never read for a rule or a lexicon entry (round 6 drew 10 such rows of 60). Rows
files written before stop 30 keep the ``split`` drawn then; read :func:`row_split`, not that
field.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

from eval.event_data import rows as event_rows
from eval.event_data import split_of

DIR = Path(__file__).resolve().parent / "data/voa_audit"
VOA = Path(__file__).resolve().parents[1].parent / "shared/data/voa/voa_stories.jsonl"
N = 60
FIELDS = ("real_event", "type_ok", "source_ok", "target_ok", "date_ok", "status_ok",
          "all_ok", "misleading")
_QUOTES = re.compile("[\"'`\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f]")


def bare(text: str) -> str:
    """``text`` without its quote marks, its runs of white space single spaces: the key that
    matches an audited sentence with its gold twin.

    >>> bare('\u201cWe will  respond,\u201d he said. "') == bare("We will respond, he said.")
    True
    """
    return " ".join(_QUOTES.sub(" ", text).split())


@cache
def gold_splits() -> dict[str, str]:
    """The split of each sentence of the VOA event annotation, by :func:`bare` text."""
    return {bare(r["text"]): r["split"] for r in event_rows("voa")}


def row_split(sentence: str) -> str:
    """The split of an audited row's sentence: its gold twin's (:func:`gold_splits`) when
    the VOA event annotation holds it, so that a sentence never falls in one split as an
    audit row and in the other as a gold row; else :func:`eval.event_data.split_of`."""
    return gold_splits().get(bare(sentence)) or split_of(sentence)


def draw(round_name: str, fresh: bool = False) -> list[dict[str, Any]]:
    """The first ``N`` shown event rows of the VOA corpus by hash, as the auditors see them;
    ``fresh`` salts the hash with the round's name, for a sample no earlier round drew."""
    from storyline.analyze import analyze
    from storyline.corpus.timeline import when
    from storyline.settings import Settings

    floor = Settings().min_confidence
    rows = []
    for art in analyze([str(VOA)]):
        if not isinstance(art, dict):
            continue
        for e in art["events"]:
            if e["confidence"] < floor:
                continue
            salt = f"{round_name}|" if fresh else ""
            key = hashlib.sha1(f"{salt}{art['id']}|{e['start']}|{e['type']}|{e['trigger']}"
                               .encode()).hexdigest()
            rows.append((key, {
                "row": key[:10], "article": art["id"], "published": art["published"],
                "sentence": e["sentence"], "type": e["type"], "mode": e["mode"],
                "source": [a["name"] for a in e["source"]],
                "target": [a["name"] for a in e["target"]], "date": when(e),
                "status": e["status"], "location": (e["location"] or {}).get("name"),
                "confidence": e["confidence"], "split": row_split(e["sentence"])}))
    chosen = [r for _, r in sorted(rows, key=lambda x: x[0])[:N]]
    (DIR / f"{round_name}_rows.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chosen), encoding="utf-8")
    return chosen


def score(round_name: str) -> dict[str, float]:
    """Share of rows each auditor marks true for each question, and their mean."""
    out: dict[str, float] = {}
    audits = []
    for who in ("a", "b"):
        path = DIR / f"{round_name}_audit_{who}.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        audits.append(rows)
        for f in FIELDS:
            out[f"{who}.{f}"] = sum(bool(r[f]) for r in rows) / len(rows)
    for f in FIELDS:
        out[f] = (out[f"a.{f}"] + out[f"b.{f}"]) / 2
    by_row = [{r["row"]: r for r in rows} for rows in audits]
    common = set(by_row[0]) & set(by_row[1])
    out["agreement_all_ok"] = sum(by_row[0][k]["all_ok"] == by_row[1][k]["all_ok"]
                                  for k in common) / len(common)
    out["agreement_misleading"] = sum(
        by_row[0][k]["misleading"] == by_row[1][k]["misleading"] for k in common) / len(common)
    return out


if __name__ == "__main__":
    action, name = sys.argv[1], sys.argv[2]
    if action == "draw":
        rows = draw(name, fresh="--fresh" in sys.argv)
        print(f"{len(rows)} rows -> {DIR / (name + '_rows.jsonl')}")
    else:
        for key, value in score(name).items():
            print(f"{key:24s} {value:.3f}")
