"""storyline: raw news coverage of a political crisis in, a sourced account out.

>>> import storyline
>>> storyline.analyze_text("Norway hosted talks.", workers=1)["language"]
'en'
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
