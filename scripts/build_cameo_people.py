"""Build ``storyline/data/cameo_people.json`` from the CAMEO/Phoenix actor dictionary.

Source: ``petrarch2/data/dictionaries/Phoenix.Countries.actors.txt`` of
https://github.com/openeventdata/petrarch2 (MIT licence, (c) 2014 Open Event Data
Alliance; built from the CountryInfo file of the Computational Event Data System
project), at the commit named in ``storyline/data/SOURCES``. Its people are heads of
state and government, ministers and other office holders of every country up to
2014, each with dated CAMEO codes (``[AFGGOV 030101-060531]``).

What is kept, so that a bigger table never names the wrong person:

* people only (entries the file marks ``# CountryInfo.txt``), with at least two
  name words; a person whose name or any alias is already in ``people.json``
  (written for storyline, with current offices) is left to that file;
* each dated code as a role: the country (CAMEO codes mapped to ISO 3166 alpha-3,
  countries storyline does not know dropped) and the PLOVER sector (the three
  letters after the country: GOV, ELI, MIL, ...; sub-codes such as the ministry
  are dropped); undated codes only when a person has no dated one;
* aliases of two words or more without a title ("PRESIDENT_KARZAI_" is a title and
  a name, which the phrase reader already splits); a one-word alias ("KARZAI_")
  only when no other person, place or organisation goes by that word.

Run ``python scripts/build_cameo_people.py PATH/TO/Phoenix.Countries.actors.txt``
from the repository root (``PYTHONPATH=src``); it rewrites the data file.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from storyline import resources
from storyline.stages.actors.lexicon import fold, names, sector_words, slug

OUT = Path(__file__).resolve().parents[1] / "src/storyline/data/cameo_people.json"
#: CAMEO country codes that are not the ISO 3166 alpha-3 code of the country.
CAMEO_TO_ISO = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "PAL": "PSE",
                "USR": "RUS", "SUN": "RUS", "YUG": "SRB", "SCG": "SRB", "FRY": "SRB",
                "CSK": "CZE", "DDR": "DEU", "SRP": "BIH", "JAP": "JPN", "ITL": "ITA",
                "VTN": "VNM"}
#: Sectors a role may carry (the PLOVER sectors storyline uses).
SECTORS = frozenset("GOV MIL COP JUD LEG OPP PTY REB UAF PRM SPY ELI CVL BUS LAB AGR EDU "
                    "MED JRN REF CRM REL NGO".split())
PARTICLES = frozenset("al el bin ben ibn abu de da del della di du la le van von der dos das "
                      "y e".split())
_CODE = re.compile(r"\[([A-Z]{3})([A-Z]{3})?[A-Z]*\s*([<>]?\d{6,8})?(?:-(\d{6,8}))?\s*\]")


#: The letters of a code, whole: "[MNCAFRMED]" is "MNCAFRMED".
_TAG = re.compile(r"\[([A-Z]{3,})")


def _date(text: str | None) -> str | None:
    if not text:
        return None
    if len(text) == 8:
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if len(text) != 6:
        return None
    yy = int(text[:2])
    year = 2000 + yy if yy <= 30 else 1900 + yy
    return f"{year}-{text[2:4]}-{text[4:]}"


def _name(raw: str) -> str:
    words = [w for w in raw.strip().strip("_").split("_") if w]
    out = []
    for w in words:
        low = w.lower()
        out.append(low if low in PARTICLES and out else "-".join(
            p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def parse(path: Path) -> list[dict]:
    """The people of a Phoenix actor file: name, aliases and raw roles."""
    return [p for p in entries(path) if p["person"]]


def entries(path: Path) -> list[dict]:
    """Every entry of a Phoenix actor file: its raw name, aliases, codes (country, sector,
    from, to), whole code letters ("IGOUNOHRI") and whether the file marks it a person
    (``# CountryInfo.txt``)."""
    people: list[dict] = []
    current: dict | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        comment = line.partition("#")[2]
        body = line.partition("#")[0].rstrip()
        if not body.strip():
            if not line.strip():
                current = None
            continue
        codes = _CODE.findall(body)
        tags = _TAG.findall(body)
        text = _CODE.sub("", body).strip()
        if line[:1] in "\t " and not text:
            if current is not None:
                current["codes"].extend(codes)
                current["tags"].extend(tags)
            continue
        if text.startswith("+"):
            if current is not None:
                current["aliases"].append(text[1:])
                current["codes"].extend(codes)
                current["tags"].extend(tags)
            continue
        current = {"raw": text, "aliases": [], "codes": list(codes), "tags": list(tags),
                   "person": "CountryInfo.txt" in comment}
        people.append(current)
    return people


def _roles(codes: list[tuple[str, str, str, str]], known: set[str]) -> list[list]:
    roles = []
    for country, sector, start, end in codes:
        iso = CAMEO_TO_ISO.get(country, country)
        if iso not in known or sector not in SECTORS:
            continue
        begin = _date(start.lstrip("<>")) if start and not start.startswith("<") else None
        until = _date(end) if end else (_date(start[1:]) if start.startswith("<") else None)
        roles.append([iso, sector, begin, until])
    dated = [r for r in roles if r[2] or r[3]]
    return dated or roles[:1]


def build(path: Path) -> list[list]:
    """Rows ``[name, aliases, country, roles]`` with roles ``[sector, from, to]``."""
    known_countries = set(resources.data_json("countries.json"))
    curated = {slug(a) for row in resources.data_json("people.json")
               for a in [row["name"], *row["aliases"]]}
    index, sectors = names(), sector_words()
    titles = {k[0] for k in sectors if len(k) == 1}
    rows = []
    for person in parse(path):
        name = _name(person["raw"])
        words = fold(name).split()
        if len(words) < 2 or slug(name) in curated or not all(
                re.fullmatch(r"[a-z][a-z'.-]*", w) for w in words):
            continue
        roles = _roles(person["codes"], known_countries)
        if not roles:
            continue
        country = Counter(r[0] for r in roles).most_common(1)[0][0]
        aliases: list[str] | None = []
        for raw in person["aliases"]:
            alias = _name(raw)
            folded = fold(alias).split()
            if not folded or set(folded) & titles or alias == name:
                continue
            if slug(alias) in curated:
                aliases = None  # a curated person goes by this name: leave them to people.json
                break
            aliases.append(alias)
        if aliases is None:
            continue
        rows.append([name, sorted(set(aliases)), country,
                     [[s, b, e] for c, s, b, e in roles if c == country]])
    # A one-word alias only when it names nobody and nothing else.
    single = Counter(fold(a) for _, aliases, _, _ in rows for a in aliases if " " not in a)
    for row in rows:
        row[1] = [a for a in row[1] if " " in a or (
            single[fold(a)] == 1 and len(a) >= 5 and (fold(a),) not in index
            and (fold(a),) not in sectors and slug(a) not in curated)]
    rows.sort(key=lambda r: (r[2], fold(r[0])))
    return rows


def write_rows(path: Path, about: str, key: str, rows: list[Any]) -> None:
    """Write a table as ``{"_about": ..., key: [...]}`` with one compact row a line, so that
    a rebuild's diff shows the rows that changed."""
    body = ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows)
    path.write_text("{" + f'"_about": {json.dumps(about)},\n"{key}": [\n' + body + "\n]}\n",
                    encoding="utf-8")


def main() -> None:
    rows = build(Path(sys.argv[1]))
    write_rows(OUT, "People with dated offices from the CAMEO/Phoenix actor dictionary of "
               "openeventdata/petrarch2 (MIT); built by scripts/build_cameo_people.py, see "
               "SOURCES. Rows: [name, aliases, country, [[sector, from, to], ...]].",
               "people", rows)
    print(f"{len(rows)} people -> {OUT}")


if __name__ == "__main__":
    main()
