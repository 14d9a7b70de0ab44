"""Accuracy of the text scorer, and its speed.

Prints name=value lines:
- accuracy_en, accuracy_pl, accuracy_ru: the 100 labelled sentences shipped with the package
  (cjm_widgets/sentiment/eval_*.tsv). They were written with the lexicons in view, so they
  flatter the scorer: read them as a regression check, not as how well it does on real answers.
- apart_accuracy_<lang>_<split>: sign accuracy on the interview turns of benchmarks/data/
  (written apart from the lexicons, see coding_eval.py) that are about one touchpoint; the
  whole turn is scored. `tune` was used to tune the cues and lexicons; `test` and `holdout` were not.
Labels: pos when the score is above +0.05, neg below -0.05, else neu (VADER's own thresholds).
Speed, sentences per second on the shipped sentences, warm, best of several rounds (load from
other work only ever adds time): scoring_per_s_<lang> for the kit's scorer of each language (EN is
VADER with the kit's words and cues), vader_own_per_s for plain vaderSentiment
(SentimentIntensityAnalyzer().polarity_scores, as installed) on the EN sentences, and, as run.py
prints them, text_scoring_per_s for the PL/RU scorer and vader_per_s for plain vaderSentiment, both
on the PL+RU sentences.
`--errors` lists the misses of the shipped sets.
Run: python benchmarks/sentiment_eval.py [--errors]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from importlib import resources

from cjm_widgets.sentiment import score_texts
from cjm_widgets.sentiment.score import LANGUAGES

sys.path.insert(0, str(Path(__file__).parent))  # coding_eval, beside this file
from coding_eval import SPLITS, load, sign  # noqa: E402
THRESHOLD = 0.05
REPEATS = 5
ROUNDS = 5


def load_eval(language: str) -> list[tuple[str, str]]:
    """(label, sentence) pairs of the evaluation set shipped with the package."""
    text = resources.files("cjm_widgets.sentiment").joinpath(f"eval_{language}.tsv").read_text("utf-8")
    return [tuple(line.split("\t", 1)) for line in text.splitlines() if line.strip() and not line.startswith("#")]


def label(score: float) -> str:
    return "pos" if score > THRESHOLD else "neg" if score < -THRESHOLD else "neu"


def apart_accuracy(language: str, split: str) -> tuple[float, int]:
    """Sign accuracy on the one-touchpoint turns of the evaluation set written apart."""
    rows = [row for row in load(language) if row["split"] == split and len(row["gold"]) == 1]
    scores = score_texts([row["turn"] for row in rows], language)
    hits = [sign(score) == next(iter(row["gold"].values())) for row, score in zip(rows, scores)]
    return (sum(hits) / len(hits) if hits else float("nan")), len(hits)


def rate(sentences: list[str], language: str, scorer=None) -> float:
    """Sentences per second once warm (dictionaries loaded, lemma cache filled by a first pass),
    the best of ROUNDS rounds of REPEATS passes; ``scorer(texts)`` instead of the kit's scorer."""
    scorer = scorer or (lambda texts: score_texts(texts, language))
    scorer(sentences)
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(REPEATS):
            scorer(sentences)
        best = min(best, time.perf_counter() - start)
    return REPEATS * len(sentences) / best


def vader_rate(sentences: list[str]) -> float:
    """``rate`` of plain vaderSentiment, as installed: the yardstick, not the kit's own EN path."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    return rate(sentences, "en", lambda texts: [analyzer.polarity_scores(text)["compound"] for text in texts])


def main(argv: list[str]) -> None:
    sentences = {}
    for language in LANGUAGES:
        pairs = load_eval(language)
        sentences[language] = [s for _, s in pairs]
        scores = score_texts(sentences[language], language)
        hits = [label(s) == gold for (gold, _), s in zip(pairs, scores)]
        print(f"accuracy_{language}={sum(hits) / len(hits):.3f}")
        print(f"n_{language}={len(hits)}")
        if "--errors" in argv:
            for (gold, sentence), score, hit in zip(pairs, scores, hits):
                if not hit:
                    print(f"  miss {language} gold={gold} score={score:+.3f} {sentence}")
    for language in LANGUAGES:
        for split in SPLITS:
            accuracy, n = apart_accuracy(language, split)
            print(f"apart_accuracy_{language}_{split}={accuracy:.3f}")
            print(f"apart_n_{language}_{split}={n}")
    for language in LANGUAGES:
        print(f"scoring_per_s_{language}={rate(sentences[language], language):.0f}")
    print(f"vader_own_per_s={vader_rate(sentences['en']):.0f}")
    mixed = sentences["pl"] + sentences["ru"]
    pl_rate, ru_rate = rate(sentences["pl"], "pl"), rate(sentences["ru"], "ru")
    print(f"text_scoring_per_s={len(mixed) / (len(sentences['pl']) / pl_rate + len(sentences['ru']) / ru_rate):.0f}")
    print(f"vader_per_s={vader_rate(mixed):.0f}")


if __name__ == "__main__":
    main(sys.argv[1:])
