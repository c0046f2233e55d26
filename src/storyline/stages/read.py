"""Reading inputs: files, folders and globs in the formats news arrives in.

Plain text (``.txt``, ``.md``), HTML (``.html``, ``.htm``), JSON Lines
(``.jsonl``, ``.ndjson``: one record a line with ``text`` and optional ``id``,
``title``, ``url``, ``published``, ``outlet``) and CSV with the same columns.
Bytes are decoded by BOM, then strict UTF-8, then charset detection.

Nothing is dropped silently: :func:`read_inputs` yields an :class:`Article` for
every record it can read and a :class:`Skip` naming the file (and line) for
everything it cannot.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("Headline\\n\\nBody.")
>>> [type(x).__name__ for x in read_inputs([str(d)])]
['Article']
"""

from __future__ import annotations

import csv
import glob
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import charset_normalizer

from ..model import Article, Skip
from ..settings import Settings

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES
RECORD_FIELDS = ("id", "title", "url", "published", "outlet")

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def expand_paths(paths: Iterable[str]) -> Iterator[Path | Skip]:
    """Files named by ``paths`` (files, folders walked in sorted order, globs)."""
    seen: set[str] = set()
    for raw in paths:
        if raw == "-":
            yield Path("-")
            continue
        candidates: list[str]
        if not os.path.lexists(raw) and glob.has_magic(raw):
            candidates = sorted(glob.glob(raw, recursive=True))
            if not candidates:
                yield Skip(raw, None, "no file matches this pattern")
                continue
        else:
            candidates = [raw]
        for cand in candidates:
            yield from _walk(Path(cand), seen)


def _walk(path: Path, seen: set[str]) -> Iterator[Path | Skip]:
    try:
        real = os.path.realpath(path)
    except OSError as exc:
        yield Skip(str(path), None, f"cannot resolve path: {exc}")
        return
    if real in seen:
        return
    if not os.path.lexists(path):
        yield Skip(str(path), None, "no such file or folder")
        return
    if path.is_dir():
        seen.add(real)
        try:
            children = sorted(path.iterdir())
        except OSError as exc:
            yield Skip(str(path), None, f"cannot list folder: {exc.strerror or exc}")
            return
        for child in children:
            if child.name.startswith("."):
                continue
            if child.is_dir() or child.suffix.lower() in SUFFIXES:
                yield from _walk(child, seen)
        return
    if not path.exists():
        yield Skip(str(path), None, "broken symbolic link or symlink loop")
        return
    seen.add(real)
    yield path


def decode(data: bytes) -> tuple[str, str]:
    """Text and the name of the encoding it was read with.

    Raises:
        ValueError: the bytes look binary.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes); give text, HTML, JSON Lines or CSV")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in ("ascii", "utf_8"):
        encoding = "cp1252"
    return data.decode(encoding, errors="replace"), encoding


def read_inputs(paths: Iterable[str], settings: Settings | None = None) -> Iterator[Article | Skip]:
    """Every article in ``paths``, or a :class:`Skip` saying why one could not be read."""
    settings = settings or Settings()
    for path in expand_paths(paths):
        if isinstance(path, Skip):
            yield path
            continue
        yield from read_file(path, settings)


def read_file(path: Path, settings: Settings) -> Iterator[Article | Skip]:
    """The articles of one file."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        data = _read_bytes(path)
    except OSError as exc:
        yield Skip(source, None, f"cannot read file: {exc.strerror or exc}")
        return
    if not data.strip():
        yield Skip(source, None, "empty file")
        return
    try:
        text, _encoding = decode(data)
    except ValueError as exc:
        yield Skip(source, None, str(exc))
        return
    if suffix in JSONL_SUFFIXES:
        yield from _records(source, _jsonl_records(text), settings)
    elif suffix in CSV_SUFFIXES:
        yield from _records(source, _csv_records(text), settings)
    else:
        fmt = "html" if suffix in HTML_SUFFIXES or _looks_like_html(text) else "text"
        yield from _one(source, path.stem if source != "-" else "stdin", text, fmt, None, {},
                        settings)


def _read_bytes(path: Path) -> bytes:
    if str(path) == "-":
        import sys

        return sys.stdin.buffer.read()
    return path.read_bytes()


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def _one(
    source: str, ident: str, text: str, fmt: str, line: int | None, meta: dict[str, str | None],
    settings: Settings,
) -> Iterator[Article | Skip]:
    if not text.strip():
        yield Skip(source, line, "no text")
        return
    if len(text) > settings.max_chars:
        yield Skip(source, line, f"article has {len(text):,} characters, over the limit of "
                   f"{settings.max_chars:,} (setting max_chars)")
        return
    yield Article(id=ident, source=source, raw=text, format=fmt, line=line,
                  **{k: meta.get(k) for k in ("title", "url", "published", "outlet")})


def _records(
    source: str, records: Iterator[tuple[int, dict | str]], settings: Settings
) -> Iterator[Article | Skip]:
    stem = Path(source).stem
    for line, rec in records:
        if isinstance(rec, str):
            yield Skip(source, line, rec)
            continue
        text = rec.get("text")
        if not isinstance(text, str):
            yield Skip(source, line, "record has no 'text' string")
            continue
        meta = {k: (str(rec[k]) if rec.get(k) not in (None, "") else None)
                for k in RECORD_FIELDS}
        ident = meta["id"] or f"{stem}:{line}"
        fmt = "html" if _looks_like_html(text) else "text"
        yield from _one(source, ident, text, fmt, line, meta, settings)


def _jsonl_records(text: str) -> Iterator[tuple[int, dict | str]]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, f"malformed JSON ({exc.msg} at column {exc.colno})"
            continue
        if not isinstance(rec, dict):
            yield n, f"expected a JSON object, got {type(rec).__name__}"
            continue
        yield n, rec


def _csv_records(text: str) -> Iterator[tuple[int, dict | str]]:
    csv.field_size_limit(2**31 - 1)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield 1, f"CSV header has no 'text' column (columns: {reader.fieldnames})"
        return
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield line, f"malformed CSV: {exc}"
            return
        if None in row:
            yield line, "row has more fields than the header"
            continue
        yield line, row
