"""The ``storyline`` command line: each command parses, validates and calls a library function.

Exit codes: 0 all inputs analysed; 1 some inputs skipped (each named on stderr);
2 bad usage or a fatal error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .errors import StorylineError
from .model import Skip
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


def settings_from(config: str | None, **overrides: Any) -> Settings:
    """Settings from defaults, a config file and command-line overrides."""
    return Settings.load(config, **overrides)


def fail(message: str) -> typer.Exit:
    err.print(f"[red]storyline: {message}[/red]", highlight=False)
    return typer.Exit(2)


def with_progress(items: Iterable[T], label: str, total: int | None = None) -> Iterator[T]:
    """Yield ``items``, drawing a progress bar on stderr when it is a terminal."""
    if not err.is_terminal:
        yield from items
        return
    columns = [TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=total)
        for item in items:
            yield item
            progress.advance(task)


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    """storyline: raw news coverage of a political crisis in, a sourced account out."""
    if version:
        from . import __version__

        typer.echo(__version__)
        raise typer.Exit()


def report_skip(skip: Skip) -> None:
    err.print(f"storyline: skipped {skip}", highlight=False, markup=False)


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
            else:
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    except StorylineError as exc:
        raise fail(str(exc)) from None
    if skipped:
        err.print(f"storyline: {skipped} input(s) skipped", highlight=False)
        raise typer.Exit(1)


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
        raise fail(str(exc)) from None
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
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("storyline: interrupted")
        sys.exit(130)
