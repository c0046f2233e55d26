"""Known people and the people of one article."""

from __future__ import annotations

from storyline.stages.actors import people


def test_people_a_misspelt_surname_measures_each_near_surname_once(monkeypatch):
    real = people.OSA.distance
    calls: list[tuple[str, str]] = []

    class Counting:
        @staticmethod
        def distance(a: str, b: str, **kwargs: object) -> int:
            calls.append((a, b))
            return real(a, b, **kwargs)

    # rapidfuzz reads a scorer's kind (a distance: lower is closer) from these attributes
    Counting.distance._RF_ScorerPy = real._RF_ScorerPy  # type: ignore[attr-defined]
    monkeypatch.setattr(people, "OSA", Counting)
    assert people._match_known.__wrapped__(("guiado",)).name == "Juan Guaidó"
    near = people._near_surnames("g", len("guiado"), ())
    assert sorted(calls) == sorted(("guiado", key) for key in near)
