import pytest

from storyline import ontology
from storyline.errors import SettingsError
from storyline.ontology import (
    cameo_intensity,
    flagged,
    incompatible,
    mode_cameo,
    modes_of,
    type_table,
)

#: The sixteen types of docs/DESIGN's output contract.
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_ontology_covers_the_sixteen_types_with_quad_and_cameo():
    table = type_table()
    assert set(table) == TYPES
    assert table["CONSULT"].cameo == "04" and table["CONSULT"].quad == 1
    assert all(-10 <= t.intensity <= 10 for t in table.values())
    assert table["ASSAULT"].intensity < table["ACCUSE"].intensity < table["AGREE"].intensity


def test_ontology_sign_follows_the_quad_class():
    assert all(t.sign == (1 if t.quad <= 2 else -1) for t in type_table().values())


def test_ontology_tables_name_only_known_types_modes_and_roots():
    table = type_table()
    assert all(other in table for t in table.values() for other in t.contradicts)
    asked = {t.asked_mode for t in table.values() if t.asked_mode}
    assert {(kind, mode) for kind in ("REQUEST", "REJECT") for mode in asked} <= set(mode_cameo())
    assert all(t.cameo in cameo_intensity() for t in table.values())


def test_ontology_contradictions_read_both_ways():
    assert frozenset({"REJECT", "AGREE"}) in incompatible()
    assert frozenset({"AGREE", "SUPPORT"}) not in incompatible()


def test_ontology_flag_is_a_yes_no_column():
    assert flagged("symmetric") == {"AGREE", "CONSULT", "COOPERATE"}
    with pytest.raises(SettingsError, match="no PLOVER flag 'nosuch'.*symmetric"):
        flagged("nosuch")


def test_ontology_new_flag_is_one_new_column(monkeypatch):
    rows = tuple({**r, "hostile": "yes" if r["sign"] == "-1" else "no"}
                 for r in ontology.data_tsv("plover.tsv"))
    monkeypatch.setattr(ontology, "data_tsv", lambda name: rows)
    for fn in (type_table, flagged):
        fn.cache_clear()
    try:
        assert flagged("hostile") == {t for t, i in type_table().items() if i.quad >= 3}
    finally:
        monkeypatch.undo()
        for fn in (type_table, flagged):
            fn.cache_clear()


def test_ontology_every_lexicon_mode_is_a_mode_of_its_type():
    from storyline.stages.events.lexicon import lexicon

    lex = lexicon(())
    entries = [e for table in (lex.single, lex.phrases) for es in table.values() for e in es]
    coded = {(e.type, e.mode) for e in [*entries, *lex.modes.values()] if e.type and e.mode}
    assert len(coded) > 40
    assert {(kind, mode) for kind, mode in coded if mode not in modes_of(kind)} == set()


def test_ontology_modes_tell_plover_from_storyline_own():
    assert {"ease"} == modes_of("RETREAT", "storyline")
    assert "ceasefire" in modes_of("RETREAT", "PLOVER")
    assert "ease" not in modes_of("RETREAT", "PLOVER")
    assert modes_of("AID", "PLOVER") == frozenset()
    assert modes_of("AID") == {"asylum", "peacekeeping"}
    assert all(kind in type_table() for kind, _mode in mode_cameo())
    assert all(mode in modes_of(kind) for kind, mode in mode_cameo())
