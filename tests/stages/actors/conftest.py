"""Helpers the actor tests share: the actors a made-up text gives, and whom a phrase names."""

from storyline import resources
from storyline.stages.actors.article import find_actors


def actors_of(text, date=None):
    """The actors :func:`find_actors` gives ``text`` published on ``date``."""
    return find_actors(resources.nlp()(text), date)


def who(text, phrase, date="2021-05-10"):
    """The id of the actor whose mention holds the last word of the first ``phrase``."""
    head = text.index(phrase) + len(phrase) - 1
    return next((a.id for a in actors_of(text, date)
                 for s, e in a.mentions if s <= head < e), None)
