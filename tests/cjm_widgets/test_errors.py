"""The kit's errors: said in the client's language when raised with a label key, as written otherwise."""
from __future__ import annotations

from cjm_widgets.errors import CJMError, InputError


def test_an_input_error_says_where_in_the_language_it_is_said_in():
    keyed = InputError("survey.csv", key="err_kit_problems", row=3, column="Q1", problems="x")
    assert keyed.message("pl") == "survey.csv, wiersz 3, kolumna 'Q1': ma błędy:\n  - x\nPoprawka: Popraw kit.yaml; " \
                                  "szablon zapisany przez `cjm init` opisuje każdy klucz."  # the list's fix: its own line
    assert keyed.message("ru").startswith("survey.csv, строка 3, столбец 'Q1': содержит ошибки:")
    assert str(keyed).startswith("survey.csv, row 3, column 'Q1': has problems:")
    plain = InputError("survey.csv", "bad cell.", row=3, fix="Correct it.")
    assert plain.message("ru") == str(plain) == "survey.csv, row 3: bad cell. Fix: Correct it."
    assert CJMError(key="err_unknown_kind", kind="x", kinds="rating").in_language("pl") == \
        "--kind 'x': użyj jednego z: rating."


