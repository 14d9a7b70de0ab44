"""How one answer reads inside a persona's name, its "who they are" sentences and its card's
"Segment" line, in the client's language: "First-time buyers", "25–34 lata", "55 лет и старше",
"on phones", "z wyszukiwarki Google".

Only the form of the respondents' own answer changes (the years after an age band, a yes or no as
the customers it describes, a leading preposition in lower case), so a name never says more than
the data does. An answer that cannot be read without its question (a bare yes or no, a number's
range of a question of no known role) gives no name part: the sentences say it beside its question.
"""
from __future__ import annotations

import re
from typing import Optional

from ..labels import label, percent, plural
from .roles import plain, role_of, shorten, yes_no

NAME_ANSWER = 32  # an answer inside a name, at most
# a question's role -> whether its "yes" means a first-time buyer
STATUS_ROLES = {"first_order": True, "bought_before": False}
# an answer that itself says returning ("Returning", "Stały klient", "Повторный заказ")
_RETURNING = re.compile(r"(?<![^\W_])(returning|repeat customer|powracając|stał[ya] klient|постоянн|повторн)", re.I)
DEVICES = {  # the devices a name says in words; an answer naming one of these words (a word starting with it)
    "phone": ("phone", "smartphone", "mobile", "iphone", "android", "telefon", "smartfon", "komórk", "телефон",
              "смартфон", "мобильн"),
    "computer": ("computer", "desktop", "laptop", "pc", "notebook", "komputer", "компьютер", "ноутбук", "пк"),
    "tablet": ("tablet", "ipad", "планшет"),
}
_DEVICE_PATTERNS = {kind: re.compile("|".join(r"(?<![^\W_])" + re.escape(w) for w in words), re.I)
                    for kind, words in DEVICES.items()}
# a first word that makes an answer a phrase already ("Z wyszukiwarki Google", "От друзей", "Via a friend")
PREPOSITIONS = {"from", "via", "through", "by", "on", "in", "at", "z", "ze", "od", "przez", "w", "na", "po", "из",
                "от", "через", "в", "во", "на", "по", "с", "со"}
_YEARS = re.compile(r"(?<![^\W_])(lat|lata|rok|roku|лет|года|год|years?|yrs?)(?![^\W_])", re.I)
_NUMBER = re.compile(r"\d+")


def first_time(column, answer) -> Optional[bool]:
    """True for an answer meaning a first-time buyer, False for a returning customer, None otherwise:
    a yes or no to "Is this your first order?" / "Have you bought from us before?", or an answer
    that says it ("First order", "Returning")."""
    role = role_of(column)
    said = yes_no(answer) if role in STATUS_ROLES else None
    if said is None and role in STATUS_ROLES:
        said = yes_no(re.split(r"[\s,.;:!–—-]+", str(answer).strip(), maxsplit=1)[0])  # "Tak, pierwszy raz"
    if said is not None:
        return said == STATUS_ROLES[role]
    if role is not None and role not in STATUS_ROLES:
        return None
    if role_of(answer) == "first_order":
        return True
    return False if _RETURNING.search(plain(answer)) else None


def age_words(answer, language: str) -> Optional[str]:
    """An age band as people say it: "25–34" in English, "25–34 lata", "45–54 lata", "18–29 lat",
    "55 лет и старше", "21 год" (the years take their form from the last number); None for an
    answer without a number ("Prefer not to say")."""
    text = plain(answer)
    numbers = list(_NUMBER.finditer(text))
    if not numbers:
        return None
    if language == "en" or _YEARS.search(text):
        return text
    last = numbers[-1]
    end = last.end() + (text[last.end():last.end() + 1] == "+")
    return f"{text[:end]} {plural(int(last.group()), 'year', language)}{text[end:]}"


def device_kind(answer) -> Optional[str]:
    """"phone", "computer" or "tablet" when the answer names exactly one of them."""
    found = [kind for kind, pattern in _DEVICE_PATTERNS.items() if pattern.search(plain(answer))]
    return found[0] if len(found) == 1 else None


def inside(answer) -> str:
    """An answer as it reads inside a phrase: a leading preposition in lower case ("z wyszukiwarki
    Google", "от друзей"); any other word as the respondents wrote it (a brand keeps its capital)."""
    text = plain(answer)
    first = text.split(" ", 1)[0]
    return first.lower() + text[len(first):] if first.casefold() in PREPOSITIONS else text


def name_part(column, answer, ranged: bool, language: str) -> Optional[tuple[str, str]]:
    """(slot, words) for one answer in a name: ("head", "First-time buyers"), ("device", "on phones"),
    ("age", "25–34 lata") or ("rest", "from Search engine", "Warszawa"); None for an answer a name
    cannot carry on its own (a bare yes or no, a range of an unknown number, no digits in an age)."""
    status = first_time(column, answer)
    if status is not None:
        return "head", label("persona_first_order_yes" if status else "persona_first_order_no", language)
    role = role_of(column)
    if role == "age":
        words = age_words(answer, language)
        return ("age", shorten(words, NAME_ANSWER)) if words else None
    if yes_no(answer) is not None or ranged or not _NUMBER.sub("", plain(answer)).strip(" ,.;:–-+%"):
        return None
    if role == "device":
        kind = device_kind(answer)
        return "device", label(f"persona_device_{kind}", language) if kind else \
            label("persona_on_device", language, answer=shorten(inside(answer), NAME_ANSWER))
    said = shorten(inside(answer), NAME_ANSWER)
    if role == "source" and said.split(" ", 1)[0] not in PREPOSITIONS:
        return "rest", label("persona_from_source", language, answer=said)
    return "rest", said


def criterion(column, answer, question: str, language: str) -> str:
    """One answer of a segment's rule or cluster centre as the card's "Segment" line says it: the
    customers a first-order yes or no describes ("Stali klienci", "Новые покупатели"), any other
    answer after its question's label ("Wiek: 25–34", "Newsletter: tak"), a yes or no never bare and
    in the client's language (``question``: the label, roles.question_labels)."""
    status = first_time(column, answer)
    if status is not None:
        return label("persona_first_order_yes" if status else "persona_first_order_no", language)
    said = yes_no(answer)
    words = label("persona_who_yes" if said else "persona_who_no", language) if said is not None else plain(answer)
    return f"{question}: {words}"


def sentence(column, answer, share: float, question: str, language: str) -> str:
    """One short sentence of "who they are": the members' most given answer and its share, e.g.
    "Najczęściej 25–34 lata (62%).", "Все покупают у нас впервые.", "Found us through: most often
    Search engine (63%)." (``question``: the question's label, said only where the answer needs it)."""
    everyone, pct = share >= 1, percent(share, language)
    status = first_time(column, answer)
    if status is not None:
        key = "persona_who_new" if status else "persona_who_returning"
        return label(f"{key}_all" if everyone else key, language, pct=pct)
    role = role_of(column)
    age = age_words(answer, language) if role == "age" else None
    if age:
        return label("persona_who_age_all" if everyone else "persona_who_age", language, age=age, pct=pct)
    kind = device_kind(answer) if role == "device" else None
    if kind:
        return label("persona_who_device_all" if everyone else "persona_who_device", language,
                     device=label(f"persona_device_{kind}", language), pct=pct)
    said = yes_no(answer)
    words = label("persona_who_yes" if said else "persona_who_no", language) if said is not None else inside(answer)
    return label("persona_who_answer_all" if everyone else "persona_who_answer", language, question=question,
                 answer=words, pct=pct)
