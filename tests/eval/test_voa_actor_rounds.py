"""The rounds of the second VOA actor set: what is drawn, and how two annotations agree."""

from __future__ import annotations

import json

import pytest

from eval.voa_actor_rounds import DIR, PRONOUNS, _label, annotated, candidates, figures
from eval.voa_actors import DATA, VOA


def _ann(keep: bool, country: str | None, sector: str | None) -> dict:
    return {"keep": keep, "country": country, "sector": sector, "note": ""}


def test_two_annotations_agree_on_a_phrase_left_out_whatever_labels_they_scribbled():
    assert _label(_ann(False, "USA", "GOV")) == _label(_ann(False, None, None))
    assert _label(_ann(True, "USA", "GOV")) != _label(_ann(True, "USA", "MIL"))


def test_agreement_figures_count_country_and_sector_over_phrases_both_keep():
    a = {"1": _ann(True, "USA", "GOV"), "2": _ann(True, "AFG", "REB"),
         "3": _ann(False, None, None), "4": _ann(True, None, "IGO")}
    b = {"1": _ann(True, "USA", "GOV"), "2": _ann(True, "PAK", "REB"),
         "3": _ann(True, "SDN", "CVL"), "4": _ann(True, None, "IGO")}
    f = figures(a, b)
    assert f["items"] == 4
    assert f["keep_agreement"] == 0.75
    assert f["country_agreement"] == pytest.approx(2 / 3)
    assert f["sector_agreement"] == 1.0
    assert f["full_agreement"] == 0.5


def test_drawn_phrases_are_new_once_each_no_pronoun_and_in_their_sentence():
    first = set()
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith(("#", "row\t")):
            first.add(tuple(line.split("\t")[:2]))
    drawn = [json.loads(line) for path in sorted(DIR.glob("round*_part?.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    assert drawn
    assert len({r["id"] for r in drawn}) == len(drawn)
    assert not {(r["row"], r["text"]) for r in drawn} & first
    assert not [r for r in drawn if r["text"].lower() in PRONOUNS]
    assert all(r["text"] in r["sentence"] for r in drawn)
    if VOA.exists():
        assert not [r for r in candidates() if (r["row"], r["text"]) in annotated() - first]
