"""One exception hierarchy for the kit, so the CLI can turn any of them into a one-line message.

An error raised with a label key (``CJMError(key="err_...", **params)``) can be said again in the
client's language once the CLI knows it (``in_language``); its ``str`` stays English, for logs.
A keyed ``InputError`` also says where in that language: "wiersz 12", "столбец 'Q3'".
"""
from __future__ import annotations


class CJMError(Exception):
    """Base of every error the kit raises on purpose."""

    key: str | None = None  # a key of labels.TEXTS, and the values it is filled with
    params: dict = {}

    def __init__(self, message: str = "", *, key: str | None = None, **params):
        if key is not None:
            self.key, self.params = key, params
            message = self.in_language("en")
        super().__init__(message)

    def in_language(self, language: str | None) -> str:
        """The message in ``language`` when it was raised with a label key; else as written."""
        if not self.key:
            return str(self)
        from .labels import label  # labels -> stages -> model -> errors

        return label(self.key, language, **self.params)


class InputError(CJMError):
    """Bad input: names the file, the row/line and column where known, and what to do.

    Raised with a label key, the problem (``key``) and the fix (``fix_key``, else ``key + "_fix"``
    when the table has it; ``fix_key=""`` for none) are said in the client's language, and so are the row, line and
    column; raised with plain text, the whole message stays as written (English), its "row" and
    "Fix:" included.
    """

    def __init__(self, file, problem: str = "", *, row=None, line=None, column=None, fix: str = "",
                 key: str | None = None, fix_key: str | None = None, **params):
        self.file = str(file)
        self.row = row
        self.line = line
        self.column = column
        if key is not None:
            self.key, self.params, self.fix_key = key, params, f"{key}_fix" if fix_key is None else fix_key
        self.problem, self.fix = self._texts("en") if key is not None else (problem, fix)
        super().__init__(self.message())

    def _texts(self, language: str | None) -> tuple[str, str]:
        from .labels import TEXTS, label  # labels -> stages -> model -> errors

        return (label(self.key, language, **self.params),
                label(self.fix_key, language, **self.params) if self.fix_key in TEXTS else "")

    def message(self, language: str | None = "en") -> str:
        from .labels import label

        language = language if self.key else "en"
        column = None if self.column is None else label("src_column", language, column=repr(self.column))
        return f"{place(self.file, language, row=self.row, line=self.line, column=column)}: {self.say(language)}"

    def say(self, language: str | None = "en") -> str:
        """The problem and its fix without the place, for a message that lists several."""
        from .labels import label

        language = language if self.key else "en"
        problem, fix = self._texts(language) if self.key else (self.problem, self.fix)
        if not fix:
            return problem
        joint = "\n" if "\n" in problem else " "  # after a list of problems the general fix takes its own line
        return f"{problem}{joint}{label('fix', language, fix=fix)}"

    def in_language(self, language: str | None) -> str:
        return self.message(language)


def place(file, language: str | None = "en", *, row=None, line=None, time=None, column=None) -> str:
    """Where a row, line or cue is, as the user reads it: "survey.csv, wiersz 12, Q3" (one way for
    errors and for the evidence behind a score)."""
    from .labels import label  # labels -> stages -> model -> errors

    parts = [str(file)]
    if row is not None:
        parts.append(label("src_row", language, row=row))
    if line is not None:
        parts.append(label("src_line", language, line=line))
    if time:
        parts.append(time)
    if column:
        parts.append(column)
    return ", ".join(parts)


def problem(file, language: str | None = "en", *, key: str, row=None, line=None, column=None,
            fix_key: str | None = None, **params) -> str:
    """One problem line of a partly bad file, said in ``language``: the same place, words and fix
    as the keyed InputError it would be, were the whole file bad."""
    return InputError(file, row=row, line=line, column=column, key=key, fix_key=fix_key, **params).message(language)


class Placed:
    """A keyed InputError with its place ("survey.csv, wiersz 12: ..."), said as one item of a
    longer message (a bare InputError is said there without it)."""

    def __init__(self, error: InputError):
        self.error = error

    def say(self, language: str | None) -> str:
        return self.error.message(language)


class JourneyFileError(InputError):
    """journey.json cannot be read (corrupt, or written by a newer kit)."""


class ConfigError(InputError):
    """kit.yaml is missing, unreadable or holds a bad key or value."""


class NotebookError(CJMError):
    """A workshop notebook failed under papermill; names the notebook and the failing cell."""
