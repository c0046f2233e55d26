"""The gender a text gives a person (stages/actors/gender.py)."""

from __future__ import annotations

import pytest

from storyline import resources
from storyline.model import Article
from storyline.stages.actors.gender import gender_of, pronoun_gender
from storyline.stages.actors.stage import find_actors


def _gender(text: str, name: str) -> str | None:
    doc = resources.nlp()(text)
    article = Article(id="a", source="-", body=text, actors=find_actors(doc, "2025-03-10"))
    actor = next(a for a in article.actors if a.name.endswith(name))
    return gender_of(article, actor, doc)


@pytest.mark.parametrize("text, name, gender", [
    ("Mr. Sayim spoke to reporters on Monday.", "Sayim", "m"),
    ("Nancy Pelosi said she would visit Taiwan.", "Pelosi", "f"),
    ("The spokeswoman, Maria Zakharova, denied it.", "Zakharova", "f"),
    ("Polat Sayim spoke to reporters on Monday.", "Sayim", None),
    # a woman's given name outweighs a pronoun the sentence gives someone else
    ("Hillary Clinton argued that he had lied about the deal.", "Clinton", "f"),
    ("Ruth Marcus wrote that he was wrong.", "Marcus", "f"),
    # ... but alone, or of either gender, it decides nothing
    ("Hillary Clinton spoke to reporters on Monday.", "Clinton", None),
    ("Kelly Ayotte wrote that he was wrong.", "Ayotte", "m"),
    # the given name read with its accents folded, never a family name written first
    ("José Serrano argued that she had lied about the deal.", "Serrano", "m"),
    ("Moon Jae-in argued that he had lied about the deal.", "Jae-in", "m"),
])
def test_gender_is_what_the_text_says(text, name, gender):
    assert _gender(text, name) == gender


def test_pronoun_gender_reads_pronouns_only():
    assert [pronoun_gender(w) for w in ("She", "him", "they", "Sayim")] == ["f", "m", "p", None]
