"""Compare a scorer's metrics with their pinned floors.

>>> check({"f1": 0.91}, {"f1": 0.9})
[]
>>> check({"f1": 0.8}, {"f1": 0.9})
['f1: 0.8000 is below its floor 0.9000']
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

FLOORS = Path(__file__).parent / "floors"


def floors(name: str) -> dict[str, float]:
    """The pinned floors of scorer ``name``."""
    return json.loads((FLOORS / f"{name}.json").read_text())


def check(scores: dict[str, float], pinned: dict[str, float]) -> list[str]:
    """Messages for every metric below its floor (empty when all pass)."""
    return [f"{k}: {scores.get(k, float('nan')):.4f} is below its floor {v:.4f}"
            for k, v in pinned.items() if not scores.get(k, float("-inf")) >= v]


def main() -> int:
    failures = 0
    for path in sorted(FLOORS.glob("*.json")):
        scores = importlib.import_module(f"eval.{path.stem}").score()
        problems = check(scores, floors(path.stem))
        print(path.stem, json.dumps({k: round(v, 4) for k, v in scores.items()}))
        for p in problems:
            print("  FAIL", p)
        failures += bool(problems)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
