"""The ``actors`` stage: find every political actor in an article and resolve it.

Mentions come from the spaCy parse (:mod:`.article`): named entities and noun
phrases headed by a sector noun, resolved from the tables (:mod:`.phrase`),
people clustered across spellings (:mod:`.people`) with the roles the article
gives them, and labels read by :mod:`.labels`.

Public API used by other stages: :func:`actor_at`, :func:`actor_ref`, :func:`resolve`
(:func:`load_tables` builds the large tables it reads ahead of time).

>>> a = resolve("Chile's Defense Ministry")
>>> (a.country, a.sector)
('CHL', 'GOV')
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from ...doc_index import token_chars
from ...model import Actor, Article
from ...pipeline import stage
from ...settings import Settings
from ..nlp import lemma, token_at
from ..quotes.marks import inside_quote
from . import READS, VERSION, WRITES
from .article import find_actors
from .followers import followers
from .gender import gender_of, given_name_gender
from .homes import (
    at_home,
    of_stateless_body,
    own_words,
    places_its_sentence,
    takes_sentence_country,
)
from .lexicon import names, person_verbs, scan_lengths
from .people import known_people
from .phrase import (
    analyse,
    as_written,
    for_country,
    head_noun,
    refers_back,
    to_actor,
)
from .states import of_several_states
from .surnames import by_surname

__all__ = ["actor_at", "actor_ref", "actors", "find_actors", "load_tables", "resolve",
           "unknown_subject", "continued_subject", "pronoun_fits"]


def _context_country(context: str | None, exclude: set[str]) -> str | None:
    """The one country a context sentence names (None when it names several).

    A name two countries share ("Punjab", "Georgia", "Dominican") names the one of them
    the sentence names otherwise ("Punjab police arrested ten men in Lahore, Pakistan"),
    else an unknown country: "The Dominican president ordered deportations to Haiti"
    names two countries, not Haiti alone.

    >>> _context_country("The Dominican president ordered deportations to Haiti.", set())
    >>> _context_country("Punjab police arrested ten men in Lahore, Pakistan.", set())
    'PAK'
    """
    if not context:
        return None
    counts: Counter[str] = Counter()
    shared: list[set[str]] = []
    for hit in analyse(context).hits:
        entry = hit.entries[0] if hit.entries else None
        if entry is None or not entry.country or entry.country in exclude \
                or not places_its_sentence(entry.sector):
            continue  # "Survivors told VOA the attackers ...": not the outlet's country
        choices = {e.country for e in hit.entries if e.kind == "country" and e.country}
        if len(choices) > 1:
            shared.append(choices)
        else:
            counts[entry.country] += 1
    if len(counts) != 1 or any(not choices & counts.keys() for choices in shared):
        return None
    return next(iter(counts))


def load_tables(actor_files: tuple[str, ...] = ()) -> None:
    """Build the name index and the known people (the tables :func:`resolve` reads that
    are built with the collector paused, :func:`storyline.resources.lasting`), so that a
    caller can freeze them before its work (:func:`storyline.resources.loading`)."""
    names(actor_files)
    scan_lengths(actor_files)
    known_people(actor_files)


def resolve(text: str, context: str | None = None, date: str | None = None,
            actor_files: tuple[str, ...] = ()) -> Actor | None:
    """Resolve a bare string to an actor from the tables, without spaCy.

    Args:
        text: the actor's words ("Iraqi police", "President Mugabe", "the UN").
        context: the sentence around it; the one country it names (not an outlet's: "told
            VOA") fills a missing one, as the sentence does in an article, but not for a
            group :func:`.homes.takes_sentence_country` keeps from it (migrants, analysts,
            diplomats), and picks among the known people of a bare surname
            (:func:`.surnames.by_surname`).
        date: ISO date the text speaks of, to pick a known person's office.
        actor_files: user actor files (JSON Lines) to consult first.

    >>> a = resolve("Russian Foreign Minister Sergei Lavrov")
    >>> (a.id, a.country, a.sector)
    ('sergei_lavrov', 'RUS', 'GOV')
    >>> resolve("a cat named Frank") is None
    True
    """
    day = date[:10] if date else None
    # "Small and local rights groups" opening their sentence name no person "Small".
    phrase = as_written(analyse(text, day, actor_files),
                        context is not None and context.lstrip().startswith(text.strip()),
                        lambda words: analyse(words, day, actor_files))
    follows, group = followers(phrase, lambda words: analyse(words, day, actor_files))
    if follows:
        return group  # "Assad loyalists" are not Assad (:mod:`.followers`)
    if refers_back(phrase):
        # "The court regrets the decision of Kenya" (the ICJ), "The Council must be clear,
        # the U.S. statement said", "Nebenzia dismissed the panel of experts", "the agency":
        # the body the noun refers back to is the article's to say, neither the sentence's
        # country nor the noun's sector (VOA training, five stories: the ICJ a court, the
        # Security Council and the IAEA governments, a UN panel experts)
        return None
    fallback = _context_country(context, set()) if context else None
    phrase = for_country(phrase, fallback)  # "Punjab police" of a sentence on Pakistan
    if phrase.country or phrase.ambiguous or not (phrase.sector or phrase.person or phrase.body) \
            or of_stateless_body(phrase) or of_several_states(phrase.title, own_words(phrase)) \
            or not (
                phrase.person or phrase.body or takes_sentence_country(phrase.sector,
                                                                       head_noun(phrase))
                and at_home(phrase.sector, own_words(phrase))):
        # migrants, analysts, diplomats take no country from their sentence, nor NGOs no
        # home word places ("Rights groups accused Russia"), nor several states' bodies
        # ("governments"), as in an article
        fallback = None
    phrase = by_surname(phrase, fallback, day, actor_files)
    if fallback and (phrase.person or phrase.body) and not phrase.person_entry \
            and not phrase.country and phrase.sector != "IGO":
        # a name no table knows, a person's or an acronym's ("KIA" fighters in Myanmar)
        phrase = replace(phrase, country=fallback)
    return to_actor(phrase, fallback)


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
    index = _mention_index(article.actors)
    best: Actor | None = None
    best_key: tuple[int, int, int] = (0, 0, 0)
    lo = bisect_right(index.starts, start - index.longest)
    for k in range(lo, bisect_left(index.starts, end)):
        m_start, m_end, order, actor = index.rows[k]
        overlap = min(end, m_end) - max(start, m_start)
        if overlap <= 0:
            continue
        # more overlap, then the tighter mention, then the first actor listed
        key = (overlap, -(m_end - m_start), -order)
        if best is None or key > best_key:
            best, best_key = actor, key
    return best


def unknown_subject(article: Article, doc: Any, mention: tuple[int, int], before: int,
                     offset: int) -> bool:
    """True when a main clause between the ``mention`` of the person a pronoun at ``before``
    would stand for and the pronoun (offsets in ``doc``), or the phrase around that
    mention, has for its subject a person's name no actor of the article holds: two or
    more capitalised proper nouns that the text presents as a person (:func:`_as_person`:
    "*Nop Vy*, the association's executive director, told VOA ...", "*Chalida
    Tajaroensuk*, who heads Thailand's People's Empowerment Foundation, echoed their
    concerns"). A reader takes the "he" or "she" that follows for that person; the last
    person the actors stage knows is someone else (VOA training stories 7836916 and
    8006723: misleading rows of audit rounds 13 and 18). Names of no person ("Wall Street
    fell", "Human Rights Day passed") and subjects of a subordinate clause ("... said
    that Kem Ley had died", "... as the Water Festival began") leave the pronoun alone."""
    starts, _ends = token_chars(doc)
    first = bisect_left(starts, mention[0])
    for t in doc[doc[first].sent.start if first < len(doc) else first:
                 bisect_left(starts, before)]:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" \
                or t.head.pos_ not in ("VERB", "AUX") or t.head.dep_ not in ("ROOT", "conj") \
                or t.ent_type_ in ("GPE", "NORP", "LOC", "FAC") and not _who_clause(t):
            continue  # a place's name, unless "who" follows ("A Qiang, who used to ...")
        name = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [t]
        if len(name) < 2 or not all(w.is_title for w in name) or not _as_person(t):
            continue
        around = t.left_edge.idx <= mention[0] and mention[1] <= t.right_edge.idx + len(
            t.right_edge.text)
        if (t.idx >= mention[1] or around) and actor_at(
                article, name[0].idx + offset, t.idx + len(t.text) + offset) is None:
            return True
    return False


def pronoun_fits(article: Article, actor: Actor, want: str | None, doc: Any) -> bool:
    """Whether a pronoun of gender ``want`` can stand for ``actor``: a person of that
    gender or of none known for ``m``/``f``, anything but a person for ``p``/``n``."""
    person = actor.kind == "person"
    if want in ("m", "f"):
        return person and gender_of(article, actor, doc) in (want, None)
    return want in ("p", "n") and not person


#: How many sentences before a "he"/"she" speaker's own the subject it continues is looked for.
SUBJECT_SENTENCES = 2


def _main_subject(sent: Any) -> Any:
    """The head word of the subject of ``sent``'s main clause (its root or a verb joined to
    the root); None without one. The head as the parse gives it: the last word of a name
    ("Fishman" of "Dan Fishman")."""
    for tok in sent:
        verb = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and (verb.dep_ == "ROOT" or verb.dep_ == "conj"
                                                    and verb.head.dep_ == "ROOT"):
            return tok
    return None


def _names_fit(article: Article, doc: Any, words: Any, want: str) -> bool:
    """Whether ``words`` name a person actor a pronoun of gender ``want`` can stand for."""
    for t in words:
        if t.pos_ == "PROPN":
            actor = actor_at(article, t.idx, t.idx + len(t.text))
            if actor is not None and actor.kind == "person" \
                    and pronoun_fits(article, actor, want, doc):
                return True
    return False


def continued_subject(article: Article, doc: Any, offset: int, want: str,
                      quoted: tuple[tuple[int, int], ...]) -> tuple[bool, Actor | None]:
    """The person a "he"/"she" speaker at ``offset`` continues: the subject of the main
    clause of the sentences just before its own ("Nenad Stevandic, ... a close ally of
    Dodik, denounced ... \"...,\" he said": Stevandic, not Dodik), skipping those whose
    subject is no name (the same pronoun, "He also said ...", or a noun) and that name no
    one who fits and hold no quote (``quoted``: the quote's speaker is the one a pronoun
    after it continues, ``previous`` in :func:`speaker_actor`).

    Returns whether a subject settles it, and the actor: a person actor who fits; None
    for a person the text names (a PERSON name whose given name is not of the other
    gender) who is no actor, since the nearest actor would then be a guess. Not settled
    when the pronoun's own sentence names one who fits before it ("with McCain telling
    reporters he ...") or a sentence passed over does, nor by a person actor of the
    other gender, by the text or, when the text says nothing, by the given name.
    """
    tok = token_at(doc, offset)
    # a name inside a quote ('"We owe a lot to Mr. Biden," he said') is not one the pronoun
    # after it could stand for
    if tok is None or _names_fit(article, doc, [t for t in doc[tok.sent.start : tok.i]
                                                if not inside_quote(doc, t.idx)], want):
        return False, None
    sent = tok.sent
    for _ in range(SUBJECT_SENTENCES):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        subj = _main_subject(sent)
        if subj is not None and subj.pos_ == "PROPN" and not any(
                a <= subj.idx < b for a, b in quoted):
            actor = actor_at(article, subj.idx, subj.idx + len(subj.text))
            if actor is not None and actor.kind == "person":
                fits = pronoun_fits(article, actor, want, doc) and given_name_gender(
                    actor.name) in (want, None) or gender_of(article, actor, doc) == want
                return (True, actor) if fits else (False, None)
            name = next((e.text for e in sent.ents if e.start <= subj.i < e.end
                         and e.label_ == "PERSON"), None)
            if actor is None and name is not None and given_name_gender(name) in (want, None):
                return True, None  # a person named who is no actor: the pronoun is theirs
        if any(a < sent.end_char and sent.start_char < b for a, b in quoted) \
                or _names_fit(article, doc, sent, want):
            return False, None
    return False, None


def _as_person(name: Any) -> bool:
    """Whether the text presents the subject ``name`` (a token) as a person: its verb is
    one of saying or thinking (:func:`.lexicon.person_verbs`), or the name has an
    appositive ("Nop Vy, *the association's executive director*") or a "who" clause."""
    return lemma(name.head) in person_verbs() or _who_clause(name) or any(
        c.dep_ == "appos" for c in name.children)


def _who_clause(name: Any) -> bool:
    """Whether the token ``name`` has a relative clause of "who" ("Chalida Tajaroensuk,
    *who heads* ...")."""
    return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose")
                                         for w in c.children) for c in name.children)


@dataclass(frozen=True)
class _MentionIndex:
    """An article's actor mentions sorted by start, for :func:`actor_at`."""

    actors: list[Actor]
    size: int
    starts: list[int]
    rows: list[tuple[int, int, int, Actor]]
    longest: int


_last_index: list[_MentionIndex] = []


def _mention_index(actors: list[Actor]) -> _MentionIndex:
    """The index of ``actors``' mentions, built once per list of actors (the last one kept:
    a stage asks about one article's actors many times in a row)."""
    if _last_index and _last_index[0].actors is actors and _last_index[0].size == len(actors):
        return _last_index[0]
    rows = sorted((s, e, order, actor) for order, (actor, (s, e)) in enumerate(
        (actor, m) for actor in actors for m in actor.mentions))
    index = _MentionIndex(actors, len(actors), [r[0] for r in rows], rows,
                          max((e - s for s, e, _, _ in rows), default=0))
    _last_index[:] = [index]
    return index


def _load(settings: Settings) -> None:
    load_tables(settings.actor_files)


@stage(reads=READS, writes=WRITES, version=VERSION, load=_load)
def actors(article: Article, settings: Settings) -> Article:
    """Fill ``article.actors`` from the parse (nothing for languages not analysed)."""
    if article._doc is None:
        article.actors = []
        return article
    article.actors = find_actors(article._doc, article.published, settings.actor_files)
    return article
