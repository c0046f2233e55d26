"""A Title Case headline read again in sentence case, once per article (quotes/headline.py)."""

from __future__ import annotations

import pytest

from storyline import resources
from storyline.stages.quotes.headline import read_headline, sentence_cased
from storyline.stages.quotes.stage import attributions


def test_headline_keeps_names_and_acronyms_and_the_body_offsets():
    body = ("Conservative Icon Morton Blackwell Endorses GOP Rival Of Trump.\n\n"
            "On Monday, Morton Blackwell spoke to Trump and the conservative icon's friends.")
    text = sentence_cased(body)
    assert text == "conservative icon Morton Blackwell endorses GOP rival of Trump."
    assert len(text) == body.index("\n")


@pytest.mark.parametrize("body", [
    "Senator says talks will resume.\nThe senator spoke on Monday.",  # sentence case
    "Talks Resume\nThey did.",  # too short to tell
    "Talks Resume On Monday " * 20 + "\nThey did.",  # too long for a headline
])
def test_headline_not_in_title_case_is_left_alone(body):
    assert sentence_cased(body) is None


@pytest.mark.parametrize(("body", "cue", "content"), [
    ("Governor Ann Lee Endorses Mark Hall For Senate.\n\nAnn Lee made the announcement on "
     "Monday, days before Mark Hall opened his campaign.", "Endorses", "Mark Hall For Senate"),
    ("Union Leaders Urge Congress To Raise The Minimum Wage.\n\nThe call came as Congress "
     "left for recess.", "Urge", "Congress To Raise The Minimum Wage"),
])
def test_headline_in_title_case_reports_what_its_cue_says(body, cue, content):
    found = [(a.cue and body[a.cue_span[0] : a.cue_span[1]], body[a.start : a.end])
             for a in attributions(body, resources.nlp()(body))]
    assert (cue, content) in found


def test_headline_is_read_once_and_given_to_every_run_of_the_stage():
    body = ("Governor Ann Lee Endorses Mark Hall For Senate.\n\nAnn Lee made the announcement "
            "on Monday.")
    doc, headline = resources.nlp()(body), read_headline(body)
    assert headline.end == body.index("\n")
    assert headline.recased.text == "governor ann Lee endorses mark hall for senate."
    runs = [[(a.start, a.end, a.cue_span, a.speaker_span) for a in attributions(
        body, doc, headline=given)] for given in (headline, headline, None)]
    assert runs[0] == runs[1] == runs[2] and runs[0]
