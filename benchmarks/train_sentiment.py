"""Fits the learned sentiment model (cjm_widgets/sentiment/learned.py) and writes its weights.

Training texts: the participant turns of benchmarks/data/coding_<lang>.tsv in the splits named by
``TRAIN_SPLITS``, as the kit's coder hands them to the sentiment reader, and
benchmarks/data/train_<lang>.tsv (touchpoint, sign, turn; written apart from the lexicons and the
evaluation splits). The other splits of coding_<lang>.tsv are never
read here, so coding_eval.py measures the model on turns it did not learn from.
Multinomial logistic regression with an L2 penalty, fitted by full-batch Adam from zeros: the same
data give the same weights on any machine (a test refits and compares).
Run: python benchmarks/train_sentiment.py [en pl ru]   (writes cjm_widgets/sentiment/model_<lang>.tsv)
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))  # coding_eval, beside this file

from coding_eval import load, touchpoints, transcript_of
from cjm_widgets.sentiment.learned import BIAS, CLASSES, features
from cjm_widgets.sentiment.score import rule_scores
from cjm_widgets.transcripts.coding import texts_read

HERE = Path(__file__).parent
DATA = HERE / "data"
OUT = HERE.parent / "cjm_widgets" / "sentiment"
TRAIN_SPLITS = ("tune", "fresh", "train")
MIN_DOCS = 2  # a feature seen in one text only is that text's, not the language's
L2 = 1e-3
STEPS, RATE = 800, 0.05


def training_texts(language: str) -> list[tuple[str, int]]:
    """(text, sign) pairs for one language. A coded turn gives, for each touchpoint of its labels
    the kit's coder finds, the text the coder gives the sentiment reader (the clauses about it,
    masked); a turn about one touchpoint the coder misses gives its whole text."""
    pairs = []
    tps = touchpoints(language)
    for row in load(language):
        if row["split"] not in TRAIN_SPLITS or not row["gold"]:  # small talk: about no touchpoint, not neutral
            continue
        last = len(row["before"]) + 1
        read = {tp_id: text for utterance, tp_id, text in texts_read(transcript_of(row), tps, language)
                if utterance.line == last and tp_id in row["gold"]}
        pairs += [(text, row["gold"][tp_id]) for tp_id, text in read.items()]
        if not read and len(row["gold"]) == 1:
            pairs.append((row["turn"], next(iter(row["gold"].values()))))
    path = DATA / f"train_{language}.tsv"
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            _touchpoint, sign, turn = line.split("\t")
            pairs.append((turn, int(sign)))
    return pairs


def fit(texts: list[str], signs: list[int], language: str) -> dict[str, np.ndarray]:
    """{feature: weights of (negative, neutral, positive)}, the bias under BIAS; each text is read
    with the rules' score of it, as ``reading.combined`` reads it."""
    docs = [features(text.lower(), language, rule) for text, rule in zip(texts, rule_scores(texts, language))]
    return fit_docs(docs, [CLASSES.index(s) for s in signs], len(CLASSES))


def fit_docs(docs: list[list[str]], labels: list[int], n_classes: int) -> dict[str, np.ndarray]:
    """{feature: weights per class}, the bias under BIAS: multinomial logistic regression over the
    features seen in at least MIN_DOCS documents (``labels`` are class indices), as described above;
    benchmarks/train_topics.py fits its models with it too."""
    counts: dict[str, int] = {}
    for doc in docs:
        for feature in set(doc):
            counts[feature] = counts.get(feature, 0) + 1
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_DOCS)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = [np.array([index[f] for f in doc if f in index], dtype=np.int64) for doc in docs]
    flat = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    owner = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    y = np.zeros((len(docs), n_classes))
    y[np.arange(len(docs)), labels] = 1.0
    w = np.zeros((len(vocabulary), n_classes))
    b = np.zeros(n_classes)
    moments = [np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)]
    for step in range(1, STEPS + 1):
        logits = np.zeros((len(docs), n_classes))
        np.add.at(logits, owner, w[flat])
        logits += b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        residual = (p - y) / len(docs)
        grad_w = np.zeros_like(w)
        np.add.at(grad_w, flat, residual[owner])
        grad_w += L2 * w
        grad_b = residual.sum(axis=0)
        for value, grad, m, v in ((w, grad_w, moments[0], moments[1]), (b, grad_b, moments[2], moments[3])):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            value -= RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    model = {f: w[i] for i, f in enumerate(vocabulary)}
    model[BIAS] = b
    return model


def write(model: dict[str, np.ndarray], path: Path, n_texts: int) -> int:
    """The weights, rounded to 3 decimals; features whose weights all round to 0 are left out."""
    lines = [f"# learned sentiment model: fitted by benchmarks/train_sentiment.py on {n_texts} texts; "
             "feature, weights of negative, neutral, positive"]
    for feature in sorted(model):
        values = [round(float(x), 3) for x in model[feature]]
        if feature == BIAS or any(values):
            lines.append("\t".join([feature, *(f"{x:.3f}" for x in values)]))
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return len(lines) - 1


def main(argv: list[str]) -> None:
    for language in argv or ("en", "pl", "ru"):
        pairs = training_texts(language)
        model = fit([t for t, _ in pairs], [s for _, s in pairs], language)
        kept = write(model, OUT / f"model_{language}.tsv", len(pairs))
        print(f"{language}: {len(pairs)} texts, {kept} features -> model_{language}.tsv")


if __name__ == "__main__":
    main(sys.argv[1:])
