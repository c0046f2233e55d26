"""Build ``storyline/data/geography.tsv``: seas, gulfs, bays, straits and other waters whose
name holds a country's or a place's ("the Gulf of *Guinea*", "the Gulf of *Aden*", "the Sea
of *Japan*", "the Bay of *Bengal*"): places, never the country or the city they name.

World knowledge, not a rule read from sentences. Source: Natural Earth 1:10m physical layer
``ne_10m_geography_marine_polys`` (public domain; CC0 in the GeoJSON mirror
https://github.com/martynafford/natural-earth-geojson, ``10m/physical/``), its ``name`` and
``namealt`` columns. Kept: names of at least two words, letters, spaces, hyphens and
apostrophes only (no abbreviation such as "Cumberland Sd."), not starting with "The" ("The
Sound", an alternative name of the Oresund, is an English phrase); double spaces squeezed,
oceans (written in capitals) title-cased.

Run ``PYTHONPATH=src python scripts/build_geography.py PATH/ne_10m_geography_marine_polys.json``
from the repository root; it rewrites the data file.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "data" / "geography.tsv"
SOURCE = "Natural Earth 10m ne_10m_geography_marine_polys"
HEADER = (
    "# Seas, gulfs, bays, straits and other waters (Natural Earth, public domain), built by\n"
    "# scripts/build_geography.py; see SOURCES. A place, never the country or city its name\n"
    "# holds (\"the Gulf of Guinea\" is not Guinea).\n"
    "# Columns (tab-separated): name, kind (Natural Earth's feature class), source.\n"
)
_NAME = re.compile(r"^[^\W\d_]+(?:[ '\-][^\W\d_]+)+$")


def clean(name: str) -> str | None:
    """The name as the table keeps it, or None when it is left out.

    >>> clean("Gulf of  Suez"), clean("INDIAN OCEAN"), clean("Kaliningrad"), clean("The Sound")
    ('Gulf of Suez', 'Indian Ocean', None, None)
    """
    name = " ".join(name.split())
    if name.isupper():
        name = name.title()
    if not _NAME.match(name) or name.split()[0] == "The":
        return None
    return name


def rows(features: list[dict]) -> list[tuple[str, str]]:
    """(name, kind) of each kept name, sorted, once."""
    out: dict[str, str] = {}
    for feature in features:
        props = feature["properties"]
        for raw in (props.get("name"), props.get("namealt")):
            name = clean(raw) if raw else None
            if name:
                out.setdefault(name, props["featurecla"])
    return sorted(out.items())


def main(path: str) -> None:
    features = json.loads(Path(path).read_text(encoding="utf-8"))["features"]
    with OUT.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write("name\tkind\tsource\n")
        for name, kind in rows(features):
            f.write(f"{name}\t{kind}\t{SOURCE}\n")


if __name__ == "__main__":
    main(sys.argv[1])
