"""kit.yaml: the template loads; every bad key is named with a fix; paths stay inside the client."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import DEMO
from cjm_widgets.cli import main
from cjm_widgets.config import TEMPLATE, kit_language, load_kit, write_template
from cjm_widgets.errors import ConfigError
from cjm_widgets.preflight import preflight


def write_kit(tmp_path, text: str):
    (tmp_path / "kit.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_init_writes_a_template_that_loads(tmp_path):
    client = tmp_path / "acme"
    assert main(["init", str(client), "--client", "Acme"]) == 0
    assert (client / "data").is_dir()
    kit = load_kit(client)
    assert kit.client == "Acme" and kit.language == "en" and kit.stage_model == "aidp"
    assert "# " in (client / "kit.yaml").read_text(encoding="utf-8")  # commented for the consultant


def test_init_never_overwrites(tmp_path, capsys):
    write_template(tmp_path)
    assert main(["init", str(tmp_path)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_every_bad_key_is_reported_at_once(tmp_path):
    write_kit(tmp_path, "client: X\nlangauge: en\nstage_model: 4p\ntouchpoints:\n"
                        "  - {id: a, name: A, stage: nowhere, reach: 3}\n")
    with pytest.raises(ConfigError) as err:
        load_kit(tmp_path)
    text = str(err.value)
    assert "line 2, column 1, langauge: unknown key. Did you mean 'language'?" in text
    assert "line 3, column 14, stage_model: '4p' is unknown" in text
    assert "line 5, column 29, touchpoint 'a', stage: 'nowhere'" in text
    assert "line 5, column 45, touchpoint 'a', reach: 3" in text


def test_a_mistyped_question_type_is_said_once(tmp_path):
    main(["init", str(tmp_path / "c")])
    kit = tmp_path / "c" / "kit.yaml"
    data = yaml.safe_load(kit.read_text(encoding="utf-8"))
    data["survey"] = {"file": "data/s.csv", "questions": [{"column": "What could we do better?", "type": "txt"}]}
    kit.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_kit(tmp_path / "c")
    assert "survey.questions, item 1, type: 'txt' is unknown; did you mean 'text'?" in str(info.value)
    assert "survey.questions, item 1, touchpoint" not in str(info.value)  # no second error for the same typo


def test_data_paths_must_stay_inside_the_client(tmp_path):
    (tmp_path / "outside.csv").write_text("a\n1\n")
    client = tmp_path / "c"
    client.mkdir()
    write_kit(client, "client: C\nsurvey:\n  file: ../outside.csv\n")
    with pytest.raises(ConfigError, match="points outside the client directory"):
        load_kit(client)


def test_missing_file_and_survey_mapping_to_unknown_touchpoint(tmp_path):
    write_kit(tmp_path, "client: C\nsurvey:\n  file: data/s.csv\n  questions:\n    - column: Q1\n      touchpoint: x\n")
    with pytest.raises(ConfigError) as err:
        load_kit(tmp_path)
    assert "line 3, column 9, survey.file: 'data/s.csv' does not exist" in str(err.value)
    assert "line 6, column 19, survey.questions, item 1, touchpoint: 'x'" in str(err.value)


def test_a_question_to_no_touchpoint_lists_each_id_once(tmp_path):
    write_kit(tmp_path, "client: C\nsurvey:\n  file: kit.yaml\n  questions:\n    - {column: Q1, touchpoint: chekout}\n"
                        "touchpoints:\n  - {id: checkout, stage: decision}\n  - {id: checkout, stage: decision}\n")
    with pytest.raises(ConfigError) as err:
        load_kit(tmp_path)
    assert "line 5, column 32, survey.questions, item 1, touchpoint: 'chekout' is not a touchpoint id in " \
           "`touchpoints:`; did you mean 'checkout'? the ids are checkout.\n" in str(err.value)


def test_yaml_syntax_error_names_the_line(tmp_path):
    write_kit(tmp_path, "client: C\nlanguage: [en\n")
    with pytest.raises(ConfigError, match="line"):
        load_kit(tmp_path)


def test_yaml_is_read_safely(tmp_path):
    write_kit(tmp_path, "client: !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_kit(tmp_path)


def test_cli_run_on_a_folder_without_kit_yaml_is_one_line(tmp_path, capsys):
    assert main(["run", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kit.yaml: not found" in err and "cjm init" in err


def test_stage_notes_seed_the_journey(tmp_path):
    from cjm_widgets.client import load_journey

    write_kit(tmp_path, yaml.safe_dump({"client": "C", "language": "pl", "stages": [
        {"id": "decision", "goals": ["Zapłacić bez logowania"], "thoughts": ["Czy to bezpieczne?"]}]}))
    journey = load_journey(tmp_path)
    decision = journey.stage("decision")
    assert decision.name == "Decyzja" and decision.goals == ["Zapłacić bez logowania"]
    assert decision.thoughts == ["Czy to bezpieczne?"] and journey.stage("interest").goals == []
    write_kit(tmp_path, "client: C\nstages:\n  - id: nope\n  - id: decision\n    goals: x\n")
    with pytest.raises(ConfigError) as err:
        load_kit(tmp_path)
    assert "line 3, column 9, stages, item 1, id: should be one of awareness" in str(err.value)
    assert "line 5, column 12, stage 'decision', goals: should be a list" in str(err.value)


# ---- every problem says its line in kit.yaml, top to bottom, a touchpoint by its id -----------------

HAND_WRITTEN = """\
client: Acme
language: {language}
stage_model: aidp

survey:
  file: data/survey.csv
  questions:
    - column: "How satisfied were you with the site search?"
      touchpoint: search
      type: likret
      scale: 5

touchpoints:
  - id: search
    name: Site search
    stage: considerashun
  - id: checkout
    name: Checkout
    stage: decision
    keywordz: [pay, basket]
  - id: checkout
    name: Checkout again
    stage: decision
    reach: lots
  - id: del-ivery
    stage: post_purchase

personas:
  k_min: two
"""
STAGES = "awareness, interest, consideration, decision, post_purchase"


@pytest.mark.parametrize("language, said", [
    ("en", ["has problems:",
            "  - line 10, column 13, survey.questions, item 1, type: 'likret' is unknown; did you mean 'likert'? "
            "use one of likert, nps, csat, ces, text.",
            "  - line 16, column 12, touchpoint 'search', stage: 'considerashun' is unknown; did you mean "
            f"'consideration'? use one of {STAGES}.",
            "  - line 20, column 5, touchpoint 'checkout', keywordz: unknown key. Did you mean 'keywords'?",
            "  - line 21, column 9, touchpoints, item 3, id: 'checkout' is used twice (first on line 17).",
            "  - line 24, column 12, touchpoints, item 3, reach: 'lots' should be a share between 0 and 1.",
            "  - line 25, column 9, touchpoints, item 4, id: 'del-ivery' should be letters, digits or _.",
            "  - line 29, column 10, personas.k_min: 'two' should be a whole number of at least 2 (e.g. 2).",
            "Fix: Edit kit.yaml; the template written by `cjm init` documents every key."]),
    ("pl", ["ma błędy:",
            "  - wiersz 10, kolumna 13, survey.questions, pozycja 1, type: nieznana wartość 'likret'; czy chodziło o "
            "'likert'? użyj jednej z: likert, nps, csat, ces, text.",
            "  - wiersz 16, kolumna 12, punkt styku 'search', stage: nieznana wartość 'considerashun'; czy chodziło o "
            f"'consideration'? użyj jednej z: {STAGES}.",
            "  - wiersz 20, kolumna 5, punkt styku 'checkout', keywordz: nieznany klucz. Czy chodziło o 'keywords'?",
            "  - wiersz 21, kolumna 9, touchpoints, pozycja 3, id: 'checkout' występuje dwa razy (pierwszy raz w "
            "wierszu 17).",
            "  - wiersz 24, kolumna 12, touchpoints, pozycja 3, reach: 'lots' — wpisz udział od 0 do 1.",
            "  - wiersz 25, kolumna 9, touchpoints, pozycja 4, id: 'del-ivery' — użyj liter, cyfr lub _.",
            "  - wiersz 29, kolumna 10, personas.k_min: 'two' — wpisz liczbę całkowitą co najmniej 2 (np. 2).",
            "Poprawka: Popraw kit.yaml; szablon zapisany przez `cjm init` opisuje każdy klucz."]),
    ("ru", ["содержит ошибки:",
            "  - строка 10, столбец 13, survey.questions, элемент 1, type: неизвестное значение 'likret'; может быть, "
            "'likert'? укажите одно из: likert, nps, csat, ces, text.",
            "  - строка 16, столбец 12, точка контакта 'search', stage: неизвестное значение 'considerashun'; может "
            f"быть, 'consideration'? укажите одно из: {STAGES}.",
            "  - строка 20, столбец 5, точка контакта 'checkout', keywordz: неизвестный ключ. Может быть, 'keywords'?",
            "  - строка 21, столбец 9, touchpoints, элемент 3, id: 'checkout' встречается дважды (впервые в строке 17).",
            "  - строка 24, столбец 12, touchpoints, элемент 3, reach: 'lots' — укажите долю от 0 до 1.",
            "  - строка 25, столбец 9, touchpoints, элемент 4, id: 'del-ivery' — используйте буквы, цифры или _.",
            "  - строка 29, столбец 10, personas.k_min: 'two' — укажите целое число не меньше 2 (например, 2).",
            "Исправление: Исправьте kit.yaml; шаблон, который пишет `cjm init`, описывает каждый ключ."]),
])
def test_every_problem_says_its_line_and_column_in_the_clients_language(tmp_path, language, said):
    write_kit(tmp_path, HAND_WRITTEN.format(language=language))
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "survey.csv").write_text("Q1\n5\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_kit(tmp_path)
    assert err.value.in_language(language).splitlines() == [f"{tmp_path / 'kit.yaml'}: {said[0]}", *said[1:]]


def test_the_survey_mapping_mistakes_say_their_lines(tmp_path):
    client = demo_client(tmp_path, lambda data: None)
    write_kit(client, """\
client: Acme
survey:
  file: data/survey.csv
  questions:
    - column: "How satisfied were you with the site search?"
      touchpoint: search
    - column: "How satisfied were you with the chekout?"
      touchpoint: checkout
    - column: "How satisfied were you with the delivery of your order?"
      touchpoint: checkout
      scale: 3
  overall: "What did you like most?"
  segments: ["What is your age group?", "What is your gender?"]
touchpoints:
  - {id: search, name: Site search, stage: consideration}
  - {id: checkout, name: Checkout, stage: decision}
""")
    lines = problems_of(client).splitlines()[1:-1]
    assert [line.split(": ", 1)[0] for line in lines] == [
        "  - line 7, column 15, survey.questions, item 2, column 'How satisfied were you with the chekout?' matches "
        "no column of survey.csv. Close headers",
        "  - line 11, column 14, survey.questions, item 3, scale",
        "  - line 12, column 12, survey.overall",
        "  - line 13, column 41, survey.segments, item 2 'What is your gender?' matches no column of survey.csv. "
        "Close headers"]


def test_a_key_given_twice_is_named_with_both_lines(tmp_path):
    """YAML keeps the last of two same keys without a word: the first would be lost silently."""
    write_kit(tmp_path, "client: C\nbase: &tp {channel: website, online: true}\ntouchpoints:\n"
                        "  - <<: *tp\n    id: search\n    stage: interest\n    channel: app\n    stage: decision\n"
                        "loop: &loop [*loop]\nclient: D\n")
    with pytest.raises(ConfigError) as err:
        load_kit(tmp_path)
    assert str(err.value).splitlines()[1:-1] == [  # the merged `channel` overridden is no repeat
        "  - line 2, column 1, base: unknown key. Allowed: allow_outside_paths, analytics, client, interviews, "
        "language, orders, personas, scoring, stage_model, stages, survey, touchpoints.",
        "  - line 8, column 5, stage: given twice in the same mapping (first on line 6); keep one.",
        "  - line 9, column 1, loop: unknown key. Allowed: allow_outside_paths, analytics, client, interviews, "
        "language, orders, personas, scoring, stage_model, stages, survey, touchpoints.",
        "  - line 10, column 1, client: given twice in the same mapping (first on line 1); keep one."]


def test_a_key_left_out_is_said_where_it_belongs_and_a_mapping_from_no_file_names_no_line(tmp_path):
    from cjm_widgets.config import parse_kit

    write_kit(tmp_path, "client: C\ntouchpoints:\n  - id: search\n    name: Site search\npersonas:\n  k_min: 7\n"
                        "orders:\n  format: auto\n")
    with pytest.raises(ConfigError) as err:
        load_kit(tmp_path)
    assert str(err.value).splitlines()[1:-1] == [
        f"  - line 3, column 5, touchpoint 'search', stage: missing; use one of {STAGES}.",
        "  - line 6, column 10, personas.k_max: 6 is below k_min (7); set k_max to k_min or more.",
        "  - line 7, column 1, orders.file: missing; name the order export, e.g. `file: data/orders.csv`."]
    with pytest.raises(ConfigError) as err:
        parse_kit({"client": "C", "personas": {"k_min": 7}}, tmp_path, tmp_path / "kit.yaml")
    assert str(err.value).splitlines()[1] == "  - personas.k_max: 6 is below k_min (7); set k_max to k_min or more."


def test_a_stage_given_by_its_name_in_any_language_says_which_id_was_meant(tmp_path):
    write_kit(tmp_path, "client: C\nlanguage: pl\ntouchpoints:\n  - id: search\n    stage: decyzja\n"
                        "  - id: zwroty\n    stage: После покупки\n")
    with pytest.raises(ConfigError) as err:
        load_kit(tmp_path)
    assert [line.split("; ")[1] for line in str(err.value).splitlines()[1:-1]] == [
        f"did you mean 'decision'? use one of {STAGES}.", f"did you mean 'post_purchase'? use one of {STAGES}."]


# ---- every kit.yaml mistake reported before anything runs ------------------------------------



def demo_client(tmp_path, edit) -> Path:
    """A copy of the demo client's kit.yaml and survey, with ``edit`` applied to the mapping."""
    client = tmp_path / "client"
    (client / "data").mkdir(parents=True)
    shutil.copy(DEMO / "data" / "survey.csv", client / "data" / "survey.csv")
    data = yaml.safe_load((DEMO / "kit.yaml").read_text(encoding="utf-8"))
    data.pop("interviews"), data.pop("analytics")
    edit(data)
    (client / "kit.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return client


def question(data, touchpoint):
    return next(q for q in data["survey"]["questions"] if q["touchpoint"] == touchpoint)


def line_of(client, text: str) -> int:
    """The line (from 1) of kit.yaml that holds ``text``, as an editor counts."""
    lines = (client / "kit.yaml").read_text(encoding="utf-8").splitlines()
    (line,) = [number for number, said in enumerate(lines, 1) if text in said]
    return line


def problems_of(client) -> str:
    with pytest.raises(ConfigError) as err:
        preflight(load_kit(client))
    return str(err.value)


def test_every_setting_mistake_at_once(tmp_path):
    def edit(data):
        data["scoring"] = {"min_nn": 3, "reliable_n": "many", "weights": {"rating": -1}}
        data["personas"]["k_min"] = "two"
        question(data, "checkout")["scale"] = "five"
        data["survey"]["questions"][-1]["direction"] = "upwards"
        data["survey"]["questions"][0]["touchpoint"] = "socal_ads"
        data["touchpoints"][0]["stage"] = "awarenes"
        data["survey"]["file"] = "data/survey.cvs"
        data["analytics"] = {"file": "data/survey.csv", "window_days": 0, "mapping": ["/product/*"]}
        data["orders"] = {"file": "data/orders.csv", "format": "magento"}

    with pytest.raises(ConfigError) as err:
        load_kit(demo_client(tmp_path, edit))
    text = str(err.value)
    for expected in [
        "scoring.min_nn: unknown key. Did you mean 'min_n'?",
        "`scoring.reliable_n` should be a whole number, found 'many'",
        "`scoring.weights.rating` is negative",
        "personas.k_min: 'two' should be a whole number of at least 2",
        "survey.questions, item 7, scale: 'five' should be the number of points (5 for 1..5",
        "survey.questions, item 13, direction: 'upwards' is unknown; use one of higher_is_better, lower_is_better",
        "survey.questions, item 1, touchpoint: 'socal_ads' is not a touchpoint id in `touchpoints:`; "
        "did you mean 'social_ads'? the ids are social_ads, recommendation, homepage",
        "touchpoint 'social_ads', stage: 'awarenes' is unknown; did you mean 'awareness'?",
        "survey.file: 'data/survey.cvs' does not exist. Did you mean 'data/survey.csv'?",
        "analytics.window_days: 0 should be a whole number of at least 1",
        "analytics.mapping: should map event or page patterns to stage ids",
        "orders.file: 'data/orders.csv' does not exist",
        "orders.format: 'magento' is unknown; use one of auto, shopify, woocommerce, generic",
    ]:
        assert expected in text, expected


def test_new_keys_for_orders_and_the_funnel_window(tmp_path):
    def edit(data):
        data["survey"]["customer_column"] = "Timestamp"
        data["analytics"] = {"file": "data/survey.csv"}
        data["orders"] = {"file": "data/survey.csv"}

    kit = load_kit(demo_client(tmp_path, edit))
    assert kit.analytics["window_days"] == 30 and kit.orders["format"] == "auto"
    assert kit.survey["customer_column"] == "Timestamp"
    assert kit.path("data/survey.csv") in kit.data_files()
    assert kit.personas["k_min"] == 2 and kit.personas["method"] == "clusters"


def test_a_scale_the_answers_contradict(tmp_path):
    client = demo_client(tmp_path, lambda data: question(data, "payment").update(scale=10))
    text = problems_of(client)
    assert "survey.questions, item 8, scale:" in text
    assert "use only 1..5, but the likert scale says 1..10" in text and "Set `scale: 5`" in text.replace("set", "Set")


def test_a_scale_that_drops_answers(tmp_path):
    client = demo_client(tmp_path, lambda data: question(data, "payment").update(scale=3))
    text = problems_of(client)
    assert "survey.questions, item 8, scale: the likert scale 1..3 drops" in text
    assert "(they lie in 1..5)" in text and "`scale: 5`" in text


def test_data_mistakes_all_at_once(tmp_path):
    def edit(data):
        question(data, "payment")["scale"] = 10
        question(data, "delivery")["scale"] = 3
        data["survey"]["questions"][0]["column"] = "How satisfied were you with the adverts?"
        data["survey"]["segments"].append("What is your gender?")
        data["survey"]["overall"] = "What did you like most?"

    text = problems_of(demo_client(tmp_path, edit))
    assert text.count("\n  - ") == 5
    assert "survey.questions, item 1, column" in text and "matches no column" in text
    assert "survey.segments, item 5" in text and "survey.overall: 'What did you like most?' is a text question" in text


def test_preflight_says_the_data_mistakes_in_the_clients_language(tmp_path):
    def edit(data):
        data["language"] = "pl"
        question(data, "payment")["scale"] = 10
        question(data, "delivery")["scale"] = 3
        data["survey"]["questions"][0]["column"] = "How satisfied were you with the adverts?"
        data["survey"]["overall"] = "What did you like most?"

    client = demo_client(tmp_path, edit)
    with pytest.raises(ConfigError) as err:
        preflight(load_kit(client))
    polish, russian = err.value.in_language("pl"), err.value.in_language("ru")
    line = line_of(client, "- column: How satisfied were you with the adverts?")
    assert "kit.yaml: nie pasuje do eksportu ankiety survey.csv:\n  - wiersz " in polish  # top to bottom of kit.yaml
    assert f"\n  - wiersz {line}, kolumna 13, survey.questions, pozycja 1, column " in polish
    assert "'How satisfied were you with the adverts?' nie pasuje do żadnej kolumny w survey.csv." in polish
    assert "survey.questions, pozycja 8, scale: 284 odpowiedzi w " in polish and "używają tylko 1..5, a skala likert to 1..10" in polish
    assert "ustaw `scale: 5`, jeśli pytanie oferowało 1..5." in polish
    assert "skala likert 1..3 pomija 43 z 289 odpowiedzi w " in polish and "(leżą w 1..5)" in polish
    assert "survey.overall: 'What did you like most?' to pytanie typu text, nie ocena" in polish
    assert polish.endswith("Poprawka: Popraw te klucze w kit.yaml (`cjm survey inspect` pokazuje kolumny, typy i "
                           "skale eksportu).")
    assert "не подходит ни к одному столбцу survey.csv" in russian and "шкала likert 1..3 отбрасывает " in russian


@pytest.mark.parametrize("language, fix", [("en", "Fix: "), ("pl", "Poprawka: "), ("ru", "Исправление: ")])
def test_an_unreadable_survey_is_said_with_one_fix_the_readers(tmp_path, language, fix):
    client = demo_client(tmp_path, lambda data: data.update(language=language))
    (client / "data" / "survey.csv").write_bytes(b"\x00\x01\x02\xff\xfe")
    with pytest.raises(ConfigError) as err:
        preflight(load_kit(client))
    text = err.value.in_language(language)
    assert text.count(fix) == 1 and "survey.csv" in text and "survey.file" in text


def test_the_demo_passes_preflight():
    assert preflight(load_kit(DEMO)).file == "survey.csv"  # no problem raised; the parse handed on


def test_cjm_run_stops_before_the_first_notebook(tmp_path, capsys):
    client = demo_client(tmp_path, lambda data: question(data, "payment").update(scale=3))
    assert main(["run", str(client), "--quiet"]) == 2
    assert "survey.questions, item 8, scale" in capsys.readouterr().err
    assert not (client / "out").exists() and not (client / "out.partial").exists()


def test_template_stays_valid_yaml_when_uncommented(tmp_path):
    template = TEMPLATE.read_text(encoding="utf-8").replace("{client}", "Acme")
    uncommented = re.sub(r"(?m)^# (?=\s*(?:[\w-]+:|- ))", "", template)
    assert uncommented != template
    (tmp_path / "data" / "interviews").mkdir(parents=True)
    for name in ("survey.csv", "funnel.csv", "orders.csv"):
        (tmp_path / "data" / name).write_text("a\n1\n", encoding="utf-8")
    write_kit(tmp_path, uncommented)
    kit = load_kit(tmp_path)
    assert kit.survey["questions"][0]["touchpoint"] == "search" and kit.touchpoints[0].id == "search"
    assert kit.analytics["window_days"] == 30 and kit.orders["format"] == "auto"
    assert "pain_drop" in kit.scoring


def test_the_cli_speaks_kit_yamls_language_even_when_the_rest_of_it_is_wrong(tmp_path):
    assert kit_language(tmp_path) == "en"  # no kit.yaml yet
    (tmp_path / "kit.yaml").write_text("language: pl\nsurvey: [not, a, mapping]\n", encoding="utf-8")
    assert kit_language(tmp_path) == "pl"
    (tmp_path / "kit.yaml").write_text("language: pl\nsurvey: {file: a\n", encoding="utf-8")
    assert kit_language(tmp_path) == "pl"  # not YAML at all, but its language line still says
    (tmp_path / "kit.yaml").write_text("client: Sklep\nsurvey: {file: a\n", encoding="utf-8")
    assert kit_language(tmp_path) == "en"
    (tmp_path / "kit.yaml").write_bytes("\ufefflanguage: ru\nclient: Ромашка\n".encode("utf-8"))
    assert kit_language(tmp_path) == "ru"


def test_a_yaml_syntax_error_is_said_in_kit_yamls_language_with_its_line(tmp_path, capsys):
    from cjm_widgets.cli import main

    (tmp_path / "kit.yaml").write_text("client: Sklep\nlanguage: ru\nsurvey:\n  file: data/a.csv\n  note: a: b\n",
                                       encoding="utf-8")
    assert main(["run", str(tmp_path), "--quiet"]) == 2
    error = capsys.readouterr().err
    assert "kit.yaml, строка 5: это не корректный YAML. Исправление: Проверьте отступы" in error
    assert "mapping values" not in error and "Fix" not in error  # the parser speaks English only


def test_a_kit_that_names_no_data_while_data_holds_an_export_says_so(tmp_path, capsys):
    from cjm_widgets.cli import main

    client = tmp_path / "sklep"
    assert main(["init", str(client), "--language", "pl"]) == 0
    shutil.copy(DEMO / "data" / "survey.csv", client / "data" / "ankieta.csv")
    capsys.readouterr()
    assert main(["run", str(client), "--quiet"]) == 2
    error = capsys.readouterr().err
    assert "nie wskazuje żadnego pliku z danymi, a w data/ są: data/ankieta.csv" in error
    assert "survey.file: data/ankieta.csv" in error and not (client / "out").exists()


# ---- kit.yaml's comments in the client's language (kit_init.template_text) ------------------------

VALUE_LIST = re.compile(r"[\w.]+(?: \| [\w.]+)+")  # a comment that only lists values: likert | nps | ...
COMMENTED_KEY = re.compile(r"\s*#\s+(?:- )?[\w-]+: [\w.-]*")  # "#     online: true": commented-out, says nothing


def said_lines(text: str) -> set[str]:
    """The lines of a kit.yaml that say something in words: a comment, or a commented-out example."""
    return {line for line in text.splitlines() if "#" in line
            and not VALUE_LIST.fullmatch(line.rsplit("# ", 1)[-1].strip()) and not COMMENTED_KEY.fullmatch(line)}


def uncommented(text: str) -> str:
    return re.sub(r"(?m)^# (?=\s*(?:[\w-]+:|- ))", "", text)


def key_lines(text: str) -> list:
    """Each line's key with its indentation and comment mark (None for a line without one)."""
    return [(found[0] if (found := re.match(r"\s*#?\s*(?:- )?[\w-]+:", line)) else None) for line in text.splitlines()]


def without_wording(node):
    """A parsed kit.yaml with the examples' wording (names, questions, notes) and the language left out."""
    from cjm_widgets.kit_init import EXAMPLE_KEYS

    if isinstance(node, dict):
        return {k: "…" if k in EXAMPLE_KEYS else without_wording(v) for k, v in node.items() if k != "language"}
    return [without_wording(v) for v in node] if isinstance(node, list) else node


@pytest.mark.parametrize("language, words", [
    ("pl", ["# Odkomentuj sekcje, dla których masz dane", "# pomiń, jeśli klient nie ma ankiety",
            "# krótki id: litery, cyfry, podkreślnik", "name: Wyszukiwarka", "# punkt bólu: cały przedział 95%"]),
    ("ru", ["# Раскомментируйте разделы, для которых есть данные", "# не указывайте, если у клиента нет опроса",
            "# короткий id: буквы, цифры, подчёркивание", "name: Поиск на сайте",
            "# болевая точка: весь 95% интервал"]),
])
def test_init_writes_the_templates_comments_in_the_clients_language(tmp_path, language, words):
    english, client = tmp_path / "en", tmp_path / language
    assert main(["init", str(english), "--client", "Acme"]) == 0
    assert main(["init", str(client), "--client", "Acme", "--language", language]) == 0
    en_text = (english / "kit.yaml").read_text(encoding="utf-8")
    text = (client / "kit.yaml").read_text(encoding="utf-8")
    assert all(word in text for word in words)
    assert said_lines(text) and not said_lines(text) & said_lines(en_text)  # not one English comment left
    assert key_lines(text) == key_lines(en_text)  # the same keys, line by line, commented out or not
    data = yaml.safe_load(text)
    assert data == {**yaml.safe_load(en_text), "language": language}
    kit = load_kit(client)
    preflight(kit)
    assert kit.language == language and kit.client == "Acme"
    # uncommented, it still is the English template's kit.yaml: only the examples' wording is the client's
    (client / "data" / "interviews").mkdir(parents=True)
    for name in ("survey.csv", "funnel.csv", "orders.csv"):
        (client / "data" / name).write_text("a\n1\n", encoding="utf-8")
    write_kit(client, uncommented(text))
    kit = load_kit(client)
    assert kit.survey["questions"][0]["touchpoint"] == "search" and kit.touchpoints[0].id == "search"
    assert kit.touchpoints[0].name == {"pl": "Wyszukiwarka", "ru": "Поиск на сайте"}[language]
    assert without_wording(yaml.safe_load(uncommented(text))) == without_wording(yaml.safe_load(uncommented(en_text)))


def test_the_english_template_is_written_as_it_stands():
    from cjm_widgets.kit_init import template_text

    assert template_text("en") == template_text(None) == TEMPLATE.read_text(encoding="utf-8")


def test_every_comment_of_the_template_has_its_line_in_the_label_table():
    """A comment added to kit_template.yaml gets its Polish and Russian in labels.py (keys kit_tpl_*)."""
    from cjm_widgets.kit_init import TEMPLATE_KEY, template_comments
    from cjm_widgets.labels import TEXTS

    table = {texts["en"]: key for key, texts in TEXTS.items() if key.startswith(TEMPLATE_KEY)}
    missing = [text for text in template_comments() if text not in table and not VALUE_LIST.fullmatch(text)]
    assert missing == [], f"add these to labels.py as {TEMPLATE_KEY}* lines with pl and ru: {missing}"
    unused = sorted(set(table) - set(template_comments()))
    assert unused == [], f"labels.py has template lines kit_template.yaml no longer says: {unused}"
    for key in table.values():
        assert TEXTS[key]["pl"] != TEXTS[key]["en"] or key == "kit_tpl_owner_example", key
        assert TEXTS[key]["ru"] != TEXTS[key]["en"], key
