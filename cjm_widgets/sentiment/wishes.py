"""Wishes: what an answer to "what would you change?" names, it found wanting.

Asked what the shop should change or could do better ("If you could change one thing?", "Co by Pani
zmieniła?", "Что бы вы улучшили?", a survey's "What should we improve?"), customers name what fell
short, however calmly ("A shorter delivery window.", "Szybsza dostawa"): the tuned interviews'
authors labelled 87–94 % of such touchpoints negative, and the rules, finding no complaint word, read
many neutral or positive. The interview coder (transcripts/coding.py) and the survey's open answers
(survey/observations.py) read them through ``wanting``.
"""
from __future__ import annotations

import re
from functools import lru_cache

WISH = 0.3  # the valence of what such an answer names, unless read more negative
WISH_PRAISE = 0.5  # ... or praised this clearly ("and keep the lad on the phone, he's worth his weight in gold")


def wanting(valence: float) -> float:
    """The valence of what an answer to "what would you change?" names, read as ``valence``: found
    wanting, unless praised this clearly."""
    return valence if valence >= WISH_PRAISE else min(valence, -WISH)


# Questions that ask what the shop should change, could do better or lacks ("Anything missing?", "Gdyby
# mógł Pan coś doradzić…", "Чего не хватало?", "Suggestions for improvement"); not what the customer
# would keep or not change, nor whether something changed ("Czy coś się zmieniło?").
_ASKS_CHANGE = {
    "en": r"\b(?:would|could|should) (?:you|they|we) (?:\w+ )?(?:change|improve|fix|add|do better)\b|\bif (?:you|they|we) could "
          r"(?:[\w-]+ ){0,4}(?:change|improve|fix|add|tell them)\b|\bwhat would (?:make|you (?:change|improve|fix|add))\b"
          r"|\byou'?d (?:[\w-]+ ){0,3}(?:improve|change|fix|tell them|advise)\b|\b(?:tell|ask|want) them to (?:\w+ )?(?:improve|change|fix)\b"
          r"|\bwish(?:ed)? (?:\w+ ){0,2}(?:was|were|did|had|could|would)\b|\bdo better\b|\b(?:you|they) (?:should|need to) (?:\w+ )?(?:fix|improve|change)\b"
          r"|\b(?:anything|something|what(?:'s| is| was)?) (?:\w+ )?missing\b|\bmagic wand\b|\bif you (?:were|ran) (?:in charge|the)\b"
          r"|\bhow (?:can|could) (?:we|they) (?:\w+ )?(?:improve|do better)\b|\bimprovements?\b|\b(?:any|your|other) suggestions?\b|^\W*suggestions?\b",
    "pl": r"\bco (?:by|byś|byście|musieliby)\b(?:[^?]*\b)?(?:zmieni|popraw|ulepsz|dodał|dodała|doradzi|poradzi)\w*"
          r"|\b(?:gdyby|jakby)\w* (?:[\w-]+ ){0,7}(?:zmieni|popraw|ulepsz|doradzi|poradzi)\w*|\b(?:coś|czego) (?:by|byś)\b(?:[^?]*\b)?(?:zmieni|popraw"
          r"|życzy)\w*|\bby (?:pan|pani)\b (?:[\w-]+ ){0,2}(?:zmieni|popraw|ulepsz)\w*|\bbrak(?:uje|owało|owałoby)\b"
          r"|\bco (?:\w+ ){0,2}(?:możemy|moglibyśmy|można|mogliby|powinniśmy|należy|warto) (?:\w+ ){0,2}(?:zmieni|popraw|ulepsz"
          r"|zrobić lepiej)\w*|\bco (?:\w+ )?poprawić\b|\bsugesti\w*",
    "ru": r"\bчто бы\b[^?]*?\b(?:измени|поменя|улучш|исправ|добав|пожела|посовет)\w*|\bесли бы (?:[\w-]+ ){0,7}(?:изменить|поменять"
          r"|улучшить|исправить|добавить)\b|\bвы бы (?:[\w-]+ ){0,3}(?:изменил|поменял|улучшил)\w*|\bне хват(?:ает|ало|ило)\b"
          r"|\bчто (?:[\w-]+ ){0,2}(?:нужно|надо|стоит|можем|могли бы|можно|следует)? ?(?:[\w-]+ )?(?:улучшить|изменить|поменять"
          r"|исправить|сделать лучше)\b|\bчто должно (?:\w+ )?измениться\b|\bпожелание\b|\bваши пожелания\b"
          r"|\bпредложени\w* по улучшени\w*",
}
_KEEPS = {"en": r"\bkeep\b|\b(?:not|n't|never) (?:\w+ )?change\b", "pl": r"\bnie (?:\w+ )?zmienia\w*|\bzostawi\w*",
          "ru": r"\bне (?:\w+ )?(?:меня|изменя|трога)\w*|\bостави\w*"}


# An answer to it that opens by wanting nothing changed ("Nothing, really.", "Keep it up!", "Nic bym nie
# zmieniała.", "Tak trzymać", "Да ничего, всё устраивает.") finds nothing wanting.
_NOTHING = {"en": r"^\W*(?:nothing|no\b|nah\b|not really|none|i can'?t think|hard to say|i don'?t know|keep (?:it up|up the|doing"
                  r"|going)|(?:it'?s |everything'?s |everything is )?all (?:good|fine|great)|fine as (?:it )?is|as it is)",
            "pl": r"^\W*(?:nic\b|nie\b|raczej nie|chyba nic|trudno powiedzieć|nie wiem|tak trzymać|bez zmian|wszystko (?:jest )?"
                  r"(?:ok|okej|dobrze|super|w porządku))",
            "ru": r"^\W*(?:(?:да |ну |наверное |пожалуй )?ничего\b|нет\b|да нет|сложно сказать|трудно сказать|не знаю|так держать"
                  r"|без изменений|(?:оставьте )?как есть|всё (?:и так )?(?:хорошо|отлично|устраивает|нормально|супер))"}


@lru_cache(maxsize=4096)
def asks_for_change(question: str, language: str) -> bool:
    """Whether an interviewer's turn or a survey's question asks what the shop should change (cached: a
    survey's header and an interviewer's question are asked of each answer after them)."""
    lowered = question.lower()
    return bool(re.search(_ASKS_CHANGE.get(language, r"$^"), lowered)) \
        and not re.search(_KEEPS.get(language, r"$^"), lowered)


def answers_a_wish(question: str, answer: str, language: str) -> bool:
    """Whether ``answer`` tells what the shop should change: ``question`` asks it (an interviewer's, or a
    survey's open question) and the answer does not open by wanting nothing changed (``_NOTHING``)."""
    return asks_for_change(question, language) and not re.search(_NOTHING.get(language, r"$^"), answer.lower())
