"""The knowledge behind actor resolution, compiled once per process.

Four data files written for storyline (``countries.json``, ``organizations.json``,
``people.json``, ``sectors.json``), the office holders of Wikidata
(``officeholders.json``, built by ``scripts/build_officeholders.py``), the members of
legislatures since 2010 (``legislators.json``, ``scripts/build_legislators.py``) and of the
CAMEO/Phoenix dictionary (``cameo_people.json``, ``scripts/build_cameo_people.py``), the
places of its countries (``cameo_places.json``, ``scripts/build_cameo_places.py``) and the
provinces, states and cities of Natural Earth (``world_places.tsv``,
``scripts/build_world_places.py``; sources and licences in ``data/SOURCES``) plus any
user actor files (``settings.actor_files``, JSON Lines with ``name``, ``aliases``,
``kind``, ``country``, ``sector``) become two lookups keyed by accent-folded,
lower-cased word tuples:

* :func:`names` — proper names: countries (name, short forms, demonyms, capitals, cities,
  regions), intergovernmental and national organisations, armed groups, parties,
  well-known people;
* :func:`sector_words` — the common nouns and modifiers that place a generic actor
  in a PLOVER sector ("authorities" GOV, "police" COP, "refugees" REF).

>>> names()[("venezuelan",)][0].country
'VEN'
>>> sector_words()[("police",)].sector
'COP'
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from ... import resources, world_places
from ...errors import SettingsError

KINDS = frozenset({"person", "org", "country", "igo", "group"})

# A word: letters/digits joined by internal hyphens or apostrophes, or a dotted
# abbreviation such as "U.S." or "U.N."; anything else is punctuation. "ex-" is a word of
# its own ("ex-minister" is a former minister).
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}(?:[^\W\d_]\b)?(?:-[\w]+)*(?:['’]s\b)?"
                   r"|\b[Ee][Xx]-(?=[^\W\d_])|[\w]+(?:[-'’][\w]+)*|[^\w\s]")
#: A dotted acronym without its last dot ("C.A.R").
_OPEN_ACRONYM = re.compile(r"(?:[a-z]\.){2,}[a-z]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
# Letters that do not decompose into a base letter plus an accent.
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l",
                          "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "œ": "oe", "Œ": "OE"})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents, so spellings compare equal.

    >>> fold("Guaidó Søreide")
    'guaido soreide'
    """
    if text.isascii():
        return text.lower()
    text = text.translate(_APOSTROPHES).translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


_SLUG_WORD = re.compile(r"[a-z0-9]+")


def slug(text: str) -> str:
    """An identifier from a name: folded words joined by underscores.

    >>> slug("Nicolás Maduro")
    'nicolas_maduro'
    """
    return "_".join(_SLUG_WORD.findall(fold(text)))


@dataclass(frozen=True)
class Token:
    """A word of a phrase: its surface, folded key and character span."""

    text: str
    key: str
    start: int
    end: int
    possessive: bool = False

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into words, separating a possessive "'s" from its word.

    >>> [t.key for t in tokenize("Chile's Defense Ministry")]
    ['chile', 'defense', 'ministry']
    >>> tokenize("Chile's Defense Ministry")[0].possessive
    True
    >>> [(t.key, t.possessive) for t in tokenize("the U.N.'s agency")][1]
    ('u.n.', True)
    """
    out: list[Token] = []
    for m in _WORD.finditer(text):
        word, start = m.group(), m.start()
        possessive = False
        low = word.translate(_APOSTROPHES)
        if len(low) > 2 and low.lower().endswith("'s"):
            word, possessive = word[:-2], True
        elif low.endswith("s'") and len(low) > 2:
            word = word[:-1]
        key = fold(word)
        if _OPEN_ACRONYM.fullmatch(key):
            key += "."  # "The C.A.R is pleading": the acronym's last dot left out
        out.append(Token(word, key, start, start + len(word), possessive))
    return out


@lru_cache(maxsize=1 << 16)
def singular(word: str) -> str:
    """A crude singular of an English plural noun, for lexicon lookups.

    >>> [singular(w) for w in ("authorities", "forces", "police", "refugees", "bus", "herdsmen")]
    ['authority', 'force', 'police', 'refugee', 'bus', 'herdsman']
    """
    if len(word) > 4 and word.endswith("men"):
        return word[:-3] + "man"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")):
        return word[:-1]
    return word


@dataclass(frozen=True)
class Entry:
    """One named thing the lexicon knows: a country, organisation or person.

    ``role`` says how a country was named (``name``, ``demonym``, ``capital``, ``place``
    for a city or region inside it, ``gazetteer`` for one of ``world_places.tsv``, or
    ``people`` for a plural demonym or a people of ``peoples`` in countries.json:
    "Algerians", "Uyghurs" are the country's civilians);
    ``roles`` of a person are ``(sector, title, from, to)`` with ISO dates; an
    organisation has them only when its sector changed (title empty). A Wikidata office
    holder (``officeholders.json``) or a legislator (``legislators.json``) is ``spelled``:
    known by their full names as listed
    and by nothing else, since among tens of thousands of names one a letter away is
    another person ("McCaul" is not the ambassador McFaul) and a surname alone is as
    often a place ("Birmingham", "Houston").
    """

    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    role: str = "name"
    exact_case: bool = False
    roles: tuple[tuple[str, str, str | None, str | None], ...] = field(default=(), compare=False)
    spelled: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class SectorWord:
    """A common noun or modifier with the sector it gives a generic actor."""

    sector: str | None
    use: str  # head | generic | modifier

    @property
    def is_head(self) -> bool:
        """The word can head a phrase of its sector ("groups", "people"), not only modify
        one."""
        return self.use in ("head", "generic")


_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
#: Words of letters alone, accented or not ("Hadžipašić"): tokenize's keys are their folds.
_LETTERS_ONLY = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def text_key(text: str) -> tuple[str, ...]:
    """The key the name index files ``text`` under: its tokens' keys (:func:`tokenize`),
    worked out without tokenizing plain words."""
    if _PLAIN.fullmatch(text):
        return tuple(text.lower().split())  # what tokenize gives, without its cost
    if _LETTERS_ONLY.fullmatch(text):
        return tuple(fold(text).split())
    return tuple(t.key for t in tokenize(text))


def is_acronym(alias: str) -> bool:
    """Whether a name is written as an acronym, in capitals of two letters or more ("KIA",
    "U.S."; not "Kia", nor an initial, "J.").

    >>> is_acronym("KIA"), is_acronym("U.S."), is_acronym("Kia"), is_acronym("J.")
    (True, True, False, False)
    """
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_SHORT_ACRONYM = re.compile(r"\b([A-Z]{2,4})\b")
_HYPHEN = re.compile(r"(?<=[^\W\d_]{3})-(?=[^\W\d_]{3})")


def _add(index: dict[tuple[str, ...], list[Entry]], alias: str, entry: Entry) -> None:
    """Index ``alias``; an alias with a short acronym inside a longer name, or a country's
    acronym, is indexed with the dotted acronym too ("UN Refugee Agency" is also "U.N.
    Refugee Agency", "CAR" is also "C.A.R."), and
    a hyphenated one with spaces too ("Inter-Services Public Relations" is also "Inter
    Services Public Relations")."""
    key = text_key(alias)
    if key:
        bucket = index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
    if _HYPHEN.search(alias):
        _add(index, _HYPHEN.sub(" ", alias), entry)
    if _SHORT_ACRONYM.search(alias) and (" " in alias.strip() or entry.kind == "country"):
        dotted = _SHORT_ACRONYM.sub(lambda m: ".".join(m.group(1)) + ".", alias)
        if dotted != alias:
            _add(index, dotted, entry)


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("s", "sh", "ch", "ese", "x", "z", "i")) or " " in demonym:
        return demonym + "s" if demonym.endswith("i") else None
    return demonym + "s"


def _country_entries(index: dict[tuple[str, ...], list[Entry]]) -> None:
    for iso, row in resources.data_json("countries.json").items():
        for alias in [row["name"], *row["aliases"]]:
            _add(index, alias, Entry(iso, row["name"], "country", iso, None, "name",
                                     is_acronym(alias)))
        for dem in row["demonyms"]:
            entry = Entry(iso, row["name"], "country", iso, None, "demonym", is_acronym(dem))
            _add(index, dem, entry)
            plural = _plural(dem)
            if plural:
                _add(index, plural, Entry(iso, row["name"], "country", iso, "CVL", "people"))
        for cap in row["capitals"]:
            _add(index, cap, Entry(iso, row["name"], "country", iso, "GOV", "capital"))
        for place in row["places"]:
            _add(index, place, Entry(iso, row["name"], "country", iso, None, "place"))
        # "the five Uyghurs", "Chechens": a people named alone is people of the country, as
        # a plural demonym is, never the state (its adjective stays a place: "Uyghur men")
        for people in row.get("peoples", ()):
            _add(index, people, Entry(iso, row["name"], "country", iso, "CVL", "people"))
    # More places from the CAMEO/Phoenix dictionary (data/SOURCES), none of them a name
    # the tables above or below hold.
    for iso, places in resources.data_json("cameo_places.json")["places"].items():
        name = resources.data_json("countries.json")[iso]["name"]
        for place in places:
            _add(index, place, Entry(iso, name, "country", iso, None, "place"))
    # Provinces, states and cities (Natural Earth, data/SOURCES) no other table names: a
    # name of one place, or of one city far more populous than the others, and no common
    # English word ("Reading", "Split").
    countries = resources.data_json("countries.json")
    for places in world_places.table().values():
        place = world_places.resolve(places[0].name, words=False)
        if place is not None and text_key(place.name) not in index:
            _add(index, place.name, Entry(place.country, countries[place.country]["name"],
                                          "country", place.country, None, "gazetteer"))


def _person_entry(row: dict) -> Entry:
    roles = tuple((r["sector"], r["title"], r.get("from"), r.get("to")) for r in row["roles"])
    last = roles[-1] if roles else (None, "", None, None)
    return Entry(slug(row["name"]), row["name"], "person", row.get("country"), last[0],
                 roles=roles)


def _user_rows(paths: tuple[str, ...]) -> list[dict]:
    rows: list[dict] = []
    for path in paths:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise SettingsError(f"cannot read actor file {path}: {exc}") from exc
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SettingsError(f"{path}:{n}: not a JSON object: {exc.msg}") from exc
            if not isinstance(row, dict) or not isinstance(row.get("name"), str):
                raise SettingsError(f"{path}:{n}: an actor needs a 'name' string")
            kind = row.get("kind") or "person"
            if kind not in KINDS:
                raise SettingsError(
                    f"{path}:{n}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
            rows.append(row)
    return rows


def names(actor_files: tuple[str, ...] = ()) -> dict[tuple[str, ...], list[Entry]]:
    """Folded word tuple -> the named entries it may refer to (later sources win ties).

    Built once per process and per set of user files (``names()`` and ``names(())``
    share one table).
    """
    return _names(tuple(actor_files))


@cache
def _names(actor_files: tuple[str, ...]) -> dict[tuple[str, ...], list[Entry]]:
    with resources.lasting():
        return _build_names(actor_files)


def _build_names(actor_files: tuple[str, ...]) -> dict[tuple[str, ...], list[Entry]]:
    index: dict[tuple[str, ...], list[Entry]] = {}
    _country_entries(index)
    for row in resources.data_json("organizations.json"):
        # An organisation whose sector changed ("the Taliban": REB, then GOV from August
        # 2021) has dated ``roles``; ``sector`` is its sector when no date is known.
        roles = tuple((r["sector"], "", r.get("from"), r.get("to")) for r in row.get("roles", ()))
        for alias in [row["name"], *row["aliases"]]:
            _add(index, alias, Entry(slug(row["name"]), row["name"], row["kind"], row["country"],
                                     row["sector"], "name", is_acronym(alias), roles))
    for row in resources.data_json("people.json"):
        entry = _person_entry(row)
        for alias in [row["name"], *row["aliases"]]:
            _add(index, alias, entry)
    # Office holders since about 2000 from Wikidata and legislators since 2010, then up to
    # 2014 from the CAMEO/Phoenix dictionary (data/SOURCES); after the curated people, whose
    # entries come first for the same name. Wikidata's entry of a person holds the CAMEO
    # roles before it too.
    _dated_people(index, _spelled_people(), spelled=True)
    _dated_people(index, resources.data_json("cameo_people.json")["people"], spelled=False)
    for name, aliases, country, sector, kind in resources.data_json("cameo_orgs.json")["orgs"]:
        # International bodies, NGOs, companies and armed groups from the CAMEO/Phoenix
        # dictionaries (data/SOURCES); none shares a name with the tables above.
        for alias in [name, *aliases]:
            _add(index, alias, Entry(slug(name), name, kind, country, sector, "name",
                                     is_acronym(alias)))
    for row in _user_rows(actor_files):
        kind = row.get("kind") or "person"
        entry = Entry(slug(row["name"]), row["name"], kind, row.get("country"),
                      row.get("sector"))
        for alias in [row["name"], *row.get("aliases", [])]:
            index.setdefault(text_key(alias), []).insert(0, entry)
    return index


def _dated_people(index: dict[tuple[str, ...], list[Entry]], rows: list[list],
                  spelled: bool) -> None:
    """Add people with dated roles (name, aliases, country, [sector, from, to] rows), each
    under their name and aliases, their sector the one of their latest role."""
    for name, aliases, country, roles in rows:
        dated = tuple((sector, "", start, end) for sector, start, end in roles)
        last = max(dated, key=lambda r: r[2] or "")
        entry = Entry(slug(name), name, "person", country, last[0], roles=dated,
                      spelled=spelled)
        for alias in [name, *aliases]:
            _add(index, alias, entry)


def _spelled_people() -> list[list]:
    """The rows of ``officeholders.json``, each with the seats ``legislators.json`` lists
    under its name and country (its build script writes an office holder's name so), then
    the legislators no office holder is."""
    rows = {(name, country): [name, aliases, country, roles] for name, aliases, country, roles
            in resources.data_json("officeholders.json")["people"]}
    for name, aliases, country, roles in resources.data_json("legislators.json")["people"]:
        row = rows.setdefault((name, country), [name, [], country, []])
        row[1] = [*row[1], *aliases]
        row[3] = [*row[3], *roles]
    return list(rows.values())


@cache
def regions() -> frozenset[tuple[str, ...]]:
    """Folded word tuples of world regions, which name no actor ("Latin America")."""
    return frozenset(text_key(name) for name in resources.data_json("regions.json")["regions"])


def names_region(key: tuple[str, ...]) -> bool:
    """Whether the folded words ``key`` are a world region (:func:`regions`) or its people
    ("the Sahel", "Africans"), which a tagger may take for a person's name.

    >>> names_region(("the", "sahel")), names_region(("africans",)), names_region(("kenya",))
    (True, True, False)
    """
    if key[:1] == ("the",):
        key = key[1:]
    return bool(key) and (key in regions() or key[:-1] + (singular(key[-1]),) in regions())


@cache
def region_members() -> dict[tuple[str, ...], frozenset[str]]:
    """Folded word tuples of world regions -> the countries each holds (``members`` of
    regions.json: "Southeast Asian" -> Malaysia, Vietnam, ...)."""
    table = resources.data_json("regions.json")["members"]
    return {text_key(name): frozenset(countries) for key, countries in table.items()
            if not key.startswith("_") for name in key.split("|")}


@cache
def scan_lengths(actor_files: tuple[str, ...] = ()) -> dict[str, tuple[int, ...]]:
    """First folded word -> the lengths in words of the names, regions and sector terms
    that start with it, longest first, always with 1 (a single word is looked up under
    its singular too): the lengths the phrase scan need try at a word.

    >>> scan_lengths()["united"][-1], 2 in scan_lengths()["united"]
    (1, True)
    """
    lengths: dict[str, set[int]] = {}
    for keys in (names(actor_files), regions(), sector_words()):
        for key in keys:
            if key:
                lengths.setdefault(key[0], {1}).add(len(key))
    return {word: tuple(sorted(ns, reverse=True)) for word, ns in lengths.items()}


@cache
def sector_words() -> dict[tuple[str, ...], SectorWord]:
    """Folded word tuple -> how the words place an actor in a sector (sectors.json, then
    the CAMEO/Phoenix agent nouns of cameo_agents.json for words it does not place)."""
    data = resources.data_json("sectors.json")
    index: dict[tuple[str, ...], SectorWord] = {}
    for word, sector in resources.data_json("cameo_agents.json")["agents"].items():
        index[text_key(word)] = SectorWord(sector, "head")
    for word, sector in data["modifiers"].items():
        index[text_key(word)] = SectorWord(sector, "modifier")
    for word, sector in data["generic"].items():
        index[text_key(word)] = SectorWord(sector, "generic")
    for sector, words in data["heads"].items():
        for word in words:
            index[text_key(word)] = SectorWord(sector, "head")
    for word in data["commentators"]:
        # an expert or analyst is of no sector, neither education nor what they know
        # about ("legal experts", "Security analysts" are no judges nor police)
        index[text_key(word)] = SectorWord(None, "head")
    return index


@cache
def placeless_sectors() -> frozenset[str]:
    """Sectors whose groups take no country from the other actors of their sentence
    (``placeless`` of sectors.json: migrants and refugees come from elsewhere)."""
    return frozenset(resources.data_json("sectors.json")["placeless"])


@cache
def commentator_nouns() -> frozenset[str]:
    """Nouns of people a story quotes on a country from wherever they are ("analysts say",
    "experts see": ``commentators`` of sectors.json): of no sector (:func:`sector_words`),
    and a group of them is no actor, not even of its country ("Turkish analysts")."""
    return frozenset(resources.data_json("sectors.json")["commentators"])


@cache
def place_units() -> frozenset[str]:
    """Words after a place's name that are part of the name of that place ("Central Java
    *Province*", "Amur *Region*": ``place_units`` of sectors.json), not a person's name."""
    return frozenset(resources.data_json("sectors.json")["place_units"])


@cache
def place_nouns() -> frozenset[str]:
    """Nouns that, after "the", stand for the place named last ("in *the city*"; the
    ``place_nouns`` of sectors.json)."""
    return frozenset(resources.data_json("sectors.json")["place_nouns"])


@cache
def telling_verbs() -> frozenset[str]:
    """Lemmas of verbs of telling someone (the ``speech`` and ``addressed`` verbs of
    quote_cues.json, and "speak", "talk"): their object hears, it does not act. Verbs that
    are cues only with a given object (``with_object``: "as she put it") are left out: with
    any other they tell no one ("put the bill to a vote")."""
    cues = resources.data_json("quote_cues.json")
    return _speech_verbs() | frozenset(cues["addressed"]) | {"speak", "talk"}


@cache
def person_verbs() -> frozenset[str]:
    """Lemmas of verbs whose subject is a person: saying and thinking (the ``speech`` and
    ``thought`` verbs of quote_cues.json: "*Nop Vy* ... told VOA", "*A Qiang* ... thinks";
    "Wall Street *fell*" names no one); not those that are cues only with a given object
    ("*the council* put the bill to a vote")."""
    return _speech_verbs() | frozenset(resources.data_json("quote_cues.json")["thought"])


def _speech_verbs() -> frozenset[str]:
    """The ``speech`` verbs of quote_cues.json but those listed in its ``with_object``."""
    cues = resources.data_json("quote_cues.json")
    return frozenset(cues["speech"]) - frozenset(cues["with_object"])


@cache
def reporting_sectors() -> frozenset[str]:
    """Sectors whose actors give no country to the groups of their sentence (``reporting``
    of sectors.json: "survivors told *VOA* the attackers ..." are not American attackers)."""
    return frozenset(resources.data_json("sectors.json")["reporting"])


@cache
def state_run_words() -> frozenset[str]:
    """Words that make a reporting actor the government's ("*state-run* Oman News Agency",
    "*official* Syrian newspaper": ``state_run`` of sectors.json)."""
    return frozenset(resources.data_json("sectors.json")["state_run"])


@cache
def back_references() -> dict[str, str]:
    """Noun -> how "the NOUN" finds the named body it refers back to (``name``,
    ``kind:K``, ``sector:S``; the ``back_references`` of sectors.json)."""
    table = resources.data_json("sectors.json")["back_references"]
    return {k: v for k, v in table.items() if not k.startswith("_")}


@cache
def country_words() -> dict[str, list[str]]:
    """First letter -> one-word country names, demonyms, capitals and places (for
    misspellings); not the thousands of ``world_places.tsv``, among which a misspelling
    would find a wrong town ("Reading" is not "Redding")."""
    out: dict[str, list[str]] = {}
    for key, entries in names().items():
        if len(key) == 1 and len(key[0]) >= 5 and any(
                e.kind == "country" and e.role != "gazetteer" for e in entries):
            out.setdefault(key[0][:1], []).append(key[0])
    return out


@cache
def former_words() -> frozenset[str]:
    """Words that make an office holder a former one ("former", "ousted")."""
    return frozenset(fold(w) for w in resources.data_json("sectors.json")["former"])


@cache
def office_sectors() -> frozenset[str]:
    """Sectors of an office: one who has left it, or is called its former holder, is an
    elite, ELI (``offices`` of sectors.json)."""
    return frozenset(resources.data_json("sectors.json")["offices"])


@cache
def executive_nouns() -> frozenset[str]:
    """Nouns after a leader's name that make it the country's government ("the Trump
    *administration*": ``executive`` of sectors.json)."""
    return frozenset(resources.data_json("sectors.json")["executive"])


@cache
def venue_nouns() -> frozenset[str]:
    """Nouns of a meeting or an accord that a city before them names the place of ("the
    Doha *agreement*", "the Madrid *talks*": ``venues`` of sectors.json), singular."""
    return frozenset(resources.data_json("sectors.json")["venues"])


@cache
def holding_sectors() -> frozenset[str]:
    """Sectors of a group that holds ground, so that a place it controls keeps it as an
    actor ("*Houthi*-held Sanaa": ``holding`` of sectors.json)."""
    return frozenset(resources.data_json("sectors.json")["holding"])


@cache
def abroad_nouns() -> frozenset[str]:
    """Nouns of people who act away from home ("diplomats", "peacekeepers": ``abroad`` of
    sectors.json): without a country word or an owner they take no country."""
    return frozenset(resources.data_json("sectors.json")["abroad"])


@cache
def abroad_words() -> frozenset[str]:
    """Words that say a group comes from elsewhere ("*foreign* fighters", "volunteers from
    *abroad*": ``abroad_words`` of sectors.json): the story's country is not theirs."""
    return frozenset(resources.data_json("sectors.json")["abroad_words"])


@cache
def story_sectors() -> frozenset[str]:
    """Sectors whose groups, placed by nothing nearer, take the country a story names far
    more than any other (``story_country`` of sectors.json: civilians and NGOs, not
    unidentified attackers or criminals, who may come from anywhere)."""
    return frozenset(resources.data_json("sectors.json")["story_country"])


@cache
def home_words() -> dict[str, frozenset[str]]:
    """For a ``story_country`` sector, the words one of which must place its group at home
    before it takes the story's country ("*Local* rights groups condemned the raid";
    ``home_words`` of sectors.json: NGOs, which speak for a country from abroad as often
    as from it); a sector not named needs none."""
    return {sector: frozenset(words) for sector, words
            in resources.data_json("sectors.json")["home_words"].items()}


@cache
def posted_nouns() -> frozenset[str]:
    """Nouns of people and missions sent to a country or a body ("ambassador", "permanent
    representative": ``posted`` of sectors.json): a place after their "to" is where they
    are sent, not whom they act for."""
    return frozenset(resources.data_json("sectors.json")["posted"])


@cache
def overriding_sectors() -> frozenset[str]:
    """Sectors whose modifiers beat any head noun ("opposition lawmakers" is OPP)."""
    return frozenset(resources.data_json("sectors.json")["overriding"])


@cache
def abbreviations() -> dict[str, str]:
    """Abbreviated titles and the title they stand for ("gov" is "governor")."""
    return dict(resources.data_json("sectors.json")["abbreviations"])


@cache
def role_equivalents() -> dict[str, frozenset[str]]:
    """Role word of a description -> the title words it stands for (``role_equivalents.tsv``,
    its rows with no country): "the U.S. *leader*" is the one the article made its *president*.

    >>> sorted(role_equivalents()["leader"])
    ['chancellor', 'president', 'prime minister']
    """
    out: dict[str, set[str]] = {}
    for row in resources.data_tsv("role_equivalents.tsv"):
        if not row["country"]:
            out.setdefault(row["description"], set()).add(row["title"])
    return {word: frozenset(titles) for word, titles in out.items()}


@cache
def leading_titles() -> dict[tuple[str, str], frozenset[str]]:
    """(role word, country) -> the titles it stands for there (``role_equivalents.tsv``,
    its rows with a country)."""
    out: dict[tuple[str, str], set[str]] = {}
    for row in resources.data_tsv("role_equivalents.tsv"):
        if row["country"]:
            out.setdefault((row["description"], row["country"]), set()).add(row["title"])
    return {key: frozenset(titles) for key, titles in out.items()}


@cache
def _title_holders() -> dict[tuple[str | None, str], tuple[tuple[str, str | None, str | None],
                                                         ...]]:
    """(country, title) -> (person id, from, to) of each term in that office (people.json)."""
    out: dict[tuple[str | None, str], list[tuple[str, str | None, str | None]]] = {}
    for row in resources.data_json("people.json"):
        for role in row["roles"]:
            out.setdefault((row.get("country"), role["title"]), []).append(
                (slug(row["name"]), role.get("from"), role.get("to")))
    return {key: tuple(terms) for key, terms in out.items()}


def role_holders(word: str, country: str, date: str | None) -> frozenset[str]:
    """Ids of the built-in people who held on ``date`` (else at any time) the office the
    role word stands for in ``country`` by the country's own row of
    ``role_equivalents.tsv`` (Israel's leader is its prime minister); none without a row.

    >>> sorted(role_holders("leader", "ISR", "2024-05-01"))
    ['benjamin_netanyahu']
    >>> sorted(role_holders("leader", "PAK", "2024-05-01"))
    []
    """
    day = date[:10] if date else None
    terms = [term for title in leading_titles().get((word, country), ())
             for term in _title_holders().get((country, title), ())]
    return frozenset(person for person, start, end in terms
                     if day is None or ((start or "") <= day and (end is None or day < end)))


@cache
def beside_office_sectors() -> frozenset[str]:
    """Sectors a person holds beside an office the article calls them by (ELI, LEG): the
    office's sector wins."""
    return frozenset(resources.data_json("sectors.json")["beside_office"])


@cache
def yielding_sectors() -> frozenset[str]:
    """Sectors whose head nouns give way to any sector word or named group before them
    ("Taliban gunmen" are REB; "unidentified gunmen" UAF)."""
    return frozenset(resources.data_json("sectors.json")["yielding"])


@cache
def court_sectors() -> frozenset[str]:
    """Sectors whose people, titled with no country word ("Lawyer Lionel Bethune de
    Moro", "federal prosecutor Jacob Gutwillig"; JUD covers judges and magistrates too),
    take the story's country only where the story has one (``court_people`` of
    sectors.json): a trial in Paris or New York may be about Ivory Coast or Iran (VOA
    training stories 6203896, 8008126), where a minister or an analyst quoted is mostly
    of the country the story is about."""
    return frozenset(resources.data_json("sectors.json")["court_people"])


@cache
def home_sectors() -> frozenset[str]:
    """Sectors whose generic actors take the article's country when none is named
    ("the authorities", "police"); others ("migrants", "protesters") never do."""
    return frozenset(resources.data_json("sectors.json")["home_by_default"])


@cache
def countries() -> dict[str, str]:
    """ISO3 -> the country's common English name."""
    return {iso: row["name"] for iso, row in resources.data_json("countries.json").items()}


_SECTOR_ID = re.compile(r"([A-Z]{3})\.([A-Z]{3})")


def is_sector_id(actor_id: str) -> bool:
    """Whether ``actor_id`` is a country's sector (``PAK.GOV``), not a named actor's slug.

    >>> is_sector_id("PAK.GOV"), is_sector_id("PAK"), is_sector_id("nicolas_maduro")
    (True, False, False)
    """
    return _SECTOR_ID.fullmatch(actor_id) is not None


@cache
def country_name_words(iso: str) -> frozenset[str]:
    """The folded words a country goes by: its name, short forms, demonyms (and their
    plurals) and capitals ("Pakistan", "Pakistani", "Islamabad").

    >>> sorted(country_name_words("PAK"))
    ['islamabad', 'pakistan', 'pakistani', 'pakistanis']
    """
    row = resources.data_json("countries.json").get(iso) or {}
    demonyms = row.get("demonyms", [])
    words = [row.get("name", ""), *row.get("aliases", []), *demonyms,
             *(p for d in demonyms if (p := _plural(d))), *row.get("capitals", [])]
    return frozenset(w for name in words for w in text_key(name))


def sector_name(actor_id: str) -> str | None:
    """The display name of a country's sector id: ``VEN.GOV`` is "Venezuelan government";
    a sector of no country, its plain noun (``CVL`` gathers every unplaced civilian group
    of an article: "civilians", not the words of the first one met).

    >>> sector_name("VEN.GOV"), sector_name("CVL"), sector_name("nicolas_maduro")
    ('Venezuelan government', 'civilians', None)
    >>> sector_name("HKG.GOV"), sector_name("NZL.MIL")
    ('Hong Kong government', 'New Zealand military')
    """
    nouns = resources.data_json("corpus_relations.json")["sector_nouns"]
    if actor_id in nouns:
        return nouns[actor_id]
    match = _SECTOR_ID.fullmatch(actor_id)
    if not match:
        return None
    country = resources.data_json("countries.json").get(match.group(1)) or {}
    noun = nouns.get(match.group(2))
    people = (country.get("demonyms") or [None])[0]
    if people and people.endswith("er") and people.startswith(country["name"].rstrip("s")):
        # a word for an inhabitant, no adjective ("Hong Konger", "New Zealander"): the
        # country's name stands before the noun ("Hong Kong government")
        people = country["name"]
    return f"{people} {noun}" if people and noun else None
