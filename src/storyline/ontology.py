"""The PLOVER ontology: event types, their modes and CAMEO roots, loaded once.

One row per type in ``data/plover.tsv`` (CAMEO root, quad class, intensity, sign,
summary verb, the mode a request for it takes, the types it contradicts, and flags);
each type's modes, and the CAMEO codes of those that decide it, in ``data/plover_modes.tsv``
(PLOVER's modes and the few storyline adds); CAMEO root intensities in
``data/cameo_roots.tsv``. Every module that needs a property of a type reads it here.

A flag is a yes/no column of ``plover.tsv``; :func:`flagged` gives the types that have it,
so a new flag is a new column there and a ``flagged(name)`` where code branches on it.

>>> type_table()["ASSAULT"].quad, type_table()["SUPPORT"].verb
(4, 'supports')
>>> sorted(flagged("force"))
['ASSAULT', 'COERCE']
>>> mode_cameo()["REQUEST", "meet"]
'106'
>>> sorted(modes_of("CONSULT"))
['multilateral', 'phone', 'third-party', 'visit']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .errors import SettingsError
from .resources import data_json, data_tsv

#: Quad classes of verbal acts (PLOVER verbal cooperation and verbal conflict).
VERBAL_QUADS = frozenset({1, 3})
#: The columns of ``plover.tsv`` that are not flags.
FIELDS = ("type", "cameo", "quad", "intensity", "sign", "verb", "asked_mode", "contradicts",
          "meaning")


@dataclass(frozen=True)
class TypeInfo:
    """One PLOVER event type (a row of ``data/plover.tsv``)."""

    type: str
    cameo: str
    quad: int
    intensity: float
    sign: int
    verb: str
    asked_mode: str | None
    contradicts: frozenset[str]
    flags: frozenset[str]
    meaning: str

    @property
    def verbal(self) -> bool:
        """A verbal act (:data:`VERBAL_QUADS`): made when it is said."""
        return self.quad in VERBAL_QUADS


@cache
def type_table() -> dict[str, TypeInfo]:
    """PLOVER type -> its row of ``data/plover.tsv``, in the file's order."""
    out = {}
    for r in data_tsv("plover.tsv"):
        flags = frozenset(k for k, v in r.items() if k not in FIELDS and v == "yes")
        out[r["type"]] = TypeInfo(r["type"], r["cameo"], int(r["quad"]), float(r["intensity"]),
                                  int(r["sign"]), r["verb"], r["asked_mode"] or None,
                                  frozenset(r["contradicts"].split()), flags, r["meaning"])
    return out


@cache
def flagged(flag: str) -> frozenset[str]:
    """The types whose ``flag`` column of ``data/plover.tsv`` says yes.

    Raises:
        SettingsError: ``plover.tsv`` has no column ``flag``.
    """
    columns = set(data_tsv("plover.tsv")[0]) - set(FIELDS)
    if flag not in columns:
        raise SettingsError(f"no PLOVER flag {flag!r} in plover.tsv; "
                            f"flags: {', '.join(sorted(columns))}")
    return frozenset(t for t, info in type_table().items() if flag in info.flags)


@cache
def incompatible() -> frozenset[frozenset[str]]:
    """Pairs of types that cannot both be true of the same actors at the same time."""
    return frozenset(frozenset({t, other}) for t, info in type_table().items()
                     for other in info.contradicts)


@cache
def mode_cameo() -> dict[tuple[str, str], str]:
    """(type, mode) -> CAMEO code, for the modes that decide the code (``plover_modes.tsv``)."""
    return {(r["type"], r["mode"]): r["cameo"] for r in data_tsv("plover_modes.tsv") if r["cameo"]}


@cache
def modes_of(kind: str, origin: str | None = None) -> frozenset[str]:
    """The modes of a type (``plover_modes.tsv``): every one, or those of one ``origin``
    (``"PLOVER"``: the codebook's; ``"storyline"``: the ones storyline adds).

    >>> sorted(modes_of("AID")), sorted(modes_of("AID", "PLOVER"))
    (['asylum', 'peacekeeping'], [])
    """
    return frozenset(r["mode"] for r in data_tsv("plover_modes.tsv")
                     if r["type"] == kind and origin in (None, r["origin"]))


@cache
def cameo_intensity() -> dict[str, float]:
    """Intensity by two-digit CAMEO root (``data/cameo_roots.tsv``)."""
    return {r["cameo"]: float(r["intensity"]) for r in data_tsv("cameo_roots.tsv")}


@cache
def state_sectors() -> frozenset[str]:
    """Sectors whose bodies act for their country's state (``state_sectors`` of
    data/corpus_relations.json): "Israeli troops" act for Israel, "Homeland Security" for
    the United States; rebels, opposition and civilians do not.

    >>> sorted(state_sectors())[:3]
    ['COP', 'GOV', 'JUD']
    """
    return frozenset(data_json("corpus_relations.json")["state_sectors"]["sectors"])
