"""Segmentation: rules the team picks, and Gower k-medoids clustering that finds planted segments."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from cjm_widgets.errors import InputError
from cjm_widgets.model import Observation, Source
from cjm_widgets.personas import distinguishing_answers, segment_clusters, segment_rules

COLUMNS = ["age", "channel", "satisfaction", "order"]
# planted segments: (mean age, channel, mean satisfaction 1..5, order, valence per touchpoint)
PLANTED = [
    (26, "app", 4.4, "returning", {"search": 0.6, "delivery": -0.6, "checkout": 0.7}),
    (44, "website", 2.0, "first order", {"search": -0.7, "delivery": 0.3, "checkout": -0.4}),
    (66, "phone", 3.4, "returning", {"search": 0.2, "delivery": -0.8, "checkout": 0.1}),
]


def planted_population(per_segment: int = 60, seed: int = 7) -> tuple[pd.DataFrame, pd.Series, list[Observation]]:
    """Respondents from three planted segments (with noise), the true segment, and their observations:
    a rating per touchpoint and one free-text comment each."""
    rng = np.random.default_rng(seed)
    rows, truth, observations = [], [], []
    for segment, (age, channel, satisfaction, order, feel) in enumerate(PLANTED):
        for _ in range(per_segment):
            rid = f"r{len(rows) + 1:04d}"
            rows.append({
                "age": round(age + rng.normal(0, 5)),
                "channel": channel if rng.random() < 0.85 else str(rng.choice(["app", "website", "phone"])),
                "satisfaction": int(np.clip(round(satisfaction + rng.normal(0, 0.7)), 1, 5)),
                "order": order if rng.random() < 0.9 else "returning",
                "comment": f"Respondent {rid} says the {'delivery' if segment != 1 else 'search'} "
                           f"{'was slow again' if segment != 1 else 'never finds what I type'}",
            })
            truth.append(segment)
            row = len(rows) + 1  # header is row 1
            for touchpoint, valence in feel.items():
                observations.append(Observation(touchpoint, float(np.clip(valence + rng.normal(0, 0.3), -1, 1)),
                                                "rating", Source("survey.csv", row=row, column=touchpoint),
                                                respondent=rid, measure="likert"))
            observations.append(Observation("delivery" if segment != 1 else "search", -0.5, "text",
                                            Source("survey.csv", row=row, column="comment"),
                                            text=rows[-1]["comment"], respondent=rid, measure="sentiment"))
    index = pd.Index([f"r{i:04d}" for i in range(1, len(rows) + 1)], name="respondent")
    return pd.DataFrame(rows, index=index), pd.Series(truth, index=index), observations


def adjusted_rand(a, b) -> float:
    """Adjusted Rand index: 1 = same partition, about 0 = chance agreement."""
    table = pd.crosstab(np.asarray(a), np.asarray(b)).to_numpy()
    pairs = lambda x: (x * (x - 1) / 2).sum()  # noqa: E731
    index, rows, cols = pairs(table), pairs(table.sum(1)), pairs(table.sum(0))
    expected = rows * cols / pairs(np.array([table.sum()]))
    return float((index - expected) / ((rows + cols) / 2 - expected))


# ---- rules ---------------------------------------------------------------------------

def test_rules_split_by_answers_and_merge_small_groups_into_other():
    frame = pd.DataFrame({"buyer": ["first"] * 12 + ["returning"] * 15 + ["gift"] * 3,
                          "device": ["phone"] * 27 + ["desktop"] * 3}, index=[str(i) for i in range(30)])
    labels = segment_rules(frame, ["buyer", "device"], min_size=10)
    assert labels.value_counts().to_dict() == {"returning · phone": 15, "first · phone": 12, "other": 3}
    assert labels.attrs["definitions"]["first · phone"] == {"method": "rules",
                                                            "rule": {"buyer": "first", "device": "phone"}}


def test_rules_cut_ages_into_three_readable_ranges_and_tidy_spellings():
    frame = pd.DataFrame({"age": list(range(18, 78)),
                          "year": ["Third Year", "third year ", "Fourth\u00a0year", "Fourth year"] * 15},
                         index=[f"id{i}" for i in range(60)])
    ages = segment_rules(frame, ["age"], min_size=1)
    assert sorted(ages.unique()) == ["age: 18–37", "age: 38–57", "age: 58–77"]
    years = segment_rules(frame, ["year"], min_size=1)
    assert years.value_counts().to_dict() == {"Fourth year": 30, "Third Year": 30}


def test_rules_report_unknown_column_and_repeated_ids():
    frame = pd.DataFrame({"age": [20, 30]}, index=["a", "b"])
    frame.attrs["file"] = "data/survey.csv"
    with pytest.raises(InputError) as error:
        segment_rules(frame, ["agee"])
    assert error.value.file == "data/survey.csv" and error.value.column == "agee" and "'age'" in error.value.fix
    assert error.value.in_language("pl") == ("data/survey.csv, kolumna 'agee': tej kolumny nie ma w ankiecie. "
                                             "Poprawka: Użyj jednej z: 'age'.")
    with pytest.raises(InputError, match="'a' appears more than once") as error:
        segment_rules(pd.DataFrame({"age": [1, 2]}, index=["a", "a"]), ["age"])
    assert error.value.in_language("ru").startswith("survey: идентификатор респондента 'a' встречается больше")


# ---- clustering ----------------------------------------------------------------------

def test_clusters_recover_three_planted_segments():
    respondents, truth, _ = planted_population()
    labels, diagnostics = segment_clusters(respondents, COLUMNS, k_range=(2, 6), seed=0)
    assert diagnostics["k"] == 3
    assert set(diagnostics["silhouette"]) == {2, 3, 4, 5, 6}
    assert max(diagnostics["silhouette"], key=diagnostics["silhouette"].get) == 3
    assert adjusted_rand(labels, truth) > 0.8
    assert diagnostics["columns"] == {"age": "numeric", "channel": "categorical",
                                      "satisfaction": "numeric", "order": "categorical"}
    centres = {c["channel"] for c in diagnostics["centres"].values()}
    assert centres == {"app", "website", "phone"}
    for name, medoid in diagnostics["medoids"].items():
        assert labels[medoid] == name


def test_clusters_are_reproducible_with_a_seed():
    respondents, _, _ = planted_population(per_segment=40, seed=3)
    first = segment_clusters(respondents, COLUMNS, seed=11)
    second = segment_clusters(respondents, COLUMNS, seed=11)
    pd.testing.assert_series_equal(first[0], second[0])
    assert first[1] == second[1]


def test_clusters_handle_missing_answers_and_people_who_skipped_everything():
    respondents, truth, _ = planted_population(seed=5)
    rng = np.random.default_rng(1)
    holed = respondents.copy().astype(object)
    for column in COLUMNS:
        holed.loc[rng.random(len(holed)) < 0.1, column] = None
    holed.loc[["r0001", "r0100"], COLUMNS] = None
    labels, diagnostics = segment_clusters(holed, COLUMNS, seed=0)
    assert labels[["r0001", "r0100"]].tolist() == ["other", "other"]
    answered = labels != "other"
    assert adjusted_rand(labels[answered], truth[answered]) > 0.7
    assert sum(diagnostics["sizes"].values()) == len(holed) - 2


def test_clusters_on_a_large_survey_fit_a_sample_and_label_everyone():
    respondents, truth, _ = planted_population(per_segment=800, seed=2)
    labels, diagnostics = segment_clusters(respondents, COLUMNS, k_range=(2, 3), seed=0)
    assert diagnostics["fitted_on"] == 2000
    assert labels.notna().all() and (labels != "other").all()
    assert adjusted_rand(labels, truth) > 0.8


def test_clusters_smaller_than_min_size_join_their_nearest_cluster():
    respondents, truth, _ = planted_population(per_segment=60, seed=7)
    few = respondents.iloc[list(range(126))]  # two planted segments and six people of the third
    _, kept_all = segment_clusters(few, COLUMNS, k_range=(2, 6), seed=0, min_size=1)
    assert kept_all["k"] == 3 and min(kept_all["sizes"].values()) < 10
    labels, diagnostics = segment_clusters(few, COLUMNS, k_range=(2, 6), seed=0, min_size=10)
    assert diagnostics["k"] == 2
    assert min(diagnostics["sizes"].values()) >= 10
    assert sum(diagnostics["sizes"].values()) == len(few) and (labels != "other").all()
    assert adjusted_rand(labels.iloc[:120], truth.iloc[:120]) > 0.8  # the two real segments stay apart
    with pytest.raises(ValueError, match="min_size"):
        segment_clusters(few, COLUMNS, min_size=0)


def test_clusters_need_enough_respondents():
    frame = pd.DataFrame({"age": [20, 30, None]}, index=["a", "b", "c"])
    with pytest.raises(InputError, match="only 2 respondents") as caught:
        segment_clusters(frame, ["age"], k_range=(2, 3))
    assert caught.value.in_language("pl") == (
        "survey, kolumna 'age': na wybrane kolumny odpowiedziało tylko 2 respondentów; grupowanie wymaga więcej "
        "niż 2. Poprawka: Wybierz kolumny, na które odpowiedziało więcej osób, albo ustaw "
        "`personas: {method: rules}` w kit.yaml.")
    assert "ответили только 2 респондента" in caught.value.in_language("ru")


def test_clusters_name_their_method_in_the_clients_language():
    respondents, _, _ = planted_population(per_segment=20, seed=3)
    _, english = segment_clusters(respondents, COLUMNS, k_range=(2, 3))
    _, russian = segment_clusters(respondents, COLUMNS, k_range=(2, 3), language="ru")
    assert english["method"] == "Gower distance + k-medoids, k by mean silhouette"
    assert russian["method"] == "расстояние Гауэра + k-медоиды, k по среднему силуэту"
    assert {k: v for k, v in russian.items() if k != "method"} == {k: v for k, v in english.items() if k != "method"}


# ---- what sets segments apart --------------------------------------------------------

def test_distinguishing_answers_name_the_planted_differences_with_numbers():
    respondents, truth, _ = planted_population()
    labels = truth.map({0: "young app", 1: "first website", 2: "older phone"})
    found = distinguishing_answers(respondents, labels, COLUMNS, top=3)
    app = found["young app"]
    assert len(app) == 3
    channel = next(e for e in app if e["column"] == "channel")
    assert channel["answer"] == "app" and channel["share_segment"] > 0.8 > channel["share_overall"]
    assert channel["k"] == (respondents.loc[labels == "young app", "channel"] == "app").sum()
    age = next(e for e in found["older phone"] if e["column"] == "age")
    assert age["mean_segment"] == pytest.approx(respondents.loc[labels == "older phone", "age"].mean(), abs=1e-3)
    assert age["effect"] > 1
    low = next(e for e in found["first website"] if e["column"] == "satisfaction")
    assert low["kind"] == "mean" and low["effect"] < -1
    assert all(abs(a["effect"]) >= abs(b["effect"]) for a, b in zip(app, app[1:]))
