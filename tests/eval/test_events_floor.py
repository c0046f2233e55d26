"""Event coding on the PLOVER gold sentences stays above its pinned floors."""

from __future__ import annotations

import pytest

from eval.events import DATA, score
from eval.gate import check, floors


@pytest.mark.slow
def test_events_dev_scores_stay_above_their_floors():
    if not DATA.exists():
        pytest.skip("../shared/data/dev/events not present")
    assert check(score(), floors("events")) == []


def test_events_scorer_maps_old_labels_and_skips_documentation():
    from eval.events import gold

    if not DATA.exists():
        pytest.skip("../shared/data/dev/events not present")
    rows = gold()
    labels = {r["event"] for r in rows}
    assert len(rows) == 322
    assert not labels & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "DOCUMENT"}


def test_events_scorer_reads_cameo_codes_and_igo_people():
    from eval.events import _role_hits

    annan = {"kind": "person", "country": None, "sector": "IGO"}
    assert _role_hits([annan], [{"code": "IGO", "sector": "GOV"}]) == (True, False)
    tokyo = {"kind": "country", "country": "JPN", "sector": "GOV"}
    assert _role_hits([tokyo], [{"code": "JAP", "sector": "GOV"}]) == (True, True)
