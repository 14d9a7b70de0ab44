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
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pyarrow import feather

from .errors import InputError
from .model import Observation, Source
from .values import is_missing

# name -> kind of column: "cat" (few distinct texts), "str", "float", "int" (nullable)
COLUMNS = {
    "kind": "cat",  # rating | quote | text | judgement
    "touchpoint": "cat",  # touchpoint id; empty when only the stage is known
    "stage": "cat",  # stage id
    "valence": "float",  # -1..+1
    "raw": "float",  # the answer on its native scale (ratings)
    "measure": "cat",  # likert, nps, csat, ces, text, sentiment, judgement (a quote the team reviewed)
    "question": "cat",  # survey column / codebook id
    "respondent": "cat",  # survey respondent id or interview participant
    "persona": "cat",  # persona id, set by segmentation
    "file": "cat",  # provenance: the file, as named in the client's data folder
    "row": "int",  # survey row (1-based, as a spreadsheet shows it)
    "line": "int",  # transcript line
    "time": "str",  # transcript cue start
    "column": "cat",  # survey column, or the speaker of a quote
    "text": "str",  # the comment or quote, verbatim
    "confidence": "float",  # 0..1: how sure the coder is of the touchpoint (quotes, texts) and a quote's sign; 1 once reviewed
}
EVIDENCE_FILE = "evidence.parquet"


def empty_frame() -> pd.DataFrame:
    return conform(pd.DataFrame({name: [] for name in COLUMNS}))


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with exactly the contract's columns and types (missing ones added as empty).

    A column already of its type passes through uncopied: a run conforms tens of millions of rows
    several times, and only the first time converts anything."""
    n = len(frame)
    return pd.DataFrame({name: _conformed(frame[name] if name in frame.columns else None, kind, n)
                         for name, kind in COLUMNS.items()}, copy=False)


def _conformed(values: Optional[pd.Series], kind: str, n: int):
    """One column as its contract type: a Categorical of texts, float64, Int64 or objects (None if missing)."""
    if values is None:
        return constant(None, n) if kind == "cat" else \
            np.full(n, np.nan) if kind == "float" else \
            pd.arrays.IntegerArray(np.zeros(n, dtype=np.int64), np.ones(n, dtype=bool)) if kind == "int" else \
            pd.Series(np.full(n, None, dtype=object), dtype=object, copy=False)
    if kind == "cat":
        if not isinstance(values.dtype, pd.CategoricalDtype):
            values = values.astype(object).where(values.notna(), None).astype("category")
        categories = values.cat.categories
        if not (categories.dtype == object or isinstance(categories.dtype, pd.StringDtype)):  # numbers: as text
            return pd.Categorical.from_codes(values.cat.codes.to_numpy(),
                                             categories=pd.Index(categories.astype(str), dtype=object))
        return values.array
    if kind == "float":
        return values.to_numpy(dtype="float64") if values.dtype == "float64" else \
            pd.to_numeric(values, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
    if kind == "int":
        return values.array if values.dtype == "Int64" else pd.to_numeric(values, errors="coerce").astype("Int64").array
    array = values.to_numpy(dtype=object)
    missing = pd.isna(array)
    if missing.any():
        array = array.copy()
        array[missing] = None
    return pd.Series(array, dtype=object, copy=False)  # typed, so pandas does not scan it for dates


def concat(frames: Iterable[pd.DataFrame], columns: Optional[Sequence[str]] = None) -> pd.DataFrame:
    """Stack evidence frames, keeping the text columns categorical (pandas would make them objects);
    only ``columns`` (of the contract's) when given.

    A column no frame has is made once, at the full length: parts need to carry only what they know."""
    wanted = {name: COLUMNS[name] for name in columns} if columns is not None else COLUMNS
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty_frame()[list(wanted)]
    if len(frames) == 1 and columns is None:
        return conform(frames[0])
    stacked = {}
    for name, kind in wanted.items():
        if not any(name in f.columns for f in frames):
            stacked[name] = _conformed(None, kind, sum(len(f) for f in frames))
            continue
        parts = [_conformed(f[name] if name in f.columns else None, kind, len(f)) for f in frames]
        if len(parts) == 1:
            stacked[name] = parts[0]
        elif kind == "cat":
            stacked[name] = _union(parts)
        elif kind == "int":
            stacked[name] = pd.arrays.IntegerArray._concat_same_type(parts)
        else:  # numpy keeps None as None (pandas would infer a string type and turn it into NaN)
            stacked[name] = pd.Series(np.concatenate([np.asarray(p, dtype=object if kind == "str" else "float64")
                                                      for p in parts]), copy=False,
                                      dtype=object if kind == "str" else "float64")
    return pd.DataFrame(stacked, copy=False)


def _union(parts: list[pd.Categorical]) -> pd.Categorical:
    """Categoricals stacked on the union of their categories. The part with the most categories (the
    survey's million respondents) keeps its codes; the others' codes are remapped with numpy."""
    base = max(range(len(parts)), key=lambda i: len(parts[i].categories))
    categories = parts[base].categories
    for part in parts:
        if part.categories is not categories and not (len(part.categories) == len(categories)
                                                      and part.categories.equals(categories)):
            new = part.categories[categories.get_indexer(part.categories) < 0]
            if len(new):
                categories = categories.append(new)
    wide = np.int32 if len(categories) > 32767 else np.int16
    codes = []
    for part in parts:
        if part.categories is categories or (len(part.categories) <= len(categories)
                                             and categories[:len(part.categories)].equals(part.categories)):
            codes.append(part.codes.astype(wide, copy=False))  # its categories open the union: codes stand
        else:
            lookup = np.append(categories.get_indexer(part.categories), -1).astype(wide)  # code -1 stays -1
            codes.append(lookup[part.codes])
    return pd.Categorical.from_codes(np.concatenate(codes), categories=pd.Index(categories, dtype=object))


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
        value = {k: (None if is_missing(v) else v) for k, v in record.items()}
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
    """``path`` as Parquet (``.parquet``: the contract, compact, text columns dictionary-encoded) or
    as Arrow IPC (``.arrow``: a run's hand-over between steps, written and read near memory speed).

    Written ROW_GROUP rows at a time against one fixed schema (SCHEMA), so converting tens of millions
    of rows never holds a second copy of them, and every run's file has the same column types."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    frame = conform(frame)
    if path.suffix == ".arrow":
        writer = pa.ipc.new_file(tmp, SCHEMA, options=pa.ipc.IpcWriteOptions(compression="lz4"))
    else:
        writer = pq.ParquetWriter(tmp, SCHEMA, compression="zstd")
    with writer:
        for start in range(0, max(len(frame), 1), ROW_GROUP):
            chunk = pa.Table.from_pandas(frame.iloc[start:start + ROW_GROUP], schema=SCHEMA, preserve_index=False)
            writer.write_table(chunk)
    tmp.replace(path)
    return path


ROW_GROUP = 4 << 20  # rows converted and written at a time (a Parquet row group repeats the respondent dictionary)
SCHEMA = pa.schema([(name, {"cat": pa.dictionary(pa.int32(), pa.string()), "float": pa.float64(),
                            "int": pa.int64(), "str": pa.string()}[kind]) for name, kind in COLUMNS.items()])


def read_evidence(path, columns: Optional[list[str]] = None, *, kind: Optional[str] = None,
                  with_text: bool = False) -> pd.DataFrame:
    """The evidence a run wrote (only rows of ``kind``, or only rows with a text, when asked: read
    without converting the rest); an empty frame when the run had none."""
    path = Path(path)
    if not path.is_file():
        return empty_frame() if columns is None else empty_frame()[columns]
    where = pc.field("kind") == kind if kind else None
    if with_text:
        has_text = pc.field("text") != ""  # null texts drop out too
        where = has_text if where is None else where & has_text
    try:
        if path.suffix == ".arrow":
            table = feather.read_table(path, memory_map=True)
            table = (table if where is None else table.filter(where)).select(columns or table.column_names)
        else:
            table = pq.read_table(path, columns=columns, filters=where)
    except Exception as exc:  # noqa: BLE001 — pyarrow raises many kinds for a damaged file
        raise InputError(path, f"cannot be read as the kit's evidence table ({type(exc).__name__}: {exc}).",
                         fix="Rerun `cjm run` to rebuild out/.") from None
    frame = table.to_pandas()
    return frame if columns is not None else conform(frame)


def constant(value, n: int) -> pd.Categorical:
    """A categorical column holding one value n times (cheap: one code array)."""
    if value is None:
        return pd.Categorical.from_codes(np.full(n, -1, dtype=np.int8), categories=pd.Index([], dtype=object))
    return pd.Categorical.from_codes(np.zeros(n, dtype=np.int8), categories=pd.Index([value], dtype=object))


def _int(value) -> Optional[int]:
    return None if value is None else int(value)


def respondent_means(frame: pd.DataFrame, touchpoints: Iterable[str],
                     rows: Optional[np.ndarray] = None) -> pd.DataFrame:
    """Each respondent's mean valence on each of ``touchpoints`` (rows with a valence and a
    respondent; only ``rows``, a mask, when given): columns touchpoint (id), respondent (code into the frame's respondent categories)
    and mean. Integer keys sorted once; a survey's rows come in runs by question, which a stable
    sort merges rather than re-sorts."""
    touchpoint = frame["touchpoint"].astype("category").array
    respondent = frame["respondent"].astype("category").array.codes.astype(np.int64)
    valence = frame["valence"].to_numpy(dtype=float)
    keep = touchpoint.isin(list(touchpoints)) & ~np.isnan(valence) & (respondent >= 0)
    if rows is not None:
        keep &= rows
    if not keep.any():
        return pd.DataFrame({"touchpoint": pd.Series([], dtype=object), "respondent": np.zeros(0, np.int64),
                             "mean": np.zeros(0)})
    people = int(respondent.max()) + 1
    key = touchpoint.codes[keep].astype(np.int64) * people + respondent[keep]
    order = np.argsort(key, kind="stable")
    key, valence = key[order], valence[keep][order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    means = np.add.reduceat(valence, starts) / np.diff(np.r_[starts, len(key)])
    return pd.DataFrame({"touchpoint": pd.Categorical.from_codes(key[starts] // people, categories=touchpoint.categories),
                         "respondent": key[starts] % people, "mean": means})


def by_respondent(frame: pd.DataFrame, values: pd.Series, missing) -> np.ndarray:
    """``values`` (indexed by respondent id) laid out by ``frame``'s respondent codes: entry i is the
    value of category i, the last entry (code -1) and ids ``values`` lacks are ``missing``. Indexing
    it with the codes gives each row its respondent's value: one look-up per respondent, not per row."""
    values = pd.Series(values.to_numpy(), index=pd.Index(values.index.astype(str), dtype=object))
    values = values[~values.index.duplicated()]
    categories = frame["respondent"].astype("category").cat.categories
    laid_out = values.reindex(pd.Index(np.asarray(categories.astype(str), dtype=object)))
    return np.append(laid_out.where(laid_out.notna(), missing).to_numpy(), missing)
