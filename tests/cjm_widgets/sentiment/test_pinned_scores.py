"""The scorer's output pinned on ~3,000 varied sentences per language, so that work on its speed
cannot change a single score. The sentences (pinned_<language>.tsv: score, tab, text) are the
shipped evaluation sets, the interview turns of benchmarks/data/, the demo's transcripts and
survey comments, split into sentences, the lexicon entries in short frames, and mixtures of
these (joined by contrast words, sarcastic openers, negators and intensifiers put in, "!!!",
capitals). After a deliberate change of lexicon or rules, rescore them with
``python tests/cjm_widgets/sentiment/test_pinned_scores.py`` and review the diff.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cjm_widgets.sentiment import score_texts

HERE = Path(__file__).resolve().parent


def pinned(language: str) -> tuple[list[str], list[float]]:
    rows = [line.split("\t", 1) for line in (HERE / f"pinned_{language}.tsv").read_text("utf-8").split("\n")[:-1]]
    return [text for _, text in rows], [float(score) for score, _ in rows]


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_scores_are_the_pinned_ones(language):
    texts, scores = pinned(language)
    assert len(texts) >= 3000
    got = score_texts(texts, language)
    changed = [(text, want, have) for text, want, have in zip(texts, scores, got) if want != have]
    assert not changed, f"{len(changed)} scores changed, e.g. {changed[:5]}"


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_one_by_one_equals_the_batch(language):
    """Caches filled by other texts must not change a text's score."""
    texts, scores = pinned(language)
    assert [score_texts([text], language)[0] for text in texts[::7]] == scores[::7]


def rescore(language: str) -> None:
    texts, _ = pinned(language)
    lines = [f"{score!r}\t{text}\n" for text, score in zip(texts, score_texts(texts, language))]
    (HERE / f"pinned_{language}.tsv").write_text("".join(lines), "utf-8")


if __name__ == "__main__":
    for language in sys.argv[1:] or ["en", "pl", "ru"]:
        rescore(language)
