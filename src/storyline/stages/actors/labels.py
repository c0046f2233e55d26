"""Labels: the epithets an article attaches to an actor.

"the democratically-elected President Nicolás Maduro", "self-declared interim
president Juan Guaidó", "Guaidó, the head of the National Assembly": the words
before a name inside its noun phrase (its *title*) and its appositives are the
labels an outlet gives that actor, and the phrases its role is read from; a
relative clause on the name ("Guaidó, who led the coup against Maduro") is a
label too, though no role is read from it. These functions work on spaCy spans
and are the one place labels are read from the parse.

Labels are normalised (:func:`label_text`, :func:`normalise_label`) so that the
same label from two outlets is one string: case (title words lower-cased, names
and acronyms kept), no leading article, one kind of dash and apostrophe, no
hyphen after an ``-ly`` adverb, no dots in acronyms, single spaces.

>>> from storyline import resources
>>> doc = resources.nlp()("The leftist president Nicolas Maduro spoke.")
>>> labels_for(doc[3:5])
['leftist president']
"""

from __future__ import annotations

import re
from typing import Any

from ...doc_index import sentence_of

#: Dependency labels of words that open a noun phrase without describing the actor.
_OPENERS = frozenset({"det", "poss", "predet", "case", "punct", "nummod", "cc", "prep"})
#: Labels longer than this many words are parse accidents, not epithets.
MAX_LABEL_WORDS = 8
#: A relative clause longer than this many words is a story, not a label.
MAX_CLAUSE_WORDS = 12
#: Entity types whose words keep their capitals inside a label.
_KEEP_CASE = frozenset({"PERSON", "GPE", "NORP", "ORG", "LOC", "FAC", "EVENT", "LAW"})
_RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
_DASH = re.compile(r"(?<=[\w.])[\u2010\u2011\u2012\u2013\u2014\u2212](?=\w)")
_LY_HYPHEN = re.compile(r"\b(\w+ly)-(?=\w)", re.IGNORECASE)
_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_PIECE = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,}\b|[^\W\d_]+")


def normalise_label(text: str) -> str:
    """One spelling for one label: dashes, apostrophes, ``-ly`` hyphens, acronym dots, spaces.

    Case is left alone here (:func:`label_text` decides it from the parse).

    >>> normalise_label("the  democratically\u2013elected  U.S.-backed  leader\u2019s ally")
    "democratically elected US-backed leader's ally"
    """
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = _DASH.sub("-", text)
    text = _LY_HYPHEN.sub(r"\1 ", text)
    text = _ACRONYM.sub(lambda m: m.group().replace(".", ""), text)
    return _ARTICLE.sub("", " ".join(text.split()))


def label_text(span: Any) -> str:
    """The normalised text of a label span: title words lower-cased, names and acronyms kept.

    >>> from storyline import resources
    >>> label_text(resources.nlp()("Russian Foreign Minister")[:])
    'Russian foreign minister'
    """
    parts = []
    for t in span:
        word = t.text
        if t.ent_type_ not in _KEEP_CASE:
            word = _PIECE.sub(lambda m: m.group() if m.group().isupper() and len(m.group()) > 1
                              else m.group().lower(), word)
        parts.append(word + t.whitespace_)
    return normalise_label("".join(parts))


def _after_break(doc: Any, start: int, end: int) -> int:
    """The first index of ``[start, end)`` after any line break, conjunction or comma."""
    for i in range(end - 1, start - 1, -1):
        tok = doc[i]
        if "\n" in tok.text or tok.dep_ == "cc" or tok.text in ",;:|":
            return i + 1
    return start


def title_span(span: Any) -> Any | None:
    """The words before a name inside its noun phrase ("Russian Foreign Minister").

    Stops at the sentence start, a line break, a conjunction or a comma, so
    "Lavrov and US Secretary of State Mike Pompeo" gives "US Secretary of State".
    Returns a spaCy Span ending where ``span`` starts, or None.
    """
    doc = span.doc
    starts = [t.left_edge.i for t in span.root.lefts if t.i < span.start]
    if not starts:
        return None
    start = max(min(starts), sentence_of(doc, span.start)[0])
    start = _after_break(doc, start, span.start)
    return doc[start:span.start] if start < span.start else None


def appositives(span: Any) -> list[Any]:
    """Appositive phrases naming the same actor ("Lavrov, Russia's top diplomat").

    Both directions: an appositive child of the name, and the phrase the name is
    itself in apposition to ("the head of the National Assembly, Juan Guaidó").
    An appositive is not itself a name, and stops at a conjunction: in "Joe Biden and
    his running mate Kamala Harris" the parser's appositive of Biden is another person,
    and Harris is only "his running mate".
    """
    doc = span.doc
    root = span.root
    out = [doc[c.left_edge.i:c.right_edge.i + 1] for c in root.children
           if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        head = root.head
        end = span.start
        while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        start = _after_break(doc, max(head.left_edge.i, sentence_of(doc, span.start)[0]), end)
        if start < end:
            out.append(doc[start:end])
    return [a for a in out if not all(t.ent_type_ == "PERSON" or t.is_punct for t in a)]


def role_phrases(span: Any) -> list[Any]:
    """The title and appositives of a name: the phrases its role is read from."""
    title = title_span(span)
    return ([title] if title is not None else []) + appositives(span)


def clean_label(span: Any) -> str | None:
    """A label's text without its opening determiner, possessor or punctuation.

    >>> from storyline import resources
    >>> clean_label(resources.nlp()("his Cuban counterpart")[:])
    'Cuban counterpart'
    """
    tokens = list(span)
    while tokens and (tokens[0].dep_ in _OPENERS or tokens[0].is_punct or tokens[0].is_space
                      or tokens[0].tag_ == "POS" or tokens[0].lower_ in {"the", "a", "an"}):
        first = tokens[0]
        if first.dep_ == "poss" and first.i < tokens[-1].i:
            # Drop the whole possessor phrase: "Venezuela 's", "Donald Trump 's".
            end = first.i + 1
            while end <= tokens[-1].i and span.doc[end].tag_ == "POS":
                end += 1
            tokens = [t for t in tokens if t.i >= end]
        else:
            tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS" or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens or not any(t.is_alpha for t in tokens) or len(tokens) > MAX_LABEL_WORDS:
        return None
    if all(t.pos_ == "PRON" for t in tokens) or all(t.ent_type_ in ("GPE", "NORP")
                                                    for t in tokens):
        return None  # "himself", "Venezuelans": not an epithet
    words = span.doc[tokens[0].i:tokens[-1].i + 1]
    text = label_text(words)
    return text if len(text) > 3 and "\n" not in words.text else None


def relative_clauses(span: Any) -> list[Any]:
    """Relative clauses on a name ("Guaidó, who led the coup against Maduro earlier this year").

    The clause stops at a comma or conjunction; dates and times at its end are
    left out ("who led the coup against Maduro"), and so is a clause too long
    to be an epithet.
    """
    doc = span.doc
    out = []
    for c in span.root.children:
        if c.dep_ != "relcl" or c.i < span.end or doc[c.left_edge.i].lower_ not in _RELATIVE:
            continue
        end = c.left_edge.i
        while end <= c.right_edge.i and (end == c.left_edge.i or (
                doc[end].text not in ",;:()" and doc[end].dep_ != "cc")):
            end += 1
        while end > c.left_edge.i + 1 and (doc[end - 1].ent_type_ in ("DATE", "TIME")
                                           or doc[end - 1].is_punct):
            end -= 1
        if end - c.left_edge.i <= MAX_CLAUSE_WORDS and "\n" not in doc[c.left_edge.i:end].text:
            out.append(doc[c.left_edge.i:end])
    return out


def labels_for(span: Any) -> list[str]:
    """Every label attached to the actor named by ``span``: title, appositives, relative clauses.

    >>> from storyline import resources
    >>> doc = resources.nlp()("Guaidó, who led the coup against Maduro earlier this year, spoke.")
    >>> labels_for(doc[0:1])
    ['who led the coup against Maduro']
    """
    labels: list[str] = []
    for part in role_phrases(span):
        label = clean_label(part)
        if label and label not in labels:
            labels.append(label)
    for clause in relative_clauses(span):
        label = label_text(clause)
        if label not in labels:
            labels.append(label)
    return labels
