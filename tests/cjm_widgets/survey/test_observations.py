"""survey_observations, respondents_frame, codebooks and template self-mapping."""
from __future__ import annotations

import sys
import types

import pytest

from conftest import TEST_DATA
from cjm_widgets.errors import InputError
from cjm_widgets.survey import (load_codebook, read_survey, respondents_frame, survey_observations,
                                template_questions)
from cjm_widgets.survey.codebook import available_codebooks
from cjm_widgets.survey.valences import valence
from cjm_widgets.survey.observations import match_column

DATA = TEST_DATA / "surveys"


@pytest.fixture
def fake_scorer(monkeypatch):
    """Stands in for cjm_widgets.sentiment (another module) and records what it was asked."""
    calls = []
    module = types.ModuleType("cjm_widgets.sentiment")

    def score_text(text, language):
        calls.append((text, language))
        return -0.5 if "late" in text.lower() or "уш" in text else 0.5

    module.score_text = score_text
    module.score_texts = lambda texts, language, question="": [score_text(t, language) for t in texts]
    monkeypatch.setitem(sys.modules, "cjm_widgets.sentiment", module)
    return calls


def test_valence_follows_the_scoring_model():
    assert [valence("likert", x, 1, 5) for x in (1, 2, 3, 4, 5)] == [-1.0, -0.5, 0.0, 0.5, 1.0]
    assert valence("likert", 7, 1, 7) == 1.0 and valence("likert", 4, 1, 7) == 0.0
    assert [valence("nps", x, 0, 10) for x in (10, 9, 8, 7, 6, 0)] == [1, 1, 0, 0, -1, -1]
    assert valence("ces", 5, 1, 5, "lower_is_better") == -1.0
    assert valence("ces", 2, 1, 7, "lower_is_better") == pytest.approx(2 / 3)


def test_mapped_columns_become_observations_with_sources(fake_scorer):
    survey = read_survey(DATA / "surveymonkey.csv")
    mapping = [
        {"column": "How satisfied are you", "touchpoint": "delivery", "type": "csat", "scale": 5},
        {"column": "How likely is it that you would recommend us to a friend?", "touchpoint": "brand",
         "type": "nps"},
        {"column": "What should we improve?", "touchpoint": "delivery", "type": "text"},
    ]
    observations, problems = survey_observations(survey, mapping, respondent_id="Respondent ID", language="en")
    assert problems == []
    csat = [o for o in observations if o.measure == "csat"]
    assert [o.raw for o in csat] == [5, 4, 2, 3, 5]
    assert [o.valence for o in csat] == [1.0, 0.5, -0.5, 0.0, 1.0]
    assert csat[2].source.file == "surveymonkey.csv" and csat[2].source.row == 5
    assert csat[2].source.column == "How satisfied are you with our delivery?"
    assert csat[2].respondent == "11403" and csat[2].kind == "rating" and csat[2].stage is None
    nps = [o for o in observations if o.measure == "nps"]
    assert sum(o.valence for o in nps) / len(nps) == 0.0  # mean valence = NPS / 100
    texts = [o for o in observations if o.kind == "text"]
    assert len(texts) == 4 and texts[1].text == "Faster delivery" and texts[1].valence == 0.5
    assert ("The parcel came late,\nand damaged", "en") in fake_scorer
    assert texts[2].valence == -0.5


def test_out_of_scale_answers_are_problems_not_silent():
    survey = read_survey(DATA / "excel_ru_cp1251.csv")
    mapping = [{"column": "Насколько вероятно", "touchpoint": "brand", "type": "likert", "scale": 5}]
    observations, problems = survey_observations(survey, mapping)
    assert [o.raw for o in observations] == [5.0, 2.0]  # 10, 8 and 9 are not on a 1..5 scale
    assert [p.split(":")[0] for p in problems] == [
        f"excel_ru_cp1251.csv, row {row}, column 'Насколько вероятно, что вы порекомендуете нас?'"
        for row in (2, 4, 6)]
    assert [o.respondent for o in observations] == ["3", "5"]  # row numbers when no id column


def test_unknown_or_ambiguous_column_names_candidates():
    survey = read_survey(DATA / "surveymonkey.csv")
    with pytest.raises(InputError, match="matches no column") as info:
        survey_observations(survey, [{"column": "How satisfied are you with delivery", "type": "csat",
                                      "touchpoint": "delivery", "scale": 5}])
    assert "How satisfied are you with our delivery?" in str(info.value) and "kit.yaml" in str(info.value)
    with pytest.raises(InputError, match="matches 3 columns") as info:
        survey_observations(survey, [{"column": "Which channels", "type": "text", "touchpoint": "x"}])
    assert info.value.in_language("ru").startswith(
        "kit.yaml, столбец 'Which channels': survey.questions 'Which channels' подходит к нескольким столбцам "
        "surveymonkey.csv (3): ")
    assert info.value.in_language("ru").endswith(
        "Исправление: Напишите заголовок полнее, чтобы подходил только один столбец.")


def test_a_missing_column_names_close_headers_in_polish():
    survey = read_survey(DATA / "surveymonkey.csv")
    with pytest.raises(InputError) as info:
        survey_observations(survey, [{"column": "How satisfied are you with delivery", "type": "csat",
                                      "touchpoint": "delivery", "scale": 5}])
    said = info.value.in_language("pl")
    assert "nie pasuje do żadnej kolumny w surveymonkey.csv. Podobne nagłówki: " in said
    assert "'How satisfied are you with our delivery?'" in said
    assert said.endswith("Poprawka: Skopiuj nagłówek z wyniku `cjm survey inspect`.")


def test_the_header_whose_start_was_typed_comes_first_among_close_headers():
    columns = ["Jak ocenia Pan/Pani kontakt z obsługą klienta?", "Jak ocenia Pan/Pani dostawę zamówienia (czas, stan paczki)?"]
    with pytest.raises(InputError) as info:
        match_column(columns, "Jak ocenia Pan/Pani dostawe", "survey.questions", "ankieta.csv")
    assert "Podobne nagłówki: 'Jak ocenia Pan/Pani dostawę zamówienia (czas, stan paczki)?'; 'Jak ocenia Pan/Pani " \
           "kontakt" in info.value.in_language("pl")


def test_respondents_frame_indexed_by_id():
    survey = read_survey(DATA / "typeform.csv")
    frame = respondents_frame(survey, "#")
    assert frame.index.tolist() == ["a1b2", "c3d4", "e5f6"]
    assert frame.loc["e5f6", "What almost stopped you?"] == "Had to create an account"
    assert frame["source_row"].tolist() == [2, 3, 4]
    assert respondents_frame(survey).index.tolist() == ["2", "3", "4"]


def test_repeated_respondent_id_is_an_error(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("id,How would you rate us? (1-5)\n7,4\n7,5\n", encoding="utf-8")
    with pytest.raises(InputError, match="repeated") as info:
        respondents_frame(read_survey(path), "id")
    assert info.value.row == 3 and info.value.column == "id"


# ---- codebooks and templates ---------------------------------------------------------------

def test_templates_are_complete_codebooks():
    assert {"cx_post_purchase", "interview_guide"} <= set(available_codebooks())
    survey = load_codebook("cx_post_purchase")
    assert survey.kind == "survey" and survey.stage_model == "aidp"
    assert survey.title["ru"].startswith("Ваш опыт покупки у нас")
    assert any(q.text["ru"].startswith("Насколько легко было оформить заказ?") for q in survey.questions)
    assert 15 <= len(survey.questions) <= 25
    types_ = {q.type for q in survey.questions}
    assert {"nps", "csat", "ces", "likert", "text", "choice"} <= types_
    touchpoints = {t["id"] for t in survey.touchpoints}
    for q in survey.questions:
        assert set(q.text) == {"en", "pl", "ru"} and all(q.text.values()), q.id
        if q.touchpoint:
            assert q.touchpoint in touchpoints and q.stage, q.id
    stages = {q.stage for q in survey.questions if q.type == "text"}
    assert stages == {"awareness", "interest", "consideration", "decision", "post_purchase"}
    guide = load_codebook("interview_guide")
    assert guide.kind == "interview"
    assert {q.stage for q in guide.questions} == stages
    assert all(set(q.keywords) == {"en", "pl", "ru"} for q in guide.questions)


def test_codebook_errors_name_file(tmp_path):
    with pytest.raises(InputError, match="codebook not found"):
        load_codebook("no_such_template")
    bad = tmp_path / "bad.yaml"
    bad.write_text("questions:\n  - id: q1\n    type: stars\n    text: {en: Hi}\n", encoding="utf-8")
    with pytest.raises(InputError, match="type 'stars'") as info:
        load_codebook(bad)
    assert "bad.yaml" in str(info.value)


def test_a_hand_written_codebook_is_read_like_kit_yaml(tmp_path):
    """Saved by Notepad (a BOM), in another encoding, or with a YAML slip: read, or told where and what."""
    book = tmp_path / "book.yaml"
    book.write_bytes("\ufeffquestions:\n  - id: q1\n    type: nps\n    text: {pl: Polecisz nas}\n".encode("utf-8"))
    assert [q.id for q in load_codebook(book).questions] == ["q1"]
    windows = "questions:\n  - id: q1\n    text: {pl: Zadowolona z dostawy, łatwo}\n    type: likert\n"
    book.write_bytes(windows.encode("cp1250"))
    with pytest.raises(InputError, match="book.yaml: is not UTF-8 text"):
        load_codebook(book)
    book.write_text("questions:\n  - id: q1\n   type: nps\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"book.yaml, line 3: is not valid YAML"):
        load_codebook(book)


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_template_export_maps_itself(tmp_path, language, fake_scorer):
    """A Google Forms export of the template in any language ties answers to touchpoints."""
    import csv

    book = load_codebook("cx_post_purchase")
    asked = [q for q in book.questions if q.id in ("checkout_ease", "delivery_satisfaction", "nps",
                                                    "open_decision", "age")]
    header = ["Timestamp"] + [q.text[language].upper().rstrip("?") + " " for q in asked]  # case/punct differ
    answers = {"checkout_ease": ["5", "2"], "delivery_satisfaction": ["4", "1"], "nps": ["10", "3"],
               "open_decision": ["late delivery", ""], "age": ["25-34", "35-44"]}
    path = tmp_path / "responses.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for i in range(2):
            writer.writerow([f"2024-05-0{i + 1} 10:00:00"] + [answers[q.id][i] for q in asked])
    survey = read_survey(path)
    mapping = template_questions(survey)
    by_id = {m["question"]: m for m in mapping}
    assert set(by_id) == {"checkout_ease", "delivery_satisfaction", "nps", "open_decision"}  # not age
    assert by_id["checkout_ease"]["touchpoint"] == "checkout" and by_id["checkout_ease"]["stage"] == "decision"
    assert by_id["checkout_ease"]["type"] == "ces" and by_id["checkout_ease"]["scale"] == 5
    observations, problems = survey_observations(survey, mapping, language=language)
    assert problems == []
    delivery = [o for o in observations if o.touchpoint == "delivery"]
    assert [o.valence for o in delivery] == [0.5, -1.0] and delivery[0].stage == "post_purchase"
    texts = [o for o in observations if o.kind == "text"]
    assert len(texts) == 1 and texts[0].stage == "decision" and fake_scorer[-1] == ("late delivery", language)


def test_open_answers_scored_by_the_kit_scorer():
    pytest.importorskip("cjm_widgets.sentiment")
    survey = read_survey(DATA / "excel_pl_cp1250.csv")
    observations, _ = survey_observations(survey, [{"column": "Co poprawić", "touchpoint": "delivery",
                                                    "type": "text"}], language="pl")
    by_text = {o.text: o.valence for o in observations}
    assert len(by_text) == 4 and all(-1 <= v <= 1 for v in by_text.values())
    assert by_text["Nigdy więcej"] < 0 and by_text["Paczka przyszła uszkodzona, żółć!"] < -0.5
    # "What to improve?" answered "Faster delivery": something to fix, not praise of speed
    assert by_text["Szybsza dostawa"] < 0 and by_text["Łatwiejszy zwrot"] < 0


def test_an_open_question_without_a_touchpoint_is_coded_answer_by_answer(tmp_path):
    from cjm_widgets.model import Touchpoint
    from cjm_widgets.survey import survey_evidence

    path = tmp_path / "survey.csv"
    path.write_text("Timestamp,Anything else?\n2024/01/01 10:00,\"The courier was late and the parcel damaged\"\n"
                    "2024/01/01 11:00,The checkout was quick and easy\n2024/01/01 12:00,Nice weather today\n"
                    "2024/01/01 13:00,\n", encoding="utf-8")
    touchpoints = [Touchpoint("delivery", "Delivery", "post_purchase", keywords=["courier", "parcel"]),
                   Touchpoint("checkout", "Checkout", "decision", keywords=["checkout"])]
    frame, problems = survey_evidence(read_survey(path), [{"column": "Anything else", "type": "text"}],
                                      touchpoints=touchpoints)
    by_touchpoint = {str(r.touchpoint): r for r in frame.itertuples()}
    assert set(by_touchpoint) == {"delivery", "checkout"} and set(frame["kind"].astype(str)) == {"text"}
    assert by_touchpoint["delivery"].valence < 0 < by_touchpoint["checkout"].valence
    assert by_touchpoint["delivery"].row == 2 and by_touchpoint["checkout"].row == 3
    assert 0 < by_touchpoint["delivery"].confidence <= 1
    assert len(problems) == 1 and "1 answer with no touchpoint named, not used" in problems[0] and "Anything else?" in problems[0]
    _, polish = survey_evidence(read_survey(path), [{"column": "Anything else", "type": "text"}],
                                touchpoints=touchpoints, language="pl")
    assert polish == [f"{path.name}, kolumna 'Anything else?': odpowiedzi bez punktu styku: 1; nie są użyte. "
                      "Poprawka: dodaj słowa kluczowe do punktów styku albo przypisz kolumnę do jednego z nich."]


def test_answers_to_what_should_we_improve_are_read_as_found_wanting():
    survey = read_survey(DATA / "surveymonkey.csv")
    mapping = [{"column": "What should we improve?", "touchpoint": "delivery", "type": "text"}]
    observations, _ = survey_observations(survey, mapping, respondent_id="Respondent ID", language="en")
    read = {o.text: o.valence for o in observations}
    assert read["Faster delivery"] < -0.05  # a calm wish, no complaint word: still something to fix
    assert read["Keep it up"] > -0.05 and read["Nothing"] > -0.05  # they want nothing changed
    assert read["The parcel came late,\nand damaged"] < -0.5  # a complaint keeps its own strength
