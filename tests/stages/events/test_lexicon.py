"""The trigger lexicon: its format, user overrides and the cheap pre-check."""

from __future__ import annotations

import pytest

from storyline.errors import SettingsError
from storyline.ontology import type_table
from storyline.stages.events.lexicon import inflections, lexicon, may_hold_event, parse_line


def test_lexicon_line_with_argument_alternatives_keeps_every_column():
    entry = parse_line("impose > sanction|embargo | SANCTION | withdraw | 16 | event", "x")
    assert entry.words == ("impose",)
    assert entry.args == frozenset({"sanction", "embargo"})
    assert (entry.type, entry.mode, entry.cameo, entry.frame) == (
        "SANCTION", "withdraw", "16", "event")


def test_lexicon_line_with_part_of_speech_and_phrase():
    assert parse_line("talk/N | CONSULT | | 046 |", "x").pos == "N"
    assert parse_line("call for | REQUEST | | 10 | govern", "x").words == ("call", "for")
    assert parse_line("cease-fire | RETREAT | ceasefire | 0871 |", "x").words == (
        "cease", "-", "fire")


def test_lexicon_comments_and_blank_lines_are_skipped():
    assert parse_line("# a comment", "x") is None
    assert parse_line("   ", "x") is None


@pytest.mark.parametrize("line", [
    "attack | FIGHTING | | 19 | event",
    "attack | ASSAULT | | 19 | shout",
    "attack/Q | ASSAULT | | 19 | event",
    "attack | ASSAULT | 19",
    # A link is one '>' or two together, followed by arguments.
    "kill >>> sniper | ASSAULT | firearms | 193 | event",
    "kill > > sniper | ASSAULT | firearms | 193 | event",
    "kill >> > sniper | ASSAULT | firearms | 193 | event",
    "kill >> | ASSAULT | firearms | 193 | event",
])
def test_malformed_lexicon_line_names_the_file_and_line(line):
    with pytest.raises(SettingsError, match="mine.txt:3"):
        parse_line(line, "mine.txt:3")


def test_user_lexicon_file_adds_and_replaces_entries(tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("# mine\nfrobnicate | COERCE | | 17 | event\narrest | ASSAULT | | 18 |\n")
    lex = lexicon((str(mine),))
    assert [e.type for e in lex.single["frobnicate"]] == ["COERCE"]
    assert [e.type for e in lex.single["arrest"]] == ["ASSAULT"]
    assert may_hold_event("They frobnicated the mayor.", (str(mine),))
    assert not may_hold_event("They frobnicated the mayor.", ())


def test_missing_user_lexicon_file_is_a_settings_error(tmp_path):
    with pytest.raises(SettingsError, match="cannot read lexicon file"):
        lexicon((str(tmp_path / "absent.txt"),))


def test_precheck_knows_irregular_and_inflected_forms():
    assert may_hold_event("The ministers met in Oslo.")
    assert may_hold_event("Rebels fought government troops.")
    assert may_hold_event("Protesters are demonstrating.")
    assert not may_hold_event("It was a sunny day in the capital.")


def test_reporting_verbs_have_their_own_forms():
    # A dated sentence with a reporting verb and no trigger still dates what it reports.
    lex = lexicon(())
    assert {"said", "says", "told"} <= lex.said_forms
    assert "attacked" not in lex.said_forms and "attacked" in lex.forms


def test_inflections_double_the_final_consonant_and_handle_y():
    assert {"stopped", "stopping"} <= inflections("stop")
    assert {"denies", "denied"} <= inflections("deny")


def test_every_shipped_entry_uses_a_known_type():
    lex = lexicon(())
    for bucket in (*lex.single.values(), *lex.phrases.values()):
        for entry in bucket:
            assert entry.type is None or entry.type in type_table()


def test_light_verbs_of_saying_come_from_data_with_their_saying_nouns():
    lex = lexicon(())
    assert {"repeated", "reiterated", "announced", "reaffirms"} <= lex.said_forms
    assert "stance" in lex.saying_light["repeat"] and "attack" not in lex.saying_light["repeat"]
    assert lex.saying_light["announce"] == frozenset()


def test_lexicon_double_arrow_marks_an_argument_that_is_never_the_undergoer():
    spares = parse_line("kill/V >> sniper|snipers | ASSAULT | firearms | 193 | event", "x")
    plain = parse_line("fire > shell|shells | ASSAULT | heavy-weapons | 194 | event", "x")
    assert spares.spares_undergoer and not plain.spares_undergoer
    assert spares.args == frozenset({"sniper", "snipers"})
    assert spares.pattern == "kill/V >> sniper|snipers"


@pytest.mark.parametrize("shipped, mine", [(None, "kill/V > suicide"),
                                           ("kill/V >> suicide", "kill/V > suicide"),
                                           ("kill/V > suicide", "kill/V >> suicide")])
def test_user_lexicon_line_replaces_a_shipped_one_whatever_its_link(tmp_path, shipped, mine):
    # The shipped lexicon links "kill/V >> suicide" (None: the real line; else a first file
    # stands for it): a later "kill/V > suicide" line, or the reverse, replaces that entry
    # rather than sitting beside it.
    files = []
    for n, line in enumerate((shipped, mine)):
        if line is not None:
            files.append(tmp_path / f"lexicon{n}.txt")
            files[-1].write_text(f"{line} | ASSAULT | explosives{n} | 183 | event\n")
    lex = lexicon(tuple(map(str, files)))
    kept = [e for e in lex.single["kill"] if e.args == frozenset({"suicide"})]
    assert [(e.mode, e.spares_undergoer) for e in kept] == [("explosives1", ">>" in mine)]
