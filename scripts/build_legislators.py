"""Build ``storyline/data/legislators.json``: members of national legislatures since 2010.

Sources, both CC0 1.0 (the commits read are named in ``storyline/data/SOURCES``):

* the US Congress from ``legislators-current.json`` of unitedstates/congress-legislators
  (its ``gh-pages`` branch): every sitting member of the House and Senate with each of
  their terms, dated;
* other legislatures, and members of Congress who left before it, from EveryPolitician
  (everypolitician/everypolitician-data): ``data/COUNTRY/CHAMBER/term-N.csv`` (one row a
  member of a term, with the dates of a partial term) and the chamber's
  ``ep-popolo-v1.0.json`` for the dates of its terms (a chamber without one takes those
  of another chamber of its country: the US House those of the Senate, terms being
  numbered by Congress).

What is kept, so that the table names no wrong person:

* terms that ended in 2010 or later, of the countries the news names most (``COUNTRIES``:
  those of five or more annotated actors of the project's development phrases);
* people whose name has two words or more, all of letters, never a bare surname; a person
  already in ``people.json`` (written for storyline) is left to that file; one already in
  ``officeholders.json`` (a name or alias in common, the same country) is written under
  its name there, so that the loader gives that entry the seats too; a middle initial
  ("Adam B. Schiff") gives an alias without it;
* no name as common in English text as a common word (``wordfreq`` Zipf frequency
  ``COMMON`` or more: "John Smith", "George Young", "Chris Green" name many people);
* each term as a role ``["LEG", from, to]``, a term still running without an end; terms
  less than a year apart (an election between them) are one seat held since the first,
  so that an office taken later is what the person is known by (a British minister sits
  in the Commons, re-elected after their appointment), and an office held before it
  gives way to it (a governor become senator).

Run ``PYTHONPATH=src:scripts python scripts/build_legislators.py EP_DATA CONGRESS_JSON``
from the repository root, where ``EP_DATA`` is EveryPolitician's ``data`` folder and
``CONGRESS_JSON`` is ``legislators-current.json`` (needs the data extra, ``wordfreq``); it
rewrites the data file.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

from build_cameo_people import write_rows
from people_tables import curated, day, folder_country, name_ok

from storyline import resources
from storyline.stages.actors.lexicon import fold, slug

OUT = Path(__file__).resolve().parents[1] / "src/storyline/data/legislators.json"
SINCE = "2010-01-01"
COMMON = 4.5
#: Countries of five or more annotated actors in eval/data/voa_actors.tsv and
#: plv_actors.tsv (the news the project is developed on), by ISO 3166 alpha-3.
COUNTRIES = frozenset(
    "USA PAK AFG TUR SOM NGA CHN ISR IND GBR RUS PHL IRN FRA KEN SDN IRQ HTI SYR GTM PRK "
    "UKR ZWE CAF SAU PSE MMR KOR ITA EGY LBY KHM ETH DEU COL CAN ZAF VEN SSD".split())
#: EveryPolitician folder names that are no country name of countries.json.
FOLDER_COUNTRY = {"UK": "GBR", "United_States_of_America": "USA", "South_Korea": "KOR",
                  "North_Korea": "PRK", "Congo-Kinshasa": "COD", "Palestine": "PSE"}
#: Honorifics some lists put before a name ("Shri", "Dr.", "Hon."): no part of it.
HONORIFICS = frozenset("dr hon prof shri smt kumari sir dame mr mrs ms eng engr alhaji".split())
_PAREN = re.compile(r"\s*\([^)]*\)")


def plain_name(listed: str) -> str:
    """A listed name as news writes it: given names first, no honorific nor parentheses,
    no word in capitals.

    >>> plain_name("Adhikari, Shri Deepak (Dev)"), plain_name("Dr. Mohamed Dahir Duale")
    ('Deepak Adhikari', 'Mohamed Dahir Duale')
    >>> plain_name("ABDUL Rahim Ayoobi")
    'Abdul Rahim Ayoobi'
    """
    name = _PAREN.sub("", listed).strip()
    if name.count(",") == 1:
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}"
    words = [w.title() if w.isupper() and len(w) > 1 else w for w in name.split()]
    while len(words) > 2 and fold(words[0]).rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def without_initials(name: str) -> str:
    """A name without its middle initials ("Adam B. Schiff" -> "Adam Schiff").

    >>> without_initials("Adam B. Schiff"), without_initials("Tim Kaine")
    ('Adam Schiff', 'Tim Kaine')
    """
    words = name.split()
    kept = [w for i, w in enumerate(words)
            if i in (0, len(words) - 1) or len(w.rstrip(".")) > 1]
    return " ".join(kept)


def _periods(chamber: Path) -> dict[str, tuple[str | None, str | None]]:
    """Term number -> (start, end) from a chamber's popolo file, else from its country's
    other chambers."""
    out: dict[str, tuple[str | None, str | None]] = {}
    files = [chamber / "ep-popolo-v1.0.json",
             *sorted(p for p in chamber.parent.glob("*/ep-popolo-v1.0.json")
                     if p.parent != chamber)]
    for path in files:
        if not path.exists():
            continue
        for event in json.loads(path.read_text(encoding="utf-8")).get("events", []):
            if event.get("classification") == "legislative period":
                term = event["id"].rpartition("/")[2]
                out.setdefault(term, (event.get("start_date"), event.get("end_date")))
        if out:
            return out
    return out


def read_everypolitician(data: Path) -> dict[tuple[str, str], dict]:
    """(slug, country) -> {name, aliases, roles} from the term lists of ``COUNTRIES``."""
    people: dict[tuple[str, str], dict] = {}
    for chamber in sorted(p for p in data.glob("*/*") if p.is_dir()):
        country = folder_country(chamber.parent.name, FOLDER_COUNTRY, "_")
        if country not in COUNTRIES:
            continue
        periods = _periods(chamber)
        for path in sorted(chamber.glob("term-*.csv")):
            term_start, term_end = periods.get(path.stem.partition("-")[2], (None, None))
            if term_start is None:
                continue
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    start = row.get("start_date") or term_start
                    end = row.get("end_date") or term_end
                    _add(people, row.get("name") or "", country, (start, end))
    return people


def read_congress(path: Path, people: dict[tuple[str, str], dict]) -> None:
    """Add the sitting members of Congress and their terms to ``people``."""
    for member in json.loads(path.read_text(encoding="utf-8")):
        name = member["name"]
        full = name.get("official_full") or f"{name['first']} {name['last']}"
        others = {f"{name['first']} {name['last']}"}
        if name.get("nickname"):
            others.add(f"{name['nickname']} {name['last']}")
        for term in member["terms"]:
            _add(people, full, "USA", (term["start"], term["end"]), others)


def seats(terms: set[tuple[str, str, str | None]]) -> list[list]:
    """Terms as roles, those less than a year apart joined.

    >>> seats({("LEG", "2010-05-06", "2015-03-30"), ("LEG", "2015-05-08", None),
    ...        ("LEG", "2001-06-07", "2005-04-11")})
    [['LEG', '2001-06-07', '2005-04-11'], ['LEG', '2010-05-06', None]]
    """
    out: list[list] = []
    for sector, start, end in sorted(terms, key=lambda t: (t[1], t[2] or "9")):
        last = out[-1] if out else None
        if last and last[2] is not None and date.fromisoformat(start) \
                - date.fromisoformat(last[2]) < timedelta(days=365):
            last[2] = None if end is None else max(last[2], end)
        elif last and last[2] is None:
            continue
        else:
            out.append([sector, start, end])
    return out


def _add(people: dict[tuple[str, str], dict], name: str, country: str,
         term: tuple[str, str | None], others: set[str] = frozenset()) -> None:
    from wordfreq import zipf_frequency

    name = plain_name(name)
    term = (day(term[0], False), term[1] and day(term[1], True))
    if term[0] is None or not name_ok(name) or term[1] is not None and term[1] < SINCE \
            or zipf_frequency(name, "en") >= COMMON:
        return
    person = people.setdefault((slug(name), country), {"name": name, "aliases": set(),
                                                       "roles": set()})
    person["aliases"].update(a for a in {*others, without_initials(name)}
                             if a != person["name"] and name_ok(a)
                             and zipf_frequency(a, "en") < COMMON)
    person["roles"].add(("LEG", term[0], term[1]))


def build(data: Path, congress: Path) -> list[list]:
    """Rows ``[name, aliases, country, roles]`` with roles ``[sector, from, to]``."""
    known = curated()
    holders = {(slug(alias), country): (name, {name, *aliases}) for name, aliases, country, _
               in resources.data_json("officeholders.json")["people"]
               for alias in [name, *aliases]}
    people = read_everypolitician(data)
    read_congress(congress, people)
    rows = []
    for (_, country), person in people.items():
        names_ = [person["name"], *sorted(person["aliases"])]
        if any(slug(a) in known for a in names_):
            continue
        holder = next((holders[(slug(a), country)] for a in names_
                       if (slug(a), country) in holders), None)
        name, listed = holder if holder else (person["name"], {person["name"]})
        rows.append([name, [a for a in names_ if a not in listed], country,
                     seats(person["roles"])])
    rows.sort(key=lambda r: (r[2], fold(r[0])))
    return rows


def main() -> None:
    rows = build(Path(sys.argv[1]), Path(sys.argv[2]))
    write_rows(OUT, "Members of national legislatures with terms since 2010, from "
               "EveryPolitician and unitedstates/congress-legislators (both CC0); built by "
               "scripts/build_legislators.py, see SOURCES. Rows: [name, aliases, country, "
               "[[\"LEG\", from, to], ...]].", "people", rows)
    print(f"{len(rows)} people -> {OUT}")


if __name__ == "__main__":
    main()
