"""`cjm evidence`: every observation behind a score, with its file and row or line.

The map shows counts, the distribution and a few sources; this lists all of them, read straight
from out/evidence.parquet with the filters pushed down, so it stays quick at a million rows.
"""
from __future__ import annotations

import difflib
import textwrap
from typing import Optional

import pandas as pd

from .client import last_results
from .clientdir import ClientDir
from .errors import CJMError
from .evidence import read_evidence
from .labels import count, label, number
from .scoring import to_display
from .model import Source
from .values import is_missing

KINDS = ("rating", "quote", "text", "judgement")
SHOWN = ["kind", "touchpoint", "stage", "persona", "valence", "raw", "measure", "file", "row", "line", "time",
         "column", "text", "confidence"]


def select_evidence(client_dir, *, touchpoint: Optional[str] = None, persona: Optional[str] = None,
                    kind: Optional[str] = None) -> pd.DataFrame:
    """The last run's evidence rows, filtered; touchpoints and personas by id or by name."""
    folder = ClientDir(client_dir)
    if not folder.evidence.is_file():
        raise CJMError(key="err_no_evidence", path=folder.evidence, dir=client_dir)
    results = last_results(client_dir)
    filters = []
    if touchpoint:
        filters.append(("touchpoint", "==", _resolve(touchpoint, {t.id: t.name for t in results.touchpoints},
                                                     "touchpoint")))
    if persona:
        filters.append(("persona", "==", _resolve(persona, {p.id: p.name for p in results.personas}, "persona")))
    if kind:
        if kind not in KINDS:
            raise CJMError(key="err_unknown_kind", kind=kind, kinds=", ".join(KINDS))
        filters.append(("kind", "==", kind))
    frame = pd.read_parquet(folder.evidence, filters=filters or None, engine="pyarrow") if filters \
        else read_evidence(folder.evidence)
    names = {p.id: p.name for p in results.personas}
    frame = frame[SHOWN].copy()
    frame["persona"] = frame["persona"].astype(object).map(lambda p: names.get(p, p))
    return frame.reset_index(drop=True)


def touchpoint_names(client_dir) -> dict[str, str]:
    """{touchpoint id: name} of the last run, for a listing in the client's words."""
    results = last_results(client_dir)
    return {t.id: t.name for t in results.touchpoints} if results else {}


def _resolve(wanted: str, names: dict[str, str], what: str) -> str:
    """The id a filter names: an id, a whole name, or a part of one name ("молодые" for "Молодые
    покупатели: ..."; persona names are long); else an error listing the names, and the closest."""
    if wanted in names:
        return wanted
    by_name = {name.casefold(): key for key, name in names.items()}
    if wanted.casefold() in by_name:
        return by_name[wanted.casefold()]
    partly = [key for key, name in names.items() if wanted.casefold() in name.casefold()]
    if len(partly) == 1:
        return partly[0]
    close = [names[key] for key in partly] or difflib.get_close_matches(wanted, [*names.values(), *names], n=3,
                                                                        cutoff=0.5)
    raise CJMError(key="err_unknown_filter_close" if close else "err_unknown_filter", what=what, wanted=wanted,
                   close=", ".join(repr(c) for c in close),
                   known=", ".join(repr(name) for name in names.values()) or "—")


def format_evidence(frame: pd.DataFrame, limit: int = 50, language: Optional[str] = "en",
                    touchpoints: Optional[dict[str, str]] = None) -> str:
    """A readable listing in the client's language: a count line, then one line per observation
    with its touchpoint's name (``touchpoints``: id -> name), its value on the map's −2..+2 scale,
    its words in the language's quotation marks and its source ("wiersz 12"); the kinds stay the
    words --kind takes (the CSV keeps the −1..+1 valence of evidence.parquet)."""
    touchpoints = touchpoints or {}
    observations = count(len(frame), "observation", language)
    lines = [label("evidence_header_first", language, observations=observations, limit=limit) if len(frame) > limit
             else label("evidence_header", language, observations=observations)]
    for row in frame.head(limit).itertuples(index=False):
        place = Source(file=str(row.file), row=_whole(row.row), line=_whole(row.line),
                       column=str(row.column)[:60] if isinstance(row.column, str) else None,
                       time=row.time if isinstance(row.time, str) else None).label(language)
        answer = " " + label("answer_on_scale", language, answer=number(row.raw, language, digits=0)) \
            if pd.notna(row.raw) else ""
        said = " " + label("quoted", language, text=textwrap.shorten(str(row.text), 120, placeholder="…")) \
            if isinstance(row.text, str) and row.text else ""
        about = textwrap.shorten(str(touchpoints.get(row.touchpoint, row.touchpoint) or row.stage or "-"), 16,
                                 placeholder="…")
        lines.append(f"{row.kind:<9} {about:<16} "
                     f"{number(to_display(row.valence), language, signed=True):>5}{answer}{said}  [{place}]")
    return "\n".join(lines)


def evidence_counts(client_dir) -> tuple[int, int, int]:
    """(observations, survey rows, transcripts) behind the last run, for the summary `cjm run` prints;
    nothing when the run wrote no evidence table."""
    path = ClientDir(client_dir).evidence
    if not path.is_file():
        return 0, 0, 0
    frame = pd.read_parquet(path, columns=["file", "row", "line"], engine="pyarrow")
    rows = len(frame.dropna(subset=["row"]).drop_duplicates(["file", "row"]))
    return len(frame), rows, int(frame.loc[frame["line"].notna(), "file"].nunique())


def _whole(value) -> Optional[int]:
    return None if is_missing(value) else int(value)
