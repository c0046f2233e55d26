"""Reported speech without quote marks: a cue with its clause, inside it, and according to."""

from storyline import resources
from storyline.stages.reported_speech import indirect_speech


def found(body: str) -> list[tuple[str | None, str | None, str]]:
    """``(speaker text, cue, content)`` of every reported statement of ``body``."""
    out = []
    for a in indirect_speech(body, resources.nlp()(body), []):
        sp = body[a.speaker_span[0] : a.speaker_span[1]] if a.speaker_span else None
        out.append((sp, a.cue, body[a.start : a.end]))
    return out


def test_reported_speech_cue_inside_its_clause_splits_the_content():
    assert found("Those who now have the right to vote, he said, must still register.") == [
        ("he", "said", "Those who now have the right to vote"),
        ("he", "said", "must still register"),
    ]


def test_reported_speech_cue_after_its_clause_and_as_x_noted():
    assert found("The senator wants to return to the trail this fall, they say.") == [
        ("they", "say", "The senator wants to return to the trail this fall")]
    assert found("As the Times noted, Clinton raised more than a million dollars.") == [
        ("the Times", "noted", "Clinton raised more than a million dollars")]


def test_reported_speech_according_to_inside_the_sentence_takes_both_sides():
    rows = found("Since November, according to Human Rights Watch, forces have killed 400.")
    assert rows == [("Human Rights Watch", "according to", "Since November"),
                    ("Human Rights Watch", "according to", "forces have killed 400")]


def test_reported_speech_clause_behind_a_semicolon_is_not_the_cues():
    rows = found("Guaidó urged Norway to recognise him; Spain and France have pledged to do so.")
    assert all(cue != "pledged" for _, cue, _ in rows)
