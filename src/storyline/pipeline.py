"""Per-article stages and their assembly into a pipeline.

A stage is a plain function ``(Article, Settings) -> Article`` declared with the
Article fields it reads and writes. :func:`assemble` checks, before anything
runs, that every field a stage reads is present in the input or written by an
earlier stage, and names the stage that breaks it.

>>> from storyline.model import Article
>>> @stage(reads=("raw",), writes=("body",))
... def copy(article, settings):
...     article.body = article.raw
...     return article
>>> pipe = assemble([copy])
>>> pipe.run(Article(id="a", source="-", raw="x"), Settings()).body
'x'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .errors import PipelineError
from .model import Article
from .settings import Settings

StageFn = Callable[[Article, Settings], Article]

#: Fields an Article carries when it leaves the reader.
INPUT_FIELDS = frozenset(
    {"id", "source", "raw", "format", "line", "outlet", "title", "url", "published"}
)


@dataclass(frozen=True)
class Stage:
    name: str
    fn: StageFn
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    version: str

    def __call__(self, article: Article, settings: Settings) -> Article:
        return self.fn(article, settings)


def stage(
    reads: Sequence[str], writes: Sequence[str], version: str = "1", name: str | None = None
) -> Callable[[StageFn], Stage]:
    """Declare a function as a per-article stage."""

    def wrap(fn: StageFn) -> Stage:
        return Stage(name or fn.__name__, fn, tuple(reads), tuple(writes), version)

    return wrap


@dataclass(frozen=True)
class Pipeline:
    stages: tuple[Stage, ...]

    def run(self, article: Article, settings: Settings) -> Article:
        for st in self.stages:
            article = st(article, settings)
        return article

    @property
    def version(self) -> str:
        """Names and versions of the stages, for cache fingerprints."""
        return ";".join(f"{s.name}@{s.version}" for s in self.stages)


def assemble(stages: Sequence[Stage], available: frozenset[str] = INPUT_FIELDS) -> Pipeline:
    """Check stage declarations in order and build a :class:`Pipeline`.

    Raises:
        PipelineError: a stage reads a field nobody before it writes.
    """
    have = set(available)
    for st in stages:
        missing = [f for f in st.reads if f not in have]
        if missing:
            raise PipelineError(
                f"stage '{st.name}' reads {', '.join(missing)}, which no earlier stage writes; "
                f"order: {', '.join(s.name for s in stages)}"
            )
        have.update(st.writes)
    return Pipeline(tuple(stages))
