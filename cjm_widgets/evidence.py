"""The evidence table: one row per observation with its full provenance, as a columnar frame.

A survey of a million respondents gives tens of millions of observations: as Python objects
they take minutes and gigabytes, as columns they take seconds and megabytes. Every step of a run
therefore hands evidence on as a pandas DataFrame with the columns below, stored as
``out/evidence.parquet`` (the stable contract for anyone analysing the evidence outside the kit,
documented in README). ``Observation`` objects remain for the few rows a map shows.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np
import pandas as pd

from .errors import InputError
from .model import Observation, Source

# name -> kind of column: "cat" (few distinct texts), "str", "float", "int" (nullable)
COLUMNS = {
    "kind": "cat",  # rating | quote | text | judgement
    "touchpoint": "cat",  # touchpoint id; empty when only the stage is known
    "stage": "cat",  # stage id
    "valence": "float",  # -1..+1
    "raw": "float",  # the answer on its native scale (ratings)
    "measure": "cat",  # likert, nps, csat, ces, sentiment, judgement
    "question": "cat",  # survey column / codebook id
    "respondent": "cat",  # survey respondent id or interview participant
    "persona": "cat",  # persona id, set by segmentation
    "file": "cat",  # provenance: the file, as named in the client's data folder
    "row": "int",  # survey row (1-based, as a spreadsheet shows it)
    "line": "int",  # transcript line
    "time": "str",  # transcript cue start
    "column": "cat",  # survey column, or the speaker of a quote
    "text": "str",  # the comment or quote, verbatim
    "confidence": "float",  # 0..1: how sure the coder is of the touchpoint (quotes, texts)
}
EVIDENCE_FILE = "evidence.parquet"


def empty_frame() -> pd.DataFrame:
    return conform(pd.DataFrame({name: [] for name in COLUMNS}))


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with exactly the contract's columns and types (missing ones added as empty)."""
    out = {}
    n = len(frame)
    for name, kind in COLUMNS.items():
        values = frame[name] if name in frame.columns else pd.Series([None] * n, index=frame.index, dtype=object)
        if kind == "cat":
            if not isinstance(values.dtype, pd.CategoricalDtype):
                values = values.astype(object).where(values.notna(), None).astype("category")
            if values.cat.categories.dtype != object:
                values = values.cat.rename_categories(pd.Index(values.cat.categories.astype(str), dtype=object))
            out[name] = values
        elif kind == "float":
            out[name] = pd.to_numeric(values, errors="coerce").astype("float64")
        elif kind == "int":
            out[name] = pd.to_numeric(values, errors="coerce").astype("Int64")
        else:
            out[name] = values.astype(object).where(values.notna(), None)
    return pd.DataFrame(out).reset_index(drop=True)


def concat(frames: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Stack evidence frames, keeping the text columns categorical (pandas would make them objects)."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty_frame()
    if len(frames) == 1:
        return conform(frames[0])
    from pandas.api.types import union_categoricals

    frames = [conform(f) for f in frames]
    columns = {}
    for name, kind in COLUMNS.items():
        parts = [f[name] for f in frames]
        if kind == "cat":
            columns[name] = pd.Series(union_categoricals([p.astype("category") for p in parts], ignore_order=True))
        else:
            columns[name] = pd.concat(parts, ignore_index=True)
    return pd.DataFrame(columns)


def frame_from_observations(observations: Sequence[Observation]) -> pd.DataFrame:
    """Observations (a workshop-sized list) as an evidence frame, row i = observation i."""
    if not observations:
        return empty_frame()
    records = {name: [] for name in COLUMNS}
    for ob in observations:
        source = ob.source or Source(file="")
        for name, value in (("kind", ob.kind), ("touchpoint", ob.touchpoint), ("stage", ob.stage),
                            ("valence", ob.valence), ("raw", ob.raw), ("measure", ob.measure),
                            ("question", ob.question), ("respondent", ob.respondent), ("persona", ob.persona),
                            ("file", source.file), ("row", source.row), ("line", source.line),
                            ("time", source.time), ("column", source.column), ("text", ob.text or None),
                            ("confidence", ob.confidence)):
            records[name].append(value)
    return conform(pd.DataFrame(records))


def observations_from_frame(frame: pd.DataFrame) -> list[Observation]:
    """Rows back to Observations: only for the few rows a map or an editor shows."""
    result = []
    for record in frame.to_dict("records"):
        value = {k: (None if _missing(v) else v) for k, v in record.items()}
        result.append(Observation(
            touchpoint=value["touchpoint"], valence=float(value["valence"]), kind=str(value["kind"]),
            source=Source(file=str(value["file"] or ""), row=_int(value["row"]), line=_int(value["line"]),
                          column=value["column"], time=value["time"]),
            stage=value["stage"], text=value["text"] or "", respondent=value["respondent"],
            persona=value["persona"], question=value["question"], measure=value["measure"],
            raw=None if value["raw"] is None else float(value["raw"]),
            confidence=None if value["confidence"] is None else float(value["confidence"])))
    return result


def write_evidence(frame: pd.DataFrame, path) -> Path:
    """Parquet, one row per observation; text columns dictionary-encoded, so repeated files,
    columns and touchpoints cost next to nothing."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    conform(frame).to_parquet(tmp, index=False, engine="pyarrow", compression="zstd")
    tmp.replace(path)
    return path


def read_evidence(path, columns: Optional[list[str]] = None, *, kind: Optional[str] = None) -> pd.DataFrame:
    """The evidence a run wrote (only rows of ``kind`` when given, read without loading the rest);
    an empty frame when the run had none."""
    path = Path(path)
    if not path.is_file():
        return empty_frame() if columns is None else empty_frame()[columns]
    try:
        frame = pd.read_parquet(path, columns=columns, engine="pyarrow",
                                filters=[("kind", "==", kind)] if kind else None)
    except Exception as exc:  # noqa: BLE001 — pyarrow raises many kinds for a damaged file
        raise InputError(path, f"cannot be read as the kit's evidence table ({type(exc).__name__}: {exc}).",
                         fix="Rerun `cjm run` to rebuild out/.") from None
    return frame if columns is not None else conform(frame)


def constant(value, n: int) -> pd.Categorical:
    """A categorical column holding one value n times (cheap: one code array)."""
    if value is None:
        return pd.Categorical.from_codes(np.full(n, -1, dtype=np.int8), categories=pd.Index([], dtype=object))
    return pd.Categorical.from_codes(np.zeros(n, dtype=np.int8), categories=pd.Index([value], dtype=object))


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))


def _int(value) -> Optional[int]:
    return None if value is None else int(value)
