"""Draw the VOA sentences annotated for event coding (docs/EVENT_ANNOTATION.md).

Reads ``../shared/data/voa/voa_stories.jsonl`` (public domain, credit voanews.com),
splits each story into sentences with spaCy's rule-based sentencizer (no model, so
the draw does not move when the parser changes), and keeps a fixed, hash-ordered
draw of ``N`` sentences of 8 to 70 words: about half that hold a word of the event
lexicon and half that do not, because most news sentences hold no political event and
a coder has to learn to say so. Each row gets its ``split`` here, once, by a hash of
its text (see :func:`eval.event_data.split_of`).

A second and a third draw (``batch2_part1.jsonl``, ``batch2_part2.jsonl``,
``batch3_part1.jsonl``, ``batch3_part2.jsonl``, halves annotated by different pairs)
continue the same hash order past the first: 320 more
sentences holding a trigger word and 160 more without, so the model that scores coded
events sees more of the sentences it has to judge; a fourth (``batch4_part*.jsonl``)
adds 240 and 80, a fifth (``batch5_part*.jsonl``) 360 and 120, a sixth
(``batch6_part*.jsonl``) 324 and 80 (400 asked; the last triggered sentences of the
corpus): the event scorer's errors on news are coded events that are not right, so most
of the new sentences hold a trigger word.

Run ``python -m eval.voa_sample`` to write the draws whose files are missing.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import spacy

from storyline.stages.events.lexicon import lexicon

VOA = Path(__file__).resolve().parents[1].parent / "shared/data/voa/voa_stories.jsonl"
OUT = Path(__file__).resolve().parent / "data/voa_events/sample.jsonl"
OUT2 = (OUT.with_name("batch2_part1.jsonl"), OUT.with_name("batch2_part2.jsonl"))
OUT3 = (OUT.with_name("batch3_part1.jsonl"), OUT.with_name("batch3_part2.jsonl"))
OUT4 = (OUT.with_name("batch4_part1.jsonl"), OUT.with_name("batch4_part2.jsonl"))
OUT5 = (OUT.with_name("batch5_part1.jsonl"), OUT.with_name("batch5_part2.jsonl"))
OUT6 = (OUT.with_name("batch6_part1.jsonl"), OUT.with_name("batch6_part2.jsonl"))
N = 320
#: (triggered, untriggered) sentences of each draw.
DRAWS = ((N // 2, N // 2), (320, 160), (320, 160), (240, 80), (360, 120), (400, 80))


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


def _read(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def draw(batch: int, drawn: set[str]) -> list[dict[str, str]]:
    """The next draw: the first triggered and untriggered sentences in hash order
    (``DRAWS[batch]`` of each) that no earlier draw holds (``drawn``, their ids). Which
    sentences count as triggered follows the lexicon of the day, so earlier draws are
    read back from their files, never drawn again."""
    forms = lexicon(()).forms
    rows = sorted(sentences(), key=lambda r: _key(r["text"]))
    seen: set[str] = set()
    hit, miss = [], []
    for r in rows:
        if r["text"] in seen or _key(r["text"])[:12] in drawn:
            continue
        seen.add(r["text"])
        words = {w.strip(".,;:\"'()").lower() for w in r["text"].split()}
        (hit if words & forms else miss).append(r)
    n_hit, n_miss = DRAWS[batch]
    chosen = hit[:n_hit] + miss[:n_miss]
    return [{"id": _key(r["text"])[:12], **r} for r in sorted(chosen, key=lambda r: r["story"])]


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    drawn: set[str] = set()
    for batch, outs in enumerate(((OUT,), OUT2, OUT3, OUT4, OUT5, OUT6)):
        if all(out.exists() for out in outs):
            rows = [r for out in outs for r in _read(out)]
        else:
            rows = draw(batch, drawn)
            parts = [rows] if len(outs) == 1 else [rows[:len(rows) // 2], rows[len(rows) // 2:]]
            for part, out in zip(parts, outs, strict=True):
                out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part),
                               encoding="utf-8")
                print(f"{len(part)} sentences -> {out}")
        drawn |= {r["id"] for r in rows}
