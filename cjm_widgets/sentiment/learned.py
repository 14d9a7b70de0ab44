"""A small learned model of the sign of a customer's feeling, which checks the rules' score.

The lexicons and cues (score.py, cues.py) read feeling words and the complaint events they list.
Customers also tell a complaint as a plain story ("They left it behind the bins. In January.")
and nobody can list every such story; and a listed event can sit in a happy one. This model is a
multinomial logistic regression over lemmas, negation-marked lemmas ("¬work" after "didn't"),
lemma pairs, the lemmas after the last "but", and the rules' score in five bands, fitted on
labelled interview turns, most of them written apart from the rules (``benchmarks/train_sentiment.py`` fits
it; the weights ship as ``model_<language>.tsv``, one line per feature: feature, then the weights
of negative, neutral and positive). ``reading.judged`` decides between the two.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

from .cues import CONTRAST
from .score import LANGUAGES, NEGATORS, lemma, per_form

CLASSES = (-1, 0, 1)
BIAS = "<bias>"
NEGATED, AFTER_BUT = "¬", "›"
_NEGATORS_EN = {"not", "no", "never", "nothing", "nobody", "none", "nowhere", "neither", "nor", "without",
                "cannot", "hardly"}
# a word (with its apostrophe: "didn't") or a number, as group 1; a clause break matches with group 1 empty
_TOKENS = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)?|\d+)|[,.;:!?—–()\"“”«»]+")


def features(lowered: str, language: str, rule: float = 0.0) -> list[str]:
    """The model's features of one lower-cased text: negation runs to the clause end, as in
    Das and Chen's marking; the words after the last contrast word count once more, marked;
    the rules' score of the text, in five bands, so the model learns how far to trust them."""
    found = [_band(rule)]
    after_but: list[str] | None = None  # None until a contrast word
    negated, previous = False, "<s>"
    tokens = _TOKENS.findall(lowered)
    for form in per_form(_FORMS[language], tokens, _form, language):
        if form is None:  # a clause break: negation and word pairs end there
            negated, previous = False, "<s>"
            continue
        word = form[0]
        if form[2]:
            negated, after_but = False, []
        found.append(form[3] if negated else word)
        found.append(previous + "_" + word)
        if after_but is not None:
            after_but.append(form[4])
        previous = word
        negated = negated or form[1]
    return found + after_but if after_but else found


_FORMS: dict[str, dict[str, tuple | None]] = {language: {} for language in LANGUAGES}  # kept by score.per_form


def _form(token: str, language: str) -> tuple[str, bool, bool, str, str] | None:
    """What ``features`` needs of one word form (None for a clause break): its lemma ("<n>" for a
    number), whether it negates, whether it is a contrast word, and its negated and after-"but"
    features."""
    if not token:
        return None
    word = "<n>" if token.isdigit() else lemma(token.replace("’", "'"), language)
    negators = _NEGATORS_EN if language == "en" else NEGATORS[language]
    negates = word in negators or token in negators or token.endswith(("n't", "n’t"))  # "didn't" -> "do"
    return word, negates, word in CONTRAST[language], NEGATED + word, AFTER_BUT + word


def _band(rule: float) -> str:
    if abs(rule) < 0.05:
        return "<rule 0>"
    return ("<rule +" if rule > 0 else "<rule -") + ("2>" if abs(rule) >= 0.5 else "1>")


@lru_cache(maxsize=None)
def weights(language: str) -> dict[str, tuple[float, float, float]]:
    """The shipped model as {feature: (negative, neutral, positive)}, the bias under ``BIAS``."""
    text = resources.files(__package__).joinpath(f"model_{language}.tsv").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            feature, *values = line.split("\t")
            table[feature] = tuple(float(v) for v in values)
    return table


def probabilities(lowered: str, language: str, rule: float = 0.0) -> tuple[float, float, float]:
    """P(negative), P(neutral), P(positive) of one lower-cased text the rules scored ``rule``."""
    table = weights(language)
    negative, neutral, positive = table[BIAS]
    for feature in features(lowered, language, rule):
        row = table.get(feature)
        if row is not None:
            negative += row[0]
            neutral += row[1]
            positive += row[2]
    top = max(negative, neutral, positive)
    negative, neutral, positive = math.exp(negative - top), math.exp(neutral - top), math.exp(positive - top)
    total = negative + neutral + positive
    return negative / total, neutral / total, positive / total
