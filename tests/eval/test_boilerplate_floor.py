import pytest

from eval.boilerplate import DEV
from eval.gate import check, floors


@pytest.mark.slow
def test_boilerplate_dev_set_score_stays_above_floor():
    if not (DEV / "ground-truth.json").exists():
        pytest.skip("../shared/data/dev/boilerplate not present")
    from eval.boilerplate import score

    assert check(score(), floors("boilerplate")) == []
