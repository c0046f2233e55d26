"""Build ``storyline/data/officeholders.json`` from Wikidata's office holders.

Source: the ``html/holders21.csv`` lists of the every-politician-scrapers repositories
(https://github.com/every-politician-scrapers, one a country: ``iran-ministers``,
``us-cabinet``, ``kenya``, ...), each the answer of a Wikidata query for the country's
offices and who held them since about 2000, with dates (``position, person, personID,
start, end, ..., enwiki``). Wikidata is CC0 1.0; the commits read are named in
``storyline/data/SOURCES``. Heads of state and government, ministers, governors, mayors,
ambassadors, judges and commanders of some 150 countries.

What is kept, so that a bigger table never names the wrong person:

* people whose English label has two words or more, all of letters; a person whose
  name or any alias is already in ``people.json`` (written for storyline) is left to
  that file;
* each office as a role ``[sector, from, to]``: the sector from the first row of
  ``officeholder_sectors.tsv`` whose pattern matches the office (GOV when none does),
  dates as ISO days (a year alone starts on 1 January and ends on 31 December), offices
  that ended before 1990 left out; a person listed by several countries keeps the country
  most of their offices belong to, and only those offices;
* the roles the CAMEO/Phoenix table (``cameo_people.json``) gives the same person in
  the same country before them, so that one entry holds both;
* as aliases, the English Wikipedia title without its "(politician)"; never a bare
  surname, which names other people as often ("Ilyas" is a given name, "Mhlanga" a
  Zimbabwean journalist as well as a Swazi minister).

Run ``PYTHONPATH=src:scripts python scripts/build_officeholders.py DIR`` from the
repository root, where ``DIR/<repository>/holders21.csv`` are the lists (the folder name
gives the country: ``DIR/iran-ministers/holders21.csv``); it rewrites the data file.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

from build_cameo_people import write_rows
from people_tables import curated, day, folder_country, name_ok

from storyline import resources
from storyline.stages.actors.lexicon import fold, slug

OUT = Path(__file__).resolve().parents[1] / "src/storyline/data/officeholders.json"
RULES = Path(__file__).resolve().parent / "officeholder_sectors.tsv"
#: Repository names that are no country name of countries.json.
REPO_COUNTRY = {"congo-kinshasa": "COD", "congo-brazzaville": "COG", "us": "USA",
                "ivory-coast": "CIV", "somaliland": "SOM", "hong-kong": "HKG", "czech": "CZE",
                "swiss": "CHE"}
_REPO_SUFFIX = re.compile(r"-(ministers|cabinet|governors|federal-council)$")
_PAREN = re.compile(r"\s*\(.*\)\s*$")


def rules(path: Path = RULES) -> list[tuple[str, re.Pattern[str], str]]:
    """The rows of ``officeholder_sectors.tsv``: (sector, pattern, example)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("sector\t"):
            continue
        sector, pattern, example = line.split("\t")
        out.append((sector, re.compile(pattern, re.I), example))
    return out


def office_sector(office: str, table: list[tuple[str, re.Pattern[str], str]]) -> str | None:
    """The sector an office gives its holder (None: leave the office out).

    >>> office_sector("Chief Justice", rules()), office_sector("Mayor of Tehran", rules())
    ('JUD', 'GOV')
    """
    for sector, pattern, _ in table:
        if pattern.search(office):
            return None if sector == "-" else sector
    return "GOV"


def repo_country(repo: str) -> str | None:
    """The country of an every-politician-scrapers repository, from its name.

    >>> repo_country("iran-ministers"), repo_country("south-korea-ministers")
    ('IRN', 'KOR')
    """
    return folder_country(_REPO_SUFFIX.sub("", repo), REPO_COUNTRY, "-")


def read(folder: Path) -> dict[str, dict]:
    """Wikidata id -> {name, titles, roles: [(country, sector, from, to, office)]}."""
    table = rules()
    people: dict[str, dict] = {}
    for path in sorted(folder.glob("*/holders21.csv")):
        country = repo_country(path.parent.name)
        if country is None:
            print(f"no country for {path.parent.name}", file=sys.stderr)
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                name, office = (row.get("person") or "").strip(), row.get("position") or ""
                sector = office_sector(office, table)
                end = day(row.get("end") or "", True)
                if sector is None or not name_ok(name) or (end and end < "1990"):
                    continue
                person = people.setdefault(row["personID"], {"name": name, "titles": set(),
                                                             "roles": []})
                title = _PAREN.sub("", row.get("enwiki") or "").strip()
                if title and title != name and name_ok(title):
                    person["titles"].add(title)
                role = (country, sector, day(row.get("start") or "", False), end, office)
                if role not in person["roles"]:
                    person["roles"].append(role)
    return people


def _joined(roles: set[tuple[str, str | None, str | None]]) -> list[list]:
    """Roles by start, one office's end meeting the next of the same sector joined
    (minister of the interior, then of defence: one GOV role).

    >>> _joined({("GOV", "2005-08-24", "2009-09-03"), ("GOV", "2009-09-03", None)})
    [['GOV', '2005-08-24', None]]
    """
    out: list[list] = []
    for sector, start, end in sorted(roles, key=lambda r: (r[1] or "", r[2] or "9")):
        last = out[-1] if out else None
        if last and last[0] == sector and last[2] is not None and start and start <= last[2]:
            last[2] = None if end is None else max(last[2], end)
        else:
            out.append([sector, start, end])
    return out


def build(folder: Path) -> list[list]:
    """Rows ``[name, aliases, country, roles]`` with roles ``[sector, from, to]``."""
    known = curated()
    cameo = {(slug(name), country): roles for name, _, country, roles
             in resources.data_json("cameo_people.json")["people"]}
    rows = []
    for person in read(folder).values():
        aliases = sorted(person["titles"])
        if any(slug(a) in known for a in [person["name"], *aliases]):
            continue
        country = Counter(r[0] for r in person["roles"]).most_common(1)[0][0]
        mine = _joined({(s, b, e) for c, s, b, e, _ in person["roles"] if c == country})
        older = [r for r in cameo.get((slug(person["name"]), country), [])
                 if not mine[0][1] or (r[1] or "") < mine[0][1]]
        row = [person["name"], aliases, country, [*map(list, older), *mine]]
        rows.append(row)
    rows.sort(key=lambda r: (r[2], fold(r[0])))
    return rows


def main() -> None:
    rows = build(Path(sys.argv[1]))
    write_rows(OUT, "Office holders since about 2000 with dated offices, from Wikidata (CC0) "
               "by way of the every-politician-scrapers lists; built by "
               "scripts/build_officeholders.py, see SOURCES. Rows: [name, aliases, country, "
               "[[sector, from, to], ...]].", "people", rows)
    print(f"{len(rows)} people -> {OUT}")


if __name__ == "__main__":
    main()
