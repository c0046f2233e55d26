"""Build ``storyline/data/name_genders.json``: given names a reader takes for a man's or a
woman's, for resolving "he" and "she" (:mod:`storyline.stages.actors.gender`).

Source: the US Census Bureau's 1990 frequency files of first names, ``dist.male.first``
and ``dist.female.first`` (public domain; the same files ship in the ``names`` package
on PyPI, MIT, ``names/dist.*.first``). Each line is a name in capitals, its share of
the people of that sex in per cent, the cumulative share and the rank.

A name is kept for one gender when its share among that sex is at least ``RATIO``
times its share among the other (``Hillary``, ``Donald``; ``Kelly``, ``Robin`` and
``Chris`` are left out: a text's own words decide them), and it is no rarer than
``MIN_SHARE`` per cent.

Run ``python scripts/build_name_genders.py DIR`` from the repository root, ``DIR``
holding the two files; it rewrites the data file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "data" / "name_genders.json"
#: How many times commoner among one sex a name must be to be kept as that sex's.
RATIO = 9.0
#: Rarest share (per cent of that sex) of a name kept.
MIN_SHARE = 0.001


def shares(path: Path) -> dict[str, float]:
    """Name (lower case) -> share in per cent, from one Census file."""
    out = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            out[parts[0].lower()] = float(parts[1])
    return out


def build(folder: Path) -> dict[str, object]:
    """The data file's content from the Census files in ``folder``."""
    male = shares(folder / "dist.male.first")
    female = shares(folder / "dist.female.first")
    kept: dict[str, list[str]] = {"m": [], "f": []}
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= MIN_SHARE and m >= RATIO * f:
            kept["m"].append(name)
        elif f >= MIN_SHARE and f >= RATIO * m:
            kept["f"].append(name)
    return {"_about": "Given names (lower case) that the 1990 US Census counts at least "
                      f"{RATIO:g} times as often among one sex as among the other: 'm' "
                      "men's, 'f' women's. Built by scripts/build_name_genders.py; see "
                      "SOURCES.", **kept}


def main() -> None:
    data = build(Path(sys.argv[1]))
    OUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(data['m'])} men's names, {len(data['f'])} women's")


if __name__ == "__main__":
    main()
