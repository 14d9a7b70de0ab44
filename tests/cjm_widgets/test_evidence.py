"""The evidence table: its columns and types, stacking, the two file forms, per-respondent means."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from cjm_widgets.evidence import (COLUMNS, by_respondent, concat, conform, constant, frame_from_observations, read_evidence,
                                  respondent_means, write_evidence)
from cjm_widgets.model import Observation, Source


def survey_part(touchpoint: str, respondents: pd.Categorical, valences) -> pd.DataFrame:
    n = len(respondents)
    return pd.DataFrame({"kind": constant("rating", n), "touchpoint": constant(touchpoint, n),
                         "respondent": respondents, "valence": np.asarray(valences, dtype=float),
                         "file": constant("survey.csv", n), "row": np.arange(2, n + 2)})


def test_conform_gives_every_column_its_type_and_keeps_typed_columns_uncopied():
    part = conform(survey_part("delivery", pd.Categorical(["r1", "r2"]), [0.5, -1.0]))
    assert list(part.columns) == list(COLUMNS)
    assert isinstance(part["touchpoint"].dtype, pd.CategoricalDtype) and part["row"].dtype == "Int64"
    assert part["text"].tolist() == [None, None] and part["line"].isna().all() and part["raw"].isna().all()
    again = conform(part)
    assert np.shares_memory(again["valence"].to_numpy(), part["valence"].to_numpy())
    assert again["respondent"].array.codes is part["respondent"].array.codes or \
        np.shares_memory(again["respondent"].array.codes, part["respondent"].array.codes)


def test_concat_keeps_every_value_when_the_parts_name_different_things():
    people = pd.Categorical(["r1", "r2", "r3"])
    survey = concat([survey_part("delivery", people, [1, 0, -1]), survey_part("search", people, [0.5, 0.5, 0.5])])
    quotes = frame_from_observations([Observation("returns", -0.6, "quote", Source("01_anna.vtt", line=12),
                                                  text="The refund took weeks.", respondent="Anna")])
    both = concat([survey, quotes])
    assert both["touchpoint"].astype(object).tolist() == ["delivery"] * 3 + ["search"] * 3 + ["returns"]
    assert both["respondent"].astype(object).tolist() == ["r1", "r2", "r3"] * 2 + ["Anna"]
    assert both["kind"].astype(object).tolist() == ["rating"] * 6 + ["quote"]
    assert both["line"].tolist()[-1] == 12 and both["row"].isna().tolist() == [False] * 6 + [True]
    assert both["text"].tolist()[-1] == "The refund took weeks." and both["text"].tolist()[0] is None


@pytest.mark.parametrize("name", ["evidence.parquet", "hand_over.arrow"])
def test_both_file_forms_read_back_what_was_written_and_filter_by_kind(tmp_path, name):
    people = pd.Categorical(["r1", "r2"])
    frame = concat([survey_part("delivery", people, [1, -0.5]),
                    frame_from_observations([Observation("delivery", -0.8, "quote", Source("a.txt", line=3),
                                                         text="Late again.", respondent="Ola")])])
    path = write_evidence(frame, tmp_path / name)
    back = read_evidence(path)
    pd.testing.assert_frame_equal(back.astype(object), frame.astype(object))
    assert read_evidence(path, kind="quote")["text"].tolist() == ["Late again."]
    assert read_evidence(tmp_path / "missing.arrow").empty


def test_respondent_means_equal_a_plain_group_by():
    rng = np.random.default_rng(7)
    n = 5000
    frame = conform(pd.DataFrame({
        "touchpoint": pd.Categorical(rng.choice(["a", "b", "c", None], n)),
        "respondent": pd.Categorical(rng.choice([f"r{i}" for i in range(300)] + [None], n)),
        "valence": np.where(rng.random(n) < 0.1, np.nan, rng.uniform(-1, 1, n)), "kind": constant("rating", n)}))
    mask = rng.random(n) < 0.8
    means = respondent_means(frame, ["a", "b"], rows=mask)
    means["respondent"] = frame["respondent"].cat.categories[means["respondent"]]
    plain = frame[mask & frame["touchpoint"].isin(["a", "b"]).to_numpy()].dropna(subset=["valence", "respondent"])
    expected = plain.groupby([plain["touchpoint"].astype(object), plain["respondent"].astype(object)])["valence"].mean()
    got = {(str(t), str(r)): m for t, r, m in zip(means["touchpoint"], means["respondent"], means["mean"])}
    assert got == pytest.approx({(str(t), str(r)): m for (t, r), m in expected.items()})
    assert len(got) > 400


def test_by_respondent_gives_each_row_its_respondents_value():
    frame = conform(pd.DataFrame({"respondent": pd.Categorical(["r2", None, "r1", "r3", "r2"])}))
    laid_out = by_respondent(frame, pd.Series([0.5, -1.0], index=["r1", "r2"]), np.nan)
    per_row = laid_out[frame["respondent"].cat.codes.to_numpy()]
    assert per_row[[0, 2, 4]].tolist() == [-1.0, 0.5, -1.0] and np.isnan(per_row[[1, 3]]).all()
