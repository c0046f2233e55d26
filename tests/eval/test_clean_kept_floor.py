import pytest

from eval.gate import check, floors
from eval.quotes import TARBALL


@pytest.mark.slow
def test_clean_news_keeps_its_lines_above_the_floor():
    if not TARBALL.exists():
        pytest.skip("PolNeAR tarball not present")
    from eval.clean_kept import score

    assert check(score("dev"), floors("clean_kept")) == []
