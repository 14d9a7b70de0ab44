"""One answer as a persona's name and sentences say it: years after an age band in the grammar of its
last number, a yes or no as the customers it describes, devices and sources as phrases."""
from __future__ import annotations

import pytest

from cjm_widgets.personas.words import age_words, device_kind, first_time, inside, name_part, sentence


@pytest.mark.parametrize("answer, language, expected", [
    ("45–54", "pl", "45–54 lata"), ("18–24", "pl", "18–24 lata"), ("18–29", "pl", "18–29 lat"),
    ("25-35", "pl", "25-35 lat"), ("21", "pl", "21 lat"), ("do 18", "pl", "do 18 lat"),
    ("55 lat i więcej", "pl", "55 lat i więcej"), ("65+", "pl", "65+ lat"),
    ("55 и старше", "ru", "55 лет и старше"), ("18–24", "ru", "18–24 года"), ("25–35", "ru", "25–35 лет"),
    ("21", "ru", "21 год"), ("до 18 лет", "ru", "до 18 лет"), ("35–44", "ru", "35–44 года"),
    ("55+", "en", "55+"), ("25-34", "en", "25-34"), ("Prefer not to say", "pl", None),
])
def test_an_age_band_takes_its_years_from_its_last_number(answer, language, expected):
    assert age_words(answer, language) == expected


@pytest.mark.parametrize("column, answer, expected", [
    ("Is this your first order with us?", "Yes", True), ("Is this your first order with us?", "No", False),
    ("Вы покупали у нас раньше?", "Да", False), ("Вы покупали у нас раньше?", "Нет", True),
    ("Czy kupował(a) Pan/Pani już u nas wcześniej?", "Tak, kilka razy", False),
    ("Customer type", "First order", True), ("Customer type", "Returning", False),
    ("Do you read our newsletter?", "Yes", None), ("What is your age group?", "Returning", None),
])
def test_first_time_or_returning_is_read_from_what_the_question_asks(column, answer, expected):
    assert first_time(column, answer) is expected


def test_devices_sources_and_other_answers_as_name_parts():
    device, source = "Which device do you usually shop on?", "Skąd Pan/Pani o nas wie?"
    assert device_kind("Smartphone (Android)") == "phone" and device_kind("Phone and computer") is None
    assert name_part(device, "Smartfon", False, "pl") == ("device", "na smartfonach")
    assert name_part(device, "Телефон", False, "ru") == ("device", "с телефона")
    assert name_part(device, "Smart TV", False, "en") == ("device", "on Smart TV")
    assert name_part(source, "Z wyszukiwarki Google", False, "pl") == ("rest", "z wyszukiwarki Google")
    assert name_part(source, "Allegro", False, "pl") == ("rest", "źródło: Allegro")
    assert name_part("Откуда вы о нас узнали?", "От друзей", False, "ru") == ("rest", "от друзей")
    assert name_part("Do you read our newsletter?", "Yes", False, "en") is None  # a bare yes needs its question
    assert name_part("Orders a year", "3–10", True, "en") is None  # so does a number's range
    assert name_part("City", "Warszawa", False, "pl") == ("rest", "Warszawa")
    assert inside("Google Ads") == "Google Ads" and inside("Через рекламу") == "через рекламу"


@pytest.mark.parametrize("column, answer, share, language, expected", [
    ("Przedział wiekowy", "25–34", 0.62, "pl", "Najczęściej 25–34 lata (62%)."),
    ("Przedział wiekowy", "25–34", 1.0, "pl", "Wszyscy mają 25–34 lata."),
    ("Czy to było Pana/Pani pierwsze zamówienie?", "Tak", 1.0, "pl", "Wszyscy kupują u nas pierwszy raz."),
    ("Ваш возраст", "55 и старше", 0.5, "ru", "Чаще всего 55 лет и старше (50\xa0%)."),
    ("Вы покупали у нас раньше?", "Да", 0.8, "ru", "80\xa0% уже покупали у нас раньше."),
    ("Which device did you use?", "Computer", 0.88, "en", "Most often order on computers (88%)."),
    ("How did you hear about us?", "Search engine", 0.63, "en", "Found us through: most often Search engine (63%)."),
])
def test_a_sentence_of_who_they_are(column, answer, share, language, expected):
    from cjm_widgets.personas.roles import question_labels

    assert sentence(column, answer, share, question_labels([column], language)[column], language) == expected
