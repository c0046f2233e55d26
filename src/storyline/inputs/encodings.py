"""Bytes to text: binary documents recognised by signature, encodings by BOM, then line by line.

A file that is not text (a PDF renamed ``.txt``, an Office document, an archive, an
image) is recognised by its first bytes and refused with what it is. Text is decoded
by BOM, then as UTF-8; a file whose lines are not all UTF-8 is decoded line by line,
each line that is not UTF-8 with one legacy codec chosen for those lines (Windows-1252
for Western text, else charset detection), so a file mixing UTF-8 and Windows-1252
lines reads right in both ("Guaidó" either way), never as one guessed codec.

>>> decode("Guaid\u00f3\\n".encode() + "Guaid\u00f3".encode("cp1252"))[0]
'Guaidó\\nGuaidó'
>>> binary_kind(b"%PDF-1.7 ...")
'a PDF document'
"""

from __future__ import annotations

import charset_normalizer

#: The encoding name :func:`decode` gives UTF-8 text with a few broken bytes.
REPLACED_UTF8 = "utf-8 (some bytes replaced)"

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

#: First bytes of the binary documents people mistake for text, and what each is.
SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"%!PS", "a PostScript document"),
    (b"PK\x03\x04", "a zip archive or Office document (docx, xlsx, pptx, odt, epub)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (doc, xls, ppt, msg)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


def _always(head: bytes) -> bool:
    return True


#: Signatures short or wordy enough to open a text, with the bytes that must follow.
_CONFIRM = {
    b"BZh": lambda head: head[3:4].isdigit(),
    b"RIFF": lambda head: head[8:12] in (b"WEBP", b"WAVE", b"AVI "),
    b"ID3": lambda head: head[3:4] in (b"\x02", b"\x03", b"\x04"),
}


def binary_kind(head: bytes) -> str | None:
    """What binary document ``head`` (a file's first bytes) starts, or None for text.

    >>> binary_kind(b"PK\\x03\\x04...") is not None, binary_kind(b"Talks resumed.")
    (True, None)
    """
    for signature, kind in SIGNATURES:
        if head.startswith(signature) and _CONFIRM.get(signature, _always)(head):
            return kind
    if head[4:8] == b"ftyp":
        return "an MP4 / HEIC media file"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Text and the name of the encoding it was read with.

    BOMs first, then strict UTF-8, then line by line (:func:`_by_line`).

    >>> decode("Guaid\u00f3".encode("cp1252"))
    ('Guaidó', 'cp1252')

    Raises:
        ValueError: the bytes are a binary document or look binary.
    """
    kind = binary_kind(data[:64])
    if kind is not None:
        raise ValueError(f"binary file: {kind}, not text; convert it to text, HTML, JSON Lines "
                         "or CSV first")
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
        return _by_line(data)


def _by_line(data: bytes) -> tuple[str, str]:
    """Bytes that are not all UTF-8: the lines that are UTF-8 as such, a line of UTF-8 with
    a few broken bytes with those bytes replaced, the other lines with one legacy codec.

    A file with no UTF-8 beyond ASCII is read with the legacy codec whole.
    """
    lines = data.split(b"\n")
    decoded: list[str | None] = []
    utf8_beyond_ascii = replaced = False
    for line in lines:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            if not _mostly_utf8(line):
                decoded.append(None)
                continue
            text, replaced = line.decode("utf-8", errors="replace"), True
        utf8_beyond_ascii = utf8_beyond_ascii or not line.isascii()
        decoded.append(text)
    rest = [line for n, line in enumerate(lines) if decoded[n] is None]
    if not rest:
        return "\n".join(decoded), REPLACED_UTF8  # type: ignore[arg-type]
    if not utf8_beyond_ascii:
        return _legacy(data)
    _, codec = _legacy(b"\n".join(rest))
    out = [text if text is not None else line.decode(codec, errors="replace")
           for text, line in zip(decoded, lines, strict=True)]
    note = " and some bytes replaced" if replaced else ""
    return "\n".join(out), f"utf-8 and {codec}, line by line{note}"


def _legacy(data: bytes) -> tuple[str, str]:
    """Windows-1252 (which also reads Latin-1 news text) unless the result looks like another
    8-bit script, then charset detection."""
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
