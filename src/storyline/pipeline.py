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
BatchFn = Callable[[list[Article], Settings], list[Article]]

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
    #: Optional: the same work over many articles at once (e.g. ``nlp.pipe``); it must
    #: return the articles in order and give the same result as ``fn`` on each.
    batch: BatchFn | None = None
    #: Optional: builds what the stage reads ahead of the articles (large tables), so that
    #: an engine loads it once per process before it freezes what is loaded.
    load: Callable[[Settings], None] | None = None

    def __call__(self, article: Article, settings: Settings) -> Article:
        return self.fn(article, settings)


def stage(
    reads: Sequence[str],
    writes: Sequence[str],
    version: str = "1",
    name: str | None = None,
    batch: BatchFn | None = None,
    load: Callable[[Settings], None] | None = None,
) -> Callable[[StageFn], Stage]:
    """Declare a function as a per-article stage.

    ``batch``, when given, does the stage's work over a list of articles at once;
    :meth:`Pipeline.run_batch` uses it. ``load``, when given, builds the stage's tables
    ahead of the articles (:meth:`Pipeline.load`).
    """

    def wrap(fn: StageFn) -> Stage:
        return Stage(name or fn.__name__, fn, tuple(reads), tuple(writes), version, batch,
                     load)

    return wrap


@dataclass(frozen=True)
class Pipeline:
    stages: tuple[Stage, ...]

    def load(self, settings: Settings) -> None:
        """Build what every stage reads ahead of the articles (each stage's ``load``)."""
        for st in self.stages:
            if st.load is not None:
                st.load(settings)

    def run(self, article: Article, settings: Settings) -> Article:
        for st in self.stages:
            article = st(article, settings)
        return article

    def run_batch(
        self, articles: Sequence[Article], settings: Settings
    ) -> list[Article | Exception]:
        """Run the pipeline over several articles, in order, stage by stage.

        A stage with a ``batch`` function gets all live articles at once. An article
        whose stage raises leaves the batch: its place in the result holds the
        exception and later stages skip it. If a batch function raises, the stage
        runs article by article to find which one failed.

        >>> @stage(reads=("raw",), writes=("body",))
        ... def first(article, settings):
        ...     article.body = article.raw[0]
        ...     return article
        >>> out = assemble([first]).run_batch([Article(id="a", source="-", raw="x"),
        ...                                   Article(id="b", source="-", raw="")], Settings())
        >>> out[0].body, type(out[1]).__name__
        ('x', 'IndexError')
        """
        out: list[Article | Exception] = list(articles)
        for st in self.stages:
            live = [i for i, a in enumerate(out) if isinstance(a, Article)]
            if st.batch is not None and len(live) > 1:
                try:
                    done = st.batch([out[i] for i in live], settings)  # type: ignore[misc]
                except Exception:  # noqa: BLE001 - retried one by one below
                    pass
                else:
                    for i, article in zip(live, done, strict=True):
                        out[i] = article
                    continue
            for i in live:
                try:
                    out[i] = st(out[i], settings)  # type: ignore[arg-type]
                except Exception as exc:  # noqa: BLE001 - one bad article must not end the run
                    out[i] = exc
        return out

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
