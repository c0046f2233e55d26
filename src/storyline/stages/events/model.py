"""Learned decisions of the events stage: who is the source and who the target of a
coded event, and how likely a coded event is to be right (its ``confidence``).

The lexicon and the parse propose: a trigger, its clause, the rules' choice of role
words. Two small models decide:

- the **role ranker** scores every nominal word of the sentence as the event's
  ``source``, ``target`` or neither, from the dependency path between the trigger and
  the word, the voice, the preposition, the word's entity label and actor sector, its
  side and distance, the event type and frame, and whether the rules chose it;
- the **event scorer** gives each coded event the probability that its type is right
  (a real event of that type), from the trigger's lemma, frame and type, the status,
  what roles were found and how many known actors, and the event's rank in its sentence;
  a logistic map (Platt scaling) fitted on held-apart training folds turns the score into a
  calibrated ``confidence``. (The sentence's other words were tried as features: they
  fitted the training sentences' topics and scored right events of long, name-heavy
  sentences low, hiding four of the five key events of the seed articles.)

Both are logistic regressions trained by ``training/events.py`` (scikit-learn, from
``../shared`` data and our VOA annotation, validation split fixed by hash). The
package ships only their weights, as JSON in ``data/event_model.json``, scored here
with dict lookups: analysis needs no scikit-learn, loads the model in milliseconds,
once per process, and gives the same numbers on any machine. Without the file the
rules' own choices and confidences stand.

>>> from storyline import resources
>>> doc = resources.nlp()("Police arrested twelve protesters.")
>>> path_between(doc[1], doc[3])
'vdobj'
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from functools import cache, reduce
from importlib import resources
from operator import add
from typing import Any

from ...doc_index import children, deps, doc_text, heads, lowers, per_doc, poses, sentence_at
from .quoted import FIRST_PERSON
from .roles import TIME_LABELS

#: Parts of speech of words that may name a source or a target.
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
#: Named-entity labels of words that name no actor.
NON_ACTOR_LABELS = TIME_LABELS | {"ORDINAL"}
#: Dependencies of words inside a noun phrase rather than heading one.
INSIDE_DEPS = frozenset({"compound", "amod", "nummod", "det", "case"})
MAX_PATH = 5


@cache
def model() -> dict[str, Any] | None:
    """The shipped weights (``data/event_model.json``), loaded once; None when absent."""
    try:
        text = resources.files("storyline").joinpath("data/event_model.json").read_text(
            encoding="utf-8")
    except FileNotFoundError:
        return None
    return json.loads(text)


def _step_down(dep: str, lower: str) -> str:
    return f"v{dep}:{lower}" if dep in ("prep", "agent") else f"v{dep}"


@per_doc(lambda tok: tok.i)
def _chain(head: Any) -> tuple[dict[int, int], list[str]]:
    """The words from ``head`` up to its root: each one's place in the chain, and each
    one's dependency; found once per word (a trigger's path goes to every candidate)."""
    up_heads, up_deps = heads(head.doc), deps(head.doc)
    up = [head.i]
    while up_heads[up[-1]] != up[-1]:
        up.append(up_heads[up[-1]])
    return {i: k for k, i in enumerate(up)}, [up_deps[i] for i in up]


def path_between(head: Any, cand: Any) -> str:
    """The dependency path from a trigger up to the lowest common word and down to a
    candidate role word: ``^dep`` for each step up, ``vdep`` (``vprep:by``) for each step
    down; ``long`` past five steps. The parse is read from the Doc's arrays
    (:func:`~storyline.doc_index.heads`), not word by word."""
    up_index, up_deps = _chain(head)
    doc = cand.doc
    above = heads(doc)
    down: list[int] = []
    i = cand.i
    while i not in up_index:
        down.append(i)
        if above[i] == i:
            return "long"
        i = above[i]
    k = up_index[i]
    if k + len(down) > MAX_PATH:
        return "long"
    dep, low = deps(doc), lowers(doc)
    steps = [f"^{d}" for d in up_deps[:k]] + [_step_down(dep[d], low[d]) for d in reversed(down)]
    return "|".join(steps) or "self"


def candidates(sent: Any, trigger: set[int]) -> list[Any]:
    """Words of the sentence that may name an actor: heads of noun phrases (names,
    nouns, pronouns) outside the trigger, not dates or numbers."""
    doc = sent.doc
    pos, dep = poses(doc), deps(doc)
    return [t for t in (doc[i] for i in range(sent.start, sent.end)
                        if pos[i] in NOMINAL and i not in trigger and dep[i] not in INSIDE_DEPS)
            if t.ent_type_ not in NON_ACTOR_LABELS]


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8+"


def role_features(head: Any, cand: Any, kind: str, frame: str, carrier: Any | None,
                  rule_src: set[int], rule_tgt: set[int], sector: str | None,
                  inner: Any | None = None) -> list[str]:
    """Indicator features of one candidate word for one event (names only; value 1)."""
    path = path_between(head, cand)
    steps = path.split("|")
    dep = deps(head.doc)
    passive = any(dep[c] in ("nsubjpass", "auxpass") for c in children(head.doc)[head.i])
    voice = "pass" if passive else "act"
    side = "L" if cand.i < head.i else "R"
    feats = [
        f"p={path}", f"p1={steps[0]}", f"pz={steps[-1]}", f"k={kind}|p={path}",
        f"f={frame}|p={path}", f"v={voice}|p={path}", f"v={voice}|pz={steps[-1]}",
        f"side={side}", f"k={kind}|side={side}", f"dist={_bucket(abs(cand.i - head.i))}",
        f"pos={cand.pos_}", f"ent={cand.ent_type_ or '-'}", f"dep={cand.dep_}",
        f"hpos={head.pos_}", f"hpos={head.pos_}|p1={steps[0]}",
        f"tl={head.lemma_.lower()}|p1={steps[0]}", f"sector={sector or '-'}",
        f"k={kind}|sector={sector or '-'}",
    ]
    if cand.i in rule_src:
        feats += ["rule=src", f"k={kind}|rule=src"]
    if cand.i in rule_tgt:
        feats += ["rule=tgt", f"k={kind}|rule=tgt"]
    if carrier is not None:
        cpath = path_between(carrier, cand)
        feats += [f"cp={cpath}", f"cp1={cpath.split('|')[0]}", f"k={kind}|cp={cpath}"]
    if inner is not None and inner.i != cand.i:
        ipath = path_between(inner, cand)
        feats += [f"ip={ipath}", f"k={kind}|ip={ipath}"]
    return feats


def linear(weights: dict[str, Any], feats: list[str], width: int) -> list[float]:
    """The summed weights of ``feats``: one score per class (``width`` of them), each
    summed in the features' order, one plain addition after another (the same float as a
    loop of ``+=``; ``sum`` compensates its rounding from Python 3.12 on, so it is not used).

    >>> linear({"a": [1.0, 2.0], "b": [0.5, -1.0]}, ["a", "x", "b"], 2)
    [1.5, 1.0]
    >>> linear({"a": 0.25}, ["a", "a"], 1), linear({}, ["x"], 1)
    ([0.5], [0.0])
    """
    found = [w for w in map(weights.get, feats) if w is not None]
    if not found:
        return [0.0] * width
    if width == 1:
        return [reduce(add, found, 0.0)]
    return [reduce(add, column, 0.0) for column in zip(*found, strict=True)]


def role_probs(feats: list[str]) -> dict[str, float] | None:
    """P(none), P(source), P(target) of one candidate under the shipped ranker."""
    m = model()
    if m is None:
        return None
    return _softmax(m["roles"], feats)


def _softmax(part: dict[str, Any], feats: list[str]) -> dict[str, float]:
    scores = linear(part["weights"], feats, len(part["classes"]))
    scores = [s + b for s, b in zip(scores, part["intercept"], strict=True)]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {c: e / total for c, e in zip(part["classes"], exps, strict=True)}


MODALS = frozenset({"should", "must", "could", "would", "might", "may", "can", "ought"})


def _role_word(toks: list[Any]) -> Any | None:
    """The head of a role's words: the one whose head lies outside them."""
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head.i == t.i), None)


def _how(tok: Any | None) -> str:
    """How a role word hangs in the sentence: its dependency, with the preposition over
    it ("pobj:to"), and whether it is a pronoun of the first or another person."""
    if tok is None:
        return "none"
    dep = f"pobj:{tok.head.lower_}" if tok.dep_ == "pobj" else tok.dep_
    if tok.pos_ == "PRON":
        return f"{dep}|pron={'1' if tok.lower_ in FIRST_PERSON else '3'}"
    return dep if not any(c.dep_ == "poss" for c in tok.children) else f"{dep}|poss"


def quoted(tok: Any) -> bool:
    """True when a word sits inside quotation marks its sentence opens before it. (The
    quotes stage's spans, :func:`storyline.stages.quotes.marks.inside_quote`, also see
    quotes opened in an earlier sentence; the scorer retrained on them scored lower on
    validation, plv type+source+target 0.514 against 0.521, so this reading stays.)"""
    before = doc_text(tok.doc)[sentence_at(tok.doc, tok.idx):tok.idx]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def row_facts(head: Any, src_toks: list[Any], tgt_toks: list[Any]) -> dict[str, Any]:
    """What the event scorer reads of how a row's roles were found and how its trigger is
    framed: a role held by a pronoun, a possessor or a preposition's object is wrong more
    often; a trigger in a quotation or under a modal ("should push for") is often an
    opinion, not an act."""
    modal = next((c.lower_ for c in head.children if c.dep_ == "aux" and c.lower_ in MODALS),
                 "-")
    return {"sdep": _how(_role_word(src_toks)), "tdep": _how(_role_word(tgt_toks)),
            "quoted": quoted(head), "modal": modal}


def event_features(kind: str, frame: str, lemma: str, state: str,
                   facts: dict[str, Any]) -> list[str]:
    """Indicator features of one coded event for the event scorer."""
    feats = [f"k={kind}", f"f={frame}", f"k={kind}|l={lemma}", f"l={lemma}",
             f"s={state}", f"k={kind}|s={state}"]
    feats += [f"{name}={value}" for name, value in sorted(facts.items())]
    feats += [f"k={kind}|{name}={value}" for name, value in sorted(facts.items())
              if name in ("src", "tgt", "rank", "noun", "sdep", "tdep", "quoted")]
    return feats


def event_probability(feats: list[str]) -> float | None:
    """The calibrated probability that a coded event's type is right (None without the
    shipped model)."""
    m = model()
    if m is None:
        return None
    scorer = m["events"]
    return calibrate(logistic(scorer, feats), scorer["calibration"])


def logistic(part: dict[str, Any], feats: list[str]) -> float:
    """The probability a binary logistic model (``weights``, ``intercept``) gives ``feats``.

    >>> round(logistic({"weights": {"a": 1.0}, "intercept": -1.0}, ["a", "b"]), 2)
    0.5
    """
    z = linear(part["weights"], feats, 1)[0] + part["intercept"]
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def calibrate(raw: float, table: dict[str, list[float]]) -> float:
    """Read a raw score through a calibration map (``x`` ascending scores, ``y`` values),
    interpolating linearly between thresholds.

    >>> calibrate(0.5, {"x": [0.0, 0.4, 0.6, 1.0], "y": [0.1, 0.2, 0.8, 0.9]})
    0.5
    """
    xs, ys = table["x"], table["y"]
    if raw <= xs[0]:
        return ys[0]
    if raw >= xs[-1]:
        return ys[-1]
    k = bisect_right(xs, raw)
    x0, x1, y0, y1 = xs[k - 1], xs[k], ys[k - 1], ys[k]
    return y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1

