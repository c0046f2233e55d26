import pytest

from storyline import Settings, analyze_text

TEXT = ("Norway's Foreign Minister Ine Eriksen Søreide spoke to reporters in Oslo on Monday.\n\n"
        '"We support the demands of the Venezuelan opposition for new elections, and I met '
        'both parties last week," Søreide told the broadcaster NRK.')


def test_events_inside_a_direct_quote_speak_in_the_speakers_voice():
    article = analyze_text(TEXT, settings=Settings(clean=False), published="2019-02-01")
    quoted = [e for e in article["events"] if e["start"] >= TEXT.index('"')]
    assert quoted
    for event in quoted:
        assert event["said_by"]["name"] == "Ine Eriksen Søreide"
        assert all(s["name"] == "Ine Eriksen Søreide" for s in event["source"]), event
    assert any(e["type"] == "SUPPORT" and e["source"] for e in quoted)


def test_events_outside_quotes_keep_their_own_sources():
    article = analyze_text("Russia and China voiced support for Maduro on Friday.",
                           settings=Settings(clean=False), published="2019-02-01")
    (event,) = article["events"]
    assert event["said_by"] is None
    assert {s["name"] for s in event["source"]} == {"Russia", "China"}


@pytest.mark.parametrize("said, kind", [
    # in a clause set off before the act
    ('"When I took my children to the school, they refused to enroll them,"', "REJECT"),
    # the subject of another verb
    ('"We know that the village was attacked on Monday,"', "ASSAULT"),
])
def test_a_first_person_not_right_before_the_act_is_not_its_doer(said, kind):
    text = ("Grace Banda spoke to reporters in Blantyre on Monday.\n\n"
            f"{said} Grace Banda said.")
    article = analyze_text(text, settings=Settings(clean=False), published="2021-03-01")
    found = [e for e in article["events"] if e["type"] == kind]
    assert found and not any(s["name"] == "Grace Banda" for e in found
                             for s in e["source"]), found


def test_the_trigger_is_found_as_a_word_not_inside_another():
    from storyline.model import Event
    from storyline.stages.events.quoted import _subject_before_trigger

    sentence = '"We fear Taliban rule, and now they ban music," she said.'
    event = Event(type="COERCE", mode=None, cameo_root=None, quad=None, intensity=None,
                  source=[], target=[], date=None, date_precision=None, date_text=None,
                  location=None, status="asserted", said_by=None, sentence=sentence,
                  start=0, end=len(sentence), confidence=0.9, trigger="ban music")
    # "ban" inside "Taliban" would leave "We fear Tali" before the trigger.
    assert not _subject_before_trigger(event, None)


def test_a_speaker_is_not_put_on_both_sides_of_their_own_act():
    from storyline.model import Article, Event, Quote
    from storyline.stages.events.quoted import quoted_events

    haiti = {"id": "HTI", "name": "Haiti", "kind": "country", "country": "HTI",
             "sector": None, "text": "Haiti"}
    body = '"We have urged the Haitian authorities to act," the spokesperson said.'
    art = Article(id="a", source="-", body=body)
    art.quotes = [Quote(haiti, "the spokesperson", "said", body[1:46], "direct", 1, 46)]
    we = {"id": None, "name": "We", "kind": None, "country": None, "sector": None,
          "text": "We"}
    art.events = [Event(type="REQUEST", mode=None, cameo_root="10", quad=1, intensity=-1.0,
                        source=[we], target=[{**haiti, "text": "the Haitian authorities"}],
                        date=None, date_precision=None, date_text=None, location=None,
                        status="asserted", said_by=None, sentence=body, start=0,
                        end=len(body), confidence=0.8, trigger="urged")]
    (event,) = quoted_events(art, None).events
    assert event.source == [] and [a["name"] for a in event.target] == ["Haiti"]
    assert event.said_by["name"] == "Haiti"
