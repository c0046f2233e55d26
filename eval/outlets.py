"""Outlets inferred from an article's own text, scored where the true outlet is known.

Two sets, each with its outlet and URL taken away: the VOA stories
(``../shared/data/voa/voa_stories.jsonl``, all Voice of America) and the 181 development
web pages (``../shared/data/dev/boilerplate``, each page's outlet the one its URL's domain
names, else the domain). Each text goes through the ``clean`` and ``meta`` stages (which
name an outlet from a site header or footer), then, when the outlet is still unknown,
through :func:`storyline.corpus.outlets.with_inferred_outlets` (credit lines, links,
"told <outlet>", related-article headlines). For each set and each way (``meta``, ``text``)
the scorer counts the articles named and those named right. The VOA stories are split by
a hash of their id into training and validation halves (one in four validates); the told
rules were written reading training stories, and the floors pin the validation figures.
Run ``python -m eval.outlets`` to print them (``-v`` lists every article named by text).

>>> split_of("8011115") in ("train", "validation")
True
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from typing import Any

from storyline.corpus.articles import UNKNOWN_OUTLET, outlet_of
from storyline.corpus.outlets import with_inferred_outlets
from storyline.model import Article
from storyline.settings import Settings
from storyline.stages.clean.stage import clean
from storyline.stages.meta import meta, outlet_of_url

from .boilerplate import DEV

VOA = DEV.parents[1] / "voa" / "voa_stories.jsonl"


def split_of(key: str) -> str:
    """``"validation"`` for one item in four, fixed by a hash of its id."""
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return "validation" if int(digest[:8], 16) % 4 == 0 else "train"


def _article(key: str, text: str, published: str | None = None) -> dict[str, Any]:
    settings = Settings()
    art = meta(clean(Article(id=key, source=key, raw=text, published=published), settings),
               settings)
    return {"article_key": key, "id": key, "body": art.body, "outlet": art.outlet,
            "removed": [{"text": r.text, "reason": r.reason} for r in art.removed],
            "warnings": list(art.warnings)}


def items() -> list[tuple[str, str, dict[str, Any]]]:
    """``(set, true outlet, article)`` for every VOA story and development page, its
    outlet the one ``clean`` and ``meta`` found (URL and outlet fields taken away)."""
    found = []
    if VOA.exists():
        for line in VOA.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            found.append((f"voa_{split_of(row['id'])}", "Voice of America",
                          _article(row["id"], row["text"], row["published"][:10])))
    if (DEV / "ground-truth.json").exists():
        pages = json.loads((DEV / "page-text.json").read_text(encoding="utf-8"))["output"]
        truth = json.loads((DEV / "ground-truth.json").read_text(encoding="utf-8"))
        for key in sorted(truth):
            found.append(("pages", str(outlet_of_url(truth[key]["url"])),
                          _article(key, pages[key]["articleBody"])))
    return found


def counts(rows: list[tuple[str, str, dict[str, Any]]] | None = None) -> Counter[str]:
    """``{set}_{meta|text}_{named|right}`` and ``{set}_articles`` counts."""
    rows = items() if rows is None else rows
    inferred = with_inferred_outlets([a for _, _, a in rows])
    out: Counter[str] = Counter()
    for (name, true, _), after in zip(rows, inferred, strict=True):
        out[f"{name}_articles"] += 1
        way = "text" if after.get("outlet_from") == "text" else "meta"
        if outlet_of(after) != UNKNOWN_OUTLET:
            out[f"{name}_{way}_named"] += 1
            out[f"{name}_{way}_right"] += outlet_of(after) == true
    return out


def score(rows: list[tuple[str, str, dict[str, Any]]] | None = None) -> dict[str, float]:
    """Precision (right / named) and coverage (named / articles) of the outlets inferred
    from text, on the VOA validation stories and the development pages."""
    c = counts(rows)
    scores: dict[str, float] = {}
    for name in ("voa_validation", "voa_train", "pages"):
        named = c[f"{name}_text_named"]
        scores[f"{name}_text_precision"] = c[f"{name}_text_right"] / named if named else 1.0
        total = c[f"{name}_articles"]
        scores[f"{name}_text_coverage"] = named / total if total else 0.0
    return scores


if __name__ == "__main__":
    rows = items()
    if "-v" in sys.argv:
        for (name, true, _), after in zip(rows, with_inferred_outlets([a for *_, a in rows]),
                                          strict=True):
            if after.get("outlet_from") == "text":
                print(name, true, "->", after["outlet"], "|", after["warnings"][-1][:160])
    print(json.dumps(dict(sorted(counts(rows).items()))))
    print(json.dumps({k: round(v, 4) for k, v in score(rows).items()}))
