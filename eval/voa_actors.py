"""Score actor resolution on real actor phrases of the VOA corpus (``eval/data/voa_actors.tsv``).

Each phrase is the source or target of a sentence of ``eval/data/voa_events/gold.jsonl``
as a news story wrote it ("the Kabul administration", "Separatists belonging to the
banned BLA", "Akar"), annotated by hand with the country and sector a reader of the
whole article gives it (docs/ACTOR_ANNOTATION.md). None of them was written for the
rules. Two ways of resolving it are scored:

* ``phrase``: :func:`storyline.stages.actors.stage.resolve` on the words alone, with the
  sentence as context and the story's date;
* ``article``: the story analysed whole (``storyline analyze``), the phrase found in
  its sentence, and the article actor whose mention covers its head word, else overlaps
  it most (what an event's role gets: "the minister" is the minister that story names,
  "police" the story's police, "attorneys for rights groups" the attorneys);
* ``article_or_phrase``: the article actor, else the phrase's words resolved alone
  (what an event's source or target gets when no article actor covers its words).

A phrase belongs to ``train`` or ``validation`` by the hash of its folded words
(:func:`eval.actors.half`, fixed forever; one phrase met in several stories sits in one
half). Rules and data may be written from ``train`` only (``-v train`` lists its misses);
``validation`` is only scored, and the floors pin it.

``--second`` scores the second set instead (``eval/data/voa_actors2.tsv``: the gold's other
phrases, two annotators apart and an adjudication each; :mod:`eval.voa_actor_rounds`).

Run ``python -m eval.voa_actors [-v [train|validation]] [--phrase-only] [--second]``.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from eval.actors import count, half

DATA = Path(__file__).parent / "data/voa_actors.tsv"
SECOND = DATA.parent / "voa_actors2.tsv"
GOLD = Path(__file__).parent / "data/voa_events/gold.jsonl"
VOA = Path(__file__).resolve().parents[1].parent / "shared/data/voa/voa_stories.jsonl"


def cases(path: Path = DATA) -> list[dict[str, Any]]:
    """The annotated phrases with their sentence, story and date."""
    sentences = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        sentences[row["id"]] = row
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("row\t"):
            continue
        rid, text, country, sector = line.split("\t")
        gold = sentences[rid]
        out.append({"row": rid, "text": text, "context": gold["text"], "story": gold["story"],
                    "published": gold["published"], "country": None if country == "-" else country,
                    "sector": None if sector == "-" else sector, "sector_scored": True})
    return out


def analysed(stories: set[str]) -> dict[str, dict[str, Any]]:
    """The analysed VOA stories among ``stories``, by id."""
    from storyline.analyze import analyze

    lines = [line for line in VOA.read_text(encoding="utf-8").splitlines()
             if str(json.loads(line)["id"]) in stories]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "voa.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return {str(a["id"]): a for a in analyze([str(path)]) if isinstance(a, dict)}


def _whole(haystack: str, text: str, start: int = 0) -> re.Match[str] | None:
    """``text`` as whole words in ``haystack`` from ``start`` ("Russia" is not the start of
    "Russian President")."""
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)").search(haystack, start)


def _span(body: str, sentence: str, text: str) -> tuple[int, int] | None:
    """Offsets of ``text`` inside the first occurrence of ``sentence`` in ``body``."""
    at = body.find(sentence)
    if at < 0:
        at = body.find(sentence[:60])
    if at < 0:
        return None
    found = _whole(body, text, at)
    if found is None or found.start() > at + len(sentence):
        return None
    return found.start(), found.end()


def _head(sentence: str, text: str) -> tuple[int, int] | None:
    """Offsets, inside ``text``, of its head word as parsed in ``sentence``: the word an
    event's source or target points to ("Mission" in "the U.S. Mission to the United
    Nations", "attorneys" in "attorneys for rights groups")."""
    from storyline import resources

    found = _whole(sentence, text)
    if found is None:
        return None
    at = found.start()
    inside = [t for t in resources.nlp()(sentence) if at <= t.idx < at + len(text)]
    heads = [t for t in inside if t.head.i == t.i or not at <= t.head.idx < at + len(text)]
    if not heads:
        return None
    return heads[0].idx - at, heads[0].idx - at + len(heads[0].text)


def _covering(article: dict[str, Any], start: int, end: int,
              head: tuple[int, int] | None = None) -> dict[str, Any] | None:
    """The article actor an event's role word gets (the events stage looks it up from the
    role's head word): the tightest whose mention covers the phrase's ``head`` (offsets
    inside the phrase), else the one whose mention overlaps ``[start, end)`` most
    (tightest on ties), a named person first, since a phrase holding a name and a title
    denotes the person ("National Security Advisor Jake Sullivan")."""
    best, best_key = None, (False, False, 0, 0)
    for actor in article["actors"]:
        for m_start, m_end in actor.get("mentions") or []:
            overlap = min(end, m_end) - max(start, m_start)
            on_head = head is not None and m_start <= start + head[0] and start + head[1] <= m_end
            key = (on_head, actor["kind"] == "person", overlap, -(m_end - m_start))
            if overlap > 0 and key > best_key:
                best, best_key = actor, key
    return best


def score(verbose: bool = False, show: str | None = None,
          phrase_only: bool = False, path: Path = DATA) -> dict[str, float]:
    """Accuracy of both ways of resolving, over each half (``train_...``,
    ``validation_...``) of the phrases in ``path``; ``verbose`` prints the misses of the
    half ``show``."""
    from storyline.stages.actors.stage import resolve

    rows = cases(path)
    phrase = {id(r): resolve(r["text"], context=r["context"], date=r["published"]) for r in rows}
    article: dict[int, Any] = {}
    if not phrase_only:
        stories = analysed({r["story"] for r in rows})
        for r in rows:
            art = stories.get(r["story"])
            span = _span(art["body"], r["context"], r["text"]) if art else None
            article[id(r)] = _covering(art, *span, _head(r["context"], r["text"])) \
                if span else None
    metrics: dict[str, float] = {}
    for name in ("train", "validation"):
        part = [r for r in rows if half(r["text"]) == name]
        metrics[f"{name}_n"] = len(part)
        shown = verbose and name == (show or "train")
        if shown:
            print(f"{name}, phrase:")
        found = count([(r, phrase[id(r)] and vars(phrase[id(r)])) for r in part], shown)
        metrics.update({f"{name}_phrase_{k}": v for k, v in found.items()})
        if not phrase_only:
            if shown:
                print(f"{name}, article:")
            found = count([(r, article[id(r)]) for r in part], shown)
            metrics.update({f"{name}_article_{k}": v for k, v in found.items()})
            either = [(r, article[id(r)] or (phrase[id(r)] and vars(phrase[id(r)])))
                      for r in part]
            if shown:
                print(f"{name}, article or phrase:")
            found = count(either, shown)
            metrics.update({f"{name}_article_or_phrase_{k}": v for k, v in found.items()})
    return metrics


if __name__ == "__main__":
    which = next((a for a in sys.argv[1:] if a in ("train", "validation")), None)
    result = score("-v" in sys.argv, which, "--phrase-only" in sys.argv,
                   SECOND if "--second" in sys.argv else DATA)
    print(json.dumps({k: round(v, 4) for k, v in result.items()}))
