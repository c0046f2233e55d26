import pytest

from eval.gate import check, floors
from eval.quotes import TARBALL, score


@pytest.mark.slow
def test_quotes_dev_scores_stay_above_their_floors():
    if not TARBALL.exists():
        pytest.skip("PolNeAR tarball not present")
    assert check(score("dev"), floors("quotes")) == []
