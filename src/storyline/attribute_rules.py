"""A faster, exact stand-in for the matching step of spaCy's attribute ruler.

``en_core_web_sm``'s ``attribute_ruler`` maps fine tags to coarse POS and
morphology with 179 rules. spaCy runs them through its general token Matcher,
which evaluates every rule's predicates on every token and costs about as much
as the parser. The rules look at a token's tag, lower-case form, dependency
label and whether it is a space, and nothing else, so which of them a token
satisfies is a function of those four values: :class:`RuleIndex` works that
out once per distinct combination and remembers it; a rule over two tokens
matches where both satisfy it. Rules that use anything more (operators, other
attributes) would still go through a Matcher holding just them. The matches are
then applied by spaCy's own ``set_annotations``, in spaCy's order, so the
annotations are identical.

The remembered combinations stay few however long the corpus: a lower-case form
that no rule names is remembered as "any other word".

>>> from storyline import resources
>>> nlp = resources.nlp()
>>> [t.pos_ for t in nlp("He said nothing.")]
['PRON', 'VERB', 'PRON', 'PUNCT']
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.matcher import Matcher
from spacy.tokens import Doc

#: Token attributes a single-token rule may test and still be indexed.
INDEXED = ("TAG", "LOWER", "DEP", "IS_SPACE")
_IDS = (TAG, LOWER, DEP, IS_SPACE)
Spec = dict[str, Any]


def _indexable(pattern: list[Spec]) -> bool:
    """A fixed run of tokens (no operators) testing only indexed attributes."""
    return all(
        key in INDEXED and (not isinstance(want, dict) or set(want) <= {"IN", "NOT_IN", "REGEX"})
        for spec in pattern for key, want in spec.items()
    )


def _test(spec: Spec, values: dict[str, Any]) -> bool:
    for key, want in spec.items():
        have = values[key]
        if isinstance(want, dict):
            if "IN" in want and have not in want["IN"]:
                return False
            if "NOT_IN" in want and have in want["NOT_IN"]:
                return False
            if "REGEX" in want and not (have and re.search(want["REGEX"], have)):
                return False
        elif have != want:
            return False
    return True


class _Key(NamedTuple):
    """What the rules say about one kind of token."""

    whole: tuple[tuple[int, int], ...]  # (rule id, match id) of one-token patterns it matches
    starts: tuple[int, ...]  # longer patterns whose first token it matches
    fits: frozenset[tuple[int, int]]  # (pattern, position) of later tokens it matches


class RuleIndex:
    """The matching of one ``AttributeRuler``, looked up by kind of token.

    ``match(doc)`` returns what ``AttributeRuler.match(doc)`` returns.
    """

    def __init__(self, ruler: Any) -> None:
        strings = ruler.vocab.strings
        self.strings = strings
        self.patterns: list[tuple[int, int, list[Spec]]] = []  # (rule id, match id, tokens)
        self.other = Matcher(ruler.vocab, validate=False)
        for rule_id in range(len(ruler.attrs)):
            key = str(rule_id)
            _, patterns = ruler.matcher.get(key)
            if all(_indexable(p) for p in patterns):
                self.patterns.extend((rule_id, strings[key], p) for p in patterns)
            else:
                self.other.add(key, patterns)
        words: set[str] = set()
        regexes: list[str] = []
        for _, _, pattern in self.patterns:
            for spec in pattern:
                want = spec.get("LOWER")
                if isinstance(want, dict):
                    words.update(*(v for k, v in want.items() if k != "REGEX"))
                    regexes.extend(v for k, v in want.items() if k == "REGEX")
                elif want is not None:
                    words.add(want)
        self.words = np.array(sorted(strings.add(w) for w in words), dtype=np.uint64)
        self.regex = re.compile("|".join(f"(?:{r})" for r in regexes)) if regexes else None
        self.seen: dict[tuple[int, ...], _Key] = {}

    def _key(self, key: tuple[int, ...]) -> _Key:
        tag, lower, dep, space = key
        values = {
            "TAG": self.strings[tag] if tag else "",
            "LOWER": self.strings[lower] if lower else None,
            "DEP": self.strings[dep] if dep else "",
            "IS_SPACE": bool(space),
        }
        whole, starts, fits = [], [], set()
        for n, (rule, match, pattern) in enumerate(self.patterns):
            for pos, spec in enumerate(pattern):
                if not _test(spec, values):
                    continue
                if len(pattern) == 1:
                    whole.append((rule, match))
                elif pos == 0:
                    starts.append(n)
                else:
                    fits.add((n, pos))
        return _Key(tuple(whole), tuple(starts), frozenset(fits))

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The rules matching ``doc``: ``(rule id, match id, start, end)``, sorted."""
        matches: list[tuple[int, int, int, int]] = []
        if len(doc):
            rows = doc.to_array(list(_IDS)).astype(np.uint64).reshape(len(doc), len(_IDS))
            unnamed = ~np.isin(rows[:, 1], self.words)
            if self.regex is not None:
                lowers = np.unique(rows[unnamed, 1]).tolist()
                fit = [h for h in lowers if self.regex.search(self.strings[h])]
                unnamed &= ~np.isin(rows[:, 1], np.array(fit, dtype=np.uint64))
            rows[unnamed, 1] = 0  # words no rule names or may match are all alike
            keys, inverse = np.unique(rows, axis=0, return_inverse=True)
            kinds = []
            for key in map(tuple, keys.tolist()):
                kind = self.seen.get(key)
                if kind is None:
                    kind = self.seen[key] = self._key(key)
                kinds.append(kind)
            tokens = [kinds[k] for k in inverse.ravel().tolist()]
            for i, kind in enumerate(tokens):
                matches.extend((rule, match, i, i + 1) for rule, match in kind.whole)
                for n in kind.starts:
                    rule, match, pattern = self.patterns[n]
                    end = i + len(pattern)
                    if end <= len(tokens) and all(
                        (n, pos) in tokens[i + pos].fits for pos in range(1, len(pattern))
                    ):
                        matches.append((rule, match, i, end))
        if len(self.other):
            strings = self.strings
            matches.extend((int(strings[m]), m, s, e)
                           for m, s, e in self.other(doc, allow_missing=True, as_spans=False))
        matches.sort()
        return matches


def install(nlp: Any) -> None:
    """Give the ``attribute_ruler`` of ``nlp`` (if any) the indexed matching."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.match = RuleIndex(ruler).match
