"""`cjm evidence`'s listing and the counts `cjm run` prints, in the language asked for."""
from __future__ import annotations

import pandas as pd

from cjm_widgets.drilldown import SHOWN, evidence_counts, format_evidence


def test_the_evidence_listing_counts_and_places_each_row_in_the_language_asked_for():
    rows = [{"kind": "rating", "touchpoint": "search", "valence": -0.5, "raw": 2.0, "file": "survey.csv", "row": 14,
             "column": "Search?"},
            {"kind": "quote", "touchpoint": "delivery", "valence": 0.0, "file": "anna.vtt", "line": 12,
             "time": "00:01:02.000", "column": "Anna", "text": "It came late."}]
    frame = pd.DataFrame(rows).reindex(columns=SHOWN)
    assert format_evidence(frame).splitlines() == [
        "2 observations:",
        "rating    search           -1.00 answer 2  [survey.csv, row 14, Search?]",  # the map's -2..+2
        "quote     delivery          0.00 “It came late.”  [anna.vtt, line 12, 00:01:02.000, Anna]"]
    polish = format_evidence(frame, limit=1, language="pl").splitlines()
    assert polish == ["2 obserwacje; pierwsze 1 (wszystkie: --csv):",
                      "rating    search           −1,00 odpowiedź 2  [survey.csv, wiersz 14, Search?]"]


def test_a_run_without_an_evidence_table_has_nothing_to_count(tmp_path):
    assert evidence_counts(tmp_path) == (0, 0, 0)


def test_the_listing_names_touchpoints_and_quotes_in_the_clients_marks():
    rows = [{"kind": "quote", "touchpoint": "delivery", "valence": -0.4, "file": "anna.vtt", "line": 3,
             "column": "Anna", "text": "Kurier przyjechał dwa dni po terminie i zostawił paczkę pod drzwiami " * 3}]
    frame = pd.DataFrame(rows).reindex(columns=SHOWN)
    line = format_evidence(frame, language="pl", touchpoints={"delivery": "Dostawa"}).splitlines()[1]
    assert line.startswith("quote     Dostawa          −0,80 „Kurier przyjechał dwa dni po terminie")
    assert "…”  [anna.vtt, wiersz 3, Anna]" in line
    russian = format_evidence(frame.assign(text="Курьер опоздал."), language="ru", touchpoints={"delivery": "Доставка"})
    assert "Доставка" in russian and "«Курьер опоздал.»" in russian


def test_a_persona_is_found_by_a_part_of_its_name_and_the_error_lists_names():
    import pytest
    from cjm_widgets.drilldown import _resolve
    from cjm_widgets.errors import CJMError

    names = {"p-cluster-1-a918cf": "Молодые покупатели: 18–24, телефон", "p-cluster-2-77ab01": "Постоянные клиенты: 45–54"}
    assert _resolve("молодые", names, "persona") == "p-cluster-1-a918cf"
    with pytest.raises(CJMError) as error:
        _resolve("клиенты и покупатели", names, "persona")
    assert "'Молодые покупатели: 18–24, телефон'" in str(error.value) and "p-cluster" not in str(error.value)
