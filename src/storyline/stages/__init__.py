"""Per-article stages, in pipeline order.

Each module holds one stage named after the module; :func:`default_stages`
lists them in the order they run.
"""

from __future__ import annotations

from ..pipeline import Stage


def default_stages() -> list[Stage]:
    """The per-article stages of ``storyline analyze``, in order."""
    from . import meta, nlp
    from .actors import stage as actors
    from .clean import stage as clean
    from .events import quoted as quoted_events
    from .events import stage as events
    from .quotes import stage as quotes

    return [clean.clean, meta.meta, nlp.nlp, actors.actors, events.events,
            quotes.quotes, quoted_events.quoted_events]
