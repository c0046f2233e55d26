"""storyline: raw news coverage of a political crisis in, a sourced account out.

>>> import storyline
>>> article = storyline.analyze_text(
...     "Norway hosted talks between the Venezuelan government and the opposition in Oslo.")
>>> article["language"], sorted({e["type"] for e in article["events"]})
('en', ['CONSULT'])
"""

from .analyze import analyze, analyze_text
from .errors import InputError, PipelineError, SettingsError, StoreError, StorylineError
from .model import Actor, Article, Event, Quote, Removed, Skip
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Event",
    "InputError",
    "PipelineError",
    "Quote",
    "Removed",
    "Settings",
    "SettingsError",
    "Skip",
    "StoreError",
    "StorylineError",
    "__version__",
    "analyze",
    "analyze_text",
]
