"""The ``>>>`` examples in the corpus modules' docstrings hold."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import storyline.corpus

MODULES = ["storyline.corpus"] + [
    f"storyline.corpus.{m.name}" for m in pkgutil.iter_modules(storyline.corpus.__path__)]


@pytest.mark.parametrize("name", MODULES)
def test_corpus_docstring_examples_run(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
