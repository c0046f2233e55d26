"""The ``actors`` stage: find every political actor in an article and resolve it.

Mentions come from the spaCy parse: named entities (people, organisations,
places, nationalities) and noun phrases headed by a sector noun ("the Venezuelan
authorities", "opposition representatives", "his armed forces"). Each is resolved
from the tables (:mod:`.actor_phrase`); people are clustered across spellings
(:mod:`.actor_people`) and take their country and sector from what the article
says about them ("Russian Foreign Minister Sergei Lavrov") before the built-in
table; a role alone ("the Venezuelan Foreign Minister") resolves to the person the
article gave that role. Generic actors with no country take the article's focus
country (the one it mentions most).

Public API used by other stages: :func:`actor_at`, :func:`actor_ref`, :func:`resolve`.

>>> a = resolve("Chile's Defense Ministry")
>>> (a.country, a.sector)
('CHL', 'GOV')
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..model import Actor, Article
from ..pipeline import stage
from ..settings import Settings
from .actor_labels import appositives, clean_label, labels_for, title_span
from .actor_lexicon import fold, slug, tokenize
from .actor_people import People, Person
from .actor_phrase import FUNCTION_WORDS, PERSON_NOUNS, Phrase, analyse, person_role

__all__ = ["actor_at", "actor_ref", "actors", "resolve"]

#: spaCy entity labels read as candidate actors.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
#: Nouns too vague to be an actor without a country or sector word beside them.
VAGUE = frozenset(
    "people person man men woman women child children family families public community "
    "society group local locals national nationals state force forces market board side camp "
    "party member members source sources team unit body office agency organization service "
    "general major captain officer staff press media government".split()
)


def _text_date(date: str | None) -> str | None:
    return date[:10] if date else None


def _context_country(context: str | None) -> str | None:
    if not context:
        return None
    counts: Counter[str] = Counter()
    for hit in analyse(context).hits:
        for entry in hit.entries[:1]:
            if entry.country and entry.kind in ("country", "org", "group", "person"):
                counts[entry.country] += 1
    return counts.most_common(1)[0][0] if counts else None


def _generic_name(text: str) -> str:
    words = text.split()
    while words and fold(words[0]) in FUNCTION_WORDS:
        words = words[1:]
    return " ".join(words) or text


def actor_from_phrase(phrase: Phrase, fallback_country: str | None = None) -> Actor | None:
    """The actor a resolved phrase names, or None when the tables know nothing of it.

    >>> actor_from_phrase(analyse("Moscow")).id
    'RUS.GOV'
    """
    text = phrase.text.strip()
    entity = phrase.entity
    if entity is not None and entity.kind != "person":
        if entity.kind == "country":
            ident = entity.country if entity.sector is None else f"{entity.country}.{entity.sector}"
            return Actor(ident or entity.id, entity.name, "country", entity.country,
                         entity.sector, text)
        return Actor(entity.id, entity.name, entity.kind, entity.country, entity.sector, text)
    if phrase.person_entry is not None:
        e = phrase.person_entry
        return Actor(e.id, e.name, "person", phrase.country or e.country, phrase.sector, text)
    if phrase.person:
        if not (phrase.country or phrase.sector):
            return None
        return Actor(slug(phrase.person), phrase.person, "person", phrase.country,
                     phrase.sector, text)
    if not (phrase.country or phrase.sector):
        return None
    country = phrase.country or (fallback_country if phrase.sector else None)
    ident = ".".join(x for x in (country, phrase.sector) if x)
    return Actor(ident, _generic_name(text), phrase.kind or "group", country, phrase.sector, text)


def resolve(text: str, context: str | None = None, date: str | None = None,
            actor_files: tuple[str, ...] = ()) -> Actor | None:
    """Resolve a bare string to an actor from the tables, without spaCy.

    Args:
        text: the actor's words ("Iraqi police", "President Mugabe", "the UN").
        context: the sentence around it; its country fills a missing one.
        date: ISO date the text speaks of, to pick a known person's office.
        actor_files: user actor files (JSON Lines) to consult first.

    >>> a = resolve("Russian Foreign Minister Sergei Lavrov")
    >>> (a.id, a.country, a.sector)
    ('sergei_lavrov', 'RUS', 'GOV')
    >>> resolve("a cat named Frank") is None
    True
    """
    phrase = analyse(text, _text_date(date), actor_files)
    return actor_from_phrase(phrase, _context_country(context))


def actor_ref(actor: Actor, text: str | None = None) -> dict[str, Any]:
    """The compact form of an actor embedded in events and quotes.

    >>> actor_ref(Actor("VEN.OPP", "opposition", "group", "VEN", "OPP", "the opposition"))["id"]
    'VEN.OPP'
    """
    return {"id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country,
            "sector": actor.sector, "text": text if text is not None else actor.text}


def actor_at(article: Article, start: int, end: int) -> Actor | None:
    """The actor with a mention overlapping ``[start, end)``, preferring the best cover.

    >>> art = Article(id="a", source="-", body="Maduro spoke.")
    >>> art.actors = [Actor("nicolas_maduro", "Nicolás Maduro", "person", mentions=[[0, 6]])]
    >>> actor_at(art, 0, 6).id, actor_at(art, 7, 12)
    ('nicolas_maduro', None)
    """
    best: Actor | None = None
    best_key: tuple[int, int] = (0, 0)
    for actor in article.actors:
        for m_start, m_end in actor.mentions:
            overlap = min(end, m_end) - max(start, m_start)
            if overlap <= 0:
                continue
            # More overlap first, then the tighter mention.
            key = (overlap, -(m_end - m_start))
            if best is None or key > best_key:
                best, best_key = actor, key
    return best


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    actor: Actor | None = None
    person: Person | None = None
    labels: list[str] = field(default_factory=list)


def _strip_possessive(span: Any) -> Any:
    while len(span) > 1 and (span[-1].tag_ == "POS" or span[-1].is_punct):
        span = span[:-1]
    while len(span) > 1 and (span[0].lower_ in {"the", "a", "an"} or span[0].is_punct):
        span = span[1:]
    return span


def _focus_country(ents: list[Any]) -> str | None:
    counts: Counter[str] = Counter()
    for ent in ents:
        if ent.label_ in ("GPE", "NORP"):
            entity = analyse(ent.text).entity
            if entity is not None and entity.kind == "country" and entity.country:
                counts[entity.country] += 1
    return counts.most_common(1)[0][0] if counts else None


def _learn_role(person: Person, phrase: Phrase, focus: str | None) -> None:
    if phrase.country and not person.country:
        person.country = phrase.country
    if phrase.sector and not person.sector:
        person.sector = phrase.sector
        person.title = phrase.title
        if not person.country and focus and phrase.sector != "IGO":
            person.country = focus


def find_actors(doc: Any, date: str | None = None, actor_files: tuple[str, ...] = ()
                ) -> list[Actor]:
    """Every actor of a parsed article, with its mentions and labels, in order of first mention.

    >>> from storyline import resources
    >>> doc = resources.nlp()("Russian Foreign Minister Sergei Lavrov met Maduro. Lavrov said no.")
    >>> [(a.id, a.country, a.sector, len(a.mentions)) for a in find_actors(doc)][:2]
    [('sergei_lavrov', 'RUS', 'GOV', 2), ('nicolas_maduro', 'VEN', 'GOV', 1)]
    """
    date = _text_date(date)
    ents = [e for e in doc.ents if e.label_ in ENTITY_LABELS]
    focus = _focus_country(ents)
    people = People()
    mentions: list[_Mention] = []
    covered: set[int] = set()

    for ent in ents:
        span = _strip_possessive(ent)
        phrase = analyse(span.text, date, actor_files)
        is_person = ent.label_ == "PERSON" and (phrase.entity is None
                                                 or phrase.entity.kind == "person")
        if is_person or (phrase.person_entry is not None and phrase.entity is not None):
            person = people.add(span.text)
            mention = _Mention(span.start_char, span.end_char, span.text, person=person,
                               labels=labels_for(span))
            for part in [title_span(span), *appositives(span)]:
                if part is not None:
                    _learn_role(person, analyse(part.text, date, actor_files), focus)
            if part_title := title_span(span):
                covered.update(range(part_title.start, part_title.end))
            mentions.append(mention)
            covered.update(range(span.start, span.end))
            continue
        actor = actor_from_phrase(phrase)
        if actor is None:
            continue
        if ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound", "nmod"):
            continue  # "Venezuelan" describing something else: read with its noun phrase
        mentions.append(_Mention(span.start_char, span.end_char, span.text, actor=actor))

    for person in people.people:
        if person.entry is not None:
            sector, title = person_role(person.entry, date)
            person.country = person.country or person.entry.country
            person.sector = person.sector or sector
            person.title = person.title or title

    roles = {(p.country, p.title): p for p in people.people if p.title}
    for chunk in doc.noun_chunks:
        if any(i in covered for i in range(chunk.start, chunk.end)):
            continue
        if chunk.root.ent_type_ in ("PERSON",):
            continue
        span = _strip_possessive(chunk)
        phrase = analyse(span.text, date, actor_files)
        if phrase.entity is not None or phrase.person or phrase.sector is None:
            continue
        head = fold(chunk.root.text)
        if head in VAGUE and not phrase.country and phrase.title in (None, head):
            continue
        label = clean_label(chunk)
        country = phrase.country or focus
        person = None
        if head in PERSON_NOUNS and phrase.title:
            person = roles.get((country, phrase.title)) or roles.get((None, phrase.title))
        if person is not None:
            labels = [label] if label and len(tokenize(label)) > 1 else []
            mentions.append(_Mention(span.start_char, span.end_char, span.text, person=person,
                                     labels=labels))
            continue
        actor = actor_from_phrase(phrase, focus)
        if actor is not None:
            mentions.append(_Mention(span.start_char, span.end_char, span.text, actor=actor))

    return _collect(sorted(mentions, key=lambda m: m.start))


def _person_actor(person: Person, text: str) -> Actor:
    return Actor(person.id, person.name, "person", person.country, person.sector, text)


def _collect(mentions: list[_Mention]) -> list[Actor]:
    by_id: dict[str, Actor] = {}
    for m in mentions:
        actor = _person_actor(m.person, m.text) if m.person is not None else m.actor
        if actor is None:
            continue
        have = by_id.get(actor.id)
        if have is None:
            have = by_id[actor.id] = actor
        if [m.start, m.end] not in have.mentions:
            have.mentions.append([m.start, m.end])
        for label in m.labels:
            if label not in have.labels:
                have.labels.append(label)
    return list(by_id.values())


@stage(reads=("body", "_doc"), writes=("actors",))
def actors(article: Article, settings: Settings) -> Article:
    """Fill ``article.actors`` from the parse (nothing for languages not analysed)."""
    if article._doc is None:
        article.actors = []
        return article
    article.actors = find_actors(article._doc, article.published, settings.actor_files)
    return article
