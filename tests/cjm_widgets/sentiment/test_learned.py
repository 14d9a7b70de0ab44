"""The learned model: its features, its shipped weights (refitted from the data, not edited by
hand), and what it learned from the turns written apart from the rules."""
from __future__ import annotations

import importlib.util

import pytest

from conftest import ROOT
from cjm_widgets.sentiment.learned import BIAS, features, probabilities, weights


def _trainer():
    spec = importlib.util.spec_from_file_location("train_sentiment", ROOT / "benchmarks" / "train_sentiment.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_negation_runs_to_the_clause_end_and_pairs_stop_there():
    found = features("it didn't work, they sent a new one", "en", 0.0)
    assert "¬work" in found and "work" not in found
    assert "send" in found and "¬send" not in found  # after the comma: no longer negated
    assert "<s>_they" in found and "work_they" not in found


def test_the_words_after_the_last_but_count_once_more_and_only_then():
    assert features("szybko, ale pudło zgniecione", "pl", -0.3)[0] == "<rule -1>"
    with_but = features("szybko, ale pudło zgniecione", "pl", -0.3)
    assert "›pudło" in with_but and "›szybko" not in with_but
    assert not any(f.startswith("›") for f in features("szybko i sprawnie", "pl", 0.6))


@pytest.mark.parametrize("rule, band", [(0.0, "<rule 0>"), (0.04, "<rule 0>"), (-0.3, "<rule -1>"),
                                        (0.5, "<rule +2>"), (-0.9, "<rule -2>"), (0.2, "<rule +1>")])
def test_the_rules_score_is_read_in_bands(rule, band):
    assert features("ok", "en", rule)[0] == band


def test_probabilities_are_a_distribution():
    for language, text in (("en", "they left it behind the bins"), ("pl", "zostawili paczkę pod drzwiami"),
                           ("ru", "оставили посылку у подъезда")):
        p = probabilities(text, language, 0.0)
        assert len(p) == 3 and abs(sum(p) - 1) < 1e-9 and min(p) > 0


def test_shipped_weights_are_what_the_trainer_fits_from_the_data():
    """Nobody tunes a weight by hand: refitting one language gives the shipped file back."""
    trainer = _trainer()
    pairs = trainer.training_texts("pl")
    model = trainer.fit([t for t, _ in pairs], [s for _, s in pairs], "pl")
    shipped = weights("pl")
    refitted = {f: tuple(round(float(x), 3) for x in w) for f, w in model.items()}
    kept = {f: w for f, w in refitted.items() if f == BIAS or any(w)}
    assert set(kept) == set(shipped)
    assert max(abs(a - b) for f in kept for a, b in zip(kept[f], shipped[f])) <= 0.002


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_the_model_learned_its_training_turns(language):
    """Fitted on them, it reads nearly all of the turns written apart from the rules right; a model
    that failed to fit (a broken feature, a wrong sign column) would not."""
    trainer = _trainer()
    from cjm_widgets.sentiment.score import rule_scores
    pairs = trainer.training_texts(language)
    rules = rule_scores([t for t, _ in pairs], language)
    right = 0
    for (text, sign), rule in zip(pairs, rules):
        p = probabilities(text.lower(), language, rule)
        right += (-1, 0, 1)[p.index(max(p))] == sign
    assert right / len(pairs) > 0.9
