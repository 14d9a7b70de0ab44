"""read_survey / inspect_survey on real exports (../shared/fixtures-real) and synthetic ones."""
from __future__ import annotations

import json

import pytest

from conftest import TEST_DATA
from cjm_widgets.errors import InputError
from cjm_widgets.survey import format_inspection, inspect_survey, read_survey

DATA = TEST_DATA / "surveys"
LIME = "limesurvey/limesurvey_results-survey_fullheadings.csv"


def _q(report, start):
    found = [q for q in report["questions"] if q["column"].startswith(start)]
    assert found, start
    return found[0]


# ---- real exports -----------------------------------------------------------------------

def test_qualtrics_three_header_rows(real_fixtures):
    report = inspect_survey(real_fixtures / "qualtrics/qualtrics_sample_3header_de.csv")
    assert (report["format"], report["header_rows"], report["respondents"]) == ("qualtrics", 3, 1)
    q2 = _q(report, "Q2")
    assert q2["text"] == "This is a free text question." and q2["type"] == "text" and q2["n"] == 1
    assert _q(report, "ResponseId")["type"] == "id"
    assert _q(report, "StartDate")["type"] == "date"
    assert _q(report, "Q1")["type"] == "choice"


@pytest.mark.parametrize("name", ["google_forms_via_sheets_sp24.csv", "google_forms_via_sheets_sp24.xlsx"])
def test_google_forms_csv_and_xlsx(real_fixtures, name):
    survey = read_survey(real_fixtures / "google_forms" / name)
    assert survey.format == "google_forms" and len(survey.rows) == 91 and survey.problems == []
    assert survey.rows[0] == 2  # the first respondent is on line/row 2, under the header
    hotdog = survey.frame["Do you believe that a hotdog falls under the category of a sandwich?"]
    assert hotdog.value_counts().to_dict() == {"No": 61, "Yes": 30}
    types = {q.column: q.type for q in survey.questions}
    assert types["Timestamp"] == "date"
    assert types["What is the rationale behind your opinion?"] == "text"
    assert survey.question("What is the rationale behind your opinion?").n == 81


def test_limesurvey_full_headings(real_fixtures):
    survey = read_survey(real_fixtures / LIME)
    assert (survey.format, survey.encoding, survey.header_rows) == ("limesurvey", "utf-8", 1)
    assert len(survey.rows) == 70
    assert len(survey.questions) == 146
    assert all("\u00a0" not in q.column for q in survey.questions)  # NBSP shown as a space
    assert survey.question("Date submitted").type == "date"
    assert survey.question("Date submitted").n == 0  # 1980-01-01 placeholders are not dates
    # text Likert "very poor".."very good"; "not applicable" is missing, never a point
    overall = survey.questions[32]
    assert overall.column.startswith("Rate the overall quality of this unit test: [I rate")
    assert (overall.type, overall.scale, overall.n, overall.mean) == ("likert", (1, 5), 22, 2.5)
    # importance "not at all important".."extremely important", with "I do not know" missing
    first = survey.questions[121]
    assert (first.type, first.n, first.mean) == ("likert", 70, round(314 / 70, 3))
    dont_know = survey.questions[123]
    assert dont_know.n == 66  # 4 "I do not know" answers left out
    # sub-question columns with Yes/No are a multiple-answer question, [Other] is text
    assert survey.question("Employment: What is your current employment status? [Student]").type == "multi"
    assert survey.question("Employment: What is your current employment status? [Other]").type == "text"
    # a quoted answer with newlines stays one respondent, and rows are the spreadsheet's: the header
    # is row 1, the 70th respondent row 71, whatever lines their answers span in the file
    assert survey.rows[:2] == [2, 3] and survey.rows[-1] == 71
    # the one non-number in a number column is reported with row and column
    assert any("'3000+'" in p and "size of the team" in p and ", row " in p for p in survey.problems)


def test_limesurvey_inspection_is_json_and_readable(real_fixtures):
    report = inspect_survey(real_fixtures / LIME)
    assert set(report) >= {"format", "encoding", "delimiter", "header_rows", "respondents", "problems",
                           "questions"}
    json.dumps(report)  # the contract is JSON
    text = format_inspection(report)
    assert "format limesurvey" in text and "· 70 respondents" in text and "likert" in text
    assert "… [The test code is readable]" in text  # the rows of an array question stay apart
    polish = format_inspection(inspect_survey(real_fixtures / LIME, "pl"), language="pl")
    assert "format limesurvey · kodowanie utf-8 · separator , · wiersze nagłówka 1 · 70 respondentów" in polish
    assert "kolumna" in polish and "średnia" in polish and "nie jest liczbą" in polish


# ---- synthetic exports of other tools ------------------------------------------------------

def test_qualtrics_legacy_two_rows():
    survey = read_survey(DATA / "qualtrics_legacy.csv")
    assert (survey.format, survey.header_rows, len(survey.rows)) == ("qualtrics", 2, 4)
    nps = survey.question("Q1")
    assert nps.text == "How likely are you to recommend us to a friend?"
    assert (nps.type, nps.nps) == ("nps", 25.0)  # 2 promoters, 1 detractor of 4
    assert survey.question("Q2").type == "csat" and survey.question("Q2").mean == 3.25
    assert survey.question("ResponseID").type == "id"


def test_surveymonkey_two_header_rows():
    survey = read_survey(DATA / "surveymonkey.csv")
    assert (survey.format, survey.header_rows, survey.encoding) == ("surveymonkey", 2, "utf-8-sig")
    assert len(survey.rows) == 5
    assert survey.rows == [3, 4, 5, 6, 7]  # respondent 3's answer spans two lines: still one spreadsheet row
    columns = list(survey.frame.columns)
    assert "Which channels did you use? - Website" in columns
    assert "Which channels did you use? - App" in columns
    assert survey.question("Which channels did you use? - App").type == "multi"
    assert survey.question("Which channels did you use? - App").text == "Which channels did you use?"
    csat = survey.question("How satisfied are you with our delivery?")
    assert (csat.type, csat.mean) == ("csat", 3.8)  # 5,4,2,3,5 from the labels
    nps = survey.question("How likely is it that you would recommend us to a friend?")
    assert (nps.type, nps.nps) == ("nps", 0.0)  # 10, 9 promoters; 4, 6 detractors
    assert survey.frame["What should we improve?"].iloc[2] == "The parcel came late,\nand damaged"


def test_typeform():
    survey = read_survey(DATA / "typeform.csv")
    assert survey.format == "typeform" and len(survey.rows) == 3
    assert survey.question("#").type == "id" and survey.question("Network ID").type == "meta"
    assert survey.question("How easy was it to place your order?").type == "ces"


def _write_xlsx(path, sheets):
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_microsoft_forms_xlsx_data_not_on_first_sheet(tmp_path):
    import datetime as dt

    when = dt.datetime(2024, 5, 1, 10, 0)
    path = _write_xlsx(tmp_path / "forms.xlsx", {
        "Info": [["Exported from Microsoft Forms"]],
        "Form1": [["Id", "Start time", "Completion time", "Email", "Name",
                   "How satisfied are you with delivery?", "Comments"],
                  [1, when, when, "anonymous", None, 5, "Fast"],
                  [2, when, when, "anonymous", None, 2, "Late"],
                  [3, when, when, "anonymous", None, 4, None]],
    })
    survey = read_survey(path)
    assert survey.format == "microsoft_forms" and survey.rows == [2, 3, 4]
    assert survey.encoding is None and survey.delimiter is None
    csat = survey.question("How satisfied are you with delivery?")
    assert (csat.type, csat.n, csat.mean) == ("csat", 3, round(11 / 3, 3))
    assert survey.question("Start time").type == "date"
    assert read_survey(path, sheet="Info").format == "generic"
    with pytest.raises(InputError, match="no sheet 'Nope'"):
        read_survey(path, sheet="Nope")


def test_spss_sav_with_value_labels(tmp_path):
    pyreadstat = pytest.importorskip("pyreadstat")
    import pandas as pd

    frame = pd.DataFrame({"id": [1.0, 2.0, 3.0, 4.0], "sat": [5.0, 1.0, 99.0, 4.0], "rec": [10.0, 6.0, 8.0, 9.0]})
    path = tmp_path / "survey.sav"
    pyreadstat.write_sav(frame, str(path), column_labels=["Respondent", "How satisfied are you with delivery?",
                                                          "How likely are you to recommend us?"],
                         variable_value_labels={"sat": {1.0: "Very dissatisfied", 2.0: "Dissatisfied",
                                                        3.0: "Neutral", 4.0: "Satisfied", 5.0: "Very satisfied",
                                                        99.0: "Don't know"}})
    survey = read_survey(path)
    assert survey.format == "spss" and survey.rows == [1, 2, 3, 4]
    sat = survey.question("sat")
    assert sat.text == "How satisfied are you with delivery?"
    assert (sat.type, sat.n, sat.mean) == ("csat", 3, round(10 / 3, 3))  # 99 = don't know is missing
    rec = survey.question("rec")
    assert (rec.type, rec.nps) == ("nps", 25.0)


# ---- encodings and locales ----------------------------------------------------------------

def test_polish_excel_cp1250_semicolon_decimal_comma():
    survey = read_survey(DATA / "excel_pl_cp1250.csv")
    assert (survey.encoding, survey.delimiter, len(survey.rows)) == ("cp1250", ";", 5)
    assert survey.frame["Co poprawić?"].iloc[1] == "Paczka przyszła uszkodzona, żółć!"
    delivery = survey.question("Jak oceniasz dostawę?")
    assert (delivery.type, delivery.n, delivery.mean) == ("likert", 4, 2.75)  # Nie dotyczy is missing
    assert survey.frame["Wartość koszyka (zł)"].tolist() == [149.99, 89.5, 1234.0, 45.0, 12.5]
    assert survey.question("Jak prawdopodobne jest, że polecisz nasz sklep?").type == "nps"


def test_russian_excel_cp1251():
    survey = read_survey(DATA / "excel_ru_cp1251.csv")
    assert survey.encoding == "cp1251"
    support = survey.question("Как вы оцениваете работу службы поддержки?")
    assert support.labels == {"Отлично": 5, "Плохо": 2, "Очень плохо": 1, "Хорошо": 4}
    assert (support.n, support.mean) == (4, 3.0)  # Затрудняюсь ответить is missing
    assert survey.question("Ид").type == "id"


def test_german_bom_cr_only_agreement_labels():
    survey = read_survey(DATA / "excel_de_bom_cr.csv")
    assert (survey.encoding, survey.delimiter, len(survey.rows)) == ("utf-8-sig", ";", 4)
    agree = survey.question("Die Lieferung war schnell.")
    assert (agree.type, agree.n, agree.mean) == ("likert", 3, round(10 / 3, 3))
    overall = survey.question("Wie zufrieden sind Sie insgesamt? (1-7)")
    assert (overall.type, overall.scale) == ("csat", (1, 7))
    assert survey.frame["Bestellwert"].tolist() == [49.9, 19.9, 99.0, 5.5]


def test_mac_roman_and_utf16():
    mac = read_survey(DATA / "mac_roman_de.csv")
    assert mac.encoding == "mac_roman" and mac.frame["Frage"].iloc[0] == "Größe passt"
    utf16 = read_survey(DATA / "utf16_tab.csv")
    assert (utf16.encoding, utf16.delimiter) == ("utf-16", "\t")
    assert utf16.frame["Comment"].iloc[0] == "Éasy ☺"


@pytest.mark.parametrize("encoding,text", [
    ("cp1250", "Zażółć gęślą jaźń, Łódź, Bardzo źle"),
    ("cp1251", "Съешь же ещё этих мягких французских булок, Затрудняюсь ответить"),
    ("cp1252", "Größe, stimme überhaupt nicht zu, café crème"),
])
def test_code_pages_come_out_right(tmp_path, encoding, text):
    path = tmp_path / "answers.csv"
    path.write_bytes(f"id;answer\n1;{text}\n".encode(encoding))
    survey = read_survey(path)
    assert survey.frame["answer"].iloc[0] == text


# ---- broken files -------------------------------------------------------------------------

def test_ragged_rows_are_reported_and_good_rows_kept():
    survey = read_survey(DATA / "ragged.csv")
    assert survey.rows == [2, 5, 6, 7]
    problems = "\n".join(survey.problems)
    assert "ragged.csv, row 3: 5 cells where the header has 3" in problems
    assert "ragged.csv, row 4: 2 cells" in problems
    assert "row 6, column 'How would you rate the website? (1-5)': '9' is outside the scale 1..5" in problems
    assert "row 7" in problems and "'abc' is not a number" in problems
    assert survey.question("How would you rate the website? (1-5)").n == 2


def test_read_problems_are_said_in_the_clients_language():
    polish = read_survey(DATA / "ragged.csv", language="pl").problems
    assert polish[0] == ("ragged.csv, wiersz 3: komórek: 5, a nagłówek ma 3; wiersz pominięto. Poprawka: sprawdź, "
                         "czy w wierszu nie ma zbędnego separatora lub uciętej linii.")
    assert ("ragged.csv, wiersz 6, kolumna 'How would you rate the website? (1-5)': '9' jest poza skalą 1..5; "
            "odpowiedź pominięto. Poprawka: popraw komórkę w kopii eksportu albo zostaw ją jako brak odpowiedzi."
            in polish)
    russian = "\n".join(read_survey(DATA / "ragged.csv", language="ru").problems)
    assert "ragged.csv, строка 7, столбец " in russian and "'abc' — не число; ответ пропущен. Исправление: " in russian
    assert read_survey(DATA / "truncated.csv", language="ru").problems[0].startswith(
        "truncated.csv, строка 3: запись, начинающаяся здесь, повреждена")


def test_truncated_file_keeps_rows_before_the_cut():
    survey = read_survey(DATA / "truncated.csv")
    assert survey.rows == [2]
    assert survey.problems and survey.problems[0].startswith("truncated.csv, line 3:")


@pytest.mark.parametrize("content,message", [
    (b"", "empty"),
    (b"  \r\n\n", "empty"),
    (b"\x00\x01\x02\x03binary\x00\xff" * 20, "binary"),
])
def test_empty_and_binary_files(tmp_path, content, message):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_survey(path)
    assert "export.csv" in str(info.value)


def test_missing_and_corrupt_xlsx(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        read_survey(tmp_path / "nope.csv")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="not a readable Excel workbook") as info:
        read_survey(broken)
    assert "broken.xlsx" in str(info.value)


def test_every_row_ragged_is_an_error(tmp_path):
    path = tmp_path / "shifted.csv"
    path.write_text("a,b,c\n1,2\n3,4\n", encoding="utf-8")
    with pytest.raises(InputError, match="no row has the header's 3 cells") as info:
        read_survey(path)
    assert info.value.in_language("pl") == (
        f"{path}, wiersz 3: żaden wiersz nie ma tylu komórek co nagłówek (3). Poprawka: Sprawdź separator i czy "
        "nagłówek jest w pierwszym wierszu.")


# ---- two-row headers under merged cells, in every tool and in Excel re-saves ------------------

def test_surveymonkey_expanded_with_cr_only_line_ends():
    survey = read_survey(DATA / "surveymonkey_expanded_cr.csv")
    assert (survey.format, survey.header_rows, len(survey.rows)) == ("surveymonkey", 2, 4)
    assert [c for c in survey.frame.columns if c.startswith("Which")] == [
        "Which of these did you use? - Search", "Which of these did you use? - Filters",
        "Which of these did you use? - Other (please specify)"]
    rec = survey.question("How likely is it that you would recommend us to a friend or colleague?")
    assert (rec.type, rec.n, rec.nps) == ("nps", 4, 25.0)
    assert survey.frame["Any comments?"].iloc[2] == "Late,\nbroken box"
    assert survey.problems == []


def test_surveymonkey_condensed():
    survey = read_survey(DATA / "surveymonkey_condensed.csv")
    assert (survey.format, survey.header_rows, len(survey.rows)) == ("surveymonkey", 2, 3)
    checkout = survey.question("How satisfied were you with the checkout?")
    assert (checkout.type, checkout.mean) == ("csat", round(11 / 3, 3))


def test_surveymonkey_edited_in_excel_without_its_id_columns():
    survey = read_survey(DATA / "surveymonkey_excel_edited.csv")
    assert (survey.format, survey.header_rows, len(survey.rows), survey.encoding) == (
        "surveymonkey", 2, 3, "cp1252")
    assert survey.rows == [3, 4, 5]
    assert survey.question("How did you first hear about us? - Search engine").type == "multi"
    assert survey.question("How likely is it that you would recommend us to a friend or colleague?").nps == 0.0
    assert survey.frame["What should we improve?"].iloc[0] == "Nothing \u2013 it\u2019s \u201cperfect\u201d"


def test_limesurvey_resaved_by_german_excel_with_sub_question_row():
    survey = read_survey(DATA / "limesurvey_de_excel.csv")
    assert (survey.format, survey.header_rows, len(survey.rows), survey.delimiter) == ("limesurvey", 2, 3, ";")
    delivery = survey.question("Wie bewerten Sie unseren Service? [Lieferung]")
    assert (delivery.type, delivery.n, delivery.mean) == ("likert", 3, round(11 / 3, 3))
    returns = survey.question("Wie bewerten Sie unseren Service? [Rücksendung]")
    assert (returns.n, returns.mean) == (2, 2.5)  # "weiß nicht" is no answer
    assert survey.question("Antwort ID").type == "id"


def test_xlsx_with_merged_question_cells(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Respondent", "Rate us", None, "Comment"])
    sheet.append([None, "Delivery", "Returns", None])
    sheet.merge_cells("B1:C1")
    sheet.append([1, 5, 4, "fine"])
    sheet.append([2, 2, None, "slow"])
    path = tmp_path / "merged.xlsx"
    book.save(path)
    survey = read_survey(path)
    assert (survey.header_rows, len(survey.rows)) == (2, 2)
    assert list(survey.frame.columns) == ["Respondent", "Rate us - Delivery", "Rate us - Returns", "Comment"]
    assert survey.question("Rate us - Delivery").mean == 3.5


def test_one_header_row_with_a_blank_header_is_not_a_sub_header(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("id,Rate the delivery,,Comment\n1,5,x,ok\n2,3,y,\n3,4,,bad\n", encoding="utf-8")
    survey = read_survey(path)
    assert (survey.header_rows, len(survey.rows)) == (1, 3)


def test_qualtrics_python_style_import_id_row():
    survey = read_survey(DATA / "qualtrics_python_importid.csv")
    assert (survey.format, survey.header_rows, len(survey.rows)) == ("qualtrics", 3, 3)
    assert survey.question("Q1").nps == 33.3
    assert survey.question("Q2_1").text == "Rate our service - Delivery"


# ---- answer bins ------------------------------------------------------------------------------

def test_answer_bins_are_ordered_choices_not_numbers():
    survey = read_survey(DATA / "bins.csv")
    assert survey.problems == []  # no "'60+' is not a number" flood
    age = survey.question("What is your age?")
    assert (age.type, age.options) == ("choice", ["Under 18", "18 - 29", "30 - 44", "45 - 59", "60+"])
    assert survey.question("How many pupils are in your class?").options == [
        "Less than 10", "10 - 24", "25 - 49", "50 or more"]
    assert survey.question("How much do you spend a month?").options == [
        "Less than 100", "100 - 250", "251 - 500", "More than 500"]
    assert survey.frame["What is your age?"].tolist()[:2] == ["18 - 29", "60+"]
    report = inspect_survey(DATA / "bins.csv")
    assert _q(report, "What is your age?")["options"][-1] == "60+"


def test_answer_bins_make_segments():
    from cjm_widgets.personas import segment_rules
    from cjm_widgets.survey import respondents_frame

    survey = read_survey(DATA / "bins.csv")
    labels = segment_rules(respondents_frame(survey), ["What is your age?"], min_size=2)
    assert labels.value_counts().to_dict() == {"18 - 29": 2, "other": 4}


@pytest.mark.parametrize("answers, order", [
    (["od 100 do 250 zł", "poniżej 100 zł", "powyżej 250 zł"],
     ["poniżej 100 zł", "od 100 do 250 zł", "powyżej 250 zł"]),
    (["18–24 лет", "до 18 лет", "старше 60 лет", "25–60 лет"],
     ["до 18 лет", "18–24 лет", "25–60 лет", "старше 60 лет"]),
])
def test_polish_and_russian_bins(tmp_path, answers, order):
    path = tmp_path / "bins.csv"
    path.write_text("id;Przedział\n" + "".join(f"{i};{a}\n" for i, a in enumerate(answers * 2)), encoding="utf-8")
    question = read_survey(path).question("Przedział")
    assert (question.type, question.options) == ("choice", order)


# ---- "don't know" / "not applicable" ------------------------------------------------------------

def test_dont_know_answers_are_counted_and_never_scored():
    report = inspect_survey(DATA / "dont_know.csv")
    assert report["problems"] == []  # not "is not a number" errors
    delivery = _q(report, "How satisfied were you with the delivery?")
    assert (delivery["n"], delivery["dont_know"], delivery["mean"]) == (2, 3, 3.5)
    returns = _q(report, "Jak oceniasz zwroty?")
    assert (returns["n"], returns["dont_know"], returns["mean"]) == (3, 2, round(11 / 3, 3))
    support = _q(report, "Как вы оцениваете поддержку?")
    assert (support["type"], support["n"], support["dont_know"]) == ("likert", 3, 2)
    recommend = _q(report, "How likely are you to recommend")
    assert (recommend["type"], recommend["n"], recommend["dont_know"], recommend["nps"]) == ("nps", 3, 2, 33.3)
    assert _q(report, "Comment")["dont_know"] == 1
    table = format_inspection(report)
    assert "n/a" in table and "don't know" in table


def test_amounts_and_percentages_with_their_units_are_numbers(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text("id;Wartość koszyka;Share online\n1;149,99 zł;50%\n2;1 234,50 zł;10 %\n3;45 zł;100%\n",
                    encoding="utf-8")
    survey = read_survey(path)
    assert survey.problems == []
    assert survey.frame["Wartość koszyka"].tolist() == [149.99, 1234.5, 45.0]
    assert survey.frame["Share online"].tolist() == [50.0, 10.0, 100.0]


def test_dont_know_answers_are_no_observations():
    from cjm_widgets.survey import survey_observations

    survey = read_survey(DATA / "dont_know.csv")
    mapping = [{"column": "How satisfied were you with the delivery?", "touchpoint": "delivery", "type": "csat",
                "scale": 5},
               {"column": "Как вы оцениваете поддержку?", "touchpoint": "support", "type": "likert"}]
    observations, problems = survey_observations(survey, mapping)
    assert problems == []
    assert sorted((o.touchpoint, o.raw) for o in observations) == [
        ("delivery", 2.0), ("delivery", 5.0), ("support", 2.0), ("support", 4.0), ("support", 5.0)]


def test_labels_with_their_point_in_brackets_are_a_scale(tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text("id,How satisfied were you with the delivery?\n1,Very satisfied (5)\n2,Dissatisfied (2)\n"
                    "3,Neutral (3)\n4,Don't know\n", encoding="utf-8")
    survey = read_survey(path)
    delivery = survey.question("How satisfied were you with the delivery?")
    assert survey.problems == [] and (delivery.type, delivery.n, delivery.mean, delivery.dont_know) == (
        "csat", 3, round(10 / 3, 3), 1)


def test_long_answers_do_not_stall_the_answer_patterns(tmp_path):
    import time

    path = tmp_path / "long.csv"
    long_cells = ["5 " + "x" * 300_000 + "!", "x" * 300_000 + " (5)", "1-" + "y" * 300_000, "z" * 300_000 + ")"]
    path.write_text("id,Comment\n" + "".join(f"{i},{cell}\n" for i, cell in enumerate(long_cells)), encoding="utf-8")
    started = time.perf_counter()
    survey = read_survey(path)
    assert len(survey.rows) == 4 and survey.question("Comment").n + len(survey.problems) == 4  # none lost
    assert time.perf_counter() - started < 10  # nested quantifiers once made this take hours
