"""Answer vocabularies: text Likert labels (EN/PL/RU/DE), "don't know" answers, numbers.

Tools export a scale either as numbers or as the labels the respondent saw. A column whose
answers all belong to one of the label scales below is that scale; "not applicable / don't
know" answers are missing values, never a scale point.
"""
from __future__ import annotations

from functools import lru_cache

import math
import re

import numpy as np
import pandas as pd

from .valences import column_valences

# (measure, points low -> high; each point lists the wordings that mean it)
LABEL_SCALES: list[tuple[str, list[list[str]]]] = [
    ("likert", [["very poor", "very bad"], ["poor", "bad"], ["fair", "average", "neither good nor bad"],
                ["good"], ["very good", "excellent"]]),
    ("likert", [["poor"], ["fair"], ["good"], ["very good"], ["excellent"]]),
    ("likert", [["strongly disagree"], ["disagree"], ["neither agree nor disagree", "neutral"],
                ["agree"], ["strongly agree"]]),
    ("likert", [["strongly disagree"], ["disagree"], ["somewhat disagree"],
                ["neither agree nor disagree", "neutral"], ["somewhat agree"], ["agree"], ["strongly agree"]]),
    ("csat", [["very dissatisfied"], ["dissatisfied"], ["neither satisfied nor dissatisfied", "neutral"],
              ["satisfied"], ["very satisfied"]]),
    ("ces", [["very difficult"], ["difficult"], ["neither easy nor difficult", "neutral"], ["easy"],
             ["very easy"]]),
    ("likert", [["very unlikely"], ["unlikely"], ["neither likely nor unlikely", "neutral"], ["likely"],
                ["very likely"]]),
    ("likert", [["not at all important"], ["slightly important", "slightly"],
                ["moderately important", "moderately"], ["very important", "very"],
                ["extremely important", "extremely"]]),
    # Polish
    ("likert", [["bardzo źle", "bardzo słabo", "bardzo zła", "bardzo zły"], ["źle", "słabo", "zła", "zły"],
                ["przeciętnie", "średnio", "ani dobrze, ani źle", "przeciętna", "przeciętny"],
                ["dobrze", "dobra", "dobry"], ["bardzo dobrze", "bardzo dobra", "bardzo dobry", "doskonale"]]),
    ("likert", [["zdecydowanie się nie zgadzam", "zdecydowanie nie zgadzam się", "zdecydowanie nie"],
                ["nie zgadzam się", "raczej się nie zgadzam", "raczej nie"],
                ["ani się zgadzam, ani nie zgadzam", "nie mam zdania"],
                ["zgadzam się", "raczej się zgadzam", "raczej tak"],
                ["zdecydowanie się zgadzam", "zdecydowanie zgadzam się", "zdecydowanie tak"]]),
    ("csat", [["bardzo niezadowolony", "bardzo niezadowolona", "bardzo niezadowolony(a)"],
              ["niezadowolony", "niezadowolona", "niezadowolony(a)"],
              ["ani zadowolony, ani niezadowolony", "ani zadowolona, ani niezadowolona"],
              ["zadowolony", "zadowolona", "zadowolony(a)"],
              ["bardzo zadowolony", "bardzo zadowolona", "bardzo zadowolony(a)"]]),
    ("ces", [["bardzo trudno", "bardzo trudne"], ["trudno", "trudne"], ["ani łatwo, ani trudno"],
             ["łatwo", "łatwe"], ["bardzo łatwo", "bardzo łatwe"]]),
    # Russian (ё is folded to е before matching)
    ("likert", [["очень плохо"], ["плохо"], ["удовлетворительно", "нормально", "средне"], ["хорошо"],
                ["отлично", "очень хорошо"]]),
    ("likert", [["полностью не согласен", "совершенно не согласен", "категорически не согласен"],
                ["не согласен", "скорее не согласен"], ["ни да, ни нет", "нейтрально", "затрудняюсь"],
                ["согласен", "скорее согласен"], ["полностью согласен", "совершенно согласен"]]),
    ("csat", [["очень недоволен", "совсем не удовлетворен"], ["недоволен", "не удовлетворен"],
              ["ни доволен, ни недоволен", "нейтрально"], ["доволен", "удовлетворен"],
              ["очень доволен", "полностью удовлетворен"]]),
    ("ces", [["очень сложно", "очень трудно"], ["сложно", "трудно"], ["ни легко, ни сложно", "нейтрально"],
             ["легко", "просто"], ["очень легко", "очень просто"]]),
    # German
    ("likert", [["stimme überhaupt nicht zu", "trifft überhaupt nicht zu"],
                ["stimme eher nicht zu", "stimme nicht zu", "trifft eher nicht zu"],
                ["teils/teils", "teils, teils", "weder noch", "neutral"],
                ["stimme eher zu", "stimme zu", "trifft eher zu"],
                ["stimme voll zu", "stimme voll und ganz zu", "trifft voll zu", "trifft voll und ganz zu"]]),
    ("likert", [["sehr schlecht"], ["schlecht"], ["mittelmäßig", "befriedigend", "neutral"], ["gut"],
                ["sehr gut"]]),
    ("csat", [["sehr unzufrieden"], ["unzufrieden"], ["weder zufrieden noch unzufrieden", "neutral"],
              ["zufrieden"], ["sehr zufrieden"]]),
    ("ces", [["sehr schwierig", "sehr schwer"], ["schwierig", "schwer"], ["weder noch", "neutral"],
             ["einfach", "leicht"], ["sehr einfach", "sehr leicht"]]),
]

MISSING_LABELS = {
    "n/a", "na", "n.a.", "not applicable", "does not apply", "don't know", "do not know", "i don't know",
    "i do not know", "dont know", "prefer not to say", "no opinion", "not sure", "-",
    "nie dotyczy", "trudno powiedzieć", "nie wiem", "wolę nie odpowiadać", "odmowa",
    "затрудняюсь ответить", "не знаю", "не применимо", "неприменимо", "нет ответа", "затрудняюсь",
    "keine angabe", "weiß nicht", "weiss nicht", "k.a.", "nicht zutreffend", "trifft nicht zu",
    "not relevant", "doesn't apply", "doesn't apply to me", "does not apply to me", "not used", "did not use",
    "didn't use", "i didn't use it", "i did not use it", "can't say", "cannot say", "unsure", "dk", "n / a",
    "don't remember", "i don't remember", "no answer", "not answered", "prefer not to answer",
    "nie korzystałem", "nie korzystałam", "nie korzystałem/am", "nie korzystałem(am)", "nie pamiętam",
    "brak zdania", "nie mam zdania na ten temat", "trudno ocenić", "nie potrafię ocenić", "nie umiem ocenić",
    "не могу ответить", "не могу сказать", "не могу оценить", "нет мнения", "не пользовался",
    "не пользовалась", "не пользовался(ась)", "не помню", "не относится", "не применимо ко мне",
    "затрудняюсь с ответом", "затрудняюсь оценить",
}

YES_NO = {"yes", "no", "tak", "nie", "да", "нет", "ja", "nein", "y", "n", "true", "false", "0", "1"}

_N = r"[$€£]?\s*(\d{1,3}(?:[ \u00a0.,]\d{3})+|\d+)(?:[.,]\d+)?\s*(?:zł|pln|руб\.?|₽|[$€£%]|k)?"
_UNIT = r"(?:\s*[^\W\d_]+\.?(?:\s+[^\W\d_]+\.?){0,2})?"  # years, lat, лет, pupils, times a month
BIN_CHARS = 40  # a bin is a short answer; longer text is a comment (and never meets the patterns)
_BINS = [  # (pattern, which side is open)
    (re.compile(rf"^(?:from\s+|od\s+|от\s+|von\s+)?{_N}\s*(?:-|–|—|to|do|до|bis)\s*{_N}{_UNIT}$"), None),
    (re.compile(rf"^{_N}\s*\+{_UNIT}$"), "high"),
    (re.compile(rf"^{_N}{_UNIT}\s+(?:or more|or older|or over|and over|and above|and more|and older|lub więcej"
                rf"|i więcej|i starsi|i starszy|и более|и старше|или больше|und mehr|und älter)$"), "high"),
    (re.compile(rf"^(?:more than|over|above|at least|ponad|powyżej|więcej niż|od|более|больше|свыше|старше"
                rf"|от|über|mehr als|ab)\s+{_N}{_UNIT}$"), "high"),
    (re.compile(rf"^(?:less than|under|below|fewer than|up to|poniżej|mniej niż|do|menos de|менее|меньше"
                rf"|до|младше|unter|weniger als|bis)\s+{_N}{_UNIT}$"), "low"),
    (re.compile(rf"^{_N}{_UNIT}\s+(?:or less|or fewer|or younger|or under|lub mniej|i mniej|и менее|или меньше"
                rf"|und weniger)$"), "low"),
]
_SPACES = re.compile(r"\s+")
_TRAILING_NUMBER = re.compile(r"\((\d{1,2})\)$")  # "Very satisfied (5)"
_LABEL = re.compile(r"[^\W\d_][^\d]*")  # words without digits
_LEADING_NUMBER = re.compile(r"^(\d{1,2})\s*(?:[-=:.)]|\s)\s*\D")
_NUMBER = re.compile(r"^[+-]?(\d+|\d{1,3}([ \u00a0\u202f.,]\d{3})+)?([.,]\d+)?$")
_UNITS = re.compile(r"^[$€£]\s*|\s*(%|zł|pln|eur|usd|gbp|€|\$|£|руб\.?|р\.|₽)$", re.I)  # "50%", "149,99 zł"


def clean_header(text) -> str:
    """Headers (and answers) as a person reads them: NBSP and runs of spaces become one space."""
    return _SPACES.sub(" ", str(text).replace("\u00a0", " ")).strip()


@lru_cache(maxsize=1 << 16)
def norm(text) -> str:
    """Lower case, single spaces (NBSP included), ё as е, no trailing punctuation.

    This and the other per-answer rules below are cached: an export repeats a few answers a
    million times ("5", "Yes"), and the careful reader asks about every cell."""
    return clean_header(text).lower().replace("ё", "е").rstrip(" .!")


def _index() -> dict[str, list[tuple[int, str, int, int]]]:
    index: dict[str, list[tuple[int, str, int, int]]] = {}
    for number, (measure, points) in enumerate(LABEL_SCALES):
        for value, wordings in enumerate(points, start=1):
            for wording in wordings:
                index.setdefault(norm(wording), []).append((number, measure, value, len(points)))
    return index


_LABELS = _index()


@lru_cache(maxsize=1 << 16)
def is_missing_label(text: str) -> bool:
    """A "don't know" / "not applicable" answer, also as "Don’t know / N/A" or "N/A (did not use)"."""
    key = norm(text).replace("\u2019", "'").replace("`", "'")
    if key in MISSING_LABELS:
        return True
    head = re.split(r"\s*(?:\(|\s[-–]\s|:)", key, maxsplit=1)[0]  # "N/A (did not use)", "N/A - ..."
    if head != key and head in MISSING_LABELS:
        return True
    parts = [p.strip() for p in re.split(r"\s+/\s+|/(?=\D{3})|;", head) if p.strip()]  # "Don't know / N/A"
    return len(parts) > 1 and all(p in MISSING_LABELS for p in parts)


def match_label_scale(values) -> tuple[str, int, dict[str, int]] | None:
    """(measure, points, label->number) for the first scale holding every distinct answer."""
    distinct = {norm(v) for v in values if not is_missing_label(v)}
    if not distinct or not all(d in _LABELS for d in distinct):
        return None
    candidates = None
    for d in distinct:
        scales = {entry[0] for entry in _LABELS[d]}
        candidates = scales if candidates is None else candidates & scales
    if not candidates:
        return None
    chosen = min(candidates)
    measure, points = LABEL_SCALES[chosen]
    labels = {}
    for value in values:
        key = norm(value)
        for number, _, point, _ in _LABELS.get(key, ()):
            if number == chosen:
                labels[str(value).strip()] = point
    return measure, len(points), labels


@lru_cache(maxsize=1 << 16)
def parse_number(text) -> float | None:
    """A number as people and Excel write it: '4', '4,5', '1 234,5', '1.234,5', '5 - very good',
    'Very good (5)', '50%', '149,99 zł'."""
    text = str(text).strip().replace("\u00a0", " ")
    if not text:
        return None
    bare = _UNITS.sub("", text)
    if bare != text and _NUMBER.match(bare):
        text = bare
    if _NUMBER.match(text):
        if "," in text and "." in text:  # 1.234,5 or 1,234.5: the last separator is the decimal one
            decimal = "," if text.rfind(",") > text.rfind(".") else "."
            thousands = "." if decimal == "," else ","
            text = text.replace(thousands, "").replace(decimal, ".")
        elif "," in text:
            text = text.replace(",", ".")
        elif text.count(".") > 1:
            text = text.replace(".", "")
        text = text.replace(" ", "").replace("\u202f", "")
        try:
            value = float(text)
        except ValueError:
            return None
        return value if math.isfinite(value) else None
    match = _LEADING_NUMBER.match(text)
    if match is None and text.endswith(")"):
        match = _TRAILING_NUMBER.search(text)
        if match and not _LABEL.fullmatch(text[:match.start()].strip()):
            match = None  # "(5)" alone, or "2 (3)": no label carrying its point
    return float(match.group(1)) if match else None


def bin_bounds(text) -> tuple[float, float] | None:
    """(low, high) of an answer bin such as '18 - 29', '60+', 'Less than 10', 'od 100 do 250 zł'."""
    key = norm(text)
    if len(key) > BIN_CHARS:
        return None
    for pattern, open_side in _BINS:
        match = pattern.match(key)
        if match:
            numbers = [float(re.sub(r"[ \u00a0.,]", "", g)) for g in match.groups() if g is not None]
            if open_side == "high":
                return numbers[0], math.inf
            if open_side == "low":
                return -math.inf, numbers[0]
            return numbers[0], numbers[-1]
    return None


def ordered_bins(answers) -> list[str] | None:
    """The distinct answers in order when they are bins (with maybe some plain numbers), else None.

    Age bands or class sizes are choices with an order, not numbers: '60+' is no typo.
    """
    distinct: dict[str, tuple[float, float]] = {}
    binned = 0
    for answer in answers:
        bounds = bin_bounds(answer)
        if bounds is None:
            value = parse_number(answer) if _NUMBER.match(str(answer).strip()) else None
            if value is None:
                return None
            bounds = (value, value)
        else:
            binned += 1
        distinct.setdefault(str(answer).strip(), bounds)
    if not distinct or binned < 0.3 * len(answers) or len(distinct) > 30:
        return None
    return sorted(distinct, key=lambda a: distinct[a])


def nps_of_counts(promoters: int, passives: int, detractors: int) -> dict:
    """The one NPS rule: 100 x (promoters - detractors) / everyone who answered, -100..100, with the
    counts behind it (value None when nobody answered). Promoters answer 9-10, passives 7-8,
    detractors 0-6 (valences.column_valences turns answers into +1 / 0 / -1)."""
    n = promoters + passives + detractors
    return {"value": 100.0 * (promoters - detractors) / n if n else None, "n": n,
            "promoters": promoters, "passives": passives, "detractors": detractors}


def nps_of_valences(valences) -> dict:
    """NPS from per-respondent NPS valences (+1 promoter, 0 passive, -1 detractor; NaN = no answer)."""
    values = np.asarray(valences, dtype=float)
    values = values[~np.isnan(values)]
    promoters, detractors = int((values == 1.0).sum()), int((values == -1.0).sum())
    return nps_of_counts(promoters, int(values.size) - promoters - detractors, detractors)


def nps(values) -> float | None:
    """Net Promoter Score of 0..10 answers (None or NaN = no answer), rounded as a question's summary shows it."""
    value = nps_of_valences(column_valences(pd.Series(np.asarray(values, dtype=float)), "nps", 0, 10)[0])["value"]
    return None if value is None else round(value, 1)
