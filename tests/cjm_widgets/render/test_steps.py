"""What the notebooks show (render/steps.py): the client's language, names not ids, no NaN/True/4.0."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pandas as pd
import pytest
from IPython.display import HTML, Image

from cjm_widgets.evidence import frame_from_observations
from cjm_widgets.model import (Journey, MomentOfTruth, Observation, PainPoint, Persona, Score, Source, Stage,
                               Touchpoint)
from cjm_widgets.render import steps
from cjm_widgets.survey import read_survey

HOSTILE = "<script>alert(1)</script>"
RAW_VALUES = re.compile(r"\bNaN\b|\bnan\b|\bTrue\b|\bFalse\b|\bNone\b|\b\d+\.0\b")


def journey(language: str = "en") -> Journey:
    """Two stages, a touchpoint in a stage the model no longer has, one without evidence."""
    return Journey(
        client="Acme", language=language,
        stages=[Stage("buy", "Zakup" if language == "pl" else "Buy"), Stage("after", "After")],
        touchpoints=[Touchpoint("checkout", "Checkout page", "buy", online=True, owner="Web", reach=0.9,
                                importance=5.0),
                     Touchpoint("courier", f"Courier {HOSTILE}", "after", channel="courier", online=False,
                                owner="", reach=0.255, importance=3.5),
                     Touchpoint("kiosk", "Store kiosk", "gone_stage", channel="store", online=False)],
        scores=[Score("checkout", "touchpoint", -0.7432, n=44, ci_low=-1.2, ci_high=-0.31, share_negative=0.6,
                      confidence="reliable"),
                Score("courier", "touchpoint", None, n=0)],
        pain_points=[PainPoint("checkout", "the whole 95% interval lies below 0", severity=0.61)],
        moments_of_truth=[MomentOfTruth("courier", "end of the journey")],
        personas=[Persona("p1", "Bargain hunters", share=0.62, size=31), Persona("p2", "Loyal", share=0.38, size=19)])


def text_of(shown: HTML) -> str:
    return re.sub(r"<[^>]+>", " ", shown.data)


@pytest.mark.parametrize("language, heading, lead", [
    ("en", "1 · Survey intake", "What this step is for:"),
    ("pl", "1 · Ankieta", "Po co ten krok:"),
    ("ru", "1 · Опрос", "Зачем этот шаг:")])
def test_guidance_is_in_the_clients_language(language, heading, lead):
    shown = steps.guide("intake", language).data
    assert shown.startswith(f"<h1>{heading}</h1>") and f"<b>{lead}</b>" in shown
    assert "<h2>" in steps.guide("problems", language).data
    if language != "en":
        assert "What this step" not in shown and "Look at" not in shown


def test_every_notebook_guide_has_all_three_languages():
    from cjm_widgets.labels import TEXTS

    guides = [key for key in TEXTS if key.startswith("guide_")]
    assert len(guides) >= 40
    assert all(set(TEXTS[key]) == {"en", "pl", "ru"} and all(TEXTS[key].values()) for key in guides)


def test_score_table_names_touchpoints_and_formats_numbers_per_language():
    en = steps.scores_table(journey("en")).data
    pl = steps.scores_table(journey("pl")).data
    assert "Checkout page" in en and ">checkout<" not in en and "Store kiosk" in en
    assert "−0,74" in pl and "−1,20 … −0,31" in pl and "wiarygodne" in pl and "Zakup" in pl
    assert "-0.74" in en and "-1.20 … -0.31" in en
    assert "&lt;script&gt;" in en and HOSTILE not in en
    for shown in (en, pl):
        assert not RAW_VALUES.search(text_of(HTML(shown))), text_of(HTML(shown))
    assert "<td>—</td>" in en  # the courier has no score and no interval


def test_touchpoints_table_says_online_offline_and_writes_whole_numbers_plainly():
    ru = text_of(steps.touchpoints_table(journey("ru")))
    assert "онлайн" in ru and "офлайн" in ru and "Ответственный" in ru
    assert " 5 " in ru and "3,5" in ru and "26" in ru and "%" in ru
    assert not RAW_VALUES.search(ru)
    en = text_of(steps.touchpoints_table(journey("en")))
    assert " online " in en and " offline " in en and "3.5" in en and "—" in en  # the courier has no owner


def test_a_touchpoint_in_an_unknown_stage_is_shown_not_a_crash():
    shown = journey("en")
    for view in (steps.scores_table, steps.touchpoints_table, steps.stages_overview):
        assert "Store kiosk" in view(shown).data and "gone_stage" in view(shown).data


def test_stages_overview_counts_with_plural_forms():
    assert "2 stages · 3 touchpoints" in steps.stages_overview(journey("en")).data
    assert "2 этапа · 3 точки контакта" in steps.stages_overview(journey("ru")).data
    five = journey("pl")
    five.stages += [Stage(f"s{i}", f"S{i}") for i in range(3)]
    assert "5 etapów · 3 punkty styku" in steps.stages_overview(five).data


def test_pain_points_and_moments_of_truth_by_name_with_their_reasons():
    shown = journey("en")
    pains = text_of(steps.pain_points_table(shown))
    assert "Checkout page" in pains and "lies below 0" in pains and "0.61" in pains and "Buy" in pains
    assert "26 negative of 44 observations" in pains  # 60% of n=44; the column used to say 26 alone
    assert "26 negatywnych z 44 obserwacji" in text_of(steps.pain_points_table(journey("pl")))
    moments = steps.moments_of_truth(shown).data
    assert "Courier &lt;script&gt;alert(1)&lt;/script&gt;: end of the journey" in moments
    empty = journey("ru")
    empty.pain_points, empty.moments_of_truth = [], []
    assert "Ничего не отмечено." in steps.pain_points_table(empty).data
    assert "Ничего не отмечено." in steps.moments_of_truth(empty).data


def test_no_problems_message_names_analytics_only_when_it_was_read():
    assert steps.problems([], "en").data == "<p>No problems.</p>"
    assert steps.problems([], "en", analytics=True).data == "<p>Analytics export read with no problems.</p>"
    assert steps.problems([], "pl").data == "<p>Brak problemów.</p>"
    assert "&lt;script&gt;" in steps.problems([HOSTILE], "ru").data


def test_cell_values_read_as_words_and_numbers():
    assert [steps.cell(v, "pl") for v in (None, float("nan"), "", True, False, 12345, 0.5)] == \
           ["—", "—", "—", "tak", "nie", "12\xa0345", "0,50"]


def test_quotes_views_name_touchpoints_count_quotes_and_draw_a_chart():
    shown = journey("ru")
    quotes = [Observation("checkout", -0.8, "quote", Source("a.txt", line=3, column="Ann"), text="Too long"),
              Observation("checkout", 0.6, "quote", Source("b.txt", line=5, column="Bo"), text="Quick pay"),
              Observation("courier", -0.4, "quote", Source("b.txt", line=9, column="Bo"), text="Late")]
    assert text_of(steps.quotes_summary(quotes, "ru")).strip() == "3 цитаты · 2 расшифровки"
    assert text_of(steps.quotes_summary(quotes[:1], "pl")).strip() == "1 cytat · 1 transkrypcja"
    strongest = steps.strongest_quotes(quotes, shown).data
    assert "Checkout page</b> (негативно, −0,80)" in strongest and ">checkout<" not in strongest
    chart = steps.quotes_per_touchpoint(quotes, shown)
    assert isinstance(chart, Image) and chart.data[:4] == b"\x89PNG"
    assert "Пока нет цитат" in steps.quotes_per_touchpoint([], shown).data


def test_persona_views_count_personas_and_chart_their_shares():
    shown = journey("pl")
    result = SimpleNamespace(journey=shown, messages=[], diagnostics={"k": 2, "method": "k-medoidy"})
    said = text_of(steps.persona_messages(result))
    assert "2 persony" in said and "Segmenty: k-medoidy; k = 2" in said
    assert isinstance(steps.persona_shares(shown), Image)
    assert "Bargain hunters" in steps.persona_cards(shown).data
    shown.personas = []
    assert "Brak person" in steps.persona_shares(shown).data


def test_ipa_and_map_charts_are_images_not_figure_text():
    shown = journey("pl")
    for image in (steps.ipa_chart(shown, {"min_n": 5}), steps.journey_chart(shown)):
        assert isinstance(image, Image) and image.data[:4] == b"\x89PNG"


@pytest.fixture
def intake(tmp_path):
    """A survey with two mapped rating questions (one 1..5, one 0..10) and a text column."""
    path = tmp_path / "survey.csv"
    rows = ["Checkout rating,Recommend us,Comment"] + [f"{1 + i % 5},{i % 11},fine {i}" for i in range(40)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    survey = read_survey(path)
    shown = journey("pl")
    evidence = frame_from_observations([Observation("checkout", 0.5, "rating", Source("survey.csv", row=2))] * 7)
    return SimpleNamespace(journey=shown, survey=survey, evidence=evidence, problems=[],
                           per_touchpoint=lambda: pd.DataFrame({"touchpoint": [t.name for t in shown.touchpoints],
                                                                "observations": [7, 0, 0]}))


def test_survey_views_in_the_clients_language(intake):
    summary = text_of(steps.survey_summary(intake))
    assert "survey.csv" in summary and "40 respondentów" in summary and "7 obserwacji" in summary
    questions = text_of(steps.questions_table(intake))
    assert "Pytanie" in questions and "Recommend us" in questions and not RAW_VALUES.search(questions)
    per = text_of(steps.evidence_per_touchpoint(intake))
    assert "Checkout page" in per and " 7 " in per and "Store kiosk" in per
    assert "Brak ankiety" in steps.survey_summary(SimpleNamespace(journey=intake.journey, survey=None)).data


@pytest.mark.parametrize("language, encoding, said", [("ru", "utf-8-sig", "кодировка: UTF-8"),
                                                     ("pl", "cp1250", "kodowanie: Windows-1250"),
                                                     ("en", "utf-8", "encoding: UTF-8")])
def test_the_survey_summary_says_the_encoding_as_a_reader_knows_it(tmp_path, language, encoding, said):
    """The RU report read "кодировка: utf-8-sig": a codec name, and a BOM no reader acts on."""
    path = tmp_path / "survey.csv"
    rows = ["Ocena dostawy,Komentarz"] + [f"{1 + i % 5},Paczka dotarła – „dobrze” {i}" for i in range(10)]
    path.write_bytes(("\n".join(rows) + "\n").encode(encoding))
    survey = read_survey(path)
    assert survey.encoding == encoding
    shown = SimpleNamespace(journey=journey(language), survey=survey, evidence=frame_from_observations([]))
    summary = text_of(steps.survey_summary(shown))
    assert said in summary and encoding not in summary


@pytest.mark.parametrize("language, scored, likert, nps, comment, tool", [
    ("pl", "ocena wysiłku CES (kit.yaml; rozpoznano: skala Likerta)", "skala Likerta", "NPS", "pytanie otwarte",
     "narzędzie: Google Forms"),
    ("ru", "оценка усилий CES (kit.yaml; распознано: шкала Лайкерта)", "шкала Лайкерта", "NPS", "открытый вопрос",
     "сервис: Google Формы")])
def test_question_types_and_the_tool_are_words_and_the_type_is_the_one_kit_yaml_scores(
        tmp_path, language, scored, likert, nps, comment, tool):
    """The PL report listed "date", "likert", "choice", "ces", "google_forms", and typed as "ces" a
    column kit.yaml maps (and scoring reads) as likert."""
    path = tmp_path / "survey.csv"
    rows = ["Timestamp,Checkout rating,Search rating,Recommend us,Comment"]
    rows += [f"2026/01/{1 + i % 28:02d} 10:00:00,{1 + i % 5},{1 + (i * 3) % 5},{i % 11},fine {i}" for i in range(40)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    survey = read_survey(path)
    assert survey.format == "google_forms" and survey.question("Checkout rating").type == "likert"
    shown = SimpleNamespace(journey=journey(language), survey=survey, evidence=frame_from_observations([]))
    section = {"questions": [{"column": "Checkout", "touchpoint": "checkout", "type": "ces", "scale": 5},
                             {"column": "Search rating", "touchpoint": "checkout", "type": "likert", "scale": 5}]}
    table = steps.questions_table(shown, section).data
    types = dict(re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td>", table))
    assert types["Checkout rating"] == scored  # the type scoring uses, the detected one beside it
    assert types["Search rating"] == likert and types["Recommend us"] == nps and types["Comment"] == comment
    assert types["Timestamp"] == {"pl": "data", "ru": "дата"}[language]
    assert not set(types.values()) & {"likert", "ces", "nps", "text", "date", "choice"}
    assert tool in text_of(steps.survey_summary(shown)) and "google_forms" not in steps.survey_summary(shown).data


def test_the_likert_chart_covers_the_mapped_rating_questions(intake):
    section = {"questions": [{"column": "Checkout rating", "touchpoint": "checkout"},
                             {"column": "Recommend", "touchpoint": "checkout"},
                             {"column": "Comment", "touchpoint": "checkout"}]}
    assert list(steps.rating_columns(intake.survey, section["questions"])) == ["Checkout rating", "Recommend us"]
    chart = steps.answers_chart(intake, section)
    assert isinstance(chart, Image) and chart.data[:4] == b"\x89PNG"
    assert "kit.yaml nie mapuje" in steps.answers_chart(intake, {"questions": section["questions"][2:]}).data


def test_quotes_chart_rows_follow_the_map_not_the_interviews(monkeypatch):
    drawn = {}
    monkeypatch.setattr(steps, "quotes_chart", lambda frame, language: drawn.update(frame=frame))
    monkeypatch.setattr(steps.show, "figure", lambda fig: fig)
    quotes = [Observation(tp, 0.5, "quote", Source("a.txt", line=i), text="x")
              for i, tp in enumerate(["kiosk", "courier", "checkout", "courier"])]
    steps.quotes_per_touchpoint(quotes, journey("en"))
    assert list(dict.fromkeys(drawn["frame"]["touchpoint"])) == ["Checkout page", f"Courier {HOSTILE}", "Store kiosk"]
