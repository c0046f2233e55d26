"""Draw the VOA sentences annotated for event coding (docs/EVENT_ANNOTATION.md).

Reads ``../shared/data/voa/voa_stories.jsonl`` (public domain, credit voanews.com),
splits each story into sentences with spaCy's rule-based sentencizer (no model, so
the draw does not move when the parser changes), and keeps a fixed, hash-ordered
draw of ``N`` sentences of 8 to 70 words: about half that hold a word of the event
lexicon and half that do not, because most news sentences hold no political event and
a coder has to learn to say so. Each row gets its ``split`` here, once, by a hash of
its text (see :func:`storyline.stages.events.learned.split_of`).

A second draw (``batch2_part1.jsonl`` and ``batch2_part2.jsonl``, halves annotated by
different pairs) continues the same hash order past the first: 320 more
sentences holding a trigger word and 160 more without, so the model that scores coded
events sees more of the sentences it has to judge.

Run ``python -m eval.voa_sample`` to rewrite them.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import spacy

from storyline.stages.event_lexicon import lexicon

VOA = Path(__file__).resolve().parents[1].parent / "shared/data/voa/voa_stories.jsonl"
OUT = Path(__file__).resolve().parent / "data/voa_events/sample.jsonl"
OUT2 = (OUT.with_name("batch2_part1.jsonl"), OUT.with_name("batch2_part2.jsonl"))
N = 320
#: (triggered, untriggered) sentences of each draw.
DRAWS = ((N // 2, N // 2), (320, 160))


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


def draw(batch: int = 0) -> list[dict[str, str]]:
    """A fixed draw: the next triggered and untriggered sentences in hash order
    (``DRAWS[batch]``), after those of the earlier draws."""
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
    skip_hit = sum(d[0] for d in DRAWS[:batch])
    skip_miss = sum(d[1] for d in DRAWS[:batch])
    n_hit, n_miss = DRAWS[batch]
    chosen = hit[skip_hit:skip_hit + n_hit] + miss[skip_miss:skip_miss + n_miss]
    return [{"id": _key(r["text"])[:12], **r} for r in sorted(chosen, key=lambda r: r["story"])]


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    first, second = draw(0), draw(1)
    half = len(second) // 2
    for rows, out in ((first, OUT), (second[:half], OUT2[0]), (second[half:], OUT2[1])):
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                       encoding="utf-8")
        print(f"{len(rows)} sentences -> {out}")
