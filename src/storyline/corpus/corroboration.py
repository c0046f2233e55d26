"""Events told by several outlets: shown though no single report reaches the cut.

A view hides an event whose best report is less confident than ``min_confidence``
(the settings). An event that two or more outlets tell (each in its own article:
near-duplicate articles are not counted again) is corroborated: independent reports
that the merge found to tell one act (:mod:`storyline.corpus.dedup`). Such an event is
shown when its best report is at least :data:`FLOOR` confident, with the reason in
``shown_reason`` ("told by 2 outlets"); a confident event has no reason (``None``), a
hidden one neither.

>>> shown({"confidence": 0.65, "num_outlets": 2}, 0.75)
(True, 'told by 2 outlets')
>>> shown({"confidence": 0.65, "num_outlets": 1}, 0.75), shown({"confidence": 0.8}, 0.75)
((False, None), (True, None))
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: Outlets that must tell an event under the cut for it to be shown.
MIN_OUTLETS = 2
#: The least confidence of a corroborated event's best report. Chosen on the training
#: rows of the event data (``eval.event_data``, the best event of each sentence, with the
#: scorer's logistic calibration of stop 18): from 0.5 to 0.6 a single report has the right
#: type 0.62 of the time (VOA 0.55), too often wrong for a second outlet to lift it to the
#: 0.85 a shown row must reach; from 0.6 to 0.75, 0.84 to 0.87 (VOA 0.86). On the training
#: threads of eval/data/cross_outlet the one such event (the G7 ministers discussing China,
#: told by two stories) is right.
FLOOR = 0.6


def shown(event: Mapping[str, Any], min_confidence: float) -> tuple[bool, str | None]:
    """Whether a view shows an event row (``confidence``, ``num_outlets``), and why when
    not by its confidence alone."""
    confidence = event.get("confidence") or 0.0
    if confidence >= min_confidence:
        return True, None
    outlets = event.get("num_outlets") or 0
    if outlets >= MIN_OUTLETS and confidence >= FLOOR:
        return True, f"told by {outlets} outlets"
    return False, None
