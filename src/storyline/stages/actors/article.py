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

:class:`ArticleActors` runs the passes; the state they share is :class:`.reading.ArticleReading`
(entities, focus country, people, mentions), and it takes the placing of groups from
:class:`.places.Placing`, what a noun refers back to or belongs to from
:class:`.references.References` and the linking of roles to people from
:class:`.roles.RoleLinking`; :mod:`.spans` cuts an entity to a name's words and
:func:`.mentions.collect` merges the mentions into actors.

>>> from storyline import resources
>>> doc = resources.nlp()("Russian Foreign Minister Sergei Lavrov met Maduro. Lavrov said no.")
>>> [(a.id, a.country, a.sector, len(a.mentions)) for a in find_actors(doc)][:2]
[('sergei_lavrov', 'RUS', 'GOV', 2), ('nicolas_maduro', 'VEN', 'GOV', 1)]
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...doc_index import alphas, deps, lowers, poses
from ...model import Actor
from .geography import in_water
from .homes import own_words
from .hyphens import describes, hyphenated
from .labels import labels_for, role_phrases
from .lexicon import (
    abroad_nouns,
    back_references,
    fold,
    home_sectors,
    names,
    names_region,
    singular,
    slug,
    text_key,
)
from .mentions import Mention, collect, head_key
from .people import close, name_words
from .phrase import COUNT_NOUNS, PERSON_NOUNS, as_written, head_words, to_actor
from .places import Placing, group_at_home
from .references import PREDICATIVE, References
from .roles import RoleLinking, Roles, role_key
from .sites import names_site
from .spans import (
    MISSED_NAME_LABELS,
    extend_person,
    name_part,
    owned_body,
    title_before,
    title_cased_line,
    trim,
    with_country_owner,
    without_place,
    without_title,
)
from .states import of_several_states
from .venues import names_venue

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
#: Words that make a role phrase definite, so it can stand for one person.
DEFINITE = frozenset({"the", "his", "her", "its", "their", "this", "that"})


class ArticleActors(Placing, References, RoleLinking):
    """The mention finding of one article; see the module docstring."""

    def run(self) -> list[Actor]:
        """The article's actors, in order of first mention: its entities, loose and
        titled names, then, the people's roles settled, the bodies with no country word,
        acronyms and the noun phrases, and last the groups placed by their noun; the
        mentions merged by :func:`.mentions.collect`. Once per article."""
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
        roles = self.settle_people()
        for span, phrase in self.countryless:
            self.add(span, to_actor(phrase, self.body_country(span.root, phrase.sector)))
        uses = self.acronyms()  # before the nouns that refer back to the bodies it names
        dep, pos = deps(self.doc), poses(self.doc)
        for chunk in self.doc.noun_chunks:
            for i in range(chunk.start, chunk.root.i):
                if dep[i] == "poss" and pos[i] != "PRON":
                    # "the opposition's demand": the possessor is a noun phrase of its own.
                    self._chunk(self.doc[chunk.start:i + 1], roles)
            self._chunk(chunk, roles)
        self.wider_than_acronyms(uses)
        self.place_groups_by_noun()
        return collect(sorted(self.mentions, key=lambda m: m.start))

    def _person(self, span: Any, name: str | None = None) -> None:
        person = self.people.add(name or span.text)
        labels = [] if self.quoted(span.start_char) else labels_for(span)
        self.mentions.append(Mention(span.start_char, span.end_char, span.text, person=person,
                                      labels=labels))
        parts = role_phrases(span)
        lead = title_before(span)
        if lead is not None and not any(p.start <= lead.start < p.end for p in parts):
            parts.append(lead)  # a title the parser did not attach ("Lawyer X said")
        for part in parts:
            self.titles.setdefault(person.id, []).append(self.analyse(part.text))
            self.taken.update(range(part.start, part.end))
        self.taken.update(range(span.start, span.end))
        place = self.place_country(span.root, clause=False)
        if place:
            self.person_places.setdefault(person.id, place)

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
        span = trim(extend_person(ent, self.taken) if label == "PERSON" else ent)
        if label == "PERSON":
            span = without_title(without_place(span))
        owned = owned_body(span) if label in ("PERSON", "ORG") else None
        if owned is not None:
            span, label = owned, "ORG"
        elif label in ("ORG", "FAC"):
            span = with_country_owner(span)
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
                                                         or title_cased_line(span)):
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
            self.add(span, Actor(f"{phrase.entity.country}.CVL", phrase.entity.name, "group",
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
                "the", "this") and self.refer_back(span):
            return
        elif not phrase.country and phrase.entity is None:
            # "the Foreign Ministry": its country may come from who speaks of it, known
            # once the people are settled.
            self.countryless.append((span, phrase))
            self.taken.update(range(span.start, span.end))
            return
        else:
            actor = to_actor(phrase, self.focus)
        self.add(span, actor)

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
            while end < len(doc) and end - token.i <= 4 and name_part(
                    doc[end], self.taken, MISSED_NAME_LABELS):
                end += 1
            if end - token.i >= 3 and (end == len(doc) or doc[end].pos_ != "PROPN"):
                self._person(doc[token.i + 1:end])

    def _chunk(self, chunk: Any, roles: Roles) -> None:
        root = chunk.root
        key = head_key(root.lower_)
        if key in back_references() and self.refers_back(chunk, key):
            return
        if key not in head_words():
            return
        if any(i in self.taken for i in range(chunk.start, chunk.end)):
            return
        span = trim(chunk)
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
            role = self.with_of_phrase(span, root)
            if role.country and role.text != phrase.text and root.tag_ != "NNS" \
                    and self.as_person(span, roles.find(role.country, role_key(role),
                                                         not role.former)):
                return
        possessor = None if phrase.country else self.possessor(root)
        owner = None if phrase.country else (self.owner(root) or self.body_before(chunk)
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
                and not self.same_group_before(first, root, span.start_char):
            return
        if owner is not None and owner.kind == "igo":
            # "diplomats from the Group of Seven": the body acts through its people.
            self.add(span, replace(owner, text=span.text, labels=[], mentions=[]))
            return
        home = phrase.sector in home_sectors()
        # "the diplomats urged Russia": not Russia's; "governments" are several states'
        away = head in abroad_nouns() or of_several_states(phrase.title, own_words(phrase))
        # ``own``: the country the phrase, its sentence or a group met before gives, not
        # the story's focus
        own = phrase.country or (owner.country if owner else None) or (
            None if away or phrase.ambiguous or home
            else self.place_country(root, clause=group_at_home(root, phrase.sector))
            or (self.sentence_country(root, phrase.sector, span)
                if group_at_home(root, phrase.sector) else None)
            or self.same_group_before(first, root, span.start_char))
        country = own or (
            None if away or phrase.ambiguous else self.focus if home
            else self.focus_for(root, phrase.sector))
        if head in PERSON_NOUNS and definite:
            key = role_key(self.with_of_phrase(span, root))
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
                person = self.counterpart(root, country, roles)
            if self.as_person(span, person):
                return
        self.add(span, to_actor(phrase, country))


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


def find_actors(doc: Any, date: str | None = None, actor_files: tuple[str, ...] = ()
                ) -> list[Actor]:
    """Every actor of a parsed article, with its mentions and labels, in order of first mention.

    Args:
        doc: the spaCy ``Doc`` of the article body.
        date: the publication date (ISO), to pick a known person's office.
        actor_files: user actor files (JSON Lines).
    """
    return ArticleActors(doc, date[:10] if date else None, actor_files).run()

