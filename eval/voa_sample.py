"""Draw the VOA sentences annotated for event coding (docs/EVENT_ANNOTATION.md).

Reads ``../shared/data/voa/voa_stories.jsonl`` (public domain, credit voanews.com),
splits each story into sentences with spaCy's rule-based sentencizer (no model, so
the draw does not move when the parser changes), and keeps a fixed, hash-ordered
draw of ``N`` sentences of 8 to 70 words: about half that hold a word of the event
lexicon and half that do not, because most news sentences hold no political event and
a coder has to learn to say so. Each row gets its ``split`` here, once, by a hash of
its text (see :func:`storyline.stages.events.learned.split_of`).

Run ``python -m eval.voa_sample`` to rewrite ``eval/data/voa_events/sample.jsonl``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import spacy

from storyline.stages.event_lexicon import lexicon

VOA = Path(__file__).resolve().parents[1].parent / "shared/data/voa/voa_stories.jsonl"
OUT = Path(__file__).resolve().parent / "data/voa_events/sample.jsonl"
N = 320


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def sentences() -> list[dict[str, str]]:
    """Every sentence of 8-70 words of the VOA stories, with its story id."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    out = []
    for line in VOA.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        for sent in nlp(story["text"]).sents:
            text = sent.text.strip()
            if 8 <= len(text.split()) <= 70:
                out.append({"story": story["id"], "text": text})
    return out


def draw() -> list[dict[str, str]]:
    """The fixed draw: the first N/2 triggered and N/2 untriggered sentences by hash."""
    forms = lexicon(()).forms
    rows = sorted(sentences(), key=lambda r: _key(r["text"]))
    seen: set[str] = set()
    hit, miss = [], []
    for r in rows:
        if r["text"] in seen:
            continue
        seen.add(r["text"])
        words = {w.strip(".,;:\"'()").lower() for w in r["text"].split()}
        (hit if words & forms else miss).append(r)
    chosen = hit[: N // 2] + miss[: N // 2]
    return [{"id": _key(r["text"])[:12], **r} for r in sorted(chosen, key=lambda r: r["story"])]


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    rows = draw()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                   encoding="utf-8")
    print(f"{len(rows)} sentences -> {OUT}")
