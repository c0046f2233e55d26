"""Check an outlet's own words (Fightin' Words) on a corpus with many articles per outlet.

Corpus: PolNeAR's *train* split (political news of 2015-2016, read from its tarball in
``../shared``, never copied into the project; licence: the publishers'), the first
:data:`PER_OUTLET` articles by name of each of :data:`OUTLETS`. Each article goes through
the whole ``analyze`` pipeline and the corpus stages; the ``comparison`` view gives each
outlet's words overall (``voice``) and about each actor (``framing``).

PolNeAR's attributions are an independent check that the words are the outlet's own voice
and not what it quotes: a word counted for an outlet should rarely lie inside the content
of a gold *direct* attribution (in quote marks). Metrics:

- ``voice_words`` / ``framing_words``: words found per outlet overall / about actors;
- ``actors_with_words``: actors with words in at least one outlet;
- ``outlets_with_voice``: outlets with at least one word overall;
- ``own_voice_share``: of the occurrences in the outlet's articles of every word found
  (overall and about actors), the share outside gold direct quotes;
- ``own_voice_word_share``: of the words found, the share most of whose occurrences lie
  outside gold direct quotes (the others are a speaker's words counted for the outlet).

Run ``python -m eval.framing [-v]`` (``-v`` prints each outlet's words with a sentence).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from eval.quotes import TARBALL, load

#: Outlets of the check (three of PolNeAR's seven, across the political spectrum).
OUTLETS = ("breitbart", "politico", "wash-post")
#: Articles per outlet.
PER_OUTLET = 40


def corpus() -> list[tuple[str, str, str, list[tuple[int, int]]]]:
    """``(name, outlet, text, gold direct-quote spans)`` of the articles of the check."""
    out = []
    taken = dict.fromkeys(OUTLETS, 0)
    for name, body, units in load("train"):
        outlet = name.split("_", 1)[0]
        if outlet in taken and taken[outlet] < PER_OUTLET:
            taken[outlet] += 1
            out.append((name, outlet, body,
                        [span for u in units if u.direct for span in u.content]))
    return out


def views(articles: list[tuple[str, str, str, list[tuple[int, int]]]]
          ) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
    """The corpus views of the analysed articles, and each article's body by key."""
    from storyline.analyze import analyze
    from storyline.corpus import compute

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "polnear.jsonl"
        path.write_text("".join(json.dumps({"id": name, "outlet": outlet, "text": body,
                                            "published": name.split("_")[1]}) + "\n"
                                for name, outlet, body, _q in articles), encoding="utf-8")
        analysed = [{**a, "article_key": a["id"]} for a in analyze([str(path)], workers=1)
                    if isinstance(a, dict)]
    return compute(analysed), {a["article_key"]: a.get("body") or "" for a in analysed}


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= at < e for s, e in spans)


def own_voice(word: str, texts: list[tuple[str, list[tuple[int, int]]]]) -> tuple[int, int]:
    """Occurrences of ``word`` in ``texts`` (body, gold direct-quote spans): all of them and
    those outside the quotes.

    >>> own_voice("regime", [('He said "the regime fell." The regime won.', [(9, 24)])])
    (2, 1)
    """
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    total = outside = 0
    for body, quoted in texts:
        for m in pattern.finditer(body):
            total += 1
            outside += not _inside(m.start(), quoted)
    return total, outside


def score(verbose: bool = False) -> dict[str, float]:
    """Every metric of the module docstring."""
    articles = corpus()
    out, bodies = views(articles)
    # Gold spans index the PolNeAR text; the analysed body is that text cleaned, so gold
    # spans are used on the raw text, where the word is looked for too.
    raw = {outlet: [(body, quoted) for _n, o, body, quoted in articles if o == outlet]
           for outlet in OUTLETS}
    voice_words = framing_words = found = own_words = total = outside = 0
    actors = set()
    with_voice = 0
    for row in out["comparison"]:
        texts = raw.get(row["outlet"], [])
        words = [w["word"] for w in row.get("voice") or []]
        with_voice += bool(words)
        voice_words += len(words)
        framing_words += len(row.get("framing") or [])
        actors |= {w["actor_id"] for w in row.get("framing") or []}
        for word in sorted(set(words) | {w["word"] for w in row.get("framing") or []}):
            n, own = own_voice(word, texts)
            total, outside = total + n, outside + own
            found, own_words = found + 1, own_words + (own * 2 >= n)
        if verbose:
            print(f"== {row['outlet']} ({row['n_articles']} articles)")
            for w in (row.get("voice") or [])[:15]:
                print(f"   {w['word']:<16} z={w['z']:<6} {w['articles']} art.  "
                      f"{(w['sentences'] or [''])[0][:100]}")
            for w in (row.get("framing") or [])[:25]:
                print(f"   [{w['name']}] {w['word']:<14} z={w['z']:<6} {w['articles']} art.  "
                      f"{(w['sentences'] or [''])[0][:90]}")
    return {"articles": float(len(bodies)), "outlets_with_voice": float(with_voice),
            "voice_words": float(voice_words), "framing_words": float(framing_words),
            "actors_with_words": float(len(actors)),
            "own_voice_share": round(outside / total, 4) if total else 1.0,
            "own_voice_word_share": round(own_words / found, 4) if found else 1.0}


if __name__ == "__main__":
    if not TARBALL.exists():
        sys.exit(f"{TARBALL} not found")
    print(json.dumps(score(verbose="-v" in sys.argv), indent=2))
