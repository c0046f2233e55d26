import json

from eval import voa_audit_misled as m


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _judged(row, real=True, type_ok=True):
    return {"row": row, "real_event": real, "type_ok": type_ok, "note": ""}


def test_joined_keeps_the_split_and_the_latest_round_and_misled_keeps_either_auditors_no(
        tmp_path, monkeypatch):
    monkeypatch.setattr(m, "DIR", tmp_path)
    _write(tmp_path / "round1_rows.jsonl", [
        {"row": "r1", "article": "a", "split": "train", "sentence": "s1", "type": "AID"},
        {"row": "r2", "article": "a", "split": "validation", "sentence": "s2", "type": "AID"}])
    _write(tmp_path / "round1_audit_a.jsonl", [_judged("r1", real=False), _judged("r2")])
    _write(tmp_path / "round1_audit_b.jsonl", [_judged("r1"), _judged("r2")])
    _write(tmp_path / "round2_rows.jsonl", [
        {"row": "r3", "article": "b", "split": "train", "sentence": "s3", "type": "AID"},
        # Round 1's r1 drawn again under a fresh id.
        {"row": "r4", "article": "a", "split": "train", "sentence": "s1", "type": "AID"}])
    _write(tmp_path / "round2_audit_a.jsonl", [_judged("r3"), _judged("r4")])
    _write(tmp_path / "round2_audit_b.jsonl", [_judged("r3", type_ok=False), _judged("r4")])
    rows = m.joined(range(1, 3))
    assert sorted((r["row"], r["round"]) for r in rows) == [("r3", 2), ("r4", 2)]
    assert [r["row"] for r in m.misled(rows)] == ["r3"]
    assert [r["row"] for r in m.misled(m.joined(range(1, 2)))] == ["r1"]
