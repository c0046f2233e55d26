"""Doubly annotated VOA actor phrases: the draw, the two annotators' agreement, the gold.

``eval/data/voa_actors.tsv`` (stop 19) holds 496 source and target phrases of the VOA event
gold (``eval/data/voa_events/gold.jsonl``), each annotated once. The gold's other source
and target phrases were never annotated for actors; this module draws them in rounds,
each round in two parts split by story (an annotator reads whole stories), so that each
part is annotated by two annotators apart and adjudicated (docs/ACTOR_ANNOTATION.md,
"Second set"):

* ``draw``: the next ``N`` phrases not yet annotated, in a fixed hash order of (story,
  phrase), written as ``roundK_part1.jsonl`` / ``roundK_part2.jsonl`` under
  ``eval/data/voa_actors2/``, each row with its sentence, story, title and date;
* ``agree``: per part, the agreement of ``..._a.jsonl`` and ``..._b.jsonl`` (kept or left
  out, country, sector, both; Cohen's kappa of the sector), the disagreements for the
  adjudicator (``..._disagreements.jsonl``) and, once each is adjudicated
  (``..._adjudicated.jsonl``), the gold of every complete part in
  ``eval/data/voa_actors2.tsv`` (the format of ``voa_actors.tsv``), which
  ``python -m eval.voa_actors --second`` scores.

An annotation row: ``{"id", "keep": bool, "country": ISO3 or null, "sector": PLOVER
sector or null, "note"}``.

Run ``python -m eval.voa_actor_rounds draw N`` or ``python -m eval.voa_actor_rounds agree``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from eval.voa_actors import DATA, GOLD, SECOND, VOA
from eval.voa_agreement import kappa

DIR = DATA.parent / "voa_actors2"
#: Left out before annotation as the guidelines leave them out (no actor of their own).
PRONOUNS = frozenset("he she it they we i you him her them us me his its their our who "
                     "which that this these those".split())
HEADER = ("# Real actor phrases from the VOA corpus (public domain), each the source or target\n"
          "# of a sentence in eval/data/voa_events/gold.jsonl (row = its id), with the country\n"
          "# (ISO3, - for none) and PLOVER sector (- for none) a reader of the whole article\n"
          "# gives it. Two annotators apart and an adjudication per item\n"
          "# (docs/ACTOR_ANNOTATION.md, \"Second set\"); made by python -m eval.voa_actor_rounds.\n"
          "row\ttext\tcountry\tsector\n")


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")


def _key(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def annotated() -> set[tuple[str, str]]:
    """(gold row, phrase) of every phrase in the first set or drawn in a round (a phrase
    is drawn once per story: its other rows in that story are not drawn again)."""
    done = set()
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith(("#", "row\t")):
            row, text = line.split("\t")[:2]
            done.add((row, text))
    for path in sorted(DIR.glob("round*_part?.jsonl")):
        done.update((r["row"], r["text"]) for r in _jsonl(path))
    return done


def candidates() -> list[dict[str, Any]]:
    """Every source and target phrase of the VOA event gold not yet annotated, once per
    story, in the fixed hash order of (story, phrase): not a bare pronoun, and as its
    sentence writes it (the scorer finds it there)."""
    stories = {s["id"]: s for s in _jsonl(VOA)}
    gold = _jsonl(GOLD)
    done = annotated()
    story_of = {g["id"]: g["story"] for g in gold}
    seen = {(story_of.get(row), text) for row, text in done}
    out = []
    for g in gold:
        for role in ("source", "target"):
            text = g.get(role) or ""
            if (not text or text.lower() in PRONOUNS or text not in g["text"]
                    or (g["id"], text) in done or (g["story"], text) in seen):
                continue
            seen.add((g["story"], text))
            story = stories.get(g["story"], {})
            out.append({"id": _key(g["id"], text), "row": g["id"], "text": text,
                        "sentence": g["text"], "story": g["story"],
                        "title": story.get("title", ""), "published": g["published"]})
    return sorted(out, key=lambda r: _key(r["story"], r["text"]))


def draw(n: int) -> list[Path]:
    """Write the next round: the first ``n`` candidates, in two parts by story."""
    rnd = 1 + len(list(DIR.glob("round*_part1.jsonl")))
    rows = candidates()[:n]
    DIR.mkdir(exist_ok=True)
    paths = []
    for part in (1, 2):
        mine = [r for r in rows if int(_key(r["story"]), 16) % 2 == part - 1]
        path = DIR / f"round{rnd}_part{part}.jsonl"
        _write(path, sorted(mine, key=lambda r: (r["story"], r["row"], r["text"])))
        paths.append(path)
    return paths


def _label(a: dict[str, Any]) -> tuple[Any, ...]:
    return (a["keep"], a.get("country") if a["keep"] else None,
            a.get("sector") if a["keep"] else None)


def figures(a: dict[str, dict[str, Any]], b: dict[str, dict[str, Any]]) -> dict[str, float]:
    """Agreement of two annotations of the same phrases."""
    ids = sorted(set(a) & set(b))
    kept = [i for i in ids if a[i]["keep"] and b[i]["keep"]]
    sectors = [(str(a[i].get("sector")), str(b[i].get("sector"))) for i in kept]
    return {
        "items": len(ids),
        "keep_agreement": sum(a[i]["keep"] == b[i]["keep"] for i in ids) / len(ids),
        "country_agreement": sum(a[i].get("country") == b[i].get("country") for i in kept)
        / max(len(kept), 1),
        "sector_agreement": sum(x == y for x, y in sectors) / max(len(kept), 1),
        "sector_kappa": kappa(sectors) if sectors else 0.0,
        "full_agreement": sum(_label(a[i]) == _label(b[i]) for i in ids) / len(ids),
    }


def agree() -> list[dict[str, Any]]:
    """Print each part's agreement, write its disagreements, and return the gold rows of
    the parts that are complete and adjudicated (also written to ``voa_actors2.tsv``)."""
    gold: list[dict[str, Any]] = []
    for path in sorted(DIR.glob("round*_part?.jsonl")):
        stem = path.stem.replace("round", "r").replace("_part", "p")
        sample = {r["id"]: r for r in _jsonl(path)}
        a = {r["id"]: r for r in _jsonl(DIR / f"{stem}_a.jsonl")}
        b = {r["id"]: r for r in _jsonl(DIR / f"{stem}_b.jsonl")}
        if not sample or set(a) != set(sample) or set(b) != set(sample):
            print(f"{path.name}: annotations incomplete, left out")
            continue
        print(f"== {path.name}")
        for key, value in figures(a, b).items():
            print(f"{key:18s} {value:.3f}" if isinstance(value, float) else f"{key:18s} {value}")
        differ = [i for i in sample if _label(a[i]) != _label(b[i])]
        _write(DIR / f"{stem}_disagreements.jsonl",
               [{**sample[i], "a": a[i], "b": b[i]} for i in differ])
        adjudicated = {r["id"]: r for r in _jsonl(DIR / f"{stem}_adjudicated.jsonl")}
        missing = [i for i in differ if i not in adjudicated]
        print(f"{len(differ)} disagreements, {len(missing)} not adjudicated")
        if missing:
            continue
        for i, row in sample.items():
            final = adjudicated[i] if i in differ else a[i]
            if final["keep"]:
                gold.append({"row": row["row"], "text": row["text"],
                             "country": final.get("country") or "-",
                             "sector": final.get("sector") or "-"})
    SECOND.write_text(HEADER + "".join(f"{g['row']}\t{g['text']}\t{g['country']}\t{g['sector']}\n"
                                       for g in gold), encoding="utf-8")
    print(f"{SECOND.name}: {len(gold)} phrases")
    return gold


if __name__ == "__main__":
    if sys.argv[1:2] == ["draw"]:
        for p in draw(int(sys.argv[2])):
            print(p, len(_jsonl(p)))
    else:
        agree()
