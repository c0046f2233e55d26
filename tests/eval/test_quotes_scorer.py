"""The PolNeAR scorer's speaker rule (eval.quotes)."""

from __future__ import annotations

from eval.quotes import _speaker_ok

BODY = ("Still, Sanders, who sees himself as a leader, went on. "
        "Senator Jeff Flake, Republican of Arizona, who echoed him, spoke. "
        "Trump met voters who said so.")


def _span(word: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = BODY.index(word, i + 1)
    return i, i + len(word)


def test_quotes_scorer_relative_pronoun_stands_for_the_phrase_before_it():
    assert _speaker_ok(BODY, _span("Sanders"), [_span("who")])
    flake = (_span("Senator")[0], _span("Flake")[1])
    assert _speaker_ok(BODY, flake, [_span("who", 1)])


def test_quotes_scorer_relative_pronoun_is_not_any_earlier_name():
    assert not _speaker_ok(BODY, _span("Trump"), [_span("who", 2)])
    assert _speaker_ok(BODY, _span("voters"), [_span("who", 2)])
    assert not _speaker_ok(BODY, _span("Sanders"), [_span("who", 1)])


def test_quotes_scorer_speaker_by_overlap_or_the_same_head_word():
    assert _speaker_ok(BODY, _span("Flake"), [(_span("Senator")[0], _span("Flake")[1])])
    assert not _speaker_ok(BODY, None, [_span("Sanders")])
