"""`cjm init DIR --from EXPORT`: the export copied unchanged, kit.yaml proposed, accepted by `cjm run`."""
from __future__ import annotations

import csv
import dataclasses
import io
import random
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from cjm_widgets.cli import main
from cjm_widgets.config import load_kit
from cjm_widgets.preflight import preflight
from cjm_widgets.survey import read_survey, survey_observations
from cjm_widgets.survey.codebook import load_codebook

DEMO = ROOT / "workshop" / "demo"


def init(tmp_path, export: Path, *extra) -> tuple[Path, dict, str]:
    client = tmp_path / "client"
    assert main(["init", str(client), "--from", str(export), *extra]) == 0
    text = (client / "kit.yaml").read_text(encoding="utf-8")
    return client, yaml.safe_load(text), text


def accepted(client: Path):
    """What `cjm run` checks before the first notebook, and the survey step's observations."""
    kit = load_kit(client)
    preflight(kit)
    survey = read_survey(kit.path(kit.survey["file"]))
    observations, problems = survey_observations(survey, kit.survey["questions"], touchpoints=kit.touchpoints)
    assert observations and all("with no touchpoint named, not used" in p for p in problems)  # open answers
    return kit


def mapping(data: dict) -> dict[str, tuple]:
    """The rating questions' mapping (open questions, coded answer by answer, have no touchpoint)."""
    return {q["column"]: (q["touchpoint"], q.get("scale"), q.get("direction"))
            for q in data["survey"]["questions"] if "touchpoint" in q}


def stage_of(data: dict) -> dict[str, str]:
    return {t["id"]: t["stage"] for t in data["touchpoints"]}


# ---- the demo: the proposal is the hand mapping --------------------------------------------

def test_demo_proposal_equals_the_hand_mapping(tmp_path):
    client, proposed, text = init(tmp_path, DEMO / "data" / "survey.csv", "--client", "Demo Shop")
    hand = yaml.safe_load((DEMO / "kit.yaml").read_text(encoding="utf-8"))
    assert (client / "data" / "survey.csv").read_bytes() == (DEMO / "data" / "survey.csv").read_bytes()
    assert mapping(proposed) == mapping(hand)
    assert [q["column"] for q in proposed["survey"]["questions"] if q["type"] == "text"] == [
        "What did you like most?", "What should we improve?", "Anything else you would like to tell us?"]
    # the kit scores likert and csat alike; the proposal keeps the reader's finer "csat"
    assert [q["type"] for q in proposed["survey"]["questions"] if "touchpoint" in q] == [
        "csat" if q["type"] == "likert" else q["type"] for q in hand["survey"]["questions"]]
    assert proposed["survey"]["overall"] == hand["survey"]["overall"]
    assert sorted(proposed["survey"]["segments"]) == sorted(hand["survey"]["segments"])
    assert proposed["personas"]["channel_column"] == hand["personas"]["channel_column"]
    used = {q["touchpoint"] for q in hand["survey"]["questions"]}
    assert stage_of(proposed) == {tp: stage for tp, stage in stage_of(hand).items() if tp in used}
    assert "# REVIEW" not in text.split("\ntouchpoints:")[0]  # every question mapping is sure
    kit = accepted(client)
    assert kit.client == "Demo Shop" and kit.touchpoints[0].keywords


def test_init_from_never_overwrites(tmp_path, capsys):
    init(tmp_path, DEMO / "data" / "survey.csv")
    assert main(["init", str(tmp_path / "client"), "--from", str(DEMO / "data" / "survey.csv")]) == 2
    assert "already exists" in capsys.readouterr().err


# ---- the kit's own templates, in every language ------------------------------------------------

def template_export(path: Path, language: str) -> Path:
    """An export of cx_post_purchase as Google Forms writes it: the wordings as headers."""
    book = load_codebook("cx_post_purchase")
    rng = random.Random(language)
    rows = []
    for i in range(40):
        row = [f"2024/03/{1 + i % 28:02d} 10:{i:02d}:00"]
        for q in book.questions:
            if q.type == "nps":
                row.append(str(rng.randint(0, 10)))
            elif q.type in ("likert", "csat", "ces"):
                row.append(str(rng.randint(1, q.scale or 5)))
            elif q.type == "choice":
                row.append(rng.choice(q.options.get(language) or ["Yes", "No"]))
            else:
                row.append(rng.choice(["", f"Respondent {i} says: fast and friendly.", f"Too slow for number {i}."]))
        rows.append(row)
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["Timestamp"] + [q.text[language] for q in book.questions]] + rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_template_export_maps_to_its_codebook(tmp_path, language):
    book = load_codebook("cx_post_purchase")
    export = template_export(tmp_path / f"cx_{language}.csv", language)
    client, proposed, _ = init(tmp_path, export)
    assert proposed["language"] == language  # guessed from the wording
    expected = {q.text[language]: (q.touchpoint, q.scale, q.direction if q.type == "ces" else None)
                for q in book.questions if q.touchpoint}
    assert mapping(proposed) == expected
    assert [q["type"] for q in proposed["survey"]["questions"] if "touchpoint" in q] == [q.type for q in book.questions if q.touchpoint]
    assert stage_of(proposed) == {q.touchpoint: q.stage for q in book.questions if q.touchpoint}
    nps = next(q for q in book.questions if q.type == "nps")
    assert proposed["survey"]["overall"] == nps.text[language]
    assert set(proposed["survey"]["segments"]) == {q.text[language] for q in book.questions if q.type == "choice"}
    names = {t["id"]: t["name"] for t in proposed["touchpoints"]}
    assert names["delivery"] == {"en": "Delivery", "pl": "Dostawa", "ru": "Доставка"}[language]
    accepted(client)


# ---- foreign exports: the catalogue proposes the touchpoints -----------------------------------

PL_QUESTIONS = {
    "Jak oceniasz szybkość dostawy?": "delivery",
    "Na ile jesteś zadowolony z obsługi klienta?": "support",
    "Jak łatwo było znaleźć produkt, którego szukałeś?": "search",
    "Jak oceniasz proces składania zamówienia?": "checkout",
    "Jak oceniasz dostępne metody płatności?": "payment",
    "Jak oceniasz opisy i zdjęcia produktów?": "product_page",
    "Na ile pomocne były opinie innych klientów?": "reviews",
    "Jak oceniasz przebieg zwrotu towaru?": "returns",
    "Jak oceniasz nasz newsletter?": "newsletter",
    "Jak łatwo było założyć konto?": "account",
    "Jak oceniasz nasze reklamy w mediach społecznościowych?": "social_ads",
    "Jak oceniasz ceny w naszym sklepie?": "prices",
}
RU_QUESTIONS = {
    "Как вы оцениваете скорость доставки?": "delivery",
    "Насколько вы довольны работой службы поддержки?": "support",
    "Насколько легко было найти нужный товар?": "search",
    "Как вы оцениваете оформление заказа?": "checkout",
    "Насколько удобны способы оплаты?": "payment",
    "Как вы оцениваете описание и фото товаров?": "product_page",
    "Насколько полезны были отзывы покупателей?": "reviews",
    "Как прошёл возврат товара?": "returns",
    "Как вы оцениваете нашу email-рассылку?": "newsletter",
    "Насколько легко было зарегистрироваться в личном кабинете?": "account",
    "Как вы оцениваете главную страницу сайта?": "homepage",
    "Как вы оцениваете нашу рекламу в соцсетях?": "social_ads",
}


def foreign_export(path: Path, questions: dict, nps: str, age: str, bands: list[str], encoding: str) -> Path:
    """An Excel re-save (`;`, the local code page) of a survey the kit did not write."""
    rng = random.Random(path.name)
    header = ["Lp", *questions, nps, age]
    rows = [[str(i), *(str(rng.randint(1, 5)) for _ in questions), str(rng.randint(0, 10)), rng.choice(bands)]
            for i in range(1, 31)]
    path.write_bytes("\r\n".join(";".join(r) for r in [header] + rows).encode(encoding))
    return path


@pytest.mark.parametrize("language, questions, nps, age, bands, encoding", [
    ("pl", PL_QUESTIONS, "Jak prawdopodobne jest, że polecisz nasz sklep znajomym? (0-10)", "Wiek",
     ["18-24", "25-34", "35-44", "45+"], "cp1250"),
    ("ru", RU_QUESTIONS, "Какова вероятность, что вы порекомендуете нас друзьям? (0-10)", "Возраст",
     ["до 18", "18-24", "25-34", "35 и старше"], "cp1251"),
])
def test_polish_and_russian_exports_map_to_the_right_touchpoints(tmp_path, language, questions, nps, age, bands,
                                                                 encoding):
    export = foreign_export(tmp_path / f"ankieta_{language}.csv", questions, nps, age, bands, encoding)
    client, proposed, text = init(tmp_path, export, "--language", language)
    got = {column: tp for column, (tp, _, _) in mapping(proposed).items()}
    assert got == questions
    assert proposed["survey"]["overall"] == nps and proposed["survey"]["segments"] == [age]
    assert proposed["survey"]["respondent_id"] == "Lp"
    kit = accepted(client)
    assert kit.language == language and {t.id for t in kit.touchpoints} == set(questions.values())
    owners = {t.id: t.owner for t in kit.touchpoints}
    assert owners["delivery"] == {"pl": "Logistyka", "ru": "Логистика"}[language]  # the team, in the client's words


def test_uncertain_and_unknown_questions_are_marked_for_review(tmp_path):
    export = tmp_path / "s.csv"
    export.write_text("Timestamp,How satisfied were you with our website? (1-5),"
                      "How would you rate the weather today? (1-5),What should we improve?\n"
                      + "".join(f"2024-03-0{d} 10:00:00,{d % 5 + 1},{d % 4 + 1},better stuff\n" for d in range(1, 9)),
                      encoding="utf-8")
    client, proposed, text = init(tmp_path, export)
    assert mapping(proposed) == {"How satisfied were you with our website? (1-5)": ("website", 5, None)}
    assert "touchpoint: website   # REVIEW: only a weak hint in the wording" in text
    assert '#   - column: "How would you rate the weather today? (1-5)"' in text
    assert "REVIEW: no touchpoint recognised" in text
    accepted(client)


@pytest.mark.parametrize("wording, touchpoint", [
    ("Jak oceniasz przebieg reklamacji?", "returns"),  # a complaint, not an ad (reklama)
    ("Как прошла рекламация товара?", "returns"),
    ("Jak oceniasz czas realizacji zamówienia?", "delivery"),
    ("Oceń następujące elementy naszego sklepu [Opakowanie przesyłki]", "delivery"),
    ("Оцените, пожалуйста: [Работа службы поддержки]", "support"),
    ("Насколько удобен поиск товаров на сайте?", "search"),
    ("How satisfied were you with the delivery of your order?", "delivery"),  # not checkout
    ("Co sprawiło, że zwróciłeś uwagę na nasz sklep?", None),  # "to notice", not a return
])
def test_catalogue_pitfalls(wording, touchpoint):
    from cjm_widgets.survey.propose import match_touchpoint

    found = match_touchpoint(wording)
    best = found[0][1].id if found and found[0][0] >= 1 else None
    assert best == touchpoint


def test_e_mail_column_is_proposed_to_join_orders(tmp_path):
    export = tmp_path / "s.csv"
    export.write_text("Timestamp,Email Address,How satisfied were you with the delivery?,"
                      "Rate our e-mail newsletter (1-5)\n"
                      + "".join(f"2024-03-0{d} 10:00:00,user{d}@example.com,{d % 5 + 1},{d % 4 + 1}\n"
                                for d in range(1, 9)), encoding="utf-8")
    client, proposed, text = init(tmp_path, export)
    assert proposed["survey"]["customer_column"] == "Email Address"
    assert "the answers are e-mail addresses" in text
    accepted(client)


# ---- kit.yaml's comments in the client's language ------------------------------------------------

VALUE_LIST = re.compile(r"[\w.]+(?: \| [\w.]+)+")  # a comment that only lists values: likert | nps | ...
COMMENTED_KEY = re.compile(r"\s*#\s+(?:- )?[\w-]+: [\w.-]*")  # "#     online: true": commented-out, says nothing


def said_lines(text: str) -> set[str]:
    """The lines of a kit.yaml that say something in words: a comment, or a commented-out example."""
    return {line for line in text.splitlines() if "#" in line
            and not VALUE_LIST.fullmatch(line.rsplit("# ", 1)[-1].strip()) and not COMMENTED_KEY.fullmatch(line)}


def in_english(client: Path, export: Path, language: str) -> str:
    """The kit.yaml `cjm init --from` writes for the same proposal with its comments in English."""
    from cjm_widgets.kit_init import kit_text
    from cjm_widgets.survey.propose import propose_kit

    survey = read_survey(export)
    proposal = dataclasses.replace(propose_kit(survey, language), language="en")
    return kit_text(proposal, f"data/{export.name}", client.resolve().name, survey)


@pytest.mark.parametrize("language, questions, nps, age, bands, encoding, words", [
    ("pl", PL_QUESTIONS, "Jak prawdopodobne jest, że polecisz nasz sklep znajomym? (0-10)", "Wiek",
     ["18-24", "25-34", "35-44", "45+"], "cp1250",
     ["# która kolumna ankiety mierzy który punkt styku", "# z katalogu punktów styku",
      "# eksport generic, 30 respondentów",
      "# 4 odpowiedzi do wyboru w ustalonej kolejności (18-24, 25-34, 35-44, 45+), odpowiedziało 30 z 30",
      "# pytanie z oceną 1..5; treść wskazuje na delivery (dostawy)", "# REVIEW: 1..5, w ocenie zespołu",
      "# pomiń, jeśli nie ma transkrypcji", "# jak respondenci są grupowani w persony"]),
    ("ru", RU_QUESTIONS, "Какова вероятность, что вы порекомендуете нас друзьям? (0-10)", "Возраст",
     ["до 18", "18-24", "25-34", "35 и старше"], "cp1251",
     ["# какой столбец опроса измеряет какую точку контакта", "# из каталога точек контакта",
      "# выгрузка generic, 30 респондентов",
      "# 4 ответа на выбор в заданном порядке (до 18, 18-24, 25-34, 35 и старше), ответили 30 из 30",
      "# вопрос с оценкой 1..5; формулировка указывает на delivery (доставки)", "# REVIEW: 1..5, по оценке команды",
      "# не указывайте, если нет расшифровок", "# как респонденты группируются в персоны"]),
])
def test_init_from_writes_its_comments_in_the_clients_language(tmp_path, language, questions, nps, age, bands,
                                                                encoding, words):
    export = foreign_export(tmp_path / f"ankieta_{language}.csv", questions, nps, age, bands, encoding)
    client, proposed, text = init(tmp_path, export, "--language", language)
    assert all(word in text for word in words), [word for word in words if word not in text]
    english = in_english(client, export, language)
    assert "# which survey column measures which touchpoint" in english  # the same proposal, said in English
    assert said_lines(text) and not said_lines(text) & said_lines(english)  # not one English comment left
    assert proposed == {**yaml.safe_load(english), "language": language}
    keys = english.replace("\nlanguage: en ", f"\nlanguage: {language} ", 1)  # and the same key lines
    assert [line.split("#")[0] for line in text.splitlines() if not line.startswith("#")] == \
        [line.split("#")[0] for line in keys.splitlines() if not line.startswith("#")]
    kit = accepted(client)
    assert kit.language == language


@pytest.mark.parametrize("language, counted", [
    ("pl", ["# eksport google_forms, 40 respondentów", "# 2 odpowiedzi do wyboru, odpowiedziało 40 z 40",
            "# 6 odpowiedzi do wyboru, odpowiedziało 40 z 40", "# pytanie search_ease z szablonu ankiety zestawu",
            "# pytanie otwarte: każda odpowiedź ocenia punkty styku, które wymienia"]),
    ("ru", ["# выгрузка google_forms, 40 респондентов", "# 2 ответа на выбор, ответили 40 из 40",
            "# 4 ответа на выбор, ответили 40 из 40", "# 6 ответов на выбор, ответили 40 из 40",
            "# открытый вопрос: каждый ответ оценивает названные в нём точки контакта"]),
])
def test_the_template_exports_proposal_counts_in_the_clients_language(tmp_path, language, counted):
    export = template_export(tmp_path / f"cx_{language}.csv", language)
    client, proposed, text = init(tmp_path, export)
    assert proposed["language"] == language
    assert all(line in text for line in counted), [line for line in counted if line not in text]
    assert not said_lines(text) & said_lines(in_english(client, export, language))
    accepted(client)


def test_uncertain_proposals_say_why_in_the_clients_language(tmp_path):
    export = tmp_path / "s.csv"
    export.write_text("Timestamp,How satisfied were you with our website? (1-5),"
                      "How would you rate the weather today? (1-5),Email Address\n"
                      + "".join(f"2024-03-0{d} 10:00:00,{d % 5 + 1},{d % 4 + 1},user{d}@example.com\n"
                                for d in range(1, 9)), encoding="utf-8")
    client, proposed, text = init(tmp_path, export, "--language", "ru")
    assert "touchpoint: website   # REVIEW: в формулировке лишь слабая подсказка" in text
    assert "# REVIEW: в формулировке не распознана точка контакта: укажите её или уберите вопрос" in text
    assert "# ответы — адреса e-mail: по ним опрос связывается с заказами" in text
    assert "# REVIEW: нет вопроса с вариантами ответа, по которому можно построить персоны" in text
    assert not said_lines(text) & said_lines(in_english(client, export, "ru"))
    kit = load_kit(client)
    preflight(kit)


def test_counts_in_kit_yaml_comments_take_the_languages_forms_and_separators(tmp_path):
    """The same counts in every language: "1,234 respondents", "1 234 respondentów"."""
    import shutil

    rng = random.Random(7)
    big = tmp_path / "survey.csv"
    big.write_text("\n".join(["Lp,How satisfied were you with the delivery?,What is your age group?",
                              *(f"{i},{rng.randint(1, 5)},{rng.choice(['18-24', '25-34', '35+'])}"
                                for i in range(1, 1235))]) + "\n", encoding="utf-8")
    texts = {}
    for language in ("en", "pl"):
        client = tmp_path / language
        assert main(["init", str(client), "--from", str(big), "--language", language]) == 0
        texts[language] = (client / "kit.yaml").read_text(encoding="utf-8")
        shutil.rmtree(client / "data")
    assert "export, 1,234 respondents" in texts["en"] and "3 choices in order (18-24, 25-34, 35+), answered by 1,234 of 1,234" in texts["en"]
    assert ", 1\xa0234 respondentów" in texts["pl"] and "odpowiedziało 1\xa0234 z 1\xa0234" in texts["pl"]


def test_init_from_proposes_keywords_in_the_clients_language_that_code_quotes(tmp_path):
    export = tmp_path / "opros.csv"
    rows = ["Ид;Как вы оцениваете оформление заказа?;Как вы оцениваете доставку?;Ваш возраст"]
    rows += [f"{i};{1 + i % 5};{1 + (i * 3) % 5};{('18-24', '25-34', '35-44')[i % 3]}" for i in range(1, 31)]
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    client = tmp_path / "klient"
    assert main(["init", str(client), "--from", str(export), "--language", "ru"]) == 0
    keywords = {tp["id"]: tp["keywords"] for tp in yaml.safe_load((client / "kit.yaml").read_text("utf-8"))["touchpoints"]}
    assert {"checkout", "delivery"} <= set(keywords) and "курьер" in keywords["delivery"]
    assert all(re.fullmatch(r"[а-яё -]+", word) for words in keywords.values() for word in words)  # no "website"
    assert "заказ" not in keywords["checkout"]  # an everyday word the coder leaves out
