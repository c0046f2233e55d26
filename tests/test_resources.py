"""The garbage collector around what a process loads once (storyline.resources)."""

import gc
from collections.abc import Iterator

import pytest

from storyline import resources


def test_lasting_pauses_the_collector_and_freezes_nothing() -> None:
    frozen = gc.get_freeze_count()
    with resources.lasting():
        assert not gc.isenabled()
        table = {n: [n] for n in range(1000)}
    assert gc.isenabled()
    assert gc.get_freeze_count() < frozen + len(table)


@pytest.fixture
def first_loading(monkeypatch) -> Iterator[None]:
    """A process whose first loading is yet to come, nothing frozen; what was frozen
    before stays out of the collector's reach after."""
    monkeypatch.setattr(resources._Load, "first", True)
    gc.unfreeze()
    try:
        yield
    finally:
        gc.freeze()


def test_loading_freezes_the_first_time_in_a_process_only(first_loading) -> None:
    with resources.loading():
        with resources.lasting():
            first = [[n] for n in range(1000)]
        assert gc.get_freeze_count() >= len(first)  # a table, as soon as it is built
        late = [[n] for n in range(1000)]
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    assert frozen >= len(first) + len(late)
    with resources.loading():
        with resources.lasting():
            later = [[n] for n in range(1000)]
    assert gc.get_freeze_count() < frozen + len(later)  # (a frozen object may die since)


def test_a_loading_within_the_first_leaves_the_tables_after_it_frozen(first_loading) -> None:
    with resources.loading():
        with resources.loading():
            pass
        frozen = gc.get_freeze_count()
        with resources.lasting():
            after = [[n] for n in range(1000)]
        assert gc.get_freeze_count() >= frozen + len(after)
