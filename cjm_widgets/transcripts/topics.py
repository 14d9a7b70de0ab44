"""A learned check of the coder's topics: one small model per concept of ``vocabulary.CONCEPTS``.

The rules name a touchpoint by its words and carry a question's topic to its answer. They miss an
answer that goes on with the topic of the answer before without naming it ("Two weeks, in the
end." after a story about a parcel), and they take a word said in passing for a topic ("My brother
is a courier, funnily enough."). For each concept one of the client's touchpoints owns
(``Vocabulary.owners``), a logistic regression over the answer's lemmas, its question's lemmas,
what the rules found (and how: named, by a concept word, by the question) and whether the answer
before was about it gives P(the answer is about it). A topic the rules did not find comes in when
P > ``ADD``, less sure than any the rules give (``ADDED``), so the QuoteTagger lists it first; one
the rules found is left out when P < ``DROP`` (an answer left about nothing is counted as uncoded).
Both were chosen on training rounds held out of the fit, four folds (benchmarks/README.md): F1 EN
0.830 -> 0.848, PL 0.838 -> 0.849, RU 0.842 -> 0.857 against adding alone at P > 0.5, precision up by
0.02-0.03, recall level; DROP 0.3 did as well or up to 0.003 better, but overrules more of the words
a team can see the rules' topic rest on ("and the hotline was useless too" after a delivery question). Fitted by
``benchmarks/train_topics.py`` on the coded interview turns of the tuned splits, never the evaluation
splits; the weights ship as ``topics_<language>.tsv`` (concept, feature, weight).
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Iterator, Optional

from ..sentiment.learned import BIAS, features as text_features
from .transcript import Transcript, Utterance
from .vocabulary import CONCEPT, NAMED, Vocabulary, shipped_table

ADD = 0.35  # a topic the rules missed comes in above this; chosen on training rounds held out of the fit
DROP = 0.2  # a topic the rules found is left out below this; chosen with ADD
ADDED = 0.4  # confidence of a topic the model adds: below a follow-up question's (FOLLOW_UP)


def _words(turn: str, language: str) -> list[str]:
    return [f for f in text_features(turn.lower(), language) if "_" not in f and not f.startswith("<")]


def _asked(question: str, language: str) -> list[str]:
    return [] if not question else [
        "q:" + f for f in text_features(question.lower(), language) if "_" not in f and not f.startswith(("<", "¬", "›"))]


def _with_findings(words: list[str], asked: list[str], found: Optional[float], before: bool, found_any: bool) -> list[str]:
    """The features of one (answer, concept): the answer's lemmas (negated and after-"but" forms
    too), its question's as ``q:``, the rules' finding by how it was made (None: not found), and
    whether the answer before was about the concept, with the question's lemmas again under ``p:``
    when it was."""
    result = words + asked
    if found is not None:
        result += ["<rule>", "<rule named>" if found >= NAMED else "<rule concept>" if found >= CONCEPT else "<rule asked>"]
    if before:
        result += ["<prev>", "<prev, same>" if found is not None else "<prev, other>" if found_any else "<prev, none>"]
        result += ["p:" + f for f in asked]
    return list(dict.fromkeys(result))


def candidates(transcript: Transcript, coded: list[tuple], vocabulary: Vocabulary
               ) -> Iterator[tuple[Utterance, str, str, list[str]]]:
    """(participant utterance, concept, its touchpoint id, features) for every participant utterance
    and every concept a touchpoint owns; ``coded`` is the rules' coding of the transcript."""
    found: dict[int, dict[str, float]] = {}
    for utterance, tp_id, _text, confidence, _after_chat in coded:
        found.setdefault(id(utterance), {})[tp_id] = confidence
    owned = sorted(vocabulary.owners.items())
    language = vocabulary.language
    question, before = "", {}
    for utterance in transcript.utterances:
        if utterance.role == "interviewer":
            question = utterance.text
            continue
        here = found.get(id(utterance), {})
        words, asked = _words(utterance.text, language), _asked(question, language)
        for concept, tp_id in owned:
            yield utterance, concept, tp_id, _with_findings(words, asked, here.get(tp_id), tp_id in before, bool(here))
        question, before = "", here


def checked(transcript: Transcript, coded: list[tuple], vocabulary: Vocabulary) -> tuple[list[tuple], int]:
    """The rules' coding less the topics the model finds unlikely, with the topics it finds likely
    added (the whole answer as their text), in the order of the transcript, and how many participant
    utterances it leaves about no touchpoint."""
    table = weights(vocabulary.language)
    rules = {(id(utterance), tp_id) for utterance, tp_id, *_ in coded}
    added: dict[int, list[tuple]] = {}
    unlikely: set[tuple[int, str]] = set()
    for utterance, concept, tp_id, found in candidates(transcript, coded, vocabulary):
        if concept not in table:
            continue
        chance = probability(table[concept], found)
        if (id(utterance), tp_id) in rules:
            if chance < DROP:
                unlikely.add((id(utterance), tp_id))
        elif chance > ADD:
            added.setdefault(id(utterance), []).append((utterance, tp_id, utterance.text, ADDED, False))
    by_utterance: dict[int, list[tuple]] = {}
    for entry in coded:
        if (id(entry[0]), entry[1]) not in unlikely:
            by_utterance.setdefault(id(entry[0]), []).append(entry)
    result, unmatched = [], 0
    for utterance in transcript.utterances:
        if utterance.role != "interviewer":
            entries = by_utterance.get(id(utterance), []) + added.get(id(utterance), [])
            result += entries
            unmatched += not entries
    return result, unmatched


def probability(weights_of: dict[str, float], found: list[str]) -> float:
    """P(about the concept) of one candidate's features under that concept's weights."""
    logit = weights_of.get(BIAS, 0.0) + sum(weights_of.get(f, 0.0) for f in found)
    return 1 / (1 + math.exp(-logit))


@lru_cache(maxsize=None)
def weights(language: str) -> dict[str, dict[str, float]]:
    """{concept: {feature: weight}} of the shipped models."""
    return shipped_table(f"topics_{language}")
