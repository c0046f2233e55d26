"""Acronyms an article gives a name: "the Baloch Liberation Army, or BLA,", "the Government
of National Accord (GNA)".

An acronym joined to the name before it by "or", or in parentheses after it, that spells
the initials of the name's last capitalised words is another name of the same actor, there
and wherever the article uses it again: one actor, not two joined by "or".

>>> spells("Baloch Liberation Army", "BLA"), spells("The Nigerian Union of Teachers", "NUT")
(True, True)
>>> spells("Libya's Government of National Accord", "GNA"), spells("Amnesty", "AI")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: The acronym right after a name: ", or BLA", " or the BLA", " (GNA)", " (PML-Q)".
_AFTER = re.compile(r"(?:,? or (?:the )?|\s?\()(?P<acronym>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)"
                    r"(?=\)|[^\w-])")
#: Words whose capital letter is no initial of a name ("*The* Nigerian Union").
_DETERMINERS = frozenset({"the", "a", "an"})
_WORD = re.compile(r"[\w.'’]+")


#: Small words some acronyms spell too ("Economic Community *of* West African States":
#: ECOWAS), where most leave them out ("Nigerian Union of Teachers": NUT).
_SPELLED_LINKS = frozenset({"of"})


def _initials(name: str, links: frozenset[str] = frozenset()) -> list[str]:
    """Each capitalised word's initial, all letters of a word in capitals ("UN Support
    Mission" -> UN, S, M), and the initial of each small word of ``links``; hyphenated
    parts count as words ("Muslim League-Quaid")."""
    out = []
    for word in _WORD.findall(name.replace("-", " ")):
        word = re.sub(r"['’]s$", "", word)
        letters = word.replace(".", "")
        if letters in links:
            out.append(letters[0].upper())
            continue
        if not letters[:1].isupper() or letters.lower() in _DETERMINERS:
            continue
        out.append(letters if letters.isupper() and letters.isalpha() else letters[0])
    return out


def spells(name: str, acronym: str) -> bool:
    """Whether ``acronym`` spells the initials of the last capitalised words of ``name``,
    with or without its small words "of" (:data:`_SPELLED_LINKS`)."""
    return any(_spells(_initials(name, links), acronym)
               for links in (frozenset(), _SPELLED_LINKS))


def _spells(initials: list[str], acronym: str) -> bool:
    letters = acronym.replace("-", "")
    if len(letters) < 2:
        return False
    tail = ""
    for initial in reversed(initials):
        tail = initial + tail
        if tail == letters:
            return True
        if len(tail) >= len(letters):
            return False
    return False


def aliases(text: str, names: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int, int, int]]:
    """For each name span ``(start, end)`` of ``text`` followed by an acronym it spells, and
    for each later or earlier use of that acronym as a word of ``text``: ``(start, end,
    name_start, name_end)``.

    >>> text = "The Baloch Liberation Army, or BLA, struck. BLA said so."
    >>> [text[s:e] for s, e, _, _ in aliases(text, [(4, 26)])]
    ['BLA', 'BLA']
    """
    found: dict[str, tuple[int, int]] = {}
    for start, end in sorted(names):
        match = _AFTER.match(text, end)
        if match and match["acronym"] not in found and spells(text[start:end],
                                                                match["acronym"]):
            found[match["acronym"]] = (start, end)
    if not found:
        return
    uses = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, found)) + r")(?![\w-])")
    for use in uses.finditer(text):
        if not _in_capitals(text, use.start(), use.end()):
            yield (use.start(), use.end(), *found[use[1]])


def within(text: str, start: int, end: int, use: tuple[int, int]) -> bool:
    """Whether the mention ``[start, end)`` of ``text`` is the acronym's actor by its words:
    the acronym at ``use`` is its first or its last word and every other word is a common
    word ("BLA fighters", "the banned BLA", "NUT leaders"), where a mention naming another
    name ("the BLA and Pakistan") is not.

    >>> t = "BLA fighters and the banned BLA met BLA Pakistan."
    >>> within(t, 0, 12, (0, 3)), within(t, 17, 31, (28, 31)), within(t, 36, 48, (36, 39))
    (True, True, False)
    """
    if not start <= use[0] < use[1] <= end or (start, end) == use:
        return False
    before, after = text[start:use[0]].split(), text[use[1]:end].split()
    if before and after:
        return False
    return all(word[:1].islower() or word.replace(",", "").isdigit()
               for word in before + after)


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)`` stands beside another word all in capitals
    ("WHAT IS NEXT FOR SYRIA"): a line or transcript in capitals, where "IS" is a verb.

    >>> t = "WHAT IS NEXT. The IS struck."
    >>> _in_capitals(t, 5, 7), _in_capitals(t, 18, 20)
    (True, False)
    """
    before = re.search(r"([A-Za-z]+)[^\w\n]{1,3}$", text[max(0, start - 40):start])
    after = re.match(r"[^\w\n]{1,3}([A-Za-z]+)", text[end:end + 40])
    return any(m is not None and len(m[1]) > 1 and m[1].isupper() for m in (before, after))
