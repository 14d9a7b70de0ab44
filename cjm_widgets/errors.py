"""One exception hierarchy for the kit, so the CLI can turn any of them into a one-line message."""
from __future__ import annotations


class CJMError(Exception):
    """Base of every error the kit raises on purpose."""


class InputError(CJMError):
    """Bad input: names the file, the row/line and column where known, and what to do."""

    def __init__(self, file, problem: str, *, row=None, line=None, column=None, fix: str = ""):
        self.file = str(file)
        self.problem = problem
        self.row = row
        self.line = line
        self.column = column
        self.fix = fix
        super().__init__(self.message())

    def message(self) -> str:
        where = [self.file]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        text = f"{', '.join(where)}: {self.problem}"
        if self.fix:
            text += f" Fix: {self.fix}"
        return text


class JourneyFileError(InputError):
    """journey.json cannot be read (corrupt, or written by a newer kit)."""


class ConfigError(InputError):
    """kit.yaml is missing, unreadable or holds a bad key or value."""


class NotebookError(CJMError):
    """A workshop notebook failed under papermill; names the notebook and the failing cell."""
