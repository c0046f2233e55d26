"""Per-article stages, in pipeline order.

A stage with helpers is a package named after it (``clean/``, ``actors/``,
``events/``, ``quotes/``): its ``__init__`` declares the Article fields the stage
reads and writes, and its ``stage`` module is the stage. A stage without helpers is
one module (``meta``, ``nlp``). :func:`default_stages` lists them in the order they
run; :func:`storyline.pipeline.assemble` checks the declarations.

>>> [s.name for s in default_stages()]
['clean', 'meta', 'nlp', 'actors', 'events', 'quotes', 'quoted_events']
"""

from __future__ import annotations

from ..pipeline import Stage


def default_stages() -> list[Stage]:
    """The per-article stages of ``storyline analyze``, in order."""
    from . import meta, nlp
    from .actors.stage import actors
    from .clean.stage import clean
    from .events.quoted import quoted_events
    from .events.stage import events
    from .quotes.stage import quotes

    return [clean, meta.meta, nlp.nlp, actors, events, quotes, quoted_events]
