import pytest

from storyline.corpus.corroboration import FLOOR, shown


@pytest.mark.parametrize("event, expected", [
    ({"confidence": 0.8, "num_outlets": 1}, (True, None)),
    ({"confidence": 0.8, "num_outlets": 3}, (True, None)),  # confident: no reason needed
    ({"confidence": 0.6, "num_outlets": 3}, (True, "told by 3 outlets")),
    ({"confidence": 0.6, "num_outlets": 1}, (False, None)),
    ({"confidence": FLOOR - 0.01, "num_outlets": 4}, (False, None)),  # too weak even so
    ({"confidence": FLOOR, "num_outlets": 2}, (True, "told by 2 outlets")),
])
def test_corroboration_shows_an_event_under_the_cut_told_by_several_outlets(event, expected):
    assert shown(event, 0.75) == expected
