"""What `cjm` says: in the language of the client folder it is given (its kit.yaml), English when
there is none; an error raised in plain English keeps its "row" and "Fix:" English."""
from __future__ import annotations

import re

from cjm_widgets.cli import main


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
        "  - строка 3, столбец 1, stage_modle: неизвестный ключ. Может быть, 'stage_model'?",
        "  - строка 5, столбец 9, survey.file: 'data/survey.cvs' не существует. Может быть, 'data/survey.csv'?",
        "  - строка 7, столбец 38, точка контакта 'search', stage: неизвестное значение 'awarenes'; может быть, "
        "'awareness'? укажите одно из: awareness, interest, consideration, decision, post_purchase.",
        "  - строка 7, столбец 55, точка контакта 'search', reach: 2 — укажите долю от 0 до 1.",
        "  - строка 9, столбец 10, `scoring.min_n` должно быть не меньше 1, а найдено -1. Исправление: Исправьте "
        "его или удалите ключ, чтобы взять значение по умолчанию (docs/scoring.md).",
        "Исправление: Исправьте kit.yaml; шаблон, который пишет `cjm init`, описывает каждый ключ."]
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


def test_a_run_on_a_missing_folder_says_so_instead_of_a_lock_file_error(tmp_path, capsys):
    assert _err(capsys, "run", tmp_path / "nowhere") == (f"cjm: error: {tmp_path / 'nowhere'}: is not a client "
                                                         "directory. Fix: Create one with `cjm init DIR`.\n")


def test_funnel_sql_without_a_mapping_says_how_to_add_one_in_russian(tmp_path, capsys):
    client = _client(tmp_path, "ru")
    err = _err(capsys, "funnel-sql", client)
    assert err.startswith(f"cjm: ошибка: {client / 'kit.yaml'}: analytics.mapping пуст; ")
    assert "Исправление: добавьте в analytics `mapping: {page_view: awareness" in err


def test_inspect_speaks_the_language_of_the_client_folder_the_file_is_in(tmp_path, capsys):
    russian = _client(tmp_path, "ru")
    (russian / "data" / "interviews").mkdir(parents=True)
    survey = russian / "data" / "survey.csv"
    survey.write_text("Оценка доставки\n5\n4\n2\n\n3\n", encoding="utf-8")
    transcript = russian / "data" / "interviews" / "anna.txt"
    transcript.write_text("Интервью с Анной\nQ: Как прошла доставка?\nA: Курьер опоздал на два дня.\n", encoding="utf-8")

    assert main(["survey", "inspect", str(survey)]) == 0
    out = capsys.readouterr().out
    assert "· строк заголовка 1 · 4 респондента" in out and "столбец" in out and "3,50" in out
    assert out.rstrip().endswith("проблем нет")
    assert main(["transcript", "inspect", str(transcript)]) == 0
    assert capsys.readouterr().out.splitlines()[1:3] == ["реплик: 2", "собеседники: Q (интервьюер), A (участник)"]
    assert main(["transcript", "inspect", "--language", "en", str(transcript)]) == 0
    out = capsys.readouterr().out
    assert "utterances: 2" in out and "  - 1 line outside any speaker turn" in out
    assert main(["survey", "inspect", str(tmp_path / "elsewhere.csv")]) == 2  # no client folder: English
    assert capsys.readouterr().err.startswith("cjm: error: ")


def test_a_run_says_first_which_keywords_code_no_quotes_in_the_clients_language(tmp_path, capsys, monkeypatch):
    from cjm_widgets import runner
    from cjm_widgets.errors import CJMError

    def stop(*args, **kwargs):
        raise CJMError("stopped before the notebooks")

    monkeypatch.setattr(runner, "workshop_notebooks", stop)  # the run goes as far as finding its notebooks
    client = _client(tmp_path, "pl", "touchpoints:\n  - {id: checkout, name: Koszyk, stage: decision, "
                                     "keywords: [koszyk, zamówienie, blik]}\n")
    assert main(["run", str(client)]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Słowo kluczowe 'zamówienie' punktu styku 'Koszyk' nie koduje "
                                                   "cytatów") and re.search(r"tylko \d{1,2}% dotyczy", lines[0]) and "Poprawka:" in lines[0]


def test_a_run_says_first_which_transcripts_it_will_pass_over(tmp_path, capsys, monkeypatch):
    from cjm_widgets import runner
    from cjm_widgets.errors import CJMError

    def stop(*args, **kwargs):
        raise CJMError("stopped before the notebooks")

    monkeypatch.setattr(runner, "workshop_notebooks", stop)
    client = _client(tmp_path, "ru", "interviews: {dir: data/interviews}\n")
    interviews = client / "data" / "interviews"
    interviews.mkdir(parents=True)
    (interviews / "anna.txt").write_text("Q: Как прошла доставка?\nA: Курьер опоздал.\n", encoding="utf-8")
    (interviews / "boris.docx").write_bytes(b"not a zip")
    assert main(["run", str(client)]) == 2
    assert capsys.readouterr().out.splitlines() == [
        "boris.docx: не читается как документ Word. Исправление: Откройте его в Word и сохраните заново как .docx "
        "или выгрузите как .txt."]
