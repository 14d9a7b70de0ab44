"""Words the persona module shows to people, in English, Polish and Russian.

Kept in one table so a translator edits one place; statements carry numbers (``{k} of {n}``)
because a persona is only as credible as the count of respondents behind each line.
"""
from __future__ import annotations

from ..labels import LANGUAGES, translate

TEXTS: dict[str, dict[str, str]] = {
    # persona names
    "noun": {"en": "Shoppers", "pl": "Klienci", "ru": "Покупатели"},
    "other": {"en": "Other shoppers", "pl": "Pozostali klienci", "ru": "Остальные покупатели"},
    "high": {"en": "high {column}", "pl": "{column}: wysoko", "ru": "{column}: высоко"},
    "low": {"en": "low {column}", "pl": "{column}: nisko", "ru": "{column}: низко"},
    "no_answer": {"en": "no answer", "pl": "brak odpowiedzi", "ru": "нет ответа"},
    # statements
    "goal": {"en": "Values {name}: {k} of {n} respondents positive",
             "pl": "Ceni {name}: {k} z {n} respondentów pozytywnie",
             "ru": "Ценит «{name}»: {k} из {n} респондентов довольны"},
    "goal_answer": {"en": "{column}: {answer} ({k} of {n} respondents)",
                    "pl": "{column}: {answer} ({k} z {n} respondentów)",
                    "ru": "{column}: {answer} ({k} из {n} респондентов)"},
    "frustration": {"en": "{name}: {k} of {n} respondents negative ({pct}%)",
                    "pl": "{name}: {k} z {n} respondentów negatywnie ({pct}%)",
                    "ru": "«{name}»: {k} из {n} респондентов недовольны ({pct}%)"},
    "frustration_lowest": {"en": "{name} rated lowest: mean {mean:+.2f} on -1..+1 ({n} respondents)",
                           "pl": "{name} oceniane najniżej: średnio {mean:+.2f} w skali -1..+1 ({n} respondentów)",
                           "ru": "«{name}» оценено ниже всего: в среднем {mean:+.2f} по шкале -1..+1 "
                                 "({n} респондентов)"},
    "channel": {"en": "{channel} ({k} of {n})", "pl": "{channel} ({k} z {n})", "ru": "{channel} ({k} из {n})"},
    "modal": {"en": "{answer} ({pct}%)", "pl": "{answer} ({pct}%)", "ru": "{answer} ({pct}%)"},
    "median": {"en": "median {value}", "pl": "mediana {value}", "ru": "медиана {value}"},
    # card labels
    "share": {"en": "Share", "pl": "Udział", "ru": "Доля"},
    "respondents": {"en": "respondents", "pl": "respondentów", "ru": "респондентов"},
    "demographics": {"en": "Who they are", "pl": "Kim są", "ru": "Кто они"},
    "goals": {"en": "Goals", "pl": "Cele", "ru": "Цели"},
    "frustrations": {"en": "Frustrations", "pl": "Frustracje", "ru": "Разочарования"},
    "channels": {"en": "Channels", "pl": "Kanały", "ru": "Каналы"},
    "quote": {"en": "In their words", "pl": "Ich słowami", "ru": "Их словами"},
    "source": {"en": "Source", "pl": "Źródło", "ru": "Источник"},
    "definition": {"en": "Segment", "pl": "Segment", "ru": "Сегмент"},
    "edited": {"en": "edited by the team", "pl": "edytowane przez zespół", "ru": "изменено командой"},
    "none": {"en": "no evidence in the data", "pl": "brak danych", "ru": "нет данных"},
    "personas": {"en": "Personas", "pl": "Persony", "ru": "Персоны"},
}


def text(key: str, language: str, **values) -> str:
    """The label ``key`` in ``language``, formatted with ``values``."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    return translate(TEXTS, key, language, **values)
