"""Built-in stage models, labelled in English, Polish and Russian."""
from __future__ import annotations

import difflib

from .model import Stage

LANGUAGES = ("en", "pl", "ru")

# model -> list of (stage id, {language: label})
STAGE_MODELS: dict[str, list[tuple[str, dict[str, str]]]] = {
    "aidp": [
        ("awareness", {"en": "Awareness", "pl": "Świadomość", "ru": "Осведомлённость"}),
        ("interest", {"en": "Interest", "pl": "Zainteresowanie", "ru": "Интерес"}),
        ("consideration", {"en": "Consideration", "pl": "Rozważanie", "ru": "Рассмотрение"}),
        ("decision", {"en": "Decision", "pl": "Decyzja", "ru": "Решение"}),
        ("post_purchase", {"en": "Post-purchase", "pl": "Po zakupie", "ru": "После покупки"}),
    ],
    "5a": [
        ("aware", {"en": "Aware", "pl": "Świadomość", "ru": "Знание"}),
        ("appeal", {"en": "Appeal", "pl": "Przyciągnięcie", "ru": "Привлечение"}),
        ("ask", {"en": "Ask", "pl": "Pytanie", "ru": "Запрос"}),
        ("act", {"en": "Act", "pl": "Działanie", "ru": "Действие"}),
        ("advocate", {"en": "Advocate", "pl": "Rekomendacja", "ru": "Рекомендация"}),
    ],
    "ecommerce": [
        ("first_contact", {"en": "First contact", "pl": "Pierwszy kontakt", "ru": "Первый контакт"}),
        ("research", {"en": "Research", "pl": "Poszukiwanie informacji", "ru": "Поиск информации"}),
        ("channel_choice", {"en": "Channel choice", "pl": "Wybór kanału", "ru": "Выбор канала"}),
        ("purchase_decision", {"en": "Purchase decision", "pl": "Decyzja o zakupie", "ru": "Решение о покупке"}),
        ("shopping_experience", {"en": "Shopping experience", "pl": "Doświadczenie zakupowe",
                                 "ru": "Опыт покупки"}),
        ("repeat_purchase", {"en": "Repeat purchase", "pl": "Ponowny zakup", "ru": "Повторная покупка"}),
        ("reviews", {"en": "Reviews & recommendations", "pl": "Opinie i rekomendacje",
                     "ru": "Отзывы и рекомендации"}),
    ],
}


def stage_ids(model: str) -> list[str]:
    return [stage_id for stage_id, _ in _model(model)]


def stages_for(model: str = "aidp", language: str = "en") -> list[Stage]:
    """Fresh Stage objects for a built-in model, named in the client's language."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    return [Stage(id=stage_id, name=labels[language]) for stage_id, labels in _model(model)]


def _model(model: str):
    try:
        return STAGE_MODELS[model]
    except KeyError:
        raise ValueError(f"unknown stage model {model!r}; choose one of {', '.join(STAGE_MODELS)}") from None


def stage_named(model: str, name: str) -> str | None:
    """The id of the model's stage whose name in any language ``name`` is or nearly is ("decyzja",
    "после покупки"): a kit.yaml written from the map's labels names stages so, and the error can say
    which id was meant."""
    names = {label.lower(): stage_id for stage_id, labels in _model(model) for label in labels.values()}
    close = difflib.get_close_matches(str(name).lower().strip(), list(names), n=1, cutoff=0.8)
    return names[close[0]] if close else None
