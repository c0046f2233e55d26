"""Analysed articles built by hand, in the contract shape of DESIGN.md.

The corpus stages read the ``analyze`` output, so these builders make exactly
that: article dicts with ``article_key``, actors, events (actors as compact
references) and quotes.
"""

from __future__ import annotations

from typing import Any

import pytest

ACTORS: dict[str, dict[str, Any]] = {
    "RUS": {"id": "RUS", "name": "Russia", "kind": "country", "country": "RUS", "sector": None},
    "USA": {"id": "USA", "name": "United States", "kind": "country", "country": "USA",
            "sector": None},
    "CUB": {"id": "CUB", "name": "Cuba", "kind": "country", "country": "CUB", "sector": None},
    "maduro": {"id": "nicolas_maduro", "name": "Nicolás Maduro", "kind": "person",
               "country": "VEN", "sector": "GOV"},
    "guaido": {"id": "juan_guaido", "name": "Juan Guaidó", "kind": "person", "country": "VEN",
               "sector": "OPP"},
    "VEN.GOV": {"id": "VEN.GOV", "name": "Venezuelan government", "kind": "org",
                "country": "VEN", "sector": "GOV"},
    "VEN.OPP": {"id": "VEN.OPP", "name": "Venezuelan opposition", "kind": "group",
                "country": "VEN", "sector": "OPP"},
}


def actor(key: str, text: str | None = None, labels: tuple[str, ...] = (),
          mentions: int = 1, **fields: Any) -> dict[str, Any]:
    """An article-level actor: a known one by key (fields overridable) or a new one."""
    base = dict(ACTORS.get(key, {"id": key, "name": key, "kind": "person", "country": None,
                                 "sector": None}))
    base.update(fields)
    base["text"] = text or base["name"]
    base["labels"] = list(labels)
    base["mentions"] = [[i * 10, i * 10 + 5] for i in range(mentions)]
    return base


def ref(a: dict[str, Any]) -> dict[str, Any]:
    """The compact actor reference embedded in events and quotes."""
    return {k: a.get(k) for k in ("id", "name", "kind", "country", "sector", "text")}


def event(etype: str, source: list[dict[str, Any]], target: list[dict[str, Any]],
          sentence: str = "", date: str | None = None, precision: str | None = None,
          status: str = "asserted", start: int = 0, **fields: Any) -> dict[str, Any]:
    """An event in the contract shape."""
    out = {
        "type": etype, "mode": None, "cameo_root": None, "quad": None, "intensity": None,
        "source": [ref(a) for a in source], "target": [ref(a) for a in target],
        "date": date, "date_precision": precision or ("day" if date else None),
        "date_text": None, "location": None, "status": status, "said_by": None,
        "sentence": sentence or f"{etype} sentence", "start": start,
        "end": start + len(sentence or etype), "confidence": 0.9,
    }
    out.update(fields)
    return out


def quote(speaker: dict[str, Any] | None, text: str, start: int = 0) -> dict[str, Any]:
    """A quote in the contract shape."""
    return {"speaker": ref(speaker) if speaker else None,
            "speaker_text": speaker["text"] if speaker else None, "cue": "said",
            "text": text, "kind": "direct", "start": start, "end": start + len(text)}


def article(key: str, outlet: str | None = "Outlet", published: str | None = "2019-05-05",
            body: str = "", actors: list[dict[str, Any]] | None = None,
            events: list[dict[str, Any]] | None = None,
            quotes: list[dict[str, Any]] | None = None, **fields: Any) -> dict[str, Any]:
    """An analysed article dict with its store key."""
    out = {
        "article_key": key, "id": key, "source": f"{key}.txt", "outlet": outlet,
        "title": fields.pop("title", f"Story {key}"), "url": None, "published": published,
        "published_from": "text", "language": "en",
        "body": body or f"Body of story {key} about {outlet}.", "removed": [],
        "actors": actors or [], "events": events or [], "quotes": quotes or [], "warnings": [],
    }
    out.update(fields)
    return out


WIRE = (
    "Russia on Sunday reaffirmed its support for President Nicolas Maduro, saying the "
    "Venezuelan opposition and its backers in Washington were trying to seize power by "
    "force. The foreign ministry in Moscow said it would keep working with Caracas on "
    "energy and defence, and warned against any military intervention in the country, "
    "where talks between the two sides have stalled for weeks amid power cuts."
)


@pytest.fixture
def support_corpus() -> list[dict[str, Any]]:
    """Four outlets tell that Russia supports Maduro; one reposts a wire story."""
    rus, mad = actor("RUS"), actor("maduro", labels=("President",))
    arts = []
    for i, (outlet, day) in enumerate([("RT", "2019-05-05"), ("DW", "2019-05-05"),
                                       ("Reuters", "2019-05-06"), ("teleSUR", "2019-05-07")]):
        date = "2019-05-05" if i < 2 else None
        arts.append(article(
            f"k{i}", outlet, day,
            body=WIRE if outlet == "Reuters" else f"{outlet} tells in its own words, story {i}.",
            actors=[rus, mad],
            events=[event("SUPPORT", [rus], [mad], f"Russia backs Maduro ({outlet}).", date)]))
    arts.append(article(
        "k9", "Yahoo", "2019-05-08", body=arts[2]["body"] + " Copyright Yahoo.",
        actors=[rus, mad],
        events=[event("SUPPORT", [rus], [mad], "Russia backs Maduro (Reuters).")]))
    return arts
