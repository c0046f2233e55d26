"""Score actor resolution on real actor phrases of the PLV training sentences
(``eval/data/plv_actors.tsv``).

Each phrase is the source or target of a sentence of ``../shared/data/dev/events/plv_train.json``
(news of many outlets and countries), annotated by hand with the country and sector a
reader of the sentence gives it (docs/ACTOR_ANNOTATION.md); none was written for the
rules. :func:`storyline.stages.actors.stage.resolve` reads it with its sentence as
context. A phrase belongs to ``train`` or ``validation`` by the hash of its folded words
(:func:`eval.actors.half`); rules and data may be written from ``train`` only (``-v``
lists its misses), ``validation`` is only scored, and the floors pin it.

Run ``python -m eval.plv_actors [-v [train|validation]]``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eval.actors import by_half, main

DATA = Path(__file__).parent / "data/plv_actors.tsv"
PLV = Path(__file__).resolve().parents[1].parent / "shared/data/dev/events/plv_train.json"


def cases(path: Path = DATA) -> list[dict[str, Any]]:
    """The annotated phrases with their sentence."""
    sentences = json.loads(PLV.read_text(encoding="utf-8"))
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("row\t"):
            continue
        row, text, country, sector = line.split("\t")
        out.append({"text": text, "context": sentences[int(row)]["text"],
                    "country": None if country == "-" else country,
                    "sector": None if sector == "-" else sector, "sector_scored": True})
    return out


def score(verbose: bool = False, show: str | None = None) -> dict[str, float]:
    """Country and sector accuracy over each half (``train_...``, ``validation_...``);
    ``verbose`` prints the misses of the half ``show`` (``train`` unless told)."""
    return by_half(cases(), verbose, show)


if __name__ == "__main__":
    main(score)
