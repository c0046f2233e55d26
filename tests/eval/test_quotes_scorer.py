"""The PolNeAR scorer (eval.quotes): its speaker rule and its counts."""

from __future__ import annotations

from collections import defaultdict

from eval.quotes import Unit, _speaker_ok, scores, tally
from storyline.model import Actor
from storyline.stages.quotes.speakers import Attribution

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


def test_quotes_scorer_tally_matches_units_by_half_their_words_once():
    body = "He said that taxes will rise. She added that they will not."
    gold = [Unit([(8, 28)], [(0, 2)], False), Unit([(40, 58)], [(30, 33)], False)]
    found = [Attribution(8, 28, "indirect", "said", (3, 7), (0, 2)),
             Attribution(13, 28, "indirect", "taxes", (13, 18)),  # a second unit, same words
             Attribution(40, 44, "indirect", "added", (34, 39), (30, 33))]  # 1 word of 4
    c: dict[str, float] = defaultdict(float)
    tally(body, gold, found, c)
    got = scores(c)
    assert (c["all_pred"], c["all_gold"], c["all_gold_matched"]) == (3, 2, 1)
    assert got["indirect_precision"] == 1 / 3 and got["indirect_recall"] == 0.5
    assert got["all_speaker_accuracy"] == 1.0


def test_quotes_scorer_resolved_speaker_is_the_actor_a_pronoun_or_role_stands_for():
    body = "Kushner met Christie. He said that taxes will rise. The governor added that they won't."
    he, gov = body.index("He"), body.index("The governor")
    gold = [Unit([(body.index("that taxes"), body.index(" The") - 1)], [(0, 7)], False),
            Unit([(body.index("that they"), len(body) - 1)], [(12, 20)], False)]
    found = [Attribution(gold[0].content[0][0], gold[0].content[0][1], "indirect", "said",
                         (he + 3, he + 7), (he, he + 2)),
             Attribution(gold[1].content[0][0], gold[1].content[0][1], "indirect", "added",
                         (gov + 13, gov + 18), (gov, gov + 12))]
    kushner = Actor("jared_kushner", "Jared Kushner", "person", mentions=[[0, 7]])
    christie = Actor("chris_christie", "Chris Christie", "person", mentions=[[12, 20]])
    for actors, right in (({}, 0.0), ({id(found[0]): kushner, id(found[1]): christie}, 1.0),
                          ({id(found[0]): christie, id(found[1]): christie}, 0.5)):
        c: dict[str, float] = defaultdict(float)
        tally(body, gold, found, c, actors)
        got = scores(c)
        assert got["all_speaker_accuracy"] == 0.0  # "He" and "The governor" are no names
        assert got["all_resolved_speaker_accuracy"] == right


def test_quotes_scorer_listing_names_missed_and_unmatched_units_with_their_cues():
    from eval.quotes import listing

    body = "He said that taxes will rise. She added that they will not."
    gold = [Unit([(8, 28)], [(0, 2)], False, [(3, 7)]),
            Unit([(40, 58)], [(30, 33)], False, [(34, 39)])]
    found = [Attribution(8, 28, "indirect", "said", (3, 7), (0, 2)),
             Attribution(40, 44, "indirect", "added", (34, 39), (30, 33))]
    rows = listing("a1", body, gold, found)
    assert [(r["side"], r["cue"], r["source"]) for r in rows] == [
        ("missed", "added", "She"), ("unmatched", "added", "She")]
    assert rows[0]["content"] == "that they will not" and rows[1]["near"] == 0.25


def test_quotes_scorer_lists_train_items_only():
    import pytest

    from eval.quotes import run

    with pytest.raises(ValueError, match="train split only"):
        run("dev", rows=[])


def test_quotes_scorer_ptb_marks_make_a_content_direct():
    from eval.quotes import _is_quoted

    body = "''We will win,'' the mayor said, and called it ''a fair deal.'' Voters' views vary."
    assert _is_quoted(body, 2, body.index(",''") + 1)
    assert _is_quoted(body, body.index("a fair"), body.index(".''") + 1)
    assert not _is_quoted(body, body.index("views"), len(body) - 1)
    assert not _is_quoted(body, body.index("the mayor"), body.index(" said"))
