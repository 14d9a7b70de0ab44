"""How the rules' score and the learned model's reading make one score."""
from __future__ import annotations

import pytest

from cjm_widgets.sentiment import reading, score_texts
from cjm_widgets.sentiment.score import rule_scores


def _model_says(monkeypatch, negative, neutral, positive):
    monkeypatch.setattr(reading, "probabilities", lambda text, language, rule: (negative, neutral, positive))


def test_the_rules_score_stands_where_the_model_agrees(monkeypatch):
    _model_says(monkeypatch, 0.8, 0.1, 0.1)
    assert reading.judged("late again", -0.42, "en") == (-0.42, True)


def test_a_sure_rules_score_is_not_checked(monkeypatch):
    _model_says(monkeypatch, 0.05, 0.05, 0.9)
    assert reading.judged("terrible, broken, awful", -reading.SURE, "en") == (-reading.SURE, True)


def test_where_the_model_is_clearly_likelier_right_its_sign_wins_at_most_half_strong(monkeypatch):
    _model_says(monkeypatch, 0.1, 0.1, 0.8)
    score, stood = reading.judged("great, they lost it", -0.3, "en")
    assert score == pytest.approx(reading.LEARNED_SCALE * (0.8 - 0.1)) and not stood
    _model_says(monkeypatch, 0.2, 0.7, 0.1)
    assert reading.judged("I paid by card", 0.3, "en") == (0.0, False)  # it reads no feeling: none
    _model_says(monkeypatch, 0.3, 0.5, 0.2)
    assert reading.judged("hm", 0.0, "en") == (0.0, True)  # both read none


def test_a_model_barely_likelier_right_leaves_the_rules_score(monkeypatch):
    _model_says(monkeypatch, 0.37, 0.27, 0.36)  # "The courier came on time.": the model is unsure
    assert reading.judged("the courier came on time", 0.46, "en") == (0.46, True)
    _model_says(monkeypatch, 0.40, 0.25, 0.35)  # 0.40 − 0.25 ≥ OVERRULE: the model's sign, at least NO_FEELING
    assert reading.judged("x", 0.0, "en") == (-reading.NO_FEELING, False)
    _model_says(monkeypatch, 0.40, 0.32, 0.28)  # 0.40 − 0.32 < OVERRULE
    assert reading.judged("x", 0.0, "en") == (0.0, True)


def test_a_strong_rules_score_needs_a_surer_model_than_a_faint_one(monkeypatch):
    _model_says(monkeypatch, 0.55, 0.03, 0.42)  # the model leans negative by 0.13
    assert reading.judged("the courier was polite", 0.1, "en")[1] is False  # 0.13 ≥ 0.1 + 0.2 × 0.1: overruled
    assert reading.judged("fast delivery, a very polite courier", 0.74, "en") == (0.74, True)  # < 0.1 + 0.2 × 0.74


def test_plain_praise_reads_positive_with_the_shipped_model():
    for text, language in (("Доставка была быстрой, а курьер очень вежливый.", "ru"),
                           ("The parcel locker pickup is so convenient.", "en")):
        assert score_texts([text], language)[0] > 0.4


def test_a_score_inside_the_neutral_band_is_zero(monkeypatch):
    _model_says(monkeypatch, 0.1, 0.8, 0.1)
    assert reading.judged("fine I guess", 0.03, "en") == (0.0, True)
    assert reading.judged("   ", 0.0, "en") == (0.0, True)


STORIES = {  # complaints told as plain events, written for this test; the rules find no feeling word in most
    "en": ["The tracking said delivered. Nothing at my door.", "The discount code was for a shop that had closed.",
           "I ordered a blue one and got a green one.", "The filter for size just shows everything anyway.",
           "They sent the charger for the old model."],
    "pl": ["Kod rabatowy był do sklepu, którego już nie ma.", "Zamówiłam niebieską, przyszła zielona.",
           "Status: doręczona. Pod drzwiami nic.", "Filtr rozmiaru i tak pokazuje wszystko.",
           "Przysłali ładowarkę do starego modelu."],
    "ru": ["В статусе «доставлено», а у двери ничего.", "Заказала синюю, пришла зелёная.",
           "Промокод был от магазина, который уже закрылся.", "Фильтр по размеру всё равно показывает всё подряд.",
           "Прислали зарядку от старой модели."],
}


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_complaints_told_as_plain_stories_are_read_as_complaints_where_the_rules_see_none(language):
    """Where the rules score a story 0, the model, fitted on such stories, reads some of them as
    complaints and none as praise."""
    unseen = [text for text, rule in zip(STORIES[language], rule_scores(STORIES[language], language)) if rule == 0]
    scores = score_texts(unseen, language)
    assert len(unseen) >= 4
    assert any(score < 0 for score in scores) and not any(score > 0 for score in scores)
