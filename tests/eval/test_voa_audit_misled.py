import json

from eval import voa_audit_misled as m
from eval.event_data import split_of

# Made-up sentences, two of the training split and one of validation (by their hash).
S1, S2, S3 = ("Police arrested twelve people.", "The army shelled the town.",
              "Rebels seized the airport.")


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _judged(row, real=True, type_ok=True, source_ok=True, target_ok=True):
    return {"row": row, "real_event": real, "type_ok": type_ok, "source_ok": source_ok,
            "target_ok": target_ok, "note": ""}


def test_the_sentences_fall_in_the_splits_the_tests_need():
    assert [split_of(s) for s in (S1, S2, S3)] == ["train", "validation", "train"]


def test_joined_keeps_the_split_and_the_latest_round_and_misled_keeps_either_auditors_no(
        tmp_path, monkeypatch):
    monkeypatch.setattr(m, "DIR", tmp_path)
    # The split is the sentence's, whatever the row's stored field says.
    _write(tmp_path / "round1_rows.jsonl", [
        {"row": "r1", "article": "a", "split": "train", "sentence": S1, "type": "AID"},
        {"row": "r2", "article": "a", "split": "train", "sentence": S2, "type": "AID"}])
    _write(tmp_path / "round1_audit_a.jsonl", [_judged("r1", real=False), _judged("r2")])
    _write(tmp_path / "round1_audit_b.jsonl", [_judged("r1"), _judged("r2")])
    _write(tmp_path / "round2_rows.jsonl", [
        {"row": "r3", "article": "b", "split": "train", "sentence": S3, "type": "AID"},
        # Round 1's r1 drawn again under a fresh id.
        {"row": "r4", "article": "a", "split": "train", "sentence": S1, "type": "AID"}])
    _write(tmp_path / "round2_audit_a.jsonl", [_judged("r3"), _judged("r4")])
    _write(tmp_path / "round2_audit_b.jsonl", [_judged("r3", type_ok=False), _judged("r4")])
    rows = m.joined(range(1, 3))
    assert sorted((r["row"], r["round"]) for r in rows) == [("r3", 2), ("r4", 2)]
    assert [r["row"] for r in m.misled(rows)] == ["r3"]
    assert [r["row"] for r in m.misled(m.joined(range(1, 2)))] == ["r1"]
    assert [r["row"] for r in m.joined(range(1, 2), "validation")] == ["r2"]


def _event(kind, src, tgt, conf, sentence=S1):
    return {"type": kind, "sentence": sentence, "confidence": conf,
            "source": [{"name": n} for n in src], "target": [{"name": n} for n in tgt]}


def test_misplaced_rows_are_real_events_with_an_actor_judged_wrong_set_beside_todays_rows():
    row = {"row": "r1", "article": "a", "sentence": S1, "type": "COERCE",
           "source": ["Police"], "target": ["media"]}
    rows = [{**row, "a": _judged("r1", target_ok=False), "b": _judged("r1")},
            {**row, "row": "r2", "a": _judged("r2", real=False, source_ok=False),
             "b": _judged("r2")},
            {**row, "row": "r3", "a": _judged("r3"), "b": _judged("r3")}]
    bad = m.misplaced(rows)
    assert [r["row"] for r in bad] == ["r1"]
    still = m.shown_now(bad, [{"id": "a", "events": [
        _event("COERCE", ["Police"], ["media"], 0.9),
        _event("ASSAULT", ["Police"], [], 0.9, sentence=S3)]}])
    assert still[0]["same"] and still[0]["now"] == [
        {"type": "COERCE", "src": ["Police"], "tgt": ["media"], "conf": 0.9}]
    # Hidden under the cut, or with other actors: the judgment no longer stands.
    for now in (_event("COERCE", ["Police"], ["media"], 0.6),
                _event("COERCE", ["Police"], [], 0.9)):
        assert not m.shown_now(bad, [{"id": "a", "events": [now]}])[0]["same"]
    # No row of its type on the sentence: every type's rows are shown beside it.
    other = m.shown_now(bad, [{"id": "a", "events": [_event("ASSAULT", ["Police"], [], 0.8)]}])
    assert not other[0]["same"] and [n["type"] for n in other[0]["now"]] == ["ASSAULT"]


def test_empty_roles_keeps_rows_whose_role_judged_wrong_is_empty():
    row = {"row": "r1", "article": "a", "sentence": S1, "type": "ASSAULT"}
    rows = [
        # target empty and judged wrong by one auditor: kept
        {**row, "source": ["Police"], "target": [], "a": _judged("r1", target_ok=False),
         "b": _judged("r1")},
        # target judged wrong but filled (a wrong actor, not a missing one): left out
        {**row, "row": "r2", "source": ["Police"], "target": ["media"],
         "a": _judged("r2", target_ok=False), "b": _judged("r2", target_ok=False)},
        # source empty but judged right (no one named): left out
        {**row, "row": "r3", "source": [], "target": ["media"], "a": _judged("r3"),
         "b": _judged("r3")},
        # source empty and judged wrong by the other auditor: kept
        {**row, "row": "r4", "source": [], "target": ["media"], "a": _judged("r4"),
         "b": _judged("r4", source_ok=False)}]
    assert [r["row"] for r in m.empty_roles(rows)] == ["r1", "r4"]
