"""Reading inputs: files, folders and globs in the formats news arrives in.

Plain text (``.txt``, ``.md``), HTML (``.html``, ``.htm``), JSON Lines
(``.jsonl``, ``.ndjson``: one record a line with ``text`` and optional ``id``,
``title``, ``url``, ``published``, ``outlet``) and CSV with the same columns.
Bytes are decoded by :mod:`storyline.inputs.encodings` (binary documents refused by
their signature; BOM, UTF-8, then line by line).

Nothing is dropped silently and nothing hangs: :func:`read_inputs` yields an
:class:`Article` for every record it can read, a :class:`Skip` naming the file (and
line) for everything it cannot, and a :class:`Notice` for what it changed (records
sharing an id, kept apart). Only regular files are read, each once and no further
than its size limit (FIFOs, devices and sockets are refused by type, before opening
for reading). A record's ``published`` is checked where it enters: a date that
cannot be read or does not exist (``2019-02-30``) is dropped with a warning.

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
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..model import Article, Notice, Skip
from ..settings import Settings
from ..stages.clean.dateline import find_dates
from .encodings import REPLACED_UTF8, decode

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
CSV_SUFFIXES = {".csv"}
RECORD_SUFFIXES = JSONL_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
RECORD_FIELDS = ("id", "title", "url", "published", "outlet")
Item = Article | Skip | Notice

_FILE_TYPES = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


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
                yield Skip(shown(raw), None, "no file matches this pattern")
                continue
        else:
            candidates = [raw]
        for cand in candidates:
            yield from _walk(Path(cand), seen)


def _walk(path: Path, seen: set[str], in_folder: bool = False) -> Iterator[Path | Skip]:
    try:
        real = os.path.realpath(path)
    except OSError as exc:
        yield Skip(shown(path), None, f"cannot resolve path: {exc}")
        return
    if real in seen:
        return
    if not os.path.lexists(path):
        yield Skip(shown(path), None, "no such file or folder")
        return
    if path.is_dir():
        seen.add(real)
        try:
            children = sorted(path.iterdir())
        except OSError as exc:
            yield Skip(shown(path), None, f"cannot list folder: {exc.strerror or exc}")
            return
        for child in children:
            if child.name.startswith("."):
                continue
            yield from _walk(child, seen, in_folder=True)
        return
    if not path.exists():
        yield Skip(shown(path), None, "broken symbolic link or symlink loop")
        return
    refused = _not_regular(path)
    if refused:
        yield Skip(shown(path), None, refused)
        return
    if in_folder and path.suffix.lower() not in SUFFIXES:
        yield Skip(shown(path), None, f"unsupported file type '{path.suffix or path.name}'; "
                   f"storyline reads {', '.join(sorted(SUFFIXES))}")
        return
    seen.add(real)
    yield path


def shown(path: Path | str) -> str:
    """``path`` as text that encodes: bytes of a file name that are not UTF-8 become U+FFFD
    (the name is for people and the store; the file is opened by its own ``path``).

    >>> shown(Path(os.fsdecode(b"caf\\xe9.txt")))
    'caf�.txt'
    """
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _not_regular(path: Path | int) -> str | None:
    """Why ``path`` (or an open descriptor) is not a regular file to read, or None."""
    try:
        mode = os.fstat(path).st_mode if isinstance(path, int) else os.stat(path).st_mode
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}"
    for test, kind in _FILE_TYPES:
        if test(mode):
            return f"not a regular file but {kind}; storyline reads files, not streams or devices"
    return None


def read_inputs(paths: Iterable[str], settings: Settings | None = None) -> Iterator[Item]:
    """Every article in ``paths``, or a :class:`Skip` saying why one could not be read
    (and a :class:`Notice` for what was changed on the way)."""
    settings = settings or Settings()
    for path in expand_paths(paths):
        if isinstance(path, Skip):
            yield path
            continue
        try:
            yield from read_file(path, settings)
        except (MemoryError, RecursionError) as exc:  # one file must not end the run
            yield Skip(shown(path), None, f"too large or too deeply nested to read "
                       f"({type(exc).__name__}); the rest of this file is skipped")


def read_file(path: Path, settings: Settings) -> Iterator[Item]:
    """The articles of one file, read once."""
    source = shown(path)
    suffix = path.suffix.lower()
    limit = settings.max_file_bytes if suffix in RECORD_SUFFIXES else 4 * settings.max_chars
    setting = "max_file_bytes" if suffix in RECORD_SUFFIXES else "max_chars"
    try:
        data = _read_bytes(path, limit)
    except OSError as exc:
        yield Skip(source, None, f"cannot read file: {exc.strerror or exc}")
        return
    except ValueError as exc:
        yield Skip(source, None, str(exc))
        return
    if data is None:
        yield Skip(source, None, f"file is over {limit:,} bytes, more than an input may hold "
                   f"(setting {setting})")
        return
    if not data.strip():
        yield Skip(source, None, "empty file")
        return
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        yield Skip(source, None, str(exc))
        return
    del data
    note = None
    if encoding == REPLACED_UTF8:
        note = f"read as {encoding}: bytes that are not UTF-8 became \ufffd"
    elif encoding.startswith("utf-8 and"):
        note = f"lines in two encodings, read as {encoding}"
    for item in _articles(source, path, suffix, text, settings):
        if note and isinstance(item, Article) and (
                "\ufffd" in item.raw or encoding != REPLACED_UTF8):
            item.warnings.append(note)
        yield item


def _articles(source: str, path: Path, suffix: str, text: str, settings: Settings
              ) -> Iterator[Item]:
    if suffix in JSONL_SUFFIXES:
        yield from _records(source, _jsonl_records(text, settings.max_line_chars), settings)
    elif suffix in JSON_SUFFIXES:
        yield from _records(source, _json_records(text), settings)
    elif suffix in CSV_SUFFIXES:
        yield from _records(source, _csv_records(text), settings)
    else:
        fmt = "html" if suffix in HTML_SUFFIXES or _looks_like_html(text) else "text"
        ident = Path(source).stem if source != "-" else "stdin"
        yield from _one(source, ident, text, fmt, None, {}, settings)


def _read_bytes(path: Path, limit: int) -> bytes | None:
    """The bytes of a regular file (or stdin), read once; None when over ``limit`` bytes.

    The file is opened without blocking and checked again once open, so a FIFO or
    device put in its place is refused, not read.

    Raises:
        OSError: it cannot be opened or read.
        ValueError: it is not a regular file.
    """
    if str(path) == "-":
        data = sys.stdin.buffer.read(limit + 1)
        return data if len(data) <= limit else None
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    try:
        refused = _not_regular(fd)
        if refused:
            raise ValueError(refused)
        size = os.fstat(fd).st_size
        if size > limit:
            return None
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 24))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return None if left <= 0 else b"".join(chunks)
    finally:
        os.close(fd)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def _one(
    source: str, ident: str, text: str, fmt: str, line: int | None, meta: dict[str, str | None],
    settings: Settings,
) -> Iterator[Item]:
    if not text.strip():
        yield Skip(source, line, "no text")
        return
    if len(text) > settings.max_chars:
        yield Skip(source, line, f"article has {len(text):,} characters, over the limit of "
                   f"{settings.max_chars:,} (setting max_chars)")
        return
    article = Article(id=ident, source=source, raw=text, format=fmt, line=line,
                      **{k: meta.get(k) for k in ("title", "url", "outlet")})
    article.published = checked_published(meta.get("published"), article.warnings)
    yield article


def checked_published(value: str | None, warnings: list[str]) -> str | None:
    """The record's publication date as ISO ``YYYY-MM-DD``; a value that is no real date
    is dropped with a warning.

    >>> w = []
    >>> checked_published("May 5, 2019", w), checked_published("2019-02-30", w), w
    ('2019-05-05', None, ["published '2019-02-30' is not a date that exists; dropped"])
    """
    if value is None:
        return None
    found = find_dates(value[:200], fallback=True)
    if found:
        return found[0]
    warnings.append(f"published {value[:80]!r} is not a date that exists; dropped")
    return None


def _records(
    source: str, records: Iterator[tuple[int, dict | str]], settings: Settings
) -> Iterator[Item]:
    """The articles of a file of records; an id repeated by a different record is kept
    apart as ``ID@LINE`` and reported once per file (a record repeated whole keeps its
    id: it is the same article)."""
    stem = Path(source).stem
    first: dict[str, int] = {}
    repeated: list[int] = []
    for line, rec in records:
        if isinstance(rec, str):
            yield Skip(source, line, rec)
            continue
        text = rec.get("text")
        if not isinstance(text, str):
            yield Skip(source, line, "record has no 'text' string")
            continue
        text = _no_lone_surrogates(text)
        meta = {k: (_no_lone_surrogates(str(rec[k])) if rec.get(k) not in (None, "") else None)
                for k in RECORD_FIELDS}
        ident = meta["id"] or f"{stem}:{line}"
        record = hash((text, *meta.values()))
        if first.setdefault(ident, record) != record:  # the same id for another record
            repeated.append(line)
            ident = f"{ident}@{line}"
            first.setdefault(ident, record)
        fmt = "html" if _looks_like_html(text) else "text"
        yield from _one(source, ident, text, fmt, line, meta, settings)
    if repeated:
        lines = ", ".join(map(str, repeated[:5])) + (", ..." if len(repeated) > 5 else "")
        yield Notice(source, repeated[0], f"{len(repeated)} record(s) repeat the id of an earlier "
                     f"record (lines {lines}); each is kept apart as ID@LINE")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_lone_surrogates(text: str) -> str:
    """JSON may escape half a surrogate pair (``"\\ud800"``), which no encoder accepts:
    each becomes U+FFFD, as an undecodable byte does.

    >>> _no_lone_surrogates(chr(0xD800) + "x") == chr(0xFFFD) + "x"
    True
    """
    return _LONE_SURROGATE.sub("\ufffd", text)


def _json_loads(text: str) -> object:
    """``json.loads``, with a document nested too deep to parse named as such.

    Raises:
        ValueError: malformed JSON, or nested too deep (the reason in the message).
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"malformed JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
                         ) from exc
    except RecursionError as exc:
        raise ValueError("JSON nested too deep to read (arrays or objects inside one another "
                         "thousands of levels deep)") from exc


def _jsonl_records(text: str, max_line_chars: int) -> Iterator[tuple[int, dict | str]]:
    # Split on newlines only: JSON strings may hold U+2028 and other characters
    # that str.splitlines() treats as line breaks.
    for n, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        if len(line) > max_line_chars:
            yield n, (f"record has {len(line):,} characters, over the limit of "
                      f"{max_line_chars:,} (setting max_line_chars)")
            continue
        try:
            rec = _json_loads(line)
        except ValueError as exc:
            yield n, str(exc).replace(" at line 1 column", " at column")
            continue
        if not isinstance(rec, dict):
            yield n, f"expected a JSON object, got {type(rec).__name__}"
            continue
        yield n, rec


def _json_records(text: str) -> Iterator[tuple[int, dict | str]]:
    """Records of a .json file: one object, or an array of objects (numbered from 1)."""
    try:
        data = _json_loads(text)
    except ValueError as exc:
        yield 1, str(exc)
        return
    items = data if isinstance(data, list) else [data]
    for n, rec in enumerate(items, start=1):
        if isinstance(rec, dict):
            yield n, rec
        else:
            yield n, f"expected a JSON object, got {type(rec).__name__}"


def _csv_records(text: str) -> Iterator[tuple[int, dict | str]]:
    """Rows of a CSV file read strictly: a quote left open is reported with the lines it
    swallowed, and reading goes on after them; a file with no row is reported."""
    csv.field_size_limit(2**31 - 1)
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        fields = reader.fieldnames
    except csv.Error as exc:
        yield 1, f"malformed CSV header: {exc}"
        return
    if not fields or "text" not in fields:
        yield 1, f"CSV header has no 'text' column (columns: {fields})"
        return
    rows = 0
    while True:
        line = reader.reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            rows += 1
            yield line, (f"malformed CSV in the row of lines {line}-{reader.reader.line_num}: a "
                         f"quote left open or a stray quote ({exc}); those lines are skipped")
            continue
        rows += 1
        if None in row:
            yield line, "row has more fields than the header"
            continue
        yield line, row
    if not rows:
        yield 1, "CSV file has a header and no rows"
