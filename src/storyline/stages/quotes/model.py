"""The learned decision of reported speech: is this cue with its content an attribution?

The rules of :mod:`reported_speech` propose: a cue word of the lexicon with the
clause, infinitive, object or prepositional object it governs, an ``according to``
phrase, a speaker label, a cue set inside its clause; and, with the model in place,
any verb or noun with such an argument (``backed the plan``, ``her support for the
bill``), which the lexicon cannot list. A logistic regression gives each proposal
the probability that it is an attribution a reader would mark, from the cue's lemma
and lexicon class, the kind of argument, who the subject is (a person, a pronoun, an
organisation, nobody), the argument's head, voice, negation, the content's length
and whether it holds quoted words, and the proposal's place in its sentence (which side
of the cue the content is and how far, the cue above it, the sentence's reporting
verbs, the content's first word); proposals under the model's ``threshold`` are
dropped.

The model is trained by ``training/quotes.py`` (scikit-learn, PolNeAR's training
split only) and shipped as weights in ``data/quote_model.json``, scored with dict
lookups (:func:`event_model.logistic`). Without the file the lexicon's cues stand
alone and nothing is dropped.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ... import resources
from ...doc_index import doc_text, per_doc, poses, sentence_at, sentence_of
from ...text_index import first_line
from ..events.model import logistic
from ..nlp import lemma
from .speakers import REPORTING, cues, has_cue_object

#: Lexicon classes a cue lemma may belong to (fields of :class:`.speakers.Cues`).
_CLASSES = ("speech", "thought", "evidence", "intent", "object", "raising", "nouns", "prep")
_WORD = re.compile(r"\w+")
_PEOPLE_PRONOUNS = {"i", "we", "you", "he", "she", "they", "who"}
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
#: First words of a content that are features of their own (others are ``first=other``).
_FIRST_WORDS = {"that", "to", "whether", "if", "how", "why", "what", "the", "a", "he", "she",
                "they", "it", "i", "we"}
_QUOTE_MARKS = "\"“”«»"
#: What a traced run records of each proposal: its content span and cue offset, and
#: its features.
Trace = list[tuple[tuple[int, int, int], list[str]]]
#: A judge: the weights, intercept and threshold of ``data/quote_model.json``'s shape.
Judge = dict[str, Any]
#: The judge that is none: the lexicon's cues stand alone and nothing is dropped.
NO_JUDGE: Judge = {}


@cache
def model() -> dict[str, Any] | None:
    """The shipped weights (``data/quote_model.json``), loaded once; None when absent."""
    try:
        return resources.data_json("quote_model.json")
    except FileNotFoundError:
        return None


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1-3" if n <= 3 else "4-8" if n <= 8 else "9-20" if n <= 20 \
        else "21+"


def _who(tok: Any) -> str:
    """What kind of word heads a speaker or an argument: a person's pronoun, a named
    entity's label, a common noun, or ``none``."""
    if tok is None:
        return "none"
    if tok.pos_ == "PRON":
        return "pron" if tok.lower_ in _PEOPLE_PRONOUNS else "it"
    if tok.ent_type_:
        return tok.ent_type_
    return tok.pos_


def features(body: str, cue: Any, how: str, start: int, end: int, speaker: Any,
             arg: Any = None) -> list[str]:
    """Indicator features of one proposed attribution.

    Args:
        body: the article body.
        cue: the cue token (a verb, a noun, ``according``, a label's colon).
        how: how the content was found (``clause``, ``infinitive``, ``object``,
            ``prep:about``, ``inside``, ``raising``, ``according``, ``label``,
            ``survey``, ``reputed``).
        start: where the content starts in ``body``.
        end: where it ends.
        speaker: the token heading the speaker, or None.
        arg: the token heading the content, when there is one.

    >>> from storyline import resources
    >>> doc = resources.nlp()("Trump backed the plan.")
    >>> [f for f in features(doc.text, doc[1], "object", 12, 20, doc[0], doc[3])][:3]
    ['l=back', 'how=object', 'l=back|how=object']
    """
    c = cues()
    lem = lemma(cue)
    classes = [k for k in _CLASSES if lem in getattr(c, k) and has_cue_object(cue)] or ["none"]
    who = _who(speaker)
    words = len(_WORD.findall(body, start, end))
    kids = {ch.dep_ for ch in cue.children}
    line = cue.idx < first_line(body)[1]
    feats = [f"l={lem}", f"how={how}", f"l={lem}|how={how}", f"pos={cue.pos_}",
             f"tag={cue.tag_}", f"dep={cue.dep_}", f"how={how}|dep={cue.dep_}",
             f"who={who}", f"how={how}|who={who}", f"l={lem}|who={who}",
             f"len={_bucket(words)}", f"how={how}|len={_bucket(words)}",
             f"arg={_who(arg)}", f"how={how}|arg={_who(arg)}", f"l={lem}|arg={_who(arg)}"]
    feats += [f"lex={k}" for k in classes] + [f"lex={k}|how={how}" for k in classes]
    feats += [f"lex={k}|who={who}" for k in classes]
    if "neg" in kids:
        feats.append("neg")
    if "auxpass" in kids or "nsubjpass" in kids:
        feats.append("passive")
    if any(ch.tag_ == "MD" for ch in cue.children):
        feats.append("modal")
    if any(ch in _QUOTE_MARKS for ch in body[start:end]):
        feats.append("quoted")
    if line:
        feats.append("first_line")
    return feats + _context(body, cue, how, start, end, speaker, arg)


@cache
def _class_of() -> dict[str, str]:
    """Each cue lemma's first lexicon class (in :data:`_CLASSES`' order)."""
    c = cues()
    out: dict[str, str] = {}
    for k in reversed(_CLASSES):
        out.update(dict.fromkeys(getattr(c, k), k))
    return out


def _lexicon_class(tok: Any) -> str | None:
    """The first lexicon class of a verb's or noun's lemma, or None (for a verb that is a
    cue only with its object, too, when it has none: ``put the bill to a vote``)."""
    if tok.pos_ not in ("VERB", "AUX", "NOUN") or not has_cue_object(tok):
        return None
    return _class_of().get(lemma(tok))


@per_doc(lambda cue: sentence_at(cue.doc, cue.idx))
def _sentence(cue: Any) -> tuple[int, bool, list[tuple[int, str, str]]]:
    """Of the sentence of the token ``cue``: its length in words, whether it is a
    question, and the offset, part of speech and lexicon class of each verb or auxiliary
    of a class; found once for all the proposals in it (a sentence holds several: the
    sentence is found by its first character; its bounds and its words' parts of speech
    are read off the Doc's arrays, not by ``cue.sent``, which walks it, and a Token is
    made for each verb only)."""
    doc = cue.doc
    start, end, start_char, end_char = sentence_of(doc, cue.i)
    pos = poses(doc)
    verbs = [(t.idx, t.pos_, k) for t in (doc[i] for i in range(start, end)
                                          if pos[i] in ("VERB", "AUX"))
             if (k := _lexicon_class(t)) is not None]
    return end - start, doc_text(doc)[start_char:end_char].rstrip().endswith("?"), verbs


def _context(body: str, cue: Any, how: str, start: int, end: int, speaker: Any,
             arg: Any) -> list[str]:
    """Features of a proposal's place in its sentence: which side of the cue the content
    is and how far, the cue above it, the sentence's reporting verbs (the cue among
    them), the
    content's first word and clause, the speaker's noun, the argument's relation."""
    lem = lemma(cue)
    if end <= cue.idx:
        side, gap = "before", len(body[end : cue.idx].split())
    elif start >= cue.idx + len(cue):
        side, gap = "after", len(body[cue.idx + len(cue) : start].split())
    else:
        side, gap = "around", 0
    near = "0" if gap == 0 else "1" if gap == 1 else "2-3" if gap <= 3 else "4+"
    up = next((k for k in map(_lexicon_class, cue.ancestors) if k), "none")
    n_words, question, verbs = _sentence(cue)
    reporting = sum(1 for _, _, k in verbs if k in REPORTING)
    words = _WORD.findall(body[start:end].lower())
    first = words[0] if words and words[0] in _FIRST_WORDS else "other"
    feats = [f"side={side}", f"gap={near}", f"gap={near}|how={how}", f"up={up}",
             f"up={up}|how={how}", f"hdep={cue.dep_}|{cue.head.pos_}",
             f"ncues={min(reporting, 3)}", f"first={first}",
             f"sentlen={'s' if n_words < 15 else 'm' if n_words < 35 else 'l'}",
             f"l={lem}|tag={cue.tag_}", f"l={lem}|side={side}"]
    if first != "other":
        feats.append(f"first={first}|l={lem}")
    if any(start <= i < end and pos == "VERB" and k == "speech" for i, pos, k in verbs):
        feats.append("holds_speech")
    line = body[body.rfind("\n", 0, cue.idx) + 1 : cue.idx]
    if line.count("“") > line.count("”") or line.count('"') % 2:
        feats.append("cue_quoted")
    if speaker is not None:
        feats.append(f"spkdep={speaker.dep_}")
        if speaker.pos_ == "NOUN":
            feats.append(f"spk={lemma(speaker)}")
    if arg is not None:
        feats += [f"argdep={arg.dep_}", f"argdep={arg.dep_}|l={lem}"]
        if arg.pos_ == "NOUN":
            feats.append(f"argl={lemma(arg)}")
        if any(ch.dep_ in ("nsubj", "nsubjpass", "expl") for ch in arg.children):
            feats.append("finite")
    if _FIRST_PERSON.intersection(words):
        feats.append("first_person")
    if question:
        feats.append("question")
    return feats


def keep(feats: list[str], judge: Judge) -> bool:
    """Whether a proposal stands: at or above ``judge``'s threshold, or no judge.

    >>> keep(["l=say"], {"intercept": 1.0, "weights": {"l=say": 1.0}, "threshold": 0.5})
    True
    >>> keep(["l=go"], NO_JUDGE)
    True
    """
    return not judge or logistic(judge, feats) >= judge["threshold"]
