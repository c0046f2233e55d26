"""Labels: the epithets an article attaches to an actor.

"the democratically-elected President Nicolás Maduro", "self-declared interim
president Juan Guaidó", "Guaidó, the head of the National Assembly": the words
before a name inside its noun phrase (its *title*) and its appositives are the
labels an outlet gives that actor, and the phrases its role is read from. These
functions work on spaCy spans and are the one place labels are read from the
parse; other stages (quotes) extend :func:`labels_for` rather than writing their own.

>>> from storyline import resources
>>> doc = resources.nlp()("The leftist president Nicolas Maduro spoke.")
>>> labels_for(doc[3:5])
['leftist president']
"""

from __future__ import annotations

from typing import Any

#: Dependency labels of words that open a noun phrase without describing the actor.
_OPENERS = frozenset({"det", "poss", "predet", "case", "punct", "nummod", "cc", "prep"})
#: Labels longer than this many words are parse accidents, not epithets.
MAX_LABEL_WORDS = 8


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
    start = max(min(starts), span.sent.start)
    start = _after_break(doc, start, span.start)
    return doc[start:span.start] if start < span.start else None


def appositives(span: Any) -> list[Any]:
    """Appositive phrases naming the same actor ("Lavrov, Russia's top diplomat").

    Both directions: an appositive child of the name, and the phrase the name is
    itself in apposition to ("the head of the National Assembly, Juan Guaidó").
    """
    doc = span.doc
    root = span.root
    out = [doc[c.left_edge.i:c.right_edge.i + 1] for c in root.children
           if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        head = root.head
        start = _after_break(doc, max(head.left_edge.i, span.sent.start), head.i + 1)
        end = span.start
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if start < end:
            out.append(doc[start:end])
    return out


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
    text = span.doc[tokens[0].i:tokens[-1].i + 1].text.strip()
    return text if len(text) > 3 and "\n" not in text else None


def labels_for(span: Any) -> list[str]:
    """Every label attached to the actor named by ``span``: its title and appositives."""
    labels: list[str] = []
    for part in role_phrases(span):
        label = clean_label(part)
        if label and label not in labels:
            labels.append(label)
    return labels
