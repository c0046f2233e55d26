"""Build ``storyline/data/geography.tsv``: seas, gulfs, bays, straits and other waters whose
name holds a country's or a place's ("the Gulf of *Guinea*", "the Gulf of *Aden*", "the Sea
of *Japan*", "the Bay of *Bengal*"): places, never the country or the city they name.

World knowledge, not a rule read from sentences. Source: Natural Earth 1:10m physical layer
``ne_10m_geography_marine_polys`` (public domain; CC0 in the GeoJSON mirror
https://github.com/martynafford/natural-earth-geojson, ``10m/physical/``), its ``name`` and
``namealt`` columns. Kept: names of at least two words, letters, spaces, hyphens and
apostrophes only (no abbreviation such as "Cumberland Sd."), not starting with "The" ("The
Sound", an alternative name of the Oresund, is an English phrase); double spaces squeezed,
oceans (written in capitals) title-cased. Left out: a name ``world_places.tsv`` holds as a
city or region ("Bay of Plenty", a region of New Zealand; "Bahía Blanca", a city of
Argentina): there the place is meant as often as the water, and its country is kept.

Merged in: ``scripts/geography_supplement.tsv``, waters the layer lacks or spells otherwise,
written by hand (source "storyline": "Strait of Hormuz", "Gulf of America", "Gulf of Gabes"),
kept even where world_places holds the name ("Red Sea", also a state of Sudan).

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
SUPPLEMENT = Path(__file__).resolve().parent / "geography_supplement.tsv"
HEADER = (
    "# Seas, gulfs, bays, straits and other waters (Natural Earth, public domain, and\n"
    "# scripts/geography_supplement.tsv, source storyline), built by\n"
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


def supplement() -> list[tuple[str, str, str]]:
    """(name, kind, source) of the hand-written waters."""
    lines = [line for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return [tuple(line.split("\t")) for line in lines[1:]]  # type: ignore[misc]


def merge(natural: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """The table's rows: Natural Earth's ``natural`` (name, kind) less the names
    world_places holds (unless the supplement names them too), and the supplement's,
    sorted, once (Natural Earth's row first)."""
    from storyline import world_places
    places = world_places.table()
    extra = supplement()
    keep = {row[0] for row in extra}
    out = {name: (name, kind, SOURCE) for name, kind in natural
           if name in keep or world_places.place_key(name) not in places}
    for row in extra:
        out.setdefault(row[0], row)
    return sorted(out.values())


def main(path: str) -> None:
    features = json.loads(Path(path).read_text(encoding="utf-8"))["features"]
    write(merge(rows(features)))


def write(table: list[tuple[str, str, str]]) -> None:
    with OUT.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write("name\tkind\tsource\n")
        for name, kind, source in table:
            f.write(f"{name}\t{kind}\t{source}\n")


if __name__ == "__main__":
    main(sys.argv[1])
