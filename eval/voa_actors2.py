"""Score actor resolution on the second set of VOA actor phrases (``eval/data/voa_actors2.tsv``).

The first set (:mod:`eval.voa_actors`, 496 phrases, one annotator) has been read for
training misses since stop 19, and its figures have drifted apart (stop 29: article or
phrase 0.945 on its training half, 0.802 on validation). The second set is the gold's
other source and target phrases, drawn, annotated by two annotators apart and adjudicated
in stop 29 (:mod:`eval.voa_actor_rounds`, docs/ACTOR_ANNOTATION.md "Second set"); it is
scored the same way, with the same split by :func:`eval.actors.half`, and pinned by its
own floors.

Run ``python -m eval.voa_actors2 [-v [train|validation]] [--phrase-only]``.
"""

from __future__ import annotations

from eval import voa_actors
from eval.voa_actors import SECOND


def score(verbose: bool = False, show: str | None = None,
          phrase_only: bool = False) -> dict[str, float]:
    """:func:`eval.voa_actors.score` over the second set."""
    return voa_actors.score(verbose, show, phrase_only, SECOND)


if __name__ == "__main__":
    voa_actors.main(SECOND)
