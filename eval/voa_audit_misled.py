"""Join the VOA hand audits' rows with both auditors' judgments, for reading the failures.

``python -m eval.voa_audit_misled [--split train] [--rounds 7-19]`` prints, one per line,
every audited row of the split that either auditor judged no real event (``real_event``
false) or of a wrong type (``type_ok`` false), with the story, the row's type and trigger
sentence and both notes, then the count of such rows per story. ``--roles`` lists instead
the real events whose source or target either auditor judged wrong (``source_ok`` or
``target_ok`` false), each with what the current code shows for its sentence (``now``: the
rows of its type, or of every type when none is, with their actors and confidence, from
``storyline.analyze`` run on the stories; ``--now FILE`` reads a saved ``storyline
analyze`` output instead), and counts those the current code still shows unchanged;
``--empty`` keeps of those only the rows whose source or target judged wrong is empty
(:func:`empty_roles`: the sentence or story names who acted or was acted on). A row
judged in several rounds (the same story, sentence and type; a fresh round draws it under
another id) is listed once, with its latest round's judgments. The split is the sentence's
(:func:`eval.voa_audit.row_split`: its VOA gold twin's when it has one): only ``train`` rows
may be read to write a rule or a lexicon entry (see :mod:`eval.voa_audit`); ``validation``
rows are scored, not read.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eval.voa_audit import DIR, VOA, row_split
from storyline.settings import Settings


def _lines(path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def joined(rounds: range, split: str = "train") -> list[dict[str, Any]]:
    """Rows of ``split`` in ``rounds`` with both audits (keys ``a`` and ``b``), the latest
    round of each story, sentence and type kept."""
    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    for n in rounds:
        for stem in (f"round{n}", f"round{n}_changed"):
            audits = [{r["row"]: r for r in _lines(DIR / f"{stem}_audit_{who}.jsonl")}
                      for who in ("a", "b")]
            for row in _lines(DIR / f"{stem}_rows.jsonl"):
                if row_split(row["sentence"]) != split:
                    continue
                a, b = audits[0].get(row["row"]), audits[1].get(row["row"])
                if a is None or b is None:
                    continue
                key = (row["article"], row["sentence"], row["type"])
                out[key] = {**row, "round": n, "a": a, "b": b}
    return list(out.values())


def misled(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows either auditor judged no real event or of a wrong type."""
    return [r for r in rows
            if not (r["a"]["real_event"] and r["b"]["real_event"])
            or not (r["a"]["type_ok"] and r["b"]["type_ok"])]


def misplaced(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Real events (to both auditors) whose source or target either auditor judged wrong."""
    return [r for r in rows
            if r["a"]["real_event"] and r["b"]["real_event"]
            and not all(r[w][k] for w in "ab" for k in ("source_ok", "target_ok"))]


def empty_roles(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows whose source or target either auditor judged wrong is empty.

    >>> ok = {"source_ok": True, "target_ok": False}
    >>> len(empty_roles([{"source": ["x"], "target": [], "a": ok, "b": ok}]))
    1
    """
    return [r for r in rows
            if any(not r[k] and not all(r[w][f"{k}_ok"] for w in "ab")
                   for k in ("source", "target"))]


def _failed(r: dict[str, Any], keys: tuple[str, ...]) -> str:
    """Which auditors judged each of ``keys`` false ("source_ok:ab/target_ok:-")."""
    return "/".join(f"{k}:{''.join(w for w in 'ab' if not r[w][k]) or '-'}" for k in keys)


def _words(text: str) -> str:
    """``text`` with its runs of white space made single spaces, to match sentences."""
    return " ".join(text.split())


def shown_now(rows: list[dict[str, Any]], articles: Iterable[dict[str, Any]]
              ) -> list[dict[str, Any]]:
    """Each row with ``now``: the current events of its story on its sentence, of its type if
    any is, else of every type (type, actors' names, confidence); and ``same``: whether the
    current code still shows the row with the audited actors (the judgment still stands)."""
    shown = Settings().min_confidence
    by_story: dict[str, list[dict[str, Any]]] = {}
    for art in articles:
        by_story[str(art.get("id"))] = art["events"]
    out = []
    for r in rows:
        on = [e for e in by_story.get(r["article"], [])
              if _words(e["sentence"]) == _words(r["sentence"])]
        on = [e for e in on if e["type"] == r["type"]] or on
        now = [{"type": e["type"], "src": [a["name"] for a in e["source"]],
                "tgt": [a["name"] for a in e["target"]], "conf": e["confidence"]} for e in on]
        same = any(n["type"] == r["type"] and n["conf"] >= shown and n["src"] == r["source"]
                   and n["tgt"] == r["target"] for n in now)
        out.append({**r, "now": now, "same": same})
    return out


def _analyzed(stories: set[str], saved: str | None) -> list[dict[str, Any]]:
    """The current code's articles of ``stories``: read from ``saved`` (a ``storyline
    analyze`` output) or analysed afresh from the VOA stories."""
    if saved:
        arts = _lines(Path(saved))
    else:
        from storyline.analyze import analyze
        with tempfile.TemporaryDirectory() as tmp:
            sub = Path(tmp) / "stories.jsonl"
            sub.write_text("".join(line + "\n" for line in
                                   VOA.read_text(encoding="utf-8").splitlines()
                                   if line.strip() and str(json.loads(line)["id"]) in stories),
                           encoding="utf-8")
            arts = [a for a in analyze([str(sub)]) if isinstance(a, dict)]
    return [a for a in arts if str(a.get("id")) in stories]


def _print_roles(rows: list[dict[str, Any]], split: str, saved: str | None,
                 empty: bool = False) -> None:
    """Print the ``split`` rows whose source or target is judged wrong (:func:`misplaced`;
    with ``empty``, only those where that role is empty: :func:`empty_roles`), each beside
    today's rows (:func:`shown_now`), then how many and which stories the current code
    still shows unchanged."""
    bad = misplaced(rows)
    if empty:
        bad = empty_roles(bad)
    now = shown_now(bad, _analyzed({r["article"] for r in bad}, saved))
    for r in now:
        what = _failed(r, ("source_ok", "target_ok"))
        print(json.dumps({"round": r["round"], "row": r["row"], "article": r["article"],
                          "type": r["type"], "conf": r["confidence"], "fail": what,
                          "sentence": r["sentence"], "src": r["source"], "tgt": r["target"],
                          "note_a": r["a"]["note"], "note_b": r["b"]["note"],
                          "same": r["same"], "now": r["now"]}, ensure_ascii=False))
    still = [r for r in now if r["same"]]
    what = "empty and judged wrong" if empty else "judged wrong"
    print(f"{len(bad)} of {len(rows)} {split} real-event rows with a source or target {what}; "
          f"{len(still)} still shown unchanged")
    for story, n in Counter(r["article"] for r in still).most_common():
        print(story, n)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--split", default="train")
    p.add_argument("--rounds", default="7-19")
    p.add_argument("--roles", action="store_true",
                   help="rows whose source or target is judged wrong, beside today's rows")
    p.add_argument("--empty", action="store_true",
                   help="with --roles: only rows whose source or target judged wrong is empty")
    p.add_argument("--now", help="a saved `storyline analyze` output of the VOA stories")
    args = p.parse_args()
    lo, hi = (int(x) for x in args.rounds.split("-"))
    rows = joined(range(lo, hi + 1), args.split)
    if args.roles:
        _print_roles(rows, args.split, args.now, args.empty)
        raise SystemExit
    bad = misled(rows)
    for r in bad:
        what = _failed(r, ("real_event", "type_ok"))
        print(json.dumps({"round": r["round"], "row": r["row"], "article": r["article"],
                          "type": r["type"], "status": r["status"], "conf": r["confidence"],
                          "fail": what, "sentence": r["sentence"],
                          "src": r["source"], "tgt": r["target"],
                          "note_a": r["a"]["note"], "note_b": r["b"]["note"]},
                         ensure_ascii=False))
    print(f"{len(bad)} of {len(rows)} {args.split} rows judged no event or wrong type")
    for story, n in Counter(r["article"] for r in bad).most_common():
        print(story, n)
