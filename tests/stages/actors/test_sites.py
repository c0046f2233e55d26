"""A name the tagger takes for a person's that its sentence makes a place is no one
(:mod:`storyline.stages.actors.sites`); made-up names of the shapes of VOA training
stories 8010476, 8005869, 8008079, 8010046, 6202623, 6183227."""

import pytest

from storyline import resources
from storyline.stages.actors.article import find_actors
from storyline.stages.actors.sites import names_site
from storyline.stages.events.roles import describing


def _ent(doc, text):
    return next(e for e in doc.ents if e.text == text)


@pytest.mark.parametrize(("sentence", "name", "site"), [
    # after a site's "on", "in", "at"
    ("Troops arrived at the air base on Juan Ortega last year.", "Juan Ortega", True),
    # before a place's unit
    ("Clashes broke out in Dur Khalil district on Friday, officials said.", "Dur Khalil", True),
    # "the base of" a person is their supporters
    ("Supporters rallied at the base of Nelson Okafor on Friday.", "Nelson Okafor", False),
    ("Nelson Okafor criticized the government on Friday.", "Nelson Okafor", False),
])
def test_names_site_reads_where_the_sentence_writes_the_name(sentence, name, site):
    assert names_site(_ent(resources.nlp()(sentence), name)) is site


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # the site named again with no site word is the site still
    ("Troops arrived at the air base on Juan Ortega last year. Britain will lease back "
     "Juan Ortega.", "Juan Ortega", None),
    ("Clashes broke out in Dur Khalil district on Friday, officials said.", "Dur Khalil", None),
    ("Supporters rallied at the base of Nelson Okafor on Friday.", None, "Nelson Okafor"),
])
def test_a_site_the_tagger_took_for_a_person_is_no_actor(text, gone, kept):
    names = {a.name for a in find_actors(resources.nlp()(text)) if a.kind == "person"}
    assert gone not in names
    assert kept is None or kept in names


def test_a_role_word_naming_a_site_is_no_one():
    doc = resources.nlp()("Troops arrived at the air base on Juan Ortega last year.")
    ortega = _ent(doc, "Juan Ortega").root
    assert describing(ortega)
    assert not describing(doc[0])
