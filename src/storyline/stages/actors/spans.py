"""The words of a name: the spans the tagger gives, cut or grown to the actor they name.

The tagger's entities are often a word too long or too short for the actor: a leading
"the", a trailing possessive or an earlier line (:func:`trim`), a surname cut off
(:func:`extend_person`), a title or a capital glued to a person's name
(:func:`without_title`, :func:`without_place`), a body's owner left out
(:func:`with_country_owner`, :func:`owned_body`), a long body's name cut in pieces
(:func:`known_bodies`). :class:`.article.ArticleActors` reads each entity through these.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Any

from spacy.tokens import Span

from ...doc_index import doc_text, lowers, per_doc_table, sentence_of
from ...text_index import line_span, title_cased
from .lexicon import fold, names, sector_words
from .phrase import analyse


@per_doc_table
def _line_breaks(doc: Any) -> list[int]:
    """The offsets of the words of ``doc`` that hold a line break, in order."""
    return [i for i, word in enumerate(lowers(doc)) if "\n" in word]


def trim(span: Any) -> Any:
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


def extend_person(ent: Any, taken: set[int]) -> Any:
    """A PERSON entity with the proper nouns the tagger cut off ("Ine Eriksen" + "Søreide")."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and name_part(doc[end], taken) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return doc[ent.start:end]


#: Entity labels the tagger gives names it does not know for people ("Jaiswal": PRODUCT).
MISSED_NAME_LABELS = frozenset({"", "PRODUCT", "WORK_OF_ART", "PERSON"})


def name_part(token: Any, taken: set[int], labels: frozenset[str] = frozenset({""})) -> bool:
    """Whether a token the tagger left out of a name (or gave one of ``labels``) can still
    be part of it."""
    key = fold(token.text)
    return (token.i not in taken and token.pos_ == "PROPN" and token.ent_type_ in labels
            and token.is_alpha and token.is_title
            and not any(e.kind != "person" for e in names().get((key,), ()))
            and sector_words().get((key,)) is None)


def lower_case_name(ent: Any, date: str | None, actor_files: tuple[str, ...]) -> bool:
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


def known_bodies(doc: Any) -> list[Any]:
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


def title_before(span: Any) -> Any | None:
    """The sector words right before a name in its sentence ("*Defence Minister* X"), or
    None."""
    start, first = span.start, sentence_of(span.doc, span.start)[0]
    while start > first and sector_words().get((fold(span.doc[start - 1].text),)):
        start -= 1
    return span.doc[start:span.start] if start < span.start else None


def without_title(span: Any) -> Any:
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


def owned_body(span: Any) -> Any | None:
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


def with_country_owner(span: Any) -> Any:
    """A body's name with the country that owns it, which the tagger left out of it
    ("*Venezuela's* National Assembly", "*Kenya's* Supreme Court"): an explicit country
    in the phrase wins over the country the article is about.

    >>> from storyline import resources
    >>> doc = resources.nlp()("A delegation from Venezuela's National Assembly arrived.")
    >>> with_country_owner(next(e for e in doc.ents if e.label_ == "ORG")).text
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


def without_place(span: Any) -> Any:
    """A personal name without a country or capital the tagger glued to its end
    ("Trump, Erdogan *Ankara* will ..."): a place ends no one's name.

    >>> from storyline import resources
    >>> doc = resources.nlp()("Erdogan Ankara will look to Washington.")
    >>> without_place(doc[0:2]).text
    'Erdogan'
    """
    while len(span) > 1:
        entries = names().get((fold(span[-1].text),), ())
        if not entries or any(e.kind != "country" or e.role not in ("name", "capital")
                              for e in entries):
            break
        span = span[:-1]
    return span


def title_cased_line(span: Any) -> bool:
    """Whether the span sits in a line in Title Case (a headline: :func:`title_cased`).

    >>> from storyline import resources
    >>> doc = resources.nlp()("We Are Returning to the Doctrine of Backyard\\nHe said no.")
    >>> title_cased_line(doc[7:8]), title_cased_line(doc[9:10])
    (True, False)
    """
    text = doc_text(span.doc)
    start, end = line_span(text, span.start_char)
    return title_cased(text[start:end])
