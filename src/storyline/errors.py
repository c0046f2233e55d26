"""Every error storyline raises on purpose.

::

    StorylineError
    ├── InputError          an input file or record cannot be read (names file and line)
    ├── SettingsError       a setting or a user knowledge file is invalid
    │   └── OptionError     an option or filter has a bad value (names it and the valid ones)
    ├── PipelineError       stages assembled in an order that breaks their declarations
    ├── StoreError          the DuckDB store is missing, locked or from a newer version
    └── ExportError         a view or export cannot be written as asked

Messages say what failed, the bad value, where, and what to do. Only the
CLI turns them into exit codes.
"""

from __future__ import annotations


class StorylineError(Exception):
    """Base class of every error storyline raises on purpose."""


class InputError(StorylineError):
    """An input file or record cannot be read.

    Args:
        source: the path of the input.
        line: the line of the record, for JSON Lines and CSV.
        reason: what is wrong and, where possible, what to do.
    """

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.reason = reason
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class SettingsError(StorylineError):
    """A setting or a user knowledge file is invalid."""


class OptionError(SettingsError):
    """An option, setting or filter was given a value it cannot take.

    Args:
        option: the option's name as the user wrote it (``--from``, ``date_from``).
        value: the bad value.
        valid: what it may be (a description or a few of the valid values).
    """

    def __init__(self, option: str, value: object, valid: str) -> None:
        self.option, self.value, self.valid = option, value, valid
        super().__init__(f"invalid value {str(value)[:100]!r} for {option}: {valid}")


class PipelineError(StorylineError):
    """Stages were assembled in an order that breaks what they declare."""


class StoreError(StorylineError):
    """The store cannot be opened or written."""


class ExportError(StorylineError):
    """A view or export cannot be written as asked (format, output file)."""
