"""Where the corpus stages run their per-item and per-group work.

The heavy corpus stages do the same work for every article or event (quotes of an
article), or for every group of items that share a key (the mentions of one event
key, the events of one actor pair). They hand that work to an :class:`Aggregator`
as plain module-level functions ``fn(item, context)``, ``emit(item, context)`` and
``reduce(values, context)``, so the logic lives in one place and runs unchanged in
this process (:data:`IN_PROCESS`, the local engine) or as Spark jobs
(:class:`storyline.engines.spark.SparkAggregator`). Both give the same results in
the same order: ``flat_map`` keeps item order, and ``group`` hands each group its
values in emission order and concatenates the groups' results in key order.

>>> def words(text, _context):
...     return text.split()
>>> def by_letter(word, _context):
...     return [(word[0], word)]
>>> def joined(values, sep):
...     return [sep.join(values)]
>>> IN_PROCESS.flat_map(["b a", "c"], words, None)
['b', 'a', 'c']
>>> IN_PROCESS.group(["bob", "al", "bea"], by_letter, joined, "+")
['al', 'bob+bea']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
V = TypeVar("V")
R = TypeVar("R")

#: ``fn(item, context)``: the rows of one item.
MapFn = Callable[[T, Any], Iterable[R]]
#: ``emit(item, context)``: the ``(key, value)`` pairs of one item.
EmitFn = Callable[[T, Any], Iterable[tuple[str, V]]]
#: ``reduce(values, context)``: the rows of one group.
ReduceFn = Callable[[list[V], Any], Iterable[R]]


class Aggregator(Protocol):
    """Runs the per-item and per-group work of a corpus stage."""

    def flat_map(self, items: Sequence[T], fn: MapFn[T, R], context: Any) -> list[R]:
        """``fn(item, context)`` for every item, the rows concatenated in item order."""
        ...

    def group(self, items: Sequence[T], emit: EmitFn[T, V], reduce: ReduceFn[V, R],
              context: Any) -> list[R]:
        """The values ``emit`` gives for each item, grouped by key (a string);
        ``reduce(values, context)`` for each group, its values in emission order
        (item order, then the order ``emit`` gave them); the rows concatenated in
        key order."""
        ...


class InProcess:
    """The :class:`Aggregator` that runs everything in this process."""

    def flat_map(self, items: Sequence[T], fn: MapFn[T, R], context: Any) -> list[R]:
        return [row for item in items for row in fn(item, context)]

    def group(self, items: Sequence[T], emit: EmitFn[T, V], reduce: ReduceFn[V, R],
              context: Any) -> list[R]:
        groups: dict[str, list[V]] = defaultdict(list)
        for item in items:
            for key, value in emit(item, context):
                groups[key].append(value)
        return [row for key in sorted(groups) for row in reduce(groups[key], context)]


#: The aggregator of the local engine (and of :func:`storyline.corpus.compute` by default).
IN_PROCESS: Aggregator = InProcess()
