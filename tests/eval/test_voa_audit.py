"""An audited VOA row takes the split of its gold twin, whatever its quote marks."""

from __future__ import annotations

import json

from eval import voa_audit, voa_audit_misled
from eval.event_data import split_of

# A made-up quotation as the corpus splits it (a stray opening mark) and as the event
# annotation keeps it (none): one sentence, two hashes.
QUOTED = '"The army will answer the attack with full force," the minister said.'
TWIN = "The army will answer the attack with full force, the minister said."


def _other(split: str) -> str:
    return "validation" if split == "train" else "train"


def test_a_row_takes_its_gold_twins_split_not_its_own_hash(monkeypatch):
    twin_split = _other(split_of(QUOTED))
    monkeypatch.setattr(voa_audit, "gold_splits",
                        lambda: {voa_audit.bare(TWIN): twin_split})
    assert voa_audit.row_split(QUOTED) == twin_split
    assert voa_audit.row_split("\u201c" + TWIN + "\u201d") == twin_split
    alone = "Police detained two men near the port on Friday."
    assert voa_audit.row_split(alone) == split_of(alone)


def test_the_misled_listing_files_a_row_under_its_gold_twins_split(tmp_path, monkeypatch):
    twin_split = _other(split_of(QUOTED))
    monkeypatch.setattr(voa_audit, "gold_splits",
                        lambda: {voa_audit.bare(TWIN): twin_split})
    monkeypatch.setattr(voa_audit_misled, "DIR", tmp_path)
    row = {"row": "r1", "article": "1", "sentence": QUOTED, "type": "ASSAULT"}
    (tmp_path / "round7_rows.jsonl").write_text(json.dumps(row) + "\n")
    for who in "ab":
        (tmp_path / f"round7_audit_{who}.jsonl").write_text(json.dumps({"row": "r1"}) + "\n")
    assert [r["row"] for r in voa_audit_misled.joined(range(7, 8), twin_split)] == ["r1"]
    assert voa_audit_misled.joined(range(7, 8), split_of(QUOTED)) == []


def test_every_gold_sentence_is_its_own_twin():
    # The key is one to one on the annotation: no two gold sentences of different splits
    # share it, so a row's twin is never ambiguous.
    texts = [r["text"] for r in voa_audit.event_rows("voa")]
    assert len({voa_audit.bare(t) for t in texts}) == len(set(texts))
    assert all(voa_audit.row_split(t) == split_of(t) for t in texts)
