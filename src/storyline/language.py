"""Language identification of article text (py3langid, loaded once per process).

>>> detect("Talks between the government and the opposition resumed in Oslo on Monday.")
'en'
>>> detect("123 456") is None
True
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_LETTERS = re.compile(r"[^\W\d_]", re.U)

#: Below this many letters the guess is not worth making.
MIN_LETTERS = 20
#: Normalised probability under which the language is left unknown.
MIN_CONFIDENCE = 0.5


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect(text: str, sample: int = 1500) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when unsure.

    Only the first ``sample`` characters are looked at, which keeps it fast on long pages.
    """
    text = text[:sample]
    if len(_LETTERS.findall(text)) < MIN_LETTERS:
        return None
    code, prob = _identifier().classify(text)
    return str(code) if prob >= MIN_CONFIDENCE else None
