"""Fits the learned check of the coder's topics (cjm_widgets/transcripts/topics.py) and writes its weights.

Training rows: the coded interview turns of benchmarks/data/coding_<lang>.tsv in the splits named by
``train_sentiment.TRAIN_SPLITS``, each split coded as the interviews it holds (in file order, as
``coding_eval.interview_predictions`` codes them) by the rules alone. For every participant turn and
every concept a benchmark touchpoint owns, the label is whether the turn's gold labels hold that
touchpoint. Two-class logistic regression (``train_sentiment.fit_docs``): the same data give the same
weights on any machine (a test refits and compares). The other splits are never read here.
It also counts, for every word of the participant turns of the same rows seen in ``MIN_TURNS`` turns
or more, the share of those turns about each concept (``vocabulary.shares``: everyday keywords are left
out by it).
Run: python benchmarks/train_topics.py [en pl ru]   (writes cjm_widgets/transcripts/topics_<lang>.tsv
and shares_<lang>.tsv);
then python benchmarks/train_sentiment.py, since the check changes the texts the sentiment model reads.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # coding_eval and train_sentiment, beside this file

from coding_eval import interview_of, load, touchpoints
from train_sentiment import TRAIN_SPLITS, fit_docs
from cjm_widgets.transcripts.coding import rules_coding
from cjm_widgets.transcripts.topics import BIAS, candidates
from cjm_widgets.transcripts.vocabulary import touchpoint_key, vocabulary_for
from cjm_widgets.transcripts.words import normalised

MIN_TURNS = 15  # fewer turns tell too little of what a word is about
OUT = Path(__file__).parent.parent / "cjm_widgets" / "transcripts"


def training_docs(language: str, rows: list[dict] | None = None) -> dict[str, tuple[list[list[str]], list[int]]]:
    """{concept: (features of each (participant turn, concept), 1 if the turn is about it else 0)}
    of ``rows`` (the tuned splits' rows by default), split by split."""
    rows = [row for row in load(language) if row["split"] in TRAIN_SPLITS] if rows is None else rows
    tps = touchpoints(language)
    found: dict[str, tuple[list, list]] = {}
    for split in dict.fromkeys(row["split"] for row in rows):
        part = [row for row in rows if row["split"] == split]
        transcript, lines = interview_of(part)
        gold = {line: row["gold"] for line, row in zip(lines, part)}
        coded, vocabulary = rules_coding(transcript, tps, language)
        for utterance, concept, tp_id, features in candidates(transcript, coded, vocabulary):
            if utterance.line in gold:  # a participant's short turn of a row's context has no labels
                docs, labels = found.setdefault(concept, ([], []))
                docs.append(features)
                labels.append(int(tp_id in gold[utterance.line]))
    return found


def fit(language: str, rows: list[dict] | None = None) -> dict[str, dict[str, float]]:
    """{concept: {feature: weight}}: each weight is the logit of the turn being about the concept."""
    models = {}
    for concept, (docs, labels) in sorted(training_docs(language, rows).items()):
        weights = fit_docs(docs, labels, 2)
        models[concept] = {feature: float(w[1] - w[0]) for feature, w in weights.items()}
    return models


def rounded(models: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """The weights as shipped: 3 decimals, those that round to 0 left out (the bias always kept)."""
    return {concept: {f: round(w, 3) for f, w in sorted(weights.items()) if f == BIAS or round(w, 3)}
            for concept, weights in models.items()}


def write(models: dict[str, dict[str, float]], path: Path) -> int:
    lines = ["# learned check of the coder's topics: fitted by benchmarks/train_topics.py; concept, feature, "
             "weight (the logit of a turn being about the concept)"]
    for concept, weights in rounded(models).items():
        lines += [f"{concept}\t{feature}\t{weight:.3f}" for feature, weight in weights.items()]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return len(lines) - 1


def shares(language: str, rows: list[dict] | None = None) -> dict[str, dict[str, float]]:
    """{word: {concept: share of the participant turns holding the word that are about it (2 decimals,
    0 left out)}} for the words of ``MIN_TURNS`` turns or more; a gold touchpoint's concept is the one
    it owns among the benchmark touchpoints."""
    rows = [row for row in load(language) if row["split"] in TRAIN_SPLITS] if rows is None else rows
    tps = touchpoints(language)
    concept_of = {tp_id: concept for concept, tp_id in vocabulary_for(touchpoint_key(tps), language).owners.items()}
    turns: dict[str, int] = {}
    about: dict[str, dict[str, int]] = {}
    for row in rows:
        for word in set(normalised(row["turn"], language)):
            turns[word] = turns.get(word, 0) + 1
            for tp_id in row["gold"]:
                if tp_id in concept_of:
                    counts = about.setdefault(word, {})
                    counts[concept_of[tp_id]] = counts.get(concept_of[tp_id], 0) + 1
    return {word: {concept: round(k / n, 2) for concept, k in sorted(about.get(word, {}).items()) if round(k / n, 2)}
            for word, n in sorted(turns.items()) if n >= MIN_TURNS}


def write_shares(table: dict[str, dict[str, float]], path: Path) -> int:
    lines = ["# what customers' words are about: fitted by benchmarks/train_topics.py; word, concept (- for none), "
             f"share of the training turns holding the word that are about the concept (words of {MIN_TURNS}+ turns)"]
    for word, by_concept in table.items():
        lines += [f"{word}\t{concept}\t{share:.2f}" for concept, share in by_concept.items()] or [f"{word}\t-\t0"]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return len(table)


def main(argv: list[str]) -> None:
    for language in argv or ("en", "pl", "ru"):
        models = fit(language)
        kept = write(models, OUT / f"topics_{language}.tsv")
        print(f"{language}: {len(models)} concepts, {kept} weights -> topics_{language}.tsv")
        words = write_shares(shares(language), OUT / f"shares_{language}.tsv")
        print(f"{language}: {words} words -> shares_{language}.tsv")


if __name__ == "__main__":
    main(sys.argv[1:])
