"""Waters whose name holds a country's or a city's are places, never that country
(:mod:`storyline.stages.actors.geography`)."""

import pytest

from storyline import resources
from storyline.stages.actors.article import find_actors
from storyline.stages.actors.geography import in_water, waters


def _countries(text):
    return sorted({a.country for a in find_actors(resources.nlp()(text)) if a.country})


def test_waters_are_found_whatever_their_case_and_only_whole():
    text = "Tankers crossed the Gulf of Aden and the BLACK SEA; Guinea and Adenville did not."
    assert [text[s:e] for s, e in waters(text)] == ["Gulf of Aden", "BLACK SEA"]


def test_a_word_inside_a_water_s_name_is_in_water_and_the_country_alone_is_not():
    doc = resources.nlp()("Pirates raided ships in the Gulf of Guinea, Guinea's navy said.")
    guineas = [t for t in doc if t.text == "Guinea"]
    assert [in_water(doc[t.i:t.i + 1]) for t in guineas] == [True, False]


@pytest.mark.parametrize(("text", "countries"), [
    # issue 16: a water's name read as the country its name holds
    ("Sea of Japan fishermen protested.", []),
    ("Japan protested after Russian warships sailed into the Sea of Japan.", ["JPN", "RUS"]),
    # the country named alone stays
    ("Guinea's navy said pirates attacked a tanker on Monday.", ["GIN"]),
])
def test_a_country_inside_a_water_s_name_is_no_actor_of_the_article(text, countries):
    assert _countries(text) == countries


@pytest.mark.parametrize(("text", "context", "want"), [
    ("The Strait of Singapore", None, None),  # was the person "Strait" of Singapore
    ("police", "Police arrested ten men in the Strait of Singapore.", ("COP", None)),
    # the country named alone stays
    ("police", "Police arrested ten men in Singapore.", ("SGP.COP", "SGP")),
])
def test_a_water_s_name_places_no_phrase_read_alone(text, context, want):
    from storyline.stages.actors.stage import resolve
    actor = resolve(text, context=context)
    assert ((actor.id, actor.country) if actor else None) == want


@pytest.mark.parametrize("text", [
    # a name going on into a longer one is a place or a body named after the water
    "The Massachusetts Bay Transportation Authority suspended service.",
    "Rents rose in the San Francisco Bay Area.",
])
def test_a_water_s_name_going_on_into_a_longer_name_is_no_water(text):
    assert waters(text) == []


def test_the_table_leaves_out_places_and_holds_the_hand_written_waters():
    names = {row["name"] for row in resources.data_tsv("geography.tsv")}
    # world_places.tsv: a region of New Zealand, a city of Argentina
    assert not {"Bay of Plenty", "Bahía Blanca"} & names
    # the supplement (scripts/geography_supplement.tsv): kept over Sudan's Red Sea state
    assert {"Strait of Hormuz", "Gulf of America", "Kerch Strait", "Red Sea"} <= names


def test_a_water_s_words_are_no_person_s_name():
    from storyline.stages.actors.phrase import analyse
    assert analyse("Sea of Japan fishermen").person is None
    assert analyse("the Gulf of Guinea states").person is None


def _pattern_alone(text):
    from storyline.stages.actors import geography
    return [m.span() for m in geography._pattern().finditer(text)
            if not geography._named_after(text, m.end())]


@pytest.mark.parametrize("text", [
    "Tankers crossed the gulf of aden on Monday.",
    "“The Black Sea is calm,” the captain said — and the BLACK SEA’s ports reopened.",
    "Ships left the Strait of Hormuz… then the Red\u00a0Sea.",
    "Guaidó’s allies met by the Gulf of Aden.",  # a letter outside ASCII: the pattern reads it
    "Boats sailed the Gulf of Guinea’s coast and the Gulf of Mexico.",
    "Nothing here names a water, nor does Adenville.",
    "The Massachusetts Bay Transportation Authority met on the Black Sea coast.",
])
def test_waters_finds_what_the_pattern_alone_finds(text):
    assert waters(text) == _pattern_alone(text)


def test_in_water_answers_as_the_sentence_spacy_gives_each_word():
    from storyline.stages.actors import geography
    doc = resources.nlp()("Pirates raided ships in the Gulf of Guinea. Guinea's navy said so. "
                          "Japan protested near the Sea of Japan, and Aden did not.")

    def by_sent(span):
        sent = span.sent
        start = span.start_char if hasattr(span, "start_char") else span.idx
        end = span.end_char if hasattr(span, "end_char") else span.idx + len(span.text)
        return geography.inside(start - sent.start_char, end - sent.start_char,
                                waters(sent.text))

    spans = list(doc) + list(doc.ents) + [doc[i:i + 3] for i in range(len(doc) - 3)]
    assert [in_water(s) for s in spans] == [by_sent(s) for s in spans]
    assert sum(in_water(t) for t in doc) >= 5
