"""The kit's reading of a text's feeling: the rules' score, checked by a learned model.

The rules (lexicons, negation, contrast, sarcasm, complaint events) say why a text scores what it
does, but customers also tell a complaint or praise as a plain story the rules cannot list, and a
listed event can sit in a happy story ("the courier rang half an hour ahead, as promised"). The
learned model (learned.py) reads the words with the rules' score beside them and was fitted mostly on
turns written apart from the rules, so it learned when to trust them: where it agrees with their
sign, where the rules are sure (``SURE``) or read a praise idiom the cues list ("they've never let me
down": the model, which sees "never" in many complaints, would not), their score stands; where not, its
sign does, at most ``LEARNED_SCALE`` strong.
"""
from __future__ import annotations

from .cues import PRAISE, PRAISE_FLOOR
from .learned import probabilities
from .score import LANGUAGES, rule_scores
from .wishes import answers_a_wish, wanting

NO_FEELING = 0.05  # |score| below this is neutral: VADER's own threshold, the one the map's signs use
LEARNED_SCALE = 0.5
OVERRULE = 0.1  # the model's sign replaces the rules' only when this much likelier,
STRENGTH = 0.2  # plus this much per unit of the rules' strength: a clear "fast delivery, very polite courier"
# (0.74) needs a surer model than a faint reading (on rounds held out of the fit, level within ±0.006; the
# shipped plain sentences 0.92/0.98/0.96 -> 0.96/0.98/0.97)
SURE = 0.9  # a rules' score this strong stands unchecked (0.7 before the fifth training round; on rounds held
# out of the fit, 0.9 read signs as well or better in all six folds, EN/PL/RU x two rounds, by up to 0.006)


def score_text(text: str, language: str = "en") -> float:
    """Sentiment of one text in [-1, 1] (0 when neither the rules nor the model find a feeling)."""
    return score_texts([text], language)[0]


def score_texts(texts, language: str = "en", question: str = "") -> list[float]:
    """Batch form of ``score_text``; texts that answer a ``question`` of what the shop should change
    (a survey's "What should we improve?") read as what they found wanting (wishes.py)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    texts = ["" if t is None else str(t) for t in texts]
    scores = [judged(text, rule, language)[0] for text, rule in zip(texts, rule_scores(texts, language))]
    return [wanting(score) if answers_a_wish(question, text, language) else score for text, score in zip(texts, scores)]


def judged(text: str, rule: float, language: str) -> tuple[float, bool]:
    """(score, whether the rules' sign stood) of a text the rules scored ``rule``: their score where
    they are sure or read a listed praise idiom (on rounds held out of the fit this changed no fold by
    more than 0.003), or where the model, which sees their score beside the words, agrees on the sign
    or is not ``OVERRULE`` plus ``STRENGTH`` × their strength likelier to be right; else the model's
    sign, as P(positive) − P(negative) scaled by ``LEARNED_SCALE`` (0 when it reads no feeling). A sign
    the rules did not give is less certain: the QuoteTagger lists such quotes first."""
    if not text.strip():
        return 0.0, True
    lowered = text.lower()
    if abs(rule) >= SURE or (rule >= PRAISE_FLOOR and PRAISE[language].search(lowered)):
        return rule, True
    negative, neutral, positive = probabilities(lowered, language, rule)
    reading = 0 if neutral >= max(negative, positive) else 1 if positive > negative else -1
    chance = {-1: negative, 0: neutral, 1: positive}
    if reading == _sign(rule) or chance[reading] - chance[_sign(rule)] < OVERRULE + STRENGTH * abs(rule):
        return (rule if _sign(rule) else 0.0), True  # inside the neutral band a score is 0: no reader sees a sign
    if reading == 0:
        return 0.0, False
    return round(reading * max(NO_FEELING, LEARNED_SCALE * abs(positive - negative)), 4), False


def _sign(score: float) -> int:
    """+1, 0 or -1: the side of the neutral band ``NO_FEELING`` a score is on."""
    return 0 if abs(score) < NO_FEELING else 1 if score > 0 else -1
