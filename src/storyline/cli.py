"""The ``storyline`` command line: each command parses, validates and calls a library function.

Exit codes: 0 all inputs analysed; 1 some inputs skipped (each named on stderr);
2 bad usage or a fatal error.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from .corpus import REGISTRY
from .corpus.views import View
from .errors import OptionError, StorylineError
from .export import export_formats, one_of, view_formats
from .filters import check_date, match_actor
from .model import Notice, Skip
from .settings import Settings

app = typer.Typer(
    help="Turn raw news coverage into sourced events, actors, quotes and a cross-outlet story.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)
T = TypeVar("T")

# Options shared by several commands, declared once.
PathsArg = Annotated[list[str], typer.Argument(help="Files, folders or globs; '-' reads stdin.")]
ConfigOpt = Annotated[str | None, typer.Option("--config", help="TOML settings file.")]
WorkersOpt = Annotated[
    int | None, typer.Option("--workers", "-w", help="Worker processes (default: one per core).")
]
NoCleanOpt = Annotated[
    bool, typer.Option("--no-clean", help="Treat the text as already clean: remove nothing.")
]
PublishedOpt = Annotated[
    str | None,
    typer.Option("--published", help="Publication date YYYY-MM-DD for undated articles."),
]
DbOpt = Annotated[str, typer.Option("--db", help="The store: a DuckDB file.")]
EngineOpt = Annotated[str, typer.Option(
    "--engine", help="Engine of the analysis and the corpus stages: local or spark.")]
OutOpt = Annotated[str | None, typer.Option("--out", "-o", help="File to write (default: stdout).")]
ViewFormatOpt = Annotated[
    str, typer.Option("--format", "-f", help=f"Output format: {one_of(view_formats())}.")
]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="Only rows naming this actor.")]
TypeOpt = Annotated[
    str | None, typer.Option("--type", help="Only this event type, actor kind or relation.")
]
OutletOpt = Annotated[str | None, typer.Option("--outlet", help="Only rows from this outlet.")]
FromOpt = Annotated[str | None, typer.Option("--from", help="From this date (YYYY-MM-DD).")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Up to this date (YYYY-MM-DD).")]
LimitOpt = Annotated[int | None, typer.Option("--limit", help="At most this many rows.")]
HiddenOpt = Annotated[bool, typer.Option(
    "--hidden", help="Also list events under the build's min_confidence (shown: false).")]


def settings_from(config: str | None, **overrides: Any) -> Settings:
    """Settings from defaults, a config file and command-line overrides."""
    return Settings.load(config, **overrides)


#: The command-line name of each filter or setting given as an option, for messages.
OPTION_NAMES = {"date_from": "--from", "date_to": "--to", "type": "--type",
                "outlet": "--outlet", "limit": "--limit", "actor": "--actor",
                "published": "--published", "workers": "--workers"}


def failure(exc: StorylineError) -> typer.Exit:
    """Exit 2 with the message of ``exc``; a bad option named as the command line spells it."""
    if isinstance(exc, OptionError):
        option = OPTION_NAMES.get(exc.option, exc.option)
        return fail(f"invalid value {str(exc.value)[:100]!r} for {option}: {exc.valid}")
    return fail(str(exc))


def fail(message: str) -> typer.Exit:
    err.print(f"[red]storyline: {message}[/red]", highlight=False)
    return typer.Exit(2)


def with_progress(items: Iterable[T], label: str,
                  total: Callable[[], int] | None = None) -> Iterator[T]:
    """Yield ``items`` telling their progress on stderr: a bar with the total and the time
    left on a terminal; otherwise, with a ``total``, a line every :data:`PROGRESS_SECONDS`."""
    if not err.is_terminal:
        yield from (progress_lines(items, label, total) if total else items)
        return
    columns = [TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("left"), TimeRemainingColumn()]
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=total() if total else None)
        for item in items:
            yield item
            progress.update(task, advance=1, total=total() if total else None)


#: Seconds between two progress lines when stderr is not a terminal.
PROGRESS_SECONDS = 10.0


def progress_lines(items: Iterable[T], label: str, total: Callable[[], int],
                   every: float = PROGRESS_SECONDS) -> Iterator[T]:
    """Yield ``items``, printing ``label n/total (p%), r/s, about s left`` now and then."""
    started = last = time.monotonic()
    done = 0
    for item in items:
        yield item
        done += 1
        now = time.monotonic()
        if now - last >= every:
            last = now
            expected = max(total(), done)
            rate = done / max(now - started, 1e-9)
            left = (expected - done) / rate if rate else 0.0
            err.print(f"storyline: {label} {done}/{expected} ({100 * done // expected}%), "
                      f"{rate:.1f}/s, about {left:.0f} s left", highlight=False, markup=False)


def _print_version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"storyline {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option(
        "--version", help="Print the version and exit.", is_eager=True,
        callback=_print_version)] = False,
) -> None:
    """storyline: raw news coverage of a political crisis in, a sourced account out."""


def report_skip(skip: Skip) -> None:
    err.print(f"storyline: skipped {skip}", highlight=False, markup=False)


def report_notice(notice: Notice) -> None:
    err.print(f"storyline: warning: {notice}", highlight=False, markup=False)


@app.command()
def analyze(
    paths: PathsArg,
    no_clean: NoCleanOpt = False,
    published: PublishedOpt = None,
    workers: WorkersOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Analyse articles and print one JSON object per article (JSON Lines) on stdout."""
    from .analyze import analyze as run_analyze

    try:
        settings = settings_from(config, clean=False if no_clean else None, published=published,
                                 workers=workers)
        skipped = 0
        out = sys.stdout
        for result in with_progress(run_analyze(paths, settings), "analysing"):
            if isinstance(result, Skip):
                skipped += 1
                report_skip(result)
            elif isinstance(result, Notice):
                report_notice(result)
            else:
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    except StorylineError as exc:
        raise failure(exc) from None
    if skipped:
        err.print(f"storyline: {skipped} input(s) skipped", highlight=False)
        raise typer.Exit(1)


@app.command()
def actor(
    texts: Annotated[
        list[str], typer.Argument(help="Actor texts; '-' reads one per line from stdin.")
    ],
    context: Annotated[
        str | None, typer.Option("--context", help="The sentence around the actor.")
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="Date YYYY-MM-DD the text speaks of.")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Resolve actor texts and print one JSON actor per text (null when unknown), one per line."""
    from dataclasses import asdict

    from . import resources
    from .stages.actors.stage import load_tables, resolve

    try:
        check_date("--date", date)
        settings = settings_from(config)
        with resources.loading():
            load_tables(settings.actor_files)
        lines = (line.rstrip("\r\n") for line in sys.stdin) if texts == ["-"] else iter(texts)
        out = sys.stdout
        for text in lines:
            found = resolve(text, context=context, date=date, actor_files=settings.actor_files)
            row = None if found is None else {k: v for k, v in asdict(found).items()
                                               if k != "mentions"}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()
    except StorylineError as exc:
        raise failure(exc) from None


@app.command()
def build(
    paths: PathsArg,
    db: DbOpt,
    engine: EngineOpt = "local",
    workers: WorkersOpt = None,
    no_clean: NoCleanOpt = False,
    published: PublishedOpt = None,
    config: ConfigOpt = None,
    parquet: Annotated[str | None, typer.Option(
        "--parquet", help="Also write every corpus view to DIR/VIEW.parquet.")] = None,
) -> None:
    """Analyse new or changed articles into a store, then recompute the corpus views."""
    from .build import build as run_build

    try:
        settings = settings_from(config, clean=False if no_clean else None, published=published,
                                 workers=workers)
        report = run_build(paths, db, settings, engine=engine, parquet=parquet,
                           progress=lambda items, total: with_progress(items, "analysing",
                                                                       total))
    except StorylineError as exc:
        raise failure(exc) from None
    for notice in report.notices:
        report_notice(notice)
    for skip in report.skipped:
        report_skip(skip)
    for line in report.lines():
        err.print(f"storyline: {line}", highlight=False, markup=False)
    if report.skipped:
        raise typer.Exit(1)


def actor_named(store: Any, text: str) -> str:
    """The ``--actor`` filter for ``text``: as typed when an actor's name, alias or id holds
    it; else the closest actor's id, said on stderr.

    Raises:
        OptionError: no actor is close, with the closest names.
    """
    if store.count("actors", actor=text):
        return text
    actors = store.view("actors")
    found, closest = match_actor(
        ((a["actor_id"], [a.get("name"), *(a.get("aliases") or [])]) for a in actors), text)
    if found:
        err.print(f"storyline: no actor named {text!r}; showing {closest[0]} ({found}), "
                  "the closest name", highlight=False, markup=False)
        return found
    hint = f"; closest: {', '.join(closest)}" if closest else ""
    raise OptionError("actor", text, f"an actor's name, alias or id{hint}")


def report_written(n: int, fmt: str, out: str | None) -> None:
    """Say on stderr what was written where, when it went to a file."""
    if out:
        err.print(f"storyline: wrote {n} row{'' if n == 1 else 's'} ({fmt}) to {out}",
                  highlight=False, markup=False)


def _view_command(view: View) -> None:
    """Register the command that prints corpus view ``view`` (its ``command``)."""

    def command(
        db: DbOpt,
        format: ViewFormatOpt = "table",
        out: OutOpt = None,
        actor: ActorOpt = None,
        type: TypeOpt = None,
        outlet: OutletOpt = None,
        date_from: FromOpt = None,
        date_to: ToOpt = None,
        limit: LimitOpt = None,
        hidden: HiddenOpt = False,
    ) -> None:
        from .export import write_view
        from .store import Store

        given = {"actor": actor, "type": type, "outlet": outlet, "date_from": date_from,
                 "date_to": date_to}
        refused = [OPTION_NAMES[k] for k, v in given.items() if v and k not in view.filters]
        if refused:
            takes = ", ".join(OPTION_NAMES[k] for k in view.filters) or "no filter"
            raise fail(f"{', '.join(refused)} does not apply to {view.command} "
                       f"(it takes {takes}, --limit)")
        try:
            with Store.open(db, read_only=True) as store:
                if actor:
                    actor = actor_named(store, actor)
                n = write_view(store, view.name, format, out, actor=actor, type=type, outlet=outlet,
                               date_from=date_from, date_to=date_to, limit=limit, hidden=hidden)
        except StorylineError as exc:
            raise failure(exc) from None
        report_written(n, format, out)

    command.__doc__ = view.doc
    app.command(view.command)(command)


for _view in REGISTRY.values():
    _view_command(_view)


@app.command()
def export(
    db: DbOpt,
    format: Annotated[
        str, typer.Option("--format", "-f", help=f"{one_of(export_formats())}.")
    ] = "jsonl",
    out: OutOpt = None,
) -> None:
    """Export the events: POLECAT-like or GDELT-like columns, or the events view."""
    from .export import export as run_export
    from .store import Store

    try:
        with Store.open(db, read_only=True) as store:
            n = run_export(store, format, out)
    except StorylineError as exc:
        raise failure(exc) from None
    report_written(n, format, out)


@app.command()
def report(
    db: DbOpt,
    out: Annotated[str, typer.Option("--out", "-o", help="The HTML file to write.")]
    = "report.html",
    title: Annotated[str, typer.Option("--title", help="The report's title.")]
    = "storyline report",
) -> None:
    """Write the story of a store as one self-contained HTML file (works offline, mailed)."""
    from .report import write_report

    try:
        path = write_report(db, out, title=title)
    except StorylineError as exc:
        raise failure(exc) from None
    except OSError as exc:
        raise fail(f"cannot write {out}: {exc.strerror or exc}") from None
    err.print(f"storyline: wrote {path}", highlight=False, markup=False)


@app.command()
def serve(
    db: DbOpt,
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the story of a store as a local web app with a JSON API (read-only)."""
    from .web import serve as run_server

    try:
        run_server(db, host=host, port=port)
    except StorylineError as exc:
        raise failure(exc) from None
    except OSError as exc:
        raise fail(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None


def main() -> None:
    """Console entry point: no traceback reaches the user unless STORYLINE_DEBUG is set."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("storyline: interrupted", highlight=False)
        sys.exit(130)
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except Exception as exc:
        if os.environ.get("STORYLINE_DEBUG"):
            raise
        err.print(f"storyline: internal error: {type(exc).__name__}: {exc}. "
                  "Set STORYLINE_DEBUG=1 for details and please report it.",
                  highlight=False, markup=False)
        sys.exit(2)
