"""Settings, declared once: name, default, help.

The shipped defaults are the ``default`` of each :class:`Setting`; a user TOML
file (``--config FILE``) overlays them, and command-line options overlay that.

>>> s = Settings.load()
>>> s.max_chars
1000000
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from .errors import OptionError, SettingsError


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """Every tunable of storyline. ``Settings.describe()`` lists them with help."""

    clean: bool = _setting(True, "Remove boilerplate from plain-text input.")
    repetition: bool = _setting(
        True, "Treat lines repeated word for word across the articles of one run (site menus, "
        "footers, teaser lists) as boilerplate."
    )
    published: str | None = _setting(
        None, "Publication date (YYYY-MM-DD) for articles whose date cannot be read."
    )
    workers: int = _setting(0, "Worker processes; 0 means one per core.")
    max_chars: int = _setting(
        1_000_000, "Articles longer than this many characters are skipped with a reason."
    )
    max_line_chars: int = _setting(
        20_000_000, "JSON Lines / CSV records longer than this are skipped with a reason."
    )
    max_file_bytes: int = _setting(
        2_000_000_000, "JSON Lines, JSON and CSV files larger than this many bytes are skipped "
        "with a reason (a text or HTML file may hold 4 bytes a character of max_chars)."
    )
    article_seconds: float = _setting(
        60.0, "An article whose analysis takes longer than this many seconds is stopped and "
        "skipped with its name; the run goes on (0: no limit)."
    )
    article_memory_mb: int = _setting(
        2048, "A worker process that grows past this many MB while analysing is stopped; the "
        "article that made it grow is skipped with its name (0: no limit)."
    )
    languages: tuple[str, ...] = _setting(
        ("en",), "Languages analysed; articles in others are reported and not coded."
    )
    batch_size: int = _setting(
        8, "Articles a worker analyses together (spaCy parses them in one batch)."
    )
    spark_master: str | None = _setting(
        None, "Spark master URL for '--engine spark'; default local[N] with N workers."
    )
    actor_files: tuple[str, ...] = _setting((), "User actor files (JSON Lines) to add.")
    lexicon_files: tuple[str, ...] = _setting((), "User trigger lexicon files to add.")
    min_confidence: float = _setting(
        0.75, "Events of lower confidence stay in the store, flagged (shown: false), and are "
        "left out of the views, exports, report and API. The default keeps the best event "
        "of a sentence right (its type) at least 0.85 of the time on validation data "
        "(training/metrics/events.json)."
    )

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None, **overrides: Any) -> Settings:
        """Defaults, overlaid by a TOML file, overlaid by keyword overrides (None ignored)."""
        values: dict[str, Any] = {}
        if path is not None:
            try:
                values.update(tomllib.loads(Path(path).read_text(encoding="utf-8")))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise SettingsError(f"cannot read settings file {path}: {exc}") from exc
        values.update({k: v for k, v in overrides.items() if v is not None})
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise SettingsError(
                f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        for name in ("actor_files", "lexicon_files", "languages"):
            if name in values:
                if isinstance(values[name], str) or not isinstance(values[name], list | tuple):
                    raise OptionError(name, values[name], "a list of strings")
                values[name] = tuple(values[name])
        for name, value in values.items():
            _check(name, value)
        return replace(cls(), **values)

    @classmethod
    def describe(cls) -> list[tuple[str, Any, str]]:
        """``(name, default, help)`` for every setting."""
        return [(f.name, f.default, f.metadata["help"]) for f in fields(cls)]

    def fingerprint(self) -> str:
        """A short stable string of the settings that change analysis output."""
        return repr((self.clean, self.repetition, self.published, self.languages, self.actor_files,
                     self.lexicon_files))


#: Settings that must be above zero (the others of a number type may also be 0).
_POSITIVE = ("max_chars", "max_line_chars", "max_file_bytes", "batch_size")
#: More worker processes than this would only share the cores and multiply the memory.
_MAX_WORKERS = max(8, 4 * (os.cpu_count() or 1))


def _check(name: str, value: Any) -> None:
    """Raise :class:`OptionError` unless ``value`` suits setting ``name``.

    >>> try:
    ...     _check("published", "2019-02-30")
    ... except OptionError as exc:
    ...     print(exc.valid)
    a date that exists, as YYYY-MM-DD
    """
    default = next(f.default for f in fields(Settings) if f.name == name)
    if name == "published":
        if value is not None and not _real_date(value):
            raise OptionError(name, value, "a date that exists, as YYYY-MM-DD")
    elif name == "min_confidence":
        if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 1:
            raise OptionError(name, value, "a number from 0 to 1")
    elif isinstance(default, bool):
        if not isinstance(value, bool):
            raise OptionError(name, value, "true or false")
    elif name == "workers" and isinstance(value, int) and value > _MAX_WORKERS:
        raise OptionError(name, value, f"a whole number from 0 (one per core) to {_MAX_WORKERS}")
    elif isinstance(default, int | float):
        low = 1 if name in _POSITIVE else 0
        if (not isinstance(value, int | float) or isinstance(value, bool) or value < low
                or (isinstance(default, int) and not isinstance(value, int))):
            kind = "a whole number" if isinstance(default, int) else "a number"
            raise OptionError(name, value, f"{kind} of at least {low}")
    elif isinstance(default, tuple):
        if not all(isinstance(v, str) for v in value):
            raise OptionError(name, value, "a list of strings")
    elif value is not None and not isinstance(value, str):
        raise OptionError(name, value, "a string")


def _real_date(value: object) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
