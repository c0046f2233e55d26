"""The ``events`` stage: each sentence's political events in PLOVER.

For every sentence that holds a trigger word (a cheap lookup first, see
:func:`~storyline.stages.events.lexicon.may_hold_event`) the stage finds the
lexicon's triggers, links them into a tree by the parse (a trigger *governs*
the triggers in its complement or object: "refused to take part in talks" is
one REJECT, "voiced support" is one SUPPORT carried by "voiced", "X said Y will
meet Z" is Y's CONSULT said by X) and codes each top event with its type,
mode, CAMEO root, quad class, intensity, roles, status, date and place.

Coordinated actors are kept together: "Russia, Cuba and Iran voiced support for
Maduro" is one SUPPORT whose ``source`` lists the three (the corpus stages
split or merge events across articles). A mutual event ("talks between Lavrov
and Pompeo", "blamed one another") lists every party as source, and for
"one another" as target too.

This module is the entry point (:func:`sentence_events`, the ``events`` stage); the
parts live by name: :mod:`.tree` links the triggers, :mod:`.builder` codes an event
per tree, :mod:`.role_words`, :mod:`.agency` and :mod:`.ranker` give its roles,
:mod:`.sentence_dates` its date, :mod:`.state` the per-sentence working data.

>>> from storyline.analyze import analyze_text
>>> out = analyze_text("Russia voiced support for Maduro on Sunday.", published="2019-05-05")
>>> [(e["type"], e["date"]) for e in out["events"]]
[('SUPPORT', '2019-05-05')]
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from ...doc_index import ents_in, lowers
from ...model import Article, Event
from ...pipeline import stage
from ...settings import Settings
from . import READS, VERSION, WRITES, agency, builder, role_words, sentence_dates, tree
from . import model as event_model
from .carried_dates import Dated, carry_dates
from .dates import load as load_dates
from .lexicon import lexicon
from .state import Context, SentenceState
from .triggers import find_matches, mode_words


def _published(article: Article) -> date | None:
    try:
        return date.fromisoformat((article.published or "")[:10])
    except ValueError:
        return None


def sentence_events(article: Article, sent: Any, settings: Settings,
                    trace: list[dict[str, Any]] | None = None) -> list[Event]:
    """The events of one spaCy sentence of ``article._doc``; ``trace`` collects what the
    learned models read, for training them."""
    return [e for e, _word in _triggered_events(article, sent, settings, trace)]


def _triggered_events(article: Article, sent: Any, settings: Settings,
                      trace: list[dict[str, Any]] | None = None,
                      sayings: list[Dated] | None = None,
                      acts: list[Dated] | None = None
                      ) -> list[tuple[Event, Any | None]]:
    """:func:`sentence_events`, each event with the word that tells it (the first word of
    its trigger, or for a promise the verb that reports it); the dated reporting verbs of
    the sentence go to ``sayings``, its dated acts to ``acts``."""
    lex = lexicon(settings.lexicon_files)
    lower = set(lowers(sent.doc)[sent.start:sent.end])
    if lower.isdisjoint(lex.forms) and (
            sayings is None or lower.isdisjoint(lex.said_forms)
            or not any(e.label_ == "DATE" for e in ents_in(sent))):
        return []  # no trigger, nor a verb of saying that could date its speaker
    matches = find_matches(sent, lex)
    dates, loose, said = sentence_dates.attach_dates(sent, matches)
    published = _published(article)
    if sayings is not None and (said or dates):
        sayings += sentence_dates.dated_sayings(article, matches, said, dates, published, lex)
    if acts is not None and (dates or loose):
        acts += sentence_dates.dated_acts(matches, dates, loose, published)
    if not any(m.type for m in matches):
        return []
    roots, topics = tree.trees(matches)
    st = SentenceState(article, sent, published, dates, loose, said,
                       mode_words(sent, lex),
                       lex=lex, things=role_words.things(sent), topics=topics, trace=trace,
                       act_nouns=agency.act_nouns(matches))
    found = [e for node in roots for e in builder.build(node, Context(), st)]
    words = {key: facts.get("word") for key, facts in st.facts.items()}
    return [(e, None if (w := words.get((e.trigger, e.type))) is None else sent.doc[w])
            for e in _score(_one_act(found, st), st)]


def _one_act(found: list[Event], st: SentenceState) -> list[Event]:
    """Verbs of one type joined by "and" tell one act ("they shot and killed people",
    "arrested and detained"): one event, the first verb's, with the targets of both."""
    heads = [st.facts.get((e.trigger, e.type), {}).get("head") for e in found]
    doc = st.sent.doc
    out = list(found)
    for j, f in enumerate(found):
        g = heads[j]
        if g is None or doc[g].dep_ != "conj" or doc[g].pos_ != "VERB":
            continue
        k = next((k for k, e in enumerate(found) if k != j and heads[k] == doc[g].head.i
                  and e.type == f.type and out[k] is not None), None)
        if k is None:
            continue
        e = out[k]
        seen = {a["id"] or a["name"] for a in [*e.source, *e.target]}
        out[k] = replace(e, target=[*e.target, *(a for a in f.target
                                                   if (a["id"] or a["name"]) not in seen)])
        out[j] = None
    return [e for e in out if e is not None]


def _score(found: list[Event], st: SentenceState) -> list[Event]:
    """Each event's ``confidence``: the event scorer's calibrated probability that its type
    is right (event_model), read from what the rules found; the rules' own score without
    the model."""
    order = sorted(range(len(found)), key=lambda k: -found[k].confidence)
    rank = {k: r for r, k in enumerate(order)}
    out = []
    for k, e in enumerate(found):
        facts = dict(st.facts.get((e.trigger, e.type), {}))
        frame, lemma, state = facts.pop("frame", "-"), facts.pop("lemma", "-"), e.status
        facts.pop("state", None)
        head = facts.pop("head", None)
        facts.pop("word", None)  # the word that tells the act, for carried_dates
        facts.update(rank=min(rank[k], 2), n=min(len(found), 3),
                     rule=f"{min(int(e.confidence * 10), 9)}")
        feats = event_model.event_features(e.type, frame, lemma, state, facts)
        if st.trace is not None:
            st.trace.append({"event": e.type, "head": head, "rule": e.confidence,
                             "features": feats})
        p = event_model.event_probability(feats)
        out.append(e if p is None else replace(e, confidence=round(p, 3)))
    return out


def _load(settings: Settings) -> None:
    load_dates()


@stage(reads=READS, writes=WRITES, version=VERSION, load=_load)
def events(article: Article, settings: Settings) -> Article:
    """Code the events of every sentence of ``article.body`` (needs the parse)."""
    doc = article._doc
    if doc is None:
        return article
    sayings: list[Dated] = []
    acts: list[Dated] = []
    found = [pair for sent in doc.sents
             for pair in _triggered_events(article, sent, settings, sayings=sayings, acts=acts)]
    published = _published(article)
    article.events = carry_dates(found, sayings, acts,
                                 published.isoformat() if published else None)
    return article
