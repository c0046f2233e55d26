"""Acronyms an article gives a name."""

from __future__ import annotations

import pytest

from storyline.stages.actors.acronyms import aliases, spells, within


@pytest.mark.parametrize("name, acronym, expected", [
    ("Baloch Liberation Army", "BLA", True),
    ("The Nigerian Union of Teachers", "NUT", True),
    ("UN Human Rights Council", "UNHRC", True),
    ("Pakistan Muslim League-Quaid", "PML-Q", True),
    ("Iranian-backed Palestinian Islamic Jihad", "PIJ", True),
    ("Amnesty International", "AI", True),
    ("Amnesty International", "AP", False),
    ("JERUSALEM", "AP", False),
    ("Baloch Liberation Army", "A", False),
    ("Economic Community of West African States", "ECOWAS", True),
    ("Economic Community of West African States", "ECWAS", True),
    ("Economic Community of West African States", "ECOAS", False),
])
def test_acronyms_spell_the_initials_of_the_last_capitalised_words(name, acronym, expected):
    assert spells(name, acronym) is expected


def test_acronyms_an_acronym_after_or_or_in_parentheses_names_the_name_everywhere():
    text = "Rebels of the Ogaden National Liberation Front (ONLF) fought. The ONLF won."
    start = text.index("Ogaden")
    end = text.index(" (ONLF)")
    assert [text[s:e] for s, e, *_ in aliases(text, [(start, end)])] == ["ONLF", "ONLF"]
    assert all((ns, ne) == (start, end) for _, _, ns, ne in aliases(text, [(start, end)]))


def test_acronyms_letters_that_spell_no_name_are_no_alias():
    text = "The Interior Ministry, or IM, spoke to the Associated Press (AFP)."
    spans = [(4, 21), (text.index("Associated"), text.index(" (AFP)"))]
    assert [text[s:e] for s, e, *_ in aliases(text, spans)] == ["IM"]


def test_acronyms_a_word_in_a_line_of_capitals_is_no_use_of_the_acronym():
    text = "The Islamic State (IS) struck Homs.\n\nWHAT IS NEXT FOR SYRIA\n\nIS fighters fled."
    uses = [text[s:e] + str(s) for s, e, _, _ in aliases(text, [(4, 17)])]
    assert uses == ["IS19", f"IS{text.rindex('IS fighters')}"], uses


@pytest.mark.parametrize("mention, expected", [
    ("BLA fighters", True),
    ("the banned BLA", True),
    ("BLA", False),  # the acronym's own span is replaced as a use, not widened
    ("BLA Pakistan", False),
    ("rebels of the BLA and Pakistan", False),
])
def test_acronyms_a_mention_is_within_the_acronym_when_its_other_words_are_common(
        mention, expected):
    text = f"They said {mention} struck."
    start = text.index(mention)
    use = text.index("BLA")
    assert within(text, start, start + len(mention), (use, use + 3)) is expected
