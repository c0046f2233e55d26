"""``storyline build``: analyse new or changed inputs into a store, then recompute the views.

Incremental and idempotent: an article whose key (:func:`storyline.store.article_keys`)
is already stored with the same analysis fingerprint (storyline version, stage versions,
settings) is not analysed again; a changed file replaces the articles it gave before
(same source path and record id, new key), and records gone from a file that was read
are removed. Analysed articles are committed in small batches, and the corpus views
are replaced in one transaction after them, so a build killed at any point leaves a
consistent store that the next build completes. A rebuild over unchanged inputs
writes nothing.

>>> import tempfile, os, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("Norway hosted talks between the two sides.")
>>> report = build([str(d)], str(d / "s.duckdb"), workers=1)
>>> report.analysed, report.unchanged
(1, 0)
>>> build([str(d)], str(d / "s.duckdb"), workers=1).unchanged
1
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from .corpus import VIEWS, compute
from .errors import ExportError, SettingsError
from .inputs import read_run
from .inputs.read import expand_paths
from .model import Article, Notice, Skip
from .settings import Settings
from .store import Store, StoredArticle, article_keys, source_path

#: ``progress(results, total)``: yields the results, telling their progress; ``total()`` is
#: how many articles this build expects to analyse, as known so far.
Progress = Callable[[Iterable[Any], Callable[[], int]], Iterable[Any]]
ENGINES = ("local", "spark")
BATCH_SIZE = 32
BATCH_SECONDS = 2.0


@dataclass
class BuildReport:
    """What a build did."""

    analysed: int = 0
    unchanged: int = 0
    repeated: int = 0  # inputs identical to an earlier input of the same build
    removed: int = 0  # stored articles whose record is gone from its (changed) file
    skipped: list[Skip] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    views_changed: bool = False
    articles: int = 0
    events: int = 0
    actors: int = 0
    seconds: float = 0.0

    def lines(self) -> list[str]:
        """The counts as two lines for a terminal (the skips are in ``skipped``)."""
        rate = self.analysed / self.seconds if self.seconds else 0.0
        out = [f"articles: {self.analysed} analysed ({rate:.1f}/s), {self.unchanged} unchanged,"
               f" {len(self.skipped)} skipped, {self.removed} removed, {self.repeated} repeated",
               f"store: {self.articles} articles, {self.events} events, {self.actors} actors;"
               f" views {'updated' if self.views_changed else 'unchanged'}"]
        return out


#: Package parts whose content decides what the per-article analysis gives.
ANALYSIS_CODE = ("stages", "data", "model.py", "pipeline.py", "resources.py")


def analysis_fingerprint(settings: Settings) -> str:
    """A short hash of what an article's analysis depends on besides its text: storyline's
    version, the stages and their versions, the code and knowledge files they use, and
    the settings.

    >>> len(analysis_fingerprint(Settings()))
    16
    """
    from . import __version__
    from .engines.local import build_pipeline

    digest = hashlib.sha256(
        f"{__version__}|{build_pipeline(settings).version}|{settings.fingerprint()}".encode())
    digest.update(_code_digest().encode())
    return digest.hexdigest()[:16]


@functools.cache
def _code_digest() -> str:
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for part in ANALYSIS_CODE:
        path = root / part
        for file in sorted(path.rglob("*") if path.is_dir() else [path]):
            if file.is_file() and file.suffix != ".pyc":
                digest.update(file.relative_to(root).as_posix().encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()


def engine_module(engine: str) -> ModuleType:
    """The module of engine ``engine``: its ``run(items, settings, workers)`` analyses
    articles, its ``aggregator(settings, workers)`` gives where the corpus stages run.

    Raises:
        SettingsError: unknown engine, or its extra is not installed.
    """
    if engine not in ENGINES:
        raise SettingsError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    try:
        module = importlib.import_module(f"storyline.engines.{engine}")
    except ImportError as exc:
        raise SettingsError(f"engine {engine!r} is not available ({exc}); install it with: "
                            f"pip install 'storyline[{engine}]'") from exc
    return module


def build(
    paths: Iterable[str], db: str, settings: Settings | None = None, *, engine: str = "local",
    workers: int | None = None, progress: Progress | None = None,
    batch_size: int = BATCH_SIZE, parquet: str | None = None,
) -> BuildReport:
    """Analyse the new or changed articles under ``paths`` into the store ``db`` and
    recompute its corpus views (then write each view to ``parquet/VIEW.parquet`` when
    ``parquet`` names a folder).

    Raises:
        StoreError: the store cannot be opened (e.g. another build holds it).
        SettingsError: unknown or unavailable engine.
    """
    settings = settings or Settings()
    module = engine_module(engine)
    workers = settings.workers if workers is None else workers
    started = time.monotonic()
    report = BuildReport()
    with Store.open(db) as store, module.aggregator(settings, workers) as aggregator:
        plan = _Plan(store.fingerprints(), analysis_fingerprint(settings), report)
        paths = list(paths)
        expected = count_records(paths)
        results = module.run(plan.todo(paths, settings), settings, workers)
        batch: list[StoredArticle] = []
        flushed = time.monotonic()
        def total() -> int:  # inputs not to analyse are found as the files are read
            return max(expected - report.unchanged - report.repeated, report.analysed)

        for result in progress(results, total) if progress else results:
            stored = plan.done(result)
            if stored is not None:
                batch.append(stored)
            if len(batch) >= batch_size or (batch and time.monotonic() - flushed > BATCH_SECONDS):
                store.put_articles(batch)
                batch, flushed = [], time.monotonic()
        store.put_articles(batch)
        for path in plan.files_read:
            report.removed += store.remove_others(path, plan.keep[path])
        report.views_changed = store.replace_views(
            compute(list(store.articles()), aggregator, settings.min_confidence))
        if parquet:
            write_parquet(store, parquet)
        summary = store.summary()
    report.articles, report.events, report.actors = (
        summary["articles"], summary["events"], summary["actors"])
    report.seconds = time.monotonic() - started
    return report


def count_records(paths: Iterable[str]) -> int:
    """How many articles ``paths`` hold: one a file, one a line of a JSON Lines or CSV file
    (a quick count for a progress bar: blank lines and quoted line breaks are not told apart).
    """
    n = 0
    for path in expand_paths(paths):
        if isinstance(path, Skip) or str(path) == "-":
            continue
        if not path.is_file():
            n += 1  # a FIFO or device is refused when read, never opened here
            continue
        if path.suffix.lower() in (".jsonl", ".csv"):
            try:
                with open(path, "rb") as fh:
                    lines = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
            except OSError:
                continue
            n += max(lines - (path.suffix.lower() == ".csv"), 1)
        else:
            n += 1
    return n


def write_parquet(store: Store, folder: str) -> list[Path]:
    """Write every corpus view of ``store`` to ``folder/VIEW.parquet`` (the ``parquet``
    format of the view commands); returns the files written.

    Raises:
        ExportError: the folder or a file cannot be written.
    """
    from .export import write_view

    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create {folder}: {exc.strerror or exc}") from exc
    files = [out / f"{name}.parquet" for name in VIEWS]
    for name, file in zip(VIEWS, files, strict=True):
        write_view(store, name, "parquet", str(file))
    return files


class _Plan:
    """Decides which inputs to analyse and matches the engine's results back to them."""

    def __init__(self, stored: dict[str, str], fingerprint: str, report: BuildReport) -> None:
        self.stored = stored
        self.fingerprint = fingerprint
        self.report = report
        self.keep: dict[str, set[str]] = defaultdict(set)
        self.files_read: list[str] = []
        self.seen: set[str] = set()
        self.pending: deque[tuple[str, str, str, str] | None] = deque()

    def todo(self, paths: Iterable[str], settings: Settings) -> Iterator[Article | Skip | Notice]:
        """The articles to analyse (and the reader's skips and notices, passed through in
        order), read by :func:`storyline.inputs.read_run`, as ``analyze`` reads them."""
        read: dict[str, None] = {}
        for item in read_run(paths, settings):
            if not isinstance(item, Article):
                if isinstance(item, Skip) and item.line is not None:
                    read[source_path(item.source)] = None
                self.pending.append(None)
                yield item
                continue
            where = source_path(item.source)
            read[where] = None
            key, content = article_keys(item)
            self.keep[where].add(key)
            if key in self.seen:
                self.report.repeated += 1
                continue
            self.seen.add(key)
            if self.stored.get(key) == self.fingerprint:
                self.report.unchanged += 1
                continue
            self.pending.append((key, content, where, item.id))
            yield item
        self.files_read = [where for where in read if where != "-"]

    def done(self, result: dict[str, Any] | Skip | Notice) -> StoredArticle | None:
        """The article to store for the next result of the engine, if any."""
        meta = self.pending.popleft()
        if isinstance(result, Notice):
            self.report.notices.append(result)
            return None
        if isinstance(result, Skip):
            self.report.skipped.append(result)
            if meta is not None:
                self.keep[meta[2]].discard(meta[0])
            return None
        assert meta is not None, "engine results out of step with its inputs"
        key, content, where, record_id = meta
        self.report.analysed += 1
        return StoredArticle(key, content, where, record_id, self.fingerprint, result)
