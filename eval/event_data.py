"""The event data sets, one row shape, and their frozen validation splits.

Three sets of sentences, each row ``{"data", "id", "text", "type", "source", "target",
"status", "other_types", "published", "actors", "split"}`` (``actors``: the gold
standard's coded actors by role, with their CAMEO codes) with ``type`` a PLOVER type or
``"NONE"`` and ``source``/``target`` the words of the sentence naming the actors
(several joined by ``" ; "``):

- ``plv``: ``../shared/data/dev/events/plv_train.json`` (real news sentences; YIELD,
  PLOVER's older name for CONCEDE and RETREAT, is scored as either);
- ``gsr``: the PLOVER gold standard (``PLOVER_GSR_CAMEO.json``, older labels mapped);
- ``voa``: our own adjudicated annotation of VOA sentences
  (``eval/data/voa_events/gold.jsonl``, docs/EVENT_ANNOTATION.md), which also holds
  sentences with no event.

The split is fixed by a hash of the sentence text (:func:`split_of`), one sentence in
four going to validation, so it never moves when rows are added or reordered. Rules,
lexicon entries and models are written from ``train`` rows only; figures are reported on
``validation`` rows.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from storyline.ontology import modes_of

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared/data/dev/events"
PLV = DEV / "plv_train.json"
GSR = DEV / "PLOVER_GSR_CAMEO.json"
VOA = ROOT / "eval/data/voa_events/gold.jsonl"
SETS = ("plv", "gsr", "voa")
OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "FIGHT": "ASSAULT"}
#: Old labels that are today a mode of the type they map to.
OLD_MODES = {"DISAPPROVE": "disapprove", "INVESTIGATE": "investigate"}
#: An old label that stands for either of two of today's types.
EITHER = {"YIELD": frozenset({"CONCEDE", "RETREAT"})}


def split_of(text: str) -> str:
    """``"validation"`` for one sentence in four, fixed by a hash of its text.

    >>> split_of("Police arrested twelve people.") in ("train", "validation")
    True
    """
    digest = hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()
    return "validation" if int(digest[:8], 16) % 4 == 0 else "train"


def _row(data: str, rid: str, text: str, kind: str, source: str, target: str,
         **extra: Any) -> dict[str, Any]:
    return {"data": data, "id": rid, "text": text, "type": kind, "source": source,
            "target": target, "status": extra.get("status", "asserted"),
            "other_types": extra.get("other_types", []), "published": extra.get("published"),
            "actors": extra.get("actors", {}), "mode": extra.get("mode"),
            "split": split_of(text)}


def _revised(r: dict[str, Any]) -> str:
    """A VOA row's type under the current guidelines: rounds 1-3 coded a meeting to come as
    CONSULT ``future``; the guidelines now follow PLOVER's AGREE ("willingness to meet in
    the future", CAMEO 036), applied to every row by this rule, not one by one.

    >>> _revised({"type": "CONSULT", "status": "future"}), _revised({"type": "CONSULT"})
    ('AGREE', 'CONSULT')
    """
    if r["type"] == "CONSULT" and r.get("status") == "future":
        return "AGREE"
    return r["type"]


def _unfilled(role: str) -> str:
    """A PLV role left at its template word ("recipient": 20 rows) names no one.

    >>> _unfilled("recipient"), _unfilled("Iran")
    ('', 'Iran')
    """
    return "" if role.strip().lower() == "recipient" else role


def _texts(value: Any) -> str:
    if isinstance(value, list):
        return " ; ".join(a.get("actorText", "") for a in value if isinstance(a, dict))
    return value or ""


def _gsr_mode(label: str, r: dict[str, Any]) -> str | None:
    """A gold-standard row's mode when it is one of the PLOVER codebook's modes of its type
    (``data/plover_modes.tsv``, origin PLOVER; "" when the row gives none; an old label
    that is now a mode gives that mode), else None: unknown
    (no "mode" field, or an older mode name such as "detain" or "strike-hun" that today's
    codebook splits or renames)."""
    mode = r.get("mode")
    if r.get("event") in OLD_MODES:
        return OLD_MODES[r["event"]]  # DISAPPROVE and INVESTIGATE became modes of ACCUSE
    if mode is None:
        return None
    return mode if mode == "" or mode in modes_of(label, "PLOVER") else None


@cache
def _load(data: str) -> tuple[dict[str, Any], ...]:
    if data == "plv":
        if not PLV.exists():
            return ()
        rows = json.loads(PLV.read_text(encoding="utf-8"))
        return tuple(_row("plv", f"plv-{i}", r["text"], r["label"], r["source"],
                          _unfilled(r["target"])) for i, r in enumerate(rows))
    if data == "gsr":
        if not GSR.exists():
            return ()
        out = []
        for r in json.loads(GSR.read_text(encoding="utf-8")):
            label = OLD_LABELS.get(r.get("event", ""), r.get("event", ""))
            if label and label != "DOCUMENT" and r.get("text"):
                coded = {role: [a for a in r.get(role) or [] if isinstance(a, dict)]
                         for role in ("source", "target")}
                out.append(_row("gsr", r["id"], r["text"].strip(), label, _texts(r.get("source")),
                                _texts(r.get("target")), published=r.get("date"),
                                actors=coded, mode=_gsr_mode(label, r)))
        return tuple(out)
    if data == "voa":
        if not VOA.exists():
            return ()
        out = []
        for line in VOA.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            out.append(_row("voa", r["id"], r["text"], _revised(r), r["source"], r["target"],
                            status=r.get("status", "asserted"),
                            other_types=r.get("other_types", []),
                            published=r.get("published"), mode=r.get("mode", "")))
        return tuple(out)
    raise ValueError(f"unknown event data set {data!r}; known: {', '.join(SETS)}")


def rows(data: str, split: str | None = None) -> list[dict[str, Any]]:
    """The rows of one data set, all or of one split (``train`` or ``validation``)."""
    return [r for r in _load(data) if split is None or r["split"] == split]


def type_ok(ours: str | None, gold: str) -> bool:
    """Our type (None for no event) against a gold type (``NONE`` for no event)."""
    if gold == "NONE":
        return ours is None
    return ours == gold or ours in EITHER.get(gold, ())
