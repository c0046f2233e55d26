"""Every error storyline raises on purpose.

::

    StorylineError
    ├── InputError          an input file or record cannot be read (names file and line)
    ├── SettingsError       a setting or a user knowledge file is invalid
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


class PipelineError(StorylineError):
    """Stages were assembled in an order that breaks what they declare."""


class StoreError(StorylineError):
    """The store cannot be opened or written."""


class ExportError(StorylineError):
    """A view or export cannot be written as asked (format, output file)."""
