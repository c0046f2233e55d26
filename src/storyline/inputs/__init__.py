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
>>> [len(a._repeated) for a in read_run([str(d)], Settings())]
[1, 1]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Article
from ..settings import Settings
from . import repetition
from .read import Item, read_inputs


def read_run(paths: Iterable[str], settings: Settings) -> Iterator[Item]:
    """The articles, skips and notices of ``paths``, in input order, each file read once,
    each article marked with the lines the run repeats (when ``clean`` and
    ``repetition`` are on)."""
    items = read_inputs(paths, settings)
    if not (settings.clean and settings.repetition):
        return items
    listed = list(items)
    repeated = repetition.repeated_lines(a.raw for a in listed if isinstance(a, Article))
    return repetition.mark(listed, repeated)
