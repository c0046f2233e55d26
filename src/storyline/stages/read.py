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
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import charset_normalizer

from ..model import Article, Skip
from ..settings import Settings

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
CSV_SUFFIXES = {".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES
RECORD_FIELDS = ("id", "title", "url", "published", "outlet")
#: The encoding name :func:`decode` gives UTF-8 text with a few broken bytes.
REPLACED_UTF8 = "utf-8 (some bytes replaced)"

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
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


def _walk(path: Path, seen: set[str], in_folder: bool = False) -> Iterator[Path | Skip]:
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
            yield from _walk(child, seen, in_folder=True)
        return
    if not path.exists():
        yield Skip(str(path), None, "broken symbolic link or symlink loop")
        return
    if in_folder and path.suffix.lower() not in SUFFIXES:
        yield Skip(str(path), None, f"unsupported file type '{path.suffix or path.name}'; "
                   f"storyline reads {', '.join(sorted(SUFFIXES))}")
        return
    seen.add(real)
    yield path


def decode(data: bytes) -> tuple[str, str]:
    """Text and the name of the encoding it was read with.

    BOMs first, then strict UTF-8, then Windows-1252 (which also reads Latin-1 news
    text) unless the result looks like another 8-bit script, then charset detection.

    >>> decode("Guaid\u00f3".encode("cp1252"))
    ('Guaidó', 'cp1252')

    Raises:
        ValueError: the bytes look binary.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), encoding
    head = data[:8192]
    if b"\x00" in head:
        utf16 = _bomless_utf16(head)
        if utf16 is None:
            raise ValueError("binary file (contains NUL bytes); give text, HTML, JSON Lines or CSV")
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace"), REPLACED_UTF8
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_western(text):
        return text, "cp1252"
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "latin-1"
    return data.decode(encoding, errors="replace"), encoding


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 text with a few broken bytes (a bad copy, a cut file): at least as many
    well-formed multi-byte characters as bytes that are not UTF-8 (Windows-1252 text
    almost never holds a well-formed UTF-8 sequence).

    >>> _mostly_utf8("Guaidó, Søreide, “talks”".encode() + b"\\xff")
    True
    >>> _mostly_utf8("Guaidó".encode("cp1252"))
    False
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    good = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    return bad > 0 and good >= bad


def _bomless_utf16(head: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit in every other byte, as in BOM-less UTF-16."""
    even, odd = head[0::2], head[1::2]
    if odd and odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even and even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _plausible_western(text: str) -> bool:
    """Few non-ASCII letters, as in Western European text (not Cyrillic or Greek read as 1252).

    A name or two with accents passes however short the text.
    """
    letters = [c for c in text[:50_000] if c.isalpha()]
    if not letters:
        return True
    return sum(not c.isascii() for c in letters) <= max(2, 0.15 * len(letters))


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
        text, encoding = decode(data)
    except ValueError as exc:
        yield Skip(source, None, str(exc))
        return
    note = f"read as {encoding}: bytes that are not UTF-8 became \ufffd" \
        if encoding == REPLACED_UTF8 else None
    for item in _articles(source, path, suffix, text, settings):
        if note and isinstance(item, Article) and "\ufffd" in item.raw:
            item.warnings.append(note)
        yield item


def _articles(source: str, path: Path, suffix: str, text: str, settings: Settings
              ) -> Iterator[Article | Skip]:
    if suffix in JSONL_SUFFIXES:
        yield from _records(source, _jsonl_records(text), settings)
    elif suffix in JSON_SUFFIXES:
        yield from _records(source, _json_records(text), settings)
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
        text = _no_lone_surrogates(text)
        meta = {k: (_no_lone_surrogates(str(rec[k])) if rec.get(k) not in (None, "") else None)
                for k in RECORD_FIELDS}
        ident = meta["id"] or f"{stem}:{line}"
        fmt = "html" if _looks_like_html(text) else "text"
        yield from _one(source, ident, text, fmt, line, meta, settings)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_lone_surrogates(text: str) -> str:
    """JSON may escape half a surrogate pair (``"\\ud800"``), which no encoder accepts:
    each becomes U+FFFD, as an undecodable byte does.

    >>> _no_lone_surrogates(chr(0xD800) + "x") == chr(0xFFFD) + "x"
    True
    """
    return _LONE_SURROGATE.sub("\ufffd", text)


def _jsonl_records(text: str) -> Iterator[tuple[int, dict | str]]:
    # Split on newlines only: JSON strings may hold U+2028 and other characters
    # that str.splitlines() treats as line breaks.
    for n, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
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


def _json_records(text: str) -> Iterator[tuple[int, dict | str]]:
    """Records of a .json file: one object, or an array of objects (numbered from 1)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield exc.lineno, f"malformed JSON ({exc.msg} at column {exc.colno})"
        return
    items = data if isinstance(data, list) else [data]
    for n, rec in enumerate(items, start=1):
        if isinstance(rec, dict):
            yield n, rec
        else:
            yield n, f"expected a JSON object, got {type(rec).__name__}"


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
