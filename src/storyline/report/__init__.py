"""The HTML report: the whole story of a store in one self-contained file.

>>> from storyline.report import build_story, render_story
>>> "<svg" in render_story(build_story({"actors": [{"actor_id": "a", "name": "A"}]}))
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
