"""The kit's reading of a text's feeling: the rules' score, checked by a learned model.

The rules (lexicons, negation, contrast, sarcasm, complaint events) say why a text scores what it
does, but customers also tell a complaint or praise as a plain story the rules cannot list, and a
listed event can sit in a happy story ("the courier rang half an hour ahead, as promised"). The
learned model (learned.py) reads the words with the rules' score beside them and was fitted on
turns the rules were not written from, so it knows when to trust them: where it agrees with their
sign their score stands; where not, its sign does, at most ``LEARNED_SCALE`` strong.
"""
from __future__ import annotations

from .learned import probabilities
from .score import LANGUAGES, rule_scores

NO_FEELING = 0.05  # |score| below this is neutral: VADER's own threshold, the one the map's signs use
LEARNED_SCALE = 0.5


def score_text(text: str, language: str = "en") -> float:
    """Sentiment of one text in [-1, 1] (0 when neither the rules nor the model find a feeling)."""
    return score_texts([text], language)[0]


def score_texts(texts, language: str = "en") -> list[float]:
    """Batch form of ``score_text``."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    texts = ["" if t is None else str(t) for t in texts]
    return [combined(text, rule, language) for text, rule in zip(texts, rule_scores(texts, language))]


def combined(text: str, rule: float, language: str) -> float:
    """The score of a text the rules scored ``rule``: theirs when the model, which sees their score
    beside the words, agrees on the sign; else the model's sign, as P(positive) − P(negative)
    scaled by ``LEARNED_SCALE`` (0 when it reads no feeling)."""
    if not text.strip():
        return 0.0
    negative, neutral, positive = probabilities(text.lower(), language, rule)
    reading = 0 if neutral >= max(negative, positive) else 1 if positive > negative else -1
    if reading == _sign(rule):
        return rule if reading else 0.0  # inside the neutral band a score is 0: any reader sees no sign
    if reading == 0:
        return 0.0
    return round(reading * max(NO_FEELING, LEARNED_SCALE * abs(positive - negative)), 4)


def _sign(score: float) -> int:
    """+1, 0 or -1: the side of the neutral band ``NO_FEELING`` a score is on."""
    return 0 if abs(score) < NO_FEELING else 1 if score > 0 else -1
