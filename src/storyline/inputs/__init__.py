"""The input of a run, the same for ``analyze`` and ``build``: every file read once
(:mod:`storyline.inputs.read`), then the run-level repetition step.

The repetition step (:mod:`storyline.inputs.repetition`) finds the lines that the
articles of the run repeat word for word (site menus, footers, teaser lists) and
hands each article its own, for ``clean`` to remove. It needs every text of the run
before the first article is analysed, so the run's items are read once and kept;
both commands get them from :func:`read_run`, so the same inputs give the same
articles either way.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> for name, news in (("a", "Talks resumed in Oslo."), ("b", "Sanctions were extended.")):
...     _ = (d / f"{name}.txt").write_text(f"Sign up to our newsletter today\\n\\n{news}")
>>> run = read_run([str(d)], Settings())
>>> run.articles, [len(a._repeated) for a in run]
(2, [1, 1])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Article
from ..settings import Settings
from . import repetition
from .read import Item, read_inputs


class Run:
    """The items of a run, in input order, and how many articles it holds.

    With the repetition step every input is read before the first item is given, so
    :attr:`articles` is the run's count from the start (a progress bar's total, without
    reading the inputs a second time); without it the inputs stream, and
    :attr:`articles` counts those read so far until :attr:`complete`.
    """

    def __init__(self, paths: Iterable[str], settings: Settings) -> None:
        items: Iterable[Item] = read_inputs(paths, settings)
        self.articles = 0
        self.complete = False
        if settings.clean and settings.repetition:
            listed = list(items)
            self.articles = sum(isinstance(a, Article) for a in listed)
            self.complete = True
            items = repetition.mark(listed, repetition.repeated_lines(
                a.raw for a in listed if isinstance(a, Article)))
        self._items = items

    def __iter__(self) -> Iterator[Item]:
        for item in self._items:
            if not self.complete and isinstance(item, Article):
                self.articles += 1
            yield item
        self.complete = True


def read_run(paths: Iterable[str], settings: Settings) -> Run:
    """The articles, skips and notices of ``paths``, in input order, each file read once,
    each article marked with the lines the run repeats (when ``clean`` and
    ``repetition`` are on)."""
    return Run(paths, settings)
