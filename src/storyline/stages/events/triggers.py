"""Find trigger words and phrases of the lexicon in a parsed sentence.

A :class:`Match` is one lexicon entry found at one place: its tokens, the
syntactic head among them, and the argument tokens a verb-argument entry
needed ("imposed *sanctions*"). Each token starts at most one match, the
most specific entry wins, and tokens a phrase covers start no other match.

>>> from storyline import resources
>>> sent = next(resources.nlp()("Police arrested twelve people.").sents)
>>> [(m.entry.type, m.head.text) for m in find_matches(sent, lexicon(()))]
[('COERCE', 'arrested')]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...doc_index import alphas, lemmas, lowers, per_doc_table, poses, tags
from .lexicon import POS_TAGS, Entry, Lexicon, lexicon
from .rules import SUBJECT_DEPS

__all__ = ["Match", "find_matches", "lexicon", "arguments"]

#: Parts of speech a trigger without a /V, /N or /A restriction may have.
OPEN_CLASS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})
#: Named-entity labels whose words are names, not triggers ("Human Rights Watch").
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW",
                         "EVENT", "PRODUCT", "LANGUAGE"})
#: Named-entity labels of times: "in March", "on Labor Day" name no act.
TIME_LABELS = frozenset({"DATE", "TIME"})
#: Dependencies of a word used as a modifier, not as a predicate ("protest-related").
MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod", "poss"})
#: Dependencies whose word is an argument of its head.
ARG_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative", "obj",
                      "acomp"})
#: Dependencies of what a trigger is done to: an entry that spares it (``>>``) reads none.
UNDERGOER_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


@dataclass(frozen=True)
class Match:
    """A lexicon entry found in a sentence."""

    entry: Entry
    head: Any  # spacy Token
    tokens: tuple[Any, ...]
    args: tuple[Any, ...] = ()

    @property
    def frame(self) -> str:
        return self.entry.frame

    @property
    def type(self) -> str | None:
        return self.entry.type


def _word_keys(lemma: str, low: str, pos: str, tag: str) -> tuple[str, ...]:
    """The lexicon keys of a word of lemma ``lemma`` (lower-cased), lower-case form
    ``low``, part of speech ``pos`` and tag ``tag``."""
    if pos == "PROPN" and low.endswith("s") and len(low) > 3:
        # A capitalised common noun ("Talks collapse") is tagged as a name, unlemmatised.
        return (lemma, low, low[:-1])
    if tag in ("VBD", "VBN") and low.endswith("ed") and not lemma.endswith("e"):
        # The lemmatiser may cut a past form too short ("staged" -> "stag"): try "stage".
        return (lemma, low, low[:-1])
    return (lemma,) if lemma == low else (lemma, low)


@per_doc_table
def _doc_keys(doc: Any) -> list[tuple[str, ...]]:
    """The lexicon keys of every word of ``doc``, found once per Doc off its arrays (the
    trigger search, the mode search and each entry tried ask them of the same words)."""
    return [_word_keys(lem.lower(), low, pos, tag) for lem, low, pos, tag
            in zip(lemmas(doc), lowers(doc), poses(doc), tags(doc), strict=True)]


def _keys(tok: Any) -> tuple[str, ...]:
    """The lexicon keys of a word."""
    return _doc_keys(tok.doc)[tok.i]


def _word_ok(tok: Any, word: str) -> bool:
    return word in _keys(tok)


def arguments(head: Any) -> list[Any]:
    """The argument tokens of ``head``: objects, subjects, and nouns of its prepositions.

    >>> from storyline import resources
    >>> doc = resources.nlp()("Russia sent humanitarian aid to Venezuela.")
    >>> [t.text for t in arguments(doc[1])]
    ['Russia', 'aid', 'Venezuela']
    """
    out = []
    for c in head.children:
        if c.dep_ in ARG_DEPS:
            out.append(c)
        elif c.dep_ in ("prep", "agent", "prt"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _entry_arguments(entry: Entry, head: Any) -> list[Any]:
    """The arguments of ``head`` an entry may read: all of them (:func:`arguments`), but
    what the trigger is done to when the entry spares it ("snipers killed *suicide
    bombers*": the killed are no means)."""
    found = arguments(head)
    if entry.spares_undergoer:
        found = [a for a in found if a.dep_ not in UNDERGOER_DEPS]
    return found


def _carrier_noun(tok: Any, lex: Lexicon) -> bool:
    """True for a noun that carries the event named by its modifier ("mediation *effort*")."""
    return tok.pos_ == "NOUN" and any(
        e.frame in ("pass", "light") for k in _keys(tok) for e in lex.single.get(k, ()))


def _syntactic_head(tokens: tuple[Any, ...]) -> Any:
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[0]


def _with_compounds(tokens: list[Any]) -> list[Any]:
    return [*tokens, *(c for t in tokens for c in t.children if c.dep_ == "compound")]


def _try(entry: Entry, sent: Any, i: int, lex: Lexicon) -> Match | None:
    n = len(entry.words)
    if i + n > sent.end:
        return None
    doc = sent.doc
    keys = _doc_keys(doc)
    if not all(w in keys[i + k] for k, w in enumerate(entry.words)):
        return None  # read off the keys before any Token is made: most entries tried fail
    tokens = tuple(doc[i + k] for k in range(n))
    head = _syntactic_head(tokens)
    allowed = POS_TAGS[entry.pos] if entry.pos else OPEN_CLASS
    if head.pos_ not in allowed and not (n > 1 and entry.pos is None):
        return None
    if n == 1 and head.ent_type_ in NAME_LABELS | TIME_LABELS:
        return None
    if n == 1 and head.dep_ in MODIFIER_DEPS and not _carrier_noun(head.head, lex):
        return None
    if not entry.args:
        return Match(entry, head, tokens)
    if entry.type is None:
        # A sense that is no event ("met with criticism", "released a report") is read in
        # what the trigger is done to, never its subject nor a noun further down ("Security
        # forces threatened the protesters", "released hostages as part of the plan").
        found = tuple(a for t in tokens for a in arguments(t)
                      if a.dep_ not in SUBJECT_DEPS and any(_word_ok(a, w) for w in entry.args))
        return Match(entry, head, tokens, found) if found else None
    found = tuple(a for t in tokens for a in _with_compounds(_entry_arguments(entry, t))
                  if a.ent_type_ not in TIME_LABELS and any(_word_ok(a, w) for w in entry.args))
    if not found:
        # The parser may hang the argument one phrase lower ("spoke about the conflict
        # by phone"): look two prepositional steps down.
        found = tuple(a for t in tokens for b in _entry_arguments(entry, t)
                      for p in arguments(b)
                      if p.dep_ == "pobj" for a in _with_compounds([p])
                      if any(_word_ok(a, w) for w in entry.args))
    return Match(entry, head, tokens, found) if found else None


def find_matches(sent: Any, lex: Lexicon) -> list[Match]:
    """Every trigger of ``lex`` in the spaCy sentence ``sent``, in text order."""
    matches: list[Match] = []
    covered: set[int] = set()
    doc = sent.doc
    keys, low, alpha = _doc_keys(doc), lowers(doc), alphas(doc)
    for i in range(sent.start, sent.end):
        if i in covered or not alpha[i] and "-" not in low[i]:
            continue
        candidates: list[Entry] = []
        for key in keys[i]:
            candidates += lex.phrases.get(key, ())
            candidates += lex.single.get(key, ())
        candidates.sort(key=lambda e: -e.specificity)
        for entry in candidates:
            m = _try(entry, sent, i, lex)
            if m is not None:
                matches.append(m)
                covered.update(t.i for t in m.tokens)
                break
    return matches


def mode_words(sent: Any, lex: Lexicon) -> list[tuple[Any, Entry]]:
    """Tokens of ``sent`` that set the mode of a nearby event ("by phone")."""
    out = []
    keys = _doc_keys(sent.doc)
    for i in range(sent.start, sent.end):
        for key in keys[i]:
            entry = lex.modes.get(key)
            if entry is not None:
                out.append((sent.doc[i], entry))
                break
    return out
