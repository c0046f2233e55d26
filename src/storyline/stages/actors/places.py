"""Where a group of an article is from: the country a place, its sentence, the story or
the group's other mentions give it.

:class:`Placing` holds the passes that place a group noun without a country word:
the place it is in or comes from ("protesters *in Caracas*", "*In Caracas*, protesters
clashed"), never where it goes ("crossed into Texas"); else the one country the other
actors of its sentence name; else, for civilians and NGOs, the story's country where it
holds two thirds of the country mentions; and, at the end, the country the story's other
mentions of the same noun are placed in. A named body with no country word takes the
speaker's or the story's (:meth:`Placing.body_country`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...doc_index import doc_text, ent_at
from .homes import at_home, from_elsewhere, places_its_sentence, takes_sentence_country
from .lexicon import abroad_words, fold, home_sectors, place_nouns, story_sectors
from .mentions import Mention, head_key, root_at
from .reading import ArticleReading

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


def group_at_home(token: Any, sector: str | None) -> bool:
    """Whether a group of ``sector`` may take a country its own words do not name: any
    sector but one of ``home_words`` (NGOs, who speak of a country from abroad as often as
    from it), which needs one of its words among the group's own modifiers ("*Local* rights
    groups condemned the raid by Nigerian police"; not "Rights groups accused Russia")."""
    return at_home(sector, {t.lower_ for t in modifiers(token)})


def modifiers(head: Any) -> list[Any]:
    """A noun's own modifiers left of it: adjectives and nouns before it, theirs, and
    their conjuncts ("*Local* rights groups", "*local and international* groups"), not the
    words of a clause after it ("a watchdog that trains *local* journalists")."""
    found = []
    for child in head.lefts:
        if child.dep_ in ("amod", "compound"):
            found += [child, *modifiers(child)]
    for child in head.rights:
        if child.dep_ == "conj" and head.dep_ in ("amod", "compound"):
            found += [child, *modifiers(child)]
    return found


class Placing(ArticleReading):
    """The passes that give a group the country it is from; see the module docstring."""

    def body_country(self, token: Any, sector: str | None) -> str | None:
        """The country of a named body without a country word: the speaker's, when a
        person of known country and of the body's sector speaks of it ("Søreide said
        that the Foreign Ministry ..."), else the article's focus; a group outside the
        state's sectors ("Protesters" the tagger took for a name) only the place it is in."""
        speaker = self.subject_person(token, through_clause=True)
        if speaker is not None and speaker.country and speaker.sector == sector:
            return speaker.country
        if sector is not None and sector not in home_sectors():
            return self.place_country(token)
        return self.focus

    def place_country(self, root: Any, clause: bool = True) -> str | None:
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

    def _place_before(self, offset: int) -> str | None:
        """The country of the place named last before ``offset`` ("a bomb killed 11 miners
        in *the city*" after Quetta was named)."""
        places = [m for m in self.mentions if m.end <= offset and m.actor is not None
                  and m.actor.kind == "country" and m.actor.country]
        return max(places, key=lambda m: m.start).actor.country if places else None

    def _destination(self, mention: Mention) -> bool:
        """Whether a place is where one goes ("crossed *into Texas*", "fled to *Chad*"; but
        not "a victory *for Sudan*")."""
        root = root_at(self.doc, mention)
        return root.dep_ == "pobj" and root.head.lower_ in _DESTINATION \
            and root.head.head.pos_ in ("VERB", "AUX")

    def sentence_country(self, token: Any, sector: str | None, own: Any = None) -> str | None:
        """The one country the sentence of a group names by its other actors, people, bodies
        and places ("*Kenyan* authorities have banned civilians from ...", "*The C.A.R* is
        pleading with civilians"), but not a place one goes to ("marched *into Texas*") nor
        the outlet the story is told to ("survivors told *VOA* the attackers ...");
        none when it names several or none, and none for a group
        :func:`.homes.takes_sentence_country` keeps from it (displaced people, people
        acting abroad)."""
        if not takes_sentence_country(sector, head_key(token.lower_)):
            return None
        found = set()
        for m in self.in_sentence(token):
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

    def focus_for(self, token: Any, sector: str | None) -> str | None:
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
        if {t.lower_ for t in token.subtree} & abroad_words() or not group_at_home(token, sector):
            return None
        if any(m.actor is not None and self._destination(m) for m in self.in_sentence(token)):
            return None
        return self.sole_focus

    def same_group_before(self, first: Any, root: Any, start: int) -> str | None:
        """The country of the group "the" or "these" plus a plural noun refers back to: the
        nearest placed mention before it with the same noun in the same paragraph
        ("at least 2,400 people" in Myanmar ... "these people")."""
        if first.lower_ not in ("the", "these", "those") or root.tag_ != "NNS":
            return None
        noun = head_key(root.lower_)
        para = doc_text(self.doc).rfind("\n\n", 0, start)
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if para < m.start < start and m.actor is not None and m.actor.country \
                    and m.actor.kind == "group" \
                    and noun in (head_key(w) for w in m.text.lower().split()):
                return m.actor.country
        return None

    def place_groups_by_noun(self) -> None:
        """An unplaced group takes the country the story's other mentions of its noun and
        sector are placed in, when they name one country: the hostages a story placed in
        Pakistan ("taking many hostages" in Balochistan) are those it counts later ("over
        200 hostages"), its journalists those it placed in Zimbabwe. Not people who
        come from elsewhere or act away from home (:func:`.homes.from_elsewhere`), nor a
        group a story places in two countries."""
        unplaced: list[tuple[Mention, str]] = []
        placed: dict[tuple[str, str], set[str]] = {}
        for m in self.mentions:
            actor = m.actor
            if actor is None or actor.kind != "group" or actor.sector in (None, "IGO"):
                continue
            noun = head_key(root_at(self.doc, m).lower_)
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
