"""Which person a role names: the roles an article gives its people, and the role
phrases that stand for one of them.

:func:`role_key` reads a role phrase as its role words ("the Venezuelan Foreign
Minister" -> {"foreign minister"}); :class:`Roles` indexes the people the article gave each
role, by country; :class:`RoleLinking` settles each person's country and sector and links
a definite role ("the leftist president", "his Venezuelan counterpart") to the one person
holding it (``data/role_equivalents.tsv`` for the titles a role word stands for).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import product
from typing import Any

from .homes import of_stateless_body
from .labels import label_text
from .lexicon import (
    abbreviations,
    beside_office_sectors,
    court_sectors,
    leading_titles,
    role_equivalents,
    role_holders,
    singular,
)
from .mentions import Mention
from .offices import person_role
from .people import Person
from .phrase import LEADER_WORDS, Phrase, analyse
from .reading import ArticleReading
from .surnames import by_surname


def role_key(phrase: Phrase) -> frozenset[str]:
    """The sector words of a role phrase, without its country: {"foreign minister"};
    the leader of a named body is {"head", body}.

    A possessor is not part of the role ("the state's governor" is a governor) and an
    abbreviated title is the title (``abbreviations`` of sectors.json: "Gov." is governor).

    >>> a = analyse("the President of the National Assembly")
    >>> role_key(a) == role_key(analyse("head of the National Assembly"))
    True
    >>> role_key(analyse("the state's governor")) == role_key(analyse("Florida Gov."))
    True
    >>> sorted(role_key(analyse("the leader of Afghanistan's Taliban insurgency")))
    ['head', 'taliban']
    """
    keys = set()
    short = abbreviations()
    worded: dict[str, str | None] = {}  # sector words -> their sector
    modifiers: dict[str, str | None] = {}  # modifying sector words -> their sector
    bodies = set()  # sectors of the named bodies
    for hit in phrase.hits:
        words = phrase.tokens[hit.start:hit.end]
        if hit.is_head:
            if words[-1].possessive and hit.end < len(phrase.tokens):
                continue
            key = " ".join(singular(t.key) for t in words)
            worded[short.get(key, key)] = hit.sector_word.sector
        elif hit.entries and all(e.kind != "country" and e.kind != "person"
                                 for e in hit.entries):
            keys.add(hit.entries[0].id)
            bodies.add(hit.entries[0].sector)
        elif hit.sector_word is not None:
            modifiers[" ".join(singular(t.key) for t in words)] = hit.sector_word.sector
    # A noun that only says what the named body is ("the leader of the Taliban
    # *insurgency*") is no part of the role, while another sector word is; so is a
    # word that says which part of a body its chief heads ("UN human *rights* chief" is
    # not "the UN chief", who is its secretary-general).
    if bodies and worded and set(worded) <= LEADER_WORDS:
        worded.update((w, sector) for w, sector in modifiers.items() if w not in worded)
    kinds = {w for w, sector in worded.items() if sector is not None and sector in bodies}
    keys |= (set(worded) - kinds) or set(worded)
    leaders = keys & LEADER_WORDS
    if len(keys) >= 2 and len(leaders) == 1:
        keys = (keys - leaders) | {"head"}
    return frozenset(keys)


@dataclass
class Roles:
    """Which person the article gave each role: (country, role words) -> people; ``held``
    the same of the roles they hold now (not "former president"); ``date`` the article's."""

    by_key: dict[tuple[str | None, frozenset[str]], list[Person]] = field(default_factory=dict)
    held: dict[tuple[str | None, frozenset[str]], list[Person]] = field(default_factory=dict)
    date: str | None = None

    def add(self, person: Person, country: str | None, key: frozenset[str],
            former: bool = False) -> None:
        """Record that the article gave ``person`` the role ``key`` in ``country``; a
        ``former`` role (or an elite's office left) is not one they hold now, so not in
        ``held``. An empty key is no role."""
        for table in (self.by_key,) if former else (self.by_key, self.held):
            if key:
                bucket = table.setdefault((country, key), [])
                if person not in bucket:
                    bucket.append(person)

    def given(self, key: frozenset[str]) -> bool:
        """Whether the article gave the role ``key`` to anyone, of any country."""
        return any(k == key for _country, k in self.by_key)

    def find_anywhere(self, key: frozenset[str]) -> Person | None:
        """The one person given the role ``key`` in the article, of whatever country."""
        found = {id(p): p for (_country, k), people in self.by_key.items() if k == key
                 for p in people}
        return next(iter(found.values())) if len(found) == 1 else None

    def find(self, country: str | None, key: frozenset[str],
             equivalents: bool = False) -> Person | None:
        """The one person given the role ``key`` in ``country``; with ``equivalents``, when
        no one was given those words, the one person who holds now a title they stand for
        (``role_equivalents``: "the U.S. leader" is the one U.S. president the article
        names, none beside a Pakistani prime minister). Where the table has a row of the
        country's own (it knows which office leads there), that person must also be a
        holder of that office in the built-in people on the article's date, or ever when
        it has none (:func:`.lexicon.role_holders`): "the Israeli leader" is not the
        president the article names."""
        found = self.by_key.get((country, key)) or []
        if not found and equivalents:
            table, leading = role_equivalents(), leading_titles()
            words = [word for word in key if word in table]
            candidates: list[Person] = []
            for alternative in _equivalent_keys(key):
                for person in self.held.get((country, alternative), []):
                    if person not in candidates:
                        candidates.append(person)
            if country is not None and any((word, country) in leading for word in words):
                # the others the article titles do not lead (a ceremonial president)
                holders = frozenset().union(*(role_holders(word, country, self.date)
                                              for word in words))
                candidates = [person for person in candidates
                              if person.entry is not None and person.entry.id in holders]
            found = candidates
        return found[0] if len(found) == 1 else None


def _equivalent_keys(key: frozenset[str]) -> list[frozenset[str]]:
    """The role keys ``key`` stands for with one or more of its words replaced by a title
    word it is equivalent to (``role_equivalents``).

    >>> _equivalent_keys(frozenset({"leader"})) == [
    ...     frozenset({"chancellor"}), frozenset({"president"}), frozenset({"prime minister"})]
    True
    """
    table = role_equivalents()
    options = [sorted({word} | table.get(word, frozenset())) for word in sorted(key)]
    return [frozenset(words) for words in product(*options) if frozenset(words) != key]


def epithet(span: Any) -> str | None:
    """A role phrase as a label when it says more than the bare role ("leftist president")."""
    words = [t for t in span if t.dep_ not in ("det", "predet", "poss", "case")
             and t.tag_ != "POS"]
    if len(words) < 2 or any(t.ent_type_ in ("GPE", "NORP") for t in words):
        return None
    return label_text(span.doc[words[0].i:words[-1].i + 1])


class RoleLinking(ArticleReading):
    """The passes that give an article's people their roles and link role phrases to them."""

    def settle_people(self) -> Roles:
        """Give each person a country and sector, and index the roles the article gave them."""
        roles = Roles(date=self.date)
        for person in self.people.people:
            phrases = self.titles.get(person.id, [])
            if person.entry is None and len(person.words) == 1 \
                    and not any(p.sector for p in phrases):
                self._by_surname(person, phrases)
            if person.entry is not None:
                sector, title = person_role(person.entry, self.date)
                titled = next((p for p in phrases if p.sector and not p.former), None)
                if sector in beside_office_sectors() and titled is not None:
                    # The article calls them by an office ("Prime Minister Hashimoto"):
                    # it knows its own date better than the table's dates do, and a
                    # seat in the legislature is held beside an office ("Interior
                    # Minister X", a member of parliament, is the minister).
                    sector, title = titled.sector, titled.title
                person.country, person.sector, person.title = (person.entry.country, sector,
                                                               title)
                if title:
                    held = self.analyse(title)  # an elite's title is an office left
                    roles.add(person, person.country, role_key(held),
                              held.former or sector == "ELI")
            else:
                for phrase in phrases:
                    person.country = person.country or phrase.country
                    if phrase.sector and not person.sector:
                        person.sector, person.title = phrase.sector, phrase.title
                if person.sector and not person.country and person.sector != "IGO" \
                        and not any(map(of_stateless_body, phrases)):
                    # "Sen. Rick Scott of Florida", "publisher Jimmy Lai in Hong Kong"; but
                    # "director at Human Rights Watch" acts for no country. Else the
                    # story's focus; a lawyer's or prosecutor's only where the story has
                    # one country.
                    court = person.sector in court_sectors()
                    person.country = self.person_places.get(person.id) or (
                        self.sole_focus if court else self.focus)
            for phrase in phrases:
                roles.add(person, phrase.country or person.country, role_key(phrase),
                          phrase.former)
        return roles

    def _by_surname(self, person: Person, phrases: list[Phrase]) -> None:
        """A person the article names by a bare surname only, with no office, is read as
        :func:`.stage.resolve` reads that surname (:func:`.surnames.by_surname`), within
        the country the article places them in or is about: "Arevalo" in a story on
        Guatemala is its president, as ``storyline actor Arevalo`` says."""
        country = next((p.country for p in phrases if p.country), None) \
            or self.person_places.get(person.id) or self.focus
        phrase = by_surname(analyse(person.name, self.date, self.files), country, self.date,
                            self.files)
        if phrase.person_entry is not None:
            person.known_as(phrase.person_entry)
        elif phrase.country:
            person.country, person.sector = phrase.country, phrase.sector

    def as_person(self, span: Any, person: Person | None) -> bool:
        """Add ``span`` as a mention of ``person``, if any (a role the article gave them),
        with the epithet it gives them ("the leftist president") as a label."""
        if person is None:
            return False
        label = None if self.quoted(span.start_char) else epithet(span)
        self.mentions.append(Mention(span.start_char, span.end_char, span.text,
                                      person=person, labels=[label] if label else []))
        return True

    def counterpart(self, root: Any, country: str | None, roles: Roles) -> Person | None:
        """ "Lavrov is meeting his Venezuelan counterpart": the person of that country the
        article gives the office of the one who meets them (Venezuela's foreign minister)."""
        peer = self.subject_person(root, through_clause=False)
        if peer is None or not peer.title or peer.country == country:
            return None
        return roles.find(country, role_key(self.analyse(peer.title)))

    def with_of_phrase(self, span: Any, root: Any) -> Phrase:
        """The role phrase with its "of" complement: "the President *of the National
        Assembly*" is another office than "the President"."""
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None or of.right_edge.i - span.start > 10:
            return self.analyse(span.text)
        return self.analyse(self.doc[span.start:of.right_edge.i + 1].text)
