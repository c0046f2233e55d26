"""The registry audit finds people merged by a shared name and people split by a middle name."""

from __future__ import annotations

from eval.registry_audit import audit


def _article(key: str, *people: tuple[str, str]) -> dict:
    return {"article_key": key, "outlet": "X", "events": [], "quotes": [],
            "actors": [{"id": ident, "name": name, "kind": "person", "country": "USA",
                        "sector": None, "text": name, "labels": [], "mentions": [[0, 1]]}
                       for ident, name in people]}


def test_registry_audit_reports_two_names_given_one_id_as_a_merge():
    result = audit([_article("a", ("mike_pence", "Mike Pence")),
                    _article("b", ("mike_pence", "Karen Pence"))])
    assert result["n_merges"] == 1 and result["n_splits"] == 0


def test_registry_audit_counts_no_split_once_the_registry_joins_a_middle_initial():
    result = audit([_article("a", ("john_q_smith", "John Q. Smith")),
                    _article("b", ("john_smith", "John Smith"))])
    assert (result["n_merges"], result["n_splits"]) == (0, 0)
    assert result["n_actors"] == 1
