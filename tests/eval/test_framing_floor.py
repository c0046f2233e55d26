"""An outlet's own words on PolNeAR (many articles per outlet) stay above their floors."""

import pytest

from eval.framing import TARBALL, score
from eval.gate import check, floors


@pytest.mark.slow
def test_framing_polnear_scores_stay_above_their_floors():
    if not TARBALL.exists():
        pytest.skip("PolNeAR tarball not present")
    assert check(score(), floors("framing")) == []
