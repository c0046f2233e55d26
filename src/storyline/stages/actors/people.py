"""People: one identity per person across spellings, accents and bare surnames.

A person's canonical id is the slug of the accent-folded full name ("nicolas_maduro"),
or the id of the well-known person it matches in ``people.json``, so the same
person gets the same id in every article of a run. Within an article,
:class:`People` gathers mentions into clusters: full names first, then bare
surnames ("Lavrov said") join the nearest earlier cluster whose surname they match,
allowing one transposition or edit in longer names ("Guiado" = "Guaido").

>>> people = People()
>>> a = people.add("Juan Guaidó")
>>> b = people.add("Guiado")
>>> a is b, a.id
(True, 'juan_guaido')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ... import resources
from .lexicon import Entry, fold, names, slug

#: Words dropped from the ends of a personal name before matching.
HONORIFICS = frozenset("mr mrs ms dr sir lady lord gen general col president minister".split())
#: Name particles that are neither a given name nor a surname on their own.
PARTICLES = frozenset("al el bin ben ibn abu de da del della di du la le van von der".split())
SUFFIXES = frozenset("jr jr. sr sr. ii iii".split())


def name_words(name: str) -> list[str]:
    """Folded words of a personal name, without honorifics or a possessive; a suffix
    ("Jr.", "III") stays with the surname, so the son is not the father.

    >>> name_words("Nicolás Maduro's"), name_words("Donald Trump Jr.")
    (['nicolas', 'maduro'], ['donald', 'trump_jr'])
    """
    text = fold(name).replace("'s", " ").replace("’s", " ")
    words = [w.strip(".,") for w in text.replace("-", " - ").split()]
    words = [w for w in words if w and w != "-"]
    while words and words[0] in HONORIFICS:
        words = words[1:]
    return _with_suffix(words)


def _with_suffix(words: list[str]) -> list[str]:
    """A suffix joined to the surname: ``["trump", "jr"]`` is ``["trump_jr"]``."""
    if len(words) >= 2 and words[-1].rstrip(".") in SUFFIXES:
        return [*words[:-2], f"{words[-2]}_{words[-1].rstrip('.')}"]
    return words


def close(a: str, b: str, distance: int | None = None) -> bool:
    """Whether two folded name words are spellings of one another (``distance``: their
    edit distance, when it is known already).

    >>> close("guaido", "guiado"), close("rodriguez", "rodriquez"), close("lopez", "perez")
    (True, True, False)
    """
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0]:
        return False
    limit = 1 if max(len(a), len(b)) < 8 else 2
    return (OSA.distance(a, b) if distance is None else distance) <= limit


@cache
def given_name_groups() -> dict[str, frozenset[int]]:
    """Folded given name -> the groups of ``given_names.json`` it belongs to."""
    out: dict[str, set[int]] = {}
    for n, group in enumerate(resources.data_json("given_names.json")["groups"]):
        for name in group:
            out.setdefault(fold(name), set()).add(n)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def compound_heads() -> frozenset[str]:
    """Given names that open a given name of two words ("Abdul Rahman", "Mohammed Javad")."""
    return frozenset(fold(w) for w in resources.data_json("given_names.json")["compound_heads"])


@cache
def _transliteration_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = resources.data_json("given_names.json")["transliterations"]["rules"]
    return tuple((re.compile(pattern), to) for pattern, to in rules)


def transliterated(name: str) -> str:
    """One spelling for the transliterations of a folded given name
    (``transliterations`` of given_names.json).

    >>> {transliterated(n) for n in ("aleksei", "alexei", "alexey")}
    {'aleksi'}
    >>> transliterated("alexis")
    'aleksis'
    """
    for pattern, to in _transliteration_rules():
        name = pattern.sub(to, name)
    return name


def same_given_name(a: str, b: str) -> bool:
    """Whether two folded given names name one person: equal, forms of one name in
    ``given_names.json`` ("jim" and "james"), or close spellings of six letters or more
    ("sergei" and "sergey"; but "ivana" and "ivanka", "maria" and "mario" are two
    names), or transliterations of one (:func:`transliterated`: "alexei" and "aleksey").
    An initial is not enough.

    >>> same_given_name("sergei", "sergey"), same_given_name("jim", "james")
    (True, True)
    >>> same_given_name("mike", "karen"), same_given_name("maria", "mario")
    (False, False)
    """
    if a == b or (min(len(a), len(b)) >= 6 and close(a, b)):
        return True
    if min(len(a), len(b)) >= 3 and transliterated(a) == transliterated(b):
        return True
    groups = given_name_groups()
    return bool(groups.get(a, frozenset()) & groups.get(b, frozenset()))


def known_people(actor_files: tuple[str, ...] = ()) -> dict[str, list[tuple[list[str], Entry]]]:
    """Surname -> (name words, entry) of every well-known person and alias."""
    return _known_people(tuple(actor_files))


@cache
def _known_people(actor_files: tuple[str, ...]) -> dict[str, list[tuple[list[str], Entry]]]:
    out: dict[str, list[tuple[list[str], Entry]]] = {}
    table = names(actor_files)
    with resources.lasting():
        for key, entries in table.items():
            for entry in entries:
                if entry.kind == "person":
                    words = _with_suffix(list(key))
                    out.setdefault(words[-1], []).append((words, entry))
    return out


def match_known(words: list[str], actor_files: tuple[str, ...] = ()) -> Entry | None:
    """The well-known person a name refers to, tolerating misspellings (cached).

    >>> match_known(["nicola", "maduro"]).name
    'Nicolás Maduro'
    """
    return _match_known(tuple(words), actor_files)


@cache
def _by_initial(actor_files: tuple[str, ...] = ()) -> dict[tuple[str, int], list[str]]:
    """(first letter, length) -> known surnames a misspelling may stand for: a misspelling
    keeps the first letter and is at most two letters longer or shorter (:func:`close`),
    and never names a spelled person (``Entry.spelled``), so surnames only they bear are
    left out."""
    out: dict[tuple[str, int], list[str]] = {}
    for surname, entries in known_people(actor_files).items():
        if any(not entry.spelled for _words, entry in entries):
            out.setdefault((surname[:1], len(surname)), []).append(surname)
    return out


@lru_cache(maxsize=1 << 10)
def _near_surnames(initial: str, length: int, actor_files: tuple[str, ...]) -> tuple[str, ...]:
    """The known surnames of first letter ``initial`` and a length within two of
    ``length`` (:func:`_by_initial`), shortest first: built once per (letter, length), not
    once per misspelt surname."""
    table = _by_initial(actor_files)
    return tuple(key for n in range(length - 2, length + 3)
                 for key in table.get((initial, n), ()))


def _swapped(a: str, b: str, distance: int | None = None) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring letters swapped (``distance``: their
    edit distance, when it is known already).

    >>> _swapped("guiado", "guaido"), _swapped("schoff", "schoof")
    (True, False)
    """
    return len(a) == len(b) >= 5 and sorted(a) == sorted(b) and (
        OSA.distance(a, b) if distance is None else distance) == 1


@lru_cache(maxsize=1 << 14)
def _match_known(words: tuple[str, ...], actor_files: tuple[str, ...] = ()) -> Entry | None:
    """The well-known person a name refers to, tolerating misspellings of a full name.

    A bare surname must be one the table lists, or its letters with two neighbours
    swapped (a typing slip: "Guiado"): a word a letter away from a known surname is as
    often another person's name ("Ghazni" is not Ghani, "Schoff" not Schoof,
    "Pranowo" not Prabowo). A misspelt surname never matches a Wikidata office holder or
    a legislator (``Entry.spelled``: "Michael McCaul" is the congressman, not the
    ambassador Michael McFaul, and "Michael McFall" neither).

    >>> _match_known(("nicola", "maduro")).name, _match_known(("guiado",)).name
    ('Nicolás Maduro', 'Juan Guaidó')
    >>> _match_known(("schoff",)) is None, _match_known(("marcus", "beam")) is None
    (True, True)
    >>> _match_known(("michael", "mccaul")).name, _match_known(("michael", "mcfall")) is None
    ('Michael T. McCaul', True)
    """
    if not words:
        return None
    table = known_people(actor_files)
    surname = words[-1]
    candidates = list(table.get(surname, ()))
    if not candidates:
        near = close if len(words) > 1 else _swapped
        keys = _near_surnames(surname[:1], len(surname), actor_files)
        # Both tests need an edit distance of at most 2: rapidfuzz finds those keys and
        # their distances in one call (in their order), and only they are tried.
        found = sorted(process.extract(surname, keys, scorer=OSA.distance, score_cutoff=2,
                                       limit=None), key=lambda hit: hit[2])
        candidates = [c for key, distance, _ in found if near(surname, key, distance)
                      for c in table[key] if not c[1].spelled]
    best: Entry | None = None
    best_score = 0.0
    for cand_words, entry in candidates:
        if len(words) == 1:
            # A bare surname: only an alias of one word (the table lists "Maduro").
            score = 100.0 if len(cand_words) == 1 else 0.0
        elif len(cand_words) == 1:
            score = 0.0
        else:
            score = fuzz.ratio(" ".join(words), " ".join(cand_words))
            if words[0] != cand_words[0] and not close(words[0], cand_words[0]) \
                    and fuzz.ratio(words[0], cand_words[0]) < 80:
                score = 0.0
        if score > best_score:
            best, best_score = entry, score
    return best if best_score >= 85 else None


@dataclass
class Person:
    """A person as met in one article: canonical id, name, and what the text said."""

    id: str
    name: str
    words: list[str]
    entry: Entry | None = None
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    spellings: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.surnames.add(self.words[-1])
        if len(self.words) >= 2 and family_name_first(self.words):
            self.surnames.add(self.words[0])  # "Kim Jong Un", "Fu Cong": the family name first
        if self.entry is not None:
            self.surnames.update(entry_surnames().get(self.entry.id, ()))

    def known_as(self, entry: Entry) -> None:
        """Make this person, met without a known name, the known person ``entry``."""
        self.id, self.name, self.words, self.entry = entry.id, entry.name, name_words(
            entry.name), entry
        self.__post_init__()


def family_name_first(words: list[str]) -> bool:
    """Whether a folded name of two words or more opens with its family name, the surname
    a story uses alone: Korean and Vietnamese usage in a name of three words or with a
    hyphenated given name, Chinese family names in a name of two words too (the
    ``family_name_first`` lists of given_names.json).

    >>> family_name_first(["kim", "jong", "un"]), family_name_first(["fu", "cong"])
    (True, True)
    >>> family_name_first(["lee", "anderson"]), family_name_first(["andrew", "yang"])
    (False, False)
    """
    longer, two = _family_names_first()
    return words[0] in two or (words[0] in longer and (len(words) >= 3 or "-" in words[1]))


@cache
def _family_names_first() -> tuple[frozenset[str], frozenset[str]]:
    data = resources.data_json("given_names.json")
    return (frozenset(data["family_name_first"]),
            frozenset(data["family_name_first_of_two_words"]))


@cache
def entry_surnames() -> dict[str, frozenset[str]]:
    """Known person id -> the last word of every name and alias it goes by."""
    out: dict[str, set[str]] = {}
    for surname, pairs in known_people().items():
        for _, entry in pairs:
            out.setdefault(entry.id, set()).add(surname)
    return {k: frozenset(v) for k, v in out.items()}


class People:
    """The people of one article, clustered as their names are added in text order."""

    def __init__(self, actor_files: tuple[str, ...] = ()) -> None:
        self.files = actor_files
        self.people: list[Person] = []
        self._last: dict[str, Person] = {}

    def add(self, name: str) -> Person:
        """The person ``name`` refers to, creating one when nobody matches."""
        words = name_words(name)
        if not words:
            words = [fold(name)]
        person = self._find(words)
        if person is None:
            entry = match_known(words, self.files)
            if entry is None and len(words) > 2:
                entry = match_known(words[-2:], self.files)  # "Kombobild Donald Trump"
            if entry is not None:
                person = next((p for p in self.people if p.id == entry.id), None)
            if person is None:
                if entry is not None:
                    person = Person(entry.id, entry.name, name_words(entry.name), entry)
                else:
                    person = Person(slug(" ".join(words)), name.strip(), words)
                self.people.append(person)
        elif len(words) > len(person.words) and person.entry is None:
            # A fuller name for someone first met by surname.
            person.words, person.name, person.id = words, name.strip(), slug(" ".join(words))
        person.spellings.add(name)
        person.surnames.add(words[-1])
        self._last[words[-1]] = person
        return person

    def _find(self, words: list[str]) -> Person | None:
        surname = words[-1]
        given = [w for w in words[:-1] if w not in PARTICLES]
        for person in reversed(self.people):
            if not any(close(surname, known) for known in person.surnames):
                continue
            if len(person.words) > len(words) >= 2 and person.words[-len(words):] == words:
                return person  # "Canos-Donnay", "Abdel Bari": the tail of a name met before
            theirs = [w for w in person.words[:-1] if w not in PARTICLES]
            if given and theirs and not close(given[0], theirs[0]):
                # Same surname, a different first name: another person.
                if fuzz.ratio(given[0], theirs[0]) < 80:
                    continue
            if given:
                return person
            return self._bare(surname, person)
        return None

    def _bare(self, surname: str, person: Person) -> Person:
        """The person a bare surname names: the last one met with it, unless the article
        names several and the table knows one of them by the bare surname ("Pence"
        after "Mike Pence and his wife Karen Pence" is the vice president)."""
        matching = [p for p in self.people if surname in p.surnames]
        if len({p.id for p in matching}) > 1:
            known = [p for p in matching if p.entry is not None
                     and any(e.id == p.entry.id for e in names(self.files).get((surname,), ()))]
            if len(known) == 1:
                return known[0]
        return self._last.get(surname, person)
