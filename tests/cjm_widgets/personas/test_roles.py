"""What a segment question asks about, recognised from its wording in EN, PL and RU."""
from __future__ import annotations

import pytest

from cjm_widgets.personas.roles import role_of, yes_no


@pytest.mark.parametrize("question, role", [
    ("Is this your first order with us?", "first_order"),
    ("Czy to Twoje pierwsze zamówienie?", "first_order"),
    ("What is your age group?", "age"),
    ("Ile masz lat?", "age"),
    ("Сколько вам лет?", "age"),
    ("Which device did you use to place your order?", "device"),
    ("How did you first hear about us?", "source"),
    ("Skąd się o nas dowiedziałeś?", "source"),
    ("Как часто вы покупаете?", "frequency"),
    ("Skąd Pan/Pani o nas wie?", "source"),
    ("Вы покупали у нас раньше?", "bought_before"),
    ("Czy kupował(a) Pan/Pani już u nas wcześniej?", "bought_before"),
    ("Have you shopped with us before?", "bought_before"),
    ("Как часто вы покупали у нас раньше?", "frequency"),
    ("Favourite colour?", None),
])
def test_a_question_is_read_by_its_role(question, role):
    assert role_of(question) == role


def test_yes_and_no_in_three_languages_and_anything_else_is_neither():
    assert [yes_no(a) for a in ("Yes", "tak.", "Да", "No", "nie", "нет!")] == [True, True, True, False, False, False]
    assert yes_no("Maybe") is None and yes_no(None) is None
