"""Score event coding on the validation split of every event data set.

Data sets and splits are those of :mod:`eval.event_data` (PLV news sentences, the
PLOVER gold standard, our VOA annotation). Each sentence runs through the whole
pipeline on its own (no boilerplate removal, published = its date when it has one);
our most confident event shown (``confidence >= min_confidence``) is compared with the
gold one, so a sentence we leave empty counts as "no event".

Metrics per data set (keys ``DATA.METRIC``):

- ``macro_f1``: F1 per gold type (``NONE`` counted as a class where the data has it),
  averaged; ``accuracy``: right type / sentences; ``precision``: right type / sentences
  we coded; ``coded``: share of sentences we coded;
- ``source``, ``target``: among sentences with the right type, share whose source
  (target) words overlap the gold words (a content word in common; both empty is a
  match); ``tst``: share of all event sentences with type, source and target right
  (the figure the PLV held-out set is judged on);
- ``mode``, ``mode_precision`` (where the gold gives modes: VOA, and the gold standard's
  rows whose mode is one of today's): among sentences with the right type, the share whose
  mode is the gold's (both none counts as a match), and among those we give a mode, the
  share that is the gold's (a wrong mode misleads; a missing one does not);
- ``rows``: among sentences we coded, share whose best event is right as a row
  (:func:`row_right`: the type, and no wrong actor named; the figure the hand audit's
  "misleading" tracks);
- :func:`shown_roles` (printed with ``--shown``): over the best events shown at the
  default cut that are of the right type, the share with the right source, the right
  target, and a wrong actor named (what analysts see);
- ``ece``: expected calibration error of ``confidence`` against "type right" over the
  best event of each sentence, in ten bins (see :func:`reliability`); ``calibration`` is
  ``1 - ece``, the form the floors pin.

``gsr`` also keeps its country and sector scores (``source_country`` ...), CAMEO-era
codes read as ISO3 as in ``eval.actors``.

Run ``python -m eval.events [DATA ...] [--split train|validation|all] [--shown] [-v]``.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import Any

from eval.actors import CAMEO_TO_ISO
from eval.event_data import SETS, rows, type_ok
from storyline.engines.local import build_pipeline
from storyline.model import Article
from storyline.settings import Settings

_STOP = frozenset("the a an of and 's ' in on for to with from by its his her their".split())
_WORD = re.compile(r"[\w]+")


def words(text: str) -> set[str]:
    """Content words of a role's text, lower-cased.

    >>> sorted(words("the U.S. Supreme Court's decision"))
    ['court', 'decision', 's', 'supreme', 'u']
    """
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def role_ok(ours: list[dict[str, Any]], gold: str) -> bool:
    """True when our actors' words and the gold words share a content word, or both are
    empty."""
    theirs = words(gold)
    mine = set().union(*(words(a.get("text") or a.get("name") or "") for a in ours)) \
        if ours else set()
    return (not theirs and not mine) or bool(theirs & mine)


def row_right(event: dict[str, Any], gold: dict[str, Any]) -> bool:
    """True when a coded event would not mislead: its type is the gold type (or one of a
    VOA sentence's other types) and every actor it names shares a word with the gold
    role (a role left empty misleads no one; a named actor where the gold has none, or a
    different one, does)."""
    if event["type"] in gold.get("other_types", ()):
        return True
    return type_ok(event["type"], gold["type"]) and all(
        not event[role] or role_ok(event[role], gold[role]) for role in ("source", "target"))


@cache
def _pipe() -> Any:
    return build_pipeline(Settings(clean=False))


@cache
def analysed(data: str, split: str | None) -> tuple[tuple[dict[str, Any], list[dict]], ...]:
    """(gold row, every event we coded) for each sentence of a data set's split."""
    settings = Settings(clean=False)
    out = []
    for i, row in enumerate(rows(data, split)):
        art = Article(id=str(i), source=row["id"], raw=row["text"],
                      published=row.get("published") or "2020-01-01")
        out.append((row, _pipe().run(art, settings).to_dict()["events"]))
    return tuple(out)


def best(events: list[dict[str, Any]], min_confidence: float = 0.0) -> dict[str, Any] | None:
    """Our most confident event shown at ``min_confidence`` (the first among equals)."""
    shown = [e for e in events if e["confidence"] >= min_confidence]
    return max(shown, key=lambda e: e["confidence"]) if shown else None


def reliability(pairs: list[tuple[float, bool]], bins: int = 10) -> list[tuple[float, int, float]]:
    """(mean confidence, count, share right) per confidence bin, empty bins left out.

    >>> reliability([(0.85, True), (0.82, False), (0.1, False)])
    [(0.1, 1, 0.0), (0.835, 2, 0.5)]
    """
    out = []
    for b in range(bins):
        inside = [(c, ok) for c, ok in pairs
                  if b / bins <= c < (b + 1) / bins or b == bins - 1 and c >= 1]
        if inside:
            out.append((round(sum(c for c, _ in inside) / len(inside), 3), len(inside),
                        sum(ok for _, ok in inside) / len(inside)))
    return out


def ece(pairs: list[tuple[float, bool]]) -> float:
    """Expected calibration error: the count-weighted gap of confidence and accuracy."""
    table = reliability(pairs)
    n = sum(k for _, k, _ in table)
    return sum(k * abs(c - a) for c, k, a in table) / n if n else 0.0


def _codes_hit(ours: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> tuple[bool, bool]:
    codes = {CAMEO_TO_ISO.get(a.get("code"), a.get("code")) for a in theirs}
    pairs = {(CAMEO_TO_ISO.get(a.get("code"), a.get("code")), a.get("sector"))
             for a in theirs if a.get("sector")}

    def igo(a: dict[str, Any]) -> bool:
        # Ours: an intergovernmental body or its people have sector IGO and no country.
        return a.get("kind") == "igo" or a.get("sector") == "IGO"

    country = any(a.get("country") in codes or igo(a) and "IGO" in codes for a in ours)
    sector = any((a.get("country"), a.get("sector")) in pairs
                 or a.get("kind") == "igo" and ("IGO", a.get("sector")) in pairs for a in ours)
    return country, sector


def score(data: str | None = None, split: str | None = "validation",
          min_confidence: float = 0.0) -> dict[str, float]:
    """Every metric of one data set's split, by name (empty when the data is absent); with
    no ``data``, those of every set as ``DATA.METRIC`` and ``shown_precision``: over the
    best event of every validation sentence shown at the default ``min_confidence``, the
    share of the right type (the promise behind that default)."""
    if data is None:
        out = {f"{d}.{k}": v for d in SETS for k, v in score(d, split, min_confidence).items()
               if not k.startswith(("p_", "r_"))}
        out["shown_precision"] = shown_precision(Settings().min_confidence, split)
        return out
    preds = [(g, best(evs, min_confidence)) for g, evs in analysed(data, split)]
    if not preds:
        return {}
    n = len(preds)
    labels = sorted({g["type"] for g, _ in preds})
    f1s = []
    m: dict[str, float] = {}
    for t in labels:
        tp = sum(1 for g, e in preds if g["type"] == t and type_ok(e and e["type"], t))
        fp = sum(1 for g, e in preds if g["type"] != t and type_ok(e and e["type"], t)
                 and not type_ok(e and e["type"], g["type"]))
        fn = sum(1 for g, e in preds if g["type"] == t and not type_ok(e and e["type"], t))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        m[f"p_{t}"], m[f"r_{t}"] = p, r
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    m["macro_f1"] = sum(f1s) / len(f1s)
    right = [(g, e) for g, e in preds if type_ok(e and e["type"], g["type"])]
    coded = [(g, e) for g, e in preds if e]
    m["accuracy"] = len(right) / n
    m["coded"] = len(coded) / n
    m["precision"] = sum(1 for g, e in coded if type_ok(e["type"], g["type"])) / len(coded) \
        if coded else 0.0
    typed = [(g, e) for g, e in right if e]
    roles = roles_right(preds)
    m["source"], m["target"] = roles["source"], roles["target"]
    events = [(g, e) for g, e in preds if g["type"] != "NONE"]
    m["tst"] = sum(1 for g, e in events if e and type_ok(e["type"], g["type"])
                   and role_ok(e["source"], g["source"]) and role_ok(e["target"], g["target"])
                   ) / len(events) if events else 0.0
    moded = [(g["mode"], e.get("mode") or "") for g, e in typed if g["mode"] is not None]
    if moded:
        m["mode"] = sum(ours == gold for gold, ours in moded) / len(moded)
        given = [(gold, ours) for gold, ours in moded if ours]
        m["mode_precision"] = sum(ours == gold for gold, ours in given) / len(given) \
            if given else 0.0
    m["rows"] = sum(row_right(e, g) for g, e in coded) / len(coded) if coded else 0.0
    m["ece"] = ece([(e["confidence"], type_ok(e["type"], g["type"])) for g, e in coded])
    m["calibration"] = 1 - m["ece"]
    if data == "gsr":
        m.update(_gsr_codes(split))
    return m


def shown_counts(min_confidence: float, split: str | None = "validation"
                 ) -> dict[str, tuple[int, int]]:
    """For each data set, how many of the best events shown at ``min_confidence`` are of
    the right type (a type among a VOA sentence's other types counts), and how many are
    shown."""
    out = {}
    for d in SETS:
        oks = [type_ok(e["type"], g["type"]) or e["type"] in g["other_types"]
               for g, evs in analysed(d, split)
               if (e := best(evs, min_confidence)) is not None]
        out[d] = (sum(oks), len(oks))
    return out


def roles_right(pairs: list[tuple[dict[str, Any], dict[str, Any] | None]]
                ) -> dict[str, float]:
    """Over the events of the right type among (gold row, our event) pairs: the share
    whose source and whose target match the gold (:func:`role_ok`), the share naming a
    wrong actor in either role (a role left empty names none), and their number ``n``. The
    gold roles belong to the gold type, so an event of one of a VOA sentence's other types
    is left out here (:func:`shown_counts` counts it right).

    >>> gold = {"type": "ACCUSE", "source": "Russia", "target": "NATO", "other_types": []}
    >>> ours = {"type": "ACCUSE", "source": [{"text": "Russia"}], "target": [{"text": "EU"}]}
    >>> roles_right([(gold, ours), (gold, None)])
    {'source': 1.0, 'target': 0.0, 'wrong_actor': 1.0, 'n': 1}
    """
    typed = [(g, e) for g, e in pairs if e is not None and type_ok(e["type"], g["type"])]
    n = len(typed)

    def share(ok: Any) -> float:
        return sum(1 for g, e in typed if ok(g, e)) / n if n else 0.0

    return {"source": share(lambda g, e: role_ok(e["source"], g["source"])),
            "target": share(lambda g, e: role_ok(e["target"], g["target"])),
            "wrong_actor": share(lambda g, e: any(e[r] and not role_ok(e[r], g[r])
                                                  for r in ("source", "target"))),
            "n": n}


def shown_roles(min_confidence: float, split: str | None = "validation"
                ) -> dict[str, dict[str, float]]:
    """For each data set, :func:`roles_right` over the best events shown at
    ``min_confidence``: how often the actors an analyst sees are the right ones."""
    return {d: roles_right([(g, best(evs, min_confidence)) for g, evs in analysed(d, split)])
            for d in SETS}


def pooled(counts: dict[str, tuple[int, int]], weights: dict[str, float] | None = None
           ) -> tuple[float, float]:
    """(right, shown) of :func:`shown_counts` over every data set, each set's counts
    weighed by ``weights`` (1 for a set not named; all 1 with none).

    >>> counts = {"plv": (9, 10), "voa": (3, 5)}
    >>> pooled(counts), pooled(counts, {"voa": 2.0})
    ((12, 15), (15.0, 20.0))
    """
    weights = weights or {}
    return (sum(weights.get(d, 1) * r for d, (r, _) in counts.items()),
            sum(weights.get(d, 1) * n for d, (_, n) in counts.items()))


def shown_precision(min_confidence: float, split: str | None = "validation") -> float:
    """Share of the right type among the best events shown at ``min_confidence``
    (:func:`shown_counts`)."""
    right, shown = pooled(shown_counts(min_confidence, split))
    return right / shown if shown else 0.0


def _gsr_codes(split: str | None) -> dict[str, float]:
    out = {}
    preds = [(g["actors"], best(evs)) for g, evs in analysed("gsr", split)]
    for role in ("source", "target"):
        rs = [(e, g[role]) for g, e in preds if g[role]]
        sect = [(e, a) for e, a in rs if any(x.get("sector") for x in a)]
        out[f"{role}_country"] = sum(_codes_hit(e[role] if e else [], a)[0] for e, a in rs) \
            / len(rs) if rs else 0.0
        out[f"{role}_sector"] = sum(_codes_hit(e[role] if e else [], a)[1] for e, a in sect) \
            / len(sect) if sect else 0.0
    return out


def misses(data: str, split: str | None = "train") -> list[tuple[str, str, str]]:
    """(gold type, our type or "-", sentence) for every miss: for reading, not scoring.
    Read the train split only: validation sentences are not for writing rules from."""
    return [(g["type"], e["type"] if e else "-", g["text"])
            for g, evs in analysed(data, split) if not type_ok((e := best(evs)) and e["type"],
                                                               g["type"])]


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    split = "validation"
    if "--split" in sys.argv:
        split = sys.argv[sys.argv.index("--split") + 1]
        args = [a for a in args if a != split]
    if "--shown" in sys.argv:
        print(f"shown_precision {shown_precision(Settings().min_confidence):.3f}")
        for data, shares in shown_roles(Settings().min_confidence).items():
            print(f"shown roles {data}: " + " ".join(f"{k} {v:.3f}" for k, v in shares.items()))
    for data in args or SETS:
        result = score(data, None if split == "all" else split)
        print(f"== {data} ({split})")
        for key, value in result.items():
            if not key.startswith(("p_", "r_")) or "-v" in sys.argv:
                print(f"{key:20s} {value:.3f}")
