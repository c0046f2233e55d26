"""How far the language check can settle English without the identifier's model.

:func:`storyline.language.detect` calls a text English without py3langid (whose model
costs each process that loads it about 0.8 CPU s and 70 MB) when English function words
are at least ``SURE_ENGLISH_SHARE`` of its lower-case words. This reads every text of
the shared development data (the VOA corpus, the seeds, the boilerplate pages, PolNeAR's
train and dev articles, the PLV training sentences), as the clean stage hands them to
``detect``, holds one in four out by a hash of the text (:func:`eval.event_data.split_of`),
asks the identifier once a text, and prints for the train and the validation split: the
texts settled without the model, those the model must see, and, by band of the share, what
the identifier answers. A threshold is chosen on the
train split (above the highest share of any text the identifier calls another
language); the validation split shows whether any answer would change.

Usage::

    python -m eval.language_share

>>> band(0.37)
'0.35-0.40'
"""

from __future__ import annotations

import json
import sys
import tarfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from eval.event_data import split_of
from storyline import language

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BANDS = (0.0, 0.25, 0.3, 0.35, 0.4)
#: The threshold until stop 19; above it the rule overruled the identifier already.
OVERRULED = 0.4


def texts() -> Iterator[tuple[str, str]]:
    """(source, text) of every development text."""
    data = SHARED / "data"
    for line in (data / "voa" / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines():
        yield "voa", json.loads(line)["text"]
    for path in sorted((SHARED / "seeds").glob("*")):
        yield "seeds", path.read_text(encoding="utf-8", errors="replace")
    pages = json.loads((data / "dev" / "boilerplate" / "page-text.json").read_text())
    for page in pages["output"].values():
        yield "boilerplate", page.get("articleBody") or ""
    with tarfile.open(data / "dev" / "quotes" / "polnear_train_dev.tar.gz") as tar:
        for member in tar.getmembers():
            if member.name.endswith(".txt") and (fh := tar.extractfile(member)):
                yield "polnear", fh.read().decode("utf-8", "replace")
    for row in json.loads((data / "dev" / "events" / "plv_train.json").read_text()):
        yield "plv", row["text"]


def as_detected(text: str, sample: int = 1500) -> str:
    """The part of ``text`` :func:`~storyline.language.detect` reads, as the clean stage
    hands it over (lines longest first)."""
    return " ".join(sorted(text.split("\n"), key=len, reverse=True))[:sample]


def band(share: float) -> str:
    low = max(b for b in BANDS if b <= share)
    high = min((b for b in BANDS if b > low), default=1.0)
    return f"{low:.2f}-{high:.2f}"


def main() -> int:
    rows: dict[str, list[tuple[float, int, str]]] = {"train": [], "validation": []}
    changed: Counter[str] = Counter()
    for _source, text in texts():
        sample = as_detected(text)
        if not language.worth_guessing(sample):
            continue
        share, count = language.english_words(sample)
        code, prob = language.identifier().classify(sample)  # once a text
        full = language.judged(code, prob, share, count)
        answers = ["en" if language.settled(share, count, sure) else full
                   for sure in (OVERRULED, language.SURE_ENGLISH_SHARE)]
        changed[split_of(sample)] += answers[0] != answers[1]
        answer = code if prob >= language.MIN_CONFIDENCE else "unsure"
        rows[split_of(sample)].append((share, count, answer))
    top = max(s for s, c, a in rows["train"] if c >= 3 and a != "en" and s < OVERRULED)
    print(f"train: highest share below {OVERRULED} of a text the identifier does not call "
          f"English: {top:.3f}")
    for half, found in rows.items():
        sure = sum(1 for s, c, _ in found if c >= 3 and s >= language.SURE_ENGLISH_SHARE)
        print(f"{half}: {len(found)} texts, {sure} settled without the model "
              f"(share >= {language.SURE_ENGLISH_SHARE}); answers other than at "
              f"{OVERRULED}: {changed[half]}")
        tally = Counter((band(s), a if a == "en" else "other") for s, c, a in found if c >= 3)
        for key in sorted(tally):
            print(f"  share {key[0]}  identifier {key[1]:<5} {tally[key]:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
