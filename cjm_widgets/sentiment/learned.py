"""A small learned model of the sign of a customer's feeling, which checks the rules' score.

The lexicons and cues (score.py, cues.py) read feeling words and the complaint events they list.
Customers also tell a complaint as a plain story ("They left it behind the bins. In January.")
and nobody can list every such story; and a listed event can sit in a happy one. This model is a
multinomial logistic regression over lemmas, negation-marked lemmas ("¬work" after "didn't"),
lemma pairs, the lemmas after the last "but", and the rules' score in five bands, fitted on
labelled interview turns, most of them written apart from the rules (``benchmarks/train_sentiment.py`` fits
it; the weights ship as ``model_<language>.tsv``, one line per feature: feature, then the weights
of negative, neutral and positive). ``reading.combined`` decides between the two.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

from .cues import CONTRAST
from .score import NEGATORS, lemma

CLASSES = (-1, 0, 1)
BIAS = "<bias>"
NEGATED, AFTER_BUT = "¬", "›"
_NEGATORS_EN = {"not", "no", "never", "nothing", "nobody", "none", "nowhere", "neither", "nor", "without",
                "cannot", "hardly"}
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
_CLAUSES = re.compile(r"[,.;:!?—–()\"“”«»]+")


def features(lowered: str, language: str, rule: float = 0.0) -> list[str]:
    """The model's features of one lower-cased text: negation runs to the clause end, as in
    Das and Chen's marking; the words after the last contrast word count once more, marked;
    the rules' score of the text, in five bands, so the model learns how far to trust them."""
    negators = _NEGATORS_EN if language == "en" else NEGATORS[language]
    contrast = set(CONTRAST[language])
    found: list[str] = []
    after_but: list[str] | None = None  # None until a contrast word
    for clause in _CLAUSES.split(lowered):
        negated, previous = False, "<s>"
        for token in _TOKEN.findall(clause):
            word = "<n>" if token.isdigit() else lemma(token.replace("’", "'"), language)
            if word in contrast:
                negated, after_but = False, []
            found.append(NEGATED + word if negated else word)
            found.append(previous + "_" + word)
            if after_but is not None:
                after_but.append(AFTER_BUT + word)
            previous = word
            if word in negators or word.endswith("n't"):
                negated = True
    return [_band(rule), *found, *(after_but or ())]


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
    logits = list(table[BIAS])
    for feature in features(lowered, language, rule):
        row = table.get(feature)
        if row is not None:
            logits[0] += row[0]
            logits[1] += row[1]
            logits[2] += row[2]
    top = max(logits)
    exps = [math.exp(x - top) for x in logits]
    total = sum(exps)
    return exps[0] / total, exps[1] / total, exps[2] / total
