"""What a segment question asks about (age, first order, device, how they found the shop, ...), so
a persona's name and "who they are" read as words, not as raw question texts and bare "Yes"/"No".

Recognised from the question's wording in EN, PL and RU; a question of no known role keeps a
short form of its own text.
"""
from __future__ import annotations

import re
from typing import Optional

# role -> words that mark it in a question (lower case; a word starting with one of these counts)
ROLE_WORDS = {
    "first_order": ("first order", "first purchase", "first time", "new customer", "pierwsze zamówienie",
                    "pierwszy raz", "pierwszy zakup", "первый заказ", "впервые", "первая покупка", "первый раз"),
    "age": ("age", "how old", "wiek", "ile masz lat", "ile pan", "возраст", "сколько вам лет"),
    "device": ("device", "phone or computer", "urządzeni", "telefon czy komputer", "устройств"),
    "source": ("hear about", "find us", "found us", "learn about", "dowiedzia", "znalazł", "узнали", "нашли нас"),
    "gender": ("gender", "sex", "płeć", "пол "),
    "region": ("city", "region", "country", "where do you live", "miasto", "województw", "kraj", "город",
               "регион", "страна"),
    "frequency": ("how often", "jak często", "как часто"),
}
YES = {"yes", "tak", "да", "y", "true", "1"}
NO = {"no", "nie", "нет", "n", "false", "0"}


def role_of(question: str) -> Optional[str]:
    """The role a segment question plays, or None."""
    text = " " + re.sub(r"\s+", " ", str(question).casefold()) + " "
    for role, words in ROLE_WORDS.items():
        if any(word in text for word in words):
            return role
    return None


def yes_no(answer) -> Optional[bool]:
    text = str(answer).strip().casefold().rstrip(".!")
    return True if text in YES else False if text in NO else None
