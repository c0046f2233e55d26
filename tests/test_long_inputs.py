"""Pathological lines through the real CLI: each is analysed, none hangs or errs.

The timeout guards against a hang only; how long these take against normal text is
measured by ``python -m eval.long_inputs``, not here.
"""

import json
import subprocess
import sys

CASES = {
    "nested": "Maduro said that Guaidó said that " * 600 + "talks failed.",
    "parens": "Talks resumed " + "(" * 200_000 + " in Oslo.",
    "open_quotes": 'He said "' * 2_000,
    "said": "Talks failed" + ", officials said" * 1_500 + ".",
}


def test_pathological_lines_are_analysed(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in CASES.items()),
                    encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "storyline", "analyze", "--workers", "1",
                             str(path)], capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-2000:]
    rows = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert set(rows) == set(CASES)
    assert rows["said"]["quotes"] and rows["nested"]["quotes"]
