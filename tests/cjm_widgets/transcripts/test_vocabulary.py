"""Which words name a touchpoint when users write keywords their own way (issue 15)."""
from __future__ import annotations

import importlib.util

import pytest

from conftest import ROOT
from cjm_widgets.model import Touchpoint
from cjm_widgets.transcripts import Transcript, Utterance, code_transcript
from cjm_widgets.transcripts.vocabulary import shares, touchpoint_key, vocabulary_for


def _tp(tp_id, name, *keywords):
    return Touchpoint(id=tp_id, name=name, stage="purchase", keywords=list(keywords))


def _said(text, touchpoints, language="en"):
    utterances = [Utterance(speaker="participant", text=text, line=1, role="participant")]
    transcript = Transcript(path="iv.txt", format="plain_txt", encoding="utf-8", utterances=utterances)
    return {o.touchpoint for o in code_transcript(transcript, touchpoints, language=language)}


def _vocabulary(touchpoints, language="en"):
    return vocabulary_for(touchpoint_key(touchpoints), language)


EVERYDAY = {  # a user's everyday keyword, and a turn it would have coded wrongly
    "en": ([_tp("checkout", "Checkout", "cart", "order"), _tp("delivery", "Delivery", "courier")],
           "order", "My order turned up two days late.", "The cart kept emptying itself.", "checkout"),
    "pl": ([_tp("app", "Aplikacja mobilna", "aplikacja", "telefon"), _tp("support", "Obsługa klienta", "infolinia")],
           "telefon", "Zadzwoniłam na infolinię z telefonu męża.", "Aplikacja zawiesza się przy płatności.", "app"),
    "ru": ([_tp("checkout", "Корзина и оплата", "корзина", "заказ"), _tp("delivery", "Доставка", "курьер")],
           "заказ", "Заказ привёз курьер, всё целое.", "Корзина сама очищалась.", "checkout"),
}


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_an_everyday_keyword_is_left_out_and_said_so(language):
    touchpoints, word, other_story, own_story, tp_id = EVERYDAY[language]
    vocabulary = _vocabulary(touchpoints, language)
    assert [(t, k) for t, k, _ in vocabulary.unused] == [(tp_id, word)]
    assert all(share < 0.5 for _, _, share in vocabulary.unused)
    assert tp_id not in _said(other_story, touchpoints, language)
    assert _said(own_story, touchpoints, language) == {tp_id}  # its other keywords still name it


def test_an_everyday_word_in_a_phrase_of_function_words_is_left_out_too():
    touchpoints = [_tp("app", "Mobile app", "app", "on my phone"), _tp("support", "Customer service", "hotline")]
    assert [k for _, k, _ in _vocabulary(touchpoints).unused] == ["on my phone"]
    assert _said("I rang the hotline on my phone.", touchpoints) == {"support"}
    assert [k for _, k, _ in _vocabulary([_tp("app", "Приложение", "приложение", "в телефоне")], "ru").unused] \
        == ["в телефоне"]


def test_a_keyword_of_the_concept_or_an_everyday_verb_or_an_unowned_touchpoint_stays():
    kept = [_tp("search", "Site search", "search", "find"),  # "find" has its own rule (in passing)
            _tp("newsletter", "Newsletter", "newsletter", "email"),  # "email" is the newsletter concept's word
            _tp("loyalty", "Loyalty club", "points", "order")]  # no concept to weigh "order" against
    assert _vocabulary(kept).unused == ()
    assert _said("My order earned me double points.", kept) == {"loyalty"}


def test_the_touchpoint_with_more_of_a_concepts_words_owns_it_and_each_keeps_its_own():
    touchpoints = [_tp("delivery", "Delivery", "courier", "parcel"), _tp("tracking", "Order tracking", "tracking")]
    vocabulary = _vocabulary(touchpoints)
    assert vocabulary.owners["delivery"] == "delivery"
    assert _said("The driver left it on the doorstep.", touchpoints) == {"delivery"}  # concept words
    assert _said("The tracking page never moved.", touchpoints) == {"tracking"}  # not the delivery's
    near_even = [_tp("checkout", "Checkout", "checkout", "cart", "basket", "order form"),  # 4 against 6: neither
                 _tp("payment", "Payment", "payment", "pay", "card", "paypal", "blik", "apple pay")]
    assert "checkout" not in _vocabulary(near_even).owners
    assert _said("Tell me about placing the order: it took ages.", near_even) == set()  # no concept word given
    assert _said("The basket was fine, but my card was declined.", near_even) == {"checkout", "payment"}


def test_a_concept_word_inside_a_phrase_or_a_long_name_claims_the_concept():
    touchpoints = [_tp("delivery", "Order delivery and shipment tracking", "courier delivery", "delivery time"),
                   _tp("returns", "Returns and refunds", "return the item")]
    vocabulary = _vocabulary(touchpoints)
    assert vocabulary.owners["delivery"] == "delivery" and vocabulary.owners["returns"] == "returns"
    assert _said("The parcel sat in the depot for a week.", touchpoints) == {"delivery"}
    assert _said("Доставку ждала неделю, курьер не звонил.", [_tp("delivery", "Доставка заказа курьером",
                                                                  "доставка курьером")], "ru") == {"delivery"}


GIFT = {  # a shop selling gift cards: the idiom that pays nothing is its own touchpoint here
    "en": ([_tp("checkout", "Checkout", "payment", "card"), _tp("gift", "Gift cards", "gift card", "voucher")],
           "The gift card code never came.", "I paid by card, no problem.", "I also bought a birthday card."),
    "pl": ([_tp("checkout", "Płatność", "płatność", "karta"), _tp("gift", "Karty podarunkowe", "karta podarunkowa")],
           "Karta podarunkowa nie działała.", "Zapłaciłam kartą bez problemu.", "Kupiłam też kartę pamięci."),
    "ru": ([_tp("checkout", "Оплата", "оплата", "карта"), _tp("gift", "Подарочные карты", "подарочная карта")],
           "Подарочная карта так и не пришла.", "Оплатила картой, всё прошло.", "Купила ещё карту памяти."),
}


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_an_idiom_that_is_a_touchpoints_own_keyword_names_it_and_not_its_shorter_word(language):
    touchpoints, gift_story, card_story, idiom = GIFT[language]
    assert _said(gift_story, touchpoints, language) == {"gift"}
    assert _said(card_story, touchpoints, language) == {"checkout"}
    assert _said(idiom, touchpoints, language) == set()
    assert _said(gift_story, touchpoints[:1], language) == set()  # no such touchpoint: the idiom pays nothing


@pytest.mark.parametrize("language", ["pl"])
def test_shipped_shares_are_what_the_trainer_counts_from_the_data(language):
    spec = importlib.util.spec_from_file_location("train_topics", ROOT / "benchmarks" / "train_topics.py")
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    counted = trainer.shares(language)
    assert len(counted) > 300 and counted == {word: shares(language)[word] for word in counted} \
        and set(counted) == set(shares(language))
