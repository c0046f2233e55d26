"""Language identification of article text (py3langid, loaded once per process).

>>> detect("Talks between the government and the opposition resumed in Oslo on Monday.")
'en'
>>> detect("123 456") is None
True
>>> detect("Venezuelan President Nicolas Maduro met Russian Foreign Minister Sergei Lavrov in "
...        "Moscow on Sunday.")
'en'
>>> detect("Guaidó habló con Søreide en Oslo el domingo.") is None
True
>>> detect("Nigerian junior foreign minister Dubem Oniya summoned Niger's ambassador on "
...        "Tuesday to protest the closure of the border.")
'en'
>>> detect("Der norwegische Außenminister sagte am Sonntag, dass die Regierung und die "
...        "Opposition sich erneut in Oslo treffen würden.")
'de'
>>> detect("El gobierno y la oposición de Venezuela se reunieron a puerta cerrada en Oslo "
...        "para buscar una salida a la crisis.")
'es'

"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from . import resources

_LETTERS = re.compile(r"[^\W\d_]", re.U)

#: Below this many letters the guess is not worth making.
MIN_LETTERS = 20
#: Normalised probability under which the language is left unknown.
MIN_CONFIDENCE = 0.5


#: Share of English function words among the lower-case words above which a text too
#: short or too full of names for the identifier ("Venezuelan President Nicolas Maduro met
#: Sergei Lavrov in Moscow.") is still English.
ENGLISH_STOPWORD_SHARE = 0.25
#: The share above which the text is English whatever the identifier says, and which
#: settles it without the identifier's model (0.8 CPU s and 70 MB in every process that
#: loads it). On 2,248 development texts (``python -m eval.language_share``) the identifier
#: calls every text above 0.333 English but those the rule already overruled; at 0.35
#: (0.4 before) 92 % of them are settled without it (85 % before), and no answer changes.
SURE_ENGLISH_SHARE = 0.35
_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.U)


@cache
def stopwords(language: str) -> frozenset[str]:
    """Frequent function words of ``language`` (empty when we have no list)."""
    lists = resources.data_json("boilerplate.json")["stopwords"]
    return frozenset(lists.get(language, ()))


@cache
def identifier() -> Any:
    """py3langid's identifier, loaded once per process."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect(text: str, sample: int = 1500) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when unsure.

    Only the first ``sample`` characters are looked at, which keeps it fast on long pages.
    """
    text = text[:sample]
    if not worth_guessing(text):
        return None
    share, count = english_words(text)
    if settled(share, count):
        return "en"  # the common case, answered without the identifier's model (~70 MB)
    return identified(text, share, count)


def worth_guessing(text: str) -> bool:
    """Whether ``text`` holds enough letters (``MIN_LETTERS``) for a guess."""
    return len(_LETTERS.findall(text)) >= MIN_LETTERS


def settled(share: float, count: int, sure: float = SURE_ENGLISH_SHARE) -> bool:
    """Whether English function words, ``count`` of them and ``share`` of the lower-case
    words (:func:`english_words`), settle a text as English without the identifier
    (``sure``: the shipped share unless ``eval.language_share`` tries another)."""
    return count >= 3 and share >= sure


def identified(text: str, share: float, count: int) -> str | None:
    """The language of ``text`` by the identifier, for a text the function words did not
    settle (:func:`detect`)."""
    return judged(*identifier().classify(text), share, count)


def judged(code: str, prob: float, share: float, count: int) -> str | None:
    """The identifier's answer ``code`` at normalised probability ``prob``; when it is unsure,
    the ``share`` and ``count`` of English function words may still call the text English."""
    if prob >= MIN_CONFIDENCE:
        return str(code)
    return "en" if count >= 2 and share >= ENGLISH_STOPWORD_SHARE else None


def english_words(text: str) -> tuple[float, int]:
    """Share and number of English function words among the lower-case words (names say
    nothing of the language)."""
    words = [w for w in _WORDS.findall(text) if w.islower()]
    english = sum(w in stopwords("en") for w in words)
    return (english / len(words) if words else 0.0), english
