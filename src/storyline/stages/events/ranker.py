"""The learned role ranker's pick of source and target words (:mod:`.model`).

:func:`ranked_roles` scores every candidate word of the sentence and replaces or fills
the rules' roles (:mod:`.role_words`) only where the ranker is sure
(``ROLE_THRESHOLD``, ``REPLACE_THRESHOLD``, ``KEEP_THRESHOLD``), keeping out the words
that can hold no role (a passive's doer as target, an audience, a report's source).
"""

from __future__ import annotations

from typing import Any

from ...model import Article
from ...ontology import type_table
from . import agency, role_words, roles
from . import model as event_model
from . import rules as event_rules
from .agency import LOCATIVE_PREPS
from .state import Context, SentenceState
from .triggers import Match

#: The role ranker fills a role the rules leave empty with the word it rates above
#: ``ROLE_THRESHOLD``; it replaces the rules' choice only when it rates that choice below
#: ``KEEP_THRESHOLD`` and its own above ``REPLACE_THRESHOLD``.
ROLE_THRESHOLD = 0.4
REPLACE_THRESHOLD = 0.7
KEEP_THRESHOLD = 0.1


def ranked_roles(m: Match, kind: str, inner: Match | None, ctx: Context, st: SentenceState,
                 words: tuple[list[Any], list[Any]],
                 found: tuple[list[dict[str, Any]], list[dict[str, Any]]],
                 other: set[int], moved: set[int]
                 ) -> tuple[list[Any], list[Any], list[dict[str, Any]],
                            list[dict[str, Any]]] | None:
    """Source and target words as the role ranker picks them (event_model), with their
    actors; None to keep the rules' choice (no model, or the ranker agrees). The rules'
    words (``words``) and actors (``found``) are the starting point: a role word that names
    no known actor ("security forces", "the government") is kept as words when the ranker
    is sure of it. ``other`` holds the words of another act, which lend no doer
    (:func:`agency.other_acts`); the words of what the act moves (``moved``,
    :func:`role_words.moved`) are no target."""
    if any(c.frame == "receive" for c in ctx.carriers):
        # "Maduro received support from Russia": the carrier turns the roles round, a
        # reading too rare in the training data for the ranker to have learned (nor has it
        # learned a noun's own "from" phrase, "following an invitation from the Nigerian
        # government": builder._event keeps the rules' roles then); the rules' stand.
        return None
    src_toks, tgt_toks = words
    head, article = m.head, st.article
    carrier = next((c.head for c in reversed(ctx.carriers) if c.frame != "say"), None)
    trigger = {t.i for t in m.tokens} | ({carrier.i} if carrier is not None else set())
    rule_src = {t.i for t in src_toks}
    rule_tgt = {t.i for t in tgt_toks}
    cands = []
    for c in event_model.candidates(st.sent, trigger):
        if c.i not in st.sectors:
            actor = roles.actor_of(article, c) if c.pos_ != "PRON" else None
            st.sectors[c.i] = actor["sector"] if actor else None
        feats = event_model.role_features(head, c, kind, m.frame, carrier, rule_src, rule_tgt,
                                          st.sectors[c.i],
                                          inner.head if inner is not None else None)
        cands.append((c, feats))
    if st.trace is not None:
        st.trace.append({"type": kind, "head": head.i, "candidates": [
            (c.idx, c.idx + len(c.text), c.left_edge.idx, feats) for c, feats in cands]})
    scored = [(c, event_model.role_probs(f)) for c, f in cands]
    if not scored or scored[0][1] is None:
        return None
    # "Pence promising Guaidó support": a gerund's owner is a reading the ranker never saw.
    owner = roles.gerund_owner(head)
    outside = set()
    if head.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in head.children):
        # "..., as eight demonstrators were killed": a passive's doer is in its own clause.
        inside = {t.i for t in head.subtree}
        outside = {c.i for c, _ in scored if c.i not in inside}
    # "The government freed prisoners jailed for protesting": so is a participle's doer
    # ("by ..."), not its target, the noun it modifies, outside its clause.
    clause = {t.i for t in head.subtree}
    doer_outside = {c.i for c, _ in scored if c.i not in clause} \
        if agency.is_participle(head, st) or _own_subject_conjunct(head) else set()
    if not type_table()[kind].verbal:
        # "According to the UN, 20 people were killed": who reports a blow did not strike it.
        outside |= _attribution(st.sent)
    outside |= role_words.listeners(st, head)
    if head.i in st.topics:
        # "issued a statement on the release of the journalist": the release's doer is in
        # its own phrase ("by ..."), or not named; the issuer only spoke of it.
        own = {t.i for t in head.subtree}
        outside |= {c.i for c, _ in scored if c.i not in own}
    sure = {c.i: p for c, p in scored}
    # Kept as words when the ranker is sure and they name an agent, not an act or a thing.
    rule_source = found[0] or agency.words([t for t in src_toks if t.i in sure
                                            and sure[t.i]["source"] >= ROLE_THRESHOLD
                                            and (t.lower_ not in st.lex.forms or t.pos_ == "NOUN")])
    rule_target = found[1] or agency.words([t for t in tgt_toks if t.i in sure
                                            and sure[t.i]["target"] >= ROLE_THRESHOLD])
    # The rules' words that name no one ("lifted its *embargo*") hold no role to keep.
    # "Lai's detention is arbitrary and called for his release": whoever underwent an act
    # the parse makes the subject is not the doer either.
    undergone = {w.i for t in roles.sources(head) if agency.undergone_act(t, st) for w in t.subtree}
    undergone |= other
    new_src = None if owner is not None and owner.i in rule_src \
        else _pick(scored, "source", rule_src if rule_source else set(),
                   agency.speaker(ctx) | agency.undergone(m, st) | outside | doer_outside
                   | undergone | role_words.subtrees(agency.acted_on(head, kind)))
    chosen = set(rule_src if new_src is None else {t.i for t in new_src})
    spoken_of = {w.i for c in head.children if c.dep_ in ("dobj", "obj") and c.i != head.i
                 and agency.done_to_possessor(c) for w in agency.possessors(c)}
    sent_to = {w.i for t in roles.destinations(head) for w in t.subtree}
    # A request that names what it asks for ("called for an Asian NATO") and no one it
    # asks keeps no target: the ranker's pick is then a bystander or a place ("in Tokyo").
    asked = role_words.asked_for(m)
    new_tgt = None if asked and not rule_target else _pick(
        scored, "target", rule_tgt if rule_target else set(),
        chosen | spoken_of | sent_to | moved | outside | asked
        | role_words.subtrees(agency.passive_agents(head)) | st.things)
    source = rule_source if new_src is None \
        else roles.actors_of(article, new_src) or agency.words(new_src)
    if new_tgt is not None and not source and all(_locative(t) for t in new_tgt):
        new_tgt = None  # "talks collapsed in Norway": with no one acting, a place is only where
    if new_tgt is None:
        target = rule_target
    else:
        # An act chosen as the target ("condemned the attack") stands for who did it
        # ("condemned the army's shelling": the army), never for its victim or place
        # ("the attack on a church in Quetta", "condemned Mhlanga's arrest"): with no doer
        # named it leaves no target (:func:`_act_doers`).
        acts = [t for t in new_tgt if t.pos_ == "NOUN" and st.lex.acts(t.lemma_.lower())]
        target = _act_doers(article, acts) if acts \
            else roles.actors_of(article, new_tgt) or agency.words(new_tgt)
    if new_src is None and new_tgt is None and source is found[0] and target is found[1]:
        return None
    seen = {a["id"] or a["name"] for a in source}
    return (src_toks if new_src is None else new_src, tgt_toks if new_tgt is None else new_tgt,
            source, [a for a in target if (a["id"] or a["name"]) not in seen])


def _own_subject_conjunct(head: Any) -> bool:
    """True for a verb coordinated with another that has a subject of its own ("Reporters
    asked the minister ..., and *she* denied ..."): its doer is that subject, never a word
    of the other clause, even when the pronoun stays unresolved."""
    return head.dep_ == "conj" and head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def _attribution(sent: Any) -> set[int]:
    """Words of a phrase saying where a report comes from ("according to X": an
    ``attribution`` rule of data/event_rules.tsv names its word)."""
    return {w.i for t in sent if event_rules.applies("attribution", t)
            for c in t.children for w in c.subtree}


def _locative(tok: Any) -> bool:
    """True for the object of a preposition of place ("in Norway", "at the border")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def _pick(scored: list[tuple[Any, dict[str, float]]], role: str, rule: set[int],
          taken: set[int]) -> list[Any] | None:
    """The ranker's words for one role, or None to keep the rules' (see ROLE_THRESHOLD)."""
    options = [x for x in scored if x[0].i not in taken]
    if not options:
        return None
    word, probs = max(options, key=lambda x: x[1][role])
    if word.i in rule or probs[role] < ROLE_THRESHOLD:
        return None
    if rule and (probs[role] < REPLACE_THRESHOLD or any(
            p[role] >= KEEP_THRESHOLD for c, p in scored if c.i in rule)):
        return None
    return roles.expand([word])


def _act_doers(article: Article, toks: list[Any]) -> list[dict[str, Any]]:
    """Who did the acts chosen as a target (:func:`agency.makers`: "condemned *the army's*
    shelling"), not whom they were done to ("condemned Mhlanga's arrest" names no arrester,
    so no target): an act kept as its words misleads an analyst, who reads the target as
    whom the event is aimed at."""
    doers = [w for t in toks for w in agency.makers(t)]
    return roles.actors_of(article, doers) or agency.words(doers)
