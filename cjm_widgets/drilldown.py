"""`cjm evidence`: every observation behind a score, with its file and row or line.

The map shows counts, the distribution and a few sources; this lists all of them, read straight
from out/evidence.parquet with the filters pushed down, so it stays quick at a million rows.
"""
from __future__ import annotations

import difflib
from typing import Optional

import pandas as pd

from .client import last_results
from .clientdir import ClientDir
from .errors import CJMError
from .evidence import read_evidence

KINDS = ("rating", "quote", "text", "judgement")
SHOWN = ["kind", "touchpoint", "stage", "persona", "valence", "raw", "measure", "file", "row", "line", "time",
         "column", "text", "confidence"]


def select_evidence(client_dir, *, touchpoint: Optional[str] = None, persona: Optional[str] = None,
                    kind: Optional[str] = None) -> pd.DataFrame:
    """The last run's evidence rows, filtered; touchpoints and personas by id or by name."""
    folder = ClientDir(client_dir)
    if not folder.evidence.is_file():
        raise CJMError(f"{folder.evidence}: not found. Run `cjm run {client_dir}` first.")
    results = last_results(client_dir)
    filters = []
    if touchpoint:
        filters.append(("touchpoint", "==", _resolve(touchpoint, {t.id: t.name for t in results.touchpoints},
                                                     "touchpoint")))
    if persona:
        filters.append(("persona", "==", _resolve(persona, {p.id: p.name for p in results.personas}, "persona")))
    if kind:
        if kind not in KINDS:
            raise CJMError(f"--kind {kind!r}: use one of {', '.join(KINDS)}.")
        filters.append(("kind", "==", kind))
    frame = pd.read_parquet(folder.evidence, filters=filters or None, engine="pyarrow") if filters \
        else read_evidence(folder.evidence)
    names = {p.id: p.name for p in results.personas}
    frame = frame[SHOWN].copy()
    frame["persona"] = frame["persona"].astype(object).map(lambda p: names.get(p, p))
    return frame.reset_index(drop=True)


def _resolve(wanted: str, names: dict[str, str], what: str) -> str:
    if wanted in names:
        return wanted
    by_name = {name.casefold(): key for key, name in names.items()}
    if wanted.casefold() in by_name:
        return by_name[wanted.casefold()]
    close = difflib.get_close_matches(wanted, [*names, *names.values()], n=3, cutoff=0.5)
    hint = f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise CJMError(f"--{what} {wanted!r} is no {what} of this journey.{hint} Known: {', '.join(names) or 'none'}.")


def format_evidence(frame: pd.DataFrame, limit: int = 50) -> str:
    """A readable listing: a count line, then one line per observation with its source."""
    lines = [f"{len(frame)} observation(s)" + (f"; the first {limit} (use --csv for all):" if len(frame) > limit else ":")]
    for row in frame.head(limit).itertuples(index=False):
        place = [str(row.file)]
        if pd.notna(row.row):
            place.append(f"row {int(row.row)}")
        if pd.notna(row.line):
            place.append(f"line {int(row.line)}")
        if row.column is not None and pd.notna(row.column):
            place.append(str(row.column)[:60])
        answer = f" answer {row.raw:g}" if pd.notna(row.raw) else ""
        said = f" “{str(row.text)[:120]}”" if isinstance(row.text, str) and row.text else ""
        lines.append(f"{row.kind:<9} {row.touchpoint or row.stage or '-':<16} {row.valence:+.2f}{answer}{said}  "
                     f"[{', '.join(place)}]")
    return "\n".join(lines)
