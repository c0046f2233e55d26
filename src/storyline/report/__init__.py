"""The HTML report: the whole story of a store in one self-contained file.

>>> from storyline.report import build_story, render_story
>>> actor = {"actor_id": "a", "name": "A", "kind": "country", "country": "AAA", "sector": None,
...          "n_mentions": 1, "n_articles": 1, "n_outlets": 1, "aliases": []}
>>> '<section id="story"' in render_story(build_story({"actors": [actor]}))
True
"""

from .render import render_report, render_story, write_report
from .story import StoreReader, Story, build_story, read_views

__all__ = [
    "StoreReader",
    "Story",
    "build_story",
    "read_views",
    "render_report",
    "render_story",
    "write_report",
]
