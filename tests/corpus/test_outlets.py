from __future__ import annotations

import pytest

from storyline import resources
from storyline.corpus import compute
from storyline.corpus.outlets import credited_outlet

from .conftest import article

_RULES = resources.data_json("outlets.json")["credits"]


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
