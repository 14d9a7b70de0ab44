"""Personas a workshop can use, from realistic survey columns (age band, "bought from us before?",
channel, device) in English, Polish and Russian: names from the answers that set a persona apart,
"who they are" in short sentences, never a raw question; each name tells its persona from the others."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from cjm_widgets.labels import label
from cjm_widgets.model import Persona
from cjm_widgets.personas import persona_cards_html, personas_json, propose_personas
from cjm_widgets.personas.look import initials

# question texts and answers as each language's survey tools export them
SURVEYS = {
    "en": {"age": "What is your age group?", "before": "Have you bought from us before?",
           "channel": "How did you hear about us?", "device": "Which device do you usually shop on?",
           "ages": ["18–24", "25–34", "35–44", "45–54", "55+"], "yes": "Yes", "no": "No",
           "channels": ["Search engine", "Social media", "Friend or family"], "devices": ["Phone", "Computer"]},
    "pl": {"age": "Przedział wiekowy", "before": "Czy kupował(a) Pan/Pani już u nas wcześniej?",
           "channel": "Skąd Pan/Pani o nas wie?", "device": "Z jakiego urządzenia Pan/Pani zwykle korzysta?",
           "ages": ["18–24", "25–34", "35–44", "45–54", "55 lat i więcej"], "yes": "Tak", "no": "Nie",
           "channels": ["Z wyszukiwarki Google", "Z Facebooka / Instagrama", "Od znajomych"],
           "devices": ["Smartfon", "Komputer"]},
    "ru": {"age": "Ваш возраст", "before": "Вы покупали у нас раньше?", "channel": "Откуда вы о нас узнали?",
           "device": "С какого устройства вы обычно заказываете?",
           "ages": ["18–24", "25–34", "35–44", "45–54", "55 и старше"], "yes": "Да", "no": "Нет",
           "channels": ["Яндекс", "ВКонтакте", "От друзей"], "devices": ["Телефон", "Компьютер"]},
}
# three segments of 40: (age band index: count), bought before (yes, no), channel index: count, device: (phone, computer)
PLANTED = {
    "young": ({0: 30, 1: 10}, (0, 40), {0: 28, 1: 12}, (34, 6)),  # first-time, 18–24, phones, from search
    "senior": ({4: 26, 3: 14}, (36, 4), {0: 14, 1: 13, 2: 13}, (10, 30)),  # returning, 55+, computers, any channel
    "friends": ({0: 8, 1: 8, 2: 8, 3: 8, 4: 8}, (40, 0), {2: 30, 0: 10}, (20, 20)),  # returning, from friends
}


def expand(counts: dict[int, int], values: list[str]) -> list[str]:
    return [values[i] for i, n in counts.items() for _ in range(n)]


def survey(language: str) -> tuple[pd.DataFrame, pd.Series, dict]:
    """The respondents, their segments (as clusters, centres from their answers) and the questions."""
    q = SURVEYS[language]
    rows, segments = [], []
    for segment, (ages, (yes, no), channels, (phones, computers)) in PLANTED.items():
        columns = {q["age"]: expand(ages, q["ages"]), q["before"]: [q["yes"]] * yes + [q["no"]] * no,
                   q["channel"]: expand(channels, q["channels"]),
                   q["device"]: [q["devices"][0]] * phones + [q["devices"][1]] * computers}
        rows += [dict(zip(columns, answers)) for answers in zip(*columns.values())]
        segments += [segment] * 40
    ids = [str(i) for i in range(len(rows))]
    respondents = pd.DataFrame(rows, index=ids)
    labels = pd.Series(segments, index=ids)
    segment_columns = [q["age"], q["before"], q["device"]]
    labels.attrs["definitions"] = {s: {"method": "clusters", "centre": dict(respondents.loc[labels == s].iloc[0]
                                                                            [segment_columns])} for s in PLANTED}
    return respondents, labels, q


def personas_of(language: str, **options):
    respondents, labels, q = survey(language)
    personas = propose_personas(respondents, labels, [], [], language=language, channel_column=q["channel"],
                                demographic_columns=[q["age"], q["before"], q["device"]], **options)
    return {p.definition["segments"][0]: p for p in personas}


NAMES = {
    "en": {"young": "First-time buyers on phones, 18–24, from Search engine",
           "senior": "Returning customers on computers, 55+", "friends": "Returning customers, from Friend or family"},
    # "…, z wyszukiwarki Google" would pass 60 characters: the least distinguishing answer stays on the card
    "pl": {"young": "Nowi klienci na smartfonach, 18–24 lata", "senior": "Stali klienci na komputerach, 55 lat i więcej",
           "friends": "Stali klienci, od znajomych"},
    "ru": {"young": "Новые покупатели с телефона, 18–24 года, источник: Яндекс",
           "senior": "Постоянные покупатели с компьютера, 55 лет и старше",
           "friends": "Постоянные покупатели, от друзей"},
}
WHO = {
    "en": {"senior": ["90% have bought from us before.", "Most often order on computers (75%).",
                      "Most often aged 55+ (65%)."],
           "young": ["All are first-time buyers.", "Most often order on phones (85%).", "Most often aged 18–24 (75%)."]},
    "pl": {"senior": ["90% kupowało już u nas wcześniej.", "Najczęściej zamawiają na komputerach (75%).",
                      "Najczęściej 55 lat i więcej (65%)."],
           "friends": ["Wszyscy kupowali już u nas wcześniej.", "Skąd nas znają: najczęściej od znajomych (75%)."]},
    "ru": {"senior": ["90\xa0% уже покупали у нас раньше.", "Чаще всего заказывают с компьютера (75\xa0%).",
                      "Чаще всего 55 лет и старше (65\xa0%)."],
           "young": ["Все покупают у нас впервые.", "Чаще всего заказывают с телефона (85\xa0%).",
                     "Чаще всего 18–24 года (75\xa0%)."]},
}


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_names_say_the_answers_that_set_each_persona_apart_in_the_clients_language(language):
    personas = personas_of(language)
    assert {segment: p.name for segment, p in personas.items()} == NAMES[language]
    q = SURVEYS[language]
    for persona in personas.values():
        assert len(persona.name) <= 60
        # never the question's own words, never a bare yes or no
        for question in (q["age"], q["before"], q["channel"], q["device"]):
            assert question.rstrip("?") not in persona.name
        assert not re.search(rf"\b({q['yes']}|{q['no']})\b", persona.name, re.I), persona.name
    # search is the most common channel overall (52 of 120): a persona only 35% of which came from it does not say it
    assert not [s for s, p in personas.items() if q["channels"][0].split()[-1] in p.name and s != "young"]


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_who_they_are_is_short_sentences_from_the_distinguishing_answers(language):
    personas = personas_of(language)
    for segment, sentences in WHO[language].items():
        assert personas[segment].who == sentences
    q = SURVEYS[language]
    for persona in personas.values():
        assert 1 <= len(persona.who) <= 3
        assert all(s[0].isupper() or s[0].isdigit() for s in persona.who) and all(s.endswith(".") for s in persona.who)
        assert not any(question.rstrip("?") in s for s in persona.who for question in q.values()
                       if isinstance(question, str) and len(question) > 12)
    cards = persona_cards_html(list(personas.values()), language=language)
    card = cards[cards.index(f'id="persona-{personas["senior"].id}"'):]
    title = re.escape(label("demographics", language))
    items = re.search(rf"<h4>{title}</h4>\s*<ul>(.*?)</ul>", card, re.S).group(1)
    assert re.findall(r"<li>(.*?)</li>", items) == WHO[language]["senior"]
    assert not [item for item in re.findall(r"<li>([^<]*)</li>", cards)  # no "Wiek: 25–34 (62%)" list
                if re.fullmatch(r"[^:]+: [^:]+ \(\d+\s?%\)", item)]
    assert [entry["who"] for entry in personas_json(list(personas.values()))] == [p.who for p in personas.values()]


SEGMENT_LINES = {  # the senior segment's centre: 55+, bought before "yes", a phone
    "en": "Age: 55+ · Returning customers · Device: Phone",
    "pl": "Wiek: 55 lat i więcej · Stali klienci · Urządzenie: Smartfon",
    "ru": "Возраст: 55 и старше · Постоянные покупатели · Устройство: Телефон",
}


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_a_cards_segment_line_says_what_the_segment_means_never_a_bare_yes_or_no(language):
    """The PL and RU walkthroughs' cards read "Pierwsze zamówienie: Nie", "Покупали раньше: Да"."""
    personas = personas_of(language)
    cards = persona_cards_html(list(personas.values()), language=language)
    title = re.escape(label("card_definition", language))
    lines = dict(zip(personas, re.findall(rf"<h4>{title}</h4><div class=\"meta\">(.*?)</div>", cards)))
    assert lines["senior"] == SEGMENT_LINES[language]
    q = SURVEYS[language]
    assert not [line for line in lines.values() if re.search(rf"(?<!\w)({q['yes']}|{q['no']})(?!\w)", line, re.I)]


def test_a_rules_segment_line_says_a_range_once_and_a_yes_or_no_beside_its_question():
    from cjm_widgets.personas import segment_rules

    ids = [str(i) for i in range(60)]
    respondents = pd.DataFrame({"Ile ma Pan/Pani lat?": list(range(18, 78)),
                                "Czy zapisał(a) się Pan/Pani do newslettera?": ["Tak", "Nie"] * 30}, index=ids)
    labels = segment_rules(respondents, list(respondents), min_size=5)
    personas = propose_personas(respondents, labels, [], [], language="pl", demographic_columns=list(respondents))
    lines = re.findall(r'<h4>Segment</h4><div class="meta">(.*?)</div>', persona_cards_html(personas, language="pl"))
    # not "Wiek: Ile ma Pan/Pani lat?: 18–37 · Czy zapisał się Pan/Pani do newslettera: Tak"
    assert "Wiek: 18–37 · Czy zapisał się Pan/Pani do newslettera: tak" in lines and len(lines) == 6
    assert not [line for line in lines if "lat?" in line or "Tak" in line or "Nie" in line]


def test_a_mixed_group_is_not_named_after_its_most_common_answer():
    """13 aged 45–54, 11 aged 18–24, 9 aged 55+ of 33 first-time buyers: the name leaves the age out."""
    q = SURVEYS["pl"]
    ages = ["45–54"] * 13 + ["18–24"] * 11 + ["55 lat i więcej"] * 9 + ["25–34"] * 30 + ["35–44"] * 17
    before = [q["no"]] * 33 + [q["yes"]] * 47
    ids = [str(i) for i in range(80)]
    respondents = pd.DataFrame({q["age"]: ages, q["before"]: before}, index=ids)
    labels = pd.Series(["mixed"] * 33 + ["rest"] * 47, index=ids)
    personas = propose_personas(respondents, labels, [], [], language="pl", demographic_columns=list(respondents))
    by_segment = {p.definition["segments"][0]: p for p in personas}
    assert by_segment["mixed"].name == "Nowi klienci"
    assert by_segment["mixed"].who == ["Wszyscy kupują u nas pierwszy raz.", "Najczęściej 45–54 lata (39%)."]


def test_two_personas_that_would_share_a_name_each_add_their_next_answer():
    q = SURVEYS["ru"]
    ages = ["45–54"] * 8 + ["18–24"] * 6 + ["25–34"] * 6 + ["18–24"] * 9 + ["45–54"] * 5 + ["35–44"] * 6
    ages += ["35–44"] * 20
    before = [q["no"]] * 40 + [q["yes"]] * 20
    ids = [str(i) for i in range(60)]
    respondents = pd.DataFrame({q["age"]: ages, q["before"]: before}, index=ids)
    labels = pd.Series(["a"] * 20 + ["b"] * 20 + ["c"] * 20, index=ids)
    personas = propose_personas(respondents, labels, [], [], language="ru", demographic_columns=list(respondents))
    names = {p.definition["segments"][0]: p.name for p in personas}
    # a and b are both first-time buyers of mixed ages: each is told apart by the age it has most of
    assert names == {"a": "Новые покупатели, 45–54 года", "b": "Новые покупатели, 18–24 года",
                     "c": "Постоянные покупатели, 35–44 года"}


def test_a_yes_or_no_of_a_question_of_no_known_role_is_no_name_part():
    ids = [str(i) for i in range(40)]
    respondents = pd.DataFrame({"Do you read our newsletter?": ["Yes"] * 20 + ["No"] * 20,
                                "What is your age group?": ["25–34"] * 18 + ["55+"] * 22}, index=ids)
    labels = pd.Series(["a"] * 20 + ["b"] * 20, index=ids)
    a, b = propose_personas(respondents, labels, [], [], demographic_columns=list(respondents))
    assert (a.name, b.name) == ("Shoppers, 25–34", "Shoppers, 55+")
    assert a.who == ["Most often aged 25–34 (90%).", "Do you read our newsletter: yes (all of them)."]


@pytest.mark.parametrize("question, answers, language, first_time", [
    ("Is this your first order with us?", ("Yes", "No"), "en", True),
    ("Czy to było Pana/Pani pierwsze zamówienie w naszym sklepie?", ("Tak", "Nie"), "pl", True),
    ("Вы покупали у нас раньше?", ("Да", "Нет"), "ru", False),
    ("Have you shopped with us before?", ("Yes, a few times", "No, this is my first time"), "en", False),
])
def test_a_yes_or_no_becomes_first_time_or_returning_from_what_the_question_asks(question, answers, language,
                                                                                 first_time):
    ids = [str(i) for i in range(20)]
    respondents = pd.DataFrame({question: [answers[0]] * 10 + [answers[1]] * 10}, index=ids)
    labels = pd.Series(["yes"] * 10 + ["no"] * 10, index=ids)
    personas = propose_personas(respondents, labels, [], [], language=language, demographic_columns=[question])
    yes, no = sorted(personas, key=lambda p: p.definition["segments"] != ["yes"])
    new = {"en": "First-time buyers", "pl": "Nowi klienci", "ru": "Новые покупатели"}[language]
    returning = {"en": "Returning customers", "pl": "Stali klienci", "ru": "Постоянные покупатели"}[language]
    assert (yes.name, no.name) == ((new, returning) if first_time else (returning, new))


# ---- the badge ---------------------------------------------------------------------------------------

def test_a_persona_badge_is_the_initials_of_its_name_never_digits_of_an_age_band():
    personas = list(personas_of("pl").values())
    cards = persona_cards_html(personas, language="pl")
    badges = re.findall(r'<div class="avatar" aria-hidden="true">([^<]*)</div>', cards)
    assert badges == [initials(p.name) for p in personas] == ["SK", "SK", "NK"]


@pytest.mark.parametrize("language, marks", [("en", "“”"), ("pl", "„”"), ("ru", "«»")])
def test_a_persona_cards_quote_stands_in_the_languages_quotation_marks(language, marks):
    persona = Persona(id="a", name="X", share=0.5, size=10, quote="Kurier <b>spóźnił</b> się")
    cards = persona_cards_html([persona], language=language)
    assert f"<blockquote>{marks[0]}Kurier &lt;b&gt;spóźnił&lt;/b&gt; się{marks[1]}</blockquote>" in cards
