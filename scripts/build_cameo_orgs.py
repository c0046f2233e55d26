"""Build ``storyline/data/cameo_orgs.json`` from the CAMEO/Phoenix international and
non-state actor dictionaries.

Sources: ``petrarch2/data/dictionaries/Phoenix.International.actors.txt`` (international
bodies, non-governmental organisations, companies) and
``Phoenix.MilNonState.actors.txt`` (armed groups) of
https://github.com/openeventdata/petrarch2 (MIT licence, (c) 2014 Open Event Data
Alliance), at the commit named in ``storyline/data/SOURCES``.

Their blocks mix organisations with people (a UN official, a company's chief) whose
roles are undated or dated. What is kept, so that a bigger table never names a person
as a body nor shadows a name storyline already knows:

* organisations only: no block with a dated code (those are people in office), and a
  name that holds a word of a body (``BODY_WORDS``: "Committee", "Front", "Inc"), or
  one word rare in English (``wordfreq`` Zipf frequency under ``RARE``: "Nvidia",
  "Montoneros"), or a company's (``MNC`` code) of two words or more that does not open
  with a given name ("Manfred Nowak", "Tom Failla" are people), two words only with a
  word rare in English ("Family Dollar" is common words, not a name);
* country and sector from the first code: ``IGO`` an international body of no
  country; ``NGO`` a non-governmental organisation, of the country that follows when
  there is one; ``MNC`` a company (``BUS``; ``JRN`` when its code says media), of the
  country that follows; ``IMG`` a transnational armed group (``REB``, no country);
  a country code then a sector (``GRCREB``) that country's group; a region code
  (``WEUREB``) a group of no country;
* a company's name without its legal suffix too, when what is left is a name ("Alcoa
  Inc" is also "Alcoa"; "Apple Inc" is not "Apple");
* an acronym in brackets or an all-capital alias of three letters or more, when no other
  row uses it;
* nothing whose name or alias the other tables already know.

Run ``PYTHONPATH=src:scripts python scripts/build_cameo_orgs.py
PATH/Phoenix.International.actors.txt PATH/Phoenix.MilNonState.actors.txt`` from the
repository root (with the ``data`` extra: ``wordfreq``); it rewrites
``src/storyline/data/cameo_orgs.json``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from build_cameo_people import CAMEO_TO_ISO, SECTORS, _name, entries, write_rows

from storyline import resources
from storyline.stages.actors.lexicon import fold, names, sector_words, slug

OUT = Path(__file__).resolve().parents[1] / "src/storyline/data/cameo_orgs.json"
#: Zipf frequency (wordfreq) under which a word is rare in English (a name).
RARE = 3.0
#: ... and under which one word is left of a company's name without its legal suffix.
RARER = 2.5
#: Words that make a name a body's.
BODY_WORDS = frozenset("""
organization organisation organizations agency council commission committee court tribunal
fund bank union association federation front army brigade brigades party movement institute
institution foundation center centre network alliance league society group international
watch programme program office mission force forces congress assembly parliament
secretariat bureau authority conference coalition campaign project trust relief forum
community nations cooperation partnership initiative liberation resistance cells nuclei
jihad martyrs command inc corp corporation ltd limited co company holdings bancorp airlines
airways industries plc llc incorporated enterprises technologies pharmaceuticals
""".split())
#: An acronym in brackets after a name: "FREE_ACEH_MOVEMENT_(GAM)_".
_BRACKETED = re.compile(r"\(([A-Z][A-Z0-9.&-]{1,9})\)")


#: Small words a body's name writes in lower case ("Organization for Economic ...").
_SMALL = frozenset("of for and the in on to at by with de du des la le".split())


def _display(name: str) -> str:
    """A name as written: its small words after the first in lower case.

    >>> _display("Organization For Economic Cooperation And Development")
    'Organization for Economic Cooperation and Development'
    """
    words = name.strip().split()
    return " ".join(w.lower() if i and w.lower() in _SMALL else w for i, w in enumerate(words))


def _rare(word: str, under: float = RARE) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") < under


def _home(first: str, second: str, code: str, known: set[str]) -> tuple[str | None, str,
                                                                       str] | None:
    """(country, sector, kind) of a body from its first CAMEO code, or None."""
    iso = CAMEO_TO_ISO.get(second, second) if second else None
    country = iso if iso in known else None
    if first == "IGO":
        return None, "IGO", "igo"
    if first == "NGO":
        return country, "NGO", "org"
    if first == "MNC":
        return country, "JRN" if "MED" in code[3:] else "BUS", "org"
    if first == "IMG":
        return None, "REB", "group"
    if second in SECTORS:
        own = CAMEO_TO_ISO.get(first, first)
        return (own if own in known else None), second, "group"
    return None


def _is_body(name: str, company: bool, given: set[str]) -> bool:
    words = fold(name).replace(".", " ").replace(",", " ").split()
    if not words or not all(re.fullmatch(r"[a-z0-9][a-z0-9'&-]*", w) for w in words):
        return False
    if set(words) & BODY_WORDS:
        return True
    if len(words) == 1:
        return len(words[0]) >= 5 and _rare(words[0])
    if not company or words[0] in given:
        return False  # "Manfred Nowak", "Tom Failla": people
    return len(words) > 2 or any(_rare(w) for w in words)


#: Words that end a company's legal name ("Alcoa Inc" is Alcoa).
LEGAL_SUFFIXES = frozenset("inc corp corporation ltd limited plc co incorporated llc nv sa ag "
                           "s.a".split())


def _without_suffix(name: str, given: set[str]) -> str:
    """A company's name without its legal suffix, when what is left is a name: two words,
    or one word rare in English that opens no person's name ("Alcoa Inc": "Alcoa"; not
    "Apple" of "Apple Inc")."""
    words = name.split()
    if len(words) < 2 or fold(words[-1]).rstrip(".") not in LEGAL_SUFFIXES:
        return ""
    rest = [fold(w) for w in words[:-1]]
    if len(rest) == 1 and not (re.fullmatch(r"[a-z]{4,}", rest[0]) and _rare(rest[0], RARER)
                               and rest[0] not in given):
        return ""
    return " ".join(words[:-1]).rstrip(",")


def _given_names() -> set[str]:
    """First words of every person the tables know, and the given names of
    given_names.json: a name opening with one is a person's."""
    found = {key[0] for key, entries in names().items() if len(key) >= 2
             and any(e.kind == "person" for e in entries)}
    return found | {fold(n) for group in resources.data_json("given_names.json")["groups"]
                    for n in group}


def build(paths: list[Path]) -> list[list]:
    """Rows ``[name, aliases, country, sector, kind]``."""
    known_countries = set(resources.data_json("countries.json"))
    index, sectors = names(), sector_words()
    ours = {slug(row[0]) for row in _current()}
    taken = {key for key, found in index.items() if any(e.id not in ours for e in found)}
    taken |= set(sectors)
    given = _given_names()
    rows = []
    for path in paths:
        for block in entries(path):
            codes = block["codes"]
            if not codes or not block["tags"] or any(start or end for _, _, start, end in codes):
                continue  # no code, or a person's dated office
            first, second, _, _ = codes[0]
            home = _home(first, second, block["tags"][0], known_countries)
            if home is None:
                continue
            acronyms = _BRACKETED.findall(block["raw"])
            name = _display(_name(_BRACKETED.sub("", block["raw"])))
            name = re.sub(r"^the ", "", name, flags=re.IGNORECASE)
            if not _is_body(name, first == "MNC", given):
                continue
            aliases = [_display(_name(_BRACKETED.sub("", a))) for a in block["aliases"]]
            if first == "MNC":
                aliases.append(_without_suffix(name, given))
            aliases = [a for a in aliases
                       if a and a != name and _is_body(a, first == "MNC", given)]
            acronyms += [a.strip("_") for a in block["aliases"]
                         if re.fullmatch(r"[A-Z]{3,8}_?", a.strip())]
            keys = [tuple(fold(n).split()) for n in [name, *aliases]]
            if any(k in taken for k in keys):
                continue  # a name storyline knows: left to its own tables
            rows.append([name, sorted(set(aliases) | {a.strip("_") for a in acronyms}),
                         *home])
    # An acronym only when no other row and no other table uses it.
    count = Counter(a for row in rows for a in row[1] if a.isupper())
    for row in rows:
        row[1] = [a for a in row[1] if not a.isupper() or (
            count[a] == 1 and len(a) >= 3 and (fold(a),) not in taken)]
    unique: dict[str, list] = {}
    for row in rows:
        unique.setdefault(slug(row[0]), row)
    return sorted(unique.values(), key=lambda r: (r[3], fold(r[0])))


def _current() -> list[list]:
    """The rows of the shipped file (a rebuild does not count its own names as taken)."""
    try:
        return resources.data_json("cameo_orgs.json")["orgs"]
    except (FileNotFoundError, KeyError):
        return []


def main() -> None:
    rows = build([Path(p) for p in sys.argv[1:]])
    write_rows(OUT, "Organisations (international bodies, NGOs, companies, armed groups) from "
               "the CAMEO/Phoenix International and MilNonState actor dictionaries of "
               "openeventdata/petrarch2 (MIT); built by scripts/build_cameo_orgs.py, see "
               "SOURCES. Rows: [name, aliases, country, sector, kind].", "orgs", rows)
    print(f"{len(rows)} organisations -> {OUT}")


if __name__ == "__main__":
    main()
