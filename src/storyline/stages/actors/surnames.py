"""A bare surname read as the known people who bear it.

A person an article names by a surname alone ("Arevalo", "Lai") is, where the tables
know that surname only inside full names, the one bearer in office on the article's date
within the country the sentence or story gives (:func:`by_surname`).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .lexicon import Entry
from .offices import in_office, role_at
from .people import family_name_first, known_people, name_words
from .phrase import Phrase


def by_surname(phrase: Phrase, country: str | None, date: str | None,
               actor_files: tuple[str, ...] = ()) -> Phrase:
    """``phrase`` when it is a bare surname the tables know only inside full names
    ("Arevalo", "Lai"), read as the known people of that surname in office on ``date``
    (their last office when None), within ``country`` (the sentence's) when one of them is
    of it: one such person is that person; several of the sentence's country give it, and
    their sector when they share one. Only an office held on ``date`` counts (:func:`in_office`);
    nor does a given name of a name written family name first ("Young" of
    "Paik Hee Young"). A Wikidata office holder or a legislator
    (``Entry.spelled``) counts only in a sentence that names their country: among tens of
    thousands of them one bears any capitalised word ("Arab" is no surname of a Yemeni
    minister). Anything else is returned as it is.

    >>> from storyline.stages.actors.phrase import analyse
    >>> p = by_surname(analyse("Arevalo"), None, "2025-02-01")
    >>> (p.person, p.country, p.sector)
    ('Bernardo Arévalo', 'GTM', 'GOV')
    >>> by_surname(analyse("Lee"), None, "2021-04-01").country is None
    True
    """
    if phrase.person_entry is not None or phrase.person is None or len(phrase.tokens) != 1:
        return phrase
    found = _bearers(phrase.tokens[0].key, country, date, actor_files)
    if found is None:
        return phrase
    entry, country, sector, title = found
    if entry is not None:
        return replace(phrase, person=entry.name, person_entry=entry, country=country,
                       sector=sector, title=title, kind="person")
    return replace(phrase, country=country, sector=sector or phrase.sector)


@lru_cache(maxsize=1 << 14)
def _bearers(surname: str, country: str | None, date: str | None,
             actor_files: tuple[str, ...]
             ) -> tuple[Entry | None, str, str | None, str | None] | None:
    """(the one person, their country, sector, title) that :func:`by_surname` reads a
    surname as, the person None when several of one country bear it; None when no one
    or people of several countries do."""
    bearers = {e.id: e for _, e in known_people(actor_files).get(surname, ())
               if (not e.spelled or e.country == country)
               and not _given_name(surname, name_words(e.name))}
    active = [(e, r) for e in bearers.values() if in_office(e, date)
              and (r := role_at(e, date))[0] is not None]
    own = [(e, r) for e, r in active if country is not None and e.country == country]
    found = own or active
    countries = {e.country for e, _ in found}
    if len(countries) != 1 or None in countries:
        return None
    if len(found) == 1:
        entry, (sector, title, _) = found[0]
        return entry, countries.pop(), sector, title
    if not own:
        return None  # several bearers of a common name ("Lopez"), and no country to go by
    sectors = {r[0] for _, r in found}
    return None, countries.pop(), sectors.pop() if len(sectors) == 1 else None, None


def _given_name(word: str, words: list[str]) -> bool:
    """Whether ``word`` is a given name of a name written family name first ("young" of
    "Paik Hee Young"), not its family name ("lai" of "Lai Ching-te")."""
    return family_name_first(words) and words[0] != word
