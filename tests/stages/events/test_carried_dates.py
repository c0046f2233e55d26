"""Dates an earlier sentence gave the same act (storyline.stages.events.carried_dates)."""

from __future__ import annotations

import pytest

from storyline.analyze import analyze_text
from storyline.settings import Settings

LEAD = "Gunmen attacked a hotel in Mogadishu on Tuesday. "


def dates(text: str, kind: str, published: str = "2025-03-12") -> list[str | None]:
    found = analyze_text(text, settings=Settings(clean=False), published=published)["events"]
    return [e["date"] for e in sorted(found, key=lambda e: e["start"]) if e["type"] == kind]


@pytest.mark.parametrize("later", [
    "The gunmen stormed the building.",
    "Five guards were killed.",
])
def test_an_act_told_in_the_past_takes_the_day_of_the_same_act_before(later):
    assert dates(LEAD + later, "ASSAULT") == ["2025-03-11", "2025-03-11"]


@pytest.mark.parametrize("later", [
    "The group has carried out many attacks in the capital.",  # background, present perfect
    "The group frequently attacks hotels in the capital.",  # habit
    "Last year, gunmen attacked a hotel in the same street.",  # a date of its own
])
def test_background_and_acts_with_their_own_date_keep_theirs(later):
    assert dates(LEAD + later, "ASSAULT")[1] != "2025-03-11"


@pytest.mark.parametrize("later", [
    "Another court in November revoked his house arrest, but his lawyers were able to "
    "postpone the order for a few months.",
    "The publisher spent 800 days in prison before a court in October granted him house "
    "arrest.",
])
def test_an_act_whose_sentence_names_a_date_of_another_word_takes_no_carried_day(later):
    found = dates("Police arrested the publisher on Monday. " + later, "COERCE")
    assert found[0] == "2025-03-10" and found[1] != "2025-03-10"


def test_an_act_of_another_type_takes_no_date():
    found = dates(LEAD + "Police arrested three suspects.", "COERCE")
    assert found == [None]


def test_an_act_told_in_the_past_perfect_takes_the_day_too():
    found = dates(LEAD + "In a statement, the group said it had killed five guards.", "ASSAULT")
    assert found == ["2025-03-11", "2025-03-11"]


@pytest.mark.parametrize("lead, day", [
    ("On Tuesday, Ambassador Shafqat Ali Khan repeated Islamabad's stance. ", "2025-03-11"),
    ("Nigerian Defense Minister Badaru Abubakar announced the activation of a standby force "
     "Wednesday. ", "2025-03-12"),
])
def test_a_dated_light_verb_of_saying_dates_its_speakers_later_statement(lead, day):
    later = "Khan" if "Khan" in lead else "Abubakar"
    found = dates(lead + f"{later} urged the militants to lay down their arms.", "REQUEST",
                  published="2025-03-13")
    assert found == [day]


@pytest.mark.parametrize("text, kind", [
    ("Nigerian Defense Minister Badaru Abubakar held talks with Chad on Tuesday. "
     "Abubakar urged the militants to lay down their arms.", "REQUEST"),
    # "repeat" tells a saying only with a saying noun as its object
    ("Houthi leader Abdul Malik al-Houthi repeated the attacks on Monday. "
     "Al-Houthi warned the United States against retaliation.", "THREATEN"),
])
def test_a_dated_light_verb_of_doing_dates_no_later_statement(text, kind):
    assert dates(text, kind, published="2025-03-13")[-1:] == [None]


@pytest.mark.parametrize("lead", [
    "Interior Minister Ahmed Ali announced the results of the March 2 election. ",
    "Interior Minister Ahmed Ali announced Monday's election results. ",
    "Interior Minister Ahmed Ali announced a vote for Sunday. ",
])
def test_a_date_inside_the_light_verbs_object_dates_no_later_statement(lead):
    found = dates(lead + "Ali urged the rebels to respect the vote.", "REQUEST",
                  published="2025-03-13")
    assert found == [None]


@pytest.mark.parametrize("verb", ["reiterated", "repeated"])
def test_every_light_verb_of_saying_in_the_data_dates_alike(verb):
    found = dates(f"Ambassador Shafqat Ali Khan {verb} his stance on Monday. "
                  "Khan urged the militants to lay down their arms.", "REQUEST",
                  published="2025-03-13")
    assert found == ["2025-03-10"]


def test_a_wire_date_in_the_subject_dates_the_light_verb():
    found = dates("The minister Friday announced that the border would reopen. "
                  "The minister urged traders to return.", "REQUEST", published="2025-03-13")
    assert found == ["2025-03-07"]



@pytest.mark.parametrize("before", [
    "Five guards were killed in the attack. ",
    '"They shot and killed people in the lobby. ',
])
def test_an_act_told_before_the_only_day_of_its_type_takes_that_day(before):
    found = dates(before + LEAD, "ASSAULT")
    assert found and found[0] == "2025-03-11", found


@pytest.mark.parametrize("text, expected", [
    # a sentence with date words of another time before the deed
    ("The conflict began a decade ago. Rebels killed thousands of civilians. On Monday, rebels "
     "attacked a market.", [None, "2025-03-10"]),
    # an act of the type dated to a year just before: the deed takes the year, not the day
    ("In 2019, militants attacked a checkpoint nearby. Five soldiers were killed. Militants "
     "attacked the base on Monday.", ["2019-01-01", "2019-01-01", "2025-03-10"]),
    # a sentence dated to another day between the deed and the dated act
    ("Five guards were killed. Officials met on Wednesday. Gunmen attacked a hotel in "
     "Mogadishu on Tuesday.", [None, "2025-03-11"]),
])
def test_a_deed_takes_no_later_only_day_across_other_date_words(text, expected):
    assert dates(text, "ASSAULT") == expected


@pytest.mark.parametrize("text, kind", [
    # a time phrase of its own
    ("Police arrested hundreds of protesters during the uprising. On Monday police arrested "
     "the opposition leader.", "COERCE"),
    # doers of another sector
    ("The army killed 20 militants in the operation. Militants attacked a checkpoint on "
     "Tuesday.", "ASSAULT"),
])
def test_a_deed_with_its_own_time_or_other_doers_takes_no_later_only_day(text, kind):
    found = dates(text, kind)
    assert len(found) == 2 and found[0] is None and found[1] is not None, found


def test_a_deed_between_sentences_of_the_only_day_takes_it():
    found = dates("Officials said Friday that 31 people died in Tuesday's hijacking. Five "
                  "guards were killed in the attack. Militants took over the train on "
                  "Tuesday. Gunmen attacked the train on Tuesday.", "ASSAULT",
                  published="2025-03-14")
    assert found and found[0] == "2025-03-11", found


@pytest.mark.parametrize("before, kind", [
    # a side's account of how it ended: often a later day than the attack
    ("Security forces say they killed all six attackers. ", "ASSAULT"),
    # two days for the type: which one is unknown
    ("Five guards were killed. Gunmen attacked a bank in Mogadishu on Monday. ", "ASSAULT"),
])
def test_a_reported_act_or_one_whose_type_has_two_days_takes_no_later_day(before, kind):
    found = dates(before + LEAD, kind)
    assert found and found[0] is None, found


@pytest.mark.parametrize("lead, when", [
    ("Israeli commandos stormed the ship in 2010. ", "2010-01-01"),
    ("Militants attacked a U.S. base in Kenya in January. ", "2025-01-01"),
])
def test_a_deed_told_right_after_a_month_or_year_of_its_type_takes_it(lead, when):
    assert dates(lead + "Three Americans were killed.", "ASSAULT") == [when, when]


def test_a_month_or_year_two_sentences_back_is_not_carried():
    found = dates("Militants attacked a U.S. base in Kenya in January. The base was rebuilt. "
                  "Three Americans were killed.", "ASSAULT")
    assert found == ["2025-01-01", None], found


@pytest.mark.parametrize("text", [
    # a named group and its fighters: one country, one sector, ids apart
    "Hamas fighters killed two soldiers. Hamas attacked a checkpoint on Monday.",
    # a state and its own forces
    "Israeli troops killed two militants. Israel attacked a checkpoint on Monday.",
    "Israel killed two militants. Israeli troops attacked a checkpoint on Monday.",
])
def test_a_deed_of_the_same_country_and_sector_takes_the_later_only_day(text):
    assert dates(text, "ASSAULT") == ["2025-03-10", "2025-03-10"]


def test_a_deed_of_another_country_of_the_sector_takes_no_later_only_day():
    found = dates("Hezbollah fighters killed two soldiers. Hamas attacked a checkpoint on "
                  "Monday.", "ASSAULT")
    assert found == [None, "2025-03-10"], found


@pytest.mark.parametrize("text, kind", [
    ("On Monday police arrested the opposition leader. Police arrested hundreds of "
     "protesters during the uprising.", "COERCE"),
    ("Militants attacked a checkpoint on Monday. Earlier, they killed two soldiers.",
     "ASSAULT"),
    ("Militants attacked a checkpoint on Monday. They previously killed two soldiers.",
     "ASSAULT"),
])
def test_an_act_with_a_time_of_its_own_takes_no_earlier_day(text, kind):
    assert dates(text, kind) == ["2025-03-10", None]


def test_a_time_phrase_of_a_clause_coordinated_with_the_act_is_not_its_own():
    # the parser makes "told" a conjunct of "returned", whose conjunct "was killed" is
    found = dates("Gunmen attacked the prison on Tuesday. The police returned fire and Arnel "
                  'Joseph was killed," Frantz Exantus, Haiti\'s secretary of state for '
                  "communication, told reporters during an afternoon press conference.",
                  "ASSAULT")
    assert found[0] == "2025-03-11" and found[-1] == "2025-03-11", found


@pytest.mark.parametrize("later", [
    "A guard was killed during the gunfight.",
    "A guard was killed during the gun battle.",
])
def test_a_deed_during_an_act_of_its_own_type_takes_that_acts_day(later):
    # the phrase names the act the deed is part of, not a time of its own
    found = dates("Gunmen fought a gun battle with guards at the prison on Tuesday. " + later,
                  "ASSAULT")
    assert found[0] == "2025-03-11" and found[-2] == "2025-03-11", found


@pytest.mark.parametrize("later", [
    "A guard was killed during the evening rush hour.",  # a time
    "A guard was killed during the visit.",  # an act of another type
    "A guard was killed since the attack.",  # after it
])
def test_a_time_phrase_naming_a_time_or_another_act_keeps_its_own_time(later):
    found = dates(LEAD + later, "ASSAULT")
    assert found[0] == "2025-03-11" and found[1] is None, found


def test_a_deed_takes_no_earlier_day_once_the_story_has_moved_to_another_day():
    found = dates("Police killed the gang leader in a gun battle on Friday. He had escaped from "
                  "the prison on Thursday. Armed prisoners exchanged gunfire with guards.",
                  "ASSAULT", published="2021-02-27")
    assert found == ["2021-02-26", None], found


def test_a_deed_takes_the_earlier_day_where_the_story_still_tells_it():
    found = dates("Police killed the gang leader in a gun battle on Friday. Officials said on "
                  "Friday that the raid was planned. Two officers were wounded.",
                  "ASSAULT", published="2021-02-27")
    assert found == ["2021-02-26", "2021-02-26"], found


@pytest.mark.parametrize("later", [
    "Five soldiers were killed during an attack on a convoy.",
    "Five soldiers were killed during another attack on a convoy.",
    "Five soldiers were killed during an ambush near Afgoye.",
    "Five soldiers were killed during a raid near Afgoye.",
    "Five soldiers were killed during clashes with al-Shabab in the south.",
])
def test_a_phrase_naming_some_other_act_of_the_type_keeps_its_own_time(later):
    # indefinite, bare or "another": not the act the story dated
    found = dates(LEAD + later, "ASSAULT")
    assert found[0] == "2025-03-11" and found[1] is None, found


@pytest.mark.parametrize("later", [
    "Five soldiers were killed during the attack.",
    "Five soldiers were killed during the gunmen's attack.",
])
def test_a_definite_phrase_naming_an_act_of_the_type_is_the_act_itself(later):
    found = dates(LEAD + later, "ASSAULT")
    assert found[:2] == ["2025-03-11", "2025-03-11"], found


@pytest.mark.parametrize("middle", [
    "Al-Shabab has been fighting the government for more than 15 years.",  # a span
    "It was the deadliest attack in the capital this year.",  # a year holding the day
    "The 45-year-old manager was among the hostages.",  # an age
])
def test_date_words_that_place_nothing_else_do_not_stop_the_forward_carry(middle):
    found = dates(LEAD + middle + " Five guards were killed.", "ASSAULT")
    assert found[0] == "2025-03-11" and found[-1] == "2025-03-11", found


def test_a_date_that_cannot_be_placed_still_stops_the_forward_carry():
    found = dates(LEAD + "The conflict began a decade ago. Five guards were killed.", "ASSAULT")
    assert found == ["2025-03-11", None], found


def _day_of(text: str, kind: str, trigger: str) -> list[str | None]:
    found = analyze_text(text, settings=Settings(clean=False), published="2025-03-12")["events"]
    return [e["date"] for e in found if e["type"] == kind and trigger in e["trigger"]]


def test_a_statement_of_other_doers_takes_no_day_across_another_days_sentence():
    assert _day_of("The foreign minister condemned the attack on Monday. On Wednesday, rebels "
                   "shelled the city. Rebel leaders accused the army of war crimes.",
                   "ACCUSE", "accused") == [None]


@pytest.mark.parametrize("text, kind, later, day", [
    ("U.S. lawmakers welcomed the ceasefire on Tuesday. Rubio had led talks in Jeddah on "
     "Monday. Republican lawmakers praised Trump for his stance.", "SUPPORT", "praised",
     "2025-03-11"),
    ("The foreign minister condemned the attack on Monday. On Wednesday, rebels shelled the "
     "city. The minister accused the rebels of war crimes.", "ACCUSE", "accused", "2025-03-10"),
])
def test_a_statement_of_the_same_doers_goes_on_telling_its_day_across_another(text, kind,
                                                                             later, day):
    assert _day_of(text, kind, later) == [day]


#: A story of a meeting on one day, its day given by a dated statement (published Saturday
#: 2025-03-15).
WARNED = "Western envoys warned on Friday that the arms transfers are illegal. "
COUNCIL = WARNED + "They told a meeting of the Security Council that the transfers must stop. "


def _on_the_day(text: str, kind: str, trigger: str) -> list[str | None]:
    found = analyze_text(text, settings=Settings(clean=False), published="2025-03-15")["events"]
    return [e["date"] for e in found if e["type"] == kind and trigger in e["trigger"]]


@pytest.mark.parametrize("later, kind, trigger", [
    ("The Russian envoy rejected the accusations.", "REJECT", "rejected"),
    ("The Chinese envoy urged all parties to show restraint.", "REQUEST", "urged"),
    # a date in a clause of what is blamed is the time of that act, not of the blame
    ("The Chinese envoy blamed Washington for leaving the talks in 2018.", "ACCUSE", "blamed"),
])
def test_a_statement_told_in_a_story_of_one_day_takes_that_day(later, kind, trigger):
    assert _on_the_day(COUNCIL + later, kind, trigger) == ["2025-03-14"]


@pytest.mark.parametrize("text, kind, trigger", [
    # told before the story gives its day
    ("The Chinese envoy urged all parties to show restraint. " + COUNCIL, "REQUEST", "urged"),
    # a story of two days
    (COUNCIL + "Rebels attacked an army base on Thursday. The Russian envoy rejected the "
     "accusations.", "REJECT", "rejected"),
    # the story has moved to another time
    (COUNCIL + "The war began in February 2022. The Russian envoy rejected a peace plan.",
     "REJECT", "rejected"),
    # a time of its own
    (COUNCIL + "In 2019, the Chinese envoy urged all parties to show restraint.", "REQUEST",
     "urged"),
    # made through a medium of its own, which the story does not date
    (COUNCIL + "The Russian mission criticized the envoys, saying on X that the claims were "
     "lies.", "ACCUSE", "criticized"),
    # the perfect tells an earlier statement
    (COUNCIL + "The Chinese envoy has urged all parties to show restraint.", "REQUEST",
     "urged"),
    # a quote's words are the speaker's, of the time they said them
    (COUNCIL + "\u201cThe council must condemn the transfers,\u201d the U.S. statement said.",
     "REQUEST", "said"),
])
def test_a_statement_takes_no_day_of_the_story_where_it_may_be_of_another(text, kind,
                                                                         trigger):
    found = _on_the_day(text, kind, trigger)
    assert found and "2025-03-14" not in found, found


def test_a_statement_in_a_story_of_one_day_but_no_meeting_takes_no_day():
    found = _on_the_day(WARNED + "The Chinese envoy urged all parties to show restraint.",
                        "REQUEST", "urged")
    assert found == [None]


def test_a_reaction_to_a_deed_of_the_only_day_takes_no_day():
    found = _on_the_day("Militants attacked a market on Friday. The United Nations condemned "
                        "the attack.", "ACCUSE", "condemned")
    assert found == [None]


def test_a_day_told_as_to_come_is_no_second_day_of_the_story():
    found = _on_the_day(COUNCIL + "The Chinese envoy noted that China will host talks on "
                        "Monday. The Russian envoy rejected the accusations.",
                        "REJECT", "rejected")
    assert found == ["2025-03-14"]


def _on_tuesday(text: str, kind: str, trigger: str) -> list[str | None]:
    """The dates of the ``kind`` events of ``trigger`` in ``text`` published Wednesday
    2024-05-01 (Tuesday is 2024-04-30)."""
    found = analyze_text(text, settings=Settings(clean=False), published="2024-05-01")["events"]
    return [e["date"] for e in found if e["type"] == kind and trigger in e["trigger"]]


STUDYING = "The rebels said on Tuesday they were studying the proposal. "


@pytest.mark.parametrize("text, kind, trigger", [
    # talks to come, or held over months, are no meeting of the day
    (STUDYING + "The two sides are expected to meet in Cairo. Egypt urged both sides to "
     "accept the deal.", "REQUEST", "urged"),
    (STUDYING + "The two sides have held indirect talks for months. Egypt urged both sides "
     "to accept the deal.", "REQUEST", "urged"),
    # a cooperation of the past is no meeting
    ("The U.S. envoy accused Russia on Tuesday of blocking aid to Sudan. The two countries "
     "once cooperated closely on Sudan. Russia's foreign ministry rejected the accusation.",
     "REJECT", "rejected"),
])
def test_no_meeting_of_the_day_gives_a_statement_no_day(text, kind, trigger):
    assert _on_tuesday(text, kind, trigger) == [None]


def test_a_meeting_dated_the_story_day_gives_its_statements_the_day():
    text = ("The foreign ministers met in Geneva on Tuesday. The British minister said on "
            "Tuesday that the talks were useful. The Iranian minister rejected the proposal.")
    assert _on_tuesday(text, "REJECT", "rejected") == ["2024-04-30"]


@pytest.mark.parametrize("later, kind, trigger", [
    # a time of its own the story does not place: a day after, a time, a later
    ("The following day, the Russian envoy rejected the accusations.", "REJECT", "rejected"),
    ("The next morning, the Russian envoy rejected the accusations.", "REJECT", "rejected"),
    ("Hours later, the Russian envoy rejected the accusations.", "REJECT", "rejected"),
    ("Russia later denied the accusations.", "REJECT", "denied"),
    ("Russia, which vetoed a similar resolution in the past, later rejected the accusations.",
     "REJECT", "rejected"),
])
def test_a_statement_with_a_time_of_its_own_takes_no_day_of_the_story(later, kind, trigger):
    assert _on_the_day(COUNCIL + later, kind, trigger) == [None]
