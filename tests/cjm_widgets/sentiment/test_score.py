"""Text sentiment: clear sentences per language, negation, intensifiers, and the shipped eval sets."""
from __future__ import annotations

import pytest

from cjm_widgets.sentiment import score_text, score_texts
from cjm_widgets.sentiment.score import lexicon


@pytest.mark.parametrize("language, positive, negative, margin", [
    # clear sentences, one each way
    ("en", "The delivery was fast and the courier was lovely.", "The parcel arrived broken, terrible service.", 0.4),
    ("pl", "Dostawa była szybka, a kurier bardzo miły.", "Paczka przyszła uszkodzona, fatalna obsługa.", 0.4),
    ("ru", "Доставка была быстрой, а курьер очень вежливый.", "Посылка пришла повреждённой, ужасный сервис.", 0.4),
    # negation flips the plain sentence
    ("pl", "jestem zadowolony", "nie jestem zadowolony", 0.2),
    ("pl", "polecam ten sklep", "nie polecam tego sklepu", 0.2),
    ("ru", "я доволен доставкой", "я не доволен доставкой", 0.2),
    ("ru", "рекомендую этот магазин", "не рекомендую этот магазин", 0.2),
])
def test_clear_sentences_and_negation_flips(language, positive, negative, margin):
    assert score_text(positive, language) > margin
    assert score_text(negative, language) < -margin


def test_neutral_sentence_scores_zero():
    assert score_text("Zamówiłem buty w poniedziałek wieczorem.", "pl") == 0.0
    assert score_text("Я заказал кроссовки в понедельник вечером.", "ru") == 0.0
    assert score_text("", "pl") == 0.0 and score_text("   ", "en") == 0.0


def test_without_and_glued_negation():
    assert score_text("Wszystko przebiegło bez problemu.", "pl") > 0.2
    assert score_text("Всё прошло без проблем.", "ru") > 0.2
    assert score_text("Zamówienie bez zakładania konta jest wygodne.", "pl") > 0.2  # "bez" reaches one word
    assert score_text("Kurier był niemiły.", "pl") < -0.2  # in the lexicon
    assert score_text("Сайт неудобный.", "ru") < -0.2
    assert score_text("Интерфейс неинтуитивный.", "ru") < 0  # не + intuitive, not in the lexicon


def test_intensifiers_and_diminishers_scale():
    base = score_text("Obsługa była miła.", "pl")
    assert score_text("Obsługa była bardzo miła.", "pl") > base > score_text("Obsługa była trochę miła.", "pl") > 0
    assert score_text("Сервис очень плохой.", "ru") < score_text("Сервис плохой.", "ru") < 0


def test_but_clause_weighs_more():
    assert score_text("Dostawa była szybka, ale produkt okazał się tandetny.", "pl") < 0
    assert score_text("Доставка долгая, но товар отличный.", "ru") > 0


def test_batch_matches_single_and_range():
    texts = ["Świetna aplikacja!", "Beznadziejna wyszukiwarka.", "Zapłaciłam kartą.", None]
    batch = score_texts(texts, "pl")
    assert batch == [score_text(t or "", "pl") for t in texts]
    assert batch[0] > 0.5 and batch[1] < -0.5 and batch[2] == 0.0 and batch[3] == 0.0
    assert all(-1 <= s <= 1 for s in score_texts(["super " * 50, "fatalny " * 50 + "!!!!!"], "pl"))


def test_unknown_language():
    with pytest.raises(ValueError, match="unknown language 'de'"):
        score_text("gut", "de")


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_shipped_lexicon_size_and_range(language):
    table = lexicon(language)
    written = {key for key in table if len(key) == 1}
    assert len(written) >= 250
    assert all(-1 <= v <= 1 for v in table.values())


@pytest.mark.parametrize("language, floor", [("en", 0.75), ("pl", 0.75), ("ru", 0.75)])
def test_eval_set_accuracy(language, floor):
    bench = _bench()
    pairs = bench.load_eval(language)
    assert len(pairs) == 100 and {gold for gold, _ in pairs} == {"pos", "neg", "neu"}
    scores = score_texts([s for _, s in pairs], language)
    accuracy = sum(bench.label(s) == gold for (gold, _), s in zip(pairs, scores)) / len(pairs)
    assert accuracy >= floor


def test_english_fast_path_gives_vaders_own_compound():
    """The EN scorer skips VADER's per-word work on words outside its lexicon; the score must stay
    VADER's, including its idioms, boosters, caps, "but", "least", "no", emoji and punctuation."""
    from cjm_widgets.sentiment.score import _vader, _vader_compound

    analyzer = _vader()
    texts = [s for _, s in _bench().load_eval("en")] + [
        "VADER is VERY smart, handsome, and funny!!!", "Not bad at all :)", "I love it 😀 but the box 💔",
        "It was kind of good.", "no good", "It isn't great, but it's not horrible either.", "The least helpful thing ever??",
        "I was never so happy.", "Without doubt the best shop.", "ZERO STARS. AWFUL service.", "Sort of okay, at least.",
        "Yeah right, great tracking.", "The delivery was not very good, but the support was extremely helpful!",
        "No, no problems at all.", "It's the bomb.", "Hardly a great experience", "", "ok"]
    assert [_vader_compound(t) for t in texts] == [analyzer.polarity_scores(t)["compound"] for t in texts]


def _bench():
    import importlib.util
    from pathlib import Path

    benchmarks = Path(__file__).resolve().parents[3] / "benchmarks"
    spec = importlib.util.spec_from_file_location("sentiment_eval", benchmarks / "sentiment_eval.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_no_issues_is_praise_and_an_issue_a_complaint():
    assert score_text("No issues.", "en") > 0.2 and score_text("Never had an issue.", "en") > 0.2
    from cjm_widgets.sentiment.score import rule_scores
    assert rule_scores(["There was an issue with the payment."], "en")[0] < -0.2  # the rules; the model may say 0
