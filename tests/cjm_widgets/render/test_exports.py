"""Figure files, spreadsheets guarded against formula injection, and the Mermaid diagram."""
from __future__ import annotations

import csv

import openpyxl
import pytest
from matplotlib.figure import Figure

from samples import FORMULA, HOSTILE, sample_journey

from cjm_widgets.render import figure_svg, journey_figure, mermaid_journey, write_figures, write_tables
from cjm_widgets.render.tables import guard_cell, journey_tables


# ---- figure -------------------------------------------------------------------------------

def test_figure_has_stage_columns_faces_band_and_persona_lines():
    fig = journey_figure(sample_journey())
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    texts = [t.get_text() for t in ax.texts]
    assert "Awareness" in texts and "Consideration" in texts
    assert "no evidence" in texts  # the chat touchpoint, never a number
    assert ax.get_ylim() == (-2.4, 2.4)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["-2.00", "-1.00", "0.00", "+1.00", "+2.00"]
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert {"95% interval", "All respondents", "Loyal fan", "workshop override", "pain point"} <= set(legend)
    assert any(name.startswith("Bargain hunter") for name in legend)
    # the main curve: values of the scored touchpoints, a gap (NaN) where there is no evidence and
    # where a value rests on too few observations (checkout, n=3)
    main = next(line for line in ax.lines if line.get_label() == "All respondents")
    ys = list(main.get_ydata())
    assert ys[:3] == [1.5, 0.2, -1.2] and ys[3] != ys[3] and ys[4] != ys[4]
    assert "too few observations to measure" in legend


def test_persona_figure_and_language():
    fig = journey_figure(sample_journey(), persona="p2", language="pl")
    ax = fig.axes[0]
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "Loyal fan" in labels and "Wszyscy respondenci" in labels
    assert "brak danych" in [t.get_text() for t in ax.texts]


def test_svg_is_inline_text_without_external_references():
    svg = figure_svg(journey_figure(sample_journey()), id_prefix="x1")
    assert svg.startswith("<svg") and "<!DOCTYPE" not in svg and "<?xml" not in svg
    assert "purl.org" not in svg and "<metadata>" not in svg
    assert "<script" not in svg and "&lt;script&gt;" in svg  # hostile names stay text
    assert 'id="x1-' in svg and 'url(#x1-' in svg


def test_write_figures(tmp_path):
    paths = write_figures(sample_journey(), tmp_path)
    assert [p.name for p in paths] == ["journey_map.png", "journey_map.svg", "journey_map.pdf"]
    assert paths[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert paths[2].read_bytes()[:5] == b"%PDF-"
    assert "<svg" in paths[1].read_text(encoding="utf-8")


# ---- tables -------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, safe", [
    ("=1+1", "'=1+1"), ("+48 600", "'+48 600"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("fine = ok", "fine = ok"), (-1.5, -1.5), (3, 3), (None, None),
    (True, True), ("bell\x07", "bell"),
])
def test_guard_cell(raw, safe):
    assert guard_cell(raw) == safe


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    return out, write_tables(sample_journey(), out)


def _csv(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_tables_written_as_csv_and_one_workbook(tables):
    out, paths = tables
    assert sorted(p.name for p in paths) == ["journey_tables.xlsx", "opportunities.csv", "pain_points.csv",
                                             "scores.csv", "touchpoints.csv"]
    book = openpyxl.load_workbook(out / "journey_tables.xlsx")
    assert book.sheetnames == ["Touchpoints", "Scores", "Pain points", "Opportunities"]  # for people
    touchpoints = _csv(out / "touchpoints.csv")
    assert [r["id"] for r in touchpoints] == ["ads", "store", "search", "chat", "checkout"]
    chat = touchpoints[3]
    assert chat["value"] == "" and chat["evidence"] == "no evidence" and chat["n"] == "0"
    search = touchpoints[2]
    assert search["value"] == "-1.2" and search["override"] == "-2.0" and search["pain_point"] == "True"
    scores = _csv(out / "scores.csv")
    assert len(scores) == len(sample_journey().scores)
    ads = next(r for r in scores if r["touchpoint"] == "ads" and r["persona"] == "all")
    assert (ads["n"], ads["evidence_sampled"]) == ("40", "2")  # 40 observations, 2 rows kept for the map
    assert "evidence_n" not in ads


def test_tables_say_no_evidence_in_the_clients_language_and_keep_dot_decimals(tmp_path):
    write_tables(sample_journey("ru"), tmp_path)
    chat = _csv(tmp_path / "touchpoints.csv")[3]
    assert chat["evidence"] == "нет данных" and chat["value"] == ""
    scores = _csv(tmp_path / "scores.csv")
    assert "no evidence" not in (tmp_path / "scores.csv").read_text(encoding="utf-8-sig")
    assert any(r["score"] == "-1.2" for r in scores)  # data files stay machine-readable


def test_pain_points_table_gives_all_observations_and_the_negative_ones(tables):
    out, _ = tables
    pains = {row["touchpoint"]: row for row in _csv(out / "pain_points.csv")}
    assert (pains["search"]["n"], pains["search"]["negative_n"]) == ("12", "9")  # 75% of 12
    assert (pains["checkout"]["n"], pains["checkout"]["negative_n"]) == ("3", "3")
    assert "evidence_sampled" not in pains["search"]


def test_spreadsheets_guard_formulas_and_keep_numbers(tables):
    out, _ = tables
    opportunities = _csv(out / "opportunities.csv")
    assert opportunities[1]["title"] == "'" + FORMULA
    assert opportunities[0]["title"] == f"One-click pay {HOSTILE}"
    pains = _csv(out / "pain_points.csv")
    assert pains[0]["note"] == "'" + FORMULA and pains[0]["stage"] == f"Decision {HOSTILE}"
    book = openpyxl.load_workbook(out / "journey_tables.xlsx")
    sheet = book["Opportunities"]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)  # no formula anywhere
    assert sheet["B3"].value == "'" + FORMULA
    scores = book["Scores"]
    header = [c.value for c in scores[1]]
    assert header[:9] == ["Level", "Stage id", "Touchpoint id", "Persona", "Score (−2..+2)", "Observations",
                          "95% interval from", "95% interval to", "Confidence"]
    values = [row[header.index("Score (−2..+2)")] for row in scores.iter_rows(min_row=2, values_only=True)]
    assert -1.2 in values and isinstance(values[0], float)  # negative numbers stay numbers
    touchpoints = book["Touchpoints"]
    owners = [row[6] for row in touchpoints.iter_rows(min_row=2, values_only=True)]
    assert owners[-1] == "'" + FORMULA


@pytest.mark.parametrize("language, sheets, header, words", [
    ("pl", ["Punkty styku", "Oceny", "Punkty bólu", "Szanse"],
     ["Poziom", "Id etapu", "Id punktu styku", "Persona", "Ocena (−2..+2)", "Obserwacje", "Przedział 95% od",
      "Przedział 95% do", "Wiarygodność"],
     {"level": "Punkt styku", "persona": "Wszyscy respondenci", "confidence": "wiarygodne", "yes": "tak",
      "no": "nie", "channel": "media społecznościowe", "offline": "offline"}),
    ("ru", ["Точки контакта", "Оценки", "Болевые точки", "Возможности"],
     ["Уровень", "ID этапа", "ID точки контакта", "Персона", "Оценка (−2..+2)", "Наблюдения", "95% интервал от",
      "95% интервал до", "Надёжность"],
     {"level": "Точка контакта", "persona": "Все респонденты", "confidence": "надёжно", "yes": "да", "no": "нет",
      "channel": "соцсети", "offline": "офлайн"})])
def test_the_workbook_speaks_the_clients_language_and_the_csvs_keep_codes(tmp_path, language, sheets, header, words):
    """The PL and RU workbooks had English headers and "level", "reliable", "True" for consultants
    who read Polish or Russian; the CSVs stay for scripts (README's column names and codes)."""
    write_tables(sample_journey(language), tmp_path)
    book = openpyxl.load_workbook(tmp_path / "journey_tables.xlsx")
    assert book.sheetnames == sheets
    scores = list(book[sheets[1]].iter_rows(values_only=True))
    assert list(scores[0][:9]) == header
    headers = [c.value for sheet in book for c in sheet[1]]
    columns = {key for rows in journey_tables(sample_journey(language)).values() for key in rows[0]}
    assert not [h for h in headers if h in columns or h.startswith("sheet_")]  # every header a word, none a key
    first = dict(zip(scores[0], scores[1]))  # ads for all respondents, n=40
    assert (first[header[0]], first[header[3]], first[header[8]]) == (words["level"], words["persona"],
                                                                      words["confidence"])
    touchpoints = list(book[sheets[0]].iter_rows(values_only=True))
    rows = {row[0]: dict(zip(touchpoints[0], row)) for row in touchpoints[1:]}
    assert words["channel"] in rows["ads"].values() and words["offline"] in rows["store"].values()
    assert words["yes"] in rows["search"].values() and words["no"] in rows["ads"].values()  # pain point or not
    texts = [c.value for sheet in book for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert not {"True", "False", "reliable", "indicative", "insufficient", "touchpoint", "all"} & set(texts)
    assert not [t for t in texts if t.startswith(("=", "+", "-", "@"))]  # every text cell guarded, headers too
    assert "'" + FORMULA in texts
    assert book[sheets[0]].cell(row=2, column=8).number_format == "0%"  # reach 0.7 reads 70%
    assert book[sheets[1]].cell(row=2, column=5).number_format == "0.00"  # a score reads 1,50 as on the map
    csv_scores = _csv(tmp_path / "scores.csv")
    assert list(csv_scores[0])[:4] == ["level", "stage", "touchpoint", "persona"]
    assert (csv_scores[0]["level"], csv_scores[0]["persona"], csv_scores[0]["confidence"]) == \
        ("touchpoint", "all", "reliable")
    assert _csv(tmp_path / "touchpoints.csv")[2]["pain_point"] == "True"


# ---- mermaid ------------------------------------------------------------------------------

def test_mermaid_journey_sections_tasks_and_scores():
    text = mermaid_journey(sample_journey())
    lines = text.splitlines()
    assert lines[0] == "journey"
    assert "    section Awareness" in lines and "    section Consideration" in lines
    assert "      Instagram ads: 4: Marketing" in lines  # +1.5 -> 4.5 -> 4 (round half to even)
    assert "      Site search $5: 2: E-commerce" in lines  # -1.2 -> 1.8 -> 2
    assert "      Live chat (no evidence): 3: Support" in lines
    checkout = next(line for line in lines if line.strip().startswith("Checkout"))
    assert checkout.strip().endswith(": 1: =HYPERLINK( x )")


def test_mermaid_text_cannot_break_the_syntax():
    journey = sample_journey()
    journey.touchpoints[0].name = "section Evil: 5: me\ntitle Pwned; %% comment #35;"
    journey.stages[0].name = "Aware:\nness"
    lines = mermaid_journey(journey).splitlines()
    assert "    section Aware ness" in lines
    task = lines[lines.index("    section Aware ness") + 1]
    assert task == "      · section Evil 5 me title Pwned comment 35: 4: Marketing"
    assert all(line.count(":") == 2 for line in lines if line.startswith("      "))
    assert sum(line.strip().startswith("title") for line in lines) == 1
