"""Find and resolve the actors of one parsed article.

Three passes over the spaCy ``Doc``:

1. **Named entities** (PERSON, ORG, GPE, NORP, FAC, LOC). People are clustered
   across spellings (:class:`.people.People`); each person's title ("Russian
   Foreign Minister") and appositives ("Russia's top diplomat") are resolved as
   phrases and give the person a country and sector when the built-in table does not
   know them. Other entities resolve from the tables.
2. **Loose names**: proper nouns the tagger left out of any entity ("Søreide told NRK")
   that name a person already met in the article or a well-known person.
3. **Noun phrases headed by a sector noun** ("the Venezuelan authorities", "opposition
   representatives", "his armed forces"). Without a country word, the state's
   institutions and the opposition take the article's focus country (the one it names
   most: talks abroad do not make them foreign); other groups take the country of a
   place they are in ("protesters *in Caracas*", "*In Caracas*, protesters clashed"),
   else the one country the other actors of their sentence name, else, civilians and
   NGOs with no word of elsewhere ("foreign", "abroad"), the country of a story that
   names it in two thirds of its country mentions; so "migrants" and "attackers" named
   without a place have no country. A definite role alone ("the Venezuelan Foreign
   Minister", "the leftist president", "the leader of the Taliban insurgency" for the
   "Taliban chief") resolves to the person the article gave that role, or, when it gave
   no one those words, to the one person holding now a title they stand for ("the U.S.
   leader" for the U.S. president: ``data/role_equivalents.tsv``), and where the table
   has the country's own row, only a holder of the office that leads there by the
   built-in people on the article's date (the Israeli leader is the prime minister, not
   the president); never when two could, and a plural role the article gave to anyone
   ("the two presidents", "the prime ministers") is no actor: it names several people.

>>> from storyline import resources
>>> doc = resources.nlp()("Russian Foreign Minister Sergei Lavrov met Maduro. Lavrov said no.")
>>> [(a.id, a.country, a.sector, len(a.mentions)) for a in find_actors(doc)][:2]
[('sergei_lavrov', 'RUS', 'GOV', 2), ('nicolas_maduro', 'VEN', 'GOV', 1)]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import product
from typing import Any

from spacy.tokens import Span

from ...doc_index import (
    alphas,
    deps,
    doc_text,
    ent_at,
    lowers,
    per_doc_table,
    poses,
    sentence_at,
    sentence_of,
)
from ...model import Actor
from ...text_index import line_span, title_cased
from ..quotes.marks import inside_quote
from .acronyms import aliases, spells, within
from .counsel import counsel_of
from .forces import forces_country
from .geography import in_water
from .hyphens import describes, hyphenated
from .labels import label_text, labels_for, role_phrases
from .lexicon import (
    abbreviations,
    abroad_nouns,
    abroad_words,
    back_references,
    beside_office_sectors,
    country_name_words,
    court_sectors,
    fold,
    home_sectors,
    leading_titles,
    names,
    names_region,
    place_nouns,
    region_members,
    regions,
    reporting_sectors,
    role_equivalents,
    role_holders,
    sector_name,
    sector_words,
    singular,
    slug,
    story_sectors,
    telling_verbs,
    text_key,
    tokenize,
)
from .people import People, Person, close, name_words
from .phrase import (
    COUNT_NOUNS,
    LEADER_WORDS,
    PERSON_NOUNS,
    Phrase,
    analyse,
    as_written,
    at_home,
    by_surname,
    for_country,
    from_elsewhere,
    head_words,
    of_stateless_body,
    own_words,
    person_role,
    places_its_sentence,
    takes_sentence_country,
    to_actor,
)
from .sites import names_site
from .spokespeople import spoken_for
from .states import of_several_states
from .venues import names_venue

#: spaCy entity labels read as candidate actors.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
#: Head nouns too vague to be an actor without a country or sector word beside them
#: ("groups" alone, but not "rights groups": a sector term of several words).
VAGUE = frozenset(
    "people person man woman child family public community society group local national "
    "state force market board side camp party member source team unit body office agency "
    "organization service general major captain officer staff press media government "
    "authority chief head leader official figure mission".split()
)
#: Vague nouns that, with "the", name the government of the country a story is about
#: ("the government has not left the negotiating table").
STATE_NOUNS = frozenset({"government", "authority"})
#: Dependencies of a noun phrase that describe rather than refer ("proclaimed himself
#: interim president", "he is the president").
PREDICATIVE = frozenset({"attr", "oprd", "acomp"})
#: Ids of actors named by country and sector only ("AFG.REB", "CVL"), not by a name.
_GENERIC_ID = re.compile(r"[A-Z]{3}(\.[A-Z]{3})?")
#: How far back (characters) another body the description fits makes "the NOUN" ambiguous.
RIVAL_REACH = 400
#: Words that make a role phrase definite, so it can stand for one person.
DEFINITE = frozenset({"the", "his", "her", "its", "their", "this", "that"})


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    actor: Actor | None = None
    person: Person | None = None
    labels: list[str] = field(default_factory=list)


@per_doc_table
def _line_breaks(doc: Any) -> list[int]:
    """The offsets of the words of ``doc`` that hold a line break, in order."""
    return [i for i, word in enumerate(lowers(doc)) if "\n" in word]


def _trim(span: Any) -> Any:
    """Drop a leading article, a trailing possessive, punctuation and any earlier line."""
    breaks = _line_breaks(span.doc)
    k = bisect_left(breaks, span.end) - 1
    if k >= 0 and breaks[k] >= span.start:
        last = breaks[k]
        span = span.doc[last + 1:span.end] if last + 1 < span.end else span[:0]
    while len(span) > 1 and (span[-1].tag_ == "POS" or span[-1].is_punct):
        span = span[:-1]
    while len(span) > 1 and (span[0].lower_ in {"the", "a", "an"} or span[0].is_punct):
        span = span[1:]
    return span


def _extend_person(ent: Any, taken: set[int]) -> Any:
    """A PERSON entity with the proper nouns the tagger cut off ("Ine Eriksen" + "Søreide")."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and _name_part(doc[end], taken) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return doc[ent.start:end]


#: Entity labels the tagger gives names it does not know for people ("Jaiswal": PRODUCT).
_MISSED_NAME_LABELS = frozenset({"", "PRODUCT", "WORK_OF_ART", "PERSON"})


def _name_part(token: Any, taken: set[int], labels: frozenset[str] = frozenset({""})) -> bool:
    """Whether a token the tagger left out of a name (or gave one of ``labels``) can still
    be part of it."""
    key = fold(token.text)
    return (token.i not in taken and token.pos_ == "PROPN" and token.ent_type_ in labels
            and token.is_alpha and token.is_title
            and not any(e.kind != "person" for e in names().get((key,), ()))
            and sector_words().get((key,)) is None)


#: Characters of the opening (dateline and lead) whose countries count double for the focus.
LEAD_CHARS = 300


#: The share of an article's country mentions its focus country must hold for a group
#: that nothing nearer places to take it (:meth:`ArticleActors._focus_for`).
SOLE_FOCUS_SHARE = 2 / 3


def _focus_country(ents: list[Any]) -> tuple[str | None, float]:
    """The country the article is about: the one its places, demonyms and well-known people
    name most, those of the dateline and lead counting double ("CARACAS (Reuters) -"),
    with its share of those mentions.

    A name two countries share ("Georgia", the country and the US state) counts only
    for a country the article names otherwise, and then for that one.
    """
    counts: Counter[str] = Counter()
    shared: list[tuple[frozenset[str], int]] = []
    for ent in ents:
        phrase = analyse(ent.text)
        entity = phrase.entity or phrase.person_entry
        if entity is None or not entity.country or entity.kind not in ("country", "person"):
            continue
        weight = 2 if ent.start_char < LEAD_CHARS else 1
        choices = _countries_named(phrase)
        if len(choices) > 1:
            shared.append((choices, weight))
        else:
            counts[entity.country] += weight
    for choices, weight in shared:
        known = [c for c in choices if counts[c]]
        if len(known) == 1:
            counts[known[0]] += weight
    if not counts:
        return None, 0.0
    focus = max(counts, key=lambda c: counts[c])
    return focus, counts[focus] / sum(counts.values())


def _lower_case_name(ent: Any, date: str | None, actor_files: tuple[str, ...]) -> bool:
    """Whether ``ent`` is a name of a person in lower case only, a common word the tagger
    took for a name ("hiding in the *bush*", "prepared as *tongseng*", "if *fentanyl* does
    not end"): no person, nor a country for the article's focus (George W. Bush made the
    villagers hiding in the bush American). A known person's whole name, two words or more
    the tables give to that person, is theirs in any case ("kenyan president *william
    ruto*"); one word ("bush") is not."""
    if ent.label_ != "PERSON" or any(t.text[:1].isupper() for t in ent):
        return False
    phrase = analyse(ent.text, date, actor_files)
    return not (phrase.entity is not None and phrase.entity.kind == "person" and any(
        h.end - h.start >= 2 and phrase.entity in h.entries for h in phrase.hits))


def _countries_named(phrase: Phrase) -> frozenset[str]:
    """The countries a phrase made of one place name may stand for."""
    if phrase.entity is None or phrase.entity.kind != "country" or len(phrase.hits) != 1:
        return frozenset({phrase.entity.country} if phrase.entity and phrase.entity.country
                         else ())
    return frozenset(e.country for e in phrase.hits[0].entries
                     if e.kind == "country" and e.country)


#: Prepositions after a group noun that name where it is or comes from.
_OWN_PLACE = frozenset({"in", "from", "of", "at", "across", "throughout", "inside"})
#: Prepositions under a verb that name where one goes, not where one is.
_DESTINATION = frozenset({"to", "into", "toward", "towards", "onto", "for"})
#: How deep under a group noun or its clause a place is looked for.
PLACE_DEPTH = 4
#: Prepositions of a clause that name where it happens (not "into", "to": where one goes).
_CLAUSE_PLACE = frozenset({"in", "at", "across", "throughout", "inside"})
#: Dependencies that lead from a noun phrase up to the verb of its clause.
_UP = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "conj", "appos", "agent",
                 "compound", "amod", "nmod", "poss", "attr", "dative"})


def _role_key(phrase: Phrase) -> frozenset[str]:
    """The sector words of a role phrase, without its country: {"foreign minister"};
    the leader of a named body is {"head", body}.

    A possessor is not part of the role ("the state's governor" is a governor) and an
    abbreviated title is the title (``abbreviations`` of sectors.json: "Gov." is governor).

    >>> a = analyse("the President of the National Assembly")
    >>> _role_key(a) == _role_key(analyse("head of the National Assembly"))
    True
    >>> _role_key(analyse("the state's governor")) == _role_key(analyse("Florida Gov."))
    True
    >>> sorted(_role_key(analyse("the leader of Afghanistan's Taliban insurgency")))
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
class _Roles:
    """Which person the article gave each role: (country, role words) -> people; ``held``
    the same of the roles they hold now (not "former president"); ``date`` the article's."""

    by_key: dict[tuple[str | None, frozenset[str]], list[Person]] = field(default_factory=dict)
    held: dict[tuple[str | None, frozenset[str]], list[Person]] = field(default_factory=dict)
    date: str | None = None

    def add(self, person: Person, country: str | None, key: frozenset[str],
            former: bool = False) -> None:
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


class ArticleActors:
    """The mention finding of one article; see the module docstring."""

    def __init__(self, doc: Any, date: str | None, actor_files: tuple[str, ...]) -> None:
        self.doc, self.date, self.files = doc, date, actor_files
        self.bodies = _known_bodies(doc)
        self.ents = sorted(self.bodies + [
            e for e in doc.ents if e.label_ in ENTITY_LABELS
            and not _lower_case_name(e, date, actor_files)
            and not any(b.start < e.end and e.start < b.end for b in self.bodies)],
            key=lambda e: e.start)
        self.focus, self.focus_share = _focus_country(self.ents)
        #: the focus where the story has one country (two thirds of its country mentions)
        self.sole_focus = self.focus if self.focus_share >= SOLE_FOCUS_SHARE else None
        self.people = People(actor_files)
        self.mentions: list[_Mention] = []
        self.taken: set[int] = set()  # token indices already read as (part of) a mention
        self.titles: dict[str, list[Phrase]] = {}
        self.countryless: list[tuple[Any, Phrase]] = []
        self.doubtful: list[Any] = []  # PERSON entities that may be common words
        self.sites: set[str] = set()  # keys of PERSON names a sentence makes a place
        self.homes: dict[str, str] = {}  # person id -> country of a place after their name
        # ``mentions`` by sentence (:meth:`_in_sentence`): the list indexed, how many of
        # its mentions are, and the sentence start -> its mentions, in the list's order.
        self._indexed: tuple[list[_Mention], int] = (self.mentions, 0)
        self._by_sentence: dict[int, list[_Mention]] = {}

    def analyse(self, text: str) -> Phrase:
        """What the tables say of ``text`` in this article (a place two countries share
        is the one the article is about)."""
        return for_country(analyse(text, self.date, self.files), self.focus)

    def run(self) -> list[Actor]:
        self.taken = {i for e in self.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        # names a sentence makes a place ("the port of Bandar Abbas"): no one anywhere
        self.sites = {text_key(e.text) for e in self.ents
                      if e.label_ == "PERSON" and names_site(e)}
        self.taken.update(i for b in self.bodies for i in range(b.start, b.end))
        for ent in self.ents:
            self._entity(ent)
        self._loose_names()
        self._titled_names()
        for span in self.doubtful:
            words = name_words(span.text)
            if words and any(close(words[-1], surname) for p in self.people.people
                             for surname in p.surnames):
                self._person(span)
        roles = self._settle_people()
        for span, phrase in self.countryless:
            self._add(span, to_actor(phrase, self._home(span.root, phrase.sector)))
        uses = self._acronyms()  # before the nouns that refer back to the bodies it names
        dep, pos = deps(self.doc), poses(self.doc)
        for chunk in self.doc.noun_chunks:
            for i in range(chunk.start, chunk.root.i):
                if dep[i] == "poss" and pos[i] != "PRON":
                    # "the opposition's demand": the possessor is a noun phrase of its own.
                    self._chunk(self.doc[chunk.start:i + 1], roles)
            self._chunk(chunk, roles)
        self._wider_than_acronyms(uses)
        self._place_groups_by_noun()
        return _collect(sorted(self.mentions, key=lambda m: m.start))

    def _acronyms(self) -> list[tuple[int, int, _Mention]]:
        """An acronym the article gives a name ("the Baloch Liberation Army, or BLA,") is
        that name's actor wherever it stands (:mod:`.acronyms`), whatever the tables say
        of the letters; each use with the name's mention."""
        named = {(m.start, m.end): m for m in self.mentions
                 if m.actor is not None or m.person is not None}
        text = doc_text(self.doc)
        uses = [(start, end, named[tuple(name)]) for start, end, *name in aliases(text, named)]
        spans = {(s, e) for s, e, _ in uses}
        self.mentions = [m for m in self.mentions if (m.start, m.end) not in spans]
        for start, end, of in uses:
            if not any(m.start < end and start < m.end for m in self.mentions):
                self.mentions.append(_Mention(start, end, text[start:end], actor=of.actor,
                                              person=of.person))
        return uses

    def _wider_than_acronyms(self, uses: list[tuple[int, int, _Mention]]) -> None:
        """A mention an acronym's use leads or heads ("BLA fighters") is that name's actor
        (:func:`_as_alias`)."""
        text = doc_text(self.doc)
        for start, end, of in uses:
            for m in self.mentions:
                if (m.start, m.end) != (start, end) and m.person is None \
                        and m.actor is not None and within(text, m.start, m.end, (start, end)):
                    m.actor = _as_alias(m.actor, of)

    def _place_groups_by_noun(self) -> None:
        """An unplaced group takes the country the story's other mentions of its noun and
        sector are placed in, when they name one country: the hostages a story placed in
        Pakistan ("taking many hostages" in Balochistan) are those it counts later ("over
        200 hostages"), its journalists those it placed in Zimbabwe. Not people who
        come from elsewhere or act away from home (:func:`.phrase.from_elsewhere`), nor a
        group a story places in two countries."""
        unplaced: list[tuple[_Mention, str]] = []
        placed: dict[tuple[str, str], set[str]] = {}
        for m in self.mentions:
            actor = m.actor
            if actor is None or actor.kind != "group" or actor.sector in (None, "IGO"):
                continue
            noun = _head_key(_root_at(self.doc, m).lower_)
            if from_elsewhere(actor.sector, noun):
                continue
            if actor.country:
                placed.setdefault((noun, actor.sector), set()).add(actor.country)
            else:
                unplaced.append((m, noun))
        for m, noun in unplaced:
            countries = placed.get((noun, m.actor.sector), set())
            if len(countries) == 1:
                country = next(iter(countries))
                m.actor = replace(m.actor, id=f"{country}.{m.actor.sector}", country=country)

    def _quoted(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quoted passage ("Crooked Hillary" in a
        candidate's quote labels no one for the outlet)."""
        return inside_quote(self.doc, offset)

    def _person(self, span: Any, name: str | None = None) -> None:
        person = self.people.add(name or span.text)
        labels = [] if self._quoted(span.start_char) else labels_for(span)
        self.mentions.append(_Mention(span.start_char, span.end_char, span.text, person=person,
                                      labels=labels))
        parts = role_phrases(span)
        lead = _title_before(span)
        if lead is not None and not any(p.start <= lead.start < p.end for p in parts):
            parts.append(lead)  # a title the parser did not attach ("Lawyer X said")
        for part in parts:
            self.titles.setdefault(person.id, []).append(self.analyse(part.text))
            self.taken.update(range(part.start, part.end))
        self.taken.update(range(span.start, span.end))
        place = self._place_country(span.root, clause=False)
        if place:
            self.homes.setdefault(person.id, place)

    def _surname_met(self, span: Any) -> bool:
        """Whether ``span``, with no "the" before it, ends in the surname of a person the
        article has already named ("Sahel" after "Mustapha Sahel"; "the Sahel" stays the
        region)."""
        the = span[0].lower_ == "the" or span.start > 0 and span.doc[span.start - 1].lower_ == "the"
        words = name_words(span.text)
        return not the and bool(words) \
            and any(words[-1] in p.surnames for p in self.people.people)

    def _entity(self, ent: Any) -> None:
        label = ent.label_
        span = _trim(_extend_person(ent, self.taken) if label == "PERSON" else ent)
        if label == "PERSON":
            span = _without_title(_without_place(span))
        owned = _owned_body(span) if label in ("PERSON", "ORG") else None
        if owned is not None:
            span, label = owned, "ORG"
        elif label in ("ORG", "FAC"):
            span = _with_country_owner(span)
        if not any(c.isalpha() for c in span.text):
            return  # "1,000"; but "U.S." and "U.N." are names
        word = hyphenated(span) if label != "PERSON" else span
        if word is not span:
            # "anti-Balaka": a hyphenated word the tables name whole is that actor; a place
            # in "pro-Russia", "Iran-backed" describes someone else (:mod:`.hyphens`).
            if text_key(word.text) in names(self.files):
                span = word
            elif describes(span):
                return
        phrase = self.analyse(span.text)
        if (phrase.entity is not None and names_venue(span)) or in_water(span) \
                or label == "PERSON" and names_region(text_key(span.text)) \
                and not self._surname_met(span):
            # "the Doha agreement", "the Gulf of Guinea", "the Sahel": where, not who; but
            # "Sahel" after "Interior Minister Mustapha Sahel" is the minister (the tables
            # read no region's name alone as a known person: ``phrase._person_name``)
            return
        known_person = phrase.entity is not None and phrase.entity.kind == "person"
        if label == "PERSON" and phrase.entity is None and not phrase.person and phrase.title:
            label = "NORP"  # "Druze", "protesters": a group the tagger took for a name
        elif label == "PERSON" and phrase.entity is None and not phrase.person \
                and phrase.country:
            label = "GPE"  # "Central Java Province": a place the tagger took for a name
        if label == "PERSON" and phrase.entity is None and text_key(ent.text) in self.sites:
            return  # a port, a base, a prison no table lists (:mod:`.sites`)
        if label == "PERSON" and not known_person and phrase.kind in ("org", "igo"):
            label = "ORG"  # "CNN Turk": an outlet
        elif label == "PERSON" and not known_person and (span[-1].pos_ != "PROPN"
                                                         or _title_cased_line(span)):
            # "Maduro Ally Tells Sputnik", "Doctrine of 'Backyard'": in a headline every
            # word looks like a name; kept only if it names someone the article meets.
            self.doubtful.append(span)
            return
        if label == "PERSON" and (phrase.entity is None or known_person):
            if len(name_words(span.text)) <= 6:
                self._person(span)
            return
        if known_person:
            self._person(span)
            return
        if label == "NORP" and all(t.dep_ in ("amod", "compound", "nmod")
                                   for t in (ent.root, span[-1])):
            # "Venezuelan" describing a noun: read with its noun phrase; not "the anti-Balaka
            # fought", whose tagger's root is the prefix
            return
        if label == "NORP" and phrase.entity is not None and phrase.entity.kind == "country" \
                and phrase.sector is None and _counted(ent.root):
            # "tens of thousands of Sudanese": a number of a nationality are its civilians
            self._add(span, Actor(f"{phrase.entity.country}.CVL", phrase.entity.name, "group",
                                  phrase.entity.country, "CVL", span.text))
            return
        if phrase.entity is None and (phrase.title is None and not phrase.country
                                      or len(span) == 1 and fold(span.text) in VAGUE):
            return  # "Latest News", "State": no head noun, no country
        if phrase.person and phrase.person_entry is None:
            # An organisation no table knows ("U.S. Central Command"): its own actor.
            actor = Actor(slug(span.text), span.text, "org", phrase.country, phrase.sector,
                          span.text)
        elif len(span) == 1 and span.start > 0 and self.doc[span.start - 1].lower_ in (
                "the", "this") and self._refer_back(span):
            return
        elif not phrase.country and phrase.entity is None:
            # "the Foreign Ministry": its country may come from who speaks of it, known
            # once the people are settled.
            self.countryless.append((span, phrase))
            self.taken.update(range(span.start, span.end))
            return
        else:
            actor = to_actor(phrase, self.focus)
        self._add(span, actor)

    def _add(self, span: Any, actor: Actor | None) -> None:
        if actor is not None:
            self.mentions.append(_Mention(span.start_char, span.end_char, span.text,
                                          actor=actor))

    def _person_at(self, token: Any) -> Person | None:
        return next((m.person for m in self.mentions
                     if m.person is not None and m.start <= token.idx < m.end), None)

    def _subject_person(self, token: Any, through_clause: bool) -> Person | None:
        """The person who is the subject of the nearest verb above ``token`` ("*Lavrov*
        is meeting his counterpart"); with ``through_clause``, of the verb whose clause
        holds it ("*Søreide* said that the Foreign Ministry ...")."""
        t = token
        for _ in range(8):
            if t.head.i == t.i:
                return None
            came_by, t = t.dep_, t.head
            if t.pos_ not in ("VERB", "AUX") or through_clause and came_by != "ccomp":
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            return self._person_at(subj) if subj is not None else None
        return None

    def _home(self, token: Any, sector: str | None) -> str | None:
        """The country of a named body without a country word: the speaker's, when a
        person of known country and of the body's sector speaks of it ("Søreide said
        that the Foreign Ministry ..."), else the article's focus; a group outside the
        state's sectors ("Protesters" the tagger took for a name) only the place it is in."""
        speaker = self._subject_person(token, through_clause=True)
        if speaker is not None and speaker.country and speaker.sector == sector:
            return speaker.country
        if sector is not None and sector not in home_sectors():
            return self._place_country(token)
        return self.focus

    def _sentence_country(self, token: Any, sector: str | None, own: Any = None) -> str | None:
        """The one country the sentence of a group names by its other actors, people, bodies
        and places ("*Kenyan* authorities have banned civilians from ...", "*The C.A.R* is
        pleading with civilians"), but not a place one goes to ("marched *into Texas*") nor
        the outlet the story is told to ("survivors told *VOA* the attackers ...");
        none when it names several or none, and none for a group
        :func:`.phrase.takes_sentence_country` keeps from it (displaced people, people
        acting abroad)."""
        if not takes_sentence_country(sector, _head_key(token.lower_)):
            return None
        found = set()
        for m in self._in_sentence(token):
            if own is not None and own.start_char <= m.start < own.end_char:
                continue  # its own words ("an anti-*Syria* journalist")
            if m.person is not None:
                if places_its_sentence(m.person.sector):
                    found.add(m.person.country)
            elif m.actor is not None and places_its_sentence(m.actor.sector) and (
                    m.actor.sector is not None or not self._destination(m)):
                found.add(m.actor.country)  # a place, but not where one goes: "into Texas"
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _in_sentence(self, token: Any) -> list[_Mention]:
        """The mentions read so far in ``token``'s sentence, in the order read. Mentions
        are only added to the list (or the list replaced), so the index takes the new ones."""
        indexed, done = self._indexed
        if indexed is not self.mentions:
            done, self._by_sentence = 0, {}
        for m in self.mentions[done:]:
            start = sentence_at(self.doc, m.start)
            if start is not None:
                self._by_sentence.setdefault(start, []).append(m)
        self._indexed = (self.mentions, len(self.mentions))
        return self._by_sentence.get(sentence_of(self.doc, token.i)[2], [])

    def _destination(self, mention: _Mention) -> bool:
        """Whether a place is where one goes ("crossed *into Texas*", "fled to *Chad*"; but
        not "a victory *for Sudan*")."""
        root = _root_at(self.doc, mention)
        return root.dep_ == "pobj" and root.head.lower_ in _DESTINATION \
            and root.head.head.pos_ in ("VERB", "AUX")

    def _loose_names(self) -> None:
        """Proper nouns outside any entity that name a person of the article or a known one,
        and capitalised words the tagger took for a common noun or verb that name a person
        of the article ("*Trump* at first imposed 25% tariffs")."""
        index = names(self.files)
        # Whether a word is close to a surname of someone met: the surnames only grow, so
        # each word keeps its answer and how many of them it was tried against.
        surnames: list[str] = []
        seen: set[str] = set()
        met_by_key: dict[str, tuple[bool, int]] = {}

        def gather() -> None:
            for p in self.people.people:
                surnames.extend(s for s in p.surnames if s not in seen)
                seen.update(p.surnames)

        gather()
        alpha, pos, lower = alphas(self.doc), poses(self.doc), lowers(self.doc)
        for i in range(len(self.doc)):
            if i in self.taken or not alpha[i] or pos[i] not in ("PROPN", "NOUN", "VERB"):
                continue
            token = self.doc[i]
            if pos[i] != "PROPN" and not token.text[:1].isupper():
                continue
            if any(0 <= j < len(lower) and lower[j] == "-" for j in (i - 1, i + 1)):
                continue  # "the Guaido-Maduro standoff"
            key = fold(token.text)
            known = [e for e in index.get((key,), ()) if e.kind == "person"]
            met, tried = met_by_key.get(key, (False, 0))
            if not met and tried < len(surnames):
                met = any(close(key, surname) for surname in surnames[tried:])
                met_by_key[key] = (met, len(surnames))
            if token.pos_ != "PROPN":
                known = []  # a word the tagger read as common names only someone met
            if (known or met) and token.text[:1].isupper() and not token.text.isupper():
                self._person(self.doc[token.i:token.i + 1])
                gather()

    def _titled_names(self) -> None:
        """Two to four proper nouns the tagger left out of a person right after a person's
        title: "Indian foreign ministry spokesperson Randhir Jaiswal" (tagged a product)."""
        doc = self.doc
        for i, lower in enumerate(lowers(doc)):
            if i in self.taken or singular(lower) not in PERSON_NOUNS:
                continue
            token = doc[i]
            end = token.i + 1
            while end < len(doc) and end - token.i <= 4 and _name_part(
                    doc[end], self.taken, _MISSED_NAME_LABELS):
                end += 1
            if end - token.i >= 3 and (end == len(doc) or doc[end].pos_ != "PROPN"):
                self._person(doc[token.i + 1:end])

    def _settle_people(self) -> _Roles:
        """Give each person a country and sector, and index the roles the article gave them."""
        roles = _Roles(date=self.date)
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
                    roles.add(person, person.country, _role_key(held),
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
                    person.country = self.homes.get(person.id) or (
                        self.sole_focus if court else self.focus)
            for phrase in phrases:
                roles.add(person, phrase.country or person.country, _role_key(phrase),
                          phrase.former)
        return roles

    def _by_surname(self, person: Person, phrases: list[Phrase]) -> None:
        """A person the article names by a bare surname only, with no office, is read as
        :func:`.stage.resolve` reads that surname (:func:`.phrase.by_surname`), within
        the country the article places them in or is about: "Arevalo" in a story on
        Guatemala is its president, as ``storyline actor Arevalo`` says."""
        country = next((p.country for p in phrases if p.country), None) \
            or self.homes.get(person.id) or self.focus
        phrase = by_surname(analyse(person.name, self.date, self.files), country, self.date,
                            self.files)
        if phrase.person_entry is not None:
            person.known_as(phrase.person_entry)
        elif phrase.country:
            person.country, person.sector = phrase.country, phrase.sector

    def _chunk(self, chunk: Any, roles: _Roles) -> None:
        root = chunk.root
        key = _head_key(root.lower_)
        if key in back_references() and self._refers_back(chunk, key):
            return
        if key not in head_words():
            return
        if any(i in self.taken for i in range(chunk.start, chunk.end)):
            counsel = counsel_of(chunk, self.taken, self._person_at, self.analyse,
                                 self.sole_focus)  # "Zamora's legal team": .counsel
            if counsel is not None:
                self._add(*counsel)
            return
        span = _trim(chunk)
        if not len(span) or any(in_water(t) for t in span):
            return  # "The Gulf of Guinea states" (chunk "Guinea states"): a water names no one
        # "Small and local rights groups": a name only by the sentence's capital (but
        # "Central African Republic officials", whose "Central" the tagger may read as an
        # adjective, keep theirs: a known place is no unknown name)
        first = span[0]
        phrase = as_written(self.analyse(span.text),
                            first.is_sent_start and first.pos_ not in ("PROPN", "X"),
                            self.analyse)
        if phrase.entity is not None or phrase.person or phrase.sector is None:
            return
        offset = root.idx - span.start_char
        head_hit = next((h for h in phrase.hits if h.is_head
                         and any(t.start == offset for t in phrase.tokens[h.start:h.end])),
                        None)
        # "both the President": the determiner after a predeterminer says it.
        first = next((t for t in chunk if t.dep_ not in ("predet", "preconj")), chunk[0])
        definite = first.lower_ in DEFINITE or (first.dep_ == "poss" and first.pos_ != "PRON")
        as_role = root.dep_ == "pobj" and root.head.lower_ == "as" and not definite
        if head_hit is None or root.dep_ in PREDICATIVE or as_role:
            return  # "military action"; "Venezuela is the victim"; "recognised as president"
        head = singular(fold(root.text))
        if head in VAGUE and head in PERSON_NOUNS and definite:
            # "The leader of Afghanistan's Taliban insurgency": a vague noun whose "of"
            # phrase names the role's body and country is the person given that role.
            role = self._with_of_phrase(span, root)
            if role.country and role.text != phrase.text and root.tag_ != "NNS" \
                    and self._as_person(span, roles.find(role.country, _role_key(role),
                                                         not role.former)):
                return
        possessor = None if phrase.country else self._possessor(root)
        owner = None if phrase.country else (self._owner(root) or self._body_before(chunk)
                                             or possessor)
        # A vague noun is an actor when it is someone's ("its officials"), not when a place
        # follows it ("forces from Panama"); a sector term it ends ("rights groups", "aid
        # groups", "protest groups") is the sector word beside it, but not one of a
        # ``home_by_default`` sector ("armed groups", "security forces"), which would take
        # the article's country unplaced, nor an IGO's ("international forces"), which
        # would be a body of its own words that "the group" then refers back to.
        if head in VAGUE and (head_hit.end - head_hit.start == 1 or phrase.sector == "IGO"
                              or phrase.sector in home_sectors()) and not phrase.country \
                and not possessor and len(phrase.hits) == 1 \
                and not (head in STATE_NOUNS and chunk[0].lower_ == "the"
                         and (owner or self.focus)) \
                and not (phrase.sector == "CVL" and _counted(root)) \
                and not self._same_group_before(first, root, span.start_char):
            country = None if owner else forces_country(  # "security forces": .forces
                span, self.sole_focus, self._in_sentence(root),
                [m for m in self.mentions if m.start < span.start_char], self.analyse)
            if country:
                self._add(span, to_actor(phrase, country))
            return
        if owner is not None and owner.kind == "igo":
            # "diplomats from the Group of Seven": the body acts through its people.
            self._add(span, replace(owner, text=span.text, labels=[], mentions=[]))
            return
        home = phrase.sector in home_sectors()
        # "the diplomats urged Russia": not Russia's; "governments" are several states'
        away = head in abroad_nouns() or of_several_states(phrase.title, own_words(phrase))
        # ``own``: the country the phrase, its sentence or a group met before gives, not
        # the story's focus
        own = phrase.country or (owner.country if owner else None) or (
            None if away or phrase.ambiguous or home
            else self._place_country(root, clause=_at_home(root, phrase.sector))
            or (self._sentence_country(root, phrase.sector, span)
                if _at_home(root, phrase.sector) else None)
            or self._same_group_before(first, root, span.start_char))
        country = own or (
            None if away or phrase.ambiguous else self.focus if home
            else self._focus_for(root, phrase.sector))
        if head in PERSON_NOUNS and definite:
            body = spoken_for(root, [m for m in self.mentions if m.start < span.start_char])
            if body is not None:  # "a State Department spokesperson ... the spokesperson"
                self._add(span, replace(body, text=span.text, labels=[], mentions=[]))
                return
            key = _role_key(self._with_of_phrase(span, root))
            if root.tag_ == "NNS" and roles.given(key):
                return  # "the two presidents", "the prime ministers": several people named
            one = root.tag_ != "NNS" and not phrase.former  # not "China's leaders"
            person = roles.find(country, key, one)
            if person is None and one and phrase.sector == "IGO" and not phrase.country:
                # "The UNICEF director": the people of an international body have no
                # country, whatever country the story is about.
                person = roles.find(None, key, one)
            if person is None and one and own is None and owner is None \
                    and phrase.sector not in home_sectors():
                # "the journalist" after "Iranian American journalist Masih Alinejad" in a
                # story told from New York: a private person's role is theirs wherever the
                # story is, when the article gave it to one person only; not when the
                # phrase or its sentence gives a country ("the journalist ..., a Chilean").
                person = roles.find_anywhere(key)
            if person is None and head == "counterpart" and root.tag_ == "NN":
                person = self._counterpart(root, country, roles)
            if self._as_person(span, person):
                return
        self._add(span, to_actor(phrase, country))

    def _as_person(self, span: Any, person: Person | None) -> bool:
        """Add ``span`` as a mention of ``person``, if any (a role the article gave them),
        with the epithet it gives them ("the leftist president") as a label."""
        if person is None:
            return False
        label = None if self._quoted(span.start_char) else _epithet(span)
        self.mentions.append(_Mention(span.start_char, span.end_char, span.text,
                                      person=person, labels=[label] if label else []))
        return True

    def _focus_for(self, token: Any, sector: str | None) -> str | None:
        """The country the article is about, for a group of a ``story_country`` sector
        (civilians, NGOs) that nothing nearer places, when the article names that country
        far more than any other (two thirds of its country mentions: ``SOLE_FOCUS_SHARE``):
        "some prominent human rights activists" in a story on Nigeria, "these people" held
        by Myanmar's junta, "immigrants' rights groups" suing the U.S. government (VOA
        training stories 6202743, 6203525, 8010057, where the focus holds 100%, 100% and
        72%; in the seed stories on Venezuela, which name Norway, Russia and the U.S. beside
        it, 41-57%, no group takes it). Never attackers or criminals ("Hackers", "Smugglers"
        may come from anywhere), nor a group a word says is from elsewhere ("foreign
        fighters", "volunteers from abroad": ``abroad_words``), nor an NGO no word places
        at home ("*Local* rights groups" on Nigeria are Nigerian, "Nine press freedom and
        rights groups" calling for a Guatemalan's release need not be: ``home_words``),
        nor a group whose sentence names where it goes ("protesters marched into Texas"
        may come from anywhere)."""
        if sector not in story_sectors() or self.sole_focus is None:
            return None
        if {t.lower_ for t in token.subtree} & abroad_words() or not _at_home(token, sector):
            return None
        if any(m.actor is not None and self._destination(m) for m in self._in_sentence(token)):
            return None
        return self.sole_focus

    def _refers_back(self, chunk: Any, noun: str) -> bool:
        """Whether a definite noun alone was read as the named body or the country it
        refers back to (:meth:`_named_body`): "the court", "This group", "the agency",
        "the country", "the impoverished nation", "the Southeast Asian nation" (the one
        country of the region named before: :func:`_region_countries`); not "*a* country",
        nor one a verb says something is ("is the group"), nor a name ("the United
        Nations"), nor several ("the three military-led nations", "the two groups": never
        the one named last)."""
        span = _trim(chunk)
        if not len(span) or chunk[0].lower_ not in ("the", "this") \
                or chunk.root.dep_ in PREDICATIVE or chunk.root.tag_ == "NNS" \
                or any(i in self.taken for i in range(chunk.start, chunk.end)):
            return False
        phrase = self.analyse(span.text)
        if phrase.entity is not None or phrase.country or len(phrase.hits) > 1:
            return False
        within = None
        if back_references()[noun] == "kind:country":
            within = _region_countries(span.text)
            if not chunk.root.is_lower or chunk.root.ent_type_ or within == frozenset():
                return False
        return self._refer_back(span, noun, within)

    def _refer_back(self, span: Any, noun: str | None = None,
                    within: frozenset[str] | None = None) -> bool:
        """Add ``span`` ("the court", "The Council") as the named body it refers back to,
        if any (:meth:`_named_body`; a country among ``within``, where given)."""
        body = self._named_body(span.start_char, noun or singular(fold(span.text)), within)
        if body is not None:
            name = body.name or re.sub(r"^(?:the|this)\s+", "", span.text, flags=re.I)
            self._add(span, replace(body, name=name, text=span.text, labels=[], mentions=[]))
        return body is not None

    def _named_body(self, start: int, noun: str,
                    within: frozenset[str] | None = None) -> Actor | None:
        """The named body before ``start`` that "the NOUN" refers back to (the
        ``back_references`` of sectors.json): for a word of its name the nearest body
        with it ("the International Court of Justice ... the court"), else the nearest
        named body if it is of the kind or sector the noun says ("al-Shabab ... the
        group"), and nothing when the nearest body is of another kind, or when another body
        the noun fits was named close before (:func:`_unrivalled`); "the nation" is the
        country named last, and a region's nation (countries ``within`` it) the one country
        of the region named before, none where any earlier actor (a person, group, place
        or capital, not only a country's name) is of a second country of it ("Nigerian
        President Bola Tinubu flew to Ghana. The West African nation" is neither). The
        outlet a story is told to is no body of it ("Zamora told VOA ... the newspaper" is
        Zamora's)."""
        how = back_references().get(noun)
        if how is None:
            return None
        test, _, value = how.partition(":")
        if how == "kind:country":
            if within is not None and len(
                    {c for c in (m.actor.country if m.actor is not None
                                 else m.person.country if m.person is not None else None
                                 for m in self.mentions if m.start < start)
                     if c in within}) != 1:
                return None
            places = [m.actor for m in self.mentions if m.start < start and m.actor is not None
                      and m.actor.kind == "country" and m.actor.id == m.actor.country
                      and (within is None or m.actor.country in within)]
            return places[-1] if places else None
        before = sorted((m for m in self.mentions if m.start < start and m.actor is not None
                         and m.actor.kind in ("org", "igo", "group")
                         and not _GENERIC_ID.fullmatch(m.actor.id) and not self._told_to(m)),
                        key=lambda m: -m.start)
        if test == "name":
            fits = [m for m in before if noun in fold(m.actor.name).split()]
        elif before and (before[0].actor.kind if test == "kind" else before[0].actor.sector) \
                == value:
            fits = [m for m in before if (m.actor.kind if test == "kind" else m.actor.sector)
                    == value]
        else:
            return None
        return _unrivalled(fits, start)

    def _place_country(self, root: Any, clause: bool = True) -> str | None:
        """The country of the place a group is in or comes from: in its own words ("protesters
        *in Caracas*", "refugees fleeing the war *in Liberia*", "a newspaper based in
        *Beirut*", "militants loyal to *Iraq's* al-Qaeda") or where its clause happens
        ("*In Caracas*, protesters clashed", "rioted at a jail in *Dili*") unless
        ``clause`` is false; never where it goes ("crossed into Texas", "migrants
        heading to the US")."""
        own = [c for c in root.children
               if c.i > root.i and c.dep_ in ("prep", "acl", "amod")
               and not (c.dep_ == "prep" and c.lower_ not in _OWN_PLACE)]
        verb = root
        while verb.dep_ in _UP and verb.head.i != verb.i:
            verb = verb.head
        places = [] if verb.i == root.i or not clause else [
            c for c in verb.children if c.dep_ == "prep" and c.lower_ in _CLAUSE_PLACE]
        for branch in own + places:
            country = self._country_under(branch, PLACE_DEPTH)
            if country:
                return country
        return None

    def _country_under(self, token: Any, depth: int) -> str | None:
        """The first country named by a place in ``token``'s subtree, not crossing a
        preposition of destination under a verb ("heading *to* the US"); "the city" is the
        place named last before it."""
        if not token.ent_type_ and fold(token.text) in place_nouns() \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return self._place_before(token.idx)
        if token.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "ORG"):
            ent = ent_at(self.doc, token.i)
            if ent is not None:
                entries = [e for h in self.analyse(ent.text).hits for e in h.entries
                           if e.kind == "country" and e.country]
                if entries:
                    return entries[0].country
        if depth == 0:
            return None
        for child in token.children:
            if child.dep_ in ("relcl", "punct", "cc") or (
                    child.dep_ == "prep" and child.lower_ in _DESTINATION
                    and token.pos_ in ("VERB", "AUX")):
                continue
            found = self._country_under(child, depth - 1)
            if found:
                return found
        return None

    def _same_group_before(self, first: Any, root: Any, start: int) -> str | None:
        """The country of the group "the" or "these" plus a plural noun refers back to: the
        nearest placed mention before it with the same noun in the same paragraph
        ("at least 2,400 people" in Myanmar ... "these people")."""
        if first.lower_ not in ("the", "these", "those") or root.tag_ != "NNS":
            return None
        noun = _head_key(root.lower_)
        para = doc_text(self.doc).rfind("\n\n", 0, start)
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if para < m.start < start and m.actor is not None and m.actor.country \
                    and m.actor.kind == "group" \
                    and noun in (_head_key(w) for w in m.text.lower().split()):
                return m.actor.country
        return None

    def _told_to(self, mention: _Mention) -> bool:
        """Whether an outlet is the one someone tells ("told *VOA*", "spoke to *VOA*")."""
        if mention.actor is None or mention.actor.sector not in reporting_sectors():
            return False
        root = _root_at(self.doc, mention)
        verb = root.head
        if root.dep_ == "pobj" and verb.lower_ in ("to", "with"):
            verb = verb.head
        elif root.dep_ not in ("dobj", "dative"):
            return False
        return verb.lemma_ in telling_verbs()

    def _place_before(self, offset: int) -> str | None:
        """The country of the place named last before ``offset`` ("a bomb killed 11 miners
        in *the city*" after Quetta was named)."""
        places = [m for m in self.mentions if m.end <= offset and m.actor is not None
                  and m.actor.kind == "country" and m.actor.country]
        return max(places, key=lambda m: m.start).actor.country if places else None

    def _with_of_phrase(self, span: Any, root: Any) -> Phrase:
        """The role phrase with its "of" complement: "the President *of the National
        Assembly*" is another office than "the President"."""
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None or of.right_edge.i - span.start > 10:
            return self.analyse(span.text)
        return self.analyse(self.doc[span.start:of.right_edge.i + 1].text)

    def _owner(self, root: Any) -> Actor | None:
        """The actor a sector noun belongs to by a preposition: "diplomats *from the G7*",
        "officials *of the Syrian government*" (already found among the named actors)."""
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "at", "with"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                found = next((m.actor for m in self.mentions if m.actor is not None
                              and m.start <= obj.idx < m.end), None)
                if found is None and obj.right_edge.i - obj.left_edge.i < 8:
                    # A name the tagger split ("the [Group of] [Seven] leading democracies").
                    words = self.doc[obj.left_edge.i:obj.right_edge.i + 1].text
                    named = [e for h in self.analyse(words).hits for e in h.entries
                             if e.kind in ("igo", "org", "country")]
                    found = to_actor(self.analyse(named[0].name)) if named else None
                if found is not None and (found.country or found.kind == "igo"):
                    return found
        return None

    def _possessor(self, root: Any) -> Actor | None:
        """The actor that owns a group noun: a possessor already found ("*the country's*
        intelligence service", "*the group's* fighters") or the one "its" or "their"
        stands for (:meth:`_pronoun_owner`)."""
        poss = next((c for c in root.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        if poss.pos_ == "PRON":
            return self._pronoun_owner(root)
        found = next((m.actor for m in self.mentions if m.actor is not None
                      and m.start <= poss.idx < m.end), None)
        return found if found is not None and (found.country or found.kind == "igo") else None

    def _pronoun_owner(self, root: Any) -> Actor | None:
        """The body or country "its" or "their" before a group noun stands for: the subject
        of a clause before it in its sentence, the nearest, when that is an actor other
        than a person with a country or an international body ("As *the White House*
        talks with Russia, some of *its* officials"; "*Kenya* said *its* troops")."""
        poss = next((c for c in root.children if c.dep_ == "poss"
                     and c.lower_ in ("its", "their")), None)
        if poss is None:
            return None
        first = sentence_of(self.doc, poss.i)[2]
        subjects = [m for m in self.mentions if first <= m.start and m.end <= poss.idx
                    and _root_at(self.doc, m).dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return None
        nearest = max(subjects, key=lambda m: m.start)
        found = nearest.actor
        if found is None or nearest.person is not None:
            return None
        return found if found.country or found.kind == "igo" else None

    def _body_before(self, chunk: Any) -> Actor | None:
        """An international body named just before a group noun that the tagger left out of
        it ("*ECOWAS* security chiefs"): the body acts through its people."""
        if chunk.start == 0:
            return None
        prev = self.doc[chunk.start - 1]
        if prev.i in self.taken or not (prev.is_upper or prev.is_title) or prev.is_sent_start \
                and prev.is_title and not prev.is_upper or prev.ent_type_ not in ("", "ORG"):
            return None
        phrase = self.analyse(prev.text)
        if phrase.entity is None or phrase.entity.kind != "igo":
            return None
        return to_actor(phrase)

    def _counterpart(self, root: Any, country: str | None, roles: _Roles) -> Person | None:
        """ "Lavrov is meeting his Venezuelan counterpart": the person of that country the
        article gives the office of the one who meets them (Venezuela's foreign minister)."""
        peer = self._subject_person(root, through_clause=False)
        if peer is None or not peer.title or peer.country == country:
            return None
        return roles.find(country, _role_key(self.analyse(peer.title)))




def _at_home(token: Any, sector: str | None) -> bool:
    """Whether a group of ``sector`` may take a country its own words do not name: any
    sector but one of ``home_words`` (NGOs, who speak of a country from abroad as often as
    from it), which needs one of its words among the group's own modifiers ("*Local* rights
    groups condemned the raid by Nigerian police"; not "Rights groups accused Russia")."""
    return at_home(sector, {t.lower_ for t in _modifiers(token)})


def _region_countries(text: str) -> frozenset[str] | None:
    """The countries of the world region ``text`` names (``region_members``; the longest
    name), none where it names no region, and no country where no table lists the
    region's ("the Mediterranean nation") or where a word other than the determiner
    qualifies the region ("the southern African nation", "the sub-Saharan African
    nation" name a region the table does not list, not the wider one after the word).

    >>> sorted(_region_countries("the Southeast Asian nation"))[:3]
    ['BRN', 'IDN', 'KHM']
    >>> _region_countries("the impoverished nation"), _region_countries("the Arctic nation")
    (None, frozenset())
    >>> _region_countries("the southern African nation")
    frozenset()
    """
    words = tuple(t.key for t in tokenize(text))
    found = [(i, words[i:j]) for i in range(len(words))
             for j in range(i + 1, min(len(words), i + 4) + 1) if words[i:j] in regions()]
    if not found:
        return None
    start, region = max(found, key=lambda f: len(f[1]))
    if words[:start] not in ((), ("the",), ("this",)):
        return frozenset()
    return region_members().get(region, frozenset())


def _as_alias(actor: Actor, alias: _Mention) -> Actor:
    """A mention's ``actor`` read through the acronym of ``alias`` it names: the alias's
    actor where their sectors agree (or the mention has none), else the mention's sector
    in the alias's country; unchanged when the alias is a person's or has no country."""
    named = alias.actor
    if alias.person is not None or named is None:
        return actor
    if actor.sector in (None, named.sector):
        return named
    if named.country is None or named.country == actor.country:
        return actor
    return replace(actor, id=f"{named.country}.{actor.sector}", country=named.country)


def _root_at(doc: Any, mention: _Mention) -> Any:
    """The syntactic head of a mention's words."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else doc[0]


def _counted(root: Any) -> bool:
    """Whether a noun is given a number ("31 people", "nearly 400 people", "hundreds of
    people"): a count of people is the victims or the crowd of a story, not a vague word.

    >>> from storyline import resources
    >>> doc = resources.nlp()("The blast killed 31 people and hurt many people.")
    >>> _counted(doc[4]), _counted(doc[8])
    (True, False)
    """
    if any(c.dep_ == "nummod" or c.like_num for c in root.children):
        return True
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "of" and prep.head.lower_ in COUNT_NOUNS


#: Small words a body's name may hold in lower case ("Reporters *Without* Borders").
_NAME_LINKS = frozenset({"of", "for", "the", "and", "without", "on", "in", "to", "de", "al"})


@lru_cache(maxsize=1)
def _body_keys() -> tuple[frozenset[tuple[str, ...]], dict[str, tuple[int, ...]]]:
    """Keys of the organisations, international bodies and armed groups the tables name in
    three words or more, and for each first word the lengths of its keys, longest first."""
    keys = frozenset(k for k, found in names().items() if len(k) >= 3 and k[0] != "the"
                     and any(e.kind in ("org", "igo", "group") for e in found))
    lengths: dict[str, set[int]] = {}
    for k in keys:
        lengths.setdefault(k[0], set()).add(len(k))
    return keys, {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}


def _known_bodies(doc: Any) -> list[Any]:
    """Spans that spell a body the tables know by a name of three words or more, capitalised
    as a name, which the tagger may have cut up ("Reporters" + "Without Borders" as a
    person); they replace the entities they overlap."""
    keys, lengths = _body_keys()
    tokens = list(doc)
    capital = [t.is_title or t.is_upper for t in tokens]
    found, i = [], 0
    while i < len(tokens):
        end = None
        if capital[i]:
            for n in lengths.get(fold(tokens[i].text), ()):
                if (i + n <= len(tokens) and capital[i + n - 1]
                        and tuple(fold(t.text) for t in tokens[i:i + n]) in keys
                        and all(capital[j] or tokens[j].lower_ in _NAME_LINKS
                                for j in range(i, i + n))):
                    end = i + n
                    break
        if end is not None:
            found.append(Span(doc, i, end, label="ORG"))
            i = end
        else:
            i += 1
    return found


def _title_before(span: Any) -> Any | None:
    """The sector words right before a name in its sentence ("*Defence Minister* X"), or
    None."""
    start, first = span.start, sentence_of(span.doc, span.start)[0]
    while start > first and sector_words().get((fold(span.doc[start - 1].text),)):
        start -= 1
    return span.doc[start:span.start] if start < span.start else None


def _without_title(span: Any) -> Any:
    """A personal name without a title the tagger took into it ("*Lawyer* Lionel Bethune de
    Moro" at a sentence start): the title is read as the name's title; a known name
    holding a title ("King Abdullah II") is kept whole."""
    known = analyse(span.text).entity
    if known is not None and known.kind == "person":
        return span
    start = span.start
    while span.end - start > 2 and (sw := sector_words().get((fold(span.doc[start].text),))) \
            is not None and sw.is_head:
        start += 1
    return span.doc[start:span.end] if start > span.start else span


def _owned_body(span: Any) -> Any | None:
    """The named body after a person's possessive in a name ("Al-Sharaa's *HTS*",
    "Khan's *PTI*"): a person's party or armed group is the body, not the person
    ("Venezuela's National Assembly" is read whole)."""
    at = next((t.i for t in span[:-1] if t.tag_ == "POS"), None)
    if at is None or at == span.start:
        return None
    owner = analyse(span.doc[span.start:at].text).entity
    if owner is not None and owner.kind != "person":
        return None
    rest = span.doc[at + 1:span.end]
    entity = analyse(rest.text).entity
    return rest if entity is not None and entity.kind in ("org", "group", "igo") else None


def _with_country_owner(span: Any) -> Any:
    """A body's name with the country that owns it, which the tagger left out of it
    ("*Venezuela's* National Assembly", "*Kenya's* Supreme Court"): an explicit country
    in the phrase wins over the country the article is about.

    >>> from storyline import resources
    >>> doc = resources.nlp()("A delegation from Venezuela's National Assembly arrived.")
    >>> _with_country_owner(next(e for e in doc.ents if e.label_ == "ORG")).text
    "Venezuela's National Assembly"
    """
    owner = next((c for c in span.root.children if c.dep_ == "poss" and c.i < span.start
                  and c.ent_type_ == "GPE"), None)
    mark = span.doc[span.start - 1] if span.start else None
    if owner is None or mark is None or mark.tag_ != "POS" or mark.head.i != owner.i:
        return span
    entity = analyse(span.doc[owner.left_edge.i:mark.i].text).entity
    if entity is None or entity.kind != "country":
        return span
    return span.doc[owner.left_edge.i:span.end]


def _without_place(span: Any) -> Any:
    """A personal name without a country or capital the tagger glued to its end
    ("Trump, Erdogan *Ankara* will ..."): a place ends no one's name.

    >>> from storyline import resources
    >>> doc = resources.nlp()("Erdogan Ankara will look to Washington.")
    >>> _without_place(doc[0:2]).text
    'Erdogan'
    """
    while len(span) > 1:
        entries = names().get((fold(span[-1].text),), ())
        if not entries or any(e.kind != "country" or e.role not in ("name", "capital")
                              for e in entries):
            break
        span = span[:-1]
    return span


def _title_cased_line(span: Any) -> bool:
    """Whether the span sits in a line in Title Case (a headline: :func:`title_cased`).

    >>> from storyline import resources
    >>> doc = resources.nlp()("We Are Returning to the Doctrine of Backyard\\nHe said no.")
    >>> _title_cased_line(doc[7:8]), _title_cased_line(doc[9:10])
    (True, False)
    """
    text = doc_text(span.doc)
    start, end = line_span(text, span.start_char)
    return title_cased(text[start:end])


def _modifiers(head: Any) -> list[Any]:
    """A noun's own modifiers left of it: adjectives and nouns before it, theirs, and
    their conjuncts ("*Local* rights groups", "*local and international* groups"), not the
    words of a clause after it ("a watchdog that trains *local* journalists")."""
    found = []
    for child in head.lefts:
        if child.dep_ in ("amod", "compound"):
            found += [child, *_modifiers(child)]
    for child in head.rights:
        if child.dep_ == "conj" and head.dep_ in ("amod", "compound"):
            found += [child, *_modifiers(child)]
    return found


@lru_cache(maxsize=1 << 14)
def _head_key(word: str) -> str:
    return singular(fold(word))


def _epithet(span: Any) -> str | None:
    """A role phrase as a label when it says more than the bare role ("leftist president")."""
    words = [t for t in span if t.dep_ not in ("det", "predet", "poss", "case")
             and t.tag_ != "POS"]
    if len(words) < 2 or any(t.ent_type_ in ("GPE", "NORP") for t in words):
        return None
    return label_text(span.doc[words[0].i:words[-1].i + 1])


#: Words that tell no body from another in a name ("the", "of").
_LINK_WORDS = frozenset({"the", "a", "an", "of", "and", "'s", "’s"})


def _own_words(name: str, country: str | None) -> set[str]:
    """The folded words of ``name`` that are neither its country's nor link words nor
    numbers: "China's U.N. mission" -> {"u.n.", "mission"}."""
    home = country_name_words(country) if country else frozenset()
    return {w for w in text_key(name) if w not in home and w not in _LINK_WORDS
            and any(c.isalpha() for c in w)}


def _names_apart(first: str, other: str, country: str | None) -> bool:
    """Whether ``other``, a mention's own name, shares no word with ``first``, the name an
    actor took from its first mention, beyond their country's words, nor spells its
    initials: "Islamabad" and "Special Services Group", "the Pakistan military" and
    "Frontier Corps", "Beijing" and "China's U.N. mission" name different things; "IS
    fighters" and "Islamic State terror group", "U.S. officials" and "U.S. and Iraqi
    officials" the same one.

    >>> _names_apart("Special Services Group", "Pakistan", "PAK")
    True
    >>> _names_apart("Islamic State terror group", "IS fighters", "IRQ")
    False
    """
    mine, theirs = _own_words(first, country), _own_words(other, country)
    if mine == theirs or mine & theirs:
        return False
    return not any(spells(first, word) for word in other.split())


def _collect(mentions: list[_Mention]) -> list[Actor]:
    by_id: dict[str, Actor] = {}
    names: dict[str, set[str]] = {}
    for m in mentions:
        if m.person is not None:
            p = m.person
            actor = Actor(p.id, p.name, "person", p.country, p.sector, m.text)
        else:
            actor = m.actor
        if actor is None:
            continue
        if actor.id not in by_id and (actor.name[:1].islower() or "." not in actor.id) \
                and (canonical := sector_name(actor.id)):
            # "the regime", "authorities": a country's sector goes by its plain name (but
            # "Foreign Ministry" and "CNN Turk" keep theirs); unplaced groups of one sector
            # are one actor, so none goes by the words of another ("Jewish settlers" and
            # "pro-Palestinian activists" are civilians).
            actor = replace(actor, name=canonical)
        have = by_id.setdefault(actor.id, actor)
        names.setdefault(actor.id, set()).add(actor.name)
        if [m.start, m.end] not in have.mentions:
            have.mentions.append([m.start, m.end])
        for label in m.labels:
            if label not in have.labels:
                have.labels.append(label)
    for actor_id, actor in by_id.items():
        # A country's sector gathers every mention of it the article makes, each read
        # alone: the first one's name ("Special Services Group", "China's U.N. mission")
        # is no name of a mention that names something else ("Islamabad", "Beijing");
        # then the actor goes by its country and sector (VOA training stories 8009314,
        # 6181504, 8011076, 8008998, 6204080, 7677701: the rows of the others misnamed).
        if "." in actor_id and (canonical := sector_name(actor_id)) and any(
                _names_apart(actor.name, other, actor.country) for other in names[actor_id]):
            by_id[actor_id] = replace(actor, name=canonical)
    return list(by_id.values())


def find_actors(doc: Any, date: str | None = None, actor_files: tuple[str, ...] = ()
                ) -> list[Actor]:
    """Every actor of a parsed article, with its mentions and labels, in order of first mention.

    Args:
        doc: the spaCy ``Doc`` of the article body.
        date: the publication date (ISO), to pick a known person's office.
        actor_files: user actor files (JSON Lines).
    """
    return ArticleActors(doc, date[:10] if date else None, actor_files).run()


def _unrivalled(fits: list[Any], start: int) -> Actor | None:
    """The actor of the nearest mention in ``fits`` (nearest first), unless another body
    the description fits was named within ``RIVAL_REACH`` characters before ``start``:
    "Burkina Faso, Mali and Niger withdrew from ECOWAS and created the Alliance of Sahel
    States ... accused *the regional body*" names either bloc, and a wrong actor misleads
    more than the words alone. Then it is only what the bodies share: a generic actor of
    their sector (and country, when one), with no name of its own."""
    if not fits:
        return None
    nearest = fits[0].actor
    rivals = [m.actor for m in fits[1:] if m.actor.id != nearest.id
              and start - m.start <= RIVAL_REACH]
    if not rivals:
        return nearest

    def shared(field: str) -> Any:
        value = getattr(nearest, field)
        return value if all(getattr(a, field) == value for a in rivals) else None

    sector, country = shared("sector"), shared("country")
    if sector is None:
        return None
    return Actor(f"{country}.{sector}" if country else sector, "", shared("kind") or "group",
                 country, sector, "")
