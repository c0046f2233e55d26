"""What a noun of an article stands for beyond its own words: the name an acronym or a
definite noun refers back to, and the body a group noun belongs to.

:class:`References` holds these passes: an acronym the article gives a name is that
name's actor wherever it stands (:mod:`.acronyms`); "the court", "the group", "the
nation" are the named body or country they refer back to, unless another body they fit
was named close before (:func:`_unrivalled`); "diplomats *from the G7*", "*its* officials",
"*ECOWAS* security chiefs" belong to the body or country named there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ...doc_index import doc_text, sentence_of
from ...model import Actor
from .acronyms import aliases, within
from .lexicon import (
    back_references,
    fold,
    region_members,
    regions,
    reporting_sectors,
    singular,
    telling_verbs,
    tokenize,
)
from .mentions import Mention, root_at
from .phrase import to_actor
from .reading import ArticleReading
from .spans import trim

#: Dependencies of a noun phrase that describe rather than refer ("proclaimed himself
#: interim president", "he is the president").
PREDICATIVE = frozenset({"attr", "oprd", "acomp"})
#: Ids of actors named by country and sector only ("AFG.REB", "CVL"), not by a name.
_GENERIC_ID = re.compile(r"[A-Z]{3}(\.[A-Z]{3})?")
#: How far back (characters) another body the description fits makes "the NOUN" ambiguous.
RIVAL_REACH = 400


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


def _as_alias(actor: Actor, alias: Mention) -> Actor:
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


class References(ArticleReading):
    """The passes that read a noun as the name or body it refers to; see the module
    docstring."""

    def acronyms(self) -> list[tuple[int, int, Mention]]:
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
                self.mentions.append(Mention(start, end, text[start:end], actor=of.actor,
                                              person=of.person))
        return uses

    def wider_than_acronyms(self, uses: list[tuple[int, int, Mention]]) -> None:
        """A mention an acronym's use leads or heads ("BLA fighters") is that name's actor
        (:func:`_as_alias`)."""
        text = doc_text(self.doc)
        for start, end, of in uses:
            for m in self.mentions:
                if (m.start, m.end) != (start, end) and m.person is None \
                        and m.actor is not None and within(text, m.start, m.end, (start, end)):
                    m.actor = _as_alias(m.actor, of)

    def refers_back(self, chunk: Any, noun: str) -> bool:
        """Whether a definite noun alone was read as the named body or the country it
        refers back to (:meth:`_named_body`): "the court", "This group", "the agency",
        "the country", "the impoverished nation", "the Southeast Asian nation" (the one
        country of the region named before: :func:`_region_countries`); not "*a* country",
        nor one a verb says something is ("is the group"), nor a name ("the United
        Nations"), nor several ("the three military-led nations", "the two groups": never
        the one named last)."""
        span = trim(chunk)
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
        return self.refer_back(span, noun, within)

    def refer_back(self, span: Any, noun: str | None = None,
                    within: frozenset[str] | None = None) -> bool:
        """Add ``span`` ("the court", "The Council") as the named body it refers back to,
        if any (:meth:`_named_body`; a country among ``within``, where given)."""
        body = self._named_body(span.start_char, noun or singular(fold(span.text)), within)
        if body is not None:
            name = body.name or re.sub(r"^(?:the|this)\s+", "", span.text, flags=re.I)
            self.add(span, replace(body, name=name, text=span.text, labels=[], mentions=[]))
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

    def _told_to(self, mention: Mention) -> bool:
        """Whether an outlet is the one someone tells ("told *VOA*", "spoke to *VOA*")."""
        if mention.actor is None or mention.actor.sector not in reporting_sectors():
            return False
        root = root_at(self.doc, mention)
        verb = root.head
        if root.dep_ == "pobj" and verb.lower_ in ("to", "with"):
            verb = verb.head
        elif root.dep_ not in ("dobj", "dative"):
            return False
        return verb.lemma_ in telling_verbs()

    def owner(self, root: Any) -> Actor | None:
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

    def possessor(self, root: Any) -> Actor | None:
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
                    and root_at(self.doc, m).dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return None
        nearest = max(subjects, key=lambda m: m.start)
        found = nearest.actor
        if found is None or nearest.person is not None:
            return None
        return found if found.country or found.kind == "igo" else None

    def body_before(self, chunk: Any) -> Actor | None:
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
