"""Reported speech without quote marks: ``Søreide stressed that ...``, ``according to X``.

A cue verb (speech, thought or evidence: ``said``, ``believes``, ``a poll
found``) with a clausal complement, a cue noun with a that-clause (``her
remark that ...``, ``expressed concern that ...``), or an ``according to X``
phrase makes an ``indirect`` attribution whose content is the clause. A clause
never runs past its paragraph, and a cue nested in another's content either
splits it (``he said that ... but did not suggest that ...``: two) or is dropped
(``Lavrov said Havana and Moscow agree that ...``: one, Lavrov's).
"""

from __future__ import annotations

import re
from typing import Any

from .quote_speakers import (
    Attribution,
    according_source,
    cue_text,
    cues,
    is_cue,
    paragraph,
    speaker_span,
    subject,
)

_JOINERS = {"and", "but", "or", "while", "as", "yet", "so", "although", "though", "because"}
#: Shortest content kept, in characters.
MIN_CHARS = 8
#: Fewest words outside quote marks that make a clause more than its quotes.
MIN_WORDS = 1
_WORD = re.compile(r"\w+")


def _trim(body: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (body[s].isspace() or body[s] in ",;:—–-"):
        s += 1
    while e > s and (body[e - 1].isspace() or body[e - 1] in ",;:—–-"):
        e -= 1
    return s, e


def _that_clause(tok: Any, depth: int = 0) -> Any:
    """A complement clause of cue ``tok``: its ``ccomp``, or a that-clause a little below it."""
    for ch in tok.children:
        if ch.dep_ == "ccomp":
            return ch
    for ch in tok.children:
        if ch.dep_ in ("acl", "ccomp", "advcl") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in ch.children
        ):
            return ch
        if depth < 2 and ch.dep_ in ("prep", "pobj", "dobj"):
            found = _that_clause(ch, depth + 1)
            if found is not None:
                return found
    return None


def _parenthetical(body: str, cue: Any) -> list[tuple[int, int]]:
    """The clause around a cue set inside it: ``Those who vote, he said, must register``,
    ``As the Times noted, Clinton raised ...``, ``..., they say.``

    The content is the clause the cue hangs from, less the cue's own words: one
    piece on each side of them (either may be empty).
    """
    if cue.dep_ == "advcl":
        if not any(ch.dep_ == "mark" and ch.lower_ == "as" for ch in cue.children) or any(
                ch.dep_ in ("dobj", "ccomp", "xcomp") for ch in cue.children):
            return []
    elif cue.dep_ != "parataxis":
        return []
    clause = cue.head
    p0, p1 = paragraph(body, cue.idx)
    lo = max(clause.left_edge.idx, clause.sent.start_char, p0)
    hi = min(clause.right_edge.idx + len(clause.right_edge), clause.sent.end_char, p1)
    while hi > lo and body[hi - 1] in ".!? ":
        hi -= 1
    pieces = [_trim(body, lo, cue.left_edge.idx),
              _trim(body, cue.right_edge.idx + len(cue.right_edge), hi)]
    return [(s, e) for s, e in pieces if e - s >= MIN_CHARS]


def _noun_speaker(noun: Any) -> Any:
    """Who holds a cue noun: ``her remark``, ``a statement by X``, ``X expressed concern``."""
    for ch in noun.children:
        if ch.dep_ == "poss":
            return ch
    for ch in noun.children:
        if ch.dep_ == "prep" and ch.lower_ in ("by", "from", "of"):
            for g in ch.children:
                if g.dep_ == "pobj" and g.pos_ in ("PROPN", "PRON", "NOUN"):
                    return g
    if noun.dep_ in ("dobj", "pobj", "attr") and noun.head.pos_ in ("VERB", "ADP"):
        verb = noun.head if noun.head.pos_ == "VERB" else noun.head.head
        return subject(verb) if verb.pos_ == "VERB" else None
    return None


def _content(body: str, clause: Any, cue: Any, quoted: list[tuple[int, int]]
             ) -> tuple[int, int] | None:
    """The span of ``clause`` in the cue's paragraph; a clause before its cue starts
    after its last colon outside quotes (``X scolded him: "...," she said``)."""
    p0, p1 = paragraph(body, cue.idx)
    s = max(clause.left_edge.idx, p0)
    e = min(clause.right_edge.idx + len(clause.right_edge), p1)
    if e <= cue.idx and ";" in body[e : cue.idx]:
        return None  # "...; Spain has pledged to": not the cue's clause
    if e <= cue.idx:
        colons = [i for i in range(s, e) if body[i] == ":"
                  and not any(qs <= i < qe for qs, qe in quoted)]
        s = colons[-1] + 1 if colons else s
    s, e = _trim(body, s, e)
    return (s, e) if e - s >= MIN_CHARS else None


def _attribution(body: str, cue: Any, head: Any, span: tuple[int, int]) -> Attribution | None:
    p0, p1 = paragraph(body, cue.idx)
    if head is None or not p0 <= head.idx < p1:
        return None
    return Attribution(span[0], span[1], "indirect", cue_text(cue), (cue.idx, cue.idx + len(cue)),
                       speaker_span(head, p0, p1), head)


def indirect_speech(body: str, doc: Any, quoted: list[Attribution]) -> list[Attribution]:
    """Reported speech and thought: cues with a that-clause, and ``according to X``.

    Cues inside quoted passages are skipped, and so is a clause that is mostly
    a quoted passage (the quote already carries it).

    Args:
        body: the article body.
        doc: the spaCy Doc over ``body``.
        quoted: the attributed quoted passages of ``body``.

    >>> from storyline import resources
    >>> text = "Søreide stressed that Norway is ready to help."
    >>> a = indirect_speech(text, resources.nlp()(text), [])[0]
    >>> text[a.start:a.end], a.cue
    ('that Norway is ready to help', 'stressed')
    """
    c = cues()
    verbs = c.speech | c.thought | c.evidence
    inside = [(a.start, a.end) for a in quoted]
    found: list[tuple[Any, Attribution]] = []
    for t in doc:
        if any(s <= t.idx < e for s, e in inside):
            continue
        if t.lower_ in ("according", "in", "as"):
            src = according_source(t)
            if src is not None:
                found.extend((t, a) for a in _according_content(body, t, src))
        elif is_cue(t, verbs) or (t.pos_ == "NOUN" and t.lemma_.lower() in c.nouns):
            clause = _that_clause(t)
            if clause is not None:
                span = _content(body, clause, t, inside)
                spans = [span] if span is not None else []
            else:
                spans = _parenthetical(body, t) if t.pos_ != "NOUN" else []
            if not spans or _mostly_quoted(body, spans, inside):
                continue
            head = subject(t) if t.pos_ != "NOUN" else _noun_speaker(t)
            for span in spans:
                att = _attribution(body, t, head, span)
                if att is not None:
                    found.append((t, att))
    return _nest(body, found)


def _mostly_quoted(body: str, spans: list[tuple[int, int]], quoted: list[tuple[int, int]]
                   ) -> bool:
    """Whether ``spans`` say little besides quoted passages (the quotes carry them).

    ``he said it was "disastrous"`` keeps its clause: the quote is a part of it.
    """
    words = 0
    for s, e in spans:
        for m in _WORD.finditer(body, s, e):
            if not any(qs <= m.start() < qe for qs, qe in quoted):
                words += 1
    return words < MIN_WORDS


def _nest(body: str, found: list[tuple[Any, Attribution]]) -> list[Attribution]:
    """Split contents at a coordinated cue inside them; drop cues nested deeper."""
    out = []
    for cue, att in found:
        drop = False
        for _, o in found:
            if o is att or not o.start <= cue.idx < o.end:
                continue
            if cue.dep_ == "conj":
                o.end = min(o.end, _trim(body, o.start, cue.left_edge.idx)[1])
            else:
                drop = True
        if not drop:
            out.append(att)
    for att in out:
        words = body[att.start : att.end].rsplit(None, 1)
        if len(words) == 2 and words[1].lower() in _JOINERS:
            att.end = _trim(body, att.start, att.start + len(words[0]))[1]
    return [a for a in out if a.end - a.start >= MIN_CHARS]


def _according_content(body: str, tok: Any, src: Any) -> list[Attribution]:
    """The clause an ``according to X`` phrase attributes to X: the rest of its
    sentence, in two pieces when the phrase stands inside it."""
    sent = tok.sent
    phrase_end = src.right_edge.idx + len(src.right_edge)
    p0, p1 = paragraph(body, tok.idx)
    s_start, s_end = max(sent.start_char, p0), min(sent.end_char, p1)
    out = []
    for s, e in (_trim(body, s_start, tok.idx), _trim(body, phrase_end, s_end)):
        s += len(body[s:e]) - len(body[s:e].lstrip("\"“"))
        while e > s and body[e - 1] in ".!?":
            e -= 1
        if e - s >= MIN_CHARS:
            out.append(Attribution(s, e, "indirect", "according to", (tok.idx, tok.idx + len(tok)),
                                   speaker_span(src, p0, p1), src))
    return out
