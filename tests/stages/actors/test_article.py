import pytest

from .conftest import actors_of, who


def _groups(text):
    return [(a.name, a.country, a.sector) for a in actors_of(text)]


def test_a_group_named_by_a_sector_term_ending_in_a_vague_noun_is_an_actor_of_its_sector():
    # issue 16: "rights groups" is no bare "groups"; with no country it keeps its sector
    assert _groups("Rights groups condemned the raid.") == [("NGOs", None, "NGO")]
    assert _groups("Aid groups condemned the raid.") == [("NGOs", None, "NGO")]
    # and takes the place of its own words, as "experts in Washington" do
    assert ("Human rights groups", "NGA", "NGO") in _groups(
        "Human rights groups in Nigeria condemned the raid.")
    # a bare vague noun stays none, as does a home sector's term ("armed groups",
    # "security forces"), which would take the article's country unplaced
    assert _groups("Groups condemned the raid.") == []
    assert _groups("Security forces opened fire.") == []


def test_an_ngo_without_a_home_word_takes_no_country_from_its_sentence():
    assert ("NGOs", None, "NGO") in _groups("Rights groups accused Russia of war crimes.")
    assert ("Local rights groups", "NGA", "NGO") in _groups(
        "Local rights groups condemned the raid by Nigerian police.")


def test_a_first_word_capitalised_by_the_sentence_start_is_no_name_of_a_group():
    # issue 16: "Small" opening the sentence read as a person, and the group was lost
    assert _groups("Small and local rights groups condemned the raid by Nigerian police.") \
        == [("Small and local rights groups", "NGA", "NGO"), ("Nigerian police", "NGA", "COP")]


def test_a_city_naming_where_talks_met_is_no_actor_of_its_sentence():
    # stop 26: "Doha" was Qatar's government as the target of a call to implement the deal
    text = "The Taliban leader urged that all parts of the Doha agreement be implemented."
    assert who(text, "Doha") is None
    text = "Environment groups accused the company of trying to influence the Madrid talks."
    assert who(text, "Madrid") is None and who(text, "company") == "BUS"
    assert who("Qatar hosted the talks in Doha.", "Doha") == "QAT.GOV"


def test_a_place_held_by_another_gives_no_mention_of_the_holder():
    text = "He denounced the moves against the Serb-controlled autonomous republic."
    assert who(text, "Serb") is None
    # a group or organisation holding the place is the holder, an actor
    text = "Iraqi armed forces have begun their assault on the ISIS-held old-city area of Mosul."
    assert who(text, "ISIS") == "islamic_state"
    text = "Officials at the Hamas-controlled health ministry said 20 people were killed."
    assert who(text, "Hamas") == "hamas"


def test_a_city_before_an_accord_or_talks_with_someone_is_no_actor():
    assert who("The United States withdrew from the Paris climate accord.", "Paris") is None
    text = ("Rubio will join Mike Waltz for the Jeddah talks with Ukrainian officials as "
            "President Donald Trump pushes to broker a swift end to the war.")
    assert who(text, "Jeddah") is None


def test_a_water_s_name_in_a_noun_chunk_names_no_body():
    # the chunk "Guinea states" of "The Gulf of Guinea states" was Guinea's government
    text = "The Gulf of Guinea states signed a maritime security pact."
    assert [a.country for a in actors_of(text)] == []
    text = "Iran seized a tanker in the Strait of Hormuz on Monday."
    assert [a.country for a in actors_of(text)] == ["IRN"]


@pytest.mark.parametrize("text, place, country", [
    # each place's name the tagger labels PERSON
    ("Officials said Jambi Province has reported no new cases since 2019.",
     "Jambi Province", "IDN"),
    ("Officials said Kismayo District has reported no new cases since 2019.",
     "Kismayo District", "SOM"),
    ("The agency also said Herat Province, where the town lies, has been free of polio "
     "since 2019.", "Herat Province", "AFG"),
])
def test_a_place_and_its_unit_the_tagger_takes_for_a_name_is_the_place(text, place, country):
    # stop 28: "Central Java Province" was a person "Central Java Province" of no country
    assert who(text, place) == country


@pytest.mark.parametrize("text, region", [
    ("Militant groups in the Sahel have grown stronger, analysts said.", "Sahel"),
    ("The Sahel remains the deadliest region, the report said.", "Sahel"),
    ("Many Africans cannot afford insulin, she said.", "Africans"),
])
def test_a_region_or_its_people_the_tagger_takes_for_a_name_is_no_person(text, region):
    # stop 28: "Sahel" and "Africans" were persons of no country, "Africa" their mentions
    assert who(text, region) is None


def test_a_word_in_lower_case_the_tagger_took_for_a_name_is_no_person():
    # issue 15: "the bush" was George W. Bush, and made the villagers hiding in it American
    text = "About 5,000 villagers are hiding in the bush, an aid worker says."
    actors = actors_of(text)
    assert "George W. Bush" not in {a.name for a in actors}
    assert [(a.country, a.sector) for a in actors if a.kind == "group"] == [(None, "CVL")]
    assert actors_of("He likes his goat cooked as tongseng , a soup.") == []


@pytest.mark.parametrize("text", [
    "Chadian Defence Minister Idriss Sahel toured Paris on Friday. Sahel blamed Sudan for "
    "the raids, his office said.",
    "Chadian Defence Minister Idriss Sahel toured Paris on Friday. Later, Sahel met French "
    "army officers.",
])
def test_a_region_s_name_that_is_the_surname_of_a_person_named_before_is_that_person(text):
    # stop 28 review: "Sahel" after "Minister Idriss Sahel" was dropped as the region
    people = [a for a in actors_of(text) if a.kind == "person"]
    assert [(a.name, a.country, a.sector, len(a.mentions)) for a in people] == [
        ("Idriss Sahel", "TCD", "GOV", 2)]


def test_a_region_s_name_after_the_is_the_region_though_a_person_of_that_surname_is_named():
    text = ("Chadian Defence Minister Idriss Sahel toured Paris on Friday. The Sahel remains "
            "the deadliest region, Sahel said.")
    people = [a for a in actors_of(text) if a.kind == "person"]
    assert [(a.name, [text[s:e] for s, e in a.mentions]) for a in people] == [
        ("Idriss Sahel", ["Idriss Sahel", "Sahel"])]
    assert people[0].mentions[-1][0] == text.rindex("Sahel")


@pytest.mark.parametrize("text, name, country", [
    ("kenyan president william ruto blamed the opposition for the protests.", "William Ruto",
     "KEN"),
    ("breaking: vladimir putin warned ukraine of more strikes.", "Vladimir Putin", "RUS"),
])
def test_a_known_person_s_whole_name_in_lower_case_is_that_person(text, name, country):
    # stop 28 review: every PERSON entity in lower case was dropped, known people too
    people = [(a.name, a.country) for a in actors_of(text) if a.kind == "person"]
    assert people == [(name, country)]
