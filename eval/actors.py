"""Score actor resolution on the PLOVER gold-standard records (../shared/data/dev/events).

Every ``source``/``target`` actor there carries its ``actorText``, a country ``code``
and usually a ``sector``. We resolve ``actorText`` with its sentence as context and
count how often the country and the sector agree. Gold codes are CAMEO-era: a few
country codes are mapped to ISO3, "IGO" means an intergovernmental organisation
(our country None, sector IGO), and a sector is compared on its first three
letters ("CVLkur" is CVL); "***" is not scored for sector, and a missing sector is
scored as none (a country named alone has no sector).

The actor texts are split in two halves fixed by a hash of the folded text (so a
phrase met twice sits in one half): ``train`` is what rules and data may be written
from (``python -m eval.actors -v train`` lists its misses), ``validation`` is only
ever scored. The metrics are given over all rows (the historical figures) and, with
a ``validation_`` or ``train_`` prefix, over each half; the floors pin the
validation half.

Run ``python -m eval.actors [-v [train|validation]]`` to print the metrics.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

DEV = Path(__file__).resolve().parents[1].parent / "shared/data/dev/events/PLOVER_GSR_CAMEO.json"
#: CAMEO-era country codes of the gold set and their ISO 3166 alpha-3 equivalents.
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "IMG": None, "NGO": None, "ISM": None}


def cases(path: Path = DEV) -> list[dict]:
    """(text, context, country, sector) of every gold actor with a usable code."""
    out = []
    for record in json.loads(path.read_text(encoding="utf-8")):
        for role in ("source", "target"):
            actors = record.get(role) or []
            if isinstance(actors, dict):
                actors = [actors]
            for gold in actors:
                if not isinstance(gold, dict) or not gold.get("actorText"):
                    continue
                code = gold.get("code")
                if code in CAMEO_TO_ISO and CAMEO_TO_ISO[code] is None:
                    continue
                sector = (gold.get("sector") or "")[:3].upper() or None
                if code == "IGO":
                    country, sector = None, "IGO"
                else:
                    country = CAMEO_TO_ISO.get(code, code)
                out.append({"text": gold["actorText"].strip(), "context": record.get("text"),
                            "country": country, "sector": None if sector == "***" else sector,
                            "sector_scored": sector != "***"})
    return out


def half(text: str) -> str:
    """``train`` or ``validation``: the half a gold actor text belongs to, by a hash
    of its accent-folded, lower-cased words (fixed forever; about half each).

    >>> half("Iraqi police") == half("  iraqi   POLICE ")
    True
    """
    folded = unicodedata.normalize("NFKD", " ".join(text.lower().split()))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    digest = hashlib.sha256(folded.encode("utf-8")).digest()
    return "validation" if digest[0] % 2 else "train"


def verdict(row: dict, country: str | None, sector: str | None) -> str:
    """``right``, ``wrong`` (a country or a scored sector is given that is not the gold
    one, a gold "none" included) or ``missing`` (a miss that gives nothing wrong: only
    blanks where the gold has a value). An analyst is misled by the second, not the third.

    >>> gold = {"country": "PAK", "sector": "COP", "sector_scored": True}
    >>> verdict(gold, "PAK", "COP"), verdict(gold, "IND", None), verdict(gold, "PAK", None)
    ('right', 'wrong', 'missing')
    >>> verdict({"country": None, "sector": "IGO", "sector_scored": True}, "USA", "IGO")
    'wrong'
    """
    scored = row["sector_scored"]
    if (country is not None and country != row["country"]) or \
            (scored and sector is not None and sector != row["sector"]):
        return "wrong"
    if country != row["country"] or (scored and sector != row["sector"]):
        return "missing"
    return "right"


def tally(rows: list[dict], verbose: bool = False) -> dict[str, float]:
    """Country and sector accuracy of :func:`storyline.stages.actors.stage.resolve` on ``rows``,
    and how many rows it answers wrong (``wrong_answers``) or leaves blank
    (``missing_answers``, see :func:`verdict`).

    Each row has ``text``, ``context`` (or None), ``country``, ``sector`` and
    ``sector_scored``; misses are printed when ``verbose``.
    """
    from storyline.stages.actors.stage import resolve

    start = time.perf_counter()
    found = []
    for row in rows:
        actor = resolve(row["text"], context=row["context"])
        found.append((row, actor and {"country": actor.country, "sector": actor.sector}))
    elapsed = time.perf_counter() - start
    return {**count(found, verbose), "texts_per_second": len(rows) / elapsed}


def count(pairs: list[tuple[dict, dict | None]], verbose: bool = False) -> dict[str, float]:
    """Accuracy, wrong and missing answers of ``pairs`` of a gold row and what was found
    (a dict with ``country`` and ``sector``, or None); ``verbose`` prints the misses, each
    marked wrong or missing. A row whose sector is not scored counts for its country alone.

    >>> gold = {"text": "Punjab police", "country": "PAK", "sector": "COP", "sector_scored": True}
    >>> found = count([(gold, {"country": "IND", "sector": "COP"}), (gold, None)])
    >>> found["country_and_sector_accuracy"], found["wrong_answers"], found["missing_answers"]
    (0.0, 1, 1)
    """
    country_ok = sector_ok = sector_n = both_ok = 0
    verdicts = {"right": 0, "wrong": 0, "missing": 0}
    for row, got in pairs:
        country = got.get("country") if got else None
        sector = got.get("sector") if got else None
        c_ok = country == row["country"]
        country_ok += c_ok
        said = verdict(row, country, sector)
        verdicts[said] += 1
        if row["sector_scored"]:
            sector_n += 1
            s_ok = sector == row["sector"]
            sector_ok += s_ok
            both_ok += c_ok and s_ok
        if verbose and said != "right":
            where = f"{row['story']} " if "story" in row else ""
            print(f"  {said:7} {where}{row['text']!r}: got {country}/{sector}, "
                  f"want {row['country']}/{row['sector']}")
    n, sector_n = max(len(pairs), 1), max(sector_n, 1)
    return {"country_accuracy": country_ok / n, "sector_accuracy": sector_ok / sector_n,
            "country_and_sector_accuracy": both_ok / sector_n,
            "wrong_answers": verdicts["wrong"], "missing_answers": verdicts["missing"]}


def score(verbose: bool = False, show: str | None = None) -> dict[str, float]:
    """Country and sector accuracy of actor resolution on the gold set, over all rows
    and over each half (``validation_...``, ``train_...``); ``verbose`` prints the
    misses of the half ``show`` (``train`` unless told)."""
    rows = cases()
    return {**tally(rows), **by_half(rows, verbose, show)}


def by_half(rows: list[dict], verbose: bool = False,
            show: str | None = None) -> dict[str, float]:
    """:func:`tally` over the ``train`` and the ``validation`` half of ``rows`` (keys
    ``train_...``, ``validation_...``, with each half's size ``..._n``); ``verbose`` prints
    the misses of the half ``show`` (``train`` unless told)."""
    metrics: dict[str, float] = {}
    for name in ("train", "validation"):
        part = [r for r in rows if half(r["text"]) == name]
        found = tally(part, verbose and name == (show or "train"))
        metrics.update({f"{name}_{k}": v for k, v in found.items() if k != "texts_per_second"})
        metrics[f"{name}_n"] = len(part)
    return metrics


def main(score_fn: Callable[[bool, str | None], dict[str, float]]) -> None:
    """Print ``score_fn``'s figures as JSON (``-v`` and ``train``/``validation`` as
    arguments: the misses of that half)."""
    which = next((a for a in sys.argv[1:] if a in ("train", "validation")), None)
    print(json.dumps({k: round(v, 4) for k, v in score_fn("-v" in sys.argv, which).items()}))


if __name__ == "__main__":
    main(score)
