"""What a workshop reads about its personas: short names made of readable answers, one card entry per
question, counts in the client's grammar, goals a majority stands behind; and what `cjm init --from`
proposes to build them from."""
from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from cjm_widgets.labels import count
from cjm_widgets.model import Observation, Source, Touchpoint
from cjm_widgets.personas import persona_cards_html, personas_json, propose_personas, segment_clusters

NAME_LENGTH = 60  # a default name fits a button
LIMESURVEY = "limesurvey/limesurvey_results-survey_fullheadings.csv"
FEATURE = "You mentioned the feature {{factors_SQ00{}}}, do you measure this feature in the software project you work on the most?"
CONSENT = ("In addition to analyzing your data in an anonymous form, can we also share your answers (in an anonymous "
           "form) in a publicly available dataset?")
EDUCATION = "Education: What is the highest degree or level of school you have completed?"
E_MAIL = ("Thank you very much for your contribution! For that, please leave your email down below so that I can "
          "contact you in case you are the lucky winner.")
PAYMENT = Touchpoint("payment", "Оплата", "decision", channel="website")
SUPPORT = Touchpoint("support", "Служба поддержки", "post_purchase", channel="phone")
CHECKOUT = Touchpoint("checkout", "Оформление заказа", "decision", channel="website")
SETUP = Touchpoint("setup", "Установка техники", "post_purchase", channel="courier")


def limesurvey_like(n: int = 40) -> pd.DataFrame:
    """Headers as LimeSurvey writes them: four columns that differ only in an {Expression Manager}
    placeholder, a long consent question, a topic before a colon, an e-mail column everyone left
    'anonymized'."""
    ids = [str(i) for i in range(n)]
    half = n // 2
    frame = pd.DataFrame({
        FEATURE.format(1): ["Yes"] * half + ["No"] * (n - half),
        FEATURE.format(2): ["No"] * half + ["Yes"] * (n - half),
        FEATURE.format(3): ["Yes", "No"] * (n // 2),
        FEATURE.format(4): ["Yes"] * (n // 4) + ["No"] * (n - n // 4),
        CONSENT: ["Yes"] * (n - 3) + ["No"] * 3,
        EDUCATION: ["Bachelor´s degree"] * half + ["Doctorate"] * (n - half),
        E_MAIL: ["anonymized"] * n,
    }, index=ids)
    frame.attrs["file"] = "limesurvey.csv"
    return frame


def test_names_from_limesurvey_headers_are_short_words_without_placeholders():
    respondents = limesurvey_like()
    columns = list(respondents.columns)
    labels, _ = segment_clusters(respondents, columns, seed=0)
    personas = propose_personas(respondents, labels, [], [], language="pl", demographic_columns=columns)
    for persona in personas:
        assert "{" not in persona.name and "}" not in persona.name, persona.name
        assert len(persona.name) <= NAME_LENGTH, persona.name
        assert persona.name.count("Do you measure this feature") <= 1, persona.name  # one answer per question
    html = persona_cards_html(personas, language="pl")
    assert "{factors" not in html and "factors_SQ" not in html


def test_columns_that_differ_only_in_a_placeholder_keep_their_own_demographics_key():
    respondents = limesurvey_like()
    labels = pd.Series(["all"] * len(respondents), index=respondents.index)
    persona, = propose_personas(respondents, labels, [], [], language="pl",
                                demographic_columns=list(respondents.columns))
    keys = list(json.loads(json.dumps(personas_json([persona])))[0]["demographics"])
    assert len(keys) == len(set(keys)) == 6  # the four feature questions, consent, education
    features = [k for k in keys if k.startswith("Do you measure this feature")]
    assert len(features) == 4 and all("{" not in k for k in keys)
    assert persona.demographics["Education"] == "Bachelor´s degree (50%)"
    assert [persona.demographics[k] for k in features] == ["tak (50%)", "nie (50%)", "tak (50%)", "nie (75%)"]


def test_a_column_everyone_answers_alike_is_no_demographic():
    respondents = limesurvey_like()
    labels = pd.Series(["all"] * len(respondents), index=respondents.index)
    persona, = propose_personas(respondents, labels, [], [], demographic_columns=[E_MAIL, EDUCATION])
    assert persona.demographics == {"Education": "Bachelor´s degree (50%)"}


def test_the_real_limesurvey_export_gives_readable_personas_with_every_column_kept(real_fixtures):
    from cjm_widgets.survey import read_survey, respondents_frame
    from cjm_widgets.survey.propose import propose_kit

    survey = read_survey(real_fixtures / LIMESURVEY, language="pl")
    segments = [column for column, _ in propose_kit(survey, "pl").segments]
    assert segments and not any("email" in column for column in segments)  # "anonymized" for everyone
    respondents = respondents_frame(survey)
    labels, _ = segment_clusters(respondents, segments, seed=0, language="pl")
    personas = propose_personas(respondents, labels, [], [], language="pl", demographic_columns=segments)
    for persona in personas:
        assert "{" not in persona.name and len(persona.name) <= NAME_LENGTH, persona.name
        assert persona.name.count("Do you measure this feature") <= 1, persona.name
        assert len(persona.demographics) == len(segments), persona.demographics
        assert "{" not in "".join(persona.demographics)
    assert len({p.name for p in personas}) == len(personas)


# ---- cjm init --from: what segments are proposed ----------------------------------------------

def test_init_proposes_no_segment_that_distinguishes_nobody(tmp_path):
    from cjm_widgets.survey import read_survey
    from cjm_widgets.survey.propose import propose_kit

    rows = ["Response ID,Your age group,Newsletter consent,Your e-mail,Member code,How satisfied were you "
            "with the delivery?"]
    rows += [f"{i},{['18-24', '25-34', '35-44'][i % 3]},Yes,anonymized,M{i:03d},{i % 5 + 1}" for i in range(1, 11)]
    export = tmp_path / "survey.csv"
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    segments = [column for column, _ in propose_kit(read_survey(export)).segments]
    assert "Your age group" in segments
    assert not {"Newsletter consent", "Your e-mail", "Member code"} & set(segments)


# ---- counts in the client's grammar --------------------------------------------------------

@pytest.mark.parametrize("n, language, expected", [
    (1, "en", "1 respondent"), (5, "en", "5 respondents"), (1, "pl", "1 respondenta"), (21, "pl", "21 respondentów"),
    (2, "pl", "2 respondentów"), (21, "ru", "21 респондента"), (1, "ru", "1 респондента"), (2, "ru", "2 респондентов"),
    (5, "ru", "5 респондентов"),
])
def test_the_noun_after_of_n_is_in_the_genitive(n, language, expected):
    assert count(n, "respondent", language, of=True) == expected


def feelings(counts: dict[str, list[float]], members) -> list[Observation]:
    """Ratings: per touchpoint id, one valence per member, in order."""
    return [Observation(tp, valence, "rating", Source("s.csv", row=i + 2, column=tp), respondent=members[i])
            for tp, valences in counts.items() for i, valence in enumerate(valences)]


def test_counts_on_goals_frustrations_and_cards_agree_with_their_number():
    members = [str(i) for i in range(21)]
    respondents = pd.DataFrame({"g": ["a"] * 21}, index=members)
    ratings = feelings({"payment": [0.8] * 16 + [-0.5] * 5, "support": [-0.6] * 15 + [0.4] * 6}, members)
    persona, = propose_personas(respondents, respondents["g"], ratings, [PAYMENT, SUPPORT], language="ru")
    assert persona.goals == ["Ценит «Оплата»: 16 из 21 респондента довольны"]
    assert persona.frustrations == ["«Служба поддержки»: 15 из 21 респондента недовольны (71%)"]
    polish, = propose_personas(respondents, respondents["g"], ratings, [PAYMENT, SUPPORT], language="pl")
    assert polish.goals == ["Ceni „Оплата”: 16 z 21 respondentów pozytywnie"]
    one = pd.DataFrame({"g": ["a"]}, index=["x"])
    alone, = propose_personas(one, one["g"], feelings({"support": [0.0]}, ["x"]), [SUPPORT], min_n=1)
    html = persona_cards_html([alone])
    assert "(1 respondent)" in html and "1 respondents" not in html
    assert alone.frustrations == ["Служба поддержки rated lowest: mean 0.00 on -1..+1 (1 respondent)"]
    single, = propose_personas(one, one["g"], feelings({"payment": [0.9]}, ["x"]), [PAYMENT], language="pl", min_n=1)
    assert single.goals == ["Ceni „Оплата”: 1 z 1 respondenta pozytywnie"]


def test_a_touchpoint_fewer_than_min_n_members_rated_is_no_statement_and_the_verb_agrees_with_the_count():
    ids = [str(i) for i in range(8)]
    respondents = pd.DataFrame({"g": ["a"] * 8}, index=ids)
    ratings = [Observation("setup", -0.8, "rating", Source("s.csv", row=2, column="setup"), respondent="0")]
    ratings += [Observation("support", v, "rating", Source("s.csv", row=i + 2, column="support"), respondent=str(i))
                for i, v in enumerate([-0.5, -0.5, -0.5, 0.5, 0.5])]
    persona, = propose_personas(respondents, respondents["g"], ratings, [SUPPORT, SETUP], language="ru")
    assert persona.frustrations == ["«Служба поддержки»: 3 из 5 респондентов недовольны (60%)"]
    persona, = propose_personas(respondents, respondents["g"], ratings, [SUPPORT, SETUP], language="ru", min_n=6)
    assert persona.frustrations == [] and persona.goals == []
    ids = [str(i) for i in range(30)]
    respondents = pd.DataFrame({"g": ["a"] * 30}, index=ids)
    rated = [("support", [-0.5, 0.0, 0.0, 0.0, 0.0]), ("setup", [0.5] * 21 + [-0.5] * 9)]
    ratings = [Observation(tp, v, "rating", Source("s.csv", row=i + 2, column=tp), respondent=str(i))
               for tp, valences in rated for i, v in enumerate(valences)]
    persona, = propose_personas(respondents, respondents["g"], ratings, [SUPPORT, SETUP], language="ru")
    assert persona.goals == ["Ценит «Установка техники»: 21 из 30 респондентов доволен"]  # 21 takes the verb of 1
    assert persona.frustrations == ["«Служба поддержки»: 1 из 5 респондентов недоволен (20%)"]


# ---- goals a majority stands behind, names with one answer per question ----------------------

def test_a_goal_needs_a_clear_majority_and_a_touchpoint_is_never_goal_and_frustration():
    members = [str(i) for i in range(5)]
    respondents = pd.DataFrame({"g": ["a"] * 5}, index=members)
    ratings = feelings({"payment": [0.6, -0.1, -0.2, -0.3, -0.1],  # 1 of 5 positive
                        "support": [0.9, 0.8, -0.6, -0.4],  # 2 of 4 positive, 2 of 4 negative
                        "checkout": [0.7, 0.6, 0.8, -0.2]}, members)  # 3 of 4 positive, 1 negative (25%)
    persona, = propose_personas(respondents, respondents["g"], ratings, [PAYMENT, SUPPORT, CHECKOUT], language="ru",
                                min_n=1)
    assert persona.goals == ["Ценит «Оформление заказа»: 3 из 4 респондентов довольны"]
    assert not any("Оплата" in goal or "Служба поддержки" in goal for goal in persona.goals)
    assert not any("Оформление заказа" in frustration for frustration in persona.frustrations)
    assert any(f.startswith("«Служба поддержки»: 2 из 4 респондентов недовольны") for f in persona.frustrations)
    named = [re.sub(r"^Ценит «(.*)».*", r"\1", g) for g in persona.goals]
    assert not set(named) & {re.sub(r"^«(.*?)».*", r"\1", f) for f in persona.frustrations}


def test_a_name_says_one_answer_per_question():
    ids = [str(i) for i in range(60)]
    ages = ["55+"] * 14 + ["35-44"] * 6 + ["25-34"] * 10 + ["18-24"] * 10 + ["45-54"] * 20
    sources = ["Социальные сети"] * 20 + ["Поиск в интернете"] * 20 + ["Реклама на ТВ"] * 20
    respondents = pd.DataFrame({"Ваш возраст": ages, "Откуда вы о нас узнали?": sources}, index=ids)
    labels = pd.Series(["cluster 1"] * 20 + ["cluster 2"] * 20 + ["cluster 3"] * 20, index=ids)
    labels.attrs["definitions"] = {key: {"method": "clusters", "centre": {"Ваш возраст": age,
                                                                          "Откуда вы о нас узнали?": source}}
                                   for key, age, source in [("cluster 1", "55+", "Социальные сети"),
                                                            ("cluster 2", "25-34", "Поиск в интернете"),
                                                            ("cluster 3", "45-54", "Реклама на ТВ")]}
    personas = propose_personas(respondents, labels, [], [], language="ru")
    assert personas[0].name == "Покупатели, 55+ лет, источник: Социальные сети"  # 35-44 is set apart too, less
    for persona in personas:
        assert persona.name.count(" лет") <= 1 and persona.name.count("источник:") <= 1, persona.name


def test_a_card_with_goals_and_no_frustration_does_not_say_there_is_no_evidence():
    from cjm_widgets.model import Persona
    from cjm_widgets.personas import persona_cards_html

    happy = Persona(id="a", name="Klienci: 25-34", share=1.0, size=40, goals=["Ceni dostawę: 30 z 40 pozytywnie"])
    card = persona_cards_html([happy], language="pl")
    frustrations = card[card.index("Frustracje"):]
    assert "w danych nic nie wyróżnia się jako frustracja" in frustrations.split("</div>")[0]
    empty = persona_cards_html([Persona(id="b", name="Klienci", share=1.0, size=3)], language="pl")
    assert "w danych nic nie wyróżnia" not in empty and "brak danych" in empty


def test_an_age_or_a_device_is_never_a_goal():
    """Without a touchpoint they like, a persona's goal may be an answer most of them give, but not one
    saying who they are ("Возраст: 25–34 (25 из 25)" under Goals): their sentences say that."""
    ids = [str(i) for i in range(40)]
    respondents = pd.DataFrame({"Ваш возраст": ["25–34"] * 20 + ["55 и старше"] * 20,
                                "Что для вас важнее всего?": ["Низкая цена"] * 16 + ["Быстрая доставка"] * 24},
                               index=ids)
    labels = pd.Series(["a"] * 20 + ["b"] * 20, index=ids)
    a, b = propose_personas(respondents, labels, [], [], language="ru", demographic_columns=["Ваш возраст"])
    assert a.goals == [] and a.who == ["Всем 25–34 года."]
    a, b = propose_personas(respondents, labels, [], [], language="ru", demographic_columns=list(respondents))
    assert a.goals == ["Что для вас важнее всего: Низкая цена (16 из 20 респондентов)"]
