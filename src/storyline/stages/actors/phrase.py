"""Resolve a short phrase ("Chile's Defense Ministry", "Iraqi police") from the tables alone.

No spaCy here: the phrase is split into words, scanned left to right for the
longest known name or sector phrase, and the hits are combined by a few rules:

* a phrase that is one known name is that actor (a country, an organisation, a person);
* otherwise the country comes from the first country-bearing hit (a country name,
  demonym, capital, or a national organisation) and the sector from the *head*: the
  last sector noun before any preposition ("Ministry" in "Chile's Defense Ministry");
* a generic head ("official", "spokesman", "leader") takes the sector of its modifier
  ("military spokesman" MIL, "Taliban leader" REB) or of its complement ("chairman of
  the company's board" BUS);
* modifiers of an overriding sector beat any head ("opposition lawmakers" OPP);
* "former", "ousted" and the like turn an office holder into an elite (ELI).

>>> p = analyse("Chile's Defense Ministry")
>>> (p.country, p.sector, p.kind)
('CHL', 'GOV', 'org')
>>> analyse("Russian Foreign Minister Sergei Lavrov").person
'Sergei Lavrov'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from ... import world_places
from ...model import Actor
from .geography import inside, waters
from .lexicon import (
    Entry,
    SectorWord,
    Token,
    back_references,
    commentator_nouns,
    country_words,
    executive_nouns,
    fold,
    former_words,
    holding_sectors,
    home_sectors,
    is_acronym,
    names,
    names_region,
    office_sectors,
    overriding_sectors,
    place_units,
    posted_nouns,
    regions,
    reporting_sectors,
    scan_lengths,
    sector_name,
    sector_words,
    singular,
    slug,
    state_run_words,
    tokenize,
    venue_nouns,
    yielding_sectors,
)
from .offices import entry_sector, role_at
from .people import (
    SUFFIXES,
    given_name_groups,
    known_people,
    match_known,
    name_words,
)

#: Words that carry no actor information of their own.
FUNCTION_WORDS = frozenset(
    "the a an his her its their our my your this that these those some several many few "
    "all both each every any other another such own own's one two three four five six seven "
    "eight nine ten dozen dozens hundreds thousands of and or".split()
)
#: Words that may lead a number of people ("up to 30,000 migrants", "Nearly 70 countries").
QUANTIFIERS = frozenset(
    "about nearly almost around roughly approximately some over under up to more less fewer "
    "than at least most as many an estimated only just".split()
)
#: Words that end the head noun phrase and open its complement.
PREPOSITIONS = frozenset(
    "of in from at for with on to by near inside outside across against under over "
    "among fleeing named who which that , ( ) ; :".split()
)
#: Singular head nouns that name one person rather than a body.
#: Nouns of a number of people: "hundreds of people", "thousands of protesters".
COUNT_NOUNS = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "millions"})
PERSON_NOUNS = frozenset(
    "minister president king queen chief head official spokesman spokeswoman spokesperson "
    "leader secretary general envoy diplomat ambassador judge senator deputy mayor governor "
    "premier chancellor emir sultan prince pope imam priest cleric counterpart negotiator "
    "commander officer soldier policeman lawmaker legislator congressman prosecutor director "
    "chairman chairwoman aide adviser advisor candidate dictator monarch ayatollah bishop "
    "journalist reporter activist protester doctor student teacher farmer worker".split()
)


#: Titles of whoever leads a body: "head", "president", "speaker" of the National Assembly
#: are one office, of the body's sector ("president of the company" is in business).
LEADER_WORDS = frozenset({"head", "president", "chairman", "chairwoman", "chair", "speaker",
                          "leader", "chief"})


@dataclass
class Hit:
    """A run of words found in a lexicon: tokens ``[start, end)``."""

    start: int
    end: int
    entries: list[Entry] = field(default_factory=list)
    sector_word: SectorWord | None = None

    @property
    def is_head(self) -> bool:
        """The run is a sector word that can head its phrase (:attr:`SectorWord.is_head`)."""
        return self.sector_word is not None and self.sector_word.is_head


@dataclass
class Phrase:
    """What a phrase says about its actor."""

    text: str
    tokens: list[Token]
    hits: list[Hit]
    entity: Entry | None = None  # the phrase is exactly this known name
    country: str | None = None
    sector: str | None = None
    kind: str | None = None
    person: str | None = None  # a personal name found in the phrase
    person_entry: Entry | None = None  # ...and the known person it names
    title: str | None = None  # the sector phrase of the head ("foreign minister")
    former: bool = False
    body: str | None = None  # an acronym no table knows that the phrase is ("KIA")
    #: its place is two countries' and its text named neither (:func:`for_country`): no
    #: country around it is its own
    ambiguous: bool = False

    @property
    def found(self) -> bool:
        """Whether the phrase told anything: a known name, a country or a sector."""
        return bool(self.entity or self.country or self.sector or self.person_entry)


def _case_ok(entry: Entry, tokens: list[Token], lowercase_text: bool) -> bool:
    if entry.exact_case:
        return all(t.text.upper() == t.text for t in tokens)
    if entry.kind in ("person", "country") and any(
            len(t.text) > 3 and t.text.isupper() and "." not in t.text for t in tokens):
        return False  # "ZUMA" (a photo agency) is not Zuma, a dateline "KABUL -" no actor;
        # a body written in capitals is the body ("MERCOSUR")
    if entry.kind in ("country", "person", "org", "igo") and not lowercase_text:
        return tokens[0].capitalized or not tokens[0].text[:1].isalpha()
    return True


def _sector_lookup(key: tuple[str, ...]) -> SectorWord | None:
    table = sector_words()
    found = table.get(key)
    if found is None and key:
        found = table.get((*key[:-1], singular(key[-1])))
    return found


def scan(tokens: list[Token], actor_files: tuple[str, ...] = ()) -> list[Hit]:
    """Longest-match scan of ``tokens`` against the name and sector lexicons."""
    index = names(actor_files)
    lowercase_text = not any(t.text[:1].isupper() for t in tokens)
    hits: list[Hit] = []
    i, n = 0, len(tokens)
    keys = [t.key for t in tokens]
    tried = scan_lengths(actor_files)
    while i < n:
        best: Hit | None = None
        for length in tried.get(keys[i], (1,)):
            if length > n - i:
                continue
            key = tuple(keys[i:i + length])
            if key in regions():
                best = Hit(i, i + length)  # a region: its words name no one
                break
            span = tokens[i:i + length]
            entries = [e for e in index.get(key, ()) if _case_ok(e, span, lowercase_text)]
            if entries:
                best = Hit(i, i + length, entries=entries)
                break
            # A sector term does not run across a possessor ("the state's governor").
            sw = None if any(t.possessive for t in span[:-1]) else _sector_lookup(key)
            if sw is not None:
                best = Hit(i, i + length, sector_word=sw)
                break
        if best is None:
            # a word after a capitalised word no table knows ends a name ("Alejandro
            # Rivera"): no misspelt country (Riviera) is guessed in it
            named = i > 0 and tokens[i - 1].capitalized and not (hits and hits[-1].end == i)
            best = _loose_country(tokens[i], i, index, misspelt=not named)
        if best is None:
            i += 1
            continue
        # A sector phrase may be beaten by a longer name starting inside it: keep simple, take it.
        if best.entries or best.sector_word:
            hits.append(best)
        i = best.end
    return hits


#: "US-backed opposition" is not American, nor an "Afghan-born U.S. envoy" Afghan: these
#: suffixes name a patron or a birthplace, not the actor's country.
PATRON_SUFFIXES = frozenset("backed supported allied funded sponsored armed trained friendly "
                            "aligned leaning inspired born".split())
#: "the Serb-controlled autonomous republic" (Bosnia's) is not Serbia's, nor "the
#: Israeli-occupied West Bank" Israel's: these suffixes name whoever holds a place. A
#: country so joined is no actor (:func:`holders`); a group or organisation is the holder
#: it names ("the ISIS-held old city", "Taliban-controlled districts").
HOLDER_SUFFIXES = frozenset("controlled held occupied".split())


def holders(entries: Iterable[Entry]) -> list[Entry]:
    """The entries of a name joined to a holder's suffix (:data:`HOLDER_SUFFIXES`) that
    stay actors: groups and organisations of a sector that holds ground (``holding`` of
    sectors.json: "*Hamas*-controlled", "*Houthi*-held"), never a country
    ("*Serb*-controlled") nor a group of another sector ("*RSF*-controlled areas", where
    the tables know RSF only as Reporters Without Borders).

    >>> from storyline.stages.actors.lexicon import names
    >>> [e.id for e in holders(names()[("houthi",)])], holders(names()[("serb",)])
    (['houthis'], [])
    >>> holders(names()[("rsf",)])
    []
    """
    return [e for e in entries if e.kind in ("group", "org") and e.sector in holding_sectors()]


def _loose_country(token: Token, i: int, index: dict[tuple[str, ...], list[Entry]],
                   misspelt: bool = True) -> Hit | None:
    """A country in a word no table lists whole: "Vietnamese-led", "Afganistan" (a
    misspelling only when ``misspelt``)."""
    if not token.capitalized:
        return None
    if "-" in token.key:
        prefix, _, suffix = token.key.partition("-")
        if suffix in PATRON_SUFFIXES:
            return None
        entries = [e for e in index.get((prefix,), ()) if e.kind in ("country", "group", "org")]
        if suffix in HOLDER_SUFFIXES:
            entries = holders(entries)
        return Hit(i, i + 1, entries=entries) if entries else None
    key = token.key
    if not misspelt or len(key) < 6 or not key.isalpha():
        return None
    match = _misspelt_country(key)
    return Hit(i, i + 1, entries=list(index[(match,)])) if match else None


@lru_cache(maxsize=1 << 14)
def _misspelt_country(key: str) -> str | None:
    """The one country word ``key`` is a letter away from; a given name or the surname of a
    known person is none ("Francis" is no "Francio", "Kimberly", "Andrey", "Albert" no
    country, nor "Jaffar", as in the Pakistani train "Jaffar Express", Israel's "Jaffa")."""
    if key in given_name_groups() or key in known_people():
        return None
    close = [w for w in country_words().get(key[:1], ()) if OSA.distance(key, w) <= 1]
    return close[0] if len(close) == 1 else None


def _is_number(word: str) -> bool:
    """Whether a word is written in figures ("21", "1,100", "2.5")."""
    return word.replace(",", "").replace(".", "").isdigit()


def _quantifier_end(keys: list[str]) -> int:
    """How many of ``keys`` lead a number ("about", "at least", "more than" before
    "1,100"); 0 when no number follows them."""
    k = 0
    while k < len(keys) and keys[k] in QUANTIFIERS:
        k += 1
    return k if k < len(keys) and _is_number(keys[k]) else 0


def _without_quantifier(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the words that lead their number: "About 1,100 contract
    employees" are "1,100 contract employees" (not a person named About)."""
    return tokens[_quantifier_end([t.key for t in tokens]):]


def _content(tokens: list[Token]) -> list[int]:
    return [i for i, t in enumerate(tokens)
            if t.key not in FUNCTION_WORDS and any(c.isalnum() for c in t.key)]


def _person_name(tokens: list[Token], hits: list[Hit], stop: int,
                 actor_files: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """The run of capitalised words no lexicon knows, when it reads as a personal name."""
    covered = {i for h in hits for i in range(h.start, h.end)}
    runs: list[tuple[int, int]] = []
    i = 0
    while i < stop:
        if i not in covered and tokens[i].capitalized and tokens[i].key not in FUNCTION_WORDS \
                and tokens[i].key not in COUNT_NOUNS and tokens[i].text[:1].isalpha() \
                and not _unknown_acronym(tokens[i], actor_files):
            j = i
            while j < stop and j not in covered and (tokens[j].capitalized
                                                     or tokens[j].key in {"de", "da", "del",
                                                                          "van", "von", "al",
                                                                          "el", "bin", "la"}):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    for start, end in reversed(runs):
        after = [h for h in hits if h.start >= end and h.start < stop]
        # "students at Cumhuriyet University", "Latin America": a known word right after
        # makes the run part of an institution or place name.
        if any(h.start == end for h in after):
            continue
        if tokens[end - 1].possessive or _names_unit(tokens[start:end], hits, start) \
                or end == len(tokens) and names_region(tuple(t.key for t in tokens[start:end])):
            continue  # "Central Java Province", "the Sahel", "Africans": places and peoples
        return start, end
    return None


def _names_unit(run: list[Token], hits: list[Hit], start: int) -> bool:
    """Whether the capitalised words ``run`` (from token ``start``) are the unit of the
    place named just before them ("Central Java *Province*", "Amur *Region*",
    :func:`.lexicon.place_units`), not a person's name."""
    return all(t.key in place_units() for t in run) and any(
        h.end == start and any(e.kind == "country" for e in h.entries) for h in hits)


def _unknown_acronym(token: Token, actor_files: tuple[str, ...]) -> bool:
    """Whether a word is an acronym no table knows ("KIA", "SAA"): a body's, not a personal
    name to read as a surname. A known person's whole name or alias in capitals ("AMLO",
    "TRUMP", the one-word names :func:`.people.known_people` is built from) is the
    person's; a surname only inside a full name is not ("Kia" of "Mohammad Saidi Kia").

    >>> _unknown_acronym(tokenize("KIA")[0], ()), _unknown_acronym(tokenize("AMLO")[0], ())
    (True, False)
    """
    return is_acronym(token.text) and not any(
        e.kind == "person" and not e.spelled for e in names(actor_files).get((token.key,), ()))


def _before_suffix(hit: Hit, tokens: list[Token]) -> bool:
    """Whether a known person's name is followed by a suffix: "Donald Trump Jr." is
    the son, not the person the table knows as "Donald Trump"."""
    return bool(hit.entries) and all(e.kind == "person" for e in hit.entries) \
        and hit.end < len(tokens) and tokens[hit.end].key.rstrip(".") in SUFFIXES


@cache
def head_words() -> frozenset[str]:
    """Last words (singular) of every head or generic sector noun: a cheap first filter.

    >>> "authority" in head_words(), "crisis" in head_words()
    (True, False)
    """
    return frozenset(singular(key[-1]) for key, sw in sector_words().items() if sw.is_head)


def _pick(entries: list[Entry]) -> Entry:
    # Prefer organisations and people over a country reading of the same words.
    order = {"person": 0, "igo": 1, "org": 1, "group": 1, "country": 2}
    return min(entries, key=lambda e: order.get(e.kind, 3))


#: Generic sector words that name a body, not one person ("the military *council*").
COLLECTIVE_NOUNS = frozenset(
    "group body agency organization organisation office council commission committee "
    "authority leadership team unit wing side camp faction delegation party movement staff "
    "personnel cadre youth coalition junta directorate mission".split())


def _kind_of_head(tokens: list[Token], hit: Hit) -> str:
    last = tokens[hit.end - 1].key
    if last in PERSON_NOUNS or (hit.sector_word and hit.sector_word.use == "generic"
                                and singular(last) == last and last not in COLLECTIVE_NOUNS):
        return "person"
    if singular(last) != last or last in {"police", "people", "military", "media", "press"}:
        return "group"
    return "org"


def analyse(text: str, date: str | None = None, actor_files: tuple[str, ...] = ()) -> Phrase:
    """Read everything the tables say about ``text``; see the module docstring.

    Results are cached per process (phrases repeat across articles): treat them as
    read-only.

    >>> p = analyse("Iraqi police")
    >>> (p.country, p.sector)
    ('IRQ', 'COP')
    """
    return _analyse(text, date, actor_files)


@lru_cache(maxsize=1 << 16)
def _read(text: str, actor_files: tuple[str, ...]
          ) -> tuple[list[Token], list[Hit], list[tuple[int, int]]]:
    """What of ``text``'s reading no date changes: its words, the tables' hits and the
    waters it names. Kept per process apart from :func:`_analyse`, which the same phrase
    misses once per date it is read at (4,655 texts of 7,746 readings over VOA)."""
    tokens = _without_quantifier(tokenize(text))
    wet = waters(text)  # "the Sea of Japan": a place, never Japan (:mod:`.geography`)
    hits = _institution_places(tokens, [h for h in scan(tokens, actor_files)
                                        if not _before_suffix(h, tokens)
                                        and not inside(tokens[h.start].start,
                                                       tokens[h.end - 1].end, wet)],
                                     actor_files)
    return tokens, hits, wet


@lru_cache(maxsize=1 << 16)
def _analyse(text: str, date: str | None, actor_files: tuple[str, ...]) -> Phrase:
    tokens, hits, wet = _read(text, actor_files)
    phrase = Phrase(text, tokens, hits)
    content = _content(tokens)
    if not content:
        return phrase
    # "former president Bashir's government": a former office before a possessor is the
    # possessor's, not the head's.
    owner_end = max((i + 1 for i, t in enumerate(tokens) if t.possessive), default=0)
    former = any(t.key in former_words() for t in tokens[owner_end:])
    phrase.former = former

    # One known name covering every content word.
    if len(hits) == 1 and hits[0].entries and set(content) <= set(range(hits[0].start,
                                                                         hits[0].end)):
        entry = _pick(hits[0].entries)
        if entry.kind == "igo" and _sent_by_referent(tokens, hits[0].start):
            phrase.sector, phrase.kind = "GOV", "org"  # "his U.N. mission": his country's
            return phrase
        phrase.entity = entry
        phrase.country, phrase.kind = entry.country, entry.kind
        phrase.sector = entry_sector(entry, date)
        if entry.kind == "person":
            phrase.person, phrase.person_entry = entry.name, entry
            phrase.sector, phrase.title, out = role_at(entry, date)
            phrase.former = out
        return phrase

    # A named organisation with only country words beside it: "Lebanese Hezbollah".
    named = [h for h in hits if h.entries and _pick(h.entries).kind in ("org", "group", "igo")]
    covered = {i for h in hits for i in range(h.start, h.end)}
    if len(named) == 1 and set(content) <= covered and all(
            h is named[0] or (h.entries and _pick(h.entries).kind == "country") for h in hits):
        entry = _pick(named[0].entries)
        phrase.kind, phrase.country = entry.kind, entry.country
        phrase.sector = entry_sector(entry, date)
        branch = [h for h in hits if h.start >= named[0].end]
        if entry.kind == "org" and branch:
            # "CNN Turk", "Shell Nigeria": the company's national branch, of that country.
            phrase.country = next(e.country for e in branch[0].entries if e.country)
        else:
            phrase.entity = entry
        return phrase

    stop = next((i for i, t in enumerate(tokens) if t.key in PREPOSITIONS and i > 0), len(tokens))
    if any(h.end == stop - 1 and names_a_venue(h.entries, tokens[stop - 1].key) for h in hits) \
            and not any(t.possessive for t in tokens[:stop - 1]):
        return phrase  # "the Doha agreement", "the Madrid talks": where, not who
    pre = [h for h in hits if h.start < stop]
    post = [h for h in hits if h.start >= stop]
    # "France's representative to the UNSC", "the ambassador to Washington": one sent to a
    # body or a country acts for their government, not for the place they are sent to.
    # Not one sent to anything else ("a delegate to the convention", "the representative to
    # the General Assembly" of a state).
    posted = stop < len(tokens) and tokens[stop].key == "to" and _posted(tokens[:stop]) \
        and any(h.entries and _pick(h.entries).kind in ("country", "igo") for h in post)
    # A possessor after the head ("the largest trade unions in Denmark") still gives a country.
    country_hits = [h for h in (pre if posted else pre + post)
                    if h.entries and any(e.country for e in h.entries)]
    if country_hits:
        first = country_hits[0]
        phrase.country = next(e.country for e in first.entries if e.country)

    name_span = _person_name(tokens, hits, stop, actor_files)
    if name_span and inside(tokens[name_span[0]].start, tokens[name_span[1] - 1].end, wet):
        name_span = None  # "Sea of Japan fishermen": the water's words are no one's name
    if name_span:
        start, end = name_span
        phrase.person = " ".join(t.text for t in tokens[start:end])
        phrase.kind = "person"
    elif not hits and len(content) == 1 and _unknown_acronym(tokens[content[0]], actor_files):
        phrase.body, phrase.kind = tokens[content[0]].text, "org"

    people = [e for h in hits if h.entries for e in h.entries if e.kind == "person"]
    if not people and phrase.person:
        known = match_known(name_words(phrase.person), actor_files)
        people = [known] if known is not None else []
    if people:
        entry = people[0]
        phrase.person_entry, phrase.person, phrase.kind = entry, entry.name, "person"
        role_sector, phrase.title, out = role_at(entry, date)
        phrase.country = phrase.country or entry.country
        phrase.sector = role_sector
        phrase.former = phrase.former or out

    # "the U.S. Mission to the United Nations": where one is sent gives no sector.
    own_post = [] if stop < len(tokens) and tokens[stop].key == "to" else post
    if name_span and not people:
        # "The Washington Times", "the Washington Examiner", "Paris Agreement": a capital
        # that opens a name no table knows is a word of that name, not its government
        pre = [h for h in pre if not _opens_name(h, tokens, name_span[0])]
    sector, title, kind = _sector(tokens, pre, own_post, date)
    if sector is not None or title is not None:
        phrase.sector = sector if sector is not None else phrase.sector
        phrase.title = title or phrase.title
    if phrase.kind is None:
        phrase.kind = kind or ("country" if phrase.country else None)
    if posted and phrase.sector in (None, "LEG"):
        phrase.sector = "GOV"  # a representative to the UN is no legislator
    if phrase.sector is None and _counted_people(tokens, hits):
        phrase.sector, phrase.kind = "CVL", "group"  # "tens of thousands of Sudanese"
    igo = next((h for h in pre if h.entries and _pick(h.entries).kind == "igo"), None)
    sent = igo is not None and _sent_by_referent(tokens, igo.start)
    if igo is not None and not phrase.person_entry and not sent and not any(
            h.start < igo.start and h.entries and _pick(h.entries).kind == "country"
            for h in pre):
        # "U.N. special envoy for Syria", "NATO troops": the organisation's own people.
        phrase.sector, phrase.country = "IGO", None
    elif phrase.sector == "IGO" and (phrase.country or sent) and not phrase.person_entry:
        # "China's U.N. mission", "Pakistan's U.N. ambassador", "his U.N. mission": a
        # country's own people at the organisation act for its government.
        phrase.sector = "GOV"
    if phrase.sector == "IGO":
        phrase.country = None  # "UN special rapporteur Richard Bennett" acts for no country
    if phrase.sector in reporting_sectors() and any(
            t.key in state_run_words() for t in tokens[:stop]):
        phrase.sector = "GOV"  # "state-run Oman News Agency" speaks for the government
    if former and phrase.sector in office_sectors():
        phrase.sector = "ELI"
    return phrase


#: How a city names its country: a capital, or a place inside it (its own table's or the
#: gazetteer's).
CITY_ROLES = frozenset({"capital", "place", "gazetteer"})


def names_a_venue(entries: list[Entry], head: str) -> bool:
    """Whether a place of ``entries`` written before the noun ``head`` (not as its
    possessor) is a city naming where a meeting met or an accord was made (``venues`` of
    sectors.json): "the *Doha* agreement", "the *Jeddah* talks" name no actor; "Moscow's
    treaty", "the Iran deal" are not of this kind.

    >>> from storyline.stages.actors.lexicon import names
    >>> names_a_venue(names()[("doha",)], "agreement"), names_a_venue(names()[("iran",)], "deal")
    (True, False)
    """
    return singular(head) in venue_nouns() and any(
        e.kind == "country" and e.role in CITY_ROLES for e in entries)


#: How a place names its country itself (its name, adjective, capital or one of its
#: regions), as opposed to a town found in the gazetteer.
_OWN_NAMES = frozenset({"name", "demonym", "capital", "place"})


def _institution_places(tokens: list[Token], hits: list[Hit],
                        actor_files: tuple[str, ...]) -> list[Hit]:
    """``hits`` with a place that opens the name of an institution of no state's sector
    read as a word of that name ("Columbia University", "Georgetown University", "the
    Washington Institute", "Kenya Airways"): the head decides the sector, and the place
    gives the country only where it names it itself ("Kenya", "American", "Indiana",
    "Addis Ababa"), not as a capital whose name is also a town of another country
    (Georgetown), a gazetteer town (Suffolk) or a misspelling (Columbia)."""
    index = names(actor_files)
    out = []
    for h, nxt in zip(hits, [*hits[1:], None], strict=False):
        words = tuple(t.key for t in tokens[h.start:h.end])
        if h.entries and nxt is not None and _institution_head(nxt, tokens) \
                and nxt.start == h.end and not tokens[h.end - 1].possessive \
                and all(e.kind == "country" for e in h.entries):
            own = [e for e in h.entries if e.role in _OWN_NAMES and e in index.get(words, ())]
            towns = world_places.table().get(world_places.place_key(" ".join(words)), ())
            countries = {e.country for e in h.entries} | {p.country for p in towns}
            if own and len(countries) == 1:  # not Georgia's two, nor Georgetown's
                # a capital here names its country, not the government (no sector)
                out.append(replace(h, entries=[replace(e, role="name") for e in own]))
        else:
            out.append(h)
    return out


def _institution_head(hit: Hit, tokens: list[Token]) -> bool:
    """Whether ``hit`` is a capitalised head noun of no state's sector ("University",
    "Institute", "Airways"), written as a word of a name."""
    return hit.is_head and hit.sector_word.sector not in home_sectors() \
        and tokens[hit.start].capitalized


def _opens_name(hit: Hit, tokens: list[Token], name_start: int) -> bool:
    """Whether ``hit`` is a capital written right before the name starting at
    ``name_start``, without a possessive ("*Washington* Examiner", not "Moscow's Ivanov")."""
    return hit.end == name_start and not tokens[hit.end - 1].possessive and any(
        e.kind == "country" and e.role == "capital" for e in hit.entries)


def _posted(tokens: list[Token]) -> bool:
    """Whether ``tokens`` end with a noun of one sent abroad (:func:`.lexicon.posted_nouns`:
    "ambassador", "permanent representative")."""
    keys = [t.key for t in tokens]
    return any(" ".join(keys[-n:]) in posted_nouns() for n in (1, 2) if len(keys) >= n)


#: Possessive pronouns that can own a country's envoy or mission.
_OWNING_PRONOUNS = frozenset("his her its their".split())


def _sent_by_referent(tokens: list[Token], start: int) -> bool:
    """Whether a possessive pronoun before ``start`` owns a noun of one sent to a body
    (:func:`_posted`): "his U.N. mission", "their UN envoy" are sent by whoever the pronoun
    stands for, not the organisation's own.

    >>> _sent_by_referent(analyse("his U.N. mission").tokens, 1)
    True
    """
    return any(t.key in _OWNING_PRONOUNS for t in tokens[:start]) and _posted(tokens)


def refers_back(phrase: Phrase) -> bool:
    """Whether a phrase is "the" and a noun that stands for a body named before it by a word
    of its name or as an intergovernmental one ("the court", "The Council", "the panel of
    experts": ``back_references`` of sectors.json, ``name`` and ``kind:igo``): the body is
    the article's to say, not the country its sentence names.

    >>> refers_back(analyse("The court")), refers_back(analyse("a court"))
    (True, False)
    """
    tokens = phrase.tokens
    if phrase.entity is not None or phrase.country or len(tokens) < 2 \
            or tokens[0].key not in ("the", "this"):
        return False
    return back_references().get(singular(tokens[1].key)) in ("name", "kind:igo")


def as_written(phrase: Phrase, opens_sentence: bool,
               reread: Callable[[str], Phrase]) -> Phrase:
    """``phrase`` read again (by ``reread``, the caller's :func:`analyse`) with its first
    word in lower case, where only the sentence start capitalises it (``opens_sentence``:
    the phrase opens its sentence and, as far as the caller can tell, its first word is no
    proper noun) and its words as written read as a name no table knows: "*Small* and
    local rights groups condemned the raid" names no person "Small". The second reading
    is kept only where it names a group and no one ("Juan Perez", a name no table knows,
    stays his; "Central African Republic officials", a known place, are never re-read).
    Both the article and a phrase read alone ask this."""
    text = phrase.text
    first = text.split(" ", 1)[0]
    if not (opens_sentence and first.istitle() and phrase.person
            and phrase.person_entry is None):
        return phrase
    again = reread(first.lower() + text[len(first):])
    return replace(again, text=text) if again.sector and not again.person else phrase


def head_noun(phrase: Phrase) -> str | None:
    """The singular last word of a phrase's head ("analyst" of "Other experts'" head
    "experts" is "expert"), None when it has no head.

    >>> head_noun(analyse("the government's analysts")), head_noun(analyse("Moscow"))
    ('analyst', None)
    """
    return singular(phrase.title.split()[-1]) if phrase.title else None


def for_country(phrase: Phrase, country: str | None) -> Phrase:
    """``phrase`` read in a text about ``country``: a place two countries share ("Punjab",
    "Georgia") that gives the phrase its country is that country's when it is one of them.
    A place that is only a place of each ("Punjab" of India and of Pakistan, not "Georgia",
    a country's name) gives no country when the text names neither: the table's first is
    no better a guess (four VOA stories name Punjab, all of Pakistan; India is listed first).

    >>> for_country(analyse("Punjabi passengers"), "PAK").country
    'PAK'
    >>> punjabi = for_country(analyse("Punjabi passengers"), "AFG")
    >>> punjabi.country is None, to_actor(punjabi, "AFG").country is None
    (True, True)
    >>> for_country(analyse("Georgian troops"), None).country
    'GEO'
    """
    if phrase.country is None or phrase.country == country:
        return phrase
    hit = next((h for h in phrase.hits if h.entries and any(e.country for e in h.entries)), None)
    if hit is None or next(e.country for e in hit.entries if e.country) != phrase.country:
        return phrase
    places = [e for e in hit.entries if e.kind == "country"]
    if len({e.country for e in places}) < 2:
        return phrase
    entry = next((e for e in places if e.country == country), None)
    if entry is None:
        if any(e.role != "place" for e in places):
            return phrase
        unplaced = None if phrase.entity is not None and phrase.entity.kind == "country" \
            else phrase.entity
        return replace(phrase, entity=unplaced, country=None, ambiguous=True,
                       kind=None if unplaced is None and phrase.kind == "country" else phrase.kind)
    if phrase.entity is None:
        return replace(phrase, country=country)
    if phrase.entity.kind != "country":
        return phrase
    return replace(phrase, entity=entry, country=country, sector=entry.sector)


def _counted_people(tokens: list[Token], hits: list[Hit]) -> bool:
    """A number of a nationality: "thousands of Sudanese", "200 Afghans" are civilians."""
    last = next((h for h in hits if h.end == len(tokens)), None)
    return last is not None and any(e.kind == "country" and e.role in ("demonym", "people")
                                    for e in last.entries) and any(
        t.key in COUNT_NOUNS or t.key.replace(",", "").isdigit() for t in tokens[:last.start])


def _sector(tokens: list[Token], pre: list[Hit], post: list[Hit], date: str | None = None
            ) -> tuple[str | None, str | None, str | None]:
    """(sector, head title, kind) from the sector and name hits around the head."""
    def sector_of(h: Hit) -> str | None:
        if h.sector_word is not None:
            return h.sector_word.sector
        e = _pick(h.entries)
        if e.kind == "country" and e.role not in ("capital", "people"):
            return None
        return entry_sector(e, date)  # a person's office on the date ("Guterres' spokesman")

    heads = [h for h in pre if h.is_head]
    if not heads and post:
        # The head of the complement: its last sector noun before the next preposition.
        first = post[0].start
        stop = next((i for i in range(first, len(tokens)) if tokens[i].key in PREPOSITIONS),
                    len(tokens))
        heads = [h for h in post if h.end <= stop and h.is_head] or [
            h for h in post if h.is_head][:1]
    head = heads[-1] if heads else None
    complement = _complement_sector(tokens, post, sector_of)
    if head is not None and complement is None and _leads_unknown_body(tokens, head, post):
        # "an activist and president of Women Arise for Change Initiative": a body no
        # table knows, whose leader is no state's; the other role says more.
        others = [h for h in heads if h.end <= head.start]
        if not others:
            return None, " ".join(t.key for t in tokens[head.start:head.end]), "person"
        head = others[-1]
    # A conjunct before "and" is another role, not a modifier ("an activist and president
    # of ..."): only the head's own words modify it.
    joined = max((i for i, t in enumerate(tokens) if t.key == "and" and head is not None
                  and i < head.start), default=-1)
    before = [h for h in pre if h.start > joined and (head is None or h.end <= head.start)]
    # Only words override ("opposition lawmakers"); a named group does not ("Taliban government").
    overriding = [sector_of(h) for h in before + ([head] if head else [])
                  if h.sector_word is not None and sector_of(h) in overriding_sectors()]
    title = " ".join(t.key for t in tokens[head.start:head.end]) if head else None
    kind = _kind_of_head(tokens, head) if head else None
    if overriding:
        return overriding[-1], title, kind
    if head is not None:
        assert head.sector_word is not None
        modifiers = [s for h in before if (s := sector_of(h))]
        if complement and not modifiers and title in LEADER_WORDS \
                and head.end < len(tokens) and tokens[head.end].key == "of":
            return complement, title, kind  # "president of the company", "speaker of parliament"
        if head.sector_word.use == "head" and not (
                modifiers and head.sector_word.sector in yielding_sectors()):
            return head.sector_word.sector, title, kind
        if modifiers:
            return modifiers[-1], title, kind
        if complement:
            return complement, title, kind
        return head.sector_word.sector, title, kind
    modifiers = [s for h in pre + post if (s := sector_of(h))]
    if modifiers:
        named = [h for h in pre + post if h.entries and sector_of(h)]
        kind = _pick(named[0].entries).kind if named else "group"
        return modifiers[-1], None, kind
    return None, None, None


def _leads_unknown_body(tokens: list[Token], head: Hit, post: list[Hit]) -> bool:
    """Whether a leader's title is followed by "of" and the name of a body the tables do
    not know ("president of *Women Arise for Change Initiative*", "president of the
    *Houston Restaurant Association*"), not of a country ("President of Guinea")."""
    title = " ".join(t.key for t in tokens[head.start:head.end])
    at = head.end
    if title not in LEADER_WORDS or at + 1 >= len(tokens) or tokens[at].key != "of":
        return False
    first = at + 2 if tokens[at + 1].key == "the" and at + 2 < len(tokens) else at + 1
    stop = next((i for i in range(first + 1, len(tokens)) if tokens[i].key in PREPOSITIONS
                 and tokens[i].key != "for"), len(tokens))
    if stop - first < 2 or not all(t.capitalized or t.key == "for" for t in tokens[first:stop]):
        return False  # "President of the Republic" is the state's
    return not any(h.start < stop and h.entries for h in post)


def _complement_sector(tokens: list[Token], post: list[Hit], sector_of: Any) -> str | None:
    """The sector of the noun phrase after the head's preposition: of its head (its last
    sector noun before the next preposition: "leader of the Village de Dieu *gang*"), else
    of its first word that has one.

    >>> _complement_sector(tokenize("leader of the Village de Dieu gang"),
    ...                    scan(tokenize("leader of the Village de Dieu gang"))[1:],
    ...                    lambda h: h.sector_word and h.sector_word.sector)
    'CRM'
    """
    if not post:
        return None
    stop = next((i for i in range(post[0].start, len(tokens)) if tokens[i].key in PREPOSITIONS),
                len(tokens))
    own = [(h, s) for h in post if h.end <= stop and (s := sector_of(h))]
    heads = [s for h, s in own if h.is_head]
    if heads:
        return heads[-1]
    return own[0][1] if own else next((s for h in post if (s := sector_of(h))), None)


def _igo_actor(phrase: Phrase, text: str) -> Actor:
    """An intergovernmental body's people or organ: "G7 foreign ministers" and "NATO
    troops" are the body itself; an organ named by a body noun after the body ("U.N.
    Human Rights Office", "the EU's peacekeeping force") keeps its own identity, and so
    does any IGO phrase naming no known body, so that different bodies never share an id.
    """
    body = next((h for h in phrase.hits if h.entries
                 and _pick(h.entries).kind == "igo"), None)
    name = generic_name(text)
    if body is not None:
        entry = _pick(body.entries)
        heads = [h for h in phrase.hits if h.start >= body.end and h.is_head]
        if not (heads and phrase.kind == "org"):
            return Actor(entry.id, entry.name, "igo", None, "IGO", text)
    return Actor(slug(name.replace(".", "")) or "igo", name, "igo", None, "IGO", text)


def generic_name(text: str) -> str:
    """The name of a group known by its words: without the words that count or point
    before them ("33 terrorists", "the 1,500 soldiers" name terrorists, soldiers; "At
    least 21 passengers", "More than 2,000 firefighters" name passengers, firefighters:
    a count of one sentence is no name for the group of the whole article, VOA training
    stories 8009976 and 6180705).

    >>> generic_name("33 terrorists"), generic_name("the 1,500 Syrian soldiers")
    ('terrorists', 'Syrian soldiers')
    >>> generic_name("At least 21 passengers"), generic_name("the nearly 1,000 migrants")
    ('passengers', 'migrants')
    """
    words = text.split()
    while True:
        start = _quantifier_end([fold(w) for w in words])
        while start < len(words) and (fold(words[start]) in FUNCTION_WORDS
                                      or _is_number(words[start])):
            start += 1
        if not start:
            return " ".join(words) or text
        words = words[start:]


def to_actor(phrase: Phrase, fallback_country: str | None = None) -> Actor | None:
    """The actor a resolved phrase names, or None when the tables know nothing of it;
    ``fallback_country`` is a group's country when the phrase names none and its place is
    not two countries' (``ambiguous``).

    >>> to_actor(analyse("Moscow")).id, to_actor(analyse("the Biden administration")).id
    ('RUS.GOV', 'USA.GOV')
    """
    text = phrase.text.strip()
    entity = phrase.entity
    if entity is not None and entity.kind != "person":
        if entity.kind == "country":
            ident = entity.country if entity.sector is None else f"{entity.country}.{entity.sector}"
            if entity.role == "people":
                # "Haitians", "Three Americans" are the country's people, never shown as
                # the state's name ("Haiti" for armed prisoners, "Nigeria" for rights
                # activists, "United States" for three soldiers killed: shown VOA rows of
                # training stories 6202623, 6202743, 6184384, 6205674)
                return Actor(ident or entity.id, sector_name(ident or "") or entity.name,
                             "group", entity.country, entity.sector, text)
            return Actor(ident or entity.id, entity.name, "country", entity.country,
                         entity.sector, text)
        # the body's sector on the phrase's date ("the Taliban" of 2024 govern)
        return Actor(entity.id, entity.name, entity.kind, entity.country, phrase.sector, text)
    if phrase.person_entry is not None:
        e = phrase.person_entry
        # an IGO's official acts for no country ("NATO Secretary General Mark Rutte")
        country = None if phrase.sector == "IGO" else phrase.country or e.country
        if country and any(t.key in executive_nouns() for t in phrase.tokens[1:]):
            return Actor(f"{country}.GOV", generic_name(text), "org", country, "GOV", text)
        return Actor(e.id, e.name, "person", country, phrase.sector, text)
    if phrase.body:
        # a body known only by an acronym, of its own id (never the country's)
        return Actor(slug(phrase.body), phrase.body, "org", phrase.country, phrase.sector,
                     text) if phrase.country else None
    if phrase.person:
        if not (phrase.country or phrase.sector):
            return None
        return Actor(slug(phrase.person), phrase.person, "person", phrase.country,
                     phrase.sector, text)
    if not (phrase.country or phrase.sector):
        return None
    if phrase.sector is None and head_noun(phrase) in commentator_nouns():
        return None  # "Turkish analysts" speak on their country, not for it: no state
    if phrase.sector == "IGO" and not phrase.country:
        return _igo_actor(phrase, text)
    country = phrase.country or (fallback_country if phrase.sector not in (None, "IGO")
                                 and not phrase.ambiguous else None)
    ident = ".".join(x for x in (country, phrase.sector) if x)
    return Actor(ident, generic_name(text), phrase.kind or "group", country, phrase.sector, text)
