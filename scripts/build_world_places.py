"""Build ``storyline/data/world_places.tsv``: provinces, states and cities of the world.

Source: Natural Earth 1:10m cultural layers (public domain; CC0 in the GeoJSON mirror
https://github.com/martynafford/natural-earth-geojson, ``10m/cultural/``):
``ne_10m_populated_places_simple`` (cities with population, country and coordinates)
and ``ne_10m_admin_1_label_points`` (first-level regions: provinces, states; several
points per region, averaged here).

What is kept, so that the table never reads a common word or a person as a place:

* a city of at least ``MIN_POPULATION`` people, or a national or regional capital; a
  first-level region (not a minor island);
* of a country storyline knows (``countries.json``; a dependency takes its sovereign's);
* a name the tables do not give to a person or an organisation, nor ``places.tsv`` to
  a place, of at most four words, letters only;
* a one-word name (after a leading "The") only if it is no given name and no known
  person's surname or first name, and of at least four letters; one that is a common
  English word (``wordfreq`` Zipf frequency 4 or more: "Denver", "Reading", "Split") is
  marked ``common``: a place only where the parser already tells it is one (an event's
  "in Denver"), never an actor's name.

A name shared by places of several countries keeps a row for each: the reader decides
(:mod:`storyline.world_places`).

Run ``PYTHONPATH=src:scripts python scripts/build_world_places.py
PATH/ne_10m_populated_places_simple.7z PATH/ne_10m_admin_1_label_points.7z`` (``.7z`` as
in the mirror, or the ``.json`` inside) from the repository root, with the ``data``
extra (``wordfreq``, ``py7zr``); it rewrites the data file.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from build_cameo_places import _PLACE_NAME, _common

from storyline import resources
from storyline.stages.actors.lexicon import fold, names, sector_words, text_key
from storyline.stages.events.places import gazetteer

OUT = Path(__file__).resolve().parents[1] / "src/storyline/data/world_places.tsv"
#: Smallest city kept (capitals are kept whatever their size).
MIN_POPULATION = 50_000
#: Natural Earth country codes that are not ISO 3166 alpha-3, and sovereigns' codes.
NE_TO_ISO = {"SDS": "SSD", "KOS": "XKX", "PSX": "PSE", "SAH": "ESH", "SOL": "SOM",
             "CYN": "CYP", "KAB": "KAZ", "GB1": "GBR", "FR1": "FRA", "US1": "USA",
             "NL1": "NLD", "DN1": "DNK", "FI1": "FIN", "NZ1": "NZL", "AU1": "AUS",
             "CH1": "CHN", "IS1": "ISR", "CU1": "CUB", "KA1": "KAZ"}
HEADER = ("# Provinces, states and cities of the world (Natural Earth, public domain), built "
          "by scripts/build_world_places.py; see SOURCES.\n# Columns (tab-separated): "
          "name, ISO 3166 alpha-3 country, latitude, longitude, kind (city or region), "
          "population (0 when not known), common (1: a common English word, never an "
          "actor's name). A name may have rows in several countries.\n"
          "name\tcountry\tlat\tlon\tkind\tpopulation\tcommon\n")


def _features(path: Path) -> list[dict]:
    if path.suffix == ".7z":
        import py7zr

        with tempfile.TemporaryDirectory() as tmp, py7zr.SevenZipFile(path) as archive:
            archive.extractall(tmp)
            inner = next(Path(tmp).glob("*.json"))
            return json.loads(inner.read_text(encoding="utf-8"))["features"]
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def _country(codes: tuple[str, ...], known: set[str]) -> str | None:
    return next((c for c in (NE_TO_ISO.get(c, c) for c in codes) if c in known), None)


def rows(cities: Path, regions: Path) -> list[tuple]:
    """(name, country, lat, lon, kind, population, common) of the kept places."""
    known = set(resources.data_json("countries.json"))
    found: dict[tuple[str, str, str], list] = {}  # (name, country, kind) -> place
    for f in _features(cities):
        p = f["properties"]
        capital = "capital" in (p["featurecla"] or "").lower()
        iso = _country((p["adm0_a3"], p["sov_a3"]), known)
        if iso and (p["pop_max"] >= MIN_POPULATION or capital):
            key = (p["name"], iso, "city")
            if key not in found or found[key][3] < p["pop_max"]:
                found[key] = [p["latitude"], p["longitude"], 1, p["pop_max"]]
    points: dict[tuple[str, str, str], list] = defaultdict(list)
    for f in _features(regions):
        p = f["properties"]
        iso = _country((p["sr_adm0_a3"], p["sr_sov_a3"]), known)
        if iso and p["name"] and p["featurecla"] != "Admin-1 minor island":
            lon, lat = f["geometry"]["coordinates"]
            points[(p["name"], iso, "region")].append((lat, lon))
    for key, pts in points.items():
        found[key] = [sum(a for a, _ in pts) / len(pts), sum(b for _, b in pts) / len(pts), 0, 0]
    # Names the tables give to something other than a country's place (a person, an
    # organisation), and the gazetteer's own names.
    taken = {k for k, es in names().items() if any(e.kind != "country" for e in es)} \
        | {tuple(fold(n).split()) for n in gazetteer()}
    sectors = sector_words()
    given = {fold(n) for group in resources.data_json("given_names.json")["groups"]
             for n in group}
    people = [k for k, es in names().items()
              if any(e.kind == "person" and not e.spelled for e in es)]
    # A known person's surname or first name ("Florence" of "Florence Nightingale"); not
    # of the Wikidata office holders, known by their full names alone ("Simon Birmingham"
    # leaves Birmingham a city).
    person_words = {k[-1] for k in people} | {k[0] for k in people if len(k) > 1}
    out = []
    for (name, iso, kind), (lat, lon, _, pop) in found.items():
        key = text_key(name)
        bare = key[1:] if key[:1] == ("the",) else key  # "The Hague" is also "Hague"
        if not bare or len(key) > 4 or not _PLACE_NAME.fullmatch(name) or key in taken \
                or bare in taken or bare in sectors:
            continue
        if len(bare) == 1 and (bare[0] in given or bare[0] in person_words
                               or len(bare[0]) < 4):
            continue
        common = int(len(bare) == 1 and _common(bare[0]))
        out.append((name, iso, round(lat, 2), round(lon, 2), kind, int(pop), common))
    return sorted(out, key=lambda r: (fold(r[0]), r[1], r[4]))


def main() -> None:
    table = rows(Path(sys.argv[1]), Path(sys.argv[2]))
    body = "".join("\t".join(map(str, r)) + "\n" for r in table)
    OUT.write_text(HEADER + body, encoding="utf-8")
    print(f"{len(table)} places -> {OUT}")


if __name__ == "__main__":
    main()
