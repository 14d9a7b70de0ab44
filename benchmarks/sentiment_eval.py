"""Accuracy of the text scorer on the shipped labelled sentences, and its speed.

Prints name=value lines: accuracy_en, accuracy_pl, accuracy_ru (label pos when the score is
above +0.05, neg below -0.05, else neu: VADER's own thresholds), text_scoring_per_s for the
PL/RU scorer and vader_per_s for VADER on the same sentences. `--errors` lists the misses.
Run: python benchmarks/sentiment_eval.py [--errors]
"""
from __future__ import annotations

import sys
import time
from importlib import resources

from cjm_widgets.sentiment import score_texts
from cjm_widgets.sentiment.score import LANGUAGES

THRESHOLD = 0.05
REPEATS = 20


def load_eval(language: str) -> list[tuple[str, str]]:
    """(label, sentence) pairs of the evaluation set shipped with the package."""
    text = resources.files("cjm_widgets.sentiment").joinpath(f"eval_{language}.tsv").read_text("utf-8")
    return [tuple(line.split("\t", 1)) for line in text.splitlines() if line.strip() and not line.startswith("#")]


def label(score: float) -> str:
    return "pos" if score > THRESHOLD else "neg" if score < -THRESHOLD else "neu"


def rate(sentences: list[str], language: str) -> float:
    """Sentences per second once warm (dictionaries loaded, lemma cache filled by a first pass)."""
    score_texts(sentences, language)
    start = time.perf_counter()
    for _ in range(REPEATS):
        score_texts(sentences, language)
    return REPEATS * len(sentences) / (time.perf_counter() - start)


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
    mixed = sentences["pl"] + sentences["ru"]
    pl_rate, ru_rate = rate(sentences["pl"], "pl"), rate(sentences["ru"], "ru")
    print(f"text_scoring_per_s={len(mixed) / (len(sentences['pl']) / pl_rate + len(sentences['ru']) / ru_rate):.0f}")
    print(f"vader_per_s={rate(mixed, 'en'):.0f}")


if __name__ == "__main__":
    main(sys.argv[1:])
