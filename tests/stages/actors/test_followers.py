"""A leader's followers are not the leader (:mod:`storyline.stages.actors.followers`);
made-up phrases of the shapes of PLV and PLOVER training phrases and VOA training story
8010694."""

from __future__ import annotations

import pytest

from storyline.analyze import analyze_text
from storyline.settings import Settings
from storyline.stages.actors.stage import resolve


@pytest.mark.parametrize(("text", "date", "want"), [
    # a rebel leader's followers are rebels of his country (was the leader himself)
    ("three senior followers of rebel leader Riek Machar", "2016-05-01", ("SSD.REB", "group")),
    ("Machar loyalists", "2016-05-01", ("SSD.REB", "group")),
    # a head of government's or a former leader's followers are neither: a group of the
    # leader's country and no sector (review of stop 29)
    ("supporters of former President Laurent Gbagbo", "2015-01-01", ("CIV", "group")),
    ("Mugabe loyalists", "2010-01-01", ("ZWE", "group")),
])
def test_a_leader_s_followers_are_a_group_not_the_leader(text, date, want):
    actor = resolve(text, date=date)
    assert ((actor.id, actor.kind) if actor else None) == want
    assert actor.sector in (None, "REB")  # never a government's or an elite's


@pytest.mark.parametrize(("text", "date", "want"), [
    # the leader and his followers, or someone the followers' noun hangs from: the
    # leader's words are no leader of followers alone (review of stop 29)
    ("Trump and his loyalists", "2025-03-07", "donald_trump"),
    ("President Ruto and supporters", "2024-06-01", "william_ruto"),
    ("Imran Khan and his followers", "2023-05-01", "imran_khan"),
])
def test_a_leader_with_his_followers_is_no_group_of_followers(text, date, want):
    actor = resolve(text, date=date)
    assert actor is not None and actor.id == want


def test_a_noun_the_followers_hang_from_is_no_group_of_followers():
    actor = resolve("the spokesman of Machar loyalists", date="2016-05-01")
    assert actor is None or actor.id != "SSD.REB"


def test_the_leader_named_alone_stays_the_leader():
    actor = resolve("rebel leader Riek Machar", date="2016-05-01")
    assert (actor.id, actor.kind) == ("riek_machar", "person")


def test_a_role_of_followers_after_a_leader_s_name_is_not_the_leader():
    text = ("Syrian government forces came under attack from Assad loyalists near Latakia "
            "on Thursday, the defense ministry said.")
    events = analyze_text(text, settings=Settings(clean=False), published="2025-03-07")["events"]
    roles = [a for e in events for role in ("source", "target") for a in e[role]]
    assert roles and "bashar_al_assad" not in {a["id"] for a in roles}


@pytest.mark.parametrize(("text", "want"), [
    # a party's or a body's supporters are the party's or the body's (review of stop 29)
    ("ZANU-PF supporters attacked opposition activists in Bulawayo on Sunday.", "zanu_pf"),
    ("Kremlin loyalists denounced the opposition in Moscow on Tuesday.", "RUS.GOV"),
])
def test_a_role_of_a_party_s_or_a_body_s_supporters_keeps_the_party_or_body(text, want):
    events = analyze_text(text, settings=Settings(clean=False), published="2025-03-07")["events"]
    assert want in {a["id"] for e in events for a in e["source"]}
