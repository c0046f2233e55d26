"""The garbage collector around what a process loads once (storyline.resources)."""

import gc

from storyline import resources


def test_lasting_pauses_the_collector_and_freezes_nothing() -> None:
    frozen = gc.get_freeze_count()
    with resources.lasting():
        assert not gc.isenabled()
        table = {n: [n] for n in range(1000)}
    assert gc.isenabled()
    assert gc.get_freeze_count() < frozen + len(table)


def test_loading_freezes_the_first_time_in_a_process_only(monkeypatch) -> None:
    monkeypatch.setattr(resources._Load, "first", True)
    try:
        gc.unfreeze()
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
    finally:
        gc.freeze()  # what was frozen before this test stays out of the collector's reach


def test_a_loading_within_the_first_leaves_the_tables_after_it_frozen(monkeypatch) -> None:
    monkeypatch.setattr(resources._Load, "first", True)
    try:
        gc.unfreeze()
        with resources.loading():
            with resources.loading():
                pass
            frozen = gc.get_freeze_count()
            with resources.lasting():
                after = [[n] for n in range(1000)]
            assert gc.get_freeze_count() >= frozen + len(after)
    finally:
        gc.freeze()
