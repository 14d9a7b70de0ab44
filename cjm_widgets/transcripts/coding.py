"""Code interview utterances (and free-text survey answers) to touchpoints, and score them.

Where each rule lives:
- words.py: how words compare (careful English stems, PL/RU lemmas, prefixes for missed forms);
- vocabulary.py: what names a touchpoint (its keywords, its whole name, concept words when one
  touchpoint claims the concept, idioms taken out first) and which mentions are only in passing;
- story.py: which touchpoints an answer is about, clause by clause, and the clauses about each;
- questions.py: the topic the interviewer's turns set, and the short answers that say nothing.

Each touchpoint is scored on the clauses about it, not on the whole answer, with the touchpoints'
own words masked: "support" says what the quote is about, not how it felt. Uncoded answers are
counted, never silently dropped: a map must not invent evidence. Every coded quote gets a
confidence 0..1 (named in the answer > concept word > question only; lower when the learned model
overruled the rules' sign), so the QuoteTagger lists the quotes most worth a look first.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Optional

from ..labels import Counted, Integer, label
from ..model import JUDGEMENT, Observation, Source, Touchpoint, quote_key, sign_of
from ..sentiment.reading import NO_FEELING, judged
from ..sentiment.score import has_valence, rule_scores
from ..sentiment.wishes import answers_a_wish, wanting
from .questions import FOLLOW_UP, QUESTION, backchannel, follows_up, next_context, non_answer, short, small_talk
from .read import read_transcripts
from .story import clauses_about
from .topics import checked
from .transcript import Transcript
from .vocabulary import Vocabulary, touchpoint_key, vocabulary_for
from .words import WORD, normalised_word


SIGN_DOUBT = 0.8  # a quote's confidence is this much lower when the learned model, not the rules, gave its sign


class CodedQuotes(list):
    """The observations of one transcript, plus how many participant utterances named no
    touchpoint (and so became no observation) — reported, never silently dropped."""

    def __init__(self, observations=(), unmatched: int = 0):
        super().__init__(observations)
        self.unmatched = unmatched


def code_transcript(transcript: Transcript, touchpoints: list[Touchpoint], *,
                    language: str = "en") -> CodedQuotes:
    """One quote Observation per (participant utterance, touchpoint it or its question names)."""
    vocabulary = vocabulary_for(touchpoint_key(touchpoints), language)
    by_id = {tp.id: tp for tp in touchpoints}
    coded, unmatched = checked(transcript, _coded(transcript, vocabulary), vocabulary)
    wishes = _wishes(transcript, language)
    valences = _valences([(text, utterance.text, utterance.line in wishes) for utterance, _, text, _, _ in coded],
                         vocabulary)
    file = Path(transcript.path).name
    observations, fillers = [], set()
    for (utterance, tp_id, _, confidence, after_chat), (valence, felt, stood) in zip(coded, valences):
        if not felt and (after_chat or confidence <= QUESTION and non_answer(utterance.text, language)):
            fillers.add(id(utterance))  # "Yes." / "Let me think." after the question; "I drive a delivery van."
            continue
        observations.append(Observation(
            touchpoint=tp_id, valence=valence, kind="quote", measure="sentiment", stage=by_id[tp_id].stage,
            text=utterance.text, respondent=utterance.speaker,
            confidence=confidence if stood else round(confidence * SIGN_DOUBT, 2),
            source=Source(file=file, line=utterance.line, time=utterance.start, column=utterance.speaker)))
    return CodedQuotes(observations, unmatched + len(fillers))


def _wishes(transcript: Transcript, language: str) -> set[int]:
    """The lines of the participant's answers to a question of what the shop should change, or to the
    interviewer's short comments after it, unless they want nothing changed (``sentiment.wishes``)."""
    lines, asked = set(), ""
    for utterance in transcript.utterances:
        if utterance.role == "interviewer":
            if not backchannel(utterance.text, language):  # a short comment keeps the question before it
                asked = utterance.text
        elif answers_a_wish(asked, utterance.text, language):
            lines.add(utterance.line)
    return lines


def _coded(transcript: Transcript, vocabulary: Vocabulary) -> list[tuple]:
    """The rules' [(utterance, touchpoint id, text about it, confidence, after small talk)] of the
    participant's utterances (``topics.checked`` checks them). A follow-up question that names nothing
    ("How did that feel?") asks about the topic the answer before it ended on, when its answer names none."""
    language = vocabulary.language
    context: dict[str, float] = {}
    follow: dict[str, float] = {}  # what a follow-up question points back to
    last: frozenset = frozenset()  # the topic the participant's last answer ended on
    chat = False
    coded: list[tuple] = []
    after_short = False  # the participant's last turn was a few words: the next question presses on
    for utterance in transcript.utterances:
        if utterance.role == "interviewer":
            context = next_context(utterance.text, context, vocabulary, after_short)
            chat = small_talk(utterance.text, language, chat)
            if context or chat:
                follow = {}
            elif follows_up(utterance.text, language):
                follow = dict.fromkeys(last, FOLLOW_UP)
            elif not backchannel(utterance.text, language):
                follow = {}
            continue
        after_short = short(utterance.text)
        about = clauses_about(utterance.text, vocabulary, context)
        if not about and follow:
            about = clauses_about(utterance.text, vocabulary, follow)
        last = about.last if about else frozenset()
        coded += [(utterance, tp_id, text, confidence, chat) for tp_id, (text, confidence) in about.items()]
    return coded


def texts_read(transcript: Transcript, touchpoints: list[Touchpoint], language: str = "en") -> list[tuple]:
    """(utterance, touchpoint id, the text its feeling is read from: the clauses about the touchpoint,
    its own words masked) of each pair the rules code: what the sentiment reader is given, so the
    learned model is fitted on what it will read (benchmarks/train_sentiment.py). The rules' pairs,
    before the topic check (topics.py): the check adds whole answers, which the trainer reads whole
    anyway, so the sentiment model does not depend on the topic model."""
    vocabulary = vocabulary_for(touchpoint_key(touchpoints), language)
    return [(utterance, tp_id, _masked(text, vocabulary)) for utterance, tp_id, text, _, _ in _coded(transcript, vocabulary)]


def rules_coding(transcript: Transcript, touchpoints: list[Touchpoint], language: str = "en"
                 ) -> tuple[list[tuple], Vocabulary]:
    """The rules' coding alone, before the learned check, and the vocabulary: what
    benchmarks/train_topics.py fits the check on."""
    vocabulary = vocabulary_for(touchpoint_key(touchpoints), language)
    return _coded(transcript, vocabulary), vocabulary


def code_text(text: str, touchpoints: list[Touchpoint], language: str = "en",
              question: str = "") -> list[tuple[str, float, float]]:
    """A free-text answer (a survey comment) coded by the same rules as an interview answer with no
    topic set before it: [(touchpoint id, valence -1..1, confidence 0..1)], in touchpoint order. The
    survey's ``question`` counts as an interviewer's would when it asks what the shop should change."""
    return code_texts([text], touchpoints, language, question)[0]


def code_texts(texts, touchpoints: list[Touchpoint], language: str = "en",
               question: str = "") -> list[list[tuple[str, float, float]]]:
    """Batch form of ``code_text`` (one scoring pass for a whole survey column)."""
    vocabulary = vocabulary_for(touchpoint_key(touchpoints), language)
    texts = ["" if text is None else str(text) for text in texts]
    abouts = [clauses_about(text, vocabulary, {}) for text in texts]
    valences = iter(valence for valence, _, _ in _valences(
        [(part, text, answers_a_wish(question, text, language))
         for text, about in zip(texts, abouts) for part, _ in about.values()], vocabulary))
    return [[(tp_id, next(valences), confidence) for tp_id, (_, confidence) in about.items()] for about in abouts]


def read_interviews(directory, touchpoints: list[Touchpoint], *,
                    language: str = "en") -> tuple[list[Observation], list[str]]:
    """Read (``read_transcripts``) and code every transcript in a directory; file by file, its
    reading problems and its uncoded utterances become problems naming the file."""
    observations: list[Observation] = []
    problems: list[str] = []
    for name, transcript, read_problems in read_transcripts(directory, language=language):
        problems += read_problems
        if transcript is None:
            continue
        coded = code_transcript(transcript, touchpoints, language=language)
        observations.extend(coded)
        if coded.unmatched:
            problems.append(label("msg_uncoded", language, file=name, n=Integer(coded.unmatched),
                                  utterances=Counted(coded.unmatched, "utterance")))
    return observations, problems


JUDGED_STRENGTH = 0.5  # the valence size of a team's + or − on a quote the coder scored 0: one face (±1 on −2..+2)


def apply_quote_tags(observations: list[Observation], tags: dict[str, str], touchpoints: list[Touchpoint],
                     signs: Optional[dict[str, int]] = None) -> list[Observation]:
    """The facilitator's re-tagging and review, applied to freshly coded quotes (a new list).

    ``tags`` maps a quote's key (``model.quote_key``) to the touchpoint it belongs to, or to ""
    when it is about no touchpoint. A tagged utterance keeps one observation, on that touchpoint (the
    coder's reading of that touchpoint when it coded the utterance to it too, so its valence is read
    from the clauses about it);
    tags for utterances that are no longer in the transcripts are simply unused.

    ``signs`` maps a reviewed quote's key to the team's sign (-1, 0, +1): its valence takes that
    sign with the coder's size (``JUDGED_STRENGTH`` when the coder scored it 0; 0 for the sign 0),
    its confidence becomes 1 (the team chose the touchpoint) and its measure "judgement", so the
    evidence table and the map tell a workshop judgement from the coder's reading.
    """
    signs = signs or {}
    stages = {tp.id: tp.stage for tp in touchpoints}
    keys = [quote_key(observation) if observation.kind == "quote" else None for observation in observations]
    first: dict[str, int] = {}  # per tagged utterance, its first observation, and the one on the team's touchpoint
    on_target: dict[str, int] = {}
    for at, key in enumerate(keys):
        if key in tags:
            first.setdefault(key, at)
            if observations[at].touchpoint == tags[key]:
                on_target.setdefault(key, at)
    kept = {**first, **on_target}  # the observation each tagged utterance keeps
    result = []
    for at, (observation, key) in enumerate(zip(observations, keys)):
        if key in tags:
            target = tags[key]
            if kept[key] != at or target not in stages:  # "" (or a removed touchpoint): not evidence
                continue
            observation = dataclasses.replace(observation, touchpoint=target, stage=stages[target])
        if key in signs:
            size = abs(observation.valence) or JUDGED_STRENGTH
            observation = dataclasses.replace(observation, valence=sign_of(signs[key]) * size, confidence=1.0,
                                              measure=JUDGEMENT)
        result.append(observation)
    return result


def _valences(pairs: list[tuple[str, str, bool]], vocabulary: Vocabulary) -> list[tuple[float, bool, bool]]:
    """(valence, whether the rules found a feeling, whether their sign stood) of each (clauses about a
    touchpoint, whole text, whether it answers what the shop should change): the score of the clauses,
    or of the whole text when the clauses hold no feeling ("For a refund of 20 pounds." after a
    complaint); each the rules' checked by the learned model (``sentiment.reading.judged``). What an
    answer of what to change names is wanting (``sentiment.wishes.wanting``) unless its clauses praise it."""
    language = vocabulary.language
    parts = [_masked(part, vocabulary) for part, _, _ in pairs]
    wholes = list(dict.fromkeys(whole for _, whole, _ in pairs))
    masked = [_masked(text, vocabulary) for text in wholes]
    rules = rule_scores(parts + masked, language)
    whole_rule = dict(zip(wholes, zip(masked, rules[len(pairs):])))
    result = []
    for part, own_rule, (_, whole, wish) in zip(parts, rules, pairs):
        own, stood = judged(part, own_rule, language)
        if wish:  # a reading the wish changed is less certain: the QuoteTagger lists it first
            value = wanting(own)
            result.append((value, abs(own_rule) >= NO_FEELING, stood and value == own))
            continue
        if abs(own) >= NO_FEELING:
            result.append((own, abs(own_rule) >= NO_FEELING, stood))
            continue
        text, rule = whole_rule[whole]
        value, stood = judged(text, rule, language)
        result.append((value, abs(own_rule) >= NO_FEELING or abs(rule) >= NO_FEELING, stood))
    return result


def _masked(text: str, vocabulary: Vocabulary) -> str:
    """The text with the touchpoints' own words that the scorer reads a feeling into replaced,
    so that "support" scores none; the others stay, as in "couldn't find" they are the complaint."""
    def mask(match):
        word = match.group().lower()
        feeling = normalised_word(word, vocabulary.language) in vocabulary.mask and has_valence(word, vocabulary.language)
        return "x" if feeling else match.group()
    return WORD.sub(mask, text)
