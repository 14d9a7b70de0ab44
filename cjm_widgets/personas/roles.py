"""What a segment question asks about (age, first order, device, how they found the shop, ...), so
a persona's name and "who they are" read as words, not as raw question texts and bare "Yes"/"No".

Recognised from the question's wording in EN, PL and RU; a question of no known role keeps a
short form of its own text (``question_labels``): survey tools' markup left out (LimeSurvey's
``{placeholders}``, a pandas ``.1`` for a repeated header), the question itself rather than its
preamble, an array's sub-question kept, and one label per column, never two columns under one.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..labels import label

# role -> words that mark it in a question (lower case; a word starting with one of these counts)
ROLE_WORDS = {
    "first_order": ("first order", "first purchase", "first time", "new customer", "pierwsze zamówienie",
                    "pierwsze zakupy", "pierwszy raz", "po raz pierwszy", "pierwszy zakup", "первый заказ", "впервые",
                    "первая покупка", "первый раз"),
    "age": ("age", "how old", "wiek", "ile masz lat", "ile pan", "ile ma pan", "возраст", "сколько вам лет"),
    "device": ("device", "phone or computer", "mobile or desktop", "urządzeni", "telefon czy komputer",
               "smartfon czy komputer", "устройств", "телефон или компьютер", "с телефона или"),
    "source": ("hear about", "heard about", "hear of us", "heard of us", "find us", "found us", "find out about",
               "learn about", "dowiedzia", "znalazł", "o nas wie", "skąd wiesz", "do nas trafił", "узнали",
               "нашли нас", "нас нашли"),
    "gender": ("gender", "sex", "płeć", "пол "),
    "region": ("city", "region", "country", "where do you live", "miasto", "województw", "kraj", "город",
               "регион", "страна"),
    "frequency": ("how often", "jak często", "как часто"),
    # last: "how often have you bought from us before" asks how often
    "bought_before": ("bought from us", "bought anything from us", "buy from us", "bought before", "purchased from us",
                      "purchased before", "ordered from us", "ordered before", "shopped with us", "shopped here before",
                      "existing customer", "returning customer", "regular customer", "kupował", "kupowała",
                      "zamawiał", "zamawiała", "robił(a) u nas", "robił(a) już", "wcześniej robił", "już u nas",
                      "u nas wcześniej", "stałym klient", "покупали у нас", "покупали ли", "покупали раньше",
                      "уже покупали", "заказывали у нас", "заказывали ли", "заказывали раньше", "уже заказывали",
                      "уже делали заказ", "постоянный клиент", "постоянный покупатель"),
}
_ROLE_PATTERNS = {role: re.compile("|".join(r"(?<![^\W_])" + re.escape(word) for word in words))
                  for role, words in ROLE_WORDS.items()}
YES = {"yes", "tak", "да", "y", "true", "1"}
NO = {"no", "nie", "нет", "n", "false", "0"}

LABEL_LENGTH = 40  # a question's label on a card ("Education", "Do you measure this feature in the…")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # LimeSurvey's Expression Manager: {factors_SQ001}, {TOKEN:FIRSTNAME}
_HEADER = re.compile(r"^(?P<stem>.*?)\s*(?:\[(?P<sub>[^\[\]]*)\])?\s*(?P<copy>\.\d+)?$", re.S)
_ASIDE = re.compile(r"\s*\([^()]*\)")
_TOPIC = re.compile(r"^([^:?!.]{2,24}):\s+\S")  # "Education: What is the highest degree ...?"
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def role_of(question: str) -> Optional[str]:
    """The role a segment question plays, or None."""
    text = " " + re.sub(r"\s+", " ", plain(question).casefold()) + " "
    for role, pattern in _ROLE_PATTERNS.items():
        if pattern.search(text):
            return role
    return None


def yes_no(answer) -> Optional[bool]:
    text = str(answer).strip().casefold().rstrip(".!")
    return True if text in YES else False if text in NO else None


def plain(text) -> str:
    """Text as a person reads it: placeholders of the survey tool left out, spaces and the
    punctuation around the gap tidied ("the feature {factors_SQ001}, do you" -> "the feature, do you")."""
    text = _PLACEHOLDER.sub(" ", str(text))
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:!?)\]])", r"\1", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    text = re.sub(r"\(\)|\[\]", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,;")


def shorten(text, limit: int = LABEL_LENGTH) -> str:
    """``text`` cut at a word to at most ``limit`` characters, with "…" when cut."""
    text = str(text).strip()
    if len(text) <= limit:
        return text
    words = text[: limit - 1].split(" ")
    if len(words) > 1 and not text[limit - 1].isspace():
        words = words[:-1]  # the word the cut went through
    while len(words) > 2 and len(words[-1].strip(",;:-–")) <= 3:  # "…share your answers in a" ends on "answers"
        words = words[:-1]
    return " ".join(words).rstrip(" ,;:-–") + "…"


def question_family(column) -> str:
    """What identifies the question a column belongs to: its text without sub-question, copy mark
    or placeholders; the columns of one array (or of one question repeated per feature) share it."""
    return plain(_parts(column)[0]).casefold()


def short_question(column, limit: int = LABEL_LENGTH) -> str:
    """The question a column asks, short: a topic before a colon ("Education"), else the sentence
    that asks (without a preamble before its last comma and without asides in brackets)."""
    stem, _ = _parts(column)
    text = plain(stem)
    topic = _TOPIC.match(text)
    if topic:
        return topic.group(1).strip()
    sentences = [s for s in _SENTENCE.split(text) if s]
    asking = [s for s in sentences if s.endswith("?")]
    text = asking[0] if asking else (sentences[-1] if sentences else text)
    if len(text) > limit:
        text = _ASIDE.sub("", text)
        clause = text.rsplit(", ", 1)[-1]
        if clause != text and len(clause.split()) >= 3:  # the question after its preamble
            text = clause[:1].upper() + clause[1:]
    return shorten(text.rstrip(" ?:.!"), limit)


def question_labels(columns, language: str = "en", limit: int = LABEL_LENGTH) -> dict:
    """Column -> a label a reader understands, one per column: "Age" for a question of a known role,
    else its short question (with the sub-question of an array: "Education: Other"); columns that
    would read the same are numbered in their order ("Do you measure this feature… (2)")."""
    columns = list(dict.fromkeys(columns))
    found = {}
    for column in columns:
        role = role_of(_parts(column)[0])
        found[column] = label(f"role_{role}", language) if role else _text_label(column, limit)
    shared = Counter(text.casefold() for text in found.values())
    for column in columns:
        if role_of(_parts(column)[0]) and shared[found[column].casefold()] > 1:
            found[column] = _text_label(column, limit)  # a role two columns share: their own words first
    shared = Counter(text.casefold() for text in found.values())
    taken: set[str] = set()
    for column in columns:
        text, number = found[column] or "?", 1
        if shared[text.casefold()] > 1 or text.casefold() in taken:
            while f"{text} ({number})".casefold() in taken or f"{text} ({number})".casefold() in shared:
                number += 1
            text = f"{text} ({number})"
        taken.add(text.casefold())
        found[column] = text
    return found


def _text_label(column, limit: int) -> str:
    stem, sub = _parts(column)
    sub = plain(sub or "")
    if not sub:
        return short_question(column, limit)
    if len(sub.split()) >= 3:  # an array's row says what it asks ("The test code is readable")
        return shorten(sub, limit)
    return shorten(f"{short_question(column, max(limit - len(sub) - 2, 12))}: {sub}", limit)


def _parts(column) -> tuple[str, Optional[str]]:
    """(question text, sub-question in square brackets or None) of a survey header."""
    match = _HEADER.match(str(column).strip())
    return (match.group("stem"), match.group("sub")) if match else (str(column), None)
