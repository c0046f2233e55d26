"""Score the dates of the event rows storyline shows on VOA stories against gold dates.

The gold (``eval/data/voa_dates/{train,validation}.jsonl``, docs/DATE_ANNOTATION.md) gives
each hand-audited row of rounds 7-15 (``eval/data/voa_audit/``) the date of the act its
sentence tells, as precisely as the story tells it ("2025-03-11", "2025-03", "2015"), or
null when the story does not say. A row keeps the audit's frozen ``split`` (a hash of its
sentence, :func:`eval.event_data.split_of`): dating rules are written from ``train`` rows
only (``-v`` lists the train rows not right); ``validation`` rows are only scored.

The audit shows one sentence in several rounds (the 160 validation rows are 85 items), so
one **item** is scored per (article, sentence, type) (:func:`items`): its gold is that of the
first row, in round then file order, that gives the date most of the key's rows give (ties
go to the earliest round); the number of keys whose rows disagree is reported
(``..._split_keys``), and both the row and the item counts are printed.

Each item's story is analysed whole with its ``published`` date, as ``eval.voa_audit``
draws rows; a story that fails to analyse is an error naming it, never a lost row. The
item's event is the shown event (confidence at least the default
``min_confidence``) of the row's sentence with the row's type, else the shown event of
that sentence with the highest confidence. Its date, as precise as it is known
(:func:`storyline.corpus.timeline.when`), is one of:

* ``right``: the gold date at the gold's precision, or null where the gold is null;
* ``coarse``: a coarser date that holds the gold ("2025-03" for "2025-03-11");
* ``wrong``: any other date, a date where the gold is null or a finer date inside the
  gold's month or year included (it claims a day the story does not tell);
* ``missing``: null where the gold has a date;
* ``gone``: the sentence has no shown event any more (nothing is dated, so nothing misleads,
  but the row is lost).

Shares are over all items of a split, so hiding rows does not raise them;
``not_wrong_share`` (one minus ``wrong_share``) is what a floor pins, as floors are minima.
Run ``python -m eval.dates [-v]``.

>>> verdict("2025-03-11", "2025-03-11"), verdict("2025-03", "2025-03-11")
('right', 'coarse')
>>> verdict("2025-03-11", "2025-03"), verdict(None, "2015"), verdict("2015", None)
('wrong', 'missing', 'wrong')
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from eval.voa_actors import analysed

GOLD = Path(__file__).parent / "data/voa_dates"
AUDIT = Path(__file__).parent / "data/voa_audit"
ROUNDS = range(7, 16)
VERDICTS = ("right", "wrong", "coarse", "missing", "gone")


def verdict(found: str | None, gold: str | None) -> str:
    """How a shown date ``found`` ("YYYY-MM-DD", "YYYY-MM", "YYYY" or None) stands to the
    gold date (module docstring); a row with no event is :func:`event_of`'s to tell."""
    if found == gold:
        return "right"
    if found is None:
        return "missing"
    if gold is not None and gold.startswith(found) and gold[len(found)] == "-":
        return "coarse"
    return "wrong"


def audited_rows() -> dict[tuple[int, str], dict[str, Any]]:
    """The audited rows of rounds 7-15 by (round, row id)."""
    out = {}
    for n in ROUNDS:
        path = AUDIT / f"round{n}_rows.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out[(n, row["row"])] = row
    return out


def gold_rows(split: str) -> list[dict[str, Any]]:
    """The gold rows of ``split`` joined to their audited row (story, sentence, type); empty
    when the split's gold file is not there yet."""
    path = GOLD / f"{split}.jsonl"
    if not path.exists():
        return []
    audited = audited_rows()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            gold = json.loads(line)
            out.append({**audited[(gold["round"], gold["row"])], **gold})
    return out


def items(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """One row per (article, sentence, type): the first row, in round then file order, that
    gives the date most of the key's rows give; and the number of keys whose rows disagree.

    >>> got, split = items([{"round": 9, "article": 1, "sentence": "s", "type": "T",
    ...                      "gold_date": "2025"}, {"round": 7, "article": 1, "sentence": "s",
    ...                      "type": "T", "gold_date": None}])
    >>> got[0]["round"], split
    (7, 1)
    """
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for row in sorted(rows, key=lambda r: r["round"]):
        groups.setdefault((str(row["article"]), row["sentence"], row["type"]), []).append(row)
    out, split = [], 0
    for group in groups.values():
        votes = Counter(r["gold_date"] for r in group)
        split += len(votes) > 1
        out.append(next(r for r in group if votes[r["gold_date"]] == max(votes.values())))
    return out, split


def event_of(article: dict[str, Any], row: dict[str, Any], floor: float) -> dict[str, Any] | None:
    """The shown event of the row's sentence: of the row's type if one is, else the most
    confident; None when the sentence has none."""
    at = article["body"].find(row["sentence"])
    if at < 0:
        return None
    end = at + len(row["sentence"])
    shown = [e for e in article["events"] if e["confidence"] >= floor
             and e["start"] < end and e["end"] > at]
    if not shown:
        return None
    return max(shown, key=lambda e: (e["type"] == row["type"], e["confidence"]))


def judge(rows: list[dict[str, Any]], articles: dict[str, dict[str, Any]],
          floor: float) -> list[tuple[dict[str, Any], str | None, str]]:
    """Each row with the date shown for it and its verdict."""
    from storyline.corpus.timeline import when

    out = []
    for row in rows:
        art = articles.get(str(row["article"]))
        if art is None:
            raise LookupError(f"VOA story {row['article']} did not analyse")
        event = event_of(art, row, floor)
        if event is None:
            out.append((row, None, "gone"))
            continue
        found = when(event)
        out.append((row, found, verdict(found, row["gold_date"])))
    return out


def count(judged: list[tuple[dict[str, Any], str | None, str]]) -> dict[str, float]:
    """Counts and shares of each verdict.

    >>> count([({}, None, "right"), ({}, "2025", "wrong")])["right_share"]
    0.5
    """
    out: dict[str, float] = {"n": len(judged)}
    for v in VERDICTS:
        out[v] = sum(1 for _, _, got in judged if got == v)
        out[f"{v}_share"] = out[v] / len(judged) if judged else 0.0
    out["not_wrong_share"] = 1 - out["wrong_share"]  # for a floor: higher is better
    return out


def score(verbose: bool = False) -> dict[str, float]:
    """``train_...`` and ``validation_...`` counts and shares of items (``_n``; ``_rows`` the
    gold rows they come from); ``verbose`` prints the train items that are not right."""
    from storyline.settings import Settings

    floor = Settings().min_confidence
    parts = {split: gold_rows(split) for split in ("train", "validation")}
    articles = analysed({str(r["article"]) for rows in parts.values() for r in rows})
    metrics: dict[str, float] = {}
    for split, rows in parts.items():
        scored, disagree = items(rows)
        judged = judge(scored, articles, floor)
        metrics.update({f"{split}_rows": len(rows), f"{split}_split_keys": disagree})
        metrics.update({f"{split}_{k}": v for k, v in count(judged).items()})
        if verbose and split == "train":
            for row, found, got in judged:
                if got != "right":
                    print(f"{got:8s} r{row['round']} {row['row']} found={found} "
                          f"gold={row['gold_date']} [{row['basis']}] {row['type']}: "
                          f"{row['sentence'][:140]}")
    return metrics


if __name__ == "__main__":
    for key, value in score(verbose="-v" in sys.argv).items():
        print(f"{key:26s} {value:.3f}" if isinstance(value, float) else f"{key:26s} {value}")
