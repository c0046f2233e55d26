"""The language check answers common English without the identifier, as the identifier would."""

from __future__ import annotations

import json

import pytest

from eval.bench import DEFAULT_CORPUS
from storyline import language

TEXTS = [
    "Talks between the government and the opposition resumed in Oslo on Monday, and both "
    "sides said they would meet again in a week.",
    # full of names: the identifier alone takes such text for another language
    "Venezuelan President Nicolas Maduro met Russian Foreign Minister Sergei Lavrov in Moscow "
    "on Sunday and they said that the talks were to go on at the end of the month.",
]


def _corpus_texts() -> list[str]:
    if not DEFAULT_CORPUS.exists():
        return []
    with DEFAULT_CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"][:1500] for line in fh][:30]


@pytest.mark.parametrize("text", TEXTS)
def test_sure_english_is_what_the_identifier_says(text: str) -> None:
    share, count = language.english_words(text)
    assert count >= 3 and share >= language.SURE_ENGLISH_SHARE
    assert language.detect(text) == language.identified(text, share, count) == "en"


@pytest.mark.parametrize("text", _corpus_texts())
def test_the_short_way_answers_as_the_identifier(text: str) -> None:
    assert language.detect(text) == language.identified(text, *language.english_words(text))


def test_sure_english_leaves_the_identifier_unloaded(monkeypatch: pytest.MonkeyPatch) -> None:
    def unloaded() -> None:
        raise AssertionError("the identifier was asked")

    monkeypatch.setattr(language, "identifier", unloaded)
    assert language.detect(TEXTS[0]) == "en"
    with pytest.raises(AssertionError):
        language.detect("El gobierno y la oposición de Venezuela se reunieron en Oslo.")
