"""The trigger lexicon, loaded once per process.

The lexicon (``data/event_lexicon.txt``, format described at its top) maps
words, phrases and verb-argument pairs to a PLOVER type, mode, CAMEO code and
a *frame* saying how the trigger combines with other events of its sentence.
Users add or override entries with files named in ``settings.lexicon_files``.

:func:`may_hold_event` is the cheap pre-check: a lowercase word lookup in a
precompiled set of every inflected form of every typed trigger, so that a
sentence without a candidate trigger costs almost nothing.

>>> lex = lexicon(())
>>> [e.type for e in lex.single["arrest"]][:1]
['COERCE']
>>> may_hold_event("Police arrested 12 demonstrators.", ())
True
>>> may_hold_event("The weather was fine.", ())
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ... import resources
from ...errors import SettingsError
from ...ontology import type_table

FRAMES = frozenset({"event", "govern", "light", "receive", "say", "plan", "pass", "mode"})
POS_TAGS = {"V": frozenset({"VERB"}), "N": frozenset({"NOUN", "PROPN"}), "A": frozenset({"ADJ"})}
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


@dataclass(frozen=True)
class Entry:
    """One lexicon line.

    ``words`` are the lemmas of the trigger itself, ``args`` the lemmas one of
    which must be an argument of it (empty when any will do); ``spares_undergoer``
    (written ``>>``) when that argument is never what the trigger is done to: a means or
    doer of a harm verb ("*snipers* killed", "killed by *snipers*"), not its object
    ("killed suicide *bombers*" names the killed, not a suicide attack).
    """

    pattern: str
    words: tuple[str, ...]
    pos: str | None
    args: frozenset[str]
    type: str | None
    mode: str | None
    cameo: str | None
    frame: str
    spares_undergoer: bool = False

    @property
    def specificity(self) -> int:
        """How much of the sentence the entry must match; higher wins."""
        return 10 * bool(self.args) + len(self.words)


@dataclass
class Lexicon:
    """Entries indexed by the first lemma they need."""

    single: dict[str, list[Entry]] = field(default_factory=dict)
    phrases: dict[str, list[Entry]] = field(default_factory=dict)
    modes: dict[str, Entry] = field(default_factory=dict)
    forms: frozenset[str] = frozenset()
    #: Word forms of the verbs whose day dates what their speaker says: the reporting verbs
    #: ("said", "told") and the light verbs of saying ("repeated", :attr:`saying_light`).
    said_forms: frozenset[str] = frozenset()
    #: Light verbs of saying (``data/saying_light_verbs.tsv``): the saying nouns their object
    #: must be, empty when any object will do.
    saying_light: dict[str, frozenset[str]] = field(default_factory=dict)

    def tells_saying(self, verb: Any) -> bool:
        """Whether a light verb tells a statement: a light verb of saying whose object, if
        the verb needs one, is a saying noun ("repeated *his stance*", not "repeated the
        attacks")."""
        nouns = self.saying_light.get(verb.lemma_)
        return nouns is not None and (not nouns or any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in nouns for c in verb.children))

    def acts(self, lemma: str) -> bool:
        """Whether a word alone names an act ("urge", "warn"), not only a way of
        speaking ("tell", "inform") or an act with a required argument."""
        return any(e.type is not None and not e.args for e in self.single.get(lemma, ()))

    def add(self, entry: Entry) -> None:
        """Index ``entry``, replacing an entry of the same words, part of speech and
        arguments whatever its link (a user's ``kill/V > suicide`` replaces the shipped
        ``kill/V >> suicide``, and the reverse)."""
        if entry.frame == "mode":
            self.modes[entry.words[0]] = entry
            return
        table = self.phrases if len(entry.words) > 1 else self.single
        bucket = table.setdefault(entry.words[0], [])
        key = (entry.words, entry.pos, entry.args)
        bucket[:] = [e for e in bucket if (e.words, e.pos, e.args) != key]
        bucket.append(entry)
        bucket.sort(key=lambda e: -e.specificity)


def parse_line(line: str, where: str) -> Entry | None:
    """One lexicon line as an :class:`Entry` (None for blank and comment lines).

    >>> sorted(parse_line("impose > sanction|embargo | SANCTION | | 16 | event", "x").args)
    ['embargo', 'sanction']
    >>> parse_line("kill >> sniper | ASSAULT | firearms | 193 | event", "x").spares_undergoer
    True
    """
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    cols = [c.strip() for c in line.rsplit("|", 4)]
    head, linked, rest = cols[0].partition(">")
    spares = rest.startswith(">")
    rest = rest.removeprefix(">")
    args = frozenset(a.strip().lower() for a in rest.split("|") if a.strip())
    if linked and (">" in rest or not args):
        raise SettingsError(f"{where}: a link is 'words > a|b' or 'words >> a|b' (one '>' "
                            f"or two together, then the arguments), got {line!r}")
    cols[0] = head.strip()
    if len(cols) != 5:
        raise SettingsError(
            f"{where}: expected 'pattern | TYPE | mode | CAMEO | frame', got {line!r}"
        )
    pattern, type_, mode, cameo, frame = cols
    frame = frame or "event"
    type_ = None if type_ in ("", "-") else type_.upper()
    if type_ is not None and type_ not in type_table():
        raise SettingsError(f"{where}: unknown PLOVER type {type_!r}; "
                            f"known: {', '.join(type_table())}")
    if frame not in FRAMES:
        raise SettingsError(f"{where}: unknown frame {frame!r}; known: {', '.join(sorted(FRAMES))}")
    words_text, _, pos = pattern.partition("/")
    if pos and pos not in POS_TAGS:
        raise SettingsError(f"{where}: unknown part of speech /{pos}; use /V, /N or /A")
    words = tuple(words_text.lower().replace("-", " - ").split())
    if not words:
        raise SettingsError(f"{where}: empty pattern in {line!r}")
    link = " >> " if spares else " > "
    return Entry(pattern + (link + "|".join(sorted(args)) if args else ""), words,
                 pos or None, args, type_, mode or None, cameo or None, frame, spares)


def _read(text: str, where: str) -> Iterable[Entry]:
    for n, line in enumerate(text.splitlines(), 1):
        entry = parse_line(line, f"{where}:{n}")
        if entry is not None:
            yield entry


@cache
def irregular_forms() -> dict[str, tuple[str, ...]]:
    """Irregular verb forms by lemma (``data/irregular_verbs.tsv``)."""
    rows = resources.data_tsv("irregular_verbs.tsv")
    return {r["lemma"]: tuple(r["forms"].split()) for r in rows}


def inflections(lemma: str) -> set[str]:
    """Every form of an English word the pre-check should know.

    >>> {"stops", "stopped", "stopping"} <= inflections("stop")
    True
    """
    out = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        out.add(lemma[:-1] + "ing")
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" \
            and lemma[-3] not in "aeiou":
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    out.update(irregular_forms().get(lemma, ()))
    return out


@cache
def lexicon(user_files: tuple[str, ...]) -> Lexicon:
    """The shipped lexicon overlaid by the user's files, indexed.

    Raises:
        SettingsError: a user file is missing or has a malformed line.
    """
    lex = Lexicon()
    shipped = resources.data_path("event_lexicon.txt").read_text(encoding="utf-8")
    for entry in _read(shipped, "event_lexicon.txt"):
        lex.add(entry)
    for name in user_files:
        try:
            text = Path(name).read_text(encoding="utf-8")
        except OSError as exc:
            raise SettingsError(f"cannot read lexicon file {name}: {exc}") from exc
        for entry in _read(text, name):
            lex.add(entry)
    forms: set[str] = set()
    said: set[str] = set()
    for bucket in (*lex.single.values(), *lex.phrases.values()):
        for e in bucket:
            if e.type is not None:
                forms |= inflections(max(e.words, key=len))
            if e.frame == "say":
                said |= inflections(max(e.words, key=len))
    lex.saying_light = {r["verb"]: frozenset(r["objects"].split())
                        for r in resources.data_tsv("saying_light_verbs.tsv")}
    for verb in lex.saying_light:
        said |= inflections(verb)
    lex.forms, lex.said_forms = frozenset(forms), frozenset(said)
    return lex


def may_hold_event(text: str, user_files: tuple[str, ...] = ()) -> bool:
    """True when ``text`` holds a word form of some typed trigger (a cheap pre-check)."""
    forms = lexicon(user_files).forms
    return any(w in forms for w in _WORD.findall(text.lower()))

