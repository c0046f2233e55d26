"""Merge the actors of many articles into one registry.

Each article resolves its actors locally; the ids are meant to be the same
across articles for the same identity, but spellings drift ("Guaidó", "Guaido",
"Guiado"), bare surnames stand for people named in full elsewhere ("Lavrov"),
and a role told in one article ("Russian Foreign Minister Sergei Lavrov")
names the person behind a role-only mention in another ("Russia's foreign
minister"). The registry merges those, and only those:

1. the same id, or the same folded name, is one actor; an actor an article
   could only give by its words ("U.S.") joins the one identified actor with
   those words as a name or mention ("US", USA);
2. person and organisation names of the same length whose spellings differ by
   a few letters merge (each word alike, the whole name closer still); for people
   each word must be a spelling of the other ("Sergei"/"Sergey", "Guaidó"/"Guiado"),
   never merely alike in its letters ("Mike Lee"/"Mike Leahy", "Ivana"/"Ivanka");
3. one person named with and without a middle name or initial, or by a short form
   of the given name (``given_names.json``), is one actor ("John Q. Smith", "John
   Smith"; "Jim Risch", "James Risch"); a name without a middle one joins only when
   all its fuller forms are one person and its given name does not open a compound
   one ("Abdul Ali" is not "Abdul Rahman Ali"), and a suffix ("Jr.") is part of the
   surname;
4. a one-word person name merges with the one full name in the corpus ending
   in that word, when there is exactly one, and so does a two-word name that ends
   one longer name only ("Taylor Greene" of "Marjorie Taylor Greene");
5. a person mention made only of a role merges with the one person the corpus
   gives that role (country and title), when there is exactly one.

A shared surname or first name is never enough, so "Mike Pence" and "Karen
Pence" stay two people. Merges never join actors of different kinds or
countries, so "Delcy Rodríguez" and "Jorge Rodríguez", or the same title in two
countries, stay apart; intergovernmental bodies and their organs come with ids of
their own from the articles and are never merged by likeness; a country's sector
(``VEN.GOV``) is never merged into a person, and is named from the country's people
and the sector ("Venezuelan government"), whatever words the articles used; the
groups no article placed in a country (``CVL``) are named by their sector. Only
short labels read as roles ("Russian Foreign Minister", not "who led the coup
against Maduro"). Blocking keeps the fuzzy comparisons near linear in the number of
distinct names.

>>> reg = build([{"article_key": "a", "outlet": "X", "actors": [
...     {"id": "juan_guaido", "name": "Juan Guaidó", "kind": "person", "country": "VEN"}]},
...     {"article_key": "b", "outlet": "Y", "actors": [
...     {"id": "juan_guiado", "name": "Juan Guiado", "kind": "person", "country": None}]}])
>>> reg.resolve({"id": "juan_guiado"}), len(reg.actors)
('juan_guaido', 1)
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from ..stages.actors.lexicon import is_sector_id, sector_name
from ..stages.actors.people import (
    PARTICLES,
    close,
    compound_heads,
    family_name_first,
    given_name_groups,
    name_words,
    same_given_name,
)
from .articles import Article, actor_refs, fold, key_of, outlet_of, relations
from .framing import own_voice

#: Whole-name similarity (0-100) two spellings of one name must reach.
NAME_SIMILARITY = 88.0
#: Similarity each word of the two spellings must reach.
WORD_SIMILARITY = 70.0
_FUZZY_KINDS = frozenset({"person", "org", "group", None})
#: Labels longer than this many words are descriptions, not roles.
ROLE_WORDS = 4
_CLAUSE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "after", "when", "because"})
_FUNCTION_WORDS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "both"})
_PLURAL = {"name": "names", "text": "texts", "kind": "kinds", "country": "countries",
           "sector": "sectors"}


def local_id(ref: dict[str, Any]) -> str:
    """The id an article gives an actor reference; a slug of its name when it has none.

    >>> local_id({"id": None, "name": "The Lima Group"})
    'the_lima_group'
    """
    if ref.get("id"):
        return str(ref["id"])
    return re.sub(r"\W+", "_", fold(ref.get("name") or ref.get("text") or "")).strip("_") or "?"


@dataclass
class _Node:
    """Everything the corpus says about one local actor id."""

    id: str
    names: Counter[str] = field(default_factory=Counter)
    texts: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    sectors: Counter[str] = field(default_factory=Counter)
    labels: Counter[tuple[str, str]] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    mentions: int = 0
    anonymous: bool = True  # no article gave it an id: its id is a slug of its name

    @property
    def name(self) -> str:
        return _top(self.names) or self.id

    @property
    def kind(self) -> str | None:
        return _top(self.kinds)

    @property
    def country(self) -> str | None:
        return _top(self.countries)


def _top(counter: Counter[str]) -> str | None:
    """The most common key, ties broken alphabetically (deterministic)."""
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counter else None


@dataclass
class Registry:
    """Corpus actor ids for the actors of every article, and the ``actors`` view.

    Attributes:
        actors: the ``actors`` view rows (docs/CORPUS.md), sorted by ``actor_id``.
    """

    _ids: dict[str, str]
    actors: list[dict[str, Any]]
    _by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id = {a["actor_id"]: a for a in self.actors}

    def resolve(self, ref: Any) -> str:
        """The corpus actor id of an actor reference (a dict or a bare local id)."""
        lid = local_id(ref) if isinstance(ref, dict) else str(ref)
        return self._ids.get(lid, lid)

    def name(self, actor_id: str) -> str:
        """The display name of a corpus actor."""
        row = self._by_id.get(actor_id)
        return row["name"] if row else actor_id

    def get(self, actor_id: str) -> dict[str, Any] | None:
        """The ``actors`` view row of a corpus actor."""
        return self._by_id.get(actor_id)


class _Union:
    """Union-find over local ids that refuses merges across kinds or countries."""

    def __init__(self, nodes: dict[str, _Node]) -> None:
        self.parent = {i: i for i in nodes}
        self.kind = {i: ({n.kind} - {None}) for i, n in nodes.items()}
        self.country = {i: ({n.country} - {None}) for i, n in nodes.items()}

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def compatible(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        return len(self.kind[ra] | self.kind[rb]) <= 1 and (
            len(self.country[ra] | self.country[rb]) <= 1
        )

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not self.compatible(ra, rb):
            return False
        keep, drop = sorted((ra, rb))
        self.parent[drop] = keep
        self.kind[keep] |= self.kind.pop(drop)
        self.country[keep] |= self.country.pop(drop)
        return True


def _collect(articles: Iterable[Article], duplicates: set[str]) -> dict[str, _Node]:
    nodes: dict[str, _Node] = {}
    for article in articles:
        akey, outlet = key_of(article), outlet_of(article)
        counts: dict[str, int] = {}
        labels: Counter[tuple[str, str, str]] = Counter()
        said = fold(article.get("body") or "")
        own = fold(own_voice(article)) if article.get("quotes") else said
        for where, ref in actor_refs(article):
            lid = local_id(ref)
            node = nodes.setdefault(lid, _Node(lid))
            node.anonymous = node.anonymous and not ref.get("id")
            if where == "actor" or lid not in counts:
                for attr in ("name", "text", "kind", "country", "sector"):
                    if ref.get(attr):
                        getattr(node, _PLURAL[attr])[ref[attr]] += 1
            if where == "actor":
                counts[lid] = max(1, len(ref.get("mentions") or []))
                # A label found in the text only inside quote marks is the speaker's word.
                labels.update((lid, label, outlet) for label in ref.get("labels") or []
                              if fold(label) in own or fold(label) not in said)
            else:
                counts.setdefault(lid, 1)
        if akey in duplicates:
            continue
        for lid, n in counts.items():
            nodes[lid].mentions += n
            nodes[lid].articles.add(akey)
            nodes[lid].outlets.add(outlet)
        for (lid, label, site), n in labels.items():
            nodes[lid].labels[(label, site)] += n
    return nodes


def _merge_same_names(nodes: dict[str, _Node], union: _Union) -> None:
    by_name: dict[str, list[str]] = defaultdict(list)
    for lid, node in sorted(nodes.items()):
        if node.anonymous:
            continue
        for name in node.names or {node.id: 1}:
            if fold(name):
                by_name[fold(name)].append(lid)
    for ids in by_name.values():
        for other in ids[1:]:
            union.union(ids[0], other)


def _merge_aliases(nodes: dict[str, _Node], union: _Union) -> None:
    """An actor known only by its words ("U.S.") joins the one identified actor
    whose name or mention text is the same once folded ("US" for USA)."""
    known: dict[str, set[str]] = defaultdict(set)
    for lid, node in nodes.items():
        if not node.anonymous:
            for alias in (*node.names, *node.texts):
                known[fold(alias)].add(lid)
    for lid, node in sorted(nodes.items()):
        if node.anonymous:
            roots = {union.find(i) for i in known.get(fold(node.name), ())}
            if len(roots) == 1:
                union.union(lid, roots.pop())


def _similar(a: list[str], b: list[str], person: bool) -> bool:
    """Whether two names are spellings of one: the whole name close, and each word too.

    For people each word must be a spelling of the other word (:func:`close`, the given
    name :func:`same_given_name`): "Mike Lee" is not "Mike Leahy", "Ivana Trump" not
    "Ivanka Trump", however alike the letters.
    """
    if len(a) != len(b) or fuzz.ratio(" ".join(a), " ".join(b)) < NAME_SIMILARITY:
        return False
    if person:
        return same_given_name(a[0], b[0]) and all(
            close(x, y) for x, y in zip(a[1:], b[1:], strict=True))
    return all(fuzz.ratio(x, y) >= WORD_SIMILARITY for x, y in zip(a, b, strict=True))


def _merge_spellings(nodes: dict[str, _Node], union: _Union) -> None:
    blocks: dict[tuple[Any, ...], list[tuple[str, list[str]]]] = defaultdict(list)
    for lid, node in sorted(nodes.items()):
        if node.kind not in _FUZZY_KINDS:
            continue
        tokens = fold(node.name).split()
        if not tokens or len(" ".join(tokens)) < 5:
            continue
        last = tokens[-1]
        for block in ((len(tokens), last[:2]), (len(tokens), last[-2:])):
            blocks[(node.kind, *block)].append((lid, tokens))
    for (kind, *_), members in blocks.items():
        for i, (a, ta) in enumerate(members):
            for b, tb in members[i + 1 :]:
                if union.find(a) != union.find(b) and _similar(ta, tb, kind == "person") \
                        and not (is_sector_id(a) and is_sector_id(b)):
                    # two sectors of a country are two actors however alike their names
                    # ("Central African military", "Central African militias")
                    union.union(a, b)


@dataclass(frozen=True)
class _Name:
    """A personal name cut into given name, middle names, surname and suffix."""

    given: str
    middle: tuple[str, ...]
    surname: str
    suffix: str

    @classmethod
    def of(cls, text: str) -> _Name | None:
        words = [w.replace(".", "") for w in name_words(text) if w not in PARTICLES]
        surname, _, suffix = words[-1].partition("_") if words else ("", "", "")
        words = [*words[:-1], surname]
        if len(words) < 2 or not all(w.isalpha() for w in words):
            return None
        return cls(words[0], tuple(words[1:-1]), surname, suffix)

    def middle_fits(self, other: _Name) -> bool:
        """Whether the middle names agree: the same, by initials ("Q." and "Quincy")."""
        if len(self.middle) != len(other.middle):
            return False
        return all(x[0] == y[0] and (len(x) == 1 or len(y) == 1 or close(x, y))
                   for x, y in zip(self.middle, other.middle, strict=True))


def _merge_middle_names(nodes: dict[str, _Node], union: _Union) -> None:
    """One person named with and without a middle name or initial, or by a short form of
    the given name ("John Q. Smith", "John Quincy Smith", "John Smith"; "Jim Risch",
    "James Risch"), is one actor. A name without a middle name joins only when every
    fuller form fits one person ("George Bush" stays apart from "George W. Bush" when
    "George H. W. Bush" is named too)."""
    blocks: dict[tuple[str, str], list[tuple[str, _Name]]] = defaultdict(list)
    for lid, node in sorted(nodes.items()):
        if node.kind != "person" or is_sector_id(lid):
            continue
        name = _Name.of(node.name)
        if name is not None:
            blocks[(name.surname, name.suffix)].append((lid, name))
    for members in blocks.values():
        if len(members) < 2:
            continue
        for i, (a, na) in enumerate(members):
            for b, nb in members[i + 1:]:
                if same_given_name(na.given, nb.given) and na.middle_fits(nb):
                    union.union(a, b)  # also "J.D. Vance" and "JD Vance"
        for a, na in members:
            if na.middle or (na.given in compound_heads()):
                continue  # "Abdul Ali" may be anyone named Abdul-something Ali
            fuller = {union.find(b) for b, nb in members
                      if nb.middle and same_given_name(na.given, nb.given)}
            if len(fuller) == 1:
                union.union(a, fuller.pop())


def _role_keys(text: str) -> list[str]:
    tokens = [t for t in fold(text).split() if t.isalpha()]
    return [" ".join(tokens[-n:]) for n in (3, 2, 1) if len(tokens) >= n]


def _roles(node: _Node) -> list[str]:
    """The labels of an actor that read as a role ("Russian Foreign Minister"), not as a
    description ("who led the coup against Maduro")."""
    out = []
    for label, _outlet in sorted(node.labels):
        words = fold(label).split()
        if 0 < len(words) <= ROLE_WORDS and not _CLAUSE_WORDS & set(words):
            out.append(label)
    return out


@dataclass
class _People:
    """Who in the corpus has a full name, and which mentions are only a role."""

    full: dict[str, list[str]]  # id -> folded words of a full name
    role_only: set[str]  # ids of person mentions made only of role words


def _people(nodes: dict[str, _Node]) -> _People:
    vocabulary: set[str] = set()
    heads: set[str] = set()
    for node in nodes.values():
        for label in _roles(node):
            tokens = fold(label).split()
            vocabulary.update(tokens)
            heads.add(tokens[-1])
    full, role_only = {}, set()
    for lid, node in nodes.items():
        if node.kind != "person" or is_sector_id(lid):
            continue
        tokens = fold(node.name).split()
        content = [t for t in tokens if t not in _FUNCTION_WORDS and not t.endswith("'s")]
        # A name opening with a given name is a person's ("Donald Trump"), however many
        # articles give its words as labels ("Trump" of another, "BERLIN - Donald").
        named = len(content) >= 2 and content[0] in given_name_groups()
        if content and content[-1] in heads and set(content) <= vocabulary and not named:
            role_only.add(lid)
        elif len(tokens) >= 2:
            full[lid] = tokens
    return _People(full, role_only)


def _merge_surnames(
    nodes: dict[str, _Node], union: _Union, people: _People, partial: set[str]
) -> None:
    by_last: dict[str, set[str]] = defaultdict(set)
    for lid, tokens in people.full.items():
        by_last[tokens[-1]].add(lid)
        if family_name_first(tokens):
            by_last[tokens[0]].add(lid)  # "Kim Jong Un" is Kim
    by_tail: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for lid, tokens in people.full.items():
        for n in range(2, len(tokens)):
            by_tail[tuple(tokens[-n:])].add(lid)
    for lid, node in sorted(nodes.items()):
        tokens = fold(node.name).split()
        if node.kind != "person" or is_sector_id(lid):
            continue
        if len(tokens) == 1:
            found = by_last.get(tokens[0], set())
            mates = {m for m, words in people.full.items()
                     if tokens[0] in words and nodes[m].articles & node.articles}
            if mates and not mates & found:
                continue  # "Kim" beside "Kim Jong Un": that article's Kim, not another
        elif tokens[0] in compound_heads():
            continue  # "Mohammed Khan" is not the tail of one name only
        else:
            # "Taylor Greene", "Abdel Bari": the last words of one longer name.
            found = by_tail.get(tuple(tokens), set())
        candidates = {union.find(c) for c in found}
        if len(candidates) == 1 and union.union(lid, candidates.pop()):
            partial.add(lid)


def _merge_roles(
    nodes: dict[str, _Node], union: _Union, people: _People, partial: set[str]
) -> None:
    roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for lid in people.full:
        node = nodes[lid]
        for label in _roles(node):
            for key in _role_keys(label):
                roles[(node.country or "", key)].add(lid)
    for lid in sorted(people.role_only):
        node = nodes[lid]
        for key in _role_keys(node.name):
            found = {union.find(p) for p in roles.get((node.country or "", key), ())}
            if found:
                if len(found) == 1 and union.union(lid, found.pop()):
                    partial.add(lid)
                break


def _row(members: list[_Node], partial: set[str]) -> dict[str, Any]:
    head = min(members, key=lambda n: (n.id in partial, n.anonymous, -len(n.articles),
                                       -n.mentions, n.id))
    names, kinds, countries, sectors = Counter(), Counter(), Counter(), Counter()
    labels: Counter[tuple[str, str]] = Counter()
    articles: set[str] = set()
    outlets: set[str] = set()
    aliases: set[str] = set()
    for n in members:
        names.update(n.names)
        kinds.update(n.kinds)
        countries.update(n.countries)
        sectors.update(n.sectors)
        labels.update(n.labels)
        articles |= n.articles
        outlets |= n.outlets
        aliases |= set(n.names) | set(n.texts)
    # A bare sector id ("CVL") gathers the groups no article placed in a country: it is
    # named by its sector and keeps no country, whatever a stray mention said.
    bare = relations()["sector_nouns"].get(head.id)
    return {
        "actor_id": head.id,
        "name": sector_name(head.id) or bare
        or (head.name if head.names else (_top(names) or head.id)),
        "kind": _top(kinds),
        "country": None if bare else _top(countries),
        "sector": _top(sectors),
        "aliases": sorted(aliases),
        "labels": [
            {"label": label, "outlet": outlet, "count": count}
            for (label, outlet), count in sorted(labels.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "n_mentions": sum(n.mentions for n in members),
        "n_articles": len(articles),
        "n_outlets": len(outlets),
    }


def build(articles: Iterable[Article], duplicates: Iterable[str] = ()) -> Registry:
    """Merge the actors of ``articles`` into a :class:`Registry`.

    Args:
        articles: analysed article dicts (with ``article_key``).
        duplicates: keys of near-duplicate articles; their actors are resolved but not counted.

    >>> reg = build([{"article_key": "a", "actors": [
    ...     {"id": "sergei_lavrov", "name": "Sergei Lavrov", "kind": "person",
    ...      "country": "RUS", "labels": ["Russian Foreign Minister"]}]},
    ...     {"article_key": "b", "actors": [{"id": "lavrov", "name": "Lavrov", "kind": "person"}]}])
    >>> reg.resolve("lavrov"), reg.get("sergei_lavrov")["n_articles"]
    ('sergei_lavrov', 2)
    """
    nodes = _collect(articles, set(duplicates))
    union = _Union(nodes)
    _merge_same_names(nodes, union)
    _merge_aliases(nodes, union)
    _merge_spellings(nodes, union)
    _merge_middle_names(nodes, union)
    people = _people(nodes)
    partial: set[str] = set()  # ids merged as a bare surname or a role: never the head
    _merge_surnames(nodes, union, people, partial)
    _merge_roles(nodes, union, people, partial)
    groups: dict[str, list[_Node]] = defaultdict(list)
    for lid, node in nodes.items():
        groups[union.find(lid)].append(node)
    ids: dict[str, str] = {}
    rows = []
    for members in groups.values():
        row = _row(members, partial)
        rows.append(row)
        for n in members:
            ids[n.id] = row["actor_id"]
    return Registry(ids, sorted(rows, key=lambda r: r["actor_id"]))
