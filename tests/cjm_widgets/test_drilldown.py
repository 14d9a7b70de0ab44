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
        "rating    search           -0.50 answer 2  [survey.csv, row 14, Search?]",
        "quote     delivery          0.00 “It came late.”  [anna.vtt, line 12, 00:01:02.000, Anna]"]
    polish = format_evidence(frame, limit=1, language="pl").splitlines()
    assert polish == ["2 obserwacje; pierwsze 1 (wszystkie: --csv):",
                      "rating    search           −0,50 odpowiedź 2  [survey.csv, wiersz 14, Search?]"]


def test_a_run_without_an_evidence_table_has_nothing_to_count(tmp_path):
    assert evidence_counts(tmp_path) == (0, 0, 0)
