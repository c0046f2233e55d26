from __future__ import annotations

import pytest

from storyline import resources
from storyline.corpus import compute
from storyline.corpus.outlets import credited_outlet, referenced_outlet

from .conftest import article

_RULES = resources.data_json("outlets.json")["credits"]
_SELF = resources.data_json("outlets.json")["self_references"]["rules"]


@pytest.mark.parametrize(("text", "outlet"),
                         [tuple(ex) for rule in _RULES for ex in rule["examples"]])
def test_outlets_credit_line_names_the_outlet(text, outlet):
    found = credited_outlet({"body": text})
    assert found is not None and found[0] == outlet


@pytest.mark.parametrize("text", [text for rule in _RULES for text in rule["not"]])
def test_outlets_a_cited_source_is_no_outlet(text):
    assert credited_outlet({"body": text}) is None


def test_outlets_compute_fills_only_a_missing_outlet_and_says_why():
    arts = [article("a", None, body="CARACAS (Reuters) - Guaido called for protests."),
            article("b", "DW", body="CARACAS (Reuters) - Guaido called for protests again."),
            article("c", None, body="Maduro told CNN that talks would go on.")]
    rows = {a["article_key"]: a for a in compute(arts)["articles"]}
    assert (rows["a"]["outlet"], rows["a"]["outlet_from"]) == ("Reuters", "text")
    assert any("wire dateline" in w for w in rows["a"]["warnings"])
    assert rows["b"]["outlet"] == "DW" and "outlet_from" not in rows["b"]
    assert rows["c"]["outlet"] == "unknown"


@pytest.mark.parametrize(("art", "outlet"), [tuple(ex) for r in _SELF for ex in r["examples"]])
def test_outlets_text_referring_to_its_own_outlet_names_it(art, outlet):
    found = referenced_outlet(art)
    assert found is not None and found[0] == outlet


@pytest.mark.parametrize("art", [art for rule in _SELF for art in rule["not"]])
def test_outlets_sources_the_text_only_cites_name_no_outlet(art):
    assert referenced_outlet(art) is None


def test_outlets_the_reason_quotes_each_different_speaker_once():
    body = ("Steven Pifer, a former diplomat, told VOA it would bite. He told VOA more. "
            "Pifer told VOA again. Jason Crow told VOA he agreed.")
    outlet, reason = referenced_outlet({"body": body})
    assert outlet == "Voice of America"
    assert reason == ('outlet Voice of America inferred from several people who told it: '
                      '"Steven Pifer, a former diplomat, told VOA"; "Jason Crow told VOA"')


def test_outlets_compute_names_an_outlet_from_its_related_links_when_no_credit_line():
    links = [{"reason": "related-list", "text": f"https://www.voanews.com/a/{n}.html"}
             for n in (1, 2)]
    arts = [article("a", None, body="Talks resumed in Oslo.", removed=links)]
    row = compute(arts)["articles"][0]
    assert (row["outlet"], row["outlet_from"]) == ("Voice of America", "text")
    assert any("related-article links" in w for w in row["warnings"])
