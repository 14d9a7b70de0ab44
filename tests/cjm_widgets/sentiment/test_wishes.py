"""Wishes: answers to "what would you change?" read as what the customer found wanting."""
from __future__ import annotations

import pytest

from cjm_widgets.sentiment import score_texts
from cjm_widgets.sentiment.wishes import WISH, answers_a_wish, asks_for_change, wanting


@pytest.mark.parametrize("question, language, asks", [
    ("If you could change one thing about the shop, what would it be?", "en", True),
    ("What's the one thing you'd tell them?", "en", True),
    ("Anything missing on the page?", "en", True),
    ("What would you keep?", "en", False),
    ("What did you tell them?", "en", False),
    ("Gdyby mógł Pan coś temu sklepowi doradzić?", "pl", True),
    ("Co by Pani zmieniła w aplikacji?", "pl", True),
    ("A coś, czego byś nie zmieniał?", "pl", False),
    ("Czy coś się zmieniło z dostawami od tamtego czasu?", "pl", False),
    ("Что бы вы им посоветовали улучшить?", "ru", True),
    ("Если бы вы могли что-то одно поменять на сайте?", "ru", True),
    ("А что бы точно оставили как есть?", "ru", False),
    ("А вы не пытались поменять?", "ru", False),
])
def test_a_question_of_what_the_shop_should_change(question, language, asks):
    assert asks_for_change(question, language) is asks


def test_a_wish_is_wanting_unless_praised_and_nothing_wanted_is_no_wish():
    assert wanting(0.2) == -WISH and wanting(0.0) == -WISH and wanting(-0.8) == -0.8 and wanting(0.7) == 0.7
    assert answers_a_wish("What could we improve?", "Faster delivery", "en")
    assert not answers_a_wish("What could we improve?", "Keep it up!", "en")
    assert not answers_a_wish("Co by Pani zmieniła?", "Nic, wszystko w porządku.", "pl")
    assert not answers_a_wish("Что бы вы улучшили?", "Да ничего, всё устраивает.", "ru")
    assert not answers_a_wish("How was the delivery?", "Faster than I thought", "en")


def test_survey_answers_to_a_question_of_what_to_improve_score_as_wishes():
    texts = ["Szybsza dostawa", "Tak trzymać!", "Kurier rzucił paczkę pod drzwi."]
    plain = score_texts(texts, "pl")
    asked = score_texts(texts, "pl", "Co moglibyśmy poprawić?")
    assert asked[0] <= -WISH and asked[1] == plain[1] and asked[2] == plain[2] < -WISH
    assert score_texts(texts, "pl", "Jak oceniasz dostawę?") == plain
