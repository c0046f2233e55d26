"""Build ``storyline/data/cameo_places.json`` from the CAMEO/Phoenix country dictionary.

Source: ``petrarch2/data/dictionaries/Phoenix.Countries.actors.txt`` of
https://github.com/openeventdata/petrarch2 (MIT licence, (c) 2014 Open Event Data
Alliance), the file ``scripts/build_cameo_people.py`` reads for office holders. Besides
people it holds, for each country, the words that name it (cities, provinces, regions
and common misspellings: ``PAKISTAN_ [PAK]`` then ``+KARACHI_``, ``+PAKSTAN_``) and its
national institutions with their sector (``INTER-SERVICES_INTELLIGENCE [PAKSPY]``).

What is kept (the institutions are not), so that a bigger table never reads a common
word or a person as a place:

* a place name of exactly one country, not already known to the tables (countries.json,
  organizations.json, the people), of at most four words, letters only;
* a one-word name only if it is rare as an English word (``wordfreq`` Zipf frequency
  under 4: "Multan" and "Quetta" are kept, "Split", "Mobile" and "Reading" are not), and
  is no given name and no known person's surname;

Run ``python scripts/build_cameo_places.py PATH/TO/Phoenix.Countries.actors.txt`` from
the repository root (``PYTHONPATH=src:scripts``, with the ``data`` extra: ``wordfreq``); it rewrites
the data file.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from build_cameo_people import CAMEO_TO_ISO, _name, entries

from storyline import resources
from storyline.stages.actors.lexicon import fold, names, sector_words

OUT = Path(__file__).resolve().parents[1] / "src/storyline/data/cameo_places.json"
#: A place name: letters, spaces, hyphens, apostrophes and dots ("Sar-e Pol", "St. Louis").
_PLACE_NAME = re.compile(r"[^\W\d_][\w' .-]*")
#: Zipf frequency (wordfreq) from which a one-word name is a common English word.
COMMON_WORD = 4.0


def _common(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= COMMON_WORD


def build(path: Path) -> dict[str, list[str]]:
    """``{iso: [place name, ...]}``."""
    known_countries = set(resources.data_json("countries.json"))
    sectors = sector_words()
    ours = {tuple(fold(name).split()) for found in resources.data_json(
        "cameo_places.json")["places"].values() for name in found}
    index = {key: found for key, found in names().items() if key not in ours}  # a rebuild
    given = {fold(n) for group in resources.data_json("given_names.json")["groups"]
             for n in group}
    surnames = {key[-1] for key, found in index.items() if any(e.kind == "person" for e in found)}
    countries_of: dict[tuple[str, ...], set[str]] = defaultdict(set)
    spelled: dict[tuple[str, ...], str] = {}
    for entry in entries(path):
        if entry["person"] or len(entry["codes"]) != 1 or entry["codes"][0][1]:
            continue  # a person, or an institution ([PAKSPY]): not a place
        iso = CAMEO_TO_ISO.get(entry["codes"][0][0], entry["codes"][0][0])
        if iso not in known_countries:
            continue
        for word in (_name(a) for a in entry["aliases"]):
            key = tuple(fold(word).split())
            if key and len(key) <= 4 and _PLACE_NAME.fullmatch(word):
                countries_of[key].add(iso)
                spelled.setdefault(key, word)
    places: dict[str, list[str]] = defaultdict(list)
    for key, isos in countries_of.items():
        bare = key[1:] if key[0] == "the" else key
        if len(isos) != 1 or not bare or key in index or bare in index or bare in sectors:
            continue
        if len(key) == 1 and (key[0] in given or key[0] in surnames or _common(key[0])
                              or len(key[0]) < 4):
            continue
        places[isos.pop()].append(spelled[key])
    return {iso: sorted(v) for iso, v in sorted(places.items())}


def main() -> None:
    table = build(Path(sys.argv[1]))
    body = ",\n".join(f"{json.dumps(iso)}: {json.dumps(v, ensure_ascii=False)}"
                      for iso, v in table.items())
    OUT.write_text(
        '{"_about": "Places of each country (cities, provinces, regions, other spellings) '
        "from the CAMEO/Phoenix actor dictionary of openeventdata/petrarch2 (MIT); built by "
        'scripts/build_cameo_places.py, see SOURCES.",\n"places": {\n' + body + "\n}}\n",
        encoding="utf-8")
    print(f"{sum(map(len, table.values()))} places -> {OUT}")


if __name__ == "__main__":
    main()
