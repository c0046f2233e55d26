"""Attribution of quotes to speaker words, on the seeds and on made-up sentences."""

import pytest

from storyline import resources
from storyline.stages.nlp import lemma
from storyline.stages.quotes.speakers import cues, is_cue, is_cue_lemma
from storyline.stages.quotes.stage import attributions

from ...conftest import SEEDS


def found(body: str) -> list[tuple[str, str | None, str | None, str]]:
    """``(kind, speaker text, cue, content)`` of every attribution of ``body``."""
    out = []
    for a in attributions(body, resources.nlp()(body)):
        sp = body[a.speaker_span[0] : a.speaker_span[1]] if a.speaker_span else None
        out.append((a.kind, sp, a.cue, body[a.start : a.end]))
    return out


def seed(prefix: str) -> str:
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not paths:
        pytest.skip("../shared/seeds not present")
    return paths[0].read_text(encoding="utf-8")


def speaker_of(rows, content_start: str) -> tuple[str, str | None, str | None]:
    row = next(r for r in rows if r[3].startswith(content_start))
    return row[0], row[1], row[2]


def test_quote_speakers_after_the_quote_said_x_and_x_said():
    rows = found('"We will not give up," said Guaido. "The talks failed," Lavrov said.')
    assert speaker_of(rows, "We will") == ("direct", "Guaido", "said")
    assert speaker_of(rows, "The talks") == ("direct", "Lavrov", "said")


def test_quote_speakers_before_the_quote_with_colon():
    rows = found("Russian Foreign Minister Sergei Lavrov said: “We want dialogue.”")
    assert speaker_of(rows, "We want") == (
        "direct", "Russian Foreign Minister Sergei Lavrov", "said")


def test_quote_speakers_quote_split_by_its_cue_has_one_speaker():
    rows = found("“The talks,” Lavrov said, “must go on.”")
    assert speaker_of(rows, "must go") == ("direct", "Lavrov", "said")


def test_quote_speakers_y_quoted_x_as_saying_gives_x():
    rows = found('"There is no new date," Union Radio quoted the opposition leader as saying.')
    assert speaker_of(rows, "There is") == ("direct", "the opposition leader",
                                            "quoted as saying")


def test_quote_speakers_passive_quoted_as_saying():
    rows = found('Moscow told it not to "interfere," Lavrov was quoted as saying.')
    kind, speaker, cue = speaker_of(rows, "interfere")
    assert (speaker, cue) == ("Lavrov", "quoted as saying")


def test_quote_speakers_partial_quote_takes_the_framing_verb_subject():
    rows = found('Maduro called Venezuela "the victim of a US conspiracy" on Monday.')
    assert speaker_of(rows, "Venezuela") == ("partial", "Maduro", "called")


@pytest.mark.parametrize("body, called, speaker", [
    ('Lavrov called the plan "a dead end." However, one diplomat said the talks would go on.',
     "the plan", "Lavrov"),
    ('The senator called the program "overreach run amok." Still, two aides said the vote '
     "was close.", "the program", "The senator"),
])
def test_quote_speakers_quote_ending_its_sentence_is_not_the_next_sentences_cue(
        body, called, speaker):
    rows = found(body)
    assert speaker_of(rows, called)[1:] == (speaker, "called")
    assert [r[2] for r in rows if r[3].startswith(("a dead", "overreach"))] == []


@pytest.mark.parametrize("body, quote, speaker", [
    ('"It is over." Trump said on Twitter.', "It is over.", "Trump"),
    ('"We will win." The minister said so on Monday.', "We will win.", "The minister"),
    ('"The sanctions are illegal." So said Foreign Minister Sergei Lavrov.',
     "The sanctions are illegal.", "Foreign Minister Sergei Lavrov"),
    ('"We will not back down." That\'s what Lavrov told reporters.', "We will not back down.",
     "Lavrov"),
])
def test_quote_speakers_next_sentences_cue_without_content_of_its_own_keeps_the_quote(
        body, quote, speaker):
    assert speaker_of(found(body), quote)[1] == speaker


def test_quote_speakers_scare_quotes_inside_a_statement_make_one_quote():
    rows = found('Clinton decried the party for "turning its back" on working families. '
                 'Pence promised Guaido "full American support" in a call.')
    assert [r[3] for r in rows] == ['the party for "turning its back" on working families',
                                    'Guaido "full American support" in a call']
    assert speaker_of(rows, "the party") == ("partial", "Clinton", "decried")


def test_quote_speakers_indirect_speech_and_according_to():
    rows = found("Søreide stressed that Norway is ready to help. "
                 "According to the UN, at least 20 people were killed.")
    assert speaker_of(rows, "that Norway") == ("indirect", "Søreide", "stressed")
    assert speaker_of(rows, "at least 20") == ("indirect", "the UN", "according to")


def test_quote_speakers_colon_line_introduces_next_paragraph_quote():
    rows = found("Cruz continued:\n\n“You look at the questions and you see the bias here.”")
    assert speaker_of(rows, "You look")[1] == "Cruz"


def test_quote_speakers_abbreviated_title_does_not_end_the_sentence():
    rows = found("“Carolina is going to win that one,” Gov. Kasich replied.")
    assert speaker_of(rows, "Carolina")[1] == "Gov. Kasich"


def test_quote_speakers_quote_that_goes_on_keeps_its_speaker():
    rows = found("“We will win,” said Caddell. “The polls are with us today.”")
    assert speaker_of(rows, "The polls") == ("direct", "Caddell", "said")


def test_quote_speakers_quote_after_a_ptb_closing_mark_opens_its_sentence():
    # The whole '' is the title's closing mark: the quote after it opens a sentence and
    # goes on from the speaker's quote, as it does with straight marks.
    for mark in ("''", '"'):
        body = (f"{mark}It is a fantasy,{mark} Ms. Rowe said on NBC's {mark}Today.{mark} "
                f"{mark}They keep promising jobs that never come back to the valley.{mark}")
        assert speaker_of(found(body), "They keep") == ("direct", "Ms. Rowe", "said")


def test_quote_speakers_as_x_put_it_gives_the_quote_to_x():
    rows = found('As Ana Diaz, the union leader, put it: "We will not sign this contract."')
    assert speaker_of(rows, "We will not") == ("direct", "Ana Diaz", "put")


def test_quote_speakers_as_x_put_it_with_a_comma_gives_the_quote_to_x():
    rows = found('As the mayor put it, "We are not leaving this town."')
    assert speaker_of(rows, "We are not") == ("direct", "the mayor", "put")


def test_quote_speakers_put_without_it_is_no_cue():
    # "put forth" with no "it" is no cue of speech (it was one before with_object)
    assert found("The senator put forth a plan that would cut taxes.") == []


@pytest.mark.parametrize("body", [
    "The council put it to a vote on Tuesday.",
    "Senators put it to the test last week.",
])
def test_quote_speakers_put_it_outside_as_x_put_it_is_no_cue(body):
    assert not any((r[2] or "").startswith("put") for r in found(body))


def test_quote_speakers_unattributed_scare_quote_is_dropped():
    assert found('The so-called "deal" was signed.') == []


def test_quote_speakers_seed_lavrov_direct_quotes():
    rows = found(seed("002"))
    assert speaker_of(rows, "Regarding the contacts")[1:] == ("Lavrov", "said")
    assert speaker_of(rows, "decide its domestic")[1:] == ("Lavrov", "quoted as saying")


def test_quote_speakers_seed_guaido_said_and_quoted_as_saying():
    rows = found(seed("001"))
    assert speaker_of(rows, "What would happen") == ("direct", "Guaido", "said")
    assert speaker_of(rows, "There have been no new date")[1:] == (
        "the opposition leader", "quoted as saying")


def test_quote_speakers_seed_soreide_told_nrk_and_stressed():
    rows = found(seed("004"))
    assert speaker_of(rows, "Today I have had") == ("direct", "Søreide", "told")
    assert speaker_of(rows, "There are many refugees") == ("direct", "Søreide", "stressed")
    assert speaker_of(rows, "that Norway is ready") == ("indirect", "Søreide", "stressed")
    assert speaker_of(rows, "Nobody gives us") == ("direct", "Maduro", "told")
    assert speaker_of(rows, 'Venezuela "the victim of a US') == ("partial", "Maduro", "called")


def test_quote_speakers_seed_block_quotes_named_on_the_next_line():
    rows = found(seed("000"))
    assert speaker_of(rows, "The parties have demonstrated")[:2] == (
        "direct", "Norwegian Foreign Ministry")
    assert speaker_of(rows, "After important working days")[:2] == (
        "direct", "Venezuelan Foreign Minister Jorge Arreaza")


def test_quote_speakers_clause_holding_a_partial_quote_is_one_quote():
    rows = found('Sanders says the deal is "disastrous" for workers.')
    assert rows == [("partial", "Sanders", "says", 'the deal is "disastrous" for workers')]


def test_quote_speakers_clause_before_the_cue_starts_after_a_colon():
    rows = found('McCaskill scolded him: "The science is against you," she said.')
    assert [r[3] for r in rows] == ["The science is against you,"]


def test_quote_speakers_speaker_labels_before_quotes():
    rows = found('Clinton: "Our goal is to defeat ISIS." Bush: "The mission is to destroy ISIS."')
    assert speaker_of(rows, "Our goal") == ("direct", "Clinton", ":")
    assert speaker_of(rows, "The mission") == ("direct", "Bush", ":")


@pytest.mark.parametrize(("headline", "speaker"), [
    ("Pelosi to Democrats: The vote on the budget will be close.", "Pelosi"),
    ("Senate Leader Smith on Trump: He cannot win Ohio in November.", "Senate Leader Smith"),
    ("Union chief at rally: Workers will strike on Monday.", "Union chief"),
    ("Tonight in Iowa: Candidates make their final pitch to voters.", None),  # a time
    ("Breaking: Senator Ames Just Lost A Big Vote In Reno.", None),  # a kicker
    ("EXCLUSIVE: In letter to governor, mayors insist they will fight cuts.", None),
    ("Wow: Governor Ames Signs The Budget Hours Before Deadline.", None),
    ("LOOK: Crowds Line The Streets For The Mayor's Parade.", None),
    ("Boom: Senator Diaz Wins The Runoff By Ten Points.", None),
])
def test_quote_speakers_headline_label_names_its_source_before_whom_it_speaks_to(
        headline, speaker):
    rows = found(headline + "\n\nThe speech came on Monday.")
    assert [r[1] for r in rows if r[2] == ":"] == ([speaker] if speaker else [])


@pytest.mark.parametrize(("body", "speaker", "cue"), [
    # the quote closes on a quote inside it, the comma before that inner mark
    ('The crowd cheered.\n\n"If you lose, you shake hands and say, \'Well done,\' " said '
     "Rep. Diane Russell, a Maine legislator.", "Rep. Diane Russell", "said"),
    ("The crowd cheered.\n\n“He always whispered in my ear, ‘You are the Queen,'” she said.",
     "she", "said"),
    # a name the tagger took for a verb does not stop the search for the cue
    ('"We know how Wyoming is going to go," Trump senior adviser Paul Manafort conceded in an '
     "interview on Sunday.", "senior adviser Paul Manafort", "conceded"),
    # a cue the tagger took for a noun
    ('"Friend, let me be blunt. I can beat her. Donald can\'t," the email read.', "email",
     "read"),
    # the one told follows the cue, its speaker comes before it
    ("“We were wrong not to confront him,” Ramos, 58, told AFP in an interview in Miami.",
     "Ramos", "told"),
    # a quote opening its sentence needs no comma before its cue
    ('"There is hatred like nobody has ever seen" said Nick Merrill, a campaign spokesman.',
     "Nick Merrill", "said"),
    # a crowd's chant
    ('The crowd grew.\n\n"Lock her up!" the crowd chanted as she spoke.', "the crowd", "chanted"),
    # a block quote signed on the next line with a dash
    ('The plan went nowhere.\n\n"Boeing and GE and other multinationals pay zero taxes."\n\n'
     "- Sanders.\n\nThis is a complex claim.", "Sanders", None),
])
def test_quote_speakers_direct_quote_found_through_the_taggers_slips(body, speaker, cue):
    kind, sp, c, _ = found(body)[0]
    assert (kind, sp, c) == ("direct", speaker, cue)


@pytest.mark.parametrize(("body", "speaker", "cue"), [
    # a participle after a comma speaks for whoever reports the clause it hangs on
    ("Warren argued that the bill would leave families without coverage, saying it is "
     "“a gift to insurers.”", "Warren", "saying"),
    ("Starr said the governor's case reminds him of an old novel, explaining, \"There are "
     "tragic dimensions to all of it, which we all lament.\"", "Starr", "explaining"),
    ("Cole said the deal would hurt workers in the state, calling it \"a gift to the "
     "banks,\" adding, \"We will fight it.\"", "Cole", "adding"),
    # a speech cue joined to a reported clause speaks for whoever reports it
    ("Sanders said the plan was written by lobbyists and added, “Nobody in this room "
     "believes it will help workers.”", "Sanders", "added"),
    # of two subjects the parse gives a verb, the one next to it
    ("Speaking at a town hall event in Salem, New Hampshire, Rubio went after Cruz, calling "
     "him “a total phony.”", "Rubio", "calling"),
])
def test_quote_speakers_participle_speaks_for_the_subject_of_its_clause(body, speaker, cue):
    assert any(sp == speaker and c == cue for _, sp, c, _ in found(body))


@pytest.mark.parametrize("line", ["Last Decade: Venezuela Lost Millions to Exile",
                                  "This Week: Talks Resume in Oslo"])
def test_a_time_opening_a_headline_is_no_speaker(line):
    from storyline.stages.quotes.speakers import label_speaker

    doc = resources.nlp()(line)
    colon = next(t.i for t in doc if t.text == ":")
    assert label_speaker(list(doc[:colon]), headline=True) is None


def test_quote_speakers_cue_unions_are_the_lexicon_classes_joined_once():
    c = cues()
    assert c.reporting == c.speech | c.thought | c.evidence
    assert c.said_or_framed == c.speech | c.frame
    assert c.reporting is cues().reporting  # joined once, not on every call
    assert {"say", "believe"} <= c.reporting and "say" in c.said_or_framed


def test_quote_speakers_is_cue_lemma_answers_as_is_cue():
    doc = resources.nlp()("Lula said the say in the matter was his, and is believed.")
    c = cues()
    for tok in doc:
        for lemmas in (c.speech, c.reporting):
            assert is_cue_lemma(lemma(tok), tok.pos_, lemmas) == is_cue(tok, lemmas)
    assert is_cue(doc[1], c.speech) and not is_cue(doc[4], c.speech)  # the noun "say"


@pytest.mark.parametrize("body", [
    "Senator Ames: ‘No Deal’ Until The Border Bill Passes.\n\nAmes spoke in Reno on Monday.",
    "The debate went on.\n\nDAN ROSS: 'Not now' is what the mayor told the city.",
])
def test_quote_speakers_label_quote_and_the_line_it_opens_share_the_colon(body):
    atts = attributions(body, resources.nlp()(body))
    colon = body.index(":")
    labelled = [a for a in atts if a.cue == ":"]
    assert {a.kind for a in labelled} == {"direct", "indirect"}
    assert {a.cue_span for a in labelled} == {(colon, colon + 1)}
