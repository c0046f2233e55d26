"""Score actor resolution on short texts written for storyline (``eval/data/actor_cases.tsv``).

Each line holds an actor text as news writes it ("Kenyan police spokesman Peter
Otieno", "Hezbollah", "Verkhovna Rada"), the country a reader would give it
(ISO3, ``-`` for none) and its PLOVER sector. The texts cover titled people the
tables have never seen, bare well-known names, armed groups, parties,
institutions, outlets and demonym + noun phrases. They are resolved without
context or date, so a known person takes their latest office.

Run ``python -m eval.actor_cases [-v]`` to print the metrics (``-v`` lists misses).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eval.actors import tally

CASES = Path(__file__).parent / "data/actor_cases.tsv"


def cases(path: Path = CASES) -> list[dict]:
    """The scored rows of ``path``: text, country (None for ``-``) and sector."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, country, sector = line.split("\t")
        out.append({"text": text, "context": None, "country": None if country == "-" else country,
                    "sector": sector, "sector_scored": True})
    return out


def score(verbose: bool = False) -> dict[str, float]:
    """Country and sector accuracy of actor resolution on the written cases."""
    return tally(cases(), verbose)


if __name__ == "__main__":
    print(json.dumps({k: round(v, 4) for k, v in score("-v" in sys.argv).items()}))
