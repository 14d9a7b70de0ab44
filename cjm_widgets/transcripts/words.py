"""Words as the coder compares them: careful English stems, PL/RU lemmas, prefix matches for the
forms the lemmatiser misses, and keyword phrases found as runs of such words."""
from __future__ import annotations

import re
from functools import lru_cache

from ..sentiment.score import lemma

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def forms(text: str, language: str) -> list[tuple[str, str]]:
    """(lower-case word, normalised word) for each word of the text."""
    return [(word, normalised_word(word, language)) for word in (w.lower() for w in WORD.findall(text))]


def normalised(text: str, language: str) -> list[str]:
    return [normalised_word(w.lower(), language) for w in WORD.findall(text)]


def normalised_word(word: str, language: str) -> str:
    return stem(word) if language == "en" else lemma(word, language)


def find(words: list[tuple[str, str, bool]], key: tuple[str, ...], gap: int = 0, start: int = 0) -> int:
    """Where the key's words first stand in ``words`` (from ``start``) as a run, or -1; a two-word
    key may have up to ``gap`` words between its two ("odzyskała Pani pieniądze", "sent them back")."""
    size = len(key)
    for i in range(start, len(words) - size + 1):
        if not same_word(words[i], key[0]):
            continue
        if all(same_word(words[i + j], key[j]) for j in range(1, size)):
            return i
        if size == 2 and any(same_word(form, key[1]) for form in words[i + 2:i + 2 + gap]):
            return i
    return -1


@lru_cache(maxsize=65_536)
def same_word(form: tuple[str, str, bool], key: str) -> bool:
    """Same normalised word; for long PL/RU words also the same start, as lemmatisers miss forms
    ("paczkomacie", "возвращали"), but never a much longer word ("отзывчивый" is not "отзыв"), a
    word that is itself a keyword ("reklamacja" is not "reklama"), a verb for a noun ("dostawać",
    to get, is not "dostawa"), a reflexive verb for one that is not ("возвращаюсь" is no "возвращать");
    and the Polish locative of a short word ("na czacie" is "czat")."""
    word, normal, exact = form
    if normal == key or key.endswith(("t", "d")) and word == key[:-1] + ("cie" if key[-1] == "t" else "dzie"):
        return True
    if exact or len(key) < 5 or not key.isalpha() or key.isascii() and not re.search(r"[ąćęłńóśźż]", word + key):
        return False
    if is_infinitive(normal) and not is_infinitive(key) or normal.endswith(("ся", "сь")) != key.endswith(("ся", "сь")):
        return False
    start = key[:max(5, len(key) - 1)]
    return any(w.startswith(start) and len(w) <= len(key) + 3 for w in (word, normal))


def is_infinitive(word: str) -> bool:
    """A Polish or Russian verb's dictionary form (the lemma of every form of a verb)."""
    return word.endswith(_INFINITIVE)


_INFINITIVE = ("ać", "eć", "ić", "yć", "ąć", "źć", "uć", "jść", "eść", "aść",
               "ать", "ять", "еть", "ить", "оть", "уть", "ыть", "ти", "чь", "ться", "тись")
_IRREGULAR = {"found": "find", "paid": "pay", "bought": "buy", "sent": "send", "came": "come", "got": "get",
              "broke": "break", "broken": "break", "lost": "lose", "took": "take", "gave": "give"}
_KEEP_S = {"was", "has", "this", "its", "yes", "gas", "bus", "plus", "less", "always"}


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """Careful English stemming: delivery / deliveries / delivered meet ("deliver"), shipping is
    "ship", but "adding" stays "add" (not "ad") and "stared" is "stare" (not "star")."""
    word = re.sub(r"['’]s$", "", re.sub(r"^e-(?=mail)", "e", word))  # an e-mail is an email
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies") and len(word) >= 5:
        word = word[:-3] + "y"
    elif re.search(r"(s|x|z|ch|sh)es$", word) and len(word) >= 5:
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) >= 3 and word not in _KEEP_S:
        word = word[:-1]
    if (word.endswith("ing") and len(word) >= 6) or (word.endswith("ed") and not word.endswith("eed")
                                                      and len(word) >= 5):
        stem = word[:-3] if word.endswith("ing") else word[:-2]
        if re.search(r"[aeiouy]", stem):
            if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeioulsz":
                stem = stem[:-1]  # shipped, shipping -> ship
            elif re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", stem):
                stem += "e"  # stared -> stare, rated -> rate
            word = stem
    if word.endswith("y") and len(word) > 4:
        word = word[:-1]  # delivery ~ deliver
    if word.endswith("e") and len(word) > 5:
        word = word[:-1]  # package ~ packaging
    return word
