"""Every hostile input is accounted for through the real CLI: analysed or skipped by name.

The catalogue of kinds is ``eval/hostile.py`` (which also writes docs/HOSTILE_INPUTS.md):
all of them go through one ``storyline analyze`` run with a per-article budget, bounded
in time by a subprocess timeout, and each kind is checked by its own test.
"""

import json
import os
import subprocess
import sys

import pytest

from eval.hostile import GOOD, KINDS, measure, problems, run_kinds

BUDGET = 10.0


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    return run_kinds(list(KINDS), tmp_path_factory.mktemp("hostile"), BUDGET)


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_hostile_kind_is_accounted_for_within_budget(outcomes, kind):
    outcome = outcomes[kind.name]
    assert problems(outcome, BUDGET, len(KINDS)) == [], outcome.stderr


def test_hostile_kinds_give_a_store_that_a_rebuild_leaves_unchanged(tmp_path):
    quick = [k for k in KINDS if k.expect != "budget"]
    folder = tmp_path / "in"
    paths = []
    for kind in quick:
        (folder / kind.name).mkdir(parents=True)
        paths += kind.make(folder / kind.name)
    db = tmp_path / "s.duckdb"
    cmd = [sys.executable, "-m", "storyline", "build", "--db", str(db), "--workers", "2", *paths]
    first = measure(cmd, 300)
    assert first[0] == 1 and "internal error" not in first[4] and "Traceback" not in first[4]
    raw = db.read_bytes()
    again = measure(cmd, 300)
    assert again[0] == 1 and "0 analysed" in again[4], again[4]
    assert db.read_bytes() == raw


@pytest.fixture
def hostile_folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "01_good.txt").write_text(GOOD, encoding="utf-8")
    (d / "02_latin1.txt").write_bytes(GOOD.encode("latin-1"))
    (d / "03_cp1252.txt").write_bytes(("\u201c" + GOOD + "\u201d").encode("cp1252"))
    (d / "04_utf16.txt").write_bytes(GOOD.encode("utf-16"))
    (d / "05_mixed_endings.txt").write_bytes(b"Headline\r\n\r\n" + GOOD.encode() + b"\r" + b"\n")
    (d / "06_binary.txt").write_bytes(os.urandom(4096) + b"\x00" * 64)
    (d / "07_empty.txt").write_bytes(b"")
    records = [json.dumps({"id": "r1", "text": GOOD}), "{not json", json.dumps({"id": "r3"}),
               json.dumps({"id": "r4", "text": GOOD, "published": "2019-05-05"}),
               json.dumps({"id": "r5", "text": GOOD + " Half a pair: \ud800."})]
    (d / "08_records.jsonl").write_text("\n".join(records), encoding="utf-8")
    (d / "09_broken.html").write_text(
        "<html><head><script>alert('x')</script><title>Talks</title></head><body><div><p>"
        + GOOD + "<p>unclosed <b>tags</i></div>", encoding="utf-8")
    (d / "10_huge.txt").write_text(GOOD * 20_000, encoding="utf-8")  # ~3 MB, over max_chars
    (d / "11_german.txt").write_text(
        "Der norwegische Außenminister sagte am Sonntag, dass die Regierung und die Opposition "
        "sich erneut in Oslo treffen würden, um die Gespräche über die Krise fortzusetzen.",
        encoding="utf-8")
    (d / "12_short_cp1252.txt").write_bytes("Guaidó habló.".encode("cp1252"))
    (d / "13_broken_utf8.txt").write_bytes(GOOD.encode() + b" A stray byte: \xff.")
    os.symlink(d / "loop_a", d / "loop_b")
    os.symlink(d / "loop_b", d / "loop_a")
    return d


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "storyline", *args], capture_output=True,
                          text=True, timeout=300)


def test_hostile_inputs_are_all_accounted_for_without_traceback(hostile_folder):
    result = run_cli("analyze", "--workers", "2", str(hostile_folder))
    assert "Traceback" not in result.stderr
    assert result.returncode == 1  # something was skipped
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    analysed = {os.path.basename(r["source"]) for r in rows}
    skipped = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert analysed >= {"01_good.txt", "02_latin1.txt", "03_cp1252.txt", "04_utf16.txt",
                        "05_mixed_endings.txt", "08_records.jsonl", "09_broken.html"}
    assert [r["id"] for r in rows if r["source"].endswith(".jsonl")] == ["r1", "r4", "r5"]
    (short,) = [r for r in rows if r["source"].endswith("12_short_cp1252.txt")]
    assert "Guaidó habló." in short["body"] + "".join(r["text"] for r in short["removed"])
    assert short["body"] or short["warnings"]
    (broken,) = [r for r in rows if r["source"].endswith("13_broken_utf8.txt")]
    assert "\ufffd" in broken["body"] and any("UTF-8" in w for w in broken["warnings"])
    for name in ("06_binary.txt", "07_empty.txt", "10_huge.txt", "08_records.jsonl:2",
                 "08_records.jsonl:3", "loop_a", "loop_b"):
        assert any(name in line for line in skipped), name
    (german,) = [r for r in rows if r["source"].endswith("11_german.txt")]
    assert german["language"] == "de" and german["events"] == [] and german["warnings"]
    for row in rows:
        if row is german or row is short:
            continue
        assert row["language"] == "en", row["source"]
        assert "Søreide" in row["body"] or "Oslo" in row["body"], row["source"]
        assert "alert(" not in row["body"]
