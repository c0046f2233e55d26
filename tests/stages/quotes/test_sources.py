"""Who can be a speaker: documents, listeners, datelines, time phrases, and the look back."""

import pytest

from storyline import resources
from storyline.stages.quotes.sources import _clause_subject, _thing
from storyline.stages.quotes.stage import attributions


def speakers(body: str) -> list[tuple[str | None, str]]:
    """``(speaker text, content)`` of every attribution of ``body``."""
    out = []
    for a in attributions(body, resources.nlp()(body)):
        sp = body[a.speaker_span[0] : a.speaker_span[1]] if a.speaker_span else None
        out.append((sp, body[a.start : a.end]))
    return out


@pytest.mark.parametrize(("body", "speaker"), [
    # a document speaks for its issuer
    ("The ministry issued a statement saying the talks would resume.", "The ministry"),
    ("A statement from the ministry said the talks would resume.", "the ministry"),
    # the one spoken to is no speaker
    ('"We were wrong to wait," Ramos told the agency.', "Ramos"),
    # a time phrase misparsed as the subject gives way to the person named after it
    ("Saturday at the party convention Sen. Elizabeth Warren said the plan had failed.",
     "Sen. Elizabeth Warren"),
    # a dateline (opening the body, under its headline) is no speaker
    ("Mukasey faults vote\n\nCLEVELAND (AP) — Former Attorney General Michael Mukasey told "
     "reporters the vote was unfair.", "Former Attorney General Michael Mukasey"),
    # a place written in lower case with its credit in brackets is a dateline too; the
    # speaker is the first name after its dash
    ("Clinton swipes at Trump.\n\nWashington (AFP) – Democrat Hillary Clinton has taken a "
     "swipe at Republican rival Donald Trump's stance on Brexit, saying that it was a grave "
     "mistake.", "Democrat Hillary Clinton"),
    # a place after an inverted cue is no speaker
    ('"They were professionals," William M. Daley said at a dinner.', "William M. Daley"),
])
def test_quote_sources_speaker_is_who_speaks(body, speaker):
    assert speakers(body)[0][0] == speaker


@pytest.mark.parametrize(("body", "asker"), [
    ('"Absolutely," he said when asked by a reporter whether the race was over.', "a reporter"),
    ("When asked by the host whether the leak had hurt the inquiry, the mayor said he had no "
     "idea.", "the host"),
])
def test_quote_sources_passive_cue_is_said_by_its_agent(body, asker):
    rows = dict((content, sp) for sp, content in speakers(body))
    assert rows[next(c for c in rows if c.startswith("whether"))] == asker
    assert list(rows.values()).count(asker) == 1  # the answer stays the one asked


def test_quote_sources_unnamed_issuer_leaves_the_document_as_speaker():
    assert speakers("The letter says the senator broke the rules.")[0][0] == "The letter"


def test_quote_sources_quote_without_cue_looks_back_to_its_paragraphs_speaker():
    rows = speakers('"We will win," Nicklaus said on Sunday. "I always liked that picture."')
    assert rows == [("Nicklaus", "We will win,"), ("Nicklaus", "I always liked that picture.")]


def test_quote_sources_look_back_stays_inside_the_paragraph():
    rows = speakers('"We will win," Nicklaus said on Sunday.\n\n'
                    'The crowd left early.\n\n"Nobody saw the last round of the match."')
    assert rows[-1] == (None, "Nobody saw the last round of the match.")


def test_quote_sources_short_quotation_standing_alone_is_no_quote_but_a_long_one_is():
    short = '"Make America great again!"'
    long = '"We will not stop until every vote in this state has been counted."'
    rows = speakers(f"The rally ended late.\n\n{short}\n\nThe crowd left.\n\n{long}")
    assert rows == [(None, long.strip('"'))]


@pytest.mark.parametrize(("body", "addressee"), [
    ('"We will win this state easily," Trump told CNN on Sunday.', "CNN"),
    ("Sanders said to reporters that the race was close.", "reporters"),
    ("Clinton assured donors that she would win the state.", "donors"),
    ("Clinton said that she would win the state.", None),
])
def test_quote_sources_the_one_spoken_to_is_the_addressee(body, addressee):
    [a] = attributions(body, resources.nlp()(body))
    assert (body[a.addressee_span[0] : a.addressee_span[1]] if a.addressee_span else None) \
        == addressee


def test_quote_sources_a_name_opening_its_sentence_is_no_time_phrase():
    body = ('"This is the message," she said.\n\nDay said the radical language in the platform '
            "is diminishing the size of the party.")
    assert speakers(body)[-1][0] == "Day"



@pytest.mark.parametrize(("body", "speaker"), [
    # a thing in an object's place, the noun the cue qualifies, gives way to the clause's
    # subject
    ("Gomez pivoted with every answer to talk about the cost of college.", "Gomez"),
    ("Retailers are taking pains to say that prices will not rise.", "Retailers"),
    ("Gomez felt the need to end the feud with the party.", "Gomez"),
])
def test_quote_sources_a_thing_as_object_gives_way_to_the_clause_subject(body, speaker):
    assert [sp for sp, _ in speakers(body)][-1] == speaker


@pytest.mark.parametrize(("body", "speaker"), [
    # an -ing word describing a thing in the object's place: the words are on the thing,
    # not said by whoever handled it
    ("Soldiers tore down posters saying the army had shot 30 protesters.", "posters"),
    ("Guards removed banners saying the governor had stolen the vote.", "banners"),
    ('Police in Ankara seized leaflets saying: "Victory is close. We destroyed two army '
     'posts."', "leaflets"),
    ("The unions have launched petitions calling on the board to resign.", "petitions"),
])
def test_quote_sources_a_thing_an_ing_word_describes_keeps_its_say(body, speaker):
    assert [sp for sp, _ in speakers(body)][-1] == speaker


@pytest.mark.parametrize(("body", "speaker"), [
    # an evidence participle on a thing object: the thing shows it, not who holds it
    ("The mayor waved recent polls showing that voters back the plan.", "recent polls"),
    ("Investigators seized ledgers showing that the money went to the party.", "ledgers"),
])
def test_quote_sources_a_thing_an_evidence_participle_describes_keeps_its_say(body, speaker):
    assert speakers(body)[0][0] == speaker


def test_quote_sources_a_thing_a_relative_clause_stands_for_keeps_its_say():
    rows = speakers("Critics cited a new poll that shows the mayor trailing.")
    assert ("a new poll", "the mayor trailing") in rows


def test_quote_sources_a_speaker_after_its_cue_parsed_as_its_object_still_speaks():
    rows = speakers('"The buses never come on time, so why pay for them?" '
                    "wrote one reader from the suburbs.")
    assert rows[0][0] == "one reader"


@pytest.mark.parametrize(("body", "speaker"), [
    # what "according to" cites is the source, unless the text names who made it
    ("The mayor leads by nine points, according to a recent poll of voters.",
     "a recent poll of voters"),
    ("The mayor leads by nine points, according to a tally by the Associated Press.",
     "the Associated Press"),
    ("The mayor leads, according to data from the Census Bureau.", "the Census Bureau"),
    # a place it comes from made nothing: the thing stays the source
    ("Rockets hit a market, according to photos from Gaza.", "photos"),
    ("Shells hit the station, according to footage from Kharkiv.", "footage"),
    # a participle of making names its maker after "by"; one of receiving does not
    ("The firm paid the aides, according to a court document filed by state attorney "
     "Jane Moreno.", "state attorney Jane Moreno"),
    ("The mayor leads by six points, according to the average of recent polls compiled "
     "by Real Clear Politics.", "Real Clear Politics"),
    ("The senator spoke to donors in March, according to audio provided by Ohio Public "
     "Radio.", "Ohio Public Radio"),
    ("The aide kept the files, according to a copy of the letter reviewed by The Globe.",
     "a copy of the letter reviewed by The Globe"),
])
def test_quote_sources_according_to_a_thing_names_its_maker_or_itself(body, speaker):
    assert speakers(body)[0][0] == speaker


def test_quote_sources_a_document_made_by_someone_speaks_for_its_maker():
    body = "The board met twice, according to a memo released Friday by the Acme Corporation."
    assert speakers(body)[0][0] == "the Acme Corporation"


def test_quote_sources_a_thing_with_no_speaking_subject_falls_to_the_name_holding_it():
    doc = resources.nlp()("The plan drew on Gomez's failure to act.")
    failure = next(t for t in doc if t.text == "failure")
    assert _thing(failure) and _clause_subject(failure).text == "Gomez"
    doc = resources.nlp()("The plan drew on the failure to act.")
    assert _clause_subject(next(t for t in doc if t.text == "failure")) is None


@pytest.mark.parametrize(("body", "speaker"), [
    # no one speaks: the one the cue compares with does
    ('Nobody put it better than Lincoln: "A house divided cannot stand for long."', "Lincoln"),
    ('No one said it more clearly than Senator Ames: "The whole system is rigged."',
     "Senator Ames"),
    # with no comparison, no one speaks at all
    ('No one said: "We will rebuild the bridge by the spring."', None),
    # reported speech keeps its subject, as annotators do
    ("None of the candidates has said that they want a war with Iran.", "None of the candidates"),
    # and so does a partial quote, which no training item shows otherwise
    ('No senator has said the plan is "dead on arrival."', "No senator"),
    # a "No" inside a name is someone
    ('The No campaign said: "The island is better off in the union."', "The No campaign"),
])
def test_quote_sources_no_one_is_no_speaker_but_whom_the_cue_compares_with(body, speaker):
    assert speakers(body)[0][0] == speaker


@pytest.mark.parametrize(("body", "speaker"), [
    # a role in the singular gives way to the one person named in apposition to it
    ("The mayor's spokesman, Ben Ortiz, said the talks would resume.", "Ben Ortiz"),
    ("Acme Radio Vice President for news and sports Tom Fielding called the program "
     '"the best show on the air."', "Tom Fielding"),
    ("The director of the Federal Bureau of Investigation, James B. Comey, said the review "
     "was complete.", "James B. Comey"),
    # a group keeps its say, whoever it lists
    ("At least four Democratic senators, Sens. Tom Reed, Ann Lowe, Bo Park and Al Stone, "
     "said they would skip the vote.", "At least four Democratic senators"),
    ("Trailing contenders Ann Lowe and Bo Park said the race was not over.",
     "Trailing contenders"),
])
def test_quote_sources_a_role_gives_way_to_the_name_in_apposition(body, speaker):
    assert speakers(body)[0][0] == speaker


def test_quote_sources_a_role_of_several_speakers_keeps_no_one_name():
    # review: the name in apposition to one role of two speakers is not the speakers
    body = ("The mayor's spokesman, Ben Ortiz, and the police chief said the talks had "
            "failed.")
    assert speakers(body)[0][0] != "Ben Ortiz"


@pytest.mark.parametrize("body", [
    "A letter published by The Daily Courier said the bridge was unsafe.",
    "The bridge is unsafe, according to a study commissioned by the city council.",
])
def test_quote_sources_a_printer_or_sponsor_is_no_maker(body):
    assert speakers(body)[0][0] not in ("The Daily Courier", "the city council")
