"""The learned check of the coder's topics: what it adds and drops, how sure it is of an added topic,
and its shipped weights (refitted from the data, not edited by hand)."""
from __future__ import annotations

import importlib.util
import math

import pytest

from conftest import ROOT
from cjm_widgets.model import Touchpoint
from cjm_widgets.sentiment.learned import BIAS
from cjm_widgets.transcripts import Transcript, Utterance, code_transcript, topics

SHOP = [Touchpoint(id="delivery", name="Delivery", stage="post_purchase", keywords=["courier", "parcel"]),
        Touchpoint(id="support", name="Customer support", stage="post_purchase", keywords=["hotline"])]


def _coded(*turns):
    """{line: {touchpoint: observation}} of (role, text) turns coded as one transcript."""
    utterances = [Utterance(speaker=role, text=text, line=i + 1, role=role) for i, (role, text) in enumerate(turns)]
    coded = code_transcript(Transcript(path="iv.txt", format="plain_txt", encoding="utf-8", utterances=utterances), SHOP)
    found: dict[int, dict] = {}
    for o in coded:
        found.setdefault(o.source.line, {})[o.touchpoint] = o
    return found, coded.unmatched


STORY = (("interviewer", "Tell me about the last order."), ("participant", "The parcel came a week late."),
         ("interviewer", "Oh dear."), ("participant", "Yes, and the box was soaked through."))


def test_a_topic_the_answer_before_was_about_comes_in_less_sure_than_any_the_rules_give(monkeypatch):
    monkeypatch.setattr(topics, "weights", lambda language: {})  # the rules alone
    rules, _ = _coded(*STORY)
    assert set(rules) == {2}  # the rules find the parcel, not what the next answer goes on about
    monkeypatch.setattr(topics, "weights", lambda language: {"delivery": {BIAS: -3.0, "<prev>": 5.0, "<rule>": 5.0}})
    found, unmatched = _coded(*STORY)
    added = found[4]["delivery"]
    assert added.text == "Yes, and the box was soaked through." and added.valence < 0
    assert added.confidence <= topics.ADDED < min(o.confidence for o in rules[2].values())
    assert unmatched == 0


@pytest.mark.parametrize("margin, kept", [(0.1, True), (-0.1, False)])
def test_a_rules_finding_the_model_finds_unlikely_is_left_out_and_counted_as_uncoded(monkeypatch, margin, kept):
    turns = (("interviewer", "Anything else?"), ("participant", "My brother is a courier, funnily enough."),
             ("interviewer", "Right."), ("participant", "Anyway, that's all."))
    at_drop = math.log(topics.DROP / (1 - topics.DROP))  # the logit at which a finding is just as likely as DROP
    monkeypatch.setattr(topics, "weights", lambda language: {"delivery": {BIAS: at_drop + margin}})
    found, unmatched = _coded(*turns)
    if kept:
        assert set(found) == {2} and set(found[2]) == {"delivery"} and found[2]["delivery"].confidence >= 0.9
        assert unmatched == 1  # the last answer is about nothing, and said so
    else:
        assert found == {} and unmatched == 2  # left out, and counted: nothing is dropped silently


def test_the_features_tell_how_the_rules_found_a_topic_and_what_the_answer_before_was_about():
    utterances = [Utterance(speaker=r, text=t, line=i + 1, role=r) for i, (r, t) in enumerate(STORY)]
    transcript = Transcript(path="iv.txt", format="plain_txt", encoding="utf-8", utterances=utterances)
    from cjm_widgets.transcripts.coding import rules_coding
    coded, vocabulary = rules_coding(transcript, SHOP, "en")
    rows = {(u.line, concept): found for u, concept, _, found in topics.candidates(transcript, coded, vocabulary)}
    first, second = rows[(2, "delivery")], rows[(4, "delivery")]
    assert {"<rule>", "<rule named>", "parcel", "q:tell"} <= set(first) and "<prev>" not in first
    assert {"<prev>", "<prev, none>", "box", "q:oh"} <= set(second) and "<rule>" not in second
    assert "p:q:oh" in second


@pytest.mark.parametrize("language", ["ru"])
def test_shipped_weights_are_what_the_trainer_fits_from_the_data(language):
    spec = importlib.util.spec_from_file_location("train_topics", ROOT / "benchmarks" / "train_topics.py")
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    refitted = trainer.rounded(trainer.fit(language))
    shipped = topics.weights(language)
    assert set(refitted) == set(shipped) and len(shipped) >= 8
    for concept, weights in refitted.items():
        assert set(weights) == set(shipped[concept]), concept
        assert max(abs(w - shipped[concept][f]) for f, w in weights.items()) <= 0.002, concept
