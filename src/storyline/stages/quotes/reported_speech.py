"""Reported speech without quote marks: ``Søreide stressed that ...``, ``according to X``.

A cue verb (speech, thought or evidence: ``said``, ``believes``, ``a poll
found``) with a clausal complement, a cue noun with a that-clause (``her
remark that ...``, ``expressed concern that ...``), or an ``according to X``
phrase makes an ``indirect`` attribution whose content is the clause. Intent
cues take their to-infinitive (``vowed to fight on``, ``urged the party to
act``), object cues their direct object (``announced a plan``, ``called him a
liar``, ``accused her of lying``), a cue set inside its clause takes the clause
around it (``Those who vote, he said, must register``: two pieces; so does a statement
going on after its cue's comma, ``..., the airline added, and had passed``), and a
speaker label opening a line says what follows it (``Trump: Clinton should have
congratulated me``). A poll opening its sentence (``In a CBS News poll, she
led ...``) and a passive cue of repute (``is known for``) report the rest of their
clause. A clause never runs past its
paragraph, stops before a relative clause set off by a comma, and a cue nested
in another's content either splits it (``he said that ... but did not suggest
that ...``: two) or is dropped (``Lavrov said Havana and Moscow agree that
...``: one, Lavrov's).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Any

import numpy as np
from spacy.attrs import IDX, SENT_START

from ...doc_index import sentence_of
from ...text_index import Intervals, first_line, line_starts
from ..nlp import lemma
from . import model as quote_model
from .dashes import dash_before_quote
from .speakers import (
    MAX_LABEL_WORDS,
    SUBJECT_DEPS,
    Attribution,
    according_source,
    cue_text,
    cues,
    has_cue_object,
    is_cue,
    is_cue_lemma,
    label_speaker,
    paragraph,
    speaker_span,
    subject,
    timely,
)

#: Words opening a reported clause: ``said that ...``, ``asked whether ...`` (``if`` and
#: ``whether`` only after a cue of asking).
_MARKS = ("that", "if", "whether")
#: Closing quote marks of one character (a clause's content ends after the first
#: character of PTB's ``''``, as the judge was trained: stop 29, QUOTES.md).
_CLOSING = ("\"", "”", "’", "'", "»")
_JOINERS = {"and", "but", "or", "while", "as", "yet", "so", "although", "though", "because"}
#: Shortest content kept, in characters.
MIN_CHARS = 8
#: Fewest words outside quote marks that make a clause more than its quotes.
MIN_WORDS = 1
_WORD = re.compile(r"\w+")
#: How proposals are found that stand without the judge: shapes written after its
#: training, each right on PolNeAR train more often than the judge's threshold asks of a
#: proposal (an opening poll, :func:`_survey_source`: 19 of 23; a passive cue of repute,
#: :func:`_reputed`). The trace still records them, so a retrained judge weighs them as
#: any other.
UNJUDGED = frozenset({"survey", "reputed"})


def _closing(body: str, i: int) -> int:
    """The length of the closing quote mark at ``body[i]`` (2 for PTB's ``''``; 0 for none).

    >>> _closing("''Yes,'' he said", 6), _closing('"Yes," he said', 5), _closing("Yes", 1)
    (2, 1, 0)
    """
    return next((len(m) for m in ("''", *_CLOSING) if body.startswith(m, i)), 0)


def _trim(body: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (body[s].isspace() or body[s] in ",;:—–-"):
        s += 1
    while e > s and (body[e - 1].isspace() or body[e - 1] in ",;:—–-"):
        e -= 1
    return s, e


def _before_stops(body: str, s: int, e: int, stops: str = ".!? ") -> int:
    """The end ``e`` of ``body[s:e]`` moved back over the ``stops`` that close it."""
    while e > s and body[e - 1] in stops:
        e -= 1
    return e


def _that_clause(tok: Any, depth: int = 0) -> Any:
    """A complement clause of cue ``tok``: its ``ccomp``, or a that-clause a little below
    it; below an object that is no document, the object with its clause (``dismissed
    accusations that ...``, ``responded to reports that ...``), which says more than
    the clause alone and holds the noun's own cue."""
    for ch in tok.children:
        if ch.dep_ == "ccomp":
            return ch
    c, lem = cues(), lemma(tok)
    if lem in c.speech or lem in c.thought:
        for ch in tok.children:  # "said seeing so many officers there was welcome"
            if ch.dep_ == "xcomp" and ch.tag_ == "VBG" and ch.i > tok.i and any(
                    g.dep_ == "ccomp" for g in ch.children):
                return ch
    marks = _MARKS if lem in c.questions else ("that",)
    for ch in tok.children:
        if ch.dep_ in ("acl", "ccomp", "advcl") and any(
            g.dep_ == "mark" and g.lower_ in marks for g in ch.children
        ):
            return ch
        if depth < 2 and ch.dep_ in ("prep", "pobj", "dobj"):
            found = _that_clause(ch, depth + 1)
            if found is not None and found.head.i == ch.i and ch.pos_ == "NOUN" \
                    and lemma(ch) not in c.documents:
                return ch  # "dismissed accusations that ...": the accusations, clause and all
            if found is not None:
                return found
    return None


def _infinitive(cue: Any) -> tuple[Any, Any]:
    """The to-infinitive an intent cue governs, and the object before it:
    ``vowed to fight on``, ``urged the party to act`` (None, None without one)."""
    for ch in cue.children:
        if ch.dep_ == "xcomp" and ch.i > cue.i and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in ch.children):
            obj = next((o for o in cue.children if o.dep_ == "dobj" and o.i < ch.i), None)
            return ch, obj
    return None, None


#: What follows an object cue's object and still tells what it was said of it:
#: ``described the dinner as ...``, ``criticized voters for ...``, ``dismissed the
#: actions to regulate ...``.
_OBJECT_MORE = {"oprd", "xcomp", "dative"}
#: Prepositions that go on with what is said of the object (not "last week", "during a
#: debate", "on Fox News": when and where it was said).
_OBJECT_PREPS = {"as", "of", "for", "to", "about", "against", "with", "from", "into"}


def _object(cue: Any) -> tuple[Any, Any]:
    """The direct object of a cue after it, through its complement when it has one
    (``announced a plan``, ``called him a liar``, ``accused her of lying``,
    ``described it as a mistake``), or what it calls for (``called for talks``):
    ``(last part, first part)``, ``(None, None)`` without one."""
    obj = next((o for o in cue.children if o.dep_ == "dobj" and o.i > cue.i), None)
    if obj is None:
        prep = next((p for p in cue.children if p.dep_ == "prep" and p.lower_ == "for"
                     and p.i == cue.i + 1), None)
        pobj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep else None
        return pobj, None
    more = None
    for o in cue.children:  # what the cue says of its object, up to a comma
        if o.i <= obj.i or not (o.dep_ in _OBJECT_MORE
                                or o.dep_ == "prep" and o.lower_ in _OBJECT_PREPS):
            continue
        if any(t.text in ",;:—–(" for t in cue.doc[obj.right_edge.i + 1 : o.left_edge.i]):
            break
        more = o
    return (more, obj) if more is not None else (obj, None)


def _prep_object(cue: Any, preps: frozenset[str]) -> Any:
    """The object of a preposition a cue takes after it (``talked about the wall``,
    ``referred to the convention``), None without one (or with a direct object
    between them: ``took questions about ...`` is no talk)."""
    for ch in cue.children:
        if ch.i < cue.i or ch.dep_ == "dobj":
            continue
        if ch.dep_ == "prep" and ch.lower_ in preps:
            return next((o for o in ch.children if o.dep_ in ("pobj", "pcomp")), None)
    return None


#: What a raising cue says of its subject besides an infinitive: ``seemed certain``,
#: ``appeared a done deal``, ``seemed rattled``.
_RAISED = frozenset({"acomp", "attr", "oprd", "xcomp"})


def _raising(body: str, cue: Any, quoted: list[tuple[int, int]]) -> Attribution | None:
    """A view reported of its subject, who does not speak (``Trump seemed to be
    shrinking``, ``the vote is expected to draw ...``): the subject and its
    infinitive are the content, with no speaker. An active cue of intent keeps
    its subject as the one who intends (``Many observers expect the EPA to ...``)."""
    c = cues()
    if lemma(cue) not in c.raising or cue.pos_ != "VERB":
        return None
    passive = any(ch.dep_ in ("nsubjpass", "auxpass") for ch in cue.children)
    if lemma(cue) in c.intent and not passive:
        return None
    subj = next((ch for ch in cue.children if ch.dep_ in SUBJECT_DEPS and ch.i < cue.i), None)
    clause = next((ch for ch in cue.children if ch.dep_ == "xcomp" and ch.i > cue.i and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in ch.children)), None)
    if clause is None and lemma(cue) not in c.intent:  # "seemed certain", "appeared like a win"
        clause = next((ch for ch in cue.children if ch.i > cue.i and (
            ch.dep_ in _RAISED or ch.dep_ == "prep" and ch.lower_ in ("like", "as"))), None)
    if subj is None or clause is None:
        return None
    p0, p1 = paragraph(body, cue.idx)
    s = max(subj.left_edge.idx, p0)
    e = min(_tail(clause, quoted), p1)
    s, e = _trim(body, s, e)
    if e - s < MIN_CHARS or any(qs <= s < qe for qs, qe in quoted):
        return None
    return Attribution(s, e, "indirect", cue_text(cue), (cue.idx, cue.idx + len(cue)))


_NOT_ARGUMENT = {"punct", "advmod", "npadvmod", "prt", "cc", "conj", "mark", "aux", "neg"}


def widen_partials(body: str, doc: Any, quoted: list[Attribution]) -> None:
    """A partial quote whose words stand inside what its cue reports takes the whole
    of it, so a statement split by scare quotes is one statement
    (``decried the GOP for "turning its back" on working families``, not
    ``turning its back``): from the cue's first argument after it to the end of the
    argument holding the quote, in the quote's sentence and paragraph."""
    by_start: dict[int, Any] | None = None  # built at the first partial quote with a cue
    for att in quoted:
        if att.kind != "partial" or att.cue_span is None:
            continue
        if by_start is None:
            by_start = {t.idx: t for t in doc}
        cue = by_start.get(att.cue_span[0])
        if cue is None or cue.idx > att.start:
            continue
        inner = next((t for t in doc[cue.i + 1 :] if t.idx >= att.start and not t.is_punct), None)
        if inner is None or inner.idx >= att.end:
            continue
        arg = inner
        while arg.head.i != cue.i and arg.head.i != arg.i:
            arg = arg.head
        if arg.head.i != cue.i or arg.i < cue.i or arg.dep_ in _NOT_ARGUMENT:
            continue
        first = next(ch for ch in cue.children if ch.i > cue.i and ch.dep_ not in _NOT_ARGUMENT)
        p0, p1 = paragraph(body, cue.idx)
        s = max(first.left_edge.idx, p0, cue.sent.start_char)
        e = min(arg.right_edge.idx + len(arg.right_edge), p1, cue.sent.end_char)
        e = _before_stops(body, s, e, ".!?,; ")
        if e < att.end and body[e : att.end].strip(".,;:!?\"”’' "):
            continue
        s, e = min(s, att.start), max(e, att.end)
        if e == att.end and s < att.start:
            e += _closing(body, e)  # the quote closes the statement: its closing mark with it
        if e - s > att.end - att.start:
            att.start, att.end = s, e


def _parenthetical(body: str, cue: Any) -> list[tuple[int, int]]:
    """The clause around a cue set inside it: ``Those who vote, he said, must register``,
    ``As the Times noted, Clinton raised ...``, ``..., they say.``

    The content is the clause the cue hangs from, less the cue's own words: one
    piece on each side of them (either may be empty).
    """
    before = cue.doc[cue.i - 1] if cue.i else None
    if before is not None and before.lower_ in ("that", "this") and before.head.i == cue.i:
        return []  # "That said, ...": a turn of phrase, not a statement
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
    hi = _before_stops(body, lo, hi)
    pieces = [_trim(body, lo, cue.left_edge.idx),
              _trim(body, cue.right_edge.idx + len(cue.right_edge), hi)]
    if pieces[1][1] - pieces[1][0] < MIN_CHARS:  # the rest hangs from the cue in the parse
        pieces[1] = _resumed(body, cue, pieces[0]) or pieces[1]
    return [(s, e) for s, e in pieces if e - s >= MIN_CHARS]


def _reputed(body: str, cue: Any) -> list[Attribution]:
    """What a passive cue of repute says its subject is known as or for, from no one
    named (``Ginsburg is known for her liberal bent``): from the subject to the object of
    the preposition, as one content; none without both."""
    if not any(ch.dep_ == "auxpass" for ch in cue.children):
        return []
    subj = next((ch for ch in cue.children if ch.dep_ == "nsubjpass" and ch.i < cue.i), None)
    prep = next((ch for ch in cue.children if ch.dep_ == "prep" and ch.i > cue.i
                 and ch.lower_ in cues().reputed[lemma(cue)]), None)
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep else None
    if subj is None or obj is None or subj.tag_ in ("WP", "WDT"):
        return []  # "who is known for": the relative pronoun stands for a noun outside
    p0, p1 = paragraph(body, cue.idx)
    lo, hi = max(subj.left_edge.idx, p0), min(obj.right_edge.idx + len(obj.right_edge), p1)
    return _whole(body, lo, hi, cue, (cue.idx, cue.idx + len(cue)))


def _whole(body: str, lo: int, hi: int, cue: Any, span: tuple[int, int]) -> list[Attribution]:
    """One content from ``lo`` to ``hi``, the cue's words inside it: cut in two around
    the cue, a piece is a fragment to a reader ("Ginsburg is" of "Ginsburg is known for
    her liberal bent")."""
    s, e = _trim(body, lo, hi)
    return [Attribution(s, e, "indirect", cue_text(cue), span)] if e - s >= MIN_CHARS else []


def _noun_speaker(noun: Any, content: Any = None) -> Any:
    """Who holds a cue noun: ``her remark``, ``a statement by X``, ``X expressed concern``;
    never its ``content`` (``made no secret of the points``: the points are what is said),
    nor the subject of a clause the noun only sets the scene for (``some hope remains
    after indications that ...``: a preposition of ``circumstances`` in the cue lexicon)."""
    for ch in noun.children:
        if ch.dep_ == "poss":
            return ch
    for ch in noun.children:
        if ch.dep_ == "prep" and ch.lower_ in ("by", "from", "of"):
            for g in ch.children:
                if g.dep_ == "pobj" and g.pos_ in ("PROPN", "PRON", "NOUN") \
                        and (content is None or g.i != content.i):
                    return g
    if _sets_the_scene(noun):
        return None
    if noun.dep_ in ("dobj", "pobj", "attr") and noun.head.pos_ in ("VERB", "ADP"):
        verb = noun.head if noun.head.pos_ == "VERB" else noun.head.head
        return subject(verb) if verb.pos_ == "VERB" else None
    return None


def _sets_the_scene(noun: Any) -> bool:
    """Whether ``noun`` is the object of a preposition of ``circumstances`` (``after
    indications``, ``amid reports``, ``despite complaints``): the scene of its clause,
    not something the clause's subject says."""
    return noun.dep_ == "pobj" and noun.head.lower_ in cues().circumstances


def _content(body: str, clause: Any, cue: Any, quoted: list[tuple[int, int]],
             first: Any = None) -> tuple[int, int] | None:
    """The span of ``clause`` (from ``first`` on, when given) in the cue's paragraph;
    a clause before its cue starts after its last colon outside quotes
    (``X scolded him: "...," she said``), or a dash opening a quote (``X praised
    strongmen - "He would have loved them," Y said``: the quote is what Y said)."""
    p0, p1 = paragraph(body, cue.idx)
    s = max((first if first is not None else clause).left_edge.idx, p0)
    e = min(clause.right_edge.idx + len(clause.right_edge), p1)
    if s < cue.idx < e:
        s = cue.idx + len(cue)  # "Maduro, who the US says should stand down"
    if e <= cue.idx and ";" in body[e : cue.idx]:
        return None  # "...; Spain has pledged to": not the cue's clause
    if e <= cue.idx:
        colons = [i for i in range(s, e)
                  if (body[i] == ":" or dash_before_quote(body, s, i, cue.idx, quoted))
                  and not Intervals.of(quoted).covers(i)]
        s = colons[-1] + 1 if colons else s
    e = min(e, _tail(clause, quoted))
    s, e = _trim(body, s, e)
    end = next((qe for qs, qe in Intervals.of(quoted).starting_within(s, e) if e <= qe
                and not body[e:qe].strip(".,;:!?")), None)
    if end is not None and body[end : end + 1] in _CLOSING:
        e = end + 1  # a quote the clause ends with, to its closing mark
    return (s, e) if e - s >= MIN_CHARS or _one_word(body, s, e, clause) else None


#: Object pronouns that stand alone as what a cue is about (``endorsed him``).
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "me", "us"})


def _one_word(body: str, s: int, e: int, arg: Any = None) -> bool:
    """Whether ``body[s:e]`` is a content of one word that still says what a cue is
    about: a name or an object pronoun (``endorsed Cruz``, ``attacked him``); with
    ``arg``, only when that word is the argument's head."""
    word = body[s:e]
    if not word.isalpha() or len(word) < 2:
        return False
    if arg is not None and (arg.idx != s or len(arg) != e - s):
        return False
    pos = arg.pos_ if arg is not None else ""
    return (word[0].isupper() and pos in ("PROPN", "")) or word.lower() in _OBJECT_PRONOUNS


def _tail(clause: Any, quoted: list[tuple[int, int]]) -> int:
    """Where a clause's statement ends: before a relative clause set off by a comma
    (``he backs the bill, which includes ...``), else at its right edge."""
    doc = clause.doc
    for t in clause.subtree:
        if t.i <= clause.i or t.dep_ != "relcl" or t.left_edge.i == 0:
            continue
        comma = doc[t.left_edge.i - 1]
        if comma.text in ",—–-" and not Intervals.of(quoted).covers(comma.idx):
            return comma.idx
    return clause.right_edge.idx + len(clause.right_edge)


def _attribution(body: str, cue: Any, head: Any, span: tuple[int, int],
                 speakerless: bool = False) -> Attribution | None:
    """Content ``span`` of ``cue`` spoken by ``head``; with no speaker in the cue's
    paragraph, an attribution without one when ``speakerless``, else None."""
    p0, p1 = paragraph(body, cue.idx)
    if head is None or not p0 <= head.idx < p1:
        if not speakerless:
            return None
        return Attribution(span[0], span[1], "indirect", cue_text(cue),
                           (cue.idx, cue.idx + len(cue)))
    return Attribution(span[0], span[1], "indirect", cue_text(cue), (cue.idx, cue.idx + len(cue)),
                       speaker_span(head, p0, p1), head)


def indirect_speech(body: str, doc: Any, quoted: list[Attribution],
                    trace: quote_model.Trace | None = None,
                    judge: quote_model.Judge | None = None) -> list[Attribution]:
    """Reported speech and thought: cues with a that-clause, and ``according to X``.

    Cues inside quoted passages are skipped, and so is a clause that is mostly
    a quoted passage (the quote already carries it). With the shipped model
    (:mod:`quote_model`), any verb or noun with an argument is proposed too, and
    every proposal under the model's threshold is dropped.

    Args:
        body: the article body.
        doc: the spaCy Doc over ``body``.
        quoted: the attributed quoted passages of ``body``.
        trace: when given, every proposal's content span, cue offset and features are
            appended to it, and none is dropped (for training).
        judge: the judge of proposals (:mod:`quote_model`); None for the shipped one.

    >>> from storyline import resources
    >>> text = "Søreide stressed that Norway is ready to help."
    >>> a = indirect_speech(text, resources.nlp()(text), [])[0]
    >>> text[a.start:a.end], a.cue
    ('that Norway is ready to help', 'stressed')
    """
    c = cues()
    verbs = c.speech | c.thought | c.evidence | c.intent | c.object | c.raising | set(c.prep)
    inside = Intervals((a.start, a.end) for a in quoted)
    if judge is None:
        judge = quote_model.model() or quote_model.NO_JUDGE
    proposals = trace is not None or bool(judge)
    found: list[tuple[Any, Attribution, bool, str, Any]] = []
    for t in doc:
        if inside.covers(t.idx):
            continue
        lem, pos = lemma(t), t.pos_  # read once: each test below asks them
        if t.lower_ in ("according", "in", "as"):
            src, cue, how = according_source(t), "according to", "according"
            if src is None:
                src, cue, how = _survey_source(t), t.lower_, "survey"
            if src is not None:
                atts = _according_content(body, t, src, cue)
                if how == "survey" and not _names_a_body(src):
                    # "In the survey of 1,000 voters, ...": no one named speaks (not "voters").
                    atts = [replace(a, speaker_span=None, speaker_token=None) for a in atts]
                found.extend((t, a, True, how, None) for a in atts)
        elif lem in c.reputed and pos == "VERB":
            found.extend((t, a, True, "reputed", None) for a in _reputed(body, t))
        elif is_cue_lemma(lem, pos, verbs) and has_cue_object(t) \
                or (pos == "NOUN" and lem in c.nouns):
            atts = _cue_attributions(body, t, inside, proposals)
            found.extend(atts or (_proposed(body, t, inside) if proposals else []))
        elif proposals and pos in _PROPOSED_POS and lem not in c.dropped:
            found.extend(_proposed(body, t, inside))
    found.extend((t, a, True, "label", None) for t, a in _labelled(body, doc, inside))
    kept = []
    for t, att, holds, how, arg in found:
        feats = quote_model.features(body, t, how, att.start, att.end, att.speaker_token, arg)
        if trace is not None:
            trace.append(((att.start, att.end, t.idx), feats))
        elif how not in UNJUDGED and not quote_model.keep(feats, judge):
            continue
        kept.append((t, att, holds))
    return _nest(body, kept)


def _cue_attributions(body: str, t: Any, inside: list[tuple[int, int]], speakerless: bool
                      ) -> list[tuple[Any, Attribution, bool, str, Any]]:
    """The attributions of a cue of the lexicon: its clause, infinitive, object or
    prepositional object, or the clause it is set inside (without a speaker only when
    ``speakerless``)."""
    c = cues()
    raised = _raising(body, t, inside)
    if raised is not None:
        return [(t, raised, True, "raising", None)]
    clause, first, how = _that_clause(t), None, "clause"
    holds = clause is not None
    if clause is None and lemma(t) in c.intent:
        (clause, first), how = _infinitive(t), "infinitive"
    if clause is None and lemma(t) in c.object:
        (clause, first), how = _object(t), "object"
    if clause is None and lemma(t) in c.prep:
        clause, how = _prep_object(t, c.prep[lemma(t)]), "prep"
    if clause is not None:
        span = _content(body, clause, t, inside, first)
        spans = [span] if span is not None else []
        rest = _resumed(body, t, span) if how == "clause" and span is not None \
            and not _mostly_quoted(body, [span], inside) else None
        spans += [rest] if rest is not None else []
    else:
        spans = _parenthetical(body, t) if t.pos_ != "NOUN" else []
        holds, how = True, "inside"
    return _attached(body, t, clause, spans, inside, (holds, how, speakerless))


def _resumed(body: str, cue: Any, span: tuple[int, int]) -> tuple[int, int] | None:
    """The rest of a statement its cue interrupts, after the cue's comma (``He had no known
    political affiliations, the airline added, and had passed all checks``; ``Nor does
    she have any plans, advisers say, to take cues from ...``), which the parse hangs
    from the cue; None unless the statement ``span`` opens the sentence before the cue.
    Words after the cue that tell how it was said (``..., she said, referring to ...``,
    ``on condition of anonymity``) or hold a cue of their own (``..., he said, and added
    that ...``) are not its statement.

    On PolNeAR train the second piece gains 7 annotations (seven articles, five outlets)
    and loses 1 (a nested cue's, dropped inside the longer statement).
    """
    doc = cue.doc
    _, end, start_char, _ = sentence_of(doc, cue.i)
    if span[1] > cue.idx or span[0] > _trim(body, start_char, span[0])[0]:
        return None
    k = cue.i + 1
    subj = next((ch for ch in cue.children if ch.dep_ in SUBJECT_DEPS and ch.i == k), None)
    if subj is not None:
        k = subj.right_edge.i + 1  # "..., said Howard, but ..."
    if k + 1 >= end or doc[k].text != ",":
        return None
    after = doc[k + 1 : end]
    if after[0].tag_ == "VBG" or after[0].pos_ == "ADP" \
            or any(is_cue(w, cues().reporting) for w in after):
        return None
    lo, hi = _trim(body, after.start_char, min(after.end_char, paragraph(body, cue.idx)[1]))
    hi = _before_stops(body, lo, hi)
    return (lo, hi) if hi - lo >= MIN_CHARS else None


def _attached(body: str, t: Any, clause: Any, spans: list[tuple[int, int]],
              inside: list[tuple[int, int]], how: tuple[bool, str, bool]
              ) -> list[tuple[Any, Attribution, bool, str, Any]]:
    """The content ``spans`` of cue ``t`` as attributions to its subject or holder;
    ``how`` is whether the content holds nested cues, how it was found, and whether it
    stands without a speaker."""
    holds, found_by, speakerless = how
    if not spans or _mostly_quoted(body, spans, inside):
        return []
    head = subject(t) if t.pos_ != "NOUN" else _noun_speaker(t, clause)
    if head is None and t.dep_ in ("dep", "acomp") and clause is not None:
        head = subject(t.head)  # a cue the parse left hanging, an adjective: the clause's
    if head is None and t.pos_ == "VERB":
        head = _name_before(t)
    if head is None and speakerless and not _sets_the_scene(t):  # the nearest clause's subject
        head = next((h for h in map(subject, t.ancestors) if h is not None), None)
    out = []
    for span in spans:
        att = _attribution(body, t, head, span, speakerless)
        if att is not None:
            out.append((t, att, holds, found_by, clause))
    return out


#: Words that may stand between a speaker and its cue: ``Manafort, bluntly suggested``.
_BEFORE_CUE = frozenset({"ADV", "AUX", "PART", "PUNCT"})


def _name_before(cue: Any) -> Any:
    """The name just before a cue verb (or the verb whose infinitive it is) that the
    parse left without a subject (``..., former president Bill Clinton said his wife
    was ...``, ``Lewandowski continued to assert that ...``), or before a finite cue the
    noun the parse hung on the phrase before it, as its appositive or conjunct (``At
    Boca West, ..., Jay DiPietro, the club's president, suggested``); None when the
    word there is neither."""
    verb = cue
    while verb.dep_ == "xcomp" and verb.head.i < verb.i:
        verb = verb.head
    for tok in reversed(verb.doc[max(verb.sent.start, verb.i - 4) : verb.i]):
        if tok.pos_ in _BEFORE_CUE and tok.text not in ".;:!?\"“”":
            continue
        if tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG"):
            return tok
        hung = tok.dep_ in ("appos", "conj") and tok.head.i < tok.i and tok.pos_ in (
            "NOUN", "PROPN")
        finite = verb.tag_ in ("VBD", "VBZ", "VBP")
        return tok if finite and hung and not timely(tok) else None
    return None


#: Prepositions whose object a proposed cue may take as its content (``her support
#: for the bill``, ``railed against the deal``).
_PROPOSED_PREPS = frozenset({"about", "of", "for", "on", "against", "to", "over", "with", "in",
                             "at"})
#: Parts of speech of proposed cues (``backed``, ``support for``, ``critical of``).
_PROPOSED_POS = frozenset({"VERB", "NOUN", "ADJ"})


def _proposed(body: str, t: Any, inside: list[tuple[int, int]]
              ) -> list[tuple[Any, Attribution, bool, str, Any]]:
    """A word outside the lexicon (or a lexicon cue without its own content) with a
    clause, an infinitive, an object or a prepositional object: a proposal for the
    model to judge, with or without a speaker."""
    first = None
    clause, how = (_that_clause(t), "clause") if t.pos_ != "NOUN" else (None, "")
    if clause is None and t.pos_ != "NOUN":
        (clause, first), how = _infinitive(t), "infinitive"
    if clause is None and t.pos_ == "VERB":
        (clause, first), how = _object(t), "object"
    if clause is None:
        prep = next((ch for ch in t.children if ch.dep_ == "prep" and ch.i > t.i
                     and ch.lower_ in _PROPOSED_PREPS), None)
        clause = _prep_object(t, frozenset({prep.lower_})) if prep is not None else None
        how = f"prep:{prep.lower_}" if prep is not None else ""
    if clause is None:
        return []
    span = _content(body, clause, t, inside, first)
    return _attached(body, t, clause, [span] if span else [], inside,
                     (clause.dep_ == "ccomp", how, True))


def _starts(body: str, doc: Any) -> list[int]:
    """The tokens of ``doc`` (over ``body``) that start a sentence or a line, read off
    arrays of the whole Doc.

    >>> from storyline import resources
    >>> text = "Talks resumed. Both came\\nand went."
    >>> _starts(text, resources.nlp()(text))
    [0, 3, 6]
    """
    rows = doc.to_array([IDX, SENT_START]).reshape(-1, 2)
    line = np.isin(rows[:, 0], line_starts(body))
    return np.flatnonzero(line | (rows[:, 1] == 1)).tolist()


def _labelled(body: str, doc: Any, quoted: list[tuple[int, int]]
              ) -> list[tuple[Any, Attribution]]:
    """Lines and sentences opened by a speaker label (``Trump: Clinton should have
    congratulated me``): each says what follows, up to the next label or the end
    of its paragraph."""
    starts = _starts(body, doc)
    headline = first_line(body)[0]
    labels = []
    for i in starts:
        longest = MAX_LABEL_WORDS * (2 if doc[i].idx == headline else 1)
        colon = next((t for t in doc[i : i + longest + 2] if t.text == ":"), None)
        head = label_speaker(list(doc[i : colon.i]), headline=doc[i].idx == headline) \
            if colon is not None else None
        if head is not None:
            labels.append((doc[i].idx, colon, head))
    out = []
    for k, (_, colon, head) in enumerate(labels):
        p0, p1 = paragraph(body, colon.idx)
        nxt = labels[k + 1][0] if k + 1 < len(labels) else p1
        s, e = _trim(body, colon.idx + 1, min(nxt, p1))
        if e - s < MIN_CHARS or _mostly_quoted(body, [(s, e)], quoted):
            continue
        out.append((colon, Attribution(s, e, "indirect", ":", (colon.idx, colon.idx + 1),
                                       speaker_span(head, p0, p1), head)))
    return out


def _mostly_quoted(body: str, spans: list[tuple[int, int]], quoted: list[tuple[int, int]]
                   ) -> bool:
    """Whether ``spans`` say little besides quoted passages (the quotes carry them).

    ``he said it was "disastrous"`` keeps its clause: the quote is a part of it.
    """
    words = 0
    cover = Intervals.of(quoted)
    for s, e in spans:
        for m in _WORD.finditer(body, s, e):
            if not cover.covers(m.start()):
                words += 1
    return words < MIN_WORDS


def _may_hold(starts: list[int], longest: int, pos: int) -> slice:
    """Where, in spans sorted by their ``starts`` and none longer than ``longest``, are those
    that may hold character ``pos``: the ones starting at most ``longest`` before it.

    >>> [10, 20, 30, 90][_may_hold([10, 20, 30, 90], 15, 32)]
    [20, 30]
    """
    return slice(bisect_left(starts, pos - longest), bisect_right(starts, pos))


def _nest(body: str, found: list[tuple[Any, Attribution, bool]]) -> list[Attribution]:
    """Split contents at a coordinated cue inside them; drop cues nested deeper,
    but for a cue in a relative clause of an object or an infinitive (``cited
    interviews in which he said ...``: his statement is his own).

    A coordinated cue without a subject of its own speaks for the content's
    speaker (``Maduro stressed that ... and urged ...``).
    """
    out = []
    # Only an attribution starting at most ``longest`` before a cue can hold it (ends only
    # shrink below), so each cue looks at those, in the order found, not at all of them.
    by_start = sorted(range(len(found)), key=lambda k: found[k][1].start)
    starts = [found[k][1].start for k in by_start]
    longest = max((a.end - a.start for _, a, _ in found), default=0)
    for cue, att, _ in found:
        drop = False
        near = sorted(by_start[_may_hold(starts, longest, cue.idx)])
        for _, o, holds in (found[k] for k in near):
            if o is att or not o.start <= cue.idx < o.end:
                continue
            if cue.dep_ == "conj":
                o.end = min(o.end, _trim(body, o.start, cue.left_edge.idx)[1])
                if not any(ch.dep_ in SUBJECT_DEPS for ch in cue.children):
                    att.speaker_span, att.speaker_token = o.speaker_span, o.speaker_token
            elif holds or not _in_relative(cue):
                drop = True
        if not drop:
            out.append(att)
    for att in out:
        words = body[att.start : att.end].rsplit(None, 1)
        if len(words) == 2 and words[1].lower() in _JOINERS:
            att.end = _trim(body, att.start, att.start + len(words[0]))[1]
    return [a for a in out if a.end - a.start >= MIN_CHARS or _one_word(body, a.start, a.end)]


def drop_nested_partials(body: str, found: list[Attribution]) -> list[Attribution]:
    """``found`` without the partial quotes whose cue stands inside what another cue
    reports: the outer statement carries them, as :func:`_nest` drops a nested cue of
    reported speech (``Manafort acknowledged that the work could be termed "influence
    peddling"``: Manafort's, not a quote of its own by ``termed``; ``said he is certain
    Rubio will continue to be "a champion"``: a modal tells no saying). A partial quote
    whose own cue has someone else as its active subject, told as said, stays
    (``boycotted the election that Maduro called "a celebration of democracy"``: Maduro's
    words), and so does one whose cue follows a comma (``argued that ..., saying it is "a
    gift to insurers"``: a statement of its own).

    >>> outer = Attribution(0, 60, "indirect", "acknowledged", (70, 82), (62, 69))
    >>> inner = Attribution(40, 58, "partial", "termed", (30, 36))
    >>> [a.cue for a in drop_nested_partials("x" * 90, [outer, inner])]
    ['acknowledged']
    >>> from types import SimpleNamespace
    >>> maduro = SimpleNamespace(dep_="nsubj", head=SimpleNamespace(children=[]))
    >>> other = Attribution(40, 58, "partial", "called", (30, 36), (20, 26), maduro)
    >>> [a.cue for a in drop_nested_partials("x" * 90, [outer, other])]
    ['acknowledged', 'called']
    """
    outer = sorted((a for a in found if a.kind == "indirect"), key=lambda a: a.start)
    starts = [a.start for a in outer]
    longest = max((a.end - a.start for a in outer), default=0)
    own = {a.cue_span for a in outer}

    def carried(a: Attribution) -> bool:
        if a.kind != "partial" or a.cue_span is None or a.cue_span in own \
                or _after_comma(body, a.cue_span[0]):
            return False
        cue = a.cue_span[0]
        holders = [o for o in outer[_may_hold(starts, longest, cue)] if o.start <= cue < o.end]
        who = a.speaker_token
        speaks = who is not None and who.dep_ == "nsubj" \
            and a.speaker_span not in {o.speaker_span for o in holders} \
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in who.head.children)
        return bool(holders) and not speaks

    return [a for a in found if not carried(a)]


def _after_comma(body: str, i: int) -> bool:
    """Whether the last character before ``i`` that is not a space is a comma.

    >>> _after_comma("He argued it, saying", 14), _after_comma("He said it", 8)
    (True, False)
    """
    j = i - 1
    while j >= 0 and body[j].isspace():
        j -= 1
    return j >= 0 and body[j] == ","


def _in_relative(cue: Any) -> bool:
    """Whether ``cue`` stands in a relative clause (``interviews in which he said``)."""
    return cue.dep_ == "relcl" or any(a.dep_ == "relcl" for a in cue.ancestors)


def _survey_source(tok: Any) -> Any:
    """The poll or survey of an ``in`` phrase opening its sentence, which says where the
    rest of the sentence comes from (``In a CBS News poll released Monday, she led
    ...``); None for any other word, and when the sentence's verb is a cue of its own
    (``In the poll, 46 percent said ...``: theirs)."""
    c = cues()
    if tok.lower_ != "in" or tok.dep_ != "prep":
        return None
    obj = next((ch for ch in tok.children if ch.dep_ == "pobj"), None)
    if obj is None or lemma(obj) not in c.in_sources:
        return None
    first = next((t for t in tok.sent if not t.is_punct), None)
    if first is None or first.i != tok.i:
        return None
    return None if is_cue(tok.head, c.reporting) else obj


def _names_a_body(poll: Any) -> bool:
    """Whether a poll's words name who took it ("a CBS News poll", "Gallup's survey")."""
    return any(w.ent_type_ == "ORG" or w.pos_ == "PROPN" for w in poll.subtree if w.i < poll.i)


def _according_content(body: str, tok: Any, src: Any, cue: str) -> list[Attribution]:
    """The clause an ``according to X`` phrase (or an opening ``in X`` of
    :func:`_survey_source`) attributes to X: the rest of its sentence, in two pieces
    when the phrase stands inside it; ``cue`` is the cue's text."""
    sent = tok.sent
    phrase_end = src.right_edge.idx + len(src.right_edge)
    p0, p1 = paragraph(body, tok.idx)
    s_start, s_end = max(sent.start_char, p0), min(sent.end_char, p1)
    out = []
    for s, e in (_trim(body, s_start, tok.idx), _trim(body, phrase_end, s_end)):
        s += len(body[s:e]) - len(body[s:e].lstrip("\"“"))
        e = _before_stops(body, s, e, ".!?")
        if e - s >= MIN_CHARS:
            out.append(Attribution(s, e, "indirect", cue, (tok.idx, tok.idx + len(tok)),
                                   speaker_span(src, p0, p1), src))
    return out
