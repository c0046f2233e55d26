"""Score quote extraction against PolNeAR (political news attribution relations).

The corpus is read from its tarball at run time (``../shared/data/dev/quotes/
polnear_train_dev.tar.gz``, never extracted): brat ``.ann`` files whose
attributions have source, cue and content spans. Articles annotated by several
annotators are scored against one annotation (the first annotator id in order).

Units. A gold unit is one attribution (its content may be in several pieces). A
predicted unit is the set of our quotes sharing one cue (``cue_span``), so
``"A," X said, "B."`` is one unit as in the gold; a quote without a cue is a
unit of its own.

Matching. Units are compared as sets of word tokens (``\\w+``; punctuation and
quote marks do not count). A predicted and a gold unit match when their token
Jaccard is at least 0.5; matching is one-to-one, best Jaccard first.
``exact_*`` counts a match only when the token sets are equal.

Direct quotes. A gold attribution is direct when every content piece is
enclosed in double quote marks (the marks inside the piece or just outside it;
NYT's PTB marks ``''...''`` are double marks, since stop 30);
``direct_precision`` is over our units holding a ``direct`` quote,
``direct_recall`` over gold direct attributions. ``indirect_*`` are the same
over the rest (reported speech, partial quotes): precision over our units
without a ``direct`` quote, recall over gold attributions that are not direct.

Speaker accuracy, over matched units whose gold has a source: right when our
speaker span overlaps the gold source span, or our speaker's head word (its
last word) is one of the gold source's words (the same name said elsewhere).
A gold source that is a lone relative pronoun (``Sanders, who sees himself as
...``: the annotation marks ``who``) stands for the noun phrase just before it:
our speaker is right when it ends there, before the comma or an appositive
between commas (``Senator Jeff Flake, Republican of Arizona, who echoed``).
Gold sources may be pronouns or nominals ("he", "the campaign");
``*_named_speaker_accuracy`` counts only gold sources that name someone (a
capitalised word other than a pronoun or determiner).

Resolved speaker accuracy (``*_resolved_speaker_accuracy``), over the same matched
units whose gold source names someone: the speaker as a reader sees it, the actor it
resolves to (:func:`storyline.stages.quotes.stage.speakers`, over the actors the actors
stage finds in the article). Right when one of that actor's mentions overlaps the gold
source or the last word of its name is one of the gold source's words (``he`` resolved
to Jared Kushner for a gold ``Kushner``; ``the governor`` linked to Chris Christie for a
gold ``Gov. Chris Christie``); a speaker resolved to no actor is judged by its words, as
above. A pronoun or role gold source has no person to compare with, so it is left out.

Parses are cached (spaCy ``DocBin``) under ``out/cache/`` (gitignored), keyed by a
hash of the texts, the spaCy model and the code that builds the pipeline; delete the
folder to parse afresh.

Run ``python -m eval.quotes [train|dev]`` (dev is the held-out number).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import tarfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline import resources
from storyline.model import Article
from storyline.stages.actors.article import find_actors
from storyline.stages.quotes.speakers import Attribution
from storyline.stages.quotes.stage import attributions, speakers

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "out" / "cache"
TARBALL = (Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev" / "quotes"
           / "polnear_train_dev.tar.gz")
_WORD = re.compile(r"\w+")
_DQ = "\"“”„«»"
#: PTB's double quote mark (NYT's texts in PolNeAR open and close quotes with it).
_PTB = "''"
MATCH = 0.5

Span = tuple[int, int]


@dataclass
class Unit:
    content: list[Span]
    source: list[Span]
    direct: bool
    cue: list[Span] = field(default_factory=list)


def _parse_ann(text: str) -> list[Unit]:
    spans: dict[str, list[Span]] = {}
    units = []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind_spans = parts[1].split(" ", 1)
            if len(kind_spans) == 2:
                spans[parts[0]] = [tuple(map(int, p.split())) for p in kind_spans[1].split(";")]
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(r.split(":", 1) for r in parts[1].split() if ":" in r)
            if "Content" in roles:
                units.append((roles["Content"], roles.get("Source"), roles.get("Cue")))
    return [Unit(spans.get(c, []), spans.get(s, []) if s else [], False,
                 spans.get(q, []) if q else []) for c, s, q in units]


def _starts_marked(text: str) -> bool:
    """Whether ``text`` starts with a double quote mark (PTB's ``''`` too)."""
    return text[:1] in _DQ or text.startswith(_PTB)


def _ends_marked(text: str) -> bool:
    """Whether ``text`` ends with a double quote mark (PTB's ``''`` too)."""
    return text[-1:] in _DQ or text.endswith(_PTB)


def _is_quoted(body: str, s: int, e: int) -> bool:
    """Whether the content piece ``body[s:e]`` is enclosed in double quote marks, inside
    it or just outside it; NYT's PTB marks (``''...''``) count as double marks.

    >>> _is_quoted("''It is over,'' he said.", 2, 13), _is_quoted("the Clintons' plan", 4, 18)
    (True, False)
    """
    piece = body[s:e].strip()
    before = body[:s].rstrip()
    after = body[e:].lstrip(" ,.")
    return (_starts_marked(piece) or _ends_marked(before)) and (
        _ends_marked(piece) or _starts_marked(after) or _ends_marked(piece.rstrip(",.?!")))


def load(split: str = "dev") -> list[tuple[str, str, list[Unit]]]:
    """``(name, text, gold units)`` of every article of a PolNeAR split."""
    texts: dict[str, str] = {}
    anns: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with tarfile.open(TARBALL) as tar:
        for m in tar.getmembers():
            parts = m.name.split("/")
            if len(parts) != 4 or parts[1] != split or not m.isfile():
                continue
            f = tar.extractfile(m)
            data = f.read().decode("utf-8") if f else ""
            if parts[2] == "text" and parts[3].endswith(".txt"):
                texts[parts[3][:-4]] = data
            elif parts[2] == "attributions" and parts[3].endswith(".ann"):
                base, annotator = parts[3][:-4].rsplit("_", 1)
                anns[base].append((annotator, data))
    out = []
    for name in sorted(texts):
        if name not in anns:
            continue
        body = texts[name]
        units = _parse_ann(min(anns[name])[1])
        for u in units:
            u.direct = bool(u.content) and all(_is_quoted(body, s, e) for s, e in u.content)
        out.append((name, body, units))
    return out


def _fingerprint(texts: list[str]) -> str:
    """A hash of the texts, the spaCy model and the code that builds the pipeline."""
    nlp = resources.nlp()
    h = hashlib.sha256(f"{nlp.meta['name']} {nlp.meta['version']}".encode())
    src = ROOT / "src" / "storyline"
    for name in ("resources.py", "attribute_rules.py", "lemmas.py", "text_bounds.py"):
        path = src / name
        h.update(path.read_bytes() if path.exists() else b"")
    for t in texts:
        h.update(t.encode("utf-8") + b"\0")
    return h.hexdigest()[:16]


def parses(split: str = "dev", data: list[tuple[str, str, list[Unit]]] | None = None
           ) -> list[object]:
    """The spaCy parse of every article of ``split`` (in :func:`load`'s order), read
    from the cache when the texts and the pipeline are unchanged."""
    from spacy.tokens import DocBin

    data = load(split) if data is None else data
    texts = [body for _, body, _ in data]
    nlp = resources.nlp()
    path = CACHE / f"polnear-{split}-{_fingerprint(texts)}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts))
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    DocBin(docs=docs, store_user_data=True).to_disk(partial)
    partial.replace(path)  # a run cut short leaves no half-written cache behind
    return docs


def tokens(body: str, spans: list[Span]) -> frozenset[int]:
    return frozenset(m.start() for s, e in spans for m in _WORD.finditer(body, s, e))


def _head_word(text: str) -> str:
    words = _WORD.findall(text.lower())
    return words[-1] if words else ""


_RELATIVE = {"who", "which", "that", "whom"}
#: What may stand between a relative pronoun and the noun phrase it stands for: a comma,
#: or an appositive between commas.
_TO_RELATIVE = re.compile(r"\s*(?:,[^,.;:!?\n]{0,80})?,?\s*")


def _speaker_ok(body: str, pred: Span | None, gold: list[Span]) -> bool:
    if pred is None:
        return False
    if any(min(pred[1], e) > max(pred[0], s) for s, e in gold):
        return True
    if len(gold) == 1 and body[gold[0][0] : gold[0][1]].strip().lower() in _RELATIVE \
            and pred[1] <= gold[0][0]:
        return _TO_RELATIVE.fullmatch(body, pred[1], gold[0][0]) is not None
    gold_words = {w for s, e in gold for w in _WORD.findall(body[s:e].lower())}
    return _head_word(body[pred[0] : pred[1]]) in gold_words


_UNNAMED = {"he", "she", "they", "it", "i", "we", "you", "the", "a", "an", "his", "her", "their",
            "its", "this", "that", "these", "those", "some", "many", "one", "who", "which"}


def _named(body: str, gold: list[Span]) -> bool:
    """Whether a gold source names someone: a capitalised word that is no pronoun or
    determiner ("Sen. Elizabeth Warren", "the Times"; not "he", "the campaign")."""
    return any(w[:1].isupper() and w.lower() not in _UNNAMED
               for s, e in gold for w in _WORD.findall(body[s:e]))


def _groups(found: list[Attribution]) -> list[list[Attribution]]:
    """The quotes of ``found`` grouped by their cue (a quote without a cue alone), in the
    order their groups first appear."""
    groups: dict[object, list[Attribution]] = defaultdict(list)
    for a in found:
        groups[a.cue_span or (a.start, a.end)].append(a)
    return list(groups.values())


def units(body: str, found: list[Attribution]
          ) -> list[tuple[frozenset[int], Attribution | None, bool]]:
    """Our predicted units: the quotes of ``found`` sharing one cue (a quote without a cue
    alone), each as its content words, the first of its quotes that has a speaker and
    whether it holds a ``direct`` quote."""
    out = []
    for atts in _groups(found):
        speaker = next((a for a in atts if a.speaker_span), None)
        out.append((tokens(body, [(a.start, a.end) for a in atts]), speaker,
                    any(a.kind == "direct" for a in atts)))
    return out


def _actor_ok(body: str, actor: Any, gold: list[Span]) -> bool:
    """Whether ``actor`` is the one a gold source names: a mention overlapping it, or the
    last word of its name among its words."""
    if any(min(m[1], e) > max(m[0], s) for m in actor.mentions for s, e in gold):
        return True
    gold_words = {w for s, e in gold for w in _WORD.findall(body[s:e].lower())}
    return _head_word(actor.name) in gold_words


def score(split: str = "dev") -> dict[str, float]:
    """Precision, recall, F1 and speaker accuracy of quote extraction on PolNeAR ``split``."""
    return run(split)[0]


def match(preds: list[frozenset[int]], golds: list[frozenset[int]]) -> list[tuple[int, int]]:
    """The one-to-one matches ``(predicted, gold)`` of units given as word sets: token
    Jaccard at least :data:`MATCH`, best first."""
    pairs = []
    for i, pt in enumerate(preds):
        for j, gt in enumerate(golds):
            inter = len(pt & gt)
            if inter:
                pairs.append((inter / len(pt | gt), i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for jac, i, j in sorted(pairs, reverse=True):
        if jac < MATCH or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def tally(body: str, gold: list[Unit], found: list[Attribution], c: dict[str, float],
          actors: dict[int, Any] | None = None) -> None:
    """Add to the counts ``c`` one article's units: matched, predicted and gold, in
    all, direct and indirect, and the speakers of the matched ones; with ``actors``
    (the actor each attribution's speaker resolves to, by ``id`` of the attribution),
    the resolved speakers too."""
    preds = units(body, found)
    golds = [(tokens(body, u.content), u) for u in gold]
    for i, j in match([p[0] for p in preds], [g[0] for g in golds]):
        unit = golds[j][1]
        exact = preds[i][0] == golds[j][0]
        for scope, on in (("all", True), ("direct", unit.direct),
                          ("indirect", not unit.direct)):
            if not on:
                continue
            c[f"{scope}_gold_matched"] += 1
            c[f"{scope}_exact_gold"] += exact
            if unit.source:
                att = preds[i][1]
                ok = _speaker_ok(body, att.speaker_span if att else None, unit.source)
                c[f"{scope}_speaker_n"] += 1
                c[f"{scope}_speaker_ok"] += ok
                if _named(body, unit.source):
                    c[f"{scope}_named_n"] += 1
                    c[f"{scope}_named_ok"] += ok
                    if actors is not None:
                        actor = actors.get(id(att)) if att else None
                        c[f"{scope}_resolved_n"] += 1
                        c[f"{scope}_resolved_ok"] += ok if actor is None else _actor_ok(
                            body, actor, unit.source)
        c["all_pred_matched"] += 1
        c["all_exact_pred"] += exact
        scope = "direct" if preds[i][2] else "indirect"
        c[f"{scope}_pred_matched"] += 1
        c[f"{scope}_exact_pred"] += exact
    c["all_pred"] += len(preds)
    c["direct_pred"] += sum(1 for p in preds if p[2])
    c["indirect_pred"] += sum(1 for p in preds if not p[2])
    c["all_gold"] += len(golds)
    c["direct_gold"] += sum(1 for _, u in golds if u.direct)
    c["indirect_gold"] += sum(1 for _, u in golds if not u.direct)


def listing(name: str, body: str, gold: list[Unit], found: list[Attribution]
            ) -> list[dict[str, Any]]:
    """One article's errors, one row each: the gold attributions no unit of ours matches
    (``missed``) and our units that match none (``unmatched``), each with its words, cue
    and source, and the best Jaccard it has with a unit of the other side (``near``)."""
    groups = _groups(found)
    preds = [tokens(body, [(a.start, a.end) for a in atts]) for atts in groups]
    golds = [tokens(body, u.content) for u in gold]
    pairs = match(preds, golds)

    def text(spans: list[Span]) -> str:
        return " | ".join(body[s:e] for s, e in spans)

    def near(words: frozenset[int], others: list[frozenset[int]]) -> float:
        return max((len(words & o) / len(words | o) for o in others if words | o), default=0.0)

    rows: list[dict[str, Any]] = []
    for j in sorted(set(range(len(golds))) - {j for _, j in pairs}):
        u = gold[j]
        rows.append({"article": name, "side": "missed", "direct": u.direct,
                     "start": u.content[0][0] if u.content else 0,
                     "content": text(u.content), "cue": text(u.cue),
                     "source": text(u.source), "near": round(near(golds[j], preds), 2)})
    matched = {i for i, _ in pairs}
    for i, atts in enumerate(groups):
        if i in matched:
            continue
        a = atts[0]
        speaker = next((x.speaker_span for x in atts if x.speaker_span), None)
        rows.append({"article": name, "side": "unmatched",
                     "kinds": sorted({x.kind for x in atts}), "start": a.start,
                     "content": text([(x.start, x.end) for x in atts]),
                     "cue": text([a.cue_span]) if a.cue_span else "",
                     "source": text([speaker]) if speaker else "",
                     "near": round(near(preds[i], golds), 2)})
    return rows


def _cue_lemma(doc: Any, spans: list[Span]) -> str:
    """The lemma of the word heading a cue's first piece in the parse (``has said`` and
    ``said in a`` → ``say``, ``according to`` → ``accord``), ``(none)`` for no cue."""
    span = doc.char_span(*spans[0], alignment_mode="expand") if spans else None
    return span.root.lemma_.lower() if span else "(none)"


def cue_table(doc: Any, body: str, gold: list[Unit], found: list[Attribution],
              table: dict[str, list[int]]) -> None:
    """Add one article's units to ``table``, by the lemma of their cue: ``[our units,
    those that match an annotation, annotations, those matched]``.

    >>> from storyline import resources
    >>> body = "He said that taxes will rise."
    >>> table = defaultdict(lambda: [0, 0, 0, 0])
    >>> found = [Attribution(8, 28, "indirect", "said", (3, 7), (0, 2))]
    >>> cue_table(resources.nlp()(body), body, [Unit([(8, 28)], [], False, [(3, 7)])],
    ...           found, table)
    >>> dict(table)
    {'say': [1, 1, 1, 1]}
    """
    groups = _groups(found)
    pairs = match([tokens(body, [(a.start, a.end) for a in atts]) for atts in groups],
                  [tokens(body, u.content) for u in gold])
    ours, theirs = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, atts in enumerate(groups):
        row = table[_cue_lemma(doc, [atts[0].cue_span] if atts[0].cue_span else [])]
        row[0] += 1
        row[1] += i in ours
    for j, u in enumerate(gold):
        row = table[_cue_lemma(doc, u.cue)]
        row[2] += 1
        row[3] += j in theirs


def scores(c: dict[str, float]) -> dict[str, float]:
    """Precision, recall, F1 (by overlap and exact) and speaker accuracy from the counts
    of :func:`tally`."""
    out: dict[str, float] = {}
    for scope in ("all", "direct", "indirect"):
        p = c[f"{scope}_pred_matched"] / max(c[f"{scope}_pred"], 1)
        r = c[f"{scope}_gold_matched"] / max(c[f"{scope}_gold"], 1)
        ep = c[f"{scope}_exact_pred"] / max(c[f"{scope}_pred"], 1)
        er = c[f"{scope}_exact_gold"] / max(c[f"{scope}_gold"], 1)
        out[f"{scope}_precision"] = p
        out[f"{scope}_recall"] = r
        out[f"{scope}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
        out[f"{scope}_exact_f1"] = 2 * ep * er / (ep + er) if ep + er else 0.0
        out[f"{scope}_speaker_accuracy"] = c[f"{scope}_speaker_ok"] / max(
            c[f"{scope}_speaker_n"], 1)
        out[f"{scope}_named_speaker_accuracy"] = c[f"{scope}_named_ok"] / max(
            c[f"{scope}_named_n"], 1)
        if c.get(f"{scope}_resolved_n"):
            out[f"{scope}_resolved_speaker_accuracy"] = c[f"{scope}_resolved_ok"] / c[
                f"{scope}_resolved_n"]
    return out


def run(split: str = "dev", rows: list[dict[str, Any]] | None = None,
        cues: dict[str, list[int]] | None = None) -> tuple[dict[str, float], dict[str, float]]:
    """The scores, and the raw counts (with ``seconds`` spent extracting after the parse);
    with ``rows``, each article's :func:`listing` added to it, with ``cues`` (a
    ``defaultdict`` of ``[0, 0, 0, 0]``) its :func:`cue_table` (train only: dev's items
    are never read)."""
    if (rows is not None or cues is not None) and split != "train":
        raise ValueError(f"listing is for the train split only, not {split!r}")
    data = load(split)
    t0 = time.perf_counter()
    docs = parses(split, data)
    c: dict[str, float] = defaultdict(float)
    c["parse_seconds"] = time.perf_counter() - t0
    for (name, body, gold), doc in zip(data, docs, strict=True):
        t1 = time.perf_counter()
        found = attributions(body, doc)
        c["seconds"] += time.perf_counter() - t1
        c["chars"] += len(body)
        article = Article(id=name, source=name, body=body, _doc=doc)
        article.actors = find_actors(doc)
        resolved = {id(a): actor for a, actor in zip(found, speakers(article, found),
                                                        strict=True)}
        tally(body, gold, found, c, resolved)
        if rows is not None:
            rows.extend(listing(name, body, gold, found))
        if cues is not None:
            cue_table(doc, body, gold, found, cues)
    return scores(c), dict(c)


def main() -> None:
    """``python -m eval.quotes [train|dev] [--list FILE] [--cues]``: the scores; with
    ``--list`` (train only), the missed and unmatched units as JSON lines in FILE; with
    ``--cues`` (train only), each cue lemma's units and annotations (:func:`cue_table`)."""
    args = sys.argv[1:]
    by_cue = "--cues" in args
    if by_cue:
        args.remove("--cues")
    path = None
    if "--list" in args:
        k = args.index("--list")
        if k + 1 == len(args):
            sys.exit("--list needs a file to write the rows to: --list FILE")
        path = Path(args[k + 1])
        del args[k : k + 2]
    split = args[0] if args else "dev"
    rows: list[dict[str, Any]] | None = [] if path else None
    table: dict[str, list[int]] | None = defaultdict(lambda: [0, 0, 0, 0]) if by_cue else None
    scores, counts = run(split, rows, table)
    if path and rows is not None:
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for k, v in scores.items():
        print(f"{k:28s} {v:.4f}")
    print(f"{'units gold/pred':28s} {counts['all_gold']:.0f}/{counts['all_pred']:.0f}"
          f" (direct {counts['direct_gold']:.0f}/{counts['direct_pred']:.0f})")
    print(f"{'extraction seconds':28s} {counts['seconds']:.3f} after the parse"
          f" ({counts['chars'] / max(counts['seconds'], 1e-9):,.0f} chars/s;"
          f" the spaCy parse (or its cache) took {counts['parse_seconds']:.3f} s)")
    if table:
        print(f"{'cue lemma':20s} {'units':>6s} {'P':>5s} {'gold':>6s} {'R':>5s}")
        for lem, (n, ok, g, found) in sorted(table.items(), key=lambda x: -x[1][0] - x[1][2]):
            print(f"{lem:20s} {n:6d} {ok / max(n, 1):5.2f} {g:6d} {found / max(g, 1):5.2f}")


if __name__ == "__main__":
    main()
