"""Which touchpoints a participant's answer is about, clause by clause.

An answer is read as a story: the question's touchpoints (its context) and each touchpoint a
clause names with a noun of its own are its topics. A touchpoint named only in passing — by an
everyday verb, a concept word, a word several touchpoints share, in the moment a clause sets
("when I opened the basket"), as not involved ("I didn't even contact support"), in a quote (a
notification's, a review's words), or as a part of the topic (the courier of a return) — is a
topic only while the story has none.
"""
from __future__ import annotations

import re

from ..sentiment.cues import CONTRAST
from .vocabulary import NAMED, Vocabulary, mentions, quoted_spans, unquoted

# Words that start a new step of a story ("came broken and then they wanted me to pay for the return").
_THEN = ("and then", "a potem", "i potem", "i wtedy", "а потом", "и потом")
_CLAUSE_END = re.compile(r"(?<=[.!?…;])\s+|(?<=,)\s+|\s+[—–]\s+|\s+(?=(?:"
                         + "|".join([*(word for words in CONTRAST.values() for word in words), *_THEN]) + r")\s)",
                         re.IGNORECASE)
# Where a clause turns to the moment something happened ("it crashed every time I opened the
# basket", "za każdym razem, jak otwierałam koszyk", "когда заказ приехал"): what is named after it
# is the setting ("after half an hour" sets none).
_SETTING = {
    "en": r"\b(?:when|whenever|every time|each time|while|until|till|as soon as)\b"
          r"|\b(?:after|before)\b(?! (?:\w+ ){0,2}(?:minutes?|hours?|days?|weeks?|months?|years?|a while|that)\b)",
    "pl": r"\b(?:kiedy|gdy|dopóki|zanim|po tym,? jak|za każdym razem(?:,? jak)?)\b",
    "ru": r"\b(?:когда|пока|как только|после того,? как|перед тем,? как|каждый раз(?:,? как)?)\b",
}
# What a clause says the customer did not do or need ("I didn't even contact support", "nie musiałam
# dzwonić na infolinię", "не пришлось звонить в поддержку"): a touchpoint named after it was not part
# of the story, so it is in passing too (still a topic when it is the only one: "Did you contact
# support?" "No, never.").
_NOT_INVOLVED = {
    "en": r"\b(?:didn't|did not|don't|do not|never|not even|no need to|without)(?: \w+){0,3}? "
          r"(?:contact|call|ring|phone|use|using|need|bother|open|touch|go|going)\w*",
    "pl": r"\bnie (?:\w+ ){0,3}?(?:musiał|potrzebował|korzysta|korzystał|kontaktował|dzwonił|pisał|używa|używał)\w*"
          r"|\b(?:\w+ ){1,3}nie (?:musiał|potrzebował)\w*",  # free word order: "na infolinię dzwonić nie musiałam"
    "ru": r"\bне (?:\w+ ){0,3}?(?:пришлось|понадобил|пользова|пользуюсь|обраща|звонил|писал)\w*"
          r"|\b(?:\w+ ){1,3}не (?:пришлось|понадобилось)\b",
}


class About(dict):
    """Touchpoint id -> (the clauses about it, confidence), plus ``last``: the topic the answer ends
    on, which a follow-up question ("How did that feel?") asks about."""

    def __init__(self, items=(), last=frozenset()):
        super().__init__(items)
        self.last = frozenset(last)


def clauses_about(text: str, vocabulary: Vocabulary, context: dict[str, float]) -> About:
    """Touchpoint id -> (the clauses of ``text`` about it, confidence), so "great search, awful
    delivery" scores each touchpoint on its own words. A clause naming no touchpoint stays with
    the topic before it (the lead-in before the first named one goes with that one); the
    question's touchpoints get the clauses that name none (the whole text when all do)."""
    clauses, topics = _topics(text, vocabulary, context)
    first = next((named for named in topics if named), {})
    parts: dict[str, list[str]] = {}
    confidence: dict[str, float] = {}
    current = first
    for clause, named in zip(clauses, topics):
        current = named or current
        for tp_id in current:
            parts.setdefault(tp_id, []).append(clause)
        for tp_id, value in named.items():
            confidence[tp_id] = max(confidence.get(tp_id, 0), value)
    unnamed = [clause for clause, named in zip(clauses, topics) if not named]
    for tp_id, value in context.items():
        if tp_id in parts:
            confidence[tp_id] = max(confidence[tp_id], NAMED + 0.05)  # asked about and named
        else:
            parts[tp_id] = unnamed if unnamed and first else clauses
            confidence[tp_id] = value
    return About({tp_id: (" ".join(parts[tp_id]).strip(), round(min(confidence[tp_id], 1.0), 2))
                  for tp_id in vocabulary.keys if tp_id in parts}, last=current or context)


def _topics(text: str, vocabulary: Vocabulary, context: dict[str, float]) -> tuple[list[str], list[dict]]:
    """The clauses of ``text`` and {touchpoint id: confidence} each names as a topic. A touchpoint
    named only in passing (by a verb, in the moment a clause sets: "when I opened the basket", as
    not involved: "I didn't even contact support", or in a quote) is a topic only while the story
    has none yet (the question's, or one named before or beside it): "the courier left it next
    door, I searched for it for two days" is about delivery only; nor is a part of the story's
    topic (the courier who collects a return: STORY_PARTS)."""
    language = vocabulary.language
    quotes = quoted_spans(text)
    blank = unquoted(text)  # a "when" or "didn't use" inside a quote sets nothing
    settings = sorted(setting_spans(blank, language) + [match.span() for match in
                                                        re.finditer(_NOT_INVOLVED.get(language, r"$^"), blank.lower())])
    story = set(context)
    clauses, topics = [], []
    for start, end in clause_spans(text):
        setting = setting_in(settings, start, end)
        aside = [(at - start, until - start) for at, until in quotes if at < end and until > start]
        if setting is not None:
            aside.append((setting, end - start))
        found = mentions(text[start:end], vocabulary, aside)
        strong = {tp_id for tp_id, (_, passing) in found.items() if not passing}
        parts = vocabulary.parts_of(story | strong)
        strong -= parts
        named = {tp_id: value for tp_id, (value, passing) in found.items()
                 if (not passing and tp_id not in parts) or not (story | strong) - {tp_id}}
        story |= set(named)
        clauses.append(text[start:end])
        topics.append(named)
    return clauses, topics


def setting_spans(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of each word that turns a clause to the moment something happened (_SETTING)."""
    return [match.span() for match in re.finditer(_SETTING[language], text.lower())] if language in _SETTING else []


def setting_in(settings: list[tuple[int, int]], start: int, end: int) -> int | None:
    """Where in the clause start..end the moment it sets begins (a "when" inside it, or one that
    ends the clause before: "za każdym razem, | jak otwierałam koszyk"), or None."""
    return next((max(at, start) - start for at, until in settings if at < end and until > start), None)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause: ends at a sentence, a semicolon, a comma, a dash, or before "but"."""
    spans, start = [], 0
    for match in [*_CLAUSE_END.finditer(text), None]:
        end = match.start() if match else len(text)
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end() if match else end
    return spans
