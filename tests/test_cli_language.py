"""What `cjm` says before any run: in the language of the client folder it is given (its kit.yaml),
English when there is none; an error raised in plain English keeps its "row" and "Fix:" English."""
from __future__ import annotations

import pytest

from cjm_widgets.cli import main
from cjm_widgets.errors import CJMError, InputError
from cjm_widgets.model import Source


def _client(tmp_path, language: str, extra: str = ""):
    client = tmp_path / f"client_{language}"
    client.mkdir()
    (client / "kit.yaml").write_text(f"client: Sklep\nlanguage: {language}\n{extra}", encoding="utf-8")
    return client


def _err(capsys, *argv) -> str:
    assert main([*map(str, argv)]) == 2
    return capsys.readouterr().err


def test_errors_speak_the_language_of_the_client_folder(tmp_path, capsys):
    polish, russian = _client(tmp_path, "pl"), _client(tmp_path, "ru")
    assert _err(capsys, "evidence", polish) == (f"cjm: błąd: {polish / 'out' / 'evidence.parquet'}: nie znaleziono. "
                                                f"Najpierw uruchom `cjm run {polish}`.\n")
    assert _err(capsys, "diff", russian).startswith(f"cjm: ошибка: {russian / 'history'}: 0 запусков в истории; "
                                                    "`cjm diff` нужно два.")
    assert _err(capsys, "evidence", tmp_path / "nowhere").startswith("cjm: error: ")  # no kit.yaml: English


def test_a_bad_kit_yaml_is_reported_in_its_own_language(tmp_path, capsys):
    client = _client(tmp_path, "ru", "stage_modle: aidp\nsurvey:\n  file: data/survey.cvs\ntouchpoints:\n"
                                     "  - {id: search, name: Поиск, stage: awarenes, reach: 2}\nscoring:\n  min_n: -1\n")
    (client / "data").mkdir()
    (client / "data" / "survey.csv").write_text("Q1\n5\n", encoding="utf-8")
    err = _err(capsys, "run", client)
    assert err.splitlines() == [
        f"cjm: ошибка: {client / 'kit.yaml'}: содержит ошибки:",
        "  - stage_modle: неизвестный ключ. Может быть, 'stage_model'?",
        "  - survey.file: 'data/survey.cvs' не существует. Может быть, 'data/survey.csv'?",
        "  - touchpoints[1].stage: неизвестное значение 'awarenes'; может быть, 'awareness'? укажите одно из: "
        "awareness, interest, consideration, decision, post_purchase.",
        "  - touchpoints[1].reach: 2 — укажите долю от 0 до 1.",
        "  - `scoring.min_n` должно быть не меньше 1, а найдено -1. Исправление: Исправьте его или удалите ключ, "
        "чтобы взять значение по умолчанию (docs/scoring.md). Исправление: Исправьте kit.yaml; шаблон, который пишет "
        "`cjm init`, описывает каждый ключ."]
    (client / "kit.yaml").write_text((client / "kit.yaml").read_text(encoding="utf-8").replace("language: ru",
                                                                                             "language: en"))
    english = _err(capsys, "run", client)
    assert "stage_modle: unknown key. Did you mean 'stage_model'?" in english
    assert "`scoring.min_n` should be at least 1, found -1. Fix: Correct it" in english


def test_init_writes_and_says_the_language_asked_for(tmp_path, capsys):
    client = tmp_path / "nowy"
    assert main(["init", str(client), "--language", "pl"]) == 0
    assert capsys.readouterr().out.startswith(f"Utworzono {client / 'kit.yaml'} i {client / 'data'}/.\nDalej: ")
    assert "\nlanguage: pl " in (client / "kit.yaml").read_text(encoding="utf-8")
    assert _err(capsys, "init", client) == (f"cjm: błąd: {client / 'kit.yaml'}: już istnieje. "
                                            "Poprawka: Edytuj go albo wybierz nowy katalog.\n")


def test_an_input_error_says_where_in_the_language_it_is_said_in():
    keyed = InputError("survey.csv", key="err_kit_problems", row=3, column="Q1", problems="x")
    assert keyed.message("pl") == "survey.csv, wiersz 3, kolumna 'Q1': ma błędy:\n  - x Poprawka: Popraw kit.yaml; " \
                                  "szablon zapisany przez `cjm init` opisuje każdy klucz."
    assert keyed.message("ru").startswith("survey.csv, строка 3, столбец 'Q1': содержит ошибки:")
    assert str(keyed).startswith("survey.csv, row 3, column 'Q1': has problems:")
    plain = InputError("survey.csv", "bad cell.", row=3, fix="Correct it.")
    assert plain.message("ru") == str(plain) == "survey.csv, row 3: bad cell. Fix: Correct it."
    assert CJMError(key="err_unknown_kind", kind="x", kinds="rating").in_language("pl") == \
        "--kind 'x': użyj jednego z: rating."


@pytest.mark.parametrize("language, expected", [
    ("en", "survey.csv, row 12, Q3"), ("pl", "survey.csv, wiersz 12, Q3"), ("ru", "survey.csv, строка 12, Q3")])
def test_a_source_is_written_in_the_language_of_the_page(language, expected):
    assert Source("survey.csv", row=12, column="Q3").label(language) == expected
    assert Source("a.vtt", line=7, time="00:01:02.000").label(language).startswith("a.vtt, ")
    assert Source("a.vtt", line=7).label("pl") == "a.vtt, wiersz 7"


def test_a_run_on_a_missing_folder_says_so_instead_of_a_lock_file_error(tmp_path, capsys):
    assert _err(capsys, "run", tmp_path / "nowhere") == (f"cjm: error: {tmp_path / 'nowhere'}: is not a client "
                                                         "directory. Fix: Create one with `cjm init DIR`.\n")


def test_funnel_sql_without_a_mapping_says_how_to_add_one_in_russian(tmp_path, capsys):
    client = _client(tmp_path, "ru")
    err = _err(capsys, "funnel-sql", client)
    assert err.startswith(f"cjm: ошибка: {client / 'kit.yaml'}: analytics.mapping пуст; ")
    assert "Исправление: добавьте в analytics `mapping: {page_view: awareness" in err


def test_the_evidence_listing_counts_and_places_each_row_in_the_language_asked_for():
    import pandas as pd

    from cjm_widgets.drilldown import SHOWN, format_evidence

    rows = [{"kind": "rating", "touchpoint": "search", "valence": -0.5, "raw": 2.0, "file": "survey.csv", "row": 14,
             "column": "Search?"},
            {"kind": "quote", "touchpoint": "delivery", "valence": 0.0, "file": "anna.vtt", "line": 12,
             "time": "00:01:02.000", "column": "Anna", "text": "It came late."}]
    frame = pd.DataFrame(rows).reindex(columns=SHOWN)
    assert format_evidence(frame).splitlines() == [
        "2 observations:",
        "rating    search           -0.50 answer 2  [survey.csv, row 14, Search?]",
        "quote     delivery          0.00 “It came late.”  [anna.vtt, line 12, 00:01:02.000, Anna]"]
    polish = format_evidence(frame, limit=1, language="pl").splitlines()
    assert polish == ["2 obserwacje; pierwsze 1 (wszystkie: --csv):",
                      "rating    search           −0,50 odpowiedź 2  [survey.csv, wiersz 14, Search?]"]


def test_a_run_without_an_evidence_table_has_nothing_to_count(tmp_path):
    from cjm_widgets.drilldown import evidence_counts

    assert evidence_counts(tmp_path) == (0, 0, 0)
